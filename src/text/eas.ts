/**
 * EAS display and text-to-speech text as an ECIG-conformant device builds it (ECIG CAP-to-EAS Implementation Guide
 * v1.0 §3.6, incorporated by 47 CFR 11.51(d)): the FCC required sentence, then `EASText` or else
 * "Message from" senderName + description + instruction; whitespace collapsed; at most 1,800 characters; when too
 * long, the room left is split evenly between description and instruction and each cut is marked `***`.
 */
import { collapseSpaces, truncateWords } from './fit.js';
import { withoutZip } from './place.js';
import { STATE_CODE as STATE_CODE_SPOKEN } from './place-terms.js';
import { stateByAbbr } from '../area/codes.js';
import { mexicanState, plateStateEs, stateNameEs } from './state-names.js';
import { table } from '../table.js';

/** Links in a text as a listener can take them down: no scheme, no "www.", no query or fragment, no closing slash. */
function spokenLinks(text: string): string {
  if (!text.includes('://') && !text.includes('www.')) return text;
  return text
    .split(' ')
    .map((token) => {
      const lower = token.toLowerCase();
      const scheme = lower.startsWith('https://') ? 8 : lower.startsWith('http://') ? 7 : 0;
      if (scheme === 0 && !lower.startsWith('www.')) return token;
      let bare = token.slice(scheme);
      if (bare.toLowerCase().startsWith('www.')) bare = bare.slice(4);
      // the query and fragment go; so do closing slashes (a sentence's own period after them stays)
      const cut = [bare.indexOf('?'), bare.indexOf('#')].filter((i) => i >= 0);
      const end = /[.,;:!)]$/.test(bare) && cut.length === 0 ? bare.slice(-1) : '';
      let core = cut.length > 0 ? bare.slice(0, Math.min(...cut)) : end === '' ? bare : bare.slice(0, -1);
      while (core.endsWith('/')) core = core.slice(0, -1);
      return core === '' ? token : core + end;
    })
    .join(' ');
}

const BOUND_WORD: Readonly<Record<string, string>> = table({ N: 'northbound', S: 'southbound', E: 'eastbound', W: 'westbound' });

/**
 * English written for the eye, as a broadcaster or text-to-speech reads it aloud (red team 13: "5 apostrophe 10
 * quote"): a height 5'10" as "5 ft 10 in", 6' as "6 ft", and a road report's heading after a road number (I-55 SB,
 * Loop 375 S/B) as "southbound". A plate or name that holds "SB" is left alone. Then each word as `spokenWordEn`
 * says it ("Hwy 2" -> "Highway 2", "Ft Worth" -> "Fort Worth", "St Clair" -> "Saint Clair").
 *
 * @param text - English written for the eye.
 * @param stateRoad - Whether "SR" is said "State Road" (Florida, Indiana, New Mexico) rather than "State Route".
 * @example
 * spokenEn(`white male, 5'10", on I-55 SB near Pulaski Rd`); //=> 'white male, 5 feet 10 inches, on I-55 southbound near Pulaski Road'
 * spokenEn('Last seen on Hwy 65 southbound at Rt B near Ft Worth.'); //=> 'Last seen on Highway 65 southbound at Route B near Fort Worth.'
 */
