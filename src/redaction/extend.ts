/**
 * A mention grown to the words written with it: title, article, particles, initials, suffix and possessive. Split
 * from `scanner.ts`.
 */
import { isWordChar, type FoldedText } from './fold.js';
import { isHonorific, roleOfTitle } from './titles.js';
import type { Hit } from './scanner.js';
import { BADGE_PREFIX, capitalAt, capitalisedWordBefore, familyAfter, titleBefore, wordBefore } from './context.js';

/**
 * What `extend` reads besides the folded text: the original (for capitals) and the officer's initials.
 *
 * @example
 * const ctx: ExtendContext = { original: 'Officer Okafor', f: foldText('Officer Okafor'), initials: new Set(['d']) };
 */
export interface ExtendContext {
  readonly original: string;
  readonly f: FoldedText;
  readonly initials: ReadonlySet<string>;
}

/** Particles written before a surname in other languages' forms ("Van den Berg", "De Angelo"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'ter', 'ten', 'vom', 'de', 'del', 'della', 'da', 'di', 'du', 'dos', 'das', 'le', 'mc', 'mac', 'st', 'saint']);
/** Of those, the ones that are no everyday word in lower case (Spanish "de" and "del" are prepositions). */
const LOWER_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'ter', 'ten', 'vom']);
/** Initials right before a name ("J.L. García", "v.d. Berg"): one to three letters, each with its period. */
const INITIALS_BEFORE = /(?:^|[^\p{L}\p{N}.])((?:\p{L}\. ?){1,3})$/u;
/** One initial right after a name ("García M. was", "OKAFOR D."). */
const INITIAL_AFTER = /^,? (\p{L})\.(?=$|[\s,;:!?)])/u;
/** A suffix after a name: "Jr", "III", "Junior", "the Third". */
const NAME_SUFFIX = /^,? (?:jr|sr|ii|iii|iv|junior|senior|the (?:second|third|fourth|2nd|3rd|4th))\.?(?![\p{L}\p{N}])/u;

/**
 * A mention grown to the words that belong to the name in this text: particles and initials before it written
 * otherwise than on file ("Van den Berg", "J.L. García": red team 11, "Van den an officer" was published).
 */
