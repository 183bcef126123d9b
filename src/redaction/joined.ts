/**
 * The officer's identity written together in one word ("danielokafor", "officer-okafor-4471", "josegarcia-lopez"):
 * which pieces such a word may be made of, and where one is. Split from `scanner.ts` along its seam.
 */
import { isNoSpaceScript, isWordChar } from './fold.js';
import { knownTitles } from './titles.js';
import { PARTICLES, type IdentityTerm } from './names.js';
import { JOINERS } from './people.js';

/** The kinds of split of `joinStates`, one bit each: no name part / a name part, one piece / two or more. */
const START = 1; // one piece or none, no name part (also where a split starts)
const SPLIT_NAME = 2 | 8; // with a name part of 4+ letters, one piece (2) or more (8)
const SPLIT_MANY_NAME = 8;

let compactTitles: readonly string[] | undefined;

/**
 * The known titles written without spaces or punctuation ("chiefofpolice", "sgt"), of two or more characters:
 * pieces of a written-together identity word. A fixed list, made once (it was made again for every matcher, twice
 * a build, and copied into a set with the request's name parts).
 */
function titlePieces(): readonly string[] {
  compactTitles ??= [...new Set(knownTitles().map((x) => x.replace(/[^\p{L}\p{N}]+/gu, '')))].filter((x) => x.length >= 2);
  return compactTitles;
}

/**
 * What a written-together identity word ("DanielOkafor") is made of: name parts, badges and family words without
 * spaces (with the titles, `titlePieces`), and which of them are name parts.
 */
export interface JoinPieces {
  readonly joinPieces: readonly string[];
  readonly namePieces: ReadonlySet<string>;
  /** The name parts written with their own joiner ("garcia-lopez"), joiners as "-". */
  readonly compounds: readonly string[];
  /** The name parts written with spaces, word by word ("de la cruz": de, la, cruz). */
  readonly spacedParts: readonly (readonly string[])[];
  /** The officer's initials, one letter each ("d", "o" for Daniel Okafor). */
  readonly initials: ReadonlySet<string>;
  /**
   * The initials of a surname written with particles, whole and without the last word's, with that word ("de la
   * cruz": "dlc", "dl", "cruz"): handles write them so ("alejandrodlc", "dlcruz": red team 15).
   */
  readonly particleInitials: readonly { readonly all: string; readonly head: string; readonly last: string }[];
  /** The name terms written as one word ("okafor", "obrien"): matched as words of their own. */
  readonly wholeNames: ReadonlySet<string>;
}

/**
 * The pieces of the request's identity terms a written-together word may be made of.
 *
 * @example
 * joinPiecesOf(nameTerms('Daniel Okafor')).namePieces.has('okafor'); //=> true
 */
export function joinPiecesOf(terms: readonly IdentityTerm[]): JoinPieces {
  const names = terms.filter((x) => x.kind === 'name' || x.kind === 'name-part');
  // initials ("m.c.") are no piece: written together they are any word's first letters ("McCa-Aa": property test)
  // nor is a part of one or two letters of a hyphenated name ("mc" of "mc-aa": "McMc-Aa" is another word)
  const shortSubParts = new Set(names.flatMap((x) => (/['’-]/.test(x.text) ? x.text.split(/['’-]/) : [])).filter((x) => x.length < 3));
  const compactName = names
    .filter((x) => !/^(?:\p{L}\. ?)+$/u.test(x.text) && !shortSubParts.has(x.text))
    .map((x) => x.text.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter((x) => x.length >= 2);
  // a name part written with its own apostrophe or hyphen ("o'connor", "garcia-lopez"), as a written-together word
  // holds it; a joiner anywhere else ends the identity ("okafor's", "okafor-led") or belongs to another name
  const withJoiners = names.filter((x) => !x.text.includes(' ') && [...x.text].some((c) => JOINERS.has(c))).map((x) => joinerForm(x.text));
  const badges = terms.filter((x) => x.kind === 'badge' || x.kind === 'withheld').map((x) => x.text);
  const family = ['family', 'familia', 'jr', 'sr'];
  // the particles of a surname written with spaces ("de la cruz"): pieces of a written-together word ("annede la
  // cruz", red team), never name parts of their own
  const spacedParts = names
    .filter((x) => x.kind === 'name-part' && x.text.includes(' '))
    .map((x) => x.text.split(' '))
    .filter((words) => PARTICLES.includes(words[0] ?? ''));
  const named = [...compactName, ...withJoiners];
  return {
    joinPieces: [...new Set([...named, ...badges, ...family, ...spacedParts.flat().filter((w) => PARTICLES.includes(w))])].filter((x) => x.length >= 2),
    namePieces: new Set(named),
    compounds: withJoiners,
    spacedParts,
    particleInitials: spacedParts.map((words) => ({
      all: words.map((w) => w.charAt(0)).join(''),
      head: words.slice(0, -1).map((w) => w.charAt(0)).join(''),
      last: words[words.length - 1] ?? '',
    })),
    // the first letter of every word of the officer's names (given, middle, surname; aliases), and the initials
    wholeNames: new Set(names.map((x) => x.text).filter((x) => /^\p{L}+$/u.test(x))),
    initials: new Set([
      ...terms.filter((x) => x.kind === 'initial').map((x) => x.text),
      ...terms
        .filter((x) => x.kind === 'name')
        .flatMap((x) => x.text.split(/[\s.,]+/))
        .filter((w) => w !== '' && !PARTICLES.includes(w))
        .map((w) => w.charAt(0))
        .filter((c) => /\p{L}/u.test(c)),
    ]),
  };
}