export function spokenEn(text: string, stateRoad = false): string {
  // (the EAS is fitted in steps that read the same description again: the last answer is kept)
  if (text === lastSpoken[0] && stateRoad === lastSpoken[2]) return lastSpoken[1];
  const said = spokenWords(
    withoutZip(text)
      .replace(/\b(\d)\s?['’′]\s?(\d{1,2})\s?(?:["”″]|'')/g, '$1 ft $2 in')
      .replace(/\b(\d)\s?['’′](?![\p{L}\p{N}'’])/gu, '$1 ft')
      .replace(/\b((?:I|US|SR|SH|PR|FM|CR|H|Loop|Hwy|Highway|Route|Rte)[- ]?\d+[A-Z]?)\s+([NSEW])\/?B\b/gi, (_m, road: string, p: string) => `${road} ${BOUND_WORD[p.toUpperCase()] ?? ''}`),
    false,
    stateRoad,
  );
  lastSpoken = [text, said, stateRoad];
  return said;
}
let lastSpoken: [string, string, boolean] = ['', '', false];

/** Street words written short, and what a listener should hear. */
const STREET: Readonly<Record<string, string>> = table({
  rd: 'Road', ave: 'Avenue', av: 'Avenue', blvd: 'Boulevard', st: 'Street', dr: 'Drive', ln: 'Lane', hwy: 'Highway', pkwy: 'Parkway',
  ct: 'Court', fwy: 'Freeway', expy: 'Expressway', cir: 'Circle', pl: 'Place', ter: 'Terrace', trl: 'Trail',
});
/** Compass letters before or after a street name ("S 6th Ave", "Custer Ave SE"). */
const COMPASS: Readonly<Record<string, string>> = table({ N: 'North', S: 'South', E: 'East', W: 'West', NE: 'Northeast', NW: 'Northwest', SE: 'Southeast', SW: 'Southwest' });
/** Units after a number: [one, many]. */
const UNIT: Readonly<Record<string, readonly [string, string]>> = table({ lb: ['pound', 'pounds'], lbs: ['pound', 'pounds'], ft: ['foot', 'feet'], in: ['inch', 'inches'] });

/** Words said in full in every sense (lower case): road words, headings, mile markers, "Jr". */
const ALWAYS_SAID: Readonly<Record<string, string>> = table({
  rt: 'route', rte: 'route', cr: 'county road', nb: 'northbound', sb: 'southbound', eb: 'eastbound', wb: 'westbound', mm: 'mile marker', mp: 'mile post', jr: 'junior',
});
/** Titles before a name in lower case ("st clair" -> "saint clair"). */
const TITLE_SAID: Readonly<Record<string, string>> = table({ st: 'saint', ste: 'sainte', dr: 'doctor', ft: 'fort', mt: 'mount' });
/** The ways "SR" is said: a road, or after a name "Senior". */
const SR_SAID: readonly string[] = ['state route', 'state road', 'senior'];

/** A folded phrase with each word said in one sense: titles or street words, and "sr" as given. */
function saidInSense(words: readonly string[], titles: boolean, sr: string): string {
  return words
    .map((w, i) => {
      const bare = w.endsWith('.') ? w.slice(0, -1) : w;
      if (bare === 'sr') return sr;
      // a title goes before a name: the last word is a street word ("dr martin luther king jr dr")
      const long = (titles && i < words.length - 1 ? TITLE_SAID[bare] : undefined) ?? ALWAYS_SAID[bare] ?? STREET[bare]?.toLowerCase() ?? COMPASS[bare.toUpperCase()]?.toLowerCase();
      return long ?? w;
    })
    .join(' ');
}

/**
 * The forms the read-aloud EAS text may give a folded phrase (lower case, words between single spaces): street words
 * and compass letters said in full ("n okafor st." -> "north okafor street"), or titles ("st clair" -> "saint
 * clair", "ft worth" -> "fort worth"), road words, headings and mile markers ("hwy 2 nb" -> "highway 2 northbound").
 * The privacy guard masks a kept place in these forms too (red team 16: "Shots were fired at N Okafor St." refused
 * the build once the EAS said "North Okafor Street"). The phrase itself is not returned; nothing when no word is
 * said longer.
 *
 * @example
 * spokenForms('n okafor st.'); //=> ['north okafor street']
 * spokenForms('ft worth'); //=> ['fort worth']
 */
export function spokenForms(folded: string): string[] {
  const words = folded.split(' ');
  const forms = new Set<string>();
  for (const titles of [false, true]) {
    for (const sr of SR_SAID) {
      const said = saidInSense(words, titles, sr);
      if (said !== folded) forms.add(said);
      if (!words.includes('sr')) break;
    }
  }
  return [...forms];
}

/** A word with its trailing punctuation apart. */
function split(token: string): [string, string] {
  let e = token.length;
  while (e > 0 && ',.;:)'.includes(token[e - 1] as string)) e--;
  return [token.slice(0, e), token.slice(e)];
}

/** A capitalised word or an ordinal ("College", "6th"): what a street word or a compass letter goes with. */
const NAME_LIKE = /^(?:\p{Lu}|\d+(?:st|nd|rd|th)$)/u;
/** A word of lower-case letters with at most one closing mark ("jeans.", "and"). */
const LOWER_WORD = /^[a-z]+[,.;:)]?$/;
/** The street words as said: a compass letter after one is part of the address ("Custer Avenue SE"). */
const SPOKEN_STREETS: ReadonlySet<string> = new Set(Object.values(STREET));

