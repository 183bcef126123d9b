/**
 * Whether a name part stands in a place's name, where the scan of one name term (`word-hits.ts`) asks: a place
 * word after it ("the Dan Ryan Expressway"), a street named after someone ("Martin Luther King Jr Blvd"), a name
 * part in a location field, and the person after a street's abbreviation and its full stop ("Elm St. Street died").
 */
import { isWordChar, type FoldedText } from './fold.js';
import { SENTENCE_NEXT, TOWN_TAIL, uniformCase } from './uniform-case.js';
import { opensNoPlace } from './place-words.js';
import { PLACE_AFTER, capitalAt, capitalisedWordBefore, familyAfter, placeContext, placeNameFollows, wordAfter, wordBefore, LOCATIVE } from './context.js';
import type { WordSets } from './word-hits.js';

/**
 * Compass words, as they open a street's name ("West Colfax") or a direction from a place ("north of Houston").
 *
 * @example
 * COMPASS_WORDS.has('northwest'); //=> true
 */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/**
 * Whether one or two capitalised words that are no part of the officer's name, then a capitalised place word,
 * follow a name part: the place is named after someone else ("the Dan Ryan Expressway", "Daniel Boone Parkway"
 * for an officer Daniel: red team, "Last seen on The trooper Ryan Expy" was published).
 *
 * @example
 * const text = 'near the Dan Ryan Expressway';
 * placeAhead(foldText(text).text, text, foldText(text), 12); //=> true
 */
export function placeAhead(t: string, original: string, f: FoldedText, e: number): boolean {
  let q = e;
  for (let n = 0; n < 2; n++) {
    const w = wordAfter(t, q);
    if (w === '' || t[q] !== ' ' || !capitalAt(original, f, q + 1) || PLACE_AFTER.has(w)) break;
    q += w.length + 1;
  }
  return q > e && t[q] === ' ' && PLACE_AFTER.has(wordAfter(t, q)) && capitalAt(original, f, q + 1);
}

/** Street words that end a street's name ("Blvd", "Avenue"); not places a person may stand by ("Park", "Hill"). */
const STREET_END: ReadonlySet<string> = new Set(['street', 'st', 'avenue', 'ave', 'boulevard', 'blvd', 'drive', 'dr', 'road', 'rd', 'parkway', 'pkwy', 'highway', 'hwy', 'way', 'lane', 'ln', 'expressway', 'freeway']);

/**
 * Whether one to three capitalised words after `e` (a "Jr" or "Sr" among them) end in a capitalised street word:
 * the word at `e` is in a street's name ("Martin Luther King Jr Blvd"). Linear: at most five words.
 *
 * @example
 * const text = 'toward Martin Luther King Jr Blvd';
 * streetNamedAfter(foldText(text).text, text, foldText(text), 13); //=> true
 */
export function streetNamedAfter(t: string, original: string, f: FoldedText, e: number): boolean {
  let q = e;
  let words = 0;
  for (let n = 0; n < 5 && t[q] === ' ' && capitalAt(original, f, q + 1); n++) {
    const w = wordAfter(t, q);
    if (STREET_END.has(w)) return n > 0;
    q += w.length + 1;
    if (t[q] === '.') q++;
    if (w !== 'jr' && w !== 'sr') words++;
    if (words > 3) return false;
  }
  return false;
}

/** A radio unit or car number right before a name, with a bracket, comma, dash or space between ("unit 12 ("). */
const UNIT_BESIDE = /(?:unit|car|units|unidad|patrol) ?#?\d{1,5}[a-z]?(?: ?[(,:-] ?| )$/u;

/**
 * Whether a name part in a location field is a place's word there: a place's name follows or it follows one, or a
 * place context, but not the name alone after a locative word, nor before what a person did (split from
 * `untitledPart`; the caller has checked the field is a location and the word no possessive).
 *
 * @example
 * const text = 'Okafor Park';
 * placeInLocation(sets, foldText(text).text, text, foldText(text), 0, 6, 'okafor'); //=> true
 */
