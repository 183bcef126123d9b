/**
 * Finding and replacing officer identity in free text.
 *
 * Terms come in three strengths:
 * - `name`: the full name and forms that combine its parts ("Maria Young", "M. Young", "Young, Maria", "M.Y.");
 *   multi-word aliases; these are matched in every field, including agency names.
 * - `name-part`: one part of a name on its own (the surname "Young", the given name "Maria", one half of a
 *   hyphenated name, a one-word alias). Matched as a whole word in free text. A part followed by a street or
 *   place word ("Young Street", "Jackson County") or preceded by a place prefix ("Fort Collins", "Lake Young")
 *   is a place, not the officer, and stays. A part that is also a common word ("Young", "Price", "Rose", "Bill",
 *   "Law") is still replaced wherever it stands as a word on its own, in any case: privacy wins over prose.
 * - `badge`: the badge number, with or without "#", "badge", "badge no.", "shield". Matched only as a whole
 *   number (not inside "2026-11-22", "14:20", "1.5" or "ABC4471"); a badge of one or two characters only when
 *   "#", "badge", "no." or "shield" stands before it.
 * - `extra`: caller-supplied terms, matched as whole words everywhere and replaced by "[withheld]".
 *
 * Matching folds case and accents ("José" matches "Jose" and "JOSÉ"), respects word boundaries ("Young" does not
 * touch "Youngstown" or "Young-Smith") and Unicode letters.
 */
import { foldTerm, foldText, isWordChar, type FoldedText } from './fold.js';
import { knownTitles, neutralPhrase, roleOfTitle, type OfficerRole } from './titles.js';

/**
 * The strength of an identity term (see the module comment).
 *
 * @example
 * const k: IdentityTermKind = 'name-part';
 */
export type IdentityTermKind = 'name' | 'name-part' | 'badge' | 'extra';

/**
 * One piece of withheld officer identity, in folded form (lower case, no accents).
 *
 * @example
 * const t: IdentityTerm = { text: 'maria young', kind: 'name' };
 */
export interface IdentityTerm {
  readonly text: string;
  readonly kind: IdentityTermKind;
}

/**
 * How a field is scanned: `free` (every term, with place exceptions, and everyday words written in lower case
 * left alone), `institutional` (agency, issuer and suspect names: whole names, badges, extra terms, and name parts
 * only when a rank or title stands before them, so "Washington County Sheriff" survives an officer Washington but
 * "Sheriff Washington" does not) or `address` (web and e-mail addresses, file names: every term in any case).
 *
 * @example
 * const m: ScanMode = 'institutional';
 */
export type ScanMode = 'free' | 'institutional' | 'address';

/**
 * One match of withheld identity in a text, as original string offsets.
 *
 * @example
 * const m: IdentityMatch = { start: 0, end: 13, kind: 'name', term: 'maria young' };
 */
export interface IdentityMatch {
  readonly start: number;
  readonly end: number;
  readonly kind: IdentityTermKind;
  /** The (folded) term that matched, without the title or article around it. */
  readonly term: string;
}

/**
 * Finds and replaces withheld identity. Built by `createIdentityMatcher`.
 *
 * @example
 * const m: IdentityMatcher = createIdentityMatcher([{ text: 'young', kind: 'name-part' }]);
 * m.redact('Young was shot.').text; //=> 'An officer was shot.'
 */
export interface IdentityMatcher {
  /** The terms searched for. */
  readonly terms: readonly IdentityTerm[];
  /** Every match in `text`, in order, without overlaps. */
  find(text: string, mode?: ScanMode): IdentityMatch[];
  /** Replaces names by a neutral phrase, removes badge numbers, replaces extra terms by "[withheld]". */
  redact(text: string, mode?: ScanMode): { text: string; kinds: IdentityTermKind[] };
  /** Replaces every match by "[redacted]" (for messages). */
  scrub(text: string): string;
}