/** A word and its neighbours as the spoken pass reads them (`prev` as already said). */
interface WordAt {
  readonly core: string;
  readonly punct: string;
  readonly prevCore: string;
  readonly prevPunct: string;
  /** The word before `prev`, as said, with its punctuation ('' at the start). */
  readonly before: string;
  readonly next: string;
  /** Inside a plate ("plate AB1 C2D"): a heading or state code there is part of the number. */
  readonly inPlate: boolean;
}

/**
 * What a text-to-speech engine reads badly, in words (text review 15: "S W College R D ampersand", "T X", "220 L B
 * S", "M M 34"; reader review 19t: "A Street. Paul officer", "Hwy 2", "Ft Worth", "St Clair", "mile marker 71 NB"):
 * each word said by `spokenWordEn` (or `spokenWordEs`). One pass over the words.
 */
function spokenWords(text: string, es = false, stateRoad = false): string {
  const words = text.split(' ');
  const out: string[] = [];
  let inPlate = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    // every rule reads a word of at most 5 characters or an age range: longer words go as they are (most words)
    // (a word in lower case letters is said as written unless it is a unit ("lb", "ft", "in"): most words)
    if ((word.length > 7 && !word.includes('-')) || (LOWER_WORD.test(word) && UNIT[split(word)[0]] === undefined)) {
      out.push(word);
      inPlate = word === 'plate' || word === 'placa' || word === 'tablilla' || (inPlate && word === 'parcial');
      continue;
    }
    const [core, punct] = split(word);
    const [prevCore, prevPunct] = split(out[out.length - 1] ?? '');
    const at: WordAt = { core, punct, prevCore, prevPunct, before: out[out.length - 2] ?? '', next: split(words[i + 1] ?? '')[0], inPlate };
    const said = es ? spokenWordEs(at) : spokenWordEn(at, stateRoad);
    // a title said in full loses its period ("Ft. Worth" -> "Fort Worth")
    out.push(said + (punct === '.' && TITLE[core] === said ? '' : punct));
    inPlate = inPlate && punct === '';
  }
  return out.join(' ');
}

/** Capitalised words that are not a street's name before a street word at the start of a sentence ("The St. Louis officer"). */
const NOT_A_STREET_NAME: ReadonlySet<string> = new Set(['The', 'An', 'In', 'At', 'On', 'Near', 'From', 'To', 'By', 'Of', 'For', 'Off', 'Past', 'Toward', 'Towards', 'Into', 'Outside', 'Behind', 'And', 'Or', 'With', 'Last']);

/** Whether the word before a street word names the street ("College Rd", "6th St", "and A St"; not "A St. Paul officer"). */
function namesStreet(at: WordAt): boolean {
  if (!NAME_LIKE.test(at.prevCore) || at.prevPunct !== '' || NOT_A_STREET_NAME.has(at.prevCore)) return false;
  // "A" opening a sentence is the article; after "and" or "at" it is a lettered street ("5th and A St")
  return at.prevCore !== 'A' || (at.before !== '' && !/[.:;!?]$/.test(at.before));
}

/** A capitalised word that is a name ("Paul", "Clair", "Worth"), not an initial, a code or a compass letter. */
const PROPER_NAME = /^\p{Lu}\p{Ll}/u;

/** Titles written short before a name, as said: "Ft Worth", "Mt Vernon", "St Clair", "Dr Martin Luther King". */
const TITLE: Readonly<Record<string, string>> = table({ Ft: 'Fort', Mt: 'Mount', St: 'Saint', Ste: 'Sainte', Dr: 'Doctor' });
/** Road words written short before a route number or letter ("Hwy 2", "Rt B", "SR 2", "CR 12"). */
const ROUTE: Readonly<Record<string, string>> = table({ Hwy: 'Highway', HWY: 'Highway', Rt: 'Route', RT: 'Route', Rte: 'Route', RTE: 'Route', SR: 'State Route', CR: 'County Road', Fwy: 'Freeway' });
/** A route number or letter ("2", "65", "B", "20A"). */
const ROUTE_NUMBER = /^(?:\d{1,4}[A-Z]?|[A-Z]{1,2})$/;
/** A road's number written with its road ("I-35", "US-59"). */
const ROAD_NUMBER = /^(?:I|US|SR|SH|PR|FM|CR|Hwy|Highway|Route|Rte)-\d{1,4}[A-Z]?$/;
/** A road word before its number ("Hwy 2", "Highway 2", "US 287", "Loop 375"; a state's code too: "KY 15"). */
const ROAD_WORD = /^(?:I|US|SR|SH|PR|FM|CR|Hwy|Highway|Route|Rte|Loop|Interstate|State Route)$/;
/** What follows a road's heading letter ("KY 15 N at …"): a place word, not "of" ("2 miles N of Hazard"). */
const AFTER_HEADING = /^(?:at|near|past|toward|towards|from|to|in|and|before|after|between|)$/;
/** A heading written short: "NB", "S/B". */
const BOUND = /^([NSEW])\/?B$/;
/** Mile markers, and headings, that follow a road's name ("Parks Hwy MM 62", "Dalton Hwy NB"). */
const AFTER_ROAD = /^(?:MM|MP|[NSEW]\/?B)$/;

