/**
 * A name written apart where the name field writes it together (re-attack 23 P1): an apostrophe inside the word
 * ("O'Brien", "Kaʻaihue", "D'Amico" for an officer OBrien, Kaaihue, DAmico) or a space between its pieces ("Yellow
 * Horse", "Van Dyke", "Ruiz Diaz" for an officer Yellowhorse, VanDyke, RuizDiaz). The scanner reads such text with
 * those characters left out (`innerHyphenHits` in `apart.ts`), as it reads "oka-for"; this module says which ones.
 */
import type { IdentityTerm } from './names.js';

const LETTER_RE = /^\p{L}$/u;
/** Whether `c` is a letter: ASCII by its code, any other by its class (a scan of every character stays cheap). */
const LETTER = {
  test(c: string): boolean {
    const code = c.charCodeAt(0);
    if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    return LETTER_RE.test(c);
  },
};
/** What follows an apostrophe at a word's end in a possessive or a contraction ("okafor's", "don't", "we'll"). */
const CONTRACTIONS: ReadonlySet<string> = new Set(['s', 't', 'd', 'm', 'll', 're', 've']);

/**
 * Whether the folded character at `i` is an apostrophe inside a word (a letter either side), not before a
 * possessive or contraction ending ("o'brien", "ka'aihue": yes; "okafor's", "don't": no). The fold writes every
 * apostrophe-like mark (’ ‘ ` ʼ ʻ) as "'".
 *
 * @example
 * innerApostrophe("o'brien", 1); //=> true
 * innerApostrophe("okafor's", 6); //=> false
 */
export function innerApostrophe(t: string, i: number): boolean {
  if (t.charAt(i) !== "'" || !LETTER.test(t.charAt(i - 1)) || !LETTER.test(t.charAt(i + 1))) return false;
  let j = i + 1;
  while (j < t.length && j - i <= 3 && LETTER.test(t.charAt(j))) j++;
  return LETTER.test(t.charAt(j)) || !CONTRACTIONS.has(t.slice(i + 1, j));
}

/**
 * The officer's name words a text may write apart by spaces: every word of 5+ letters of a name term, letters only
 * ("yellowhorse", "vandyke", "kaaihue"), and their beginnings of 2+ letters (to read two or three words on).
 */
export interface ApartNames {
  readonly words: ReadonlySet<string>;
  readonly prefixes: ReadonlySet<string>;
  /** Each word's first two and last two letters: a text without both of some word's holds none of them apart. */
  readonly ends: readonly (readonly [string, string])[];
}

/**
 * The name words of `terms` that may be written apart (see `ApartNames`), or undefined when there are none.
 *
 * @example
 * apartNamesOf([{ text: 'yellowhorse', kind: 'name-part' }])?.words.has('yellowhorse'); //=> true
 */
export function apartNamesOf(terms: readonly IdentityTerm[]): ApartNames | undefined {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  const ends = new Map<string, readonly [string, string]>();
  for (const term of terms) {
    if (term.kind !== 'name' && term.kind !== 'name-part') continue;
    for (const w of term.text.split(' ')) {
      const bare = w.replace(/['-]/g, '');
      if (bare.length < 5 || bare.length > 40 || !/^\p{L}+$/u.test(bare)) continue;
      words.add(bare);
      ends.set(`${bare.slice(0, 2)} ${bare.slice(-2)}`, [bare.slice(0, 2), bare.slice(-2)]);
      for (let k = 2; k < bare.length - 1; k++) prefixes.add(bare.slice(0, k));
    }
  }
  return words.size === 0 ? undefined : { words, prefixes, ends: [...ends.values()] };
}

/** The letters of the word at `i` (apostrophes and hyphens inside it left out) and where it ends. */
function wordAt(t: string, i: number): { letters: string; end: number } {
  let letters = '';
  let j = i;
  while (j < t.length && j - i < 40) {
    const c = t.charAt(j);
    if (LETTER.test(c)) letters += c;
    else if (!((c === "'" || c === '-') && LETTER.test(t.charAt(j - 1)) && LETTER.test(t.charAt(j + 1)))) break;
    j++;
  }
  return { letters, end: j };
}

/**
 * The offsets of the spaces in folded `t` between two or three words that together are one of the officer's name
 * words ("yellow horse", "YELLOW HORSE", "de la cruz" for "delacruz"; each word of 2+ letters), or undefined when
 * there are none. One pass over the words; a word is read on only while it is the beginning of a name word.
 *
 * @example
 * apartSpaces('aiyana yellow horse was shot', names); //=> Set { 13 }
 */
export function apartSpaces(t: string, names: ApartNames): Set<number> | undefined {
  if (!names.ends.some(([a, b]) => t.includes(a) && t.includes(b))) return undefined;
  let out: Set<number> | undefined;
  for (let i = 0; i < t.length; i++) {
    if (!LETTER.test(t.charAt(i)) || (i > 0 && LETTER.test(t.charAt(i - 1)))) continue;
    const first = wordAt(t, i);
    i = first.end - 1;
    if (first.letters.length < 2 || !names.prefixes.has(first.letters)) continue;
    let joined = first.letters;
    let end = first.end;
    const gaps: number[] = [];
    for (let k = 0; k < 2 && t.charAt(end) === ' ' && LETTER.test(t.charAt(end + 1)); k++) {
      const next = wordAt(t, end + 1);
      if (next.letters.length < 2) break;
      gaps.push(end);
      joined += next.letters;
      end = next.end;
      if (names.words.has(joined) && !LETTER.test(t.charAt(end))) {
        out ??= new Set();
        for (const g of gaps) out.add(g);
        break;
      }
      if (!names.prefixes.has(joined)) break;
    }
  }
  return out;
}
