/**
 * A nickname from the name field that is a word of its own ("Tattoo", "Hoodie", "Boots", "Dent"), read where it is
 * written: the lower-case thing in a suspect's description ("tattoo on neck", "black hoodie") or in prose that uses
 * capitals ("He has a tattoo on his arm") is that thing (re-attack 20 F4, F11); capitalised, in quotes, after a
 * title or the given name, or used as a person ("the suspect shot tattoo") it is the officer.
 */
import type { FoldedText } from './fold.js';
import type { ScanMode } from './matcher.js';
import { capitalsNear, usedAsPerson } from './everyday-words.js';
import { PERSON_NEXT, sentenceInitial, wordAfter, wordBefore } from './context.js';

/** Quote marks a nickname is written in ("'Tattoo'", "“tattoo”"). */
const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '(']);

/** Words before a nickname that name the person by it ("known as ziggy", "called dent", "apodado tattoo"). */
const NAMED_BEFORE: ReadonlySet<string> = new Set('as called named nicknamed dubbed aka alias apodado apodo llamado llamaban dicen como'.split(' '));

/**
 * Why the nickname word at `[s, e)` is the everyday thing here, or undefined: written in lower case, not in quotes,
 * not before "'s", not used as a person, not after "known as", "called"; in a suspect's description or a structured
 * value always, in other text only after an article, a possessive, a number or a verb that takes a thing ("a
 * tattoo", "wore boots"), where the text uses capitals (in text all in lower case it stays withheld, privacy first).
 * In a suspect's description it is the thing also capitalised at the start of an item before a
 * comma or a lower-case word ("Boots, jeans", "Tattoo on neck"), never before what a person did ("Tattoo was").
 *
 * @example
 * const text = 'He has a tattoo on his arm.';
 * nicknameWordSense(text, foldText(text), 9, 15, 'free'); //=> 'an everyday word written in lower case'
 */
export function nicknameWordSense(original: string, f: FoldedText, s: number, e: number, mode: ScanMode): string | undefined {
  const t = f.text;
  const written = original.slice(f.start(s), f.end(e - 1));
  if (QUOTES.has(t[s - 1] ?? '') || QUOTES.has(t[e] ?? '') || usedAsPerson(t, s, e) || NAMED_BEFORE.has(wordBefore(t, s))) return undefined;
  if (written !== written.toLowerCase()) return mode === 'suspect' && itemOpening(original, f, s, e, written) ? 'an everyday word opening a description' : undefined;
  if (mode === 'suspect' || mode === 'structured') return 'an everyday word written in lower case';
  // in other text, as a thing: after an article, a possessive, a number or a verb that takes a thing ("a tattoo",
  // "his boots", "wore boots"); "we love you hoss" is the officer, privacy first
  // (nor before what a person is or did: "the hoss we knew was a hero", "a tattoo was beloved by all")
  const after = t[e] === ' ' ? wordAfter(t, e) : '';
  // ("and" goes on with another thing: "a tattoo and a scar")
  if ((PERSON_NEXT.has(after) && after !== 'and') || PRONOUNS.has(after)) return undefined;
  const before = wordBefore(t, s);
  return capitalsNear(original, f, s, e) && (THING_BEFORE.has(before) || /^\d+$/u.test(before)) ? 'an everyday word written in lower case' : undefined;
}

/** Pronouns after a nickname that make it a person spoken of ("the hoss we knew"). */
const PRONOUNS: ReadonlySet<string> = new Set(['we', 'i', 'you', 'they', 'he', 'she', 'everyone', 'everybody']);

/** Words a thing follows in prose ("a tattoo", "his boots", "wearing a hoodie", "with tattoos", "un tatuaje"). */
const THING_BEFORE: ReadonlySet<string> = new Set(
  ('a an the his her their its our your my this that these those some any no one two three several many each every ' +
    'another other same new old black white red blue green gray grey brown dark light large small big ' +
    'with without wearing wore wears worn has had have having carrying carried holding held' +
    ' un una unos unas el la los las su sus con sin').split(' '),
);

/** Whether a capitalised word opens an item of a description ("Boots, jeans", "Tattoo on neck"), not a person's sentence. */
function itemOpening(original: string, f: FoldedText, s: number, e: number, written: string): boolean {
  const t = f.text;
  if (written.slice(1) !== written.slice(1).toLowerCase()) return false;
  const prefix = original.slice(Math.max(0, f.start(s) - 40), f.start(s));
  if (!sentenceInitial(prefix) && !/[,;]\s?$/u.test(prefix)) return false;
  if (e >= t.length || t[e] === ',' || t[e] === ';' || t[e] === '.') return true;
  return t[e] === ' ' && /^\p{Ll}/u.test(original.slice(f.start(e + 1), f.end(e + 1))) && !PERSON_NEXT.has(wordAfter(t, e));
}

/** Endings of an inflected English word ("spiked", "caps", "hooded"). */
const INFLECTIONS: ReadonlySet<string> = new Set(['s', 'es', 'd', 'ed', 'r', 'er', 'ers', 'y', 'ing', 'ings']);

/**
 * Whether the word at `[s, e)` (a handle the joined-word rules found around a nickname that is a word) is that
 * word inflected, in lower case: the nickname, then an ending ("spiked", "spiking" for a nickname "Spike": re-attack
 * 20 F5). A handle with initials before it ("dspike") or digits stays the officer's.
 *
 * @example
 * const text = 'spiked wheels';
 * nicknameInflected(text, foldText(text), 'spike', { s: 0, e: 6 }); //=> true
 */
export function nicknameInflected(original: string, f: FoldedText, needle: string, found: { s: number; e: number }): boolean {
  const written = original.slice(f.start(found.s), f.end(found.e - 1));
  // ("spiked" is "spike" and "d"; "spiking" is "spik" and "ing")
  const rest = written.startsWith(needle) ? written.slice(needle.length) : needle.endsWith('e') && written.startsWith(needle.slice(0, -1)) ? written.slice(needle.length - 1) : undefined;
  return rest !== undefined && INFLECTIONS.has(rest) && /^\p{Ll}+$/u.test(written);
}
