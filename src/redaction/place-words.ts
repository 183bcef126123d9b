/**
 * Surnames that are the generic word of a place's or a brand's name, and plural name parts inside place names
 * (red team 17): "Cheesman Park", "Main Street", "Capitol Hill", "Taco Bell" for an officer Park, Street, Hill,
 * Bell; "Calle Luna" for an officer Calle; "Daniels Park Rd", "Las Vegas", "Cherry Hills Village" for an officer
 * Daniel, Vega, Cherry Hill. The officer stays withheld where the word is the person ("Officer Park was shot",
 * "Park returned fire", "Yesterday Park was shot"), and another person's name that shares it is "[name withheld]"
 * ("Neil Young", "Grace Park said"), never a false role.
 */
import { isKinWord } from './kin-words.js';
import { SENTENCE_NEXT, uniformCase } from './uniform-case.js';
import { isWordChar, type FoldedText } from './fold.js';
import { isStateName } from '../area/codes.js';
import { FAMILY_NEXT, PERSON_NEXT, PLACE_AFTER, PLACE_BEFORE, capitalAt, titleBefore, wordAfter, wordBefore } from './context.js';
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

/** Whether a relative word is among the three words before `at` ("his wife Grace Park", "wife, Grace Park"). */
function kinBefore(t: string, at: number): boolean {
  let q = at;
  for (let n = 0; n < 3; n++) {
    // past the space (and a comma) before the word
    let k = q;
    while (k > 0 && at - k < 60 && (t[k - 1] === ' ' || t[k - 1] === ',')) k--;
    const end = k;
    while (k > 0 && end - k < 20 && /\p{L}/u.test(t[k - 1] as string)) k--;
    if (k === end) return false;
    if (isKinWord(t.slice(k, end))) return true;
    q = k;
  }
  return false;
}
/** A place's state after "was"/"is" ("Main Street was closed"): the place, not a person. */
const PLACE_STATES: ReadonlySet<string> = new Set('closed blocked evacuated searched cordoned shut open reopened locked quiet empty crowded busy'.split(' '));

/** Words that open no place's name (a question word, an article, a preposition, a verb). */
const NO_PLACE_START: ReadonlySet<string> = new Set(['where', 'when', 'while', 'the', 'a', 'an', 'of', 'at', 'near', 'in', 'on', 'to', 'from', 'by', 'and', 'or', 'was', 'is', 'scene', 'officer', 'rip', 'for', 'with']);
/** Memorial words, interjections, unit and title words, sentence words: they stand before no street's name either. */
const NEVER_BEFORE_PLACE: ReadonlySet<string> = new Set(
  ('where when while was is scene officer rip qepd dep rest goodbye farewell bye adios adieu remember remembering ' +
    'honor honour honoring honouring justice pray praying prayers thank thanks thankyou miss missing mourn mourning ' +
    'salute godspeed amen hi hello hey dear sir our my his her their your we us you they he she it ' +
    'unit badge car patrol squad deputy trooper sergeant sgt lieutenant lt detective det agent agente oficial ' +
    'cpl corporal capt captain chief sheriff marshal ofc ptl patrolman descanse descansa paz siempre ' +
    'gracias homenaje memoria recuerdo viva que donde cuando ' +
    'if but so then also not no yes now today tonight yesterday this that these those who what why how ' +
    'please call contact report help find stop see saw seen shot killed').split(' '),
);
/**
 * Words that open no place's name in any text (red team 18: "RIP Park", "Goodbye Park", "QEPD Church", "Adiós
 * Hill", "near Hill", "Unit Hill" for an officer Park, Hill, Church): the words above, prepositions and function
 * words.
 */
const NEVER_PLACE_START: ReadonlySet<string> = new Set([
  ...NO_PLACE_START,
  ...NEVER_BEFORE_PLACE,
  ...('into toward towards onto upon inside outside behind beside past via about after before against beyond ' +
    'hacia cerca en de del por para con sin desde hasta el la los las un una y o').split(' '),
]);

/**
 * Whether a folded word never opens a place's name ("rip", "goodbye", "near", "unit"), in any text; with
 * `street`, whether it never stands before a street word's name ("goodbye", "where": "toward Lake Michigan" is
 * the lake).
 *
 * @example
 * opensNoPlace('goodbye'); //=> true
 * opensNoPlace('cheesman'); //=> false
 * opensNoPlace('toward', true); //=> false
 */