const PLACE_AFTER: readonly string[] = [
  'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln', 'way',
  'court', 'ct', 'place', 'pl', 'parkway', 'pkwy', 'highway', 'hwy', 'freeway', 'fwy', 'expressway', 'county',
  'co', 'parish', 'borough', 'city', 'township', 'twp', 'park', 'lake', 'river', 'creek', 'mountain', 'mtn',
  'springs', 'heights', 'hills', 'valley', 'beach', 'bay', 'falls', 'island', 'square', 'sq', 'plaza', 'trail',
  'circle', 'cir', 'terrace', 'ter', 'crossing', 'junction', 'village', 'pike', 'turnpike', 'canyon', 'mesa',
  'ridge', 'pass', 'point', 'harbor', 'port', 'station', 'airport', 'bridge', 'tunnel', 'mall', 'reservoir',
];
const PLACE_BEFORE: readonly string[] = ['fort', 'ft', 'mount', 'mt', 'lake', 'port', 'saint', 'st', 'san', 'santa', 'lago', 'cape', 'glen', 'new'];

const PARTICLES: readonly string[] = ['de', 'del', 'della', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'st', 'st.', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'mac', 'y'];
const SUFFIX = /^(?:jr|sr|ii|iii|iv|v|esq)\.?$/;
const INITIAL = /^\p{L}\.?$/u;

function uniq(list: readonly string[]): string[] {
  return [...new Set(list.filter((t) => t.length > 0))];
}

let titleSet: ReadonlySet<string> | undefined;
function isTitleWord(token: string): boolean {
  titleSet ??= new Set(knownTitles());
  return titleSet.has(token.replace(/\.$/, ''));
}

/**
 * The terms for one person's name: whole-name forms (`name`) and single parts (`name-part`).
 *
 * @example
 * nameTerms('Sgt. María de la Cruz Jr.').find((t) => t.text === 'cruz')?.kind; //=> 'name-part'
 */
