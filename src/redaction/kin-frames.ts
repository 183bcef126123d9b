/**
 * More forms the relatives rule (`relatives.ts`) reads, found by re-attack 23: where a relative's name may run on
 * (never across a sentence's end, P13), words an all-caps sentence holds that are no names (number words and
 * everyday alert and obituary words, P13). Word tests over a bounded number of words: linear in the text.
 */
import type { Word } from './kin-words.js';

/** Number words (folded): "AND THREE CHILDREN" holds no name (re-attack 23 P13). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  ('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty forty fifty ' +
    'hundred dozen several many few uno dos tres cuatro cinco seis siete ocho nueve diez once doce').split(' '),
);

/**
 * Everyday words an all-caps sentence about a relative holds besides names (folded), beyond those `sentenceCase`
 * knows: the alert's and an obituary's words ("SURVIVED BY HIS WIFE, GRACE ADEYEMI, AND THREE CHILDREN.
 * SERVICES PENDING."), so that they are read in lower case there, not as names (re-attack 23 P13).
 */
const CAPS_WORDS: ReadonlySet<string> = new Set(
  ('survived survives survive survivors services service pending funeral memorial vigil donations donation flags flag ' +
    'half staff mast family families friends public privacy asks ask asked request requests requested thank thanks ' +
    'please call contact information info tips tip anyone remains remain large still at-large notified notify ' +
    'grandchildren children kids rest peace prayers pray honor honour fallen killed slain line end watch ' +
    'arrangements announced announce later date held will be planned plans fund gofundme account').split(' '),
);

/**
 * Whether a folded word in an all-caps sentence is a word, not a name: a number word or an everyday alert or
 * obituary word (re-attack 23 P13).
 *
 * @example
 * capsWord('three'); //=> true
 * capsWord('adeyemi'); //=> false
 */
export function capsWord(folded: string): boolean {
  return NUMBER_WORDS.has(folded) || CAPS_WORDS.has(folded);
}

/**
 * Whether a name that has reached word `prev` may go on to the next word after `gap`: after a space, or after ". "
 * only when `prev` is an initial ("Grace A. Adeyemi"); a full stop after a word ends the sentence, and the next
 * sentence's first word ("Lucia Mendoza. Suspect remains at large") is no part of the name (re-attack 23 P13).
 *
 * @example
 * nameGoesOn({ text: 'A', folded: 'a', start: 6, end: 7 }, '. '); //=> true
 * nameGoesOn({ text: 'Mendoza', folded: 'mendoza', start: 6, end: 13 }, '. '); //=> false
 */
export function nameGoesOn(prev: Word, gap: string): boolean {
  return gap === ' ' || (gap === '. ' && /^\p{Lu}$/u.test(prev.text));
}

/**
 * Whether word `e` of a name that starts at word `n` is a middle initial ("Grace A. Adeyemi": "A." is no article
 * there), a capital letter alone with a full stop and a capitalised word after it (re-attack 23 P13).
 *
 * @example
 * // "his wife Grace A. Adeyemi" with `n` at "Grace" and `e` at "A": true
 */
export function initialAt(text: string, ws: readonly Word[], e: number, n: number): boolean {
  const w = ws[e];
  return e > n && w !== undefined && /^\p{Lu}$/u.test(w.text) && text.startsWith('. ', w.end) && /^\p{Lu}/u.test(ws[e + 1]?.text ?? '');
}
