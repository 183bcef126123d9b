/**
 * Common English and Spanish words that are also surnames (the dictionary words among frequent US census surnames:
 * "glass", "hunt", "call", "walker", "shot", "lago"), beyond the shorter `EVERYDAY` list. Written in lower case in
 * a text that otherwise uses capitals, such a word is the word ("broken glass", "please call 911", "hacia el lago"
 * for an officer Glass, Call, Lago: red team 17 read "broken an officer", "Please an officer 911"); in a text all in
 * lower case it stays withheld, privacy first. A few are verbs an instruction opens with ("Call 911", "Stay
 * inside", "Lock your doors"). Capitalised or after a title the word is the officer ("Call was shot").
 */
import type { FoldedText } from './fold.js';
import { sentenceInitial, wordAfter, wordBefore } from './context.js';
import { table } from '../table.js';

/**
 * The words, folded (no accents: "montana" is "montaña").
 *
 * @example
 * COMMON_WORD_SURNAMES.has('glass'); //=> true
 */
export const COMMON_WORD_SURNAMES: ReadonlySet<string> = new Set(
  (
    // trades and roles
    'walker turner miller carpenter butler farmer shepherd weaver potter fowler archer bowman chandler draper sawyer ' +
    'tanner glover slater thatcher fuller dyer barber brewer cooper wheeler painter singer rider runner driver keeper ' +
    'ranger trader banker skinner gardener marshal marshall sheriff judge major guard bishop prince queen duke earl ' +
    'priest monk abbot nurse friend child person mayor squire sergeant constable steward ' +
    // nature, animals, plants, weather
    'glass crane fish bird swan hawk crow finch sparrow wren bull bear buck colt fox wolf drake lamb salmon eagle dove ' +
    'forest meadow meadows brook brooks pond moss heath dale vale glen cliff shore coast well wells spring springs frost ' +
    'flood thorn ash oak pine birch elm holly ivy hazel berry cherry lemon bloom flower flowers garden bean salt pepper ' +
    'honey sugar branch leaf tree trees sand sands clay cotton wheat stone rock field fields ' +
    // things and places
    'castle tower gate gates bridge bridges mill mills barn barns hook nail bolt lance spear shield hammer cannon ' +
    'temple chambers bond bonds pound penny dollar diamond pearl steel iron copper plant pool shell ring table camp ' +
    // actions, states, everyday nouns and adjectives of an alert
    'call hunt stay lock safe story alert armed dodge shot chase rush pace battle chance craft deal fine gamble ' +
    'hurt kind land luck mercy pride quick riddle savage sage speed stamp stark strange stout trust wild worth ' +
    'proud bold keen gentle moody merry lively early late hale fair sly blank english french ' +
    // Spanish (red team 17: "hacia el lago" for an officer Lago)
    'lago montana monte rio valle fuente torre iglesia castillo molino herrero soldado conejo zorro oso vaca carnero ' +
    'pena arena arenas ribera orilla costa puerto puente llanos bosque selva flor lirio olivo oliva roble robles ' +
    'naranjo manzano estrella cielo lluvia rocio aurora sala casa casas plaza calle villa soto mercado duque conde ' +
    'marques obispo monje fraile abad nieto hermano angel angeles cortes'
  ).split(' '),
);

/** What a person is or did right after the word ("park died", "luna murió"). */
const PERSON_DID: ReadonlySet<string> = new Set('died dies fell collapsed survived succumbed returned radioed murio fallecio cayo sobrevivio'.split(' '));
/** What was done to a person after "was", "is", "fue" ("park was shot", "luna fue baleado"). */
const DONE_TO: ReadonlySet<string> = new Set(
  ('shot killed hit wounded injured struck stabbed ambushed slain transported taken pronounced hospitalized airlifted ' +
    'baleado baleada herido herida asesinado asesinada muerto muerta trasladado trasladada').split(' '),
);
/** Verbs whose object is a person ("the suspect shot hill", "mató a luna"). */
const DID_TO: ReadonlySet<string> = new Set('shot shoots killed kills hit ambushed wounded stabbed struck murdered executed'.split(' '));
/** Spanish verbs whose object is a person after "a" ("mató a luna"). */
const SPANISH_DID_TO: ReadonlySet<string> = new Set('mato hirio baleo asesino ataco embistio'.split(' '));

