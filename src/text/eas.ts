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

const BOUND_WORD: Readonly<Record<string, string>> = { N: 'northbound', S: 'southbound', E: 'eastbound', W: 'westbound' };

/**
 * English written for the eye, as a broadcaster or text-to-speech reads it aloud (red team 13: "5 apostrophe 10
 * quote"): a height 5'10" as "5 ft 10 in", 6' as "6 ft", and a road report's heading after a road number (I-55 SB,
 * Loop 375 S/B) as "southbound". A plate or name that holds "SB" is left alone.
 *
 * @example
 * spokenEn(`white male, 5'10", on I-55 SB near Pulaski Rd`); //=> 'white male, 5 ft 10 in, on I-55 southbound near Pulaski Rd'
 */
export function spokenEn(text: string): string {
  // (the EAS is fitted in steps that read the same description again: the last answer is kept)
  if (text === lastSpoken[0]) return lastSpoken[1];
  const said = spokenWords(
    withoutZip(text)
      .replace(/\b(\d)\s?['’′]\s?(\d{1,2})\s?(?:["”″]|'')/g, '$1 ft $2 in')
      .replace(/\b(\d)\s?['’′](?![\p{L}\p{N}'’])/gu, '$1 ft')
      .replace(/\b((?:I|US|SR|SH|PR|FM|CR|H|Loop|Hwy|Highway|Route|Rte)[- ]?\d+[A-Z]?)\s+([NSEW])\/?B\b/gi, (_m, road: string, p: string) => `${road} ${BOUND_WORD[p.toUpperCase()] ?? ''}`),
  );
  lastSpoken = [text, said];
  return said;
}
let lastSpoken: [string, string] = ['', ''];

/** Street words written short, and what a listener should hear. */
const STREET: Readonly<Record<string, string>> = {
  rd: 'Road', ave: 'Avenue', av: 'Avenue', blvd: 'Boulevard', st: 'Street', dr: 'Drive', ln: 'Lane', hwy: 'Highway', pkwy: 'Parkway',
  ct: 'Court', fwy: 'Freeway', expy: 'Expressway', cir: 'Circle', pl: 'Place', ter: 'Terrace', trl: 'Trail',
};
/** Compass letters before or after a street name ("S 6th Ave", "Custer Ave SE"). */
const COMPASS: Readonly<Record<string, string>> = { N: 'North', S: 'South', E: 'East', W: 'West', NE: 'Northeast', NW: 'Northwest', SE: 'Southeast', SW: 'Southwest' };
/** Units after a number: [one, many]. */
const UNIT: Readonly<Record<string, readonly [string, string]>> = { lb: ['pound', 'pounds'], lbs: ['pound', 'pounds'], ft: ['foot', 'feet'], in: ['inch', 'inches'] };

/**
 * The forms the read-aloud EAS text may give a folded phrase (lower case, words between single spaces): street words
 * and compass letters said in full ("n okafor st." -> "north okafor street"). The privacy guard masks a kept place in
 * these forms too (red team 16: "Shots were fired at N Okafor St." refused the build once the EAS said "North Okafor
 * Street"). The phrase itself is not returned; nothing when no word is said longer.
 *
 * @example
 * spokenForms('n okafor st.'); //=> ['north okafor street']
 */
export function spokenForms(folded: string): string[] {
  let changed = false;
  const said = folded.split(' ').map((w) => {
    const bare = w.endsWith('.') ? w.slice(0, -1) : w;
    const long = STREET[bare] ?? COMPASS[bare.toUpperCase()];
    if (long === undefined) return w;
    changed = true;
    return long.toLowerCase();
  });
  return changed ? [said.join(' ')] : [];
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

/**
 * What a text-to-speech engine reads badly, in words (text review 15: "S W College R D ampersand", "T X", "220 L B
 * S", "M M 34"): "&" between streets as "and" (a company's stays: "Smith & Wesson"); a state code after a comma or
 * before "plate" as the state's name; lb, ft and in after a number as pounds, feet and inches ("in" only after
 * feet: "plate 4471 in Denver"); an age range as "30 to 35"; "MM 34" as "mile marker 34"; a street word after a name
 * or an ordinal as the word ("College Rd" -> "College Road"; "St. Louis" stays); and a compass letter before a street
 * name or after a street word ("S 6th Ave", "Custer Ave SE"). One pass over the words.
 */
function spokenWords(text: string, es = false): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    // every rule reads a word of at most 5 characters or an age range: longer words go as they are (most words)
    if (word.length > 7 && !word.includes('-')) {
      out.push(word);
      continue;
    }
    // a word in lower case letters is said as written unless it is a unit ("lb", "ft", "in"): most words
    if (LOWER_WORD.test(word) && UNIT[split(word)[0]] === undefined) {
      out.push(word);
      continue;
    }
    const [core, punct] = split(word);
    const prev = out[out.length - 1] ?? '';
    const [prevCore, prevPunct] = split(prev);
    const next = split(words[i + 1] ?? '')[0];
    const street = STREET[core.toLowerCase().replace(/\.$/, '')];
    let said = core;
    // "&" between streets ("Ave & W Irvington Rd"); a company's stays as written ("Smith & Wesson": the officer may
    // be a Smith, and the privacy guard knows the maker's name as written)
    if (es) said = spokenWordEs(core, prevCore, prevPunct, next, street);
    else if (core === '&' && (SPOKEN_STREETS.has(prevCore) || /\d/.test(prevCore))) said = 'and';
    else if (/^[A-Z]{2}$/.test(core) && (prevPunct === ',' || next === 'plate') && STATE_CODE_SPOKEN.test(core)) said = stateByAbbr(core)?.name ?? core;
    else if (UNIT[core] !== undefined && /^\d+(?:\.\d+)?$/.test(prevCore) && prevPunct === '' && (core !== 'in' || /^(?:ft|feet|foot)$/.test(split(out[out.length - 2] ?? '')[0]))) said = (UNIT[core] as readonly [string, string])[prevCore === '1' ? 0 : 1];
    else if (/^\d{1,3}-\d{1,3}$/.test(core) && prevCore.toLowerCase() === 'age') said = core.replace('-', ' to ');
    else if ((core === 'MM' || core === 'MP') && /^\d/.test(next)) said = core === 'MM' ? 'mile marker' : 'mile post';
    else if (street !== undefined && core !== core.toLowerCase() && NAME_LIKE.test(prevCore) && prevPunct === '' && (punct !== '' || !/^\p{Lu}/u.test(next) || COMPASS[next] !== undefined)) said = street;
    else if (COMPASS[core] !== undefined && punct === '' && NAME_LIKE.test(next)) said = COMPASS[core] as string;
    else if (COMPASS[core] !== undefined && prevPunct === '' && SPOKEN_STREETS.has(prevCore)) said = COMPASS[core] as string;
    out.push(said + punct);
  }
  return out.join(' ');
}

/**
 * One word of Spanish text as said aloud: a plate's state code after "placa" as "de" and the state's name ("placa
 * CO ABC1234" -> "placa de Colorado ABC1234"), and the English street words and compass letters of a place's name
 * in full ("W Colfax Ave" -> "West Colfax Avenue": a Spanish voice read "Ave" as the bird and "Blvd" letter by
 * letter, text review 15). Units, ages and "&" are already written in Spanish words.
 */
function spokenWordEs(core: string, prevCore: string, prevPunct: string, next: string, street: string | undefined): string {
  if (/^[A-Z]{2}$/.test(core) && prevCore.toLowerCase() === 'placa' && prevPunct === '' && STATE_CODE_SPOKEN.test(core)) {
    const state = stateByAbbr(core)?.name;
    return state === undefined ? core : `de ${state}`;
  }
  if (street !== undefined && core !== core.toLowerCase() && NAME_LIKE.test(prevCore) && prevPunct === '') return street;
  if (COMPASS[core] !== undefined && NAME_LIKE.test(next)) return COMPASS[core] as string;
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