/**
 * One word of English as said aloud: "&" between streets as "and" (a company's stays: "Smith & Wesson"); a state
 * code after a comma or before "plate" as the state's name (a Mexican state's too: "NL plate" -> "Nuevo Leon
 * plate"); lb, ft and in after a number as pounds, feet and inches ("in" only after feet: "plate 4471 in Denver");
 * an age range as "30 to 35"; "MM 34" as "mile marker 34"; a road word before a route number ("Hwy 2" -> "Highway
 * 2", "Rt B" -> "Route B", "SR 2" -> "State Route 2", or "State Road" where the state says so); a heading after a
 * number or a road ("mile marker 71 NB", "KY 15 N at") as "northbound"; a title before a name ("Ft Worth" -> "Fort
 * Worth", "St Clair" -> "Saint Clair", "Dr Martin" -> "Doctor Martin"; "St. Louis" and "Dr. Smith" stay as they
 * read) and "Jr" after one as "Junior"; a street word after a name or an ordinal as the word ("College Rd" ->
 * "College Road"; never after an article: "A St. Paul officer"); and a compass letter before a street name or
 * after a street word ("S 6th Ave", "Custer Ave SE").
 */
function spokenWordEn(at: WordAt, stateRoad: boolean): string {
  const { core, punct, prevCore, prevPunct, next } = at;
  const street = STREET[core.toLowerCase()];
  if (core === '&' && (SPOKEN_STREETS.has(prevCore) || /\d/.test(prevCore))) return 'and';
  const state = /^[A-Z]{2,6}$/.test(core) && (prevPunct === ',' || next === 'plate') && !at.inPlate ? stateSaid(core, next === 'plate') : undefined;
  if (state !== undefined) return state;
  const unit = UNIT[core];
  if (unit !== undefined && /^\d+(?:\.\d+)?$/.test(prevCore) && prevPunct === '' && (core !== 'in' || /^(?:ft|feet|foot)$/.test(split(at.before)[0]))) return unit[prevCore === '1' ? 0 : 1];
  if (/^\d{1,3}-\d{1,3}$/.test(core) && prevCore.toLowerCase() === 'age') return core.replace('-', ' to ');
  if ((core === 'MM' || core === 'MP') && /^\d/.test(next)) return core === 'MM' ? 'mile marker' : 'mile post';
  const route = ROUTE[core];
  // ("CR" after a make is a model: "Honda CR 250")
  const model = core === 'CR' && prevPunct === '' && /^\p{Lu}/u.test(prevCore);
  if (route !== undefined && punct === '' && ROUTE_NUMBER.test(next) && !AFTER_ROAD.test(next) && !model) return core === 'SR' && stateRoad ? 'State Road' : route;
  const heading = headingSaid(at);
  if (heading !== undefined) return heading;
  const title = TITLE[core];
  if (title !== undefined && PROPER_NAME.test(next) && !namesStreet(at) && (punct === '' || (core !== 'St' && core !== 'Dr')) && (punct === '' || punct === '.')) return title;
  if ((core === 'Jr' || core === 'Sr') && punct !== '.' && PROPER_NAME.test(prevCore) && prevPunct === '') return core === 'Jr' ? 'Junior' : 'Senior';
  if (street !== undefined && core !== core.toLowerCase() && namesStreet(at) && (punct !== '' || !/^\p{Lu}/u.test(next) || COMPASS[next] !== undefined || AFTER_ROAD.test(next))) return street;
  if (COMPASS[core] !== undefined && punct === '' && NAME_LIKE.test(next)) return COMPASS[core] as string;
  if (COMPASS[core] !== undefined && prevPunct === '' && SPOKEN_STREETS.has(prevCore)) return COMPASS[core] as string;
  return core;
}

