/**
 * Compass and street words that are also surnames (West, North, Lane, Street), read where they are directions or
 * streets: "West of Federal", "West Denver", "North and south lanes", "West on 6th Ave." for an officer West or
 * North; "Street closures", "Lane closures", "Street parking" for an officer Street or Lane (re-attack 20 F6, F8:
 * "An officer of Federal", "The officer closures"). After a title, with the given name, before what a person did
 * ("West was shot", "Lane returned fire") or before "'s" the word is the officer: the callers ask only for an
 * untitled part, and these rules never take a word a person's verb follows.
 */
import type { FoldedText } from './fold.js';
import { COMPASS, capitalAt, PERSON_NEXT, PLACE_AFTER, wordAfter, MONTHS } from './context.js';
import { SENTENCE_NEXT, uniformCase } from './uniform-case.js';

/** Compass words a surname may be. */
const COMPASS_SURNAMES: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Street words a surname may be ("Amy Lane", "Amy Street"). */
const STREET_SURNAMES: ReadonlySet<string> = new Set(['street', 'lane', 'road', 'way', 'court', 'drive', 'avenue', 'highway', 'park', 'bridge']);
/** Nouns a street or a compass word goes before ("Street closures", "Lane closures", "West side", "North entrance"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(
  ('closure closures closed parking traffic light lights sign signs crew crews marking markings restriction restrictions ' +
    'repair repairs work works construction vendor vendors level access barricade barricades change changes shift shifts ' +
    'lane lanes side sides entrance entrances exit exits end ends ramp ramps gate gates door doors wing lot lots area areas ' +
    'corridor corridors approach approaches sweeping sweepers detour detours flooding shoulder shoulders portion section ' +
    'sidewalk sidewalks intersection intersections address addresses number numbers name names layout').split(' '),
);
/** Capitalised words after a compass word that are no place ("West Monday", "West Jr."). */
const NOT_PLACE_NEXT: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jr', 'sr', 'ii', 'iii', ...MONTHS]);

/**
 * Whether the lower-case word after `e` is a noun a street or compass word describes: listed, or a plural of a
 * noun shape ("closings", "closures", "obstructions"), never what a person did (`PERSON_NEXT`).
 */
function placeNounAfter(t: string, original: string, f: FoldedText, e: number): boolean {
  // (in text all in capitals or title case the word after may be capitalised: "STREET CLOSURES")
  if (t[e] !== ' ' || (capitalAt(original, f, e + 1) && !uniformCase(original))) return false;
  const next = wordAfter(t, e);
  if (next.length < 3 || PERSON_NEXT.has(next) || SENTENCE_NEXT.has(next)) return false;
  return PLACE_NOUNS.has(next) || next.endsWith('ures') || next.endsWith('ings') || next.endsWith('tions');
}

/** Whether a street's name starts at `i`: a digit ("6th Ave."), an interstate or route ("I-25", "US 6"), or a capitalised word before a street word. */
function streetAt(t: string, original: string, f: FoldedText, i: number, parts: ReadonlySet<string>): boolean {
  if (/^(?:\d|i-|i \d|us \d|us-|hwy|highway|interstate|route|sr-|co-)/u.test(t.slice(i, i + 12))) return true;
  const w = wordAfter(t, i - 1);
  if (w === '' || !capitalAt(original, f, i) || parts.has(w)) return false;
  const q = i + w.length;
  return PLACE_AFTER.has(w) || (t[q] === ' ' && PLACE_AFTER.has(wordAfter(t, q)));
}

/** What a person did or had done to them, and agency words, that make the compass word before a place the person. */
const PERSON_AHEAD: ReadonlySet<string> = new Set(
  // (not "said", "remains", "responded": "West of Federal remains closed, police said")
  'died dies returned radioed fired collapsed survived succumbed underwent murio fallecio disparo'.split(' '),
);
const DONE_AHEAD: ReadonlySet<string> = new Set('shot killed hit wounded injured struck stabbed ambushed slain hospitalized transported baleado herido'.split(' '));
const AGENCY_AHEAD: ReadonlySet<string> = new Set('pd police department dept sheriff sheriffs precinct district division unit squad patrol troop policia'.split(' '));
/** Abbreviations whose full stop ends no sentence ("6th Ave. is closed"). */
const NO_STOP: ReadonlySet<string> = new Set(['st', 'ave', 'av', 'rd', 'blvd', 'dr', 'ln', 'ct', 'hwy', 'pkwy', 'expy', 'fwy', 'n', 's', 'e', 'w', 'jr', 'sr', 'mt', 'ft']);

