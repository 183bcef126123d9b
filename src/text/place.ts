/**
 * Short places people know ("Denver", "Cayey") from the longer locations a request gives, and (from `place-es.ts`) a
 * location in Spanish. Road names and town names are proper nouns and stay.
 */
import { isStateName } from '../area/codes.js';
import { STATE_CODE } from './place-terms.js';

/** `text` without the trailing characters listed in `chars` (a scan from the end: linear, unlike `/[…]+$/`). */
function trimEndChars(text: string, chars: string): string {
  let e = text.length;
  while (e > 0 && chars.includes(text.charAt(e - 1))) e--;
  return e === text.length ? text : text.slice(0, e);
}

/** Road words: a comma part ending in one of these is a road, not a town. */
const ROAD =
  /(?:^|[\s-])(?:st|street|ave|avenue|blvd|boulevard|rd|road|dr|drive|hwy|highway|pkwy|parkway|ln|lane|ct|court|way|fwy|freeway|expy|expressway|trl|trail|interstate|route|rte|exit|mile|km|mm|broadway|tpke|turnpike|loop|sr|us|cr|i)\.?$/i;


/** A place name: letters, spaces, apostrophes, dots and hyphens; starts with a capital; at most 5 words. */
const PLACE_NAME = /^\p{Lu}[\p{L}'.-]*(?: [\p{L}'.-]+){0,4}$/u;

/**
 * Words no town's name has: what the redaction writes for a withheld officer ("THE OFFICER'S HOME", "an officer"),
 * a home, a scene, or a sentence about a person ("WHERE … FELL"): such a location names no town (red team 17: the
 * WEA text began "THE OFFICER'S HOME Blue Alert:").
 */
const NOT_TOWN: ReadonlySet<string> = new Set(
  ('officer officers deputy deputies trooper troopers agent agente agentes sergeant detective ' +
    'home house residence apartment apt condo casa hogar residencia domicilio scene escena ' +
    'was is were shot fell died killed where here there withheld').split(' '),
);

/** Whether a word of the candidate (an apostrophe ending dropped: "OFFICER'S") is one no town has. */
function notTown(c: string): boolean {
  for (const w of c.toLowerCase().split(/[\s.-]+/)) {
    const apostrophe = w.search(/['’]/);
    if (NOT_TOWN.has(apostrophe < 0 ? w : w.slice(0, apostrophe))) return true;
  }
  return false;
}

function asPlace(candidate: string): string | undefined {
  const c = trimEndChars(candidate.trim(), '.;:');
  if (c.length === 0 || c.length > 30) return undefined;
  if (!PLACE_NAME.test(c) || ROAD.test(c) || STATE_CODE.test(c) || notTown(c)) return undefined;
  return c;
}

/** Trailing parts that name the country, not a place in it. */
const COUNTRY: ReadonlySet<string> = new Set(['usa', 'us', 'u.s.', 'u.s.a.', 'united states', 'united states of america', 'ee.uu.', 'eeuu', 'ee. uu.']);

/**
 * Words before a town that say where the place is, lower case, longest first: the town is the capitalised run after
 * the last one in a part. `near`: the place is only near the town ("north of Pueblo", "cerca de Cayey").
 */
const MARKERS: readonly (readonly [string, boolean])[] = ([
  ...['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'].map((d): [string, boolean] => [`${d} of`, true]),
  ...['norte', 'sur', 'este', 'oeste', 'noreste', 'noroeste', 'sureste', 'suroeste'].map((d): [string, boolean] => [`al ${d} de`, true]),
  ['outside of', true], ['outside', true], ['near', true], ['between', true], ['cerca de', true], ['afueras de', true], ['entre', true],
  ['in', false], ['en', false], ['downtown', false], ['rural', false], ['city of', false], ['town of', false], ['village of', false],
  ['township of', false], ['borough of', false], ['ciudad de', false], ['municipio de', false], ['pueblo de', false],
] as [string, boolean][]).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** The markers as words, and the words a marker starts with (a word that starts none is passed at once). */
const MARKER_WORDS: readonly (readonly [readonly string[], boolean])[] = MARKERS.map(([m, near]) => [m.split(' '), near] as const);
const MARKER_START: ReadonlySet<string> = new Set(MARKER_WORDS.map(([m]) => m[0] ?? ''));

/** Lower-case words that may stand between a marker and the town ("in rural Weld County", "in the city of Aurora"). */
const LEAD: ReadonlySet<string> = new Set(['the', 'rural', 'downtown', 'greater', 'central', 'el', 'la', 'city', 'town', 'village', 'township', 'borough', 'ciudad', 'municipio', 'pueblo', 'of', 'de']);
/** Units written with a capital before "of" or "de" ("the Village of Saugerties"): not the town's own name. */
const UNIT: ReadonlySet<string> = new Set(['city', 'town', 'village', 'township', 'borough', 'ciudad', 'municipio', 'pueblo']);

/** Past the words between a marker and the town: lower-case lead words, "The", and a capitalised unit with "of". */
function skipLead(words: readonly string[], from: number): number {
  let i = from;
  for (;;) {
    const w = words[i] ?? '';
    const l = w.toLowerCase();
    const next = (words[i + 1] ?? '').toLowerCase();
    if (w === l ? LEAD.has(l) : w === 'The' || (UNIT.has(l) && (next === 'of' || next === 'de'))) i++;
    else return i;
  }
}

/** Lower-case words that may join the capitalised words of a town ("Truth or Consequences", "Rincón de la Vieja"). */
const JOIN: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'or', 'on', 'upon', 'y']);

