/**
 * Everyday senses of short surnames that the function-word rules miss (red team 16): a state code ("Toledo, OH"
 * for an officer Oh), "Do NOT", "No arrests", "No. 5", the article before a participle, an acronym or a number
 * ("An armed man", "An SUV", "An 18-wheeler"), a county ("Larimer Co."), and "Van" as a vehicle ("a white Van").
 * The officer stays withheld where the word is the person ("Officer Do", "Do was shot", "An opened fire").
 */
import { stateByAbbr } from '../area/codes.js';
import type { FoldedText } from './fold.js';
import { VEHICLE_MAKES, capitalAt, sentenceInitial, wordAfter, wordBefore } from './context.js';

/** Participles used as adjectives before a noun ("An armed man"): the article's, not what an officer An did. */
const PARTICIPLE_ADJECTIVES: ReadonlySet<string> = new Set(
  'armed unarmed injured wounded unmarked marked masked unmasked unknown unidentified stolen abandoned armored licensed elderly off-duty undercover unnamed'.split(' '),
);
/** Words after a participle that show it is no verb with an object ("An armed the suspect" is not English). */
const NOT_A_NOUN: ReadonlySet<string> = new Set('with and the a an his her their him them at to on in by from for fire himself herself'.split(' '));
/** What "Do" goes on with as the verb ("Do not approach", "Do call 911"). */
const DO_NEXT: ReadonlySet<string> = new Set('not call report contact stay keep share help remain dial'.split(' '));
/** Verbs after "No" that end in -s ("No was shot" is the officer, "No arrests" the word). */
const NO_VERBS: ReadonlySet<string> = new Set('was is has does says remains lives works serves'.split(' '));
/** Verbs of a person after a name in capitals that take no "-ed" ("NO SHOT THE SUSPECT", "NO DIED"). */
const SAID_OF_PERSON: ReadonlySet<string> = new Set('shot died fired fled ran fell drove had did will would can could may might must should is'.split(' '));
/** Words before "Van" that make it the vehicle: colours and determiners ("a white Van", "the Van"). */
const VAN_BEFORE: ReadonlySet<string> = new Set(
  'a the his her their our white black gray grey silver red blue green tan brown maroon gold beige dark light stolen cargo passenger utility'.split(' '),
);
/** Letters said with a vowel sound first ("an SUV", "an FBI agent", "an MRAP"). */
const VOWEL_SOUND_LETTERS = 'AEFHILMNORSX';
/** Words after a state code that make it the plate's state ("CO plate ABC1234"). */
const PLATE_WORDS: ReadonlySet<string> = new Set(['plate', 'plates', 'tag', 'tags', 'license', 'registration']);

/** The letters right before `end` (at most 30). */
function lettersBefore(t: string, end: number): string {
  let i = end;
  while (i > 0 && end - i < 30 && LETTER.test(t.charAt(i - 1))) i--;
  return t.slice(i, end);
}
const LETTER = /^\p{L}$/u;

/** The original text of folded `[s, e)`. */
function written(original: string, f: FoldedText, s: number, e: number): string {
  return original.slice(f.start(s), f.end(e - 1));
}

/** A two-letter state code in capitals after a place and a comma, or before a plate word ("Toledo, OH", "CO plate"). */
function stateCodeSense(original: string, f: FoldedText, s: number, e: number): boolean {
  const t = f.text;
  const text = written(original, f, s, e);
  if (e - s !== 2 || text !== text.toUpperCase() || stateByAbbr(text) === undefined) return false;
  const place = t[s - 1] === ' ' && t[s - 2] === ',' ? lettersBefore(t, s - 2) : '';
  const afterComma = place !== '' && place !== text.toLowerCase() && capitalAt(original, f, s - 2 - place.length);
  return afterComma || (t[e] === ' ' && PLATE_WORDS.has(wordAfter(t, e)));
}

/** "An" as the article at a sentence start: before a participle adjective and a noun, a noun in -ss, an acronym or 8/11/18. */
function articleSense(original: string, f: FoldedText, e: number, after: string): boolean {
  const t = f.text;
  if (PARTICIPLE_ADJECTIVES.has(after)) {
    const third = wordAfter(t, e + 1 + after.length);
    return third !== '' && !NOT_A_NOUN.has(third) && !capitalAt(original, f, e + 2 + after.length);
  }
  if (after.endsWith('ss')) return true;
  const next = written(original, f, e + 1, e + 1 + Math.max(1, after.length));
  if (after.length >= 2 && after.length <= 5 && next === next.toUpperCase() && /^\p{Lu}+$/u.test(next)) return VOWEL_SOUND_LETTERS.includes(next[0] as string);
  return /^(?:8|11|18)(?!\d)/u.test(t.slice(e + 1, e + 4));
}

/**
 * Why a short surname at `[s, e)` is an everyday word here, or undefined: a state code, the verb "Do", the word
 * "No", the article "An", a county "Co.", the vehicle "Van".
 *
 * @example
 * const text = 'Suspect may flee to Toledo, OH.';
 * shortWordSense(text, foldText(text), 27, 29, 'oh'); //=> 'a state code'
 */
export function shortWordSense(original: string, f: FoldedText, s: number, e: number, needle: string): string | undefined {
  const t = f.text;
  if (stateCodeSense(original, f, s, e)) return 'a state code';
  if (needle === 'van' && t[s - 1] === ' ' && (VAN_BEFORE.has(wordBefore(t, s)) || VEHICLE_MAKES.has(wordBefore(t, s)))) return 'a vehicle word';
  if (needle === 'co' && t[e] === '.' && t[s - 1] === ' ' && capitalAt(original, f, s - 1 - wordBefore(t, s).length)) return 'a county';
  if (!sentenceInitial(original.slice(0, f.start(s)))) return undefined;
  const after = t[e] === ' ' ? wordAfter(t, e) : '';
  if (needle === 'do' && DO_NEXT.has(after)) return 'an everyday word at the start of a sentence';
  if (needle === 'no') {
    // (not before what a person did: "NO WAS SHOT" is the officer, red team 17)
    const shout = written(original, f, s, e) === 'NO' && after !== '' && written(original, f, e + 1, e + 1 + after.length) === after.toUpperCase() && !NO_VERBS.has(after) && !after.endsWith('ed') && !SAID_OF_PERSON.has(after);
    const noun = after.endsWith('s') && !after.endsWith('ss') && !NO_VERBS.has(after);
    if (shout || noun || /^[.] ?\d/u.test(t.slice(e, e + 3)) || (t[e] === ',' && t[e + 1] === ' ')) return 'an everyday word at the start of a sentence';
  }
  if (needle === 'an' && t[e] === ' ' && articleSense(original, f, e, after)) return 'an everyday word at the start of a sentence';
  return undefined;
}