export function placeInLocation(sets: WordSets, t: string, original: string, f: FoldedText, s: number, e: number, needle: string): boolean {
  // the name beside a radio unit is the person in that car ("Unit 12 (Okafor) traffic stop", "W Colfax Ave (Unit
  // 12, King)": red team 19 L9)
  if (UNIT_BESIDE.test(t.slice(Math.max(0, s - 16), s))) return false;
  // the surname alone as the whole of a location field ("destinations": ["Okafor"]) or right after a locative
  // word ("near Okafor") is not read as a place; with a place word after it ("near Okafor Park") it is
  // ("north of Houston" is a direction from a place: red team, "I-45 north of an officer" was published)
  const compassOf = wordBefore(t, s) === 'of' && t[s - 1] === ' ' && COMPASS_WORDS.has(wordBefore(t, s - 3));
  // (a place-word surname too, after a locative word: "near Hill" for an officer Hill, red team 18; alone as the
  // whole field it may be the place's own word)
  const alone = !compassOf && (PLACE_AFTER.has(needle) ? LOCATIVE.has(wordBefore(t, s)) && t[s - 1] === ' ' : t.slice(0, s).trim() === '' || LOCATIVE.has(wordBefore(t, s)));
  // a given name too when a lower-case word follows it ("near Ng said" for an officer Ng Chen: property
  // test); "Aurora", "near Aurora, CO" and "near Aurora Mall" are still the place (issue 13)
  // in a location field, a capitalised word after it that is no name part ("Castle Rock", "Wells Fargo") or a
  // state after a comma ("Lincoln, Nebraska") makes it a place's name (red team 9)
  const properPlace = placeNameFollows(t, original, f, e, sets.nameSets.partSet);
  const uniform = uniformCase(original);
  const wholeField =
    alone &&
    !properPlace &&
    ((sets.nameSets.surnames.has(needle) && /^(?:[\s.,;:!?]|$)/u.test(t.slice(e, e + 1)) && !PLACE_AFTER.has(wordAfter(t, e))) ||
      (t[e] === ' ' && isWordChar(t[e + 1]) && (!capitalAt(original, f, e + 1) || uniform) && !PLACE_AFTER.has(wordAfter(t, e))));
  // (in text all in capitals or in title case a capitalised word before says nothing: "WHERE YOUNG FELL", red
  // team 17; a place's last word is still the place's, "CASTLE ROCK" for an officer Rock)
  const placeBefore = capitalisedWordBefore(original, f, s) && !sets.nameSets.partSet.has(wordBefore(t, s)) && !opensNoPlace(wordBefore(t, s)) && (!uniform || TOWN_TAIL.has(needle));
  // (what a person did after it is no place: "STREET WAS SHOT" for an officer Street, red team 17)
  return !wholeField && !familyAfter(t, s, e) && !SENTENCE_NEXT.has(wordAfter(t, e)) && (properPlace || placeContext(t, s) || placeBefore);
}

/** Street words written short, before a full stop ("Ave.", "St.", "Rd."). */
const STREET_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'ave', 'av', 'rd', 'blvd', 'dr', 'ln', 'ct', 'hwy', 'pkwy', 'pl', 'ter', 'trl', 'cir', 'expy', 'fwy']);

/**
 * Whether the capitalised word at `[s, e)` comes before what a person did ("was", "died", `SENTENCE_NEXT`) after a
 * street's abbreviation and its full stop within the 40 characters before it: the full stop may end the sentence,
 * so the word is no place's ("Elm St. Street died"). Reads a bounded slice.
 *
 * @example
 * const text = 'Elm St. Street died';
 * personAfterStreetStop(foldText(text).text, text, foldText(text), 8, 14); //=> true
 */
export function personAfterStreetStop(t: string, original: string, f: FoldedText, s: number, e: number): boolean {
  if (!capitalAt(original, f, s) || t[e] !== ' ' || !SENTENCE_NEXT.has(wordAfter(t, e))) return false;
  const near = t.slice(Math.max(0, s - 40), s);
  const stop = near.lastIndexOf('. ');
  if (stop < 0) return false;
  const word = /(?:^|[^\p{L}])(\p{L}+)$/u.exec(near.slice(Math.max(0, stop - 8), stop))?.[1] ?? '';
  return STREET_ABBREVIATIONS.has(word);
}