/** The text with each joiner written "-" (so "o'connor" and "o’connor" are one piece). */
function joinerForm(text: string): string {
  let out = '';
  for (const c of text) out += JOINERS.has(c) ? '-' : c;
  return out;
}

/**
 * The word around `[s, e)` when it is nothing but the officer's identity written together: name parts, the
 * badge, titles and family words with no space ("danielokafor", "okafordaniel", "okafor4471", "officerokafor",
 * "okaforfamily"). A word with anything else in it ("okaforville") is another word. The run is read through
 * apostrophes and hyphens: the identity may start or end at one ("officerokafor's", "danielokafor-led"), and a
 * name part written with one counts whole ("officero'connor", "josegarcia-lopez": red team, both were published);
 * two name parts joined by one ("lopez-garcia" for an officer Garcia-Lopez) are another person's name.
 *
 * @example
 * joinedIdentityWord(joinPiecesOf(nameTerms('Daniel Okafor')), 'see danielokafor now', 4, 10); //=> { s: 4, e: 16 }
 */
export function joinedIdentityWord(sets: JoinPieces, t: string, s: number, e: number): { s: number; e: number; affixed?: true } | undefined {
  const run = joinedRun(sets, t, s, e);
  if (run === undefined) return undefined;
  // a word ending in the first words of a name part written with spaces goes on with its other words: "annede la
  // cruz" for an officer Anne de la Cruz is one mention, not "annede" and "la cruz"
  for (const words of sets.spacedParts) {
    for (let k = 1; k < words.length; k++) {
      const rest = ` ${words.slice(k).join(' ')}`;
      if (t.slice(run.s, run.e).endsWith(words.slice(0, k).join('')) && t.startsWith(rest, run.e) && !isWordChar(t[run.e + rest.length])) {
        return { s: run.s, e: run.e + rest.length };
      }
    }
  }
  return run;
}