/**
 * Whether the rest of the sentence after `e` (80 characters at most) says the compass word before it is a person:
 * what a person did ("West of District 4 died", "West on I-25 returned fire"), "was shot", or an agency's word
 * ("West of Denver PD"). Stops at a full stop that ends a sentence (not "Ave.").
 */
function personAhead(t: string, e: number): boolean {
  const words = /[\p{L}\p{N}]+\.?/gu;
  const slice = t.slice(e, e + 80);
  let previous = '';
  // (an agency's word only in the place's own few words, before a comma: "West of Denver PD", not "…, police said")
  const comma = slice.indexOf(',');
  for (let m = words.exec(slice), n = 0; m !== null; m = words.exec(slice), n++) {
    const dotted = m[0].endsWith('.');
    const w = dotted ? m[0].slice(0, -1) : m[0];
    const agency = AGENCY_AHEAD.has(w) && n < 5 && (comma < 0 || m.index < comma);
    if (agency || PERSON_AHEAD.has(w) || ((previous === 'was' || previous === 'is') && DONE_AHEAD.has(w))) return true;
    if (dotted && !NO_STOP.has(w)) return false;
    previous = w;
  }
  return false;
}

/**
 * Why the untitled, capitalised compass word at `[s, e)` is a direction or a place's word, or undefined: before "of"
 * and a place ("West of Federal", "North of I-70"), before "and" or "or" and another compass word ("North and south
 * lanes"), before "on" and a street ("West on 6th Ave."), before a capitalised word that is no part of the
 * officer's name in text whose capitals say something ("West Denver", "North Broadway"), or before a noun it
 * describes ("West side", "North entrance").
 */
function compassSense(t: string, original: string, f: FoldedText, e: number, parts: ReadonlySet<string>): string | undefined {
  if (placeNounAfter(t, original, f, e)) return 'a compass word before what it describes';
  // (before a place, the rest of the sentence may still say it is the person: "West of District 4 died")
  if (personAhead(t, e)) return undefined;
  if (t.startsWith(' of ', e)) {
    const w = wordAfter(t, e + 3);
    if (/^\d/u.test(t.slice(e + 4, e + 5)) || (capitalAt(original, f, e + 4) && !parts.has(w))) return 'a direction from a place';
  }
  // (the other compass word in lower case: "West and North were shot" may name two officers)
  const joined = /^(?:-? (?:and|or|y|to) |\/)([a-z]+)/u.exec(t.slice(e, e + 24));
  const other = joined === null ? '' : (joined[1] ?? '');
  if (other !== '' && (COMPASS.has(other) || COMPASS_SURNAMES.has(other.replace(/bound$/u, ''))) && !capitalAt(original, f, e + joined![0].length - other.length)) return 'a direction';
  if (t.startsWith(' on ', e) && streetAt(t, original, f, e + 4, parts)) return 'a direction of travel';
  if (t[e] !== ' ' || !capitalAt(original, f, e + 1) || uniformCase(original)) return undefined;
  const next = wordAfter(t, e);
  if (next.length < 2 || parts.has(next) || SENTENCE_NEXT.has(next) || PERSON_NEXT.has(next) || NOT_PLACE_NEXT.has(next)) return undefined;
  return "a compass word in a place's name";
}

/**
 * Why the untitled name part at `[s, e)` (a compass or street word that is the officer's surname) is a direction or
 * a street's word here, or undefined. Reads a few words after it: linear.
 *
 * @example
 * const text = 'West of Federal, traffic is stopped.';
 * directionSense(foldText(text).text, text, foldText(text), 0, 4, 'west', new Set(['amy', 'west'])); //=> 'a direction from a place'
 */
export function directionSense(t: string, original: string, f: FoldedText, s: number, e: number, needle: string, parts: ReadonlySet<string>): string | undefined {
  if (t[e] === "'" || t[e] === '\u2019' || !capitalAt(original, f, s)) return undefined;
  if (COMPASS_SURNAMES.has(needle)) return compassSense(t, original, f, e, parts);
  if (STREET_SURNAMES.has(needle) && placeNounAfter(t, original, f, e)) return 'a street word before what it describes';
  return undefined;
}
