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

/**
 * Whether word `k` ends a label for a relative followed by a colon, and where: "Next of kin: Lucia Mendoza", "NOK:
 * Grace", "Wife: Grace" at a sentence's start ('open'), or inside a sentence after a bracket, comma or semicolon
 * ("Officer Okafor (wife: Grace Adeyemi) was shot": 'inside', the officer's unless a suspect is the last person
 * named); `undefined` for any other word (re-attack 23 P2). `kin` says whether a folded word is a word for a relative.
 *
 * @example
 * // "Next of kin: Lucia Mendoza." with `k` at "kin": 'open'
 * // "Officer Okafor (wife: Grace Adeyemi)" with `k` at "wife": 'inside'
 */
export function kinLabel(text: string, ws: readonly Word[], k: number, kin: (folded: string) => boolean): 'open' | 'inside' | undefined {
  const w = ws[k] as Word;
  if (!/^ ?: ?\S/u.test(text.slice(w.end, w.end + 4))) return undefined;
  let s = k;
  if (w.folded === 'kin' && ws[k - 1]?.folded === 'of' && ws[k - 2]?.folded === 'next') s = k - 2;
  else if (w.folded !== 'nok' && !kin(w.folded)) return undefined;
  const before = text.slice(Math.max(0, (ws[s - 1]?.end ?? 0)), (ws[s] as Word).start);
  if (s === 0 || /[.!?\n]/u.test(before)) return 'open';
  return /[(\[,;]\s*$/u.test(before) ? 'inside' : undefined;
}

/** Words that may open an item of a list of relatives after its semicolon ("; a son, Emeka", "; and his daughter"). */
const ITEM_OPENER: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'and', 'y', 'e', 'su', 'sus', 'un', 'una', 'el', 'la']);

/**
 * In an obituary's list with semicolons ("survived by his wife, Grace Adeyemi; son, Emeka, 7; and daughter, Ada,
 * 4"; "his wife Grace Adeyemi of Aurora; a son, Emeka; and a daughter, Ada"), the word for a relative of the item
 * before the one that word `k` opens, or -1 when `k` opens no such item (re-attack 23 P5): whose relative the item
 * is, is read from that word (the officer's, or a suspect's). `kin` says whether a folded word is a word for a relative.
 *
 * @example
 * // "survived by his wife, Grace Adeyemi; son, Emeka" with `k` at "son": the index of "wife"
 */
export function semicolonKin(text: string, ws: readonly Word[], k: number, kin: (folded: string) => boolean): number {
  let s = k;
  while (s > k - 3 && s > 0 && ITEM_OPENER.has((ws[s - 1] as Word).folded) && text.slice((ws[s - 1] as Word).end, (ws[s] as Word).start) === ' ') s--;
  if (s === 0 || !/^\s*;\s*$/u.test(text.slice((ws[s - 1] as Word).end, (ws[s] as Word).start))) return -1;
  for (let j = s - 1; j >= 0 && j >= s - 25; j--) {
    if (kin((ws[j] as Word).folded)) return j;
    if (j > 0 && /[.!?\n]\s/u.test(text.slice((ws[j - 1] as Word).end, (ws[j] as Word).start))) break;
  }
  return -1;
}

/**
 * Whether the word for a relative at `k` is the officer's (`own`), or opens an item of a list with semicolons
 * whose earlier item's word is (re-attack 23 P5: "his wife, Grace Adeyemi; son, Emeka; and daughter, Ada").
 *
 * @example
 * // "survived by his wife, Grace Adeyemi; son, Emeka" with `k` at "son": `own` of "wife"
 */
export function listedKin(text: string, ws: readonly Word[], k: number, kin: (folded: string) => boolean, own: (j: number) => boolean): boolean {
  for (let i = 0, j = k; i < 8 && j >= 0; i++, j = semicolonKin(text, ws, j, kin)) if (own(j)) return true;
  return false;
}

/** Words that end a possessive's phrase before a word for a relative: no modifier of it ("his car and wife"). */
const NOT_MODIFIER: ReadonlySet<string> = new Set(
  ('and or but nor with without to for of from by at in on into onto the a an his her their its our my your is was are ' +
    'were be been being has had have who whom whose which that this these those as than then so if when where while ' +
    'after before since until about over under near not no said says told asked y o con sin para por de del en el la ' +
    'los las su sus un una es era fue que quien').split(' '),
);

/**
 * Whether a word may stand between a possessive and the word for a relative as a modifier beyond the listed ones
 * (re-attack 23 P4): a lower-case word that is no function word ("his pregnant wife", "His longtime partner", "his
 * high school sweetheart", "his common-law wife"), or an age ("his 7-year-old son").
 *
 * @example
 * kinModifier({ text: 'pregnant', folded: 'pregnant', start: 4, end: 12 }); //=> true
 * kinModifier({ text: 'with', folded: 'with', start: 4, end: 8 }); //=> false
 */
export function kinModifier(w: Word): boolean {
  if (/^\d{1,2}-(?:year|month|week|day|ano|anos)s?-old$/u.test(w.folded)) return true;
  return /^\p{Ll}[\p{Ll}-]{2,24}$/u.test(w.text) && !NOT_MODIFIER.has(w.folded) && !w.folded.endsWith('-');
}

/**
 * Whether a folded word before an adjective makes the adjective a relative's modifier: a possessive or an article
 * ("his pregnant wife", "the officer's grieving widow"; not "who lost their father": re-attack 23 P4).
 *
 * @example
 * possessor("officer's"); //=> true
 * possessor('who'); //=> false
 */
export function possessor(folded: string): boolean {
  return ['his', 'her', 'their', 'su', 'sus', 'the', 'a', 'an'].includes(folded) || /['’]s?$/u.test(folded);
}