/** A heading written short after a number or a road ("mile marker 71 NB", "KY 15 N at"), as "northbound". */
function headingSaid(at: WordAt): string | undefined {
  if (at.inPlate || at.prevPunct !== '') return undefined;
  const bound = BOUND.exec(at.core);
  const afterRoad = /\d$/.test(at.prevCore) || SPOKEN_STREETS.has(at.prevCore) || STREET[at.prevCore.toLowerCase()] !== undefined;
  if (bound !== null && afterRoad) return BOUND_WORD[bound[1] as string];
  // a lone letter only after a road's number, and before a place word or the end ("2 miles N of" stays)
  if (!/^[NSEW]$/.test(at.core) || (at.punct === '' && !AFTER_HEADING.test(at.next))) return undefined;
  const [road, roadPunct] = split(at.before);
  const numbered = /^\d{1,4}[A-Z]?$/.test(at.prevCore) ? roadPunct === '' && (ROAD_WORD.test(road) || STATE_CODE_SPOKEN.test(road)) : ROAD_NUMBER.test(at.prevCore);
  return numbered ? BOUND_WORD[at.core] : undefined;
}

/** A state's name for its code: a US state's, or before "plate" a Mexican state's ("NL plate"). */
function stateSaid(code: string, plate: boolean): string | undefined {
  if (code.length === 2 && STATE_CODE_SPOKEN.test(code)) return stateByAbbr(code)?.name;
  return plate ? mexicanState(code)?.en : undefined;
}

/**
 * One word of Spanish text as said aloud: a plate's state after "placa" (or "placa parcial") as "de" and the
 * state's Spanish name ("placa CO ABC1234" -> "placa de Colorado ABC1234", "placa parcial SC" -> "placa parcial de
 * Carolina del Sur", "placa NL" -> "placa de Nuevo León"); a US state's code after a comma by its Spanish name ("El
 * Paso, TX" -> "El Paso, Texas": reader review 19t); and the English street words and compass letters of a place's
 * name in full ("W Colfax Ave" -> "West Colfax Avenue": a Spanish voice read "Ave" as the bird and "Blvd" letter by
 * letter, text review 15). Units, ages and "&" are already written in Spanish words.
 */
/** Road words before a route number, said in Spanish ("Hwy 2" -> "carretera 2": reader review 21t T06). */
const ROAD_BEFORE_NUMBER_ES: Readonly<Record<string, string>> = table({
  hwy: 'carretera', sr: 'ruta estatal', cr: 'carretera del condado', rt: 'ruta', rte: 'ruta',
});
/** A heading after a route number, said in Spanish ("KY 15 N" -> "KY 15 norte"). */
const HEADING_ES: Readonly<Record<string, string>> = table({
  n: 'norte', s: 'sur', e: 'este', w: 'oeste', nb: 'norte', sb: 'sur', eb: 'este', wb: 'oeste', 'n/b': 'norte', 's/b': 'sur', 'e/b': 'este', 'w/b': 'oeste',
});

function spokenWordEs(at: WordAt): string {
  const { core, prevCore, prevPunct, next } = at;
  const road = ROAD_BEFORE_NUMBER_ES[core.toLowerCase()];
  if (road !== undefined && !at.inPlate && core !== core.toLowerCase() && /^\d{1,4}[A-Z]?$/.test(next)) {
    // with its article after a preposition ("en la carretera 2"; "en la CR 12" has it already)
    const prep = prevPunct === '' ? prevCore.toLowerCase() : '';
    return /^(?:en|por|hacia|desde|de|a)$/u.test(prep) ? `la ${road}` : road;
  }
  // a heading right after a route's number ("KY 15 N en Bulldog Lane"), never a plate's letters
  const heading = HEADING_ES[core.toLowerCase()];
  if (heading !== undefined && core === core.toUpperCase() && !at.inPlate && prevPunct === '' && /^\d{1,4}[A-Z]?$/.test(prevCore) && /^(?:[A-Z]{1,3}|[A-Z]{2}-\d+|I|US|Hwy|SR|CR|Rt|Rte|carretera|ruta)$/u.test(split(at.before)[0])) return heading;
  const afterPlate = prevPunct === '' && (prevCore === 'placa' || prevCore === 'tablilla' || (prevCore === 'parcial' && /^(?:placa|tablilla)$/u.test(split(at.before)[0] ?? '')));
  if (afterPlate && /^[A-Z]{2,6}$/.test(core)) {
    const state = plateStateEs(core);
    if (state !== undefined) return `de ${state}`;
  }
  if (prevPunct === ',' && !at.inPlate && /^[A-Z]{2}$/.test(core) && STATE_CODE_SPOKEN.test(core)) {
    const state = stateByAbbr(core)?.name;
    if (state !== undefined) return stateNameEs(state);
  }
  const street = STREET[core.toLowerCase()];
  if (street !== undefined && core !== core.toLowerCase() && NAME_LIKE.test(prevCore) && prevPunct === '') return street;
  if (COMPASS[core] !== undefined && !at.inPlate && NAME_LIKE.test(next)) return COMPASS[core] as string;
  return core;
}