function joinedRun(sets: JoinPieces, t: string, s: number, e: number): { s: number; e: number; affixed?: true } | undefined {
  const inWord = (i: number): boolean => isWordChar(t[i]) && !isNoSpaceScript(t[i]);
  const joiner = (i: number): boolean => JOINERS.has(t[i] ?? '') && inWord(i - 1) && inWord(i + 1);
  let a = s;
  let b = e;
  while (a > 0 && inWord(a - 1)) a--;
  while (b < t.length && inWord(b)) b++;
  // a written-together name has a few parts; a longer run is not one (and must not cost more than a glance)
  if (b - a > 64) return undefined;
  // then on through joiners, word by word, as far as 64 characters in all: a long hyphenated run around the
  // identity ("a-a-…-danielokafor", "danielokafor-led-multi-agency-…") still holds it (red team)
  for (let x = a; x > 0 && joiner(x - 1); ) {
    x--;
    while (x > 0 && inWord(x - 1)) x--;
    if (b - x > 64) break;
    a = x;
  }
  for (let y = b; y < t.length && joiner(y); ) {
    y++;
    while (y < t.length && inWord(y)) y++;
    if (y - a > 64) break;
    b = y;
  }
  // a match with a space in it ("a hill" inside "aurora hill") keeps it, and is not one word
  const word = joinerForm(t.slice(a, b));
  // where the identity may start and end: the whole run, or at a joiner outside the match (widest first)
  const starts = [0];
  const ends = [word.length];
  for (let i = 0; i < word.length; i++) {
    if (word[i] !== '-') continue;
    if (a + i + 1 <= s) starts.push(i + 1);
    if (a + i >= e) ends.splice(1, 0, i);
  }
  for (const from of starts) {
    const state = joinStates(sets, word, from);
    for (const to of ends) if (to > from && ((state[to - from] as number) & SPLIT_MANY_NAME) !== 0) return { s: a + from, e: a + to };
  }
  // a handle: the name with the officer's initials or an agency's, or the name alone with digits ("okafor2")
  const bare = withoutEnds(word);
  const core = affixCore(bare);
  if (core !== undefined && ((marked(word, bare) && (sets.wholeNames.has(bare) || writtenTogether(sets, core))) || affixedIdentity(sets, core))) return { s: a, e: b, affixed: true };
  const run = hyphenatedIdentity(sets, word, s - a, e - a);
  return run === undefined ? undefined : { s: a + run.s, e: a + run.e };
}

/**
 * Whether a handle's letters and digits (its dots and underscores left out: "d_okafor", "alejandro.dlc",
 * "okafor.daniel1") are the officer's identity as a handle writes it: written together, with initials, an
 * agency's or a particle surname's initials, or digits (red team 15: such handles were replaced in part,
 * "d_an officer", "an officer.dlc").
 *
 * @example
 * handleIdentity(joinPiecesOf(nameTerms('Daniel Okafor')), 'dokafor'); //=> true
 */
export function handleIdentity(sets: JoinPieces, word: string): boolean {
  const bare = withoutEnds(word);
  const core = affixCore(bare);
  if (core === undefined) return false;
  return (marked(word, bare) && sets.wholeNames.has(bare)) || writtenTogether(sets, core) || affixedIdentity(sets, core);
}

/**
 * `word` without digits at either end (with a hyphen next to them) and a final possessive "-s": "2-dokafor-99"
 * gives "dokafor", "dokafor-s" gives "dokafor". A scan from each end (an end-anchored `/-?\d+$/` retries from every
 * digit: the regex audit's 100 KB run).
 */
function withoutEnds(word: string): string {
  let a = 0;
  let b = word.length;
  while (a < b && word.charCodeAt(a) >= 48 && word.charCodeAt(a) <= 57) a++;
  if (a > 0 && word[a] === '-') a++;
  const digitsEnd = b;
  while (b > a && word.charCodeAt(b - 1) >= 48 && word.charCodeAt(b - 1) <= 57) b--;
  if (b < digitsEnd && word[b - 1] === '-') b--;
  let w = word.slice(a, b);
  if (w.endsWith('-s')) w = w.slice(0, -2);
  return w;
}

/**
 * The letters of a handle (`withoutEnds` already applied) without what handles add to a name: digits at either end ("dokafor2", "2dokafor"), a
 * possessive or plural ("dokafor's", "dokafors"), hyphens or dots between its pieces ("d-okafor", "dokafor-2",
 * "d.okafor1"): red team 14, all were published. Digits between its letters, in one or two runs, are left out
 * too ("okafor1daniel", "daniel2okafor": red team 16, published). Undefined with more than two of those.
 */
function affixCore(bare: string): string | undefined {
  if ((bare.match(/[-.]/g) ?? []).length > 2) return undefined;
  let w = '';
  let runs = 0;
  for (let i = 0; i < bare.length; i++) {
    const c = bare.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (i === 0 || !(bare.charCodeAt(i - 1) >= 48 && bare.charCodeAt(i - 1) <= 57)) runs++;
    } else if (bare[i] !== '-' && bare[i] !== '.') w += bare[i];
  }
  if (runs > 2 || w.length < 4) return undefined;
  return w;
}

/** Whether a handle has digits or ends taken off: then the name written together alone is the officer's. */
function marked(word: string, bare: string): boolean {
  return bare !== word || /\d/.test(bare);
}