export function nameTerms(name: string): IdentityTerm[] {
  // brackets, quotes and the like are not part of a name: "Maria (Mimi) Young" -> maria mimi young
  let folded = foldTerm(name.replace(/[^\p{L}\p{M}\p{N}\s'’.,-]/gu, ' ')).replace(/\s*,\s*/g, ', ');
  // "Young, Maria" -> "maria young"
  const comma = folded.indexOf(', ');
  if (comma > 0 && !SUFFIX.test(folded.slice(comma + 2))) {
    folded = `${folded.slice(comma + 2)} ${folded.slice(0, comma)}`;
  }
  let tokens = folded.replace(/,/g, ' ').split(' ').filter((t) => t.length > 0);
  while (tokens.length > 1 && isTitleWord(tokens[0] ?? '')) tokens = tokens.slice(1);
  while (tokens.length > 1 && SUFFIX.test(tokens[tokens.length - 1] ?? '')) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return [];
  const strong: string[] = [];
  const weak: string[] = [];
  const bare = (t: string): string => t.replace(/\.$/, '');
  if (tokens.length === 1) {
    const only = tokens[0] ?? '';
    weak.push(only);
    for (const part of only.split('-')) if (part.length >= 2) weak.push(part);
  } else {
    const given = tokens[0] ?? '';
    let p = tokens.length - 1;
    for (let i = 1; i < tokens.length - 1; i++) {
      if (PARTICLES.includes(tokens[i] ?? '')) {
        p = i;
        break;
      }
    }
    const surnameTokens = tokens.slice(p);
    const surname = surnameTokens.join(' ');
    const middles = tokens.slice(1, p);
    const g = bare(given).charAt(0);
    const mi = middles.map((m) => bare(m).charAt(0));
    strong.push(tokens.join(' '), `${given} ${surname}`, `${surname}, ${given}`, `${surname} ${given}`);
    strong.push(`${g}. ${surname}`, `${g}.${surname}`, `${g} ${surname}`, `${surname}, ${g}.`);
    if (mi.length > 0) {
      const m = mi.join('.');
      strong.push(`${g}.${m}. ${surname}`, `${g}. ${mi.join('. ')}. ${surname}`, `${given} ${mi.join('. ')}. ${surname}`);
      strong.push(`${given} ${mi.join(' ')} ${surname}`);
    }
    const initials = [g, ...mi, ...surnameTokens.filter((t) => !PARTICLES.includes(t)).map((t) => t.charAt(0))];
    if (initials.length >= 2) strong.push(`${initials.join('.')}.`, `${initials.join('. ')}.`);
    if (!INITIAL.test(given)) {
      weak.push(given);
      for (const part of given.split('-')) if (part.length >= 2) weak.push(part);
    }
    weak.push(surname);
    const last = surnameTokens[surnameTokens.length - 1] ?? '';
    weak.push(last);
    for (const part of last.split('-')) if (part.length >= 2) weak.push(part);
    if (surnameTokens.length > 1) strong.push(surname);
    // any later part may be the surname in use ("José Ángel Rivera Ortiz" is "Agente Rivera")
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i] ?? '';
      if (PARTICLES.includes(t) || INITIAL.test(t)) continue;
      weak.push(t);
      for (const part of t.split('-')) if (part.length >= 2) weak.push(part);
      strong.push(`${given} ${t}`, `${g}. ${t}`, `${g}.${t}`, `${g} ${t}`, `${t}, ${given}`, `${t}, ${g}.`);
      for (let j = i + 1; j < tokens.length; j++) strong.push(tokens.slice(i, j + 1).join(' '));
    }
  }
  const strongSet = uniq(strong);
  return [
    ...strongSet.map((text) => ({ text, kind: 'name' as const })),
    ...uniq(weak)
      .filter((t) => t.length >= 2 && !strongSet.includes(t))
      .map((text) => ({ text, kind: 'name-part' as const })),
  ];
}

/**
 * The term for a badge number ("#4471", "Badge 4471" and "4471" all give `4471`).
 *
 * @example
 * badgeTerm('Badge #4471'); //=> { text: '4471', kind: 'badge' }
 */
export function badgeTerm(badge: string): IdentityTerm | undefined {
  const core = foldTerm(badge)
    .replace(/^(?:badge|shield|star)\s*/, '')
    .replace(/^(?:no\.?|nr\.?|number|num\.?)\s*/, '')
    .replace(/^#\s*/, '')
    .trim();
  return core.length === 0 ? undefined : { text: core, kind: 'badge' };
}

const NUMBERISH = /[-:/+.,]/;
const BADGE_PREFIX = /(?:(?:badge|shield|star)\s?(?:(?:no|nr|num|number)\.?\s?)?#?\s?|#\s?|(?:no|number)\.?\s?)$/;

function badgeBoundary(t: string, s: number, e: number): boolean {
  const before = t[s - 1];
  const after = t[e];
  if (isWordChar(before) || isWordChar(after)) return false;
  if (before !== undefined && NUMBERISH.test(before) && isWordChar(t[s - 2])) return false;
  if (after !== undefined && NUMBERISH.test(after) && isWordChar(t[e + 1])) return false;
  return true;
}

function wordBoundary(t: string, s: number, e: number): boolean {
  const before = t[s - 1];
  if (isWordChar(before)) return false;
  if ((before === '-' || before === "'") && isWordChar(t[s - 2])) return false;
  const after = t[e];
  if (isWordChar(after)) return false;
  if (after === '-' && isWordChar(t[e + 1])) return false;
  if (after === "'" && isWordChar(t[e + 1])) {
    // "young's" is a possessive; "young'un" is another word
    return t[e + 1] === 's' && !isWordChar(t[e + 2]);
  }
  return true;
}

function wordBefore(t: string, s: number): string {
  const m = /([\p{L}\p{N}]+)\.?\s$/u.exec(t.slice(Math.max(0, s - 30), s));
  return m?.[1] ?? '';
}

function wordAfter(t: string, e: number): string {
  const m = /^\s([\p{L}\p{N}]+)/u.exec(t.slice(e, e + 30));
  return m?.[1] ?? '';
}

interface Hit {
  s: number;
  e: number;
  readonly kind: IdentityTermKind;
  readonly term: string;
  role?: OfficerRole;
  article?: string;
  possessive?: boolean;
}

function rawHits(f: FoldedText, terms: readonly IdentityTerm[], mode: ScanMode): Hit[] {
  const t = f.text;
  const hits: Hit[] = [];
  for (const term of terms) {
    const needle = term.text;
    if (needle.length === 0) continue;
    for (let s = t.indexOf(needle); s !== -1; s = t.indexOf(needle, s + 1)) {
      const e = s + needle.length;
      if (term.kind === 'badge') {
        if (!badgeBoundary(t, s, e)) continue;
        if (needle.length < 3 && !BADGE_PREFIX.test(t.slice(Math.max(0, s - 20), s))) continue;
      } else {
        if (!wordBoundary(t, s, e)) continue;
        if (term.kind === 'name-part') {
          // institutional text keeps a lone name part unless a rank or title stands before it ("Sheriff Young")
          if (mode === 'institutional' && titleBefore(t, s) === undefined) continue;
          if (PLACE_AFTER.includes(wordAfter(t, e)) || PLACE_BEFORE.includes(wordBefore(t, s))) continue;
        }
      }
      hits.push({ s, e, kind: term.kind, term: needle });
    }
  }
  hits.sort((a, b) => a.s - b.s || b.e - b.s - (a.e - a.s));
  const chosen: Hit[] = [];
  let end = 0;
  const isName = (h: Hit | undefined): boolean => h !== undefined && (h.kind === 'name' || h.kind === 'name-part');
  for (const h of hits) {
    if (h.s < end) continue;
    const prev = chosen[chosen.length - 1];
    // parts of one name written in an order we did not list ("Mimi Young" for "Maria Mimi Young") are one mention
    if (prev !== undefined && isName(prev) && isName(h) && t.slice(prev.e, h.s) === ' ') {
      chosen[chosen.length - 1] = { s: prev.s, e: h.e, kind: 'name', term: t.slice(prev.s, h.e) };
    } else {
      chosen.push(h);
    }
    end = h.e;
  }
  return chosen;
}

/** The rank or title written right before position `s` (after `floor`), e.g. "sgt." in "sgt. young". */
function titleBefore(t: string, s: number, floor = 0): string | undefined {
  // titles are short: a window of 48 characters holds the title, its dot and space, and the character before it
  let before = t.slice(Math.max(floor, s - 48), s);
  if (before.endsWith(' ')) before = before.slice(0, -1);
  if (before.endsWith('.')) before = before.slice(0, -1);
  return knownTitles().find((x) => before.endsWith(x) && !isWordChar(before[before.length - x.length - 1]));
}

function extend(t: string, hits: Hit[]): void {
  let floor = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h === undefined) continue;
    const next = hits[i + 1]?.s ?? t.length;
    if (h.kind === 'badge') {
      const m = BADGE_PREFIX.exec(t.slice(Math.max(floor, h.s - 20), h.s));
      if (m !== null && m[0].length > 0) {
        const s = h.s - m[0].length;
        if (!isWordChar(t[s - 1])) h.s = s;
      }
    } else if (h.kind !== 'extra') {
      // titles before the name: "sgt. maria young", "deputy sheriff price"
      for (let round = 0; round < 3; round++) {
        const title = titleBefore(t, h.s, floor);
        if (title === undefined) break;
        const role = roleOfTitle(title);
        if (h.role === undefined && role !== undefined) h.role = role;
        h.s = t.slice(0, h.s).replace(/ $/, '').replace(/\.$/, '').length - title.length;
      }
      const art = /(?:^|[^\p{L}\p{N}])(the|an|a) $/u.exec(t.slice(floor, h.s));
      if (art?.[1] !== undefined) {
        h.article = art[1];
        h.s -= art[1].length + 1;
      }
      const suffix = /^,? (?:jr|sr|ii|iii|iv)\.?(?![\p{L}\p{N}])/u.exec(t.slice(h.e, next));
      if (suffix !== null) h.e += suffix[0].length;
      const poss = /^'s?(?![\p{L}\p{N}])/u.exec(t.slice(h.e, next));
      if (poss !== null && (poss[0] === "'s" || t[h.e - 1] === 's')) {
        h.possessive = true;
        h.e += poss[0].length;
      }
    }
    floor = h.e;
  }
}

const PLACEHOLDER = '\uFFFF';

function sentenceInitial(prefix: string): boolean {
  return /(?:^|[.!?]\s|\n)\s*["'“‘(\[]*$/u.test(prefix);
}

function allCaps(s: string): boolean {
  return /\p{Lu}{2}/u.test(s) && !/\p{Ll}/u.test(s);
}

/**
 * Name parts that are also everyday English words. Written all in lower case with no rank or title before them
 * ("a young male", "the suspect may be armed", "a gray truck"), they are the word, not the officer's name; written
 * with a capital ("Young", "YOUNG") or after a title ("officer young") they are still redacted, and so is the full
 * name in any case.
 */
let everydayWords: ReadonlySet<string> | undefined;
const EVERYDAY_WORDS_LIST =
  (
    'young old price rose bill king brown white black green gray grey long short little hill wood woods stone law do may ' +
    'will mark rich hunter baker cook page lane bell field ford hall hope joy love ray day knight gold silver grant guy ' +
    'frank cross ball banks lamb marsh park pope reed rice sharp small strong swift wise hardy house power mason fisher ' +
    'porter cash case chase church dean drake lake lord noble post rock root sterling street sweet wall ward waters west ' +
    'north south east summer winter dawn grace faith june april august pat sue rob art iv bright fair free good best ' +
    'new still bush fox wolf moon star sky rain snow storm cole coal miles'
  );

/** A lone name part that is an everyday word, written in lower case without a title before it. */
function plainWord(text: string, f: FoldedText, h: Hit): boolean {
  everydayWords ??= new Set(EVERYDAY_WORDS_LIST.split(' '));
  if (h.kind !== 'name-part' || !everydayWords.has(h.term)) return false;
  const original = text.slice(f.start[h.s] ?? 0, f.end[h.e - 1] ?? 0);
  return original === original.toLowerCase() && titleBefore(f.text, h.s) === undefined;
}

/**
 * Builds a matcher for a list of terms. `defaultRole` picks the phrase when no title stands before the name.
 *
 * @example
 * const m = createIdentityMatcher(nameTerms('Maria Young'), 'sergeant');
 * m.redact('Sgt. Maria Young was shot. Young\'s car was taken.').text;
 * //=> 'A sergeant was shot. The sergeant\'s car was taken.'
 */
export function createIdentityMatcher(terms: readonly IdentityTerm[], defaultRole: OfficerRole = 'officer'): IdentityMatcher {
  const list = terms.filter((t) => t.text.length > 0);
  const findHits = (text: string, mode: ScanMode): { f: FoldedText; hits: Hit[] } => {
    const f = foldText(text);
    const hits = (list.length === 0 ? [] : rawHits(f, list, mode)).filter((h) => mode === 'address' || !plainWord(text, f, h));
    extend(f.text, hits);
    return { f, hits };
  };
  const toOriginal = (f: FoldedText, h: Hit): { start: number; end: number } => ({
    start: f.start[h.s] ?? 0,
    end: f.end[h.e - 1] ?? 0,
  });
  return {
    terms: list,
    find(text, mode = 'free') {
      const { f, hits } = findHits(text, mode);
      return hits.map((h) => ({ ...toOriginal(f, h), kind: h.kind, term: h.term }));
    },
    redact(text, mode = 'free') {
      const { f, hits } = findHits(text, mode);
      if (hits.length === 0) return { text, kinds: [] };
      let out = '';
      let at = 0;
      let lastRole: OfficerRole | undefined;
      for (const h of hits) {
        const { start, end } = toOriginal(f, h);
        out += text.slice(at, start);
        const original = text.slice(start, end);
        let phrase: string;
        if (h.kind === 'badge') phrase = PLACEHOLDER;
        else if (h.kind === 'extra') phrase = '[withheld]';
        else {
          // the first mention in a field is "a deputy"; later ones are "the deputy" (same role unless a title says otherwise)
          const role = h.role ?? lastRole ?? defaultRole;
          const full = neutralPhrase(role);
          const noun = full.replace(/^an? /, '');
          const definite = lastRole !== undefined || h.article === 'the';
          phrase = h.possessive === true ? `the ${noun}'s` : definite ? `the ${noun}` : full;
          lastRole = role;
          if (allCaps(original)) phrase = phrase.toUpperCase();
          else if (sentenceInitial(out)) phrase = phrase.charAt(0).toUpperCase() + phrase.slice(1);
        }
        out += phrase;
        at = end;
      }
      out += text.slice(at);
      if (out.includes(PLACEHOLDER)) {
        out = out
          .replace(/\s*\(\s*\uFFFF\s*\)/g, '')
          .replace(/\s*,\s*\uFFFF\s*,/g, '')
          .replace(/^\s*\uFFFF\s*[,;:]?\s*/, '')
          .replace(/\s*[,;:]?\s*\uFFFF/g, '');
      }
      return { text: out, kinds: [...new Set(hits.map((h) => h.kind))] };
    },
    scrub(text) {
      const { f, hits } = findHits(text, 'free');
      if (hits.length === 0) return text;
      let out = '';
      let at = 0;
      for (const h of hits) {
        const { start, end } = toOriginal(f, h);
        out += `${text.slice(at, start)}[redacted]`;
        at = end;
      }
      return out + text.slice(at);
    },
  };
}