/**
 * Whether the word at `[s, e)` is used as a person (red team 18: "park was shot in the chest", "The suspect shot
 * hill twice", "luna fue baleado" for an officer Park, Hill, Luna): before what a person did or what was done to
 * one ("died", "was shot", "is in critical condition"), or the object of a verb that takes a person ("shot", "mató
 * a"). Reads a few words either side: linear.
 *
 * @example
 * const text = 'park was shot.';
 * usedAsPerson(foldText(text).text, 0, 4); //=> true
 */
export function usedAsPerson(t: string, s: number, e: number): boolean {
  const after = t[e] === ' ' ? wordAfter(t, e) : '';
  if (PERSON_DID.has(after)) return true;
  if (after === 'was' || after === 'is' || after === 'fue' || after === 'esta') {
    const q = e + 1 + after.length;
    const next = wordAfter(t, q);
    if (DONE_TO.has(next)) return true;
    // "is in critical condition", "is in serious but stable condition"
    if (next === 'in' && /^ in (?:[a-z]+ ){1,4}condition\b/.test(t.slice(q, q + 50))) return true;
  }
  const before = t[s - 1] === ' ' ? wordBefore(t, s) : '';
  if (DID_TO.has(before)) return true;
  // Spanish "a" before the person: "mató a luna"
  return before === 'a' && t[s - 3] === ' ' && SPANISH_DID_TO.has(wordBefore(t, s - 2));
}

/** Verbs an instruction opens with, and the words after them there ("Call 911", "Stay inside", "Lock your doors"). */
const INSTRUCTIONS: Readonly<Record<string, ReadonlySet<string>>> = table({
  call: new Set('911 9 1 police law authorities crime local your immediately now us the'.split(' ')),
  stay: new Set('away inside indoors home alert clear back in out safe calm put vigilant where off'.split(' ')),
  lock: new Set('your all doors the up windows'.split(' ')),
});
/** Words after "Call the" that make it the instruction ("Call the police"); "Call the suspect" is not one. */
const CALL_THE: ReadonlySet<string> = new Set('police authorities tip sheriff number hotline fbi'.split(' '));

/** How far either side a capital letter is looked for (a bounded window: linear over the matches). */
const WINDOW = 300;

/**
 * Whether the text near `[s, e)` has a capital letter outside the word: it uses capitals, so a lower-case word is one.
 *
 * @example
 * const text = 'Witnesses heard broken glass.';
 * capitalsNear(text, foldText(text), 23, 28); //=> true
 */
export function capitalsNear(original: string, f: FoldedText, s: number, e: number): boolean {
  const before = original.slice(Math.max(0, f.start(s) - WINDOW), f.start(s));
  const after = original.slice(f.end(e - 1), f.end(e - 1) + WINDOW);
  return /\p{Lu}/u.test(before) || /\p{Lu}/u.test(after);
}

/**
 * Why the name part at `[s, e)` is a common word here, or undefined: written in lower case in a text with
 * capitals ("broken glass", "please call 911"), or an instruction's opening verb at a
 * sentence start ("Call 911.", "Stay inside."). Never before "'s" ("hunt's radio" is the officer's).
 *
 * @example
 * const text = 'Witnesses heard broken glass.';
 * commonWordSense(text, foldText(text), 23, 28, 'glass'); //=> 'an everyday word written in lower case'
 */
export function commonWordSense(original: string, f: FoldedText, s: number, e: number, needle: string): string | undefined {
  const t = f.text;
  if (t[e] === "'" || t[e] === '\u2019') return undefined;
  const written = original.slice(f.start(s), f.end(e - 1));
  const known = COMMON_WORD_SURNAMES.has(needle) || (needle.endsWith('s') && COMMON_WORD_SURNAMES.has(needle.slice(0, -1)));
  if (known && written === written.toLowerCase() && capitalsNear(original, f, s, e) && !usedAsPerson(t, s, e)) return 'an everyday word written in lower case';
  const next = INSTRUCTIONS[needle];
  if (next === undefined || t[e] !== ' ' || !sentenceInitial(original.slice(0, f.start(s)))) return undefined;
  const after = wordAfter(t, e);
  if (!next.has(after) || /\p{Lu}/u.test(original.slice(f.start(e + 1), f.end(e + 1)))) return undefined;
  if (needle === 'call' && after === 'the' && !CALL_THE.has(wordAfter(t, e + 4))) return undefined;
  return 'an instruction at the start of a sentence';
}
