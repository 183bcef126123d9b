/**
 * Surnames that are the generic word of a place's or a brand's name, and plural name parts inside place names
 * (red team 17): "Cheesman Park", "Main Street", "Capitol Hill", "Taco Bell" for an officer Park, Street, Hill,
 * Bell; "Calle Luna" for an officer Calle; "Daniels Park Rd", "Las Vegas", "Cherry Hills Village" for an officer
 * Daniel, Vega, Cherry Hill. The officer stays withheld where the word is the person ("Officer Park was shot",
 * "Park returned fire", "Yesterday Park was shot"), and another person's name that shares it is "[name withheld]"
 * ("Neil Young", "Grace Park said"), never a false role.
 */
import type { FoldedText } from './fold.js';
import { PLACE_AFTER, PLACE_BEFORE, capitalAt, titleBefore, wordAfter, wordBefore } from './context.js';
import { relativeGiven } from './people.js';

/** Two-word brand names people give as places ("Taco Bell", "Burger King"), folded. */
const BRANDS: ReadonlySet<string> = new Set([
  'taco bell', 'burger king', 'dairy queen', 'pizza hut', 'waffle house', 'olive garden', 'red lobster', 'cracker barrel',
  'dollar tree', 'dollar general', 'rite aid', 'best buy', 'home depot', 'whole foods', 'jack box', 'family dollar',
  'long john', 'white castle', 'golden corral', 'panda express', 'circle k', 'food lion', 'piggly wiggly', 'texas roadhouse',
]);
/** Words after a name that say what a person did or was ("Grace Park said", "Neil Young was"). */
const PERSON_VERBS: ReadonlySet<string> = new Set(
  'said says told tells shot shoots fired fires died dies drove drives ran runs fled flees returned radioed called calls saw sees heard was is has had will would did does who'.split(' '),
);
/** A place's state after "was"/"is" ("Main Street was closed"): the place, not a person. */
const PLACE_STATES: ReadonlySet<string> = new Set('closed blocked evacuated searched cordoned shut open reopened locked quiet empty crowded busy'.split(' '));

/**
 * What a name part at `[s, e)` that is a place's generic word is after another capitalised word (no title, no
 * part of the officer's name, no word that opens a sentence): `'place'` (keep it, "Cheesman Park", "Taco Bell"),
 * `'person'` (another person who shares it: "Grace Park said", withheld as "[name withheld]"), or undefined when
 * it is no place word or no such word stands before it. `other` is the length back to that word's start.
 *
 * @example
 * const text = 'He fled into Cheesman Park.';
 * placeWordAfterName(text.toLowerCase(), text, foldText(text), 22, 26, new Set(['jin', 'park'])); //=> { sense: 'place', other: 9 }
 */
export function placeWordAfterName(t: string, original: string, f: FoldedText, s: number, e: number, parts: ReadonlySet<string>): { sense: 'place' | 'person'; other: number } | undefined {
  const needle = t.slice(s, e);
  const other = relativeGiven(t, original, f, s, parts);
  if (other === 0 || t[s - 1] !== ' ') return undefined;
  const first = wordBefore(t, s);
  const brand = BRANDS.has(`${first} ${needle}`);
  if (!brand && !PLACE_AFTER.has(needle)) return undefined;
  if (brand) return { sense: 'place', other };
  const after = t[e] === ' ' && !capitalAt(original, f, e + 1) ? wordAfter(t, e) : '';
  const state = after === 'was' || after === 'is' ? wordAfter(t, e + after.length + 1) : '';
  if (PERSON_VERBS.has(after) && !PLACE_STATES.has(state)) return { sense: 'person', other };
  return { sense: 'place', other };
}

/**
 * Whether the surname at `[s, e)` is a street word of another language before a street's name: "la Calle Luna",
 * "down Calle Real" for an officer Calle (a capitalised word after it that is no part of the officer's name and
 * no title; "Calle returned fire" is the officer).
 *
 * @example
 * const text = 'Huyó por la Calle Luna.';
 * streetWordBeforeName(text.toLowerCase(), text, foldText(text), 12, 17, new Set(['pilar', 'calle'])); //=> true
 */
export function streetWordBeforeName(t: string, original: string, f: FoldedText, s: number, e: number, parts: ReadonlySet<string>): boolean {
  const needle = t.slice(s, e);
  if (!PLACE_BEFORE.has(needle) || t[e] !== ' ' || !capitalAt(original, f, s) || !capitalAt(original, f, e + 1)) return false;
  const next = wordAfter(t, e);
  return next.length > 1 && !parts.has(next) && titleBefore(t, e + 1 + next.length) === undefined && !PERSON_VERBS.has(next);
}

/** The plural ending right at `e` ("s", "es") before no letter or digit, or ''. */
function pluralAt(t: string, e: number): string {
  return /^(?:s|es)(?![\p{L}\p{N}])/u.exec(t.slice(e, e + 3))?.[0] ?? '';
}

/**
 * Whether a name part written in the plural at `[s, e)` is in a place's name: before a capitalised place word
 * ("Daniels Park Rd", "Cherry Hills Village") or after "Las", "Los" ("Las Vegas", "Los Reyes"), never "the
 * officer's family".
 *
 * @example
 * const text = 'He fled toward Las Vegas.';
 * pluralPlace(text.toLowerCase(), text, foldText(text), 19, 23); //=> true
 */
export function pluralPlace(t: string, original: string, f: FoldedText, s: number, e: number): boolean {
  const plural = pluralAt(t, e);
  if (plural === '' || !capitalAt(original, f, s)) return false;
  const q = e + plural.length;
  if (t[q] === ' ' && PLACE_AFTER.has(wordAfter(t, q)) && capitalAt(original, f, q + 1)) return true;
  const before = wordBefore(t, s);
  return t[s - 1] === ' ' && (before === 'las' || before === 'los') && capitalAt(original, f, s - 4);
}