export function opensNoPlace(word: string, street = false): boolean {
  return (street ? NEVER_BEFORE_PLACE : NEVER_PLACE_START).has(word);
}

/** Words that name a place with a place word after them ("City Park", "Hill Street"). */
const PAIR_FIRST: ReadonlySet<string> = new Set('city hill lake park river creek valley mountain forest'.split(' '));

/**
 * Whether the place-word surname at `s` follows a capitalised place word ("City Park", "Hill Street": red team 18
 * O1), no part of the officer's name, in text not all in capitals or title case.
 */
function placeWordPair(t: string, original: string, f: FoldedText, s: number, parts: ReadonlySet<string>): boolean {
  const first = wordBefore(t, s);
  if (t[s - 1] !== ' ' || !PLACE_AFTER.has(t.slice(s, s + 12).split(/[^\p{L}]/u)[0] ?? '') || !PAIR_FIRST.has(first) || parts.has(first)) return false;
  return capitalAt(original, f, s) && capitalAt(original, f, s - 1 - first.length) && !uniformCase(original);
}

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
  if (other === 0 && placeWordPair(t, original, f, s, parts)) return { sense: 'place', other: s - (s - 1 - wordBefore(t, s).length) };
  if (other === 0 || t[s - 1] !== ' ') return undefined;
  const first = wordBefore(t, s);
  const brand = BRANDS.has(`${first} ${needle}`);
  if (!brand && !PLACE_AFTER.has(needle)) return undefined;
  if (brand) return { sense: 'place', other };
  // a relative word or an honorific before the two words makes them a person ("his wife Grace Park and her son",
  // "Mrs. Grace Park")
  if (titleBefore(t, s - other) !== undefined || kinBefore(t, s - other)) return { sense: 'person', other };
  // (in text all in capitals or title case a capital says nothing, and a function word opens no place's name:
  // "WHERE STREET FELL" for an officer Street, red team 17)
  const uniform = uniformCase(original);
  if (NEVER_PLACE_START.has(first)) return undefined;
  const after = t[e] === ' ' && (uniform || !capitalAt(original, f, e + 1)) ? wordAfter(t, e) : '';
  if (uniform && SENTENCE_NEXT.has(after)) return { sense: 'person', other };
  const state = after === 'was' || after === 'is' ? wordAfter(t, e + after.length + 1) : '';
  // (a past tense too: "Lee Park pursued him"; not a place's state: "Main Street closed")
  const verb = PERSON_VERBS.has(after) || (after.endsWith('ed') && !PLACE_STATES.has(after));
  if (verb && !PLACE_STATES.has(state)) return { sense: 'person', other };
  return { sense: 'place', other };
}

/**
 * Whether the surname at `[s, e)` is a street word before a street's name (`'place'`: "la Calle Luna", "down Calle
 * Real", "Lake Michigan" for an officer Calle, Lake: a capitalised word after it that is no part of the officer's
 * name and no title), another person's given name (`'person'`: "Lake Okafor said"), or neither ("Calle returned
 * fire" is the officer).
 *
 * @example
 * const text = 'Huyó por la Calle Luna.';
 * streetWordBeforeName(text.toLowerCase(), text, foldText(text), 12, 17, new Set(['pilar', 'calle'])); //=> 'place'
 */
export function streetWordBeforeName(t: string, original: string, f: FoldedText, s: number, e: number, parts: ReadonlySet<string>): 'place' | 'person' | undefined {
  const needle = t.slice(s, e);
  if (!PLACE_BEFORE.has(needle) || t[e] !== ' ' || !capitalAt(original, f, s) || !capitalAt(original, f, e + 1)) return undefined;
  const next = wordAfter(t, e);
  if (next.length < 2 || parts.has(next) || titleBefore(t, e + 1 + next.length) !== undefined || PERSON_VERBS.has(next)) return undefined;
  if (!streetNameFollows(t, original, s, e, next)) return undefined;
  // a verb after the two words makes them a person who shares the name ("Lake Okafor said"): "[name withheld]"
  return PERSON_VERBS.has(wordAfter(t, e + 1 + next.length)) ? 'person' : 'place';
}