/**
 * Whether `core` is the officer's identity written together with a name part of 4+ letters ("danielokafor"): with
 * digits written on, the whole handle is one (red team 15: "danielokafor1", "dannyokafor2026" were published).
 */
function writtenTogether(sets: JoinPieces, core: string): boolean {
  return ((joinStates(sets, core, 0)[core.length] as number) & SPLIT_MANY_NAME) !== 0;
}

/** A police agency's initials written on a handle ("dpd", "lapd", "pd", "bcso", "chp", "dps"). */
const AGENCY_AFFIX = /^[a-z]{0,3}(?:pd|so|sd|hp|sp|dps)$/;

/**
 * A name written on a handle with the officer's initials or an agency's before or after it: "dokafor",
 * "jlgarciamarquez", "okaford", "danielo", "dpdokafor", "okaforpd" (red team 13: all were published, and
 * "dokafor@…" passed as a sender). The initials must be the officer's own (so "arose" is a word for an officer
 * Chris Rose, and withheld only for an Amy Rose); the rest must be a name part of 3+ letters, or the officer's
 * identity written together. Such a word may also be an English one ("swing" for an officer Sam Wing): it is
 * withheld as "[withheld]", never replaced by a role that would make a false sentence ("took a an officer").
 */
function affixedIdentity(sets: JoinPieces, word: string): boolean {
  const named = (rest: string): boolean =>
    (rest.length >= 3 && sets.namePieces.has(rest)) || (rest.length >= 4 && ((joinStates(sets, rest, 0)[rest.length] as number) & SPLIT_NAME) !== 0);
  const initials = (x: string): boolean => [...x].every((c) => sets.initials.has(c));
  // the word is itself a name term ("obrien" for an officer O'Brien): matched as the name, not as a handle
  if (sets.wholeNames.has(word)) return false;
  if (particleHandle(sets, word, named, initials)) return true;
  // a plural ("dokafors"): the handle without its s
  if (word.endsWith('s') && affixedIdentity(sets, word.slice(0, -1))) return true;
  for (let k = 1; k <= Math.min(4, word.length - 3); k++) {
    const head = word.slice(0, k);
    if ((k <= 3 && initials(head)) || AGENCY_AFFIX.test(head)) if (named(word.slice(k))) return true;
    const tail = word.slice(word.length - k);
    if ((k <= 2 && initials(tail)) || AGENCY_AFFIX.test(tail)) if (named(word.slice(0, word.length - k))) return true;
  }
  return false;
}

/**
 * A handle made with the initials of a surname written with particles (`JoinPieces.particleInitials`, "dlc" of
 * "de la cruz"): a name part or the officer's initials with them ("alejandrodlc", "alexdlc", "adlc", "dlcalejandro"),
 * or the particles' initials before the last word, after the officer's initials or none ("dlcruz", "adlcruz").
 * Initials of one or two letters alone are any word's ("dl"): the last word or a name part must be there.
 *
 * @example
 * particleHandle(joinPiecesOf(nameTerms('Alejandro de la Cruz')), 'dlcruz', named, initials); //=> true
 */
function particleHandle(sets: JoinPieces, word: string, named: (rest: string) => boolean, initials: (x: string) => boolean): boolean {
  for (const { all, head, last } of sets.particleInitials) {
    if (all.length < 2 || last.length < 3) continue;
    const rest = word.endsWith(all) ? word.slice(0, -all.length) : word.startsWith(all) ? word.slice(all.length) : undefined;
    if (rest !== undefined && rest !== '' && (named(rest) || (rest.length <= 2 && initials(rest)))) return true;
    const at = word.indexOf(head + last);
    // (or a name part: "alejandrodlcruz", red team 16)
    const before = word.slice(0, Math.max(at, 0));
    if (head !== '' && at >= 0 && at + head.length + last.length === word.length && (at === 0 || (at <= 2 && initials(before)) || named(before))) return true;
  }
  return false;
}

/**
 * The hyphenated words around `[s, e)` of `word` (joiners written "-") when each is the officer's identity and
 * one is a name part: "daniel-okafor", "okafor-daniel", "4471-okafor", "officer-okafor-4471" (red team: all were
 * published). Read outward from the match as long as the words are identity ("daniel-okafor-led" is
 * "daniel-okafor"). One word alone is matched as a word elsewhere, and the parts of one compound surname alone,
 * in its order or another ("garcia-lopez-smith", "lopez-garcia" for an officer Garcia-Lopez), are another
 * person's name, as "okafor-smith" is.
 */