function growBefore(t: string, h: Hit, floor: number, ctx: ExtendContext): void {
  const start = h.s;
  for (let n = 0; n < 3 && t[h.s - 1] === ' '; n++) {
    const w = wordBefore(t, h.s);
    const at = h.s - w.length - 1;
    if (at < floor || !NAME_PARTICLES.has(w) || (!LOWER_PARTICLES.has(w) && !capitalAt(ctx.original, ctx.f, at))) break;
    h.s = at;
  }
  // particles after another capitalised name are that person's ("Karl Van den Berg"): not grown
  if (h.s < start && t[h.s - 1] === ' ' && capitalisedWordBefore(ctx.original, ctx.f, h.s) && titleBefore(t, h.s) === undefined) h.s = start;
  // "D'Angelo", "L'Amour": an elided particle glued on
  const elided = /(?:^|[^\p{L}\p{N}])([dl]['\u2019])$/u.exec(t.slice(Math.max(floor, h.s - 3), h.s));
  if (elided?.[1] !== undefined && h.s - 2 >= floor) h.s -= 2;
  // "St.Clair", "Mc.Allister": a short particle with its period, no space
  const glued = /(?:^|[^\p{L}\p{N}])(st|ste|mc|mac)\.$/u.exec(t.slice(Math.max(floor, h.s - 5), h.s));
  if (glued?.[1] !== undefined && h.s - glued[1].length - 1 >= floor && !isWordChar(t[h.s - glued[1].length - 2])) h.s -= glued[1].length + 1;
  const m = INITIALS_BEFORE.exec(t.slice(Math.max(floor, h.s - 12), h.s));
  const run = m?.[1];
  if (run === undefined) return;
  const at = h.s - run.length;
  const letters = run.replace(/[\s.]/g, '');
  // (the window may start inside a word: "shot. Okafor" holds no initial "t."); one letter after another
  // capitalised word is no initial of the officer's ("Building D. Okafor", "Tom D. Okafor": red team 12)
  const afterWord = letters.length === 1 && t[at - 1] === ' ' && capitalisedWordBefore(ctx.original, ctx.f, at) && titleBefore(t, at) === undefined;
  if (!isWordChar(t[at - 1]) && t[at - 1] !== '.' && !afterWord && [...letters].every((c) => ctx.initials.has(c))) h.s = at;
}

/**
 * Grows each mention to its title, article, suffix, possessive and the initials and particles written with it.
 *
 * @example
 * extend(t, hits, ctx); // "officer okafor's" -> one mention with its role and possessive
 */
export function extend(t: string, hits: Hit[], ctx: ExtendContext): void {
  let floor = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h === undefined) continue;
    const next = hits[i + 1]?.s ?? t.length;
    if (h.whole === 'address') {
      floor = h.e;
      continue;
    }
    if (h.kind === 'badge' || h.kind === 'withheld') {
      const m = BADGE_PREFIX.exec(t.slice(Math.max(floor, h.s - 20), h.s));
      if (m !== null && m[0].length > 0) {
        const s = h.s - m[0].length;
        if (!isWordChar(t[s - 1])) h.s = s;
      }
    } else if (h.kind !== 'extra') {
      if (h.whole === undefined && (h.kind === 'name' || h.kind === 'name-part')) growBefore(t, h, floor, ctx);
      for (let round = 0; round < 3; round++) {
        const title = titleBefore(t, h.s, floor);
        if (title === undefined) break;
        // "agente de la policía Daniel Okafor": the police is the agency there, no title of the name's
        if (title === 'policia' && /(?:^|[^\p{L}\p{N}])del? (?:la )?$/u.test(t.slice(Math.max(floor, h.s - title.length - 8), h.s - title.length - 1))) break;
        const role = roleOfTitle(title);
        if (h.role === undefined && role !== undefined) h.role = role;
        // "Mrs. Okafor", "la señora Okafor": a courtesy title says nothing of a police role (re-attack 22 F15)
        h.honorific = (round === 0 || h.honorific === true) && isHonorific(title);
        h.s = t.slice(0, h.s).replace(/ $/, '').replace(/\.$/, '').length - title.length;
      }
      const art = /(?:^|[^\p{L}\p{N}])(the|an|a|el|la|un|una) $/u.exec(t.slice(floor, h.s));
      if (art?.[1] !== undefined) {
        h.article = art[1];
        h.s -= art[1].length + 1;
      }
      // "Officer Okafor-Jones": after a title, a hyphenated continuation is the rest of the officer's surname
      if (h.titled === true && t[h.e] === '-') {
        const rest = /^(?:-[\p{L}\p{M}]+)+/u.exec(t.slice(h.e, next));
        if (rest !== null) h.e += rest[0].length;
      }
      const suffix = NAME_SUFFIX.exec(t.slice(h.e, next));
      if (suffix !== null) h.e += suffix[0].length;
      const initial = h.whole === undefined ? INITIAL_AFTER.exec(t.slice(h.e, next)) : null;
      if (initial?.[1] !== undefined && ctx.initials.has(initial[1])) h.e += initial[0].length;
      const poss = /^'s?(?![\p{L}\p{N}])/u.exec(t.slice(h.e, next));
      if (poss !== null && (poss[0] === "'s" || t[h.e - 1] === 's')) {
        h.possessive = true;
        h.e += poss[0].length;
      } else if (h.plural !== true && familyAfter(t, h.s, h.e, h.article !== undefined)) {
        // "the Okafor family" -> "the officer's family"
        h.possessive = true;
      }
    }
    floor = h.e;
  }
}
