/**
 * Cheap tests run before a text is scanned for identity: text where no term can start is not scanned. Split from
 * `matcher.ts`.
 */
import { knownTitles } from './titles.js';
import type { IdentityTerm } from './names.js';
import { TRANSLITERATED_SCRIPT, LETTER_DIGIT, digitLetterReadings } from './readings.js';
import { hasNatoRun } from './people.js';
import { withoutInnerHyphens } from './apart.js';
import { apartNamesOf, apartSpaces } from './apart-names.js';

/**
 * A cheap test per text: does any term's first two characters (or, for badges, its first character) occur?
 * Text with none of them is not scanned further.
 */
export function buildPrefilter(terms: readonly IdentityTerm[]): (folded: string) => boolean {
  const keys = [...new Set(terms.map((t) => (t.kind === 'badge' || t.kind === 'withheld' || t.kind === 'initial' ? t.text.slice(0, 1) : t.text.slice(0, 2))))];
  const names = terms.some((t) => t.kind === 'name' || t.kind === 'name-part');
  // (a name spelled in the phonetic alphabet holds none of its own letters in a row; one with digits for letters,
  // "0kaf0r" or "d4nny", may hold none of its keys either: red team 15, "RIP 0kaf0r", "CBI-0KAF0R-2026")
  // (only a reading that holds a key is scanned: most text with a letter beside a digit is a plate or a model,
  // "F-150", "ABC1234", and was scanned whole for nothing, 15% of a build)
  // (and a key split by an apostrophe or a hyphen the name field does not have: "o'brien", "d'amico" for an
  // officer OBrien, DAmico, re-attack 23 P1)
  const split = terms.filter((t) => (t.kind === 'name' || t.kind === 'name-part') && /^\p{L}{2}/u.test(t.text)).map((t) => t.text.slice(0, 2));
  for (const k of new Set(split)) keys.push(`${k.charAt(0)}'${k.charAt(1)}`, `${k.charAt(0)}-${k.charAt(1)}`);
  const anyKey = (s: string): boolean => keys.some((k) => s.includes(k));
  return (folded) => anyKey(folded) || (names && ((LETTER_DIGIT.test(folded) && digitLetterReadings(folded).some(anyKey)) || hasNatoRun(folded)));
}

/** What spells a badge out in words ("badge four four seven one"): the spelled-badge reading needs one. */
export const BADGE_LABEL = /badge|shield|star|placa/;
/** A character that starts or joins an address, a hashtag or a slug. */
export const ADDRESS_CHAR = /[/@#_]/;

/** The place prepositions before which an untitled initial can be kept as a place (see keptSense). */
export const INITIAL_PLACE_PREPS = ['toward', 'in', 'near', 'hacia', 'cerca'];

/**
 * Whether the letter `c` stands alone somewhere in `t` (no ASCII letter or digit either side). Any other letter
 * (a script written without spaces, Arabic) is matched without word boundaries: there, whether it occurs at all.
 */
export function standaloneLetter(t: string, c: string): boolean {
  if (!ASCII_ALNUM.test(c)) return t.includes(c);
  for (let i = t.indexOf(c); i !== -1; i = t.indexOf(c, i + 1)) {
    if (!ASCII_ALNUM.test(t.charAt(i - 1)) && !ASCII_ALNUM.test(t.charAt(i + 1))) return true;
  }
  return false;
}
export const ASCII_ALNUM = /^[a-z0-9]$/;

/**
 * A sound test for "can the scan find anything here", from the scan's own conditions: an address needs "/", "@",
 * "#" or "_"; a spelled badge needs its label; digits read as letters and Cyrillic or Greek letters give other
 * readings; otherwise a match or a kept phrase starts where a term's text occurs (a badge where its first character
 * does), and an initial, standing alone, is matched only after a title and kept only after a place preposition
 * (`hitsOnly`: what was kept is not asked for). False means the scan would find nothing; it is the cheap test run
 * on every field and every candidate fact (measured: most of them have no term at all).
 */
export function buildHitFilter(terms: readonly IdentityTerm[]): (folded: string, original: string, hitsOnly: boolean) => boolean {
  const badges = terms.filter((t) => t.kind === 'badge' || t.kind === 'withheld').map((t) => t.text.slice(0, 1));
  const words = terms.filter((t) => t.kind !== 'badge' && t.kind !== 'withheld' && t.kind !== 'initial').map((t) => t.text);
  const initials = terms.filter((t) => t.kind === 'initial').map((t) => t.text);
  const names = terms.some((t) => t.kind === 'name' || t.kind === 'name-part');
  const spelled = terms.some((t) => t.kind === 'badge');
  const apart = apartNamesOf(terms);
  return (t, original, hitsOnly) => {
    if (ADDRESS_CHAR.test(t)) return true;
    if (spelled && BADGE_LABEL.test(t)) return true;
    if (names && ((LETTER_DIGIT.test(t) && digitLetterReadings(t).some((r) => words.some((w) => r.includes(w)))) || TRANSLITERATED_SCRIPT.test(original) || hasNatoRun(t))) return true;
    if (badges.some((c) => t.includes(c)) || words.some((w) => t.includes(w))) return true;
    // a name split by a hyphen inside the word ("oka-for": red team 15)
    const joined = withoutInnerHyphens(t);
    if (joined !== undefined && words.some((w) => w.length >= 4 && joined.includes(w))) return true;
    // or by a space between its pieces ("yellow horse" for an officer Yellowhorse: re-attack 23 P1)
    if (apart !== undefined && t.includes(' ') && apartSpaces(t, apart) !== undefined) return true;
    if (!initials.some((c) => standaloneLetter(t, c))) return false;
    return knownTitles().some((x) => t.includes(x)) || (!hitsOnly && INITIAL_PLACE_PREPS.some((x) => t.includes(x)));
  };
}