function hyphenatedIdentity(sets: JoinPieces, word: string, s: number, e: number): { s: number; e: number } | undefined {
  const { namePieces, compounds, joinPieces } = sets;
  const pieces = word.split('-');
  // the words between hyphens, the officer's own hyphenated name part as one ("cv-cega-30001": "cv-cega", "30001")
  const parts: { from: number; to: number; text: string; compound: boolean }[] = [];
  for (let i = 0, from = 0; i < pieces.length; ) {
    let n = 1;
    for (const c of compounds) {
      const k = c.split('-').length;
      if (k > n && pieces.slice(i, i + k).join('-') === c) n = k;
    }
    const text = pieces.slice(i, i + n).join('-');
    parts.push({ from, to: from + text.length, text, compound: n > 1 });
    from += text.length + 1;
    i += n;
  }
  // a word is one piece, or written-together pieces with a name part of 4+ letters ("danielokafor"); short
  // pieces joined ("mcmc" for an officer Mc-Aa) are another word (property test)
  const withName = (text: string): boolean => ((joinStates(sets, text, 0)[text.length] as number) & SPLIT_NAME) !== 0;
  const identity = (x: { text: string; compound: boolean }): boolean =>
    x.compound || joinPieces.includes(x.text) || titlePieces().includes(x.text) || withName(x.text);
  let lo = parts.findIndex((x) => x.to > s);
  let hi = parts.findIndex((x) => x.to >= e);
  if (lo < 0 || hi < lo) return undefined;
  for (let i = lo; i <= hi; i++) if (!identity(parts[i] as (typeof parts)[number])) return undefined;
  while (lo > 0 && identity(parts[lo - 1] as (typeof parts)[number])) lo--;
  while (hi < parts.length - 1 && identity(parts[hi + 1] as (typeof parts)[number])) hi++;
  if (hi === lo) return undefined;
  const run = parts.slice(lo, hi + 1);
  if (!run.some((x) => x.compound || namePieces.has(x.text) || withName(x.text))) return undefined;
  // the parts of one hyphenated name part alone, in another order ("lopez-garcia" for Garcia-Lopez)
  if (compounds.some((c) => run.every((x) => c.split('-').includes(x.text)))) return undefined;
  return { s: (parts[lo] as { from: number }).from, e: (parts[hi] as { to: number }).to };
}

/**
 * state[i] for the i characters of `word` after `from`: which splits into pieces reach there, one bit per kind
 * of split (SPLIT_*): one piece or more, with or without a name part of 4+ letters. A split into two or more
 * pieces with such a name part (SPLIT_MANY_NAME) is a written-together identity; the kinds are kept apart, so
 * two splits do not add up to one ("pojr" for an officer Pojr is one name piece, and "po" + "jr" two pieces
 * without a name part: not both; property test). Every piece has 2+ characters, so a step only sets a later
 * state: the order of the pieces (and a piece listed twice) does not change the result.
 */
function joinStates(sets: JoinPieces, word: string, from: number): Uint8Array {
  const { joinPieces, namePieces } = sets;
  const state = new Uint8Array(word.length - from + 1);
  state[0] = START;
  for (let i = 0; i < word.length - from; i++) {
    const here = state[i] as number;
    if (here === 0) continue;
    for (const pieces of [joinPieces, titlePieces()]) {
      for (const p of pieces) {
        if (!word.startsWith(p, from + i)) continue;
        const j = i + p.length;
        // a name part of 4+ letters: short ones join into ordinary words ("po" + "li" is "poli")
        const name = p.length >= 4 && namePieces.has(p);
        let next = 0;
        for (let k = 0; k < 4; k++) {
          if ((here & (1 << k)) === 0) continue;
          // k: bit 0 of k "has a name part", bit 1 "two or more pieces"; START (k = 0 at i = 0) is no piece yet
          const many = i > 0 || (k & 2) !== 0;
          next |= 1 << ((many ? 2 : 0) | (name || (k & 1) !== 0 ? 1 : 0));
        }
        state[j] = (state[j] as number) | next;
      }
    }
  }
  return state;
}
