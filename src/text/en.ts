/**
 * English wording (en-US).
 */
import type { BlueAlertEvent, PersonDescription, Vehicle } from '../request/schema.js';
import type { PersonDetail, VehicleDetail, Wording } from './lang.js';
import { clockLabel, dateLabelEn, sameLocalDay, sameLocalYear, whenLabelEn } from './labels.js';
import { abbreviate, directionPhrase, firstItems, joinParts, numbersList } from './words.js';
import { hairEn } from './es-values.js';
import { ageEn, isAgeAdjectiveEn, weightEn } from './es-measures.js';
import { STATE_CODE } from './place-terms.js';
import { table } from '../table.js';

/** Sex codes as words ("M" reads as "male"). */
// a known sex word in lower case mid-sentence ("Black male", not "Black Male": red team)
const SEX_WORD: Readonly<Record<string, string>> = table({ m: 'male', f: 'female', man: 'male', woman: 'female', male: 'male', female: 'female' });

const EVENT_90: Record<BlueAlertEvent, string> = {
  'officer-killed': 'officer killed',
  'officer-injured': 'officer injured',
  'officer-attacked': 'officer attacked',
  'imminent-threat': 'threat to officers',
  'officer-missing': 'officer missing',
};

const STATUS_NOTICE: Record<'Exercise' | 'Test' | 'Draft', string> = { Exercise: 'exercise', Test: 'test', Draft: 'draft' };

const EVENT_FULL: Record<BlueAlertEvent, string> = {
  'officer-killed': 'A law enforcement officer was killed',
  'officer-injured': 'A law enforcement officer was seriously injured',
  'officer-attacked': 'A law enforcement officer was attacked',
  'imminent-threat': 'A suspect poses an imminent threat to law enforcement officers',
  'officer-missing': 'A law enforcement officer is missing',
};

const EVENT_SHORT: Record<BlueAlertEvent, string> = {
  'officer-killed': 'Officer killed',
  'officer-injured': 'Officer seriously injured',
  'officer-attacked': 'Officer attacked',
  'imminent-threat': 'Imminent threat to officers',
  'officer-missing': 'Missing officer',
};

const ORIGINATOR: Record<'EAS' | 'CIV' | 'WXR' | 'PEP', string> = {
  CIV: 'A CIVIL AUTHORITY',
  EAS: 'A BROADCAST STATION OR CABLE SYSTEM',
  WXR: 'THE NATIONAL WEATHER SERVICE',
  PEP: 'A PRIMARY ENTRY POINT SYSTEM',
};

const COUNT_EN = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/** A count at the start of a sentence: "Two", …, "Ten", then digits. */
function countWordEn(n: number): string {
  return COUNT_EN[n] ?? String(n);
}