/**
 * Spanish written for the eye, as a broadcaster or text-to-speech reads it aloud: the ZIP code left out, a plate's
 * state by name, and the street words and compass letters of English place names in full.
 *
 * @example
 * spokenEs('en W Colfax Ave y N Broadway, placa CO ABC1234'); //=> 'en West Colfax Avenue y North Broadway, placa de Colorado ABC1234'
 */
export function spokenEs(text: string): string {
  return spokenWords(withoutZip(text), true);
}

/**
 * ECIG §3.6: the whole EAS text is at most 1,800 characters.
 *
 * @example
 * result.text.eas.length <= EAS_MAX_CHARS; //=> true
 */
export const EAS_MAX_CHARS = 1800;

/** ECIG §3.6 truncation mark. */
export const EAS_TRUNCATION_MARK = '***';

/**
 * The parts of an EAS text.
 *
 * @example
 * const p: EasTextParts = { required: 'A CIVIL AUTHORITY HAS ISSUED A BLUE ALERT ...', messageFrom: 'Message from CBI.', description: '…', instruction: '…' };
 */
export interface EasTextParts {
  /** The FCC required sentence (originator, event, areas, start and end time). */
  readonly required: string;
  /** `Message from <senderName>.` (optional in ECIG). */
  readonly messageFrom?: string;
  readonly description: string;
  readonly instruction: string;
}

/**
 * Assembles the EAS text and reports whether it had to be truncated.
 *
 * @param parts - The required sentence, sender line, description and instruction.
 * @param max - The limit (default 1,800).
 * @returns The text (never longer than `max`) and `truncated`.
 * @example
 * easText({ required: 'A CIVIL AUTHORITY HAS ISSUED A BLUE ALERT FOR THE FOLLOWING COUNTIES/AREAS: Denver, CO; AT 2:20 PM ON NOV 22, 2026 EFFECTIVE UNTIL 8:20 PM.', description: 'An officer was killed.', instruction: 'Call 911.' }).text;
 * //=> 'A CIVIL AUTHORITY HAS ISSUED A BLUE ALERT FOR THE FOLLOWING COUNTIES/AREAS: Denver, CO; AT 2:20 PM ON NOV 22, 2026 EFFECTIVE UNTIL 8:20 PM. An officer was killed. Call 911.'
 */
export function easText(parts: EasTextParts, max: number = EAS_MAX_CHARS): { text: string; truncated: boolean } {
  const required = collapseSpaces(parts.required);
  const from = parts.messageFrom === undefined ? '' : collapseSpaces(parts.messageFrom);
  // read aloud: a link without its scheme, query and fragment ("dps.texas.gov/blue-alert", not "h t t p s colon
  // slash slash … question mark utm underscore source": red team)
  const description = spokenLinks(collapseSpaces(parts.description));
  const instruction = spokenLinks(collapseSpaces(parts.instruction));
  const join = (xs: readonly string[]): string => xs.filter((x) => x !== '').join(' ');
  const whole = join([required, from, description, instruction]);
  if (whole.length <= max) return { text: whole, truncated: false };

  const head = join([required, from]);
  const mark = ` ${EAS_TRUNCATION_MARK}`;
  if (head.length + 1 >= max) {
    return { text: truncateWords(join([required]), max, (s) => s.length, mark), truncated: true };
  }
  // room for description and instruction, with the spaces that join them
  const gaps = (description === '' ? 0 : 1) + (instruction === '' ? 0 : 1);
  const room = max - head.length - gaps;
  const half = Math.floor(room / 2);
  let dMax: number;
  let iMax: number;
  if (description.length <= half) {
    dMax = description.length;
    iMax = room - dMax;
  } else if (instruction.length <= room - half) {
    iMax = instruction.length;
    dMax = room - iMax;
  } else {
    dMax = half;
    iMax = room - half;
  }
  const d = truncateWords(description, dMax, (s) => s.length, mark);
  const i = truncateWords(instruction, iMax, (s) => s.length, mark);
  return { text: join([head, d, i]), truncated: true };
}