/** Words after a street-word surname that are no street's name: a family or home word, a sentence or unit word. */
const NO_STREET_NAME: ReadonlySet<string> = new Set([
  ...FAMILY_NEXT, ...SENTENCE_NEXT, ...PERSON_NEXT,
  ...'home homes townhouse apartment condo duplex trailer strong unit badge fund funds foundation scholarship family shooting shot down fell asks thanks says said update'.split(' '),
]);

/**
 * Whether the capitalised word `next` after the street word at `[s, e)` can be a street's or a lake's name (red
 * team 18, for an officer Lake: "Where Lake Fell", "Lake Residence", "Lake Family Asks", "LAKE DOWN", "Goodbye
 * Lake"): no function or memorial word before, no family, home, unit or sentence word after, and in text all in
 * capitals or title case only before a place word ("LAKE SHORE DRIVE").
 */
function streetNameFollows(t: string, original: string, s: number, e: number, next: string): boolean {
  if (t[s - 1] === ' ' && (opensNoPlace(wordBefore(t, s), true) || wordBefore(t, s) === 'the' || wordBefore(t, s) === 'of')) return false;
  if (NO_STREET_NAME.has(next)) return false;
  return !uniformCase(original) || PLACE_AFTER.has(wordAfter(t, e + 1 + next.length));
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

// Places named with a name: "the County of Washington", "Avenida Ponce de León" (moved from `word-hits.ts`).

/** English place nouns written before "of" and a name ("the County of Washington", "the City of Adams"). */
const PLACE_OF: ReadonlySet<string> = new Set(['county', 'city', 'town', 'township', 'village', 'parish', 'borough', 'district', 'isle', 'port', 'lake', 'municipality', 'university', 'college']);

/**
 * "the County of Washington", "the State of Washington", "Washington state" (a state's name only: "the state of
 * Okafor" is the officer's condition): red team 14 read "the County of an officer", "an officer state".
 *
 * @example
 * englishPlaceOf('in the county of washington', 20, 30); //=> true
 */
export function englishPlaceOf(t: string, s: number, e: number): boolean {
  if (wordAfter(t, e) === 'state' && t[e] === ' ') return stateNameAt(t, s);
  if (districtAfter(t, e)) return true;
  if (wordBefore(t, s) !== 'of' || t[s - 1] !== ' ') return false;
  const noun = wordBefore(t, s - 3);
  return PLACE_OF.has(noun) || (noun === 'state' && stateNameAt(t, s));
}

/**
 * "Washington, D.C.", "Washington D.C.", "Washington, DC": the District after the name makes it the city (red team
 * 15: "[name withheld], D.C." for an officer Washington). A linear check of the few characters after `e`.
 */
function districtAfter(t: string, e: number): boolean {
  let i = e;
  if (t[i] === ',') i++;
  if (t[i] !== ' ' || t[i + 1] !== 'd') return false;
  i += 2;
  if (t[i] === '.' && t[i + 1] === 'c') i += t[i + 2] === '.' ? 3 : 2;
  else if (t[i] === 'c') i++;
  else return false;
  return !isWordChar(t[i]);
}

/** Whether a state's name (one to three words: "washington", "nuevo mexico") starts at `s`. */
function stateNameAt(t: string, s: number): boolean {
  const words = /^\p{L}+(?: \p{L}+){0,2}/u.exec(t.slice(s, s + 40))?.[0].split(' ') ?? [];
  return words.some((_w, i) => isStateName(words.slice(0, i + 1).join(' ')));
}

/** Spanish place nouns written before "de" and a name ("condado de Adams", "isla de Vieques"). */
const SPANISH_PLACE_OF: ReadonlySet<string> = new Set(['condado', 'condados', 'ciudad', 'municipio', 'pueblo', 'parroquia', 'isla', 'distrito', 'region', 'provincia', 'villa', 'valle', 'lago', 'bahia', 'puerto', 'playa', 'aeropuerto', 'parque', 'plaza', 'puente', 'estacion', 'area', 'zona', 'sur', 'norte', 'oeste', 'centro']);
// (and place nouns a name follows without "de": "el condado Washington", "el lago Washington": red team 14)
const SPANISH_STREET: ReadonlySet<string> = new Set(['calle', 'avenida', 'ave', 'carretera', 'camino', 'paseo', 'bulevar', 'urbanizacion', 'urb', 'barrio', 'sector', 'residencial', 'colonia', 'calzada', 'condado', 'lago', 'isla', 'municipio', 'pueblo', 'villa', 'valle', 'bahia', 'playa']);

/** Spanish street abbreviations written with a full stop ("Urb. León", "Avda. Reyes", "Carr. 2"). */
const SPANISH_ABBREVIATIONS: ReadonlySet<string> = new Set(['urb', 'ave', 'av', 'avda', 'carr', 'bo', 'col', 'sect', 'res', 'blvd', 'cll', 'c']);

/**
 * A Spanish street word up to four words before `s`, with only capitalised words and particles between: the name
 * part belongs to the street ("Avenida Ponce de León" for an officer León, red team 12: "Avenida Ponce de [name
 * withheld]"). A full stop after any word but an abbreviation ends the search ("hacia el lago. Lago fue").
 *
 * @example
 * const text = 'Huyó por la calle León.';
 * spanishStreetBefore(foldText(text).text, text, foldText(text), 18); //=> true
 */
export function spanishStreetBefore(t: string, original: string, f: FoldedText, s: number): boolean {
  let at = s;
  for (let n = 0; n < 4 && t[at - 1] === ' '; n++) {
    const w = wordBefore(t, at);
    const from = at - 1 - w.length - (t[at - 2] === '.' ? 1 : 0);
    if (w === '' || from < 0) return false;
    // (a line break, or a street's name ended by its abbreviation: "W Colfax Ave\nOkafor", "Alameda Ave. Nguyen"
    // is the officer, red team 19)
    if (sentenceBreakBefore(t, original, f, at)) return false;
    // a full stop ends the sentence after any word but an abbreviation ("Urb. León"): "hacia el lago. Lago fue
    // baleado" is the officer after a lake (red team 17)
    if (t[at - 2] === '.' && !SPANISH_ABBREVIATIONS.has(w)) return false;
    // (Spanish writes the street word in lower case in prose: "por la calle León")
    if (SPANISH_STREET.has(w)) return true;
    // "condado de Washington", "ciudad de Jefferson", "estado de Washington" (a state's name only: "el estado de
    // Okafor" is the officer's condition): red team 13, the build refused its own Spanish "condado de Washington"
    if (n === 1 && (SPANISH_PLACE_OF.has(w) || (w === 'estado' && stateNameAt(t, s)))) return true;
    if (!capitalAt(original, f, from) && !['de', 'del', 'la', 'las', 'los', 'el'].includes(w)) return false;
    at = from;
  }
  return false;
}

/** Street and place abbreviations that may stand before a name ("St. John", "Mt. Evans", "Ave. Reyes"). */
const ABBREVIATIONS_BEFORE_NAME: ReadonlySet<string> = new Set(['st', 'mt', 'ft', 'pt', ...SPANISH_ABBREVIATIONS]);

/**
 * Whether a sentence or a line ends right before the word at `s` (after one space in the folded text): a line
 * break in the original text ("W Colfax Ave\nOkafor returned fire"), a full stop after a whole word ("near Sloan
 * Lake. Okafor returned fire"), or a full stop after an abbreviation that ends a street's name, which a capitalised
 * word or a number comes before ("on Main St. Okafor's partner", "Alameda Ave. Nguyen returned fire"): red team
 * 19, the name after it was read as part of a place ("Lake Okafor", "St. Okafor"). An abbreviation with no street's
 * name before it opens the place ("near St. John", "en la Urb. León", "Ft. Collins"). Linear: a few words back.
 *
 * @example
 * const text = 'Shots on Main St. Okafor returned fire.';
 * sentenceBreakBefore(foldText(text).text, text, foldText(text), 18); //=> true
 */
export function sentenceBreakBefore(t: string, original: string, f: FoldedText, s: number): boolean {
  if (s < 2 || t[s - 1] !== ' ') return false;
  if (/[\n\r\u2028\u2029]/u.test(original.slice(f.end(s - 2), f.start(s)))) return true;
  if (t[s - 2] !== '.') return false;
  const w = wordBefore(t, s);
  if (!ABBREVIATIONS_BEFORE_NAME.has(w)) return true;
  // the word before the abbreviation: a street's name ("Main St.", "5th Ave.") ends there
  const a = s - 2 - w.length;
  const prev = t[a - 1] === ' ' ? wordBefore(t, a) : '';
  if (prev === '' || t[a - 2] === '.' || t[a - 2] === ',') return false;
  return /\p{N}/u.test(prev) || (capitalAt(original, f, a - 1 - prev.length) && !PLACE_BEFORE.has(prev));
}