/** A word that starts with a capital letter and has no digit: part of a name. */
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** A ZIP or ZIP+4 code. */
const ZIP = /^\d{5}(?:-\d{4})?$/;

/** `part` without a trailing ZIP code and state code ("Las Cruces NM 88001" -> "Las Cruces"); words, not a regex. */
function withoutPostalTail(part: string): string {
  const words = part.split(/\s+/).filter((w) => w !== '');
  if (words.length > 1 && ZIP.test(words[words.length - 1] ?? '')) words.pop();
  if (words.length > 1 && STATE_CODE.test(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/** The capitalised run of words from `words[i]` ("Grand Junction"), at most 5 words, or `undefined`. */
function townRun(words: readonly string[], i: number): string | undefined {
  const run: string[] = [];
  for (i = skipLead(words, i); i < words.length && run.length < 5; i++) {
    const w = words[i] ?? '';
    if (CAPITALISED.test(w)) run.push(w);
    else if (run.length > 0 && JOIN.has(w) && CAPITALISED.test(words[i + 1] ?? '')) run.push(w);
    else break;
  }
  // a boundary is no town: "north of the Texas-Louisiana state line", "at the Mexico border" (reader review 21t T19:
  // "Texas-Louisiana Blue Alert")
  if (/^(?:state|line|lines|border|stateline|boundary)$/iu.test(words[i] ?? '')) return undefined;
  return run.length === 0 ? undefined : asPlace(run.join(' '));
}

/** The town after the last marker in a part that is followed by one, with whether the place is only near it. */
function markedTown(part: string): { readonly place: string; readonly near: boolean } | undefined {
  const words = part.split(/\s+/).filter((w) => w !== '');
  const lower = words.map((w) => w.toLowerCase());
  for (let i = words.length - 1; i >= 0; i--) {
    if (!MARKER_START.has(lower[i] ?? '')) continue;
    for (const [m, near] of MARKER_WORDS) {
      if (m.some((x, k) => lower[i + k] !== x)) continue;
      const place = townRun(words, i + m.length);
      if (place !== undefined) return { place, near };
    }
  }
  return undefined;
}

/**
 * Whether a place is a town's name and nothing else (capitalised words, no road, no number): a proper noun every
 * language writes as it is ("Tucson", "Grand Junction").
 *
 * @example
 * isTownName('Grand Junction'); //=> true
 * isTownName('the parking lot'); //=> false
 */
export function isTownName(place: string): boolean {
  return allCapitalised(place) && asPlace(place) === place.trim();
}

/** Whether every word of a part is capitalised (or a joining word): a part that is a name and nothing else. */
function allCapitalised(part: string): boolean {
  const words = part.split(/\s+/).filter((w) => w !== '');
  return words.length > 0 && CAPITALISED.test(words[0] ?? '') && words.every((w) => CAPITALISED.test(w) || JOIN.has(w));
}

/** Words that end a county's name ("Liberty County", "Orleans Parish"). */
const COUNTY_WORDS: ReadonlySet<string> = new Set(['county', 'parish', 'borough', 'condado']);

/** Whether a part is a county's name: its last word is "County", "Parish", … (words, not a regex). */
function isCounty(part: string): boolean {
  const words = part.split(/\s+/);
  return words.length > 1 && COUNTY_WORDS.has((words[words.length - 1] ?? '').toLowerCase());
}

/**
 * The town a part before a county names ("US-59 near Cleveland" before "Liberty County"): the town people know says
 * more than the county (reader review 19t T10: "officer killed in Liberty County" for "US-59 near Cleveland, Liberty
 * County").
 */
function townBefore(part: string): { readonly place: string; readonly near: boolean } | undefined {
  const marked = markedTown(part);
  if (marked !== undefined) return marked;
  const whole = allCapitalised(part) && !isCounty(part) ? asPlace(part) : undefined;
  return whole === undefined ? undefined : { place: whole, near: false };
}

/**
 * The town or city of a location and whether the location is only near it, when the location names one. Read from
 * the end: a trailing country, ZIP code, state code or state name is dropped ("…, Las Cruces NM 88001", "…, Pueblo,
 * Colorado"); then the last part gives the town after a marker ("… in Yakima", "north of Pueblo", "cerca de Cayey",
 * "Town of Castle Rock") or is the town ("…, Denver"; a location that is only a name: "Denver", "Fulton County");
 * then an earlier part with a marker, then a town in brackets ("Federal Blvd (Westminster)"). Roads, state codes and
 * numbers are not places. Words, not regular expressions over the whole text: linear.
 *
 * @param location - A free-text location.
 * @returns The town and whether the location is only near it, or `undefined`.
 * @example
 * placeOf('Interstate 25 at mile marker 102 north of Pueblo'); //=> { place: 'Pueblo', near: true }
 * placeOf('1200 block of S Main St, Pueblo, CO 81003'); //=> { place: 'Pueblo', near: false }
 */
export function placeOf(location: string | undefined): { readonly place: string; readonly near: boolean } | undefined {
  if (location === undefined) return undefined;
  const bracketed: string[] = [];
  const parts = location
    .split(',')
    .map((p) => {
      // a name in brackets is a last resort ("the 7-Eleven on Federal Blvd (Westminster)"); the rest is read as written
      const open = p.indexOf('(');
      const close = open < 0 ? -1 : p.indexOf(')', open);
      if (close < 0) return p.trim();
      bracketed.push(p.slice(open + 1, close).trim());
      return `${p.slice(0, open)} ${p.slice(close + 1)}`.trim();
    })
    .map(withoutPostalTail)
    .filter((p) => p !== '');
  let state: string | undefined;
  while (parts.length > 1) {
    const end = parts[parts.length - 1] ?? '';
    if (!(STATE_CODE.test(end) || isStateName(end) || COUNTRY.has(end.toLowerCase()))) break;
    if (state === undefined && end.length > 2 && isStateName(end) && allCapitalised(end)) state = end;
    parts.pop();
  }
  const last = parts[parts.length - 1] ?? '';
  const marked = markedTown(last);
  if (marked !== undefined) return marked;
  const town = parts.length > 1 && isCounty(last) ? townBefore(parts[parts.length - 2] ?? '') : undefined;
  if (town !== undefined) return town;
  if (parts.length > 1 || allCapitalised(last)) {
    const whole = asPlace(last);
    if (whole !== undefined) return { place: whole, near: false };
  }
  for (let i = parts.length - 2; i >= 0; i--) {
    const earlier = markedTown(parts[i] ?? '');
    if (earlier !== undefined) return earlier;
  }
  for (const b of bracketed) {
    const inside = allCapitalised(b) ? asPlace(withoutPostalTail(b)) : undefined;
    if (inside !== undefined) return { place: inside, near: false };
  }
  // the state, written out, when the location names nothing smaller ("Main St, Nevada")
  return state === undefined ? undefined : { place: state, near: false };
}

/**
 * `text` without a ZIP code after a state code ("El Paso, TX 79906" -> "El Paso, TX"): it means nothing to a reader
 * or a listener and spends characters (text review 15: in 179 of 400 EAS texts). Words, linear.
 *
 * @example
 * withoutZip('S 6th Ave, El Paso, TX 79906, at 2:05 PM'); //=> 'S 6th Ave, El Paso, TX, at 2:05 PM'
 */
export function withoutZip(text: string): string {
  if (!/\d{5}/.test(text)) return text;
  const out: string[] = [];
  for (const w of text.split(' ')) {
    let e = w.length;
    while (e > 0 && ',.;:)'.includes(w[e - 1] as string)) e--;
    const prev = out[out.length - 1];
    if (prev !== undefined && ZIP.test(w.slice(0, e)) && STATE_CODE.test(prev)) {
      out[out.length - 1] = prev + w.slice(e);
      continue;
    }
    out.push(w);
  }
  return out.join(' ');
}

/** Words that say nothing about where: a road's generic name ("Carretera PR-2" is "PR-2") and joining words. */
const PLACE_FILLER: ReadonlySet<string> = new Set(['carretera', 'highway', 'hwy', 'the', 'la', 'el', 'at', 'en', 'on', 'of', 'de', 'and', 'y']);
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** The words of a place that say where, lower case, joined by single spaces. */
function placeWords(text: string): string {
  return text
    .toLowerCase()
    .split(NOT_WORD)
    .filter((w) => w !== '' && !PLACE_FILLER.has(w))
    .join(' ');
}

/**
 * Whether a location says nothing that `place` does not already say (its words, less road words such as
 * "Carretera", are a run of the place's words): a missing officer's last known location that is the place the
 * first sentence gives is not said again (reader review 19t T22: "Carretera PR-2 km 82, Hatillo" and then "Last
 * known location: PR-2 km 82, Hatillo"). Linear: one split of each and one substring search.
 *
 * @example
 * saysNothingMore('PR-2 km 82, Hatillo', 'Carretera PR-2 km 82, Hatillo'); //=> true
 * saysNothingMore('W Colfax Ave, Denver', 'Denver'); //=> false
 */
export function saysNothingMore(location: string, place: string | undefined): boolean {
  if (place === undefined) return false;
  const l = placeWords(withoutZip(location));
  return l !== '' && ` ${placeWords(withoutZip(place))} `.includes(` ${l} `);
}

/**
 * The town or city of a location, when the location names one (see `placeOf`).
 *
 * @param location - A free-text location.
 * @returns The short place, or `undefined`.
 * @example
 * shortPlace('W Colfax Ave and N Broadway, Denver'); //=> 'Denver'
 * shortPlace('PR-52 near Cayey'); //=> 'Cayey'
 * shortPlace('I-70 eastbound at Colorado Blvd'); //=> undefined
 */
export function shortPlace(location: string | undefined): string | undefined {
  return placeOf(location)?.place;
}

export { locationEs } from './place-es.js';