/** A height written "5-9" or "5'9" reads "5 ft 9 in" (text review 15: "female, 5-9" read as an age). */
function heightEn(height: string): string {
  const m = /^([4-7])\s?[-']\s?(\d{1,2})$/.exec(height.trim());
  return m === null || Number(m[2]) > 11 ? height : `${m[1] ?? ''} ft ${m[2] ?? ''} in`;
}

/**
 * A person's description in English, most identifying first.
 *
 * @example
 * personEn({ sex: 'male', race: 'white', age: '30-35', hair: 'brown' }, 0); //=> 'white male, age 30-35, brown hair'
 */
export function personEn(d: PersonDescription, detail: PersonDetail, clothingMax = 400): string {
  const sex = d.sex === undefined ? undefined : (SEX_WORD[d.sex.trim().toLowerCase()] ?? d.sex);
  const age = d.age === undefined ? undefined : ageEn(d.age);
  // an age group is an adjective before the sex word: "Black teenage male" (reader review 19t T24: "Black male, in teens")
  const ageBefore = age !== undefined && sex !== undefined && isAgeAdjectiveEn(age);
  const sexRace = joinParts([d.race, ageBefore ? age : undefined, sex], ' ');
  const clothing = d.clothing === undefined ? undefined : detail >= 2 ? firstItems(d.clothing, clothingMax) : d.clothing;
  return joinParts([
    sexRace,
    ageBefore ? undefined : age,
    detail <= 2 && d.height !== undefined ? heightEn(d.height) : undefined,
    detail <= 2 && d.weight !== undefined ? weightEn(d.weight) : undefined,
    detail <= 2 && d.hair !== undefined ? hairEn(d.hair) : undefined,
    detail <= 0 && d.eyes !== undefined ? (/\beyes\b/i.test(d.eyes) ? d.eyes : `${d.eyes} eyes`) : undefined,
    detail <= 1 ? d.marks : undefined,
    detail <= 2 && clothing !== undefined ? `wearing ${clothing}` : undefined,
    detail <= 0 ? d.other : undefined,
  ]);
}

/**
 * A vehicle in English.
 *
 * @example
 * vehicleEn({ year: 2015, make: 'Ford', model: 'F-150', color: 'gray' }, 0); //=> 'gray 2015 Ford F-150'
 */
export function vehicleEn(v: Vehicle, detail: VehicleDetail): string {
  // with neither make nor model the type is the vehicle's noun at every detail ("tan pickup truck", not "tan")
  const typed = detail <= 1 || (v.make === undefined && v.model === undefined);
  const main = joinParts([v.color, detail <= 1 && v.year !== undefined ? String(v.year) : undefined, v.make, v.model, typed ? v.type : undefined], ' ');
  return detail === 0 ? joinParts([main, v.features]) : main;
}

/** A place that starts with its own preposition ("near Main St", "in front of the bank", "2 miles north of Tucson"). */
const LEADING_PREPOSITION_EN =
  /^(?:at|near|on|in|by|along|outside|inside|behind|across|between|off|under|underneath|over|beside|beyond|past|within|around|toward|towards|to|from|into|onto|via|through|opposite|just|close to|adjacent to|next to|in front of|(?:about|approximately|roughly) \d|\d+(?:\.\d+)? (?:miles?|mi|km) (?:(?:north|south|east|west)(?:east|west)?|[NSEW]{1,2}|from|of|past|outside|away|before|beyond)|\d+ blocks? (?:from|away|north|south|east|west)|(?:north|south|east|west)(?:east|west)? of|heading|headed|traveling|travelling|driving|going|fleeing|fled|running|walking|(?:north|south|east|west)bound)\s/i;
/** "3300 block of Montana Ave": an address block, "in the 3300 block" (text review 15: "last seen 3300 block of"). */
const BLOCK_EN = /^\d[\d,]* block\s/i;
/** "the 8200 block of …": already has its article (reader review 21t T13: "killed at the 8200 block"). */
const THE_BLOCK_EN = /^the \d[\d,]*(?:-\d[\d,]*)? blocks?\s/i;

/**
 * Whether an English place starts with its own preposition, so that no "at" or "near" goes before it.
 *
 * @param place - An English location.
 * @returns `true` for "behind the Holiday Inn", "2 miles north of Tucson"; `false` for "Main St and 5th Ave".
 * @example
 * leadsWithPrepositionEn('behind the Holiday Inn'); //=> true
 * leadsWithPrepositionEn('Holiday Inn'); //=> false
 */
export function leadsWithPrepositionEn(place: string): boolean {
  return LEADING_PREPOSITION_EN.test(place);
}

/** `Suspect 2`, `Suspects 1 and 2`. */
function suspectsEn(indexes: readonly number[]): string {
  return `Suspect${indexes.length > 1 ? 's' : ''} ${numbersList(indexes, 'and')}`;
}

/** A place that says "near" itself ("Calle Ocho near SW 17th Ave"). */
const NEAR_IN = /\bnear\b/i;

/**
 * A location that starts with a numbered road ("SR 20 at milepost 112", "I-70 EB near MM 104", "KY 15 near Hazard"):
 * the event happened "on" it (reader review 19t T30: "killed at SR 20 at milepost 112"); `prefix` is checked
 * against the state codes when it is two letters.
 */
const ROAD_LEAD_EN = /^(I|US|SR|SH|CR|FM|RM|Hwy|Highway|Route|Rte|Rt|Interstate|State Route|State Road|State Highway|County Road|[A-Z]{2})[- ]\d{1,4}[A-Z]?(?![\w-])/;
/** What follows a road that makes the location a crossing, said "at" ("I-25 and Colfax Ave", "US 36 / Wadsworth"). */
const CROSSING_EN = /^\s*(?:and|&|\/|@)\s/i;

function onRoad(place: string): boolean {
  const m = ROAD_LEAD_EN.exec(place);
  if (m === null) return false;
  const prefix = m[1] ?? '';
  if (prefix.length === 2 && prefix !== 'US' && prefix !== 'SR' && prefix !== 'SH' && prefix !== 'CR' && prefix !== 'FM' && prefix !== 'RM' && !STATE_CODE.test(prefix)) return false;
  return !CROSSING_EN.test(place.slice(m[0].length, m[0].length + 8));
}

function placeAfter(preposition: string, place: string, town = false): string {
  if (LEADING_PREPOSITION_EN.test(place)) return ` ${place}`;
  if (BLOCK_EN.test(place)) return ` in the ${place}`;
  if (THE_BLOCK_EN.test(place)) return ` in ${place}`;
  if (preposition === 'at' && onRoad(place)) return ` on ${place}`;
  // a town is where it happened "in", not "at" (text review 15: "Officer seriously injured at El Paso")
  return ` ${town && preposition === 'at' ? 'in' : preposition} ${place}`;
}

/** The CAP instruction: what to do when the suspects, the officer or a vehicle are seen, then the tip line. */
const instructionEn: Wording['instruction'] = ({ hasSuspects, plural, armed, missing, vehicles = 1, phone, web, armedOnly }) => {
  const who = plural ? 'the suspects' : 'the suspect';
  const veh = vehicles <= 0 ? '' : vehicles > 1 ? ' or the vehicles' : ' or the vehicle';
  const parts: string[] = [];
  if (hasSuspects) {
    // only the armed ones are called armed (reader review 19t T21: "Consider the suspects armed" for one of three)
    const armedWho = armedOnly === undefined ? who : suspectsEn(armedOnly.indexes).toLowerCase();
    if (armed) parts.push(`Consider ${armedWho} armed and dangerous.`);
    parts.push(`Do not approach or try to stop ${who}.`);
    parts.push(
      `If you see ${who}${missing ? `${veh === '' ? ' or' : ','} the officer` : ''}${veh}, call 911 immediately and say where and when you saw them.`,
    );
  } else if (missing) {
    parts.push(`If you see the officer${veh}, call 911 immediately and say where and when you saw them.`);
  }
  parts.push(phone === undefined ? 'If you have information, call 911.' : `If you have information, call 911 or the tip line at ${phone}.`);
  if (web !== undefined) parts.push(`Updates: ${web}`);
  return parts.join(' ');
};

/** The EAS required sentence (originator, areas, start and end) in capitals, as broadcast. */
const easRequiredEn: Wording['easRequired'] = ({ originator, areas, start, end, timeZone }) => {
  const startDate = dateLabelEn(start, timeZone, true).toUpperCase();
  const endText = sameLocalDay(start, end, timeZone)
    ? clockLabel(end, timeZone)
    : `${clockLabel(end, timeZone)} ON ${dateLabelEn(end, timeZone, true).toUpperCase()}`;
  return `${originator} HAS ISSUED A BLUE ALERT FOR THE FOLLOWING COUNTIES/AREAS: ${areas}; AT ${clockLabel(start, timeZone)} ON ${startDate} EFFECTIVE UNTIL ${endText}.`;
};

/**
 * The English wording.
 *
 * @example
 * english().alertName; //=> 'Blue Alert'
 */
export function english(): Wording {
  return {
    language: 'en-US',
    alertName: 'Blue Alert',
    eventName: 'Blue Alert',
    updateAlertName: 'Blue Alert update',
    updateEventName: 'Blue Alert update',
    updatePrefix: 'Update: ',
    // several suspects pose the threat together (reader review 19t T17)
    eventFull: (e, _female, _femaleSuspect, n = 1) => (e === 'imminent-threat' && n > 1 ? `${countWordEn(n)} suspects pose an imminent threat to law enforcement officers` : EVENT_FULL[e]),
    eventShort: (e) => EVENT_SHORT[e],
    atPlace: (p) => placeAfter('at', p),
    // ("at" before a place that says "near" itself: not "near Calle Ocho near SW 17th Ave", red team 13)
    eventPlace: (e, p, _female, town) => (e === 'officer-missing' ? `, last seen${placeAfter('at', p, town)}` : placeAfter(e === 'imminent-threat' && !NEAR_IN.test(p) ? 'near' : 'at', p, town)),
    suspectVehicleLabel: () => 'Suspect vehicle',
    atTime: (date, ref, tz, withZone) =>
      sameLocalDay(date, ref, tz) ? ` at ${whenLabelEn(date, ref, tz, withZone)}` : ` on ${dateLabelEn(date, tz, !sameLocalYear(date, ref, tz))} at ${withZone ? whenLabelEn(date, date, tz, true) : clockLabel(date, tz)}`,
    sinceTime: (date, ref, tz, withZone) =>
      sameLocalDay(date, ref, tz) ? `, last seen at ${whenLabelEn(date, ref, tz, withZone)}` : `, last seen ${dateLabelEn(date, tz, !sameLocalYear(date, ref, tz))} at ${withZone ? whenLabelEn(date, date, tz, true) : clockLabel(date, tz)}`,
    person: personEn,
    vehicle: vehicleEn,
    plate: (p) => `${p.partial === true ? 'partial ' : ''}${p.state === undefined ? '' : `${p.state} `}plate ${p.number}`,
    suspectLabel: (i, n) => (n > 1 ? `Suspect ${i + 1}` : 'Suspect'),
    vehicleLabel: 'Vehicle',
    aliasWord: 'aka',
    officerLabel: (name) => (name === undefined ? 'Officer' : `Officer ${name}`),
    officerVehicleLabel: "Officer's vehicle",
    lastSeenWords: () => 'Last seen',
    // a place that says where on it already ("… near X", "… cerca del Río Hondo") is "on" it, not "near" it
    nearPlace: (p) => (LEADING_PREPOSITION_EN.test(p) ? ` ${p}` : BLOCK_EN.test(p) ? ` in the ${p}` : /\b(near|at|cerca|frente)\b/i.test(p) ? ` on ${p}` : ` near ${p}`),
    officerVehicleShort: "Officer's car",
    direction: directionPhrase,
    event90: (e) => EVENT_90[e],
    head90: (alert, event, place, sender, tight, near) => {
      const where = place === undefined ? '' : ` ${near && !NEAR_IN.test(place) ? 'near' : 'in'} ${place}`;
      if (tight && place !== undefined) return `${place} ${alert}: ${event}.`;
      return `${sender === undefined ? '' : `${sender} `}${alert}: ${event}${where}.`;
    },
    plate90: (p, plateWord, state) => `${p.partial === true ? 'partial ' : ''}${state && p.state !== undefined ? `${p.state} ` : ''}${plateWord ? 'plate ' : ''}${p.number}`,
    vehicleOf90: (who, body) => (who === 'suspect' ? `Suspect: ${body}` : `Officer's car: ${body}`),
    suspect90: (onFoot) => (onFoot ? 'Suspect on foot' : 'Suspect'),
    suspects90: (n, onFoot) => `${n} suspects${onFoot === 0 ? '' : onFoot === n ? ' on foot' : `, ${onFoot} on foot`}`,
    count: (n) => `${n} suspects.`,
    vehicleOfSuspect: (ix) => `${suspectsEn(ix)} vehicle`,
    suspectsLabel: (ix) => suspectsEn(ix),
    sameVehicleAs: (j) => `same as suspect ${j + 1}'s`,
    noDescription: 'no description given',
    noAction: (status) => [`This is only ${status === 'Exercise' ? 'an' : 'a'} ${STATUS_NOTICE[status]}. No action needed.`, `${STATUS_NOTICE[status].charAt(0).toUpperCase()}${STATUS_NOTICE[status].slice(1)} only. No action needed.`, 'No action needed.'],
    onFootWords: 'on foot',
    tipsAndLink: (phone, link) =>
      phone !== undefined && link !== undefined ? `Tips: ${phone} or ${link}` : phone !== undefined ? `Tips: ${phone}.` : `More: ${link ?? ''}`,
    instructionNonActual: (status) =>
      `This is only ${status === 'Exercise' ? 'an' : 'a'} ${STATUS_NOTICE[status]} of the Blue Alert system. No action is needed; nobody is being sought.`,
    photoWord: (who, i, n) => (who === 'officer' ? 'Photo of the missing officer' : n > 1 ? `Photo of suspect ${i + 1}` : 'Photo of the suspect'),
    towards: (d) => `possibly toward ${d.join(' or ')}`,
    lastKnown: (p) => `Last known location: ${p}`,
    armed: (flagged, weapons) =>
      flagged ? (weapons === undefined ? 'Armed and dangerous' : `Armed (${weapons}) and dangerous`) : weapons === undefined || weapons === '' ? 'Armed' : `Armed: ${weapons}`,
    weaAction: (kind) =>
      kind === 'suspects'
        ? ['Do not approach. Call 911.']
        : kind === 'missing'
          ? ['If you see the officer, call 911.', 'If seen, call 911.']
          : ['If you have information, call 911.', 'Info: call 911.'],
    tips: (phone) => `Tips: ${phone}.`,
    until: (label) => `In effect until ${label}.`,
    whenLabel: whenLabelEn,
    headlineSuspectVehicle: (v) => `suspect vehicle ${v}`,
    areaSentence: (name, desc) =>
      name === undefined || name === desc || desc === '' ? `Alert area: ${desc === '' ? (name ?? '') : desc}.` : `Alert area: ${name} (${desc}).`,
    detailsWord: '',
    placeWord: 'Place',
    timeWord: 'Time',
    instruction: instructionEn,
    abbreviate,
    easOriginator: (org) => ORIGINATOR[org],
    easRequired: easRequiredEn,
    messageFrom: (sender) => `Message from ${sender}.`,
  };
}
