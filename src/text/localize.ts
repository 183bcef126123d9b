/**
 * The facts as a Spanish text sees them: the request's Spanish versions of free text (`es` objects) where given;
 * coded values and connecting words translated; English free text with no Spanish version left out of the phone
 * texts (`phone`) or marked "(en inglés: …)" in the description (`full`).
 */
import type { BlueAlertRequest, Suspect, Vehicle } from '../request/schema.js';
import type { TextFacts } from './facts.js';
import { foreignEs, type SpanishMode } from './es.js';
import { weaponsEs } from './es-values.js';
import { featuresEs } from './es-vehicle-parts.js';
import { directionEs } from './direction-es.js';
import { isTownName, locationEs, placeOf } from './place.js';
import { placeAfterEs } from './place-join-es.js';
import { phrasesToSpanish } from '../redaction/phrases.js';
import { STATE_ES } from './state-names.js';
import { table } from '../table.js';

/**
 * What the Spanish facts of one message have translated already: the phone and the full facts read the same
 * locations and area (one memo per `composeText` call, passed down; never kept between calls).
 *
 * @example
 * const memo: EsMemo = { location: new Map(), area: new Map() };
 */
export interface EsMemo {
  readonly location: Map<string, string | undefined>;
  readonly area: Map<string, string | undefined>;
}

/** Countries a suspect may head for, whose Spanish name differs (text review 15: "posiblemente hacia Mexico"). */
const COUNTRY_ES: Readonly<Record<string, string>> = table({ Mexico: 'México', Canada: 'Canadá', 'United States': 'Estados Unidos', 'the United States': 'Estados Unidos' });

/** `locationEs` through the memo; a state or country named alone in its Spanish name ("Nuevo México", "México"). */
function locEs(text: string, memo: EsMemo): string | undefined {
  if (memo.location.has(text)) return memo.location.get(text);
  const name = text.trim();
  const out = COUNTRY_ES[name] ?? STATE_ES[name] ?? locationEs(text);
  memo.location.set(text, out);
  return out;
}

function loc(en: string | undefined, es: string | undefined, mode: SpanishMode, memo: EsMemo): string | undefined {
  if (es !== undefined) return es;
  if (en === undefined) return undefined;
  const place = locEs(en, memo);
  // a place the redaction rewrote ("near an officer") reads in Spanish ("cerca de un agente")
  if (place !== undefined) return phrasesToSpanish(place);
  if (mode === 'full') return foreignEs(en, mode);
  const short = placeOf(en);
  if (short === undefined) return undefined;
  // a town the location is in ("en Aurora"); one it is only near ("PR-52 near Cayey": "cerca de Cayey")
  return `${short.near ? 'cerca de' : 'en'} ${phrasesToSpanish(short.place)}`;
}

/** A vehicle with its features in Spanish (the `es` version, else marked or left out). */
function vehicleEsFacts(v: Vehicle | undefined, mode: SpanishMode): Vehicle | undefined {
  if (v === undefined) return undefined;
  const { features, ...rest } = v;
  const f = v.es?.features ?? (features === undefined ? undefined : featuresEs(features)) ?? foreignEs(features, mode);
  return { ...rest, ...(f === undefined ? {} : { features: f }) };
}

/** "Orange County" or "Orleans Parish" alone as the Spanish place: "condado de Orange"; undefined for anything else. */
function countyEs(place: string, memo: EsMemo): string | undefined {
  if (!/^(?:\p{Lu}[\p{L}.'-]*\s){1,3}(?:County|Parish|Borough)$/u.test(place.trim())) return undefined;
  return areaEs(place, memo);
}

/** The tail of "X and surrounding counties" (after " and "). */
const AROUND = /^(?:the )?(?:surrounding|nearby|adjacent|neighboring) (counties|areas|communities|parishes|municipalities)$/iu;
const AROUND_ES: Readonly<Record<string, string>> = table({
  counties: 'condados aledaños', areas: 'áreas aledañas', communities: 'comunidades aledañas', parishes: 'parroquias aledañas', municipalities: 'municipios aledaños',
});

/**
 * An alert area in Spanish: "Polk, Orange and Osceola counties" gives "condados de Polk, Orange y Osceola", "Kent
 * County" gives "condado de Kent", "Orleans Parish" gives "parroquia de Orleans"; other areas as `locationEs` reads them.
 */
function areaEs(area: string, memo: EsMemo): string | undefined {
  // a trailing state code ("Kent County, MI") is kept as given
  const state = /,\s*([A-Z]{2})$/.exec(area.trim());
  if (state !== null) {
    const rest = areaEs(area.trim().slice(0, state.index), memo);
    return rest === undefined ? undefined : `${rest}, ${state[1] ?? ''}`;
  }
  const t = area.trim();
  if (/^statewide$/i.test(t)) return 'todo el estado';
  const counted = countedAreaEs(t);
  if (counted !== undefined) return counted;
  // "Atlanta and surrounding counties": "Atlanta y condados aledaños" (reader review 21t T17); the last " and " found
  // by a scan, the tail read by an anchored pattern (a lazy head before "and" was quadratic on long text)
  const and = t.toLowerCase().lastIndexOf(' and ');
  const around = and <= 0 ? null : AROUND.exec(t.slice(and + 5));
  if (around !== null) {
    const first = t.slice(0, and).trim();
    const head = areaEs(first, memo) ?? (isTownName(first) ? first : undefined);
    const noun = AROUND_ES[(around[1] ?? '').toLowerCase()];
    return head === undefined || noun === undefined ? undefined : `${head} y ${noun}`;
  }
  const units: readonly (readonly [RegExp, string, string])[] = [
    [/\scount(?:y|ies)$/i, 'condado', 'condados'],
    [/\sparish(?:es)?$/i, 'parroquia', 'parroquias'],
    [/\sboroughs?$/i, 'distrito', 'distritos'],
  ];
  // "Polk County, Orange County and Osceola County": the unit word after every name
  const parts = t.split(/,|\band\b|&/i).map((x) => x.trim()).filter((x) => x !== '');
  for (const [re, one, many] of units) {
    const names = parts.every((x) => re.test(x)) ? parts.map((x) => x.replace(re, '').trimEnd()) : re.test(t) ? undefined : null;
    if (names === null) continue;
    const named = names ?? parts.map((x, i) => (i === parts.length - 1 ? x.replace(re, '').trimEnd() : x));
    // a county named after a state reads its Spanish name ("Hawaii County": "condado de Hawái"; reader review 19t T06)
    const list = named.map((x) => STATE_ES[x] ?? x);
    if (named.some((x) => x === '' || (STATE_ES[x] === undefined && locEs(x, memo) !== x))) return undefined;
    const joined = list.length === 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} y ${list[list.length - 1] ?? ''}`;
    return `${list.length > 1 ? many : one} de ${joined}`;
  }
  // "Island of Oahu": "isla de Oahu"; "Island of Hawaii": "isla de Hawái" (reader review 21t T17)
  const island = /^(?:the )?island of /i.exec(t);
  if (island !== null) {
    const name = t.slice(island[0].length).trim();
    const es = STATE_ES[name] ?? (locEs(name, memo) === name ? name : undefined);
    return name !== '' && es !== undefined ? `isla de ${es}` : undefined;
  }
  const plain = locEs(t, memo);
  return plain === undefined || /\b(?:count(?:y|ies)|parish(?:es)?|boroughs?)\b/i.test(plain) ? undefined : plain;
}

/** The units of a counted area ("3 counties in Colorado") in Spanish: singular and plural. */
const UNIT_ES: Readonly<Record<string, readonly [string, string]>> = table({
  county: ['condado', 'condados'], parish: ['parroquia', 'parroquias'], borough: ['distrito', 'distritos'],
  municipio: ['municipio', 'municipios'], city: ['ciudad', 'ciudades'],
});
const UNIT_PLURAL: Readonly<Record<string, string>> = table({ counties: 'county', parishes: 'parish', boroughs: 'borough', municipios: 'municipio', cities: 'city' });

/**
 * A counted area as the area stage writes it without county names ("1 county in Puerto Rico", "3 counties in New
 * Mexico") in Spanish ("1 municipio de Puerto Rico", "3 condados de Nuevo México"), or `undefined` (text review 15:
 * left in English in the Spanish EAS).
 */
function countedAreaEs(area: string): string | undefined {
  const space = area.indexOf(' ');
  const n = Number(area.slice(0, space));
  const inAt = area.indexOf(' in ', space);
  if (space <= 0 || !Number.isInteger(n) || inAt < 0) return undefined;
  const word = area.slice(space + 1, inAt);
  const unit = UNIT_ES[UNIT_PLURAL[word] ?? word];
  if (unit === undefined) return undefined;
  const state = area.slice(inAt + 4);
  return `${n} ${n === 1 ? unit[0] : unit[1]} de ${STATE_ES[state] ?? state}`;
}

/** `areaEs` through the memo. */
function areaOf(area: string, memo: EsMemo): string | undefined {
  if (memo.area.has(area)) return memo.area.get(area);
  const out = areaEs(area, memo);
  memo.area.set(area, out);
  return out;
}

/** A Spanish direction given as a bare compass word ("sur") reads as a direction ("hacia el sur"); anything else as given. */
function compassEs(d: string): string {
  const t = d.trim();
  return /^(?:norte|sur|este|oeste|nor[eo]este|su[rd]este|su[rd]oeste)$/i.test(t) ? `hacia el ${t.toLowerCase()}` : t;
}

function suspectEs(s: Suspect, original: Suspect | undefined, mode: SpanishMode, memo: EsMemo): Suspect {
  const es = original?.es ?? s.es;
  const { direction, destinations, weapons, lastSeen, vehicle: v0, ...rest } = s;
  const vehicle = vehicleEsFacts(v0, mode);
  const dir = (es?.direction === undefined ? undefined : compassEs(es.direction)) ?? (direction === undefined ? undefined : (directionEs(direction, (x) => locEs(x, memo)) ?? foreignEs(direction, mode)));
  const dests = es?.destinations ?? destinations?.map((d) => locEs(d, memo) ?? foreignEs(d, mode)).filter((d): d is string => d !== undefined);
  // a weapon the phone text cannot name is still a weapon: '' keeps "Armado." (red team 13: the English said
  // "Armed: semi-automatic pistol." and the Spanish nothing)
  const weap = es?.weapons ?? (weapons === undefined ? undefined : (weaponsEs(weapons) ?? foreignEs(weapons, mode) ?? ''));
  const seenLoc = lastSeen === undefined ? undefined : loc(lastSeen.location, lastSeen.es?.location, mode, memo);
  const { location: _l, ...seenRest } = lastSeen ?? {};
  return {
    ...rest,
    ...(vehicle === undefined ? {} : { vehicle }),
    ...(dir === undefined ? {} : { direction: dir }),
    ...(dests === undefined || dests.length === 0 ? {} : { destinations: dests }),
    ...(weap === undefined ? {} : { weapons: weap }),
    ...(lastSeen === undefined ? {} : { lastSeen: { ...seenRest, ...(seenLoc === undefined ? {} : { location: seenLoc }) } }),
  };
}

/**
 * Spanish facts from the English ones and the public request.
 *
 * @param f - The facts (English).
 * @param r - The public request (for the `es` versions).
 * @param mode - `phone` (leave English out) or `full` (mark it).
 * @param memo - Translations already made for this message (the other mode's call shares them).
 * @returns The facts for a Spanish text.
 * @example
 * localizeEs(facts, request, 'phone').incidentLocation; //=> 'PR-52 cerca de Cayey'
 */
export function localizeEs(f: TextFacts, r: BlueAlertRequest, mode: SpanishMode, memo: EsMemo = { location: new Map(), area: new Map() }): TextFacts {
  const ies = r.incident.es;
  const suspects = f.suspects.map((s, i) => suspectEs(s, r.suspects[i], mode, memo));
  const weapons = [...new Set(suspects.map((s) => s.weapons).filter((w): w is string => w !== undefined && w !== ''))];
  const summary = ies?.summary ?? foreignEs(f.summary, mode);
  const incidentLocation = loc(f.incidentLocation, ies?.location, mode, memo);
  const areaName = r.area.es?.description ?? (f.areaName === undefined ? undefined : (areaOf(f.areaName, memo) ?? foreignEs(f.areaName, mode)));
  const officer =
    f.officer === undefined
      ? undefined
      : (() => {
          const { lastKnownLocation, vehicle: ov, ...o } = f.officer;
          const l = loc(lastKnownLocation, undefined, mode, memo);
          const v = vehicleEsFacts(ov, mode);
          return { ...o, ...(v === undefined ? {} : { vehicle: v }), ...(l === undefined ? {} : { lastKnownLocation: l }) };
        })();
  const shortName = r.issuer.shortNameEs ?? f.shortName;
  // the resolved area description is the English area.description unless counties named it: use the Spanish one
  // (the English description is never repeated after its Spanish form: it is the area name, already given once)
  // (counties the area stage named or counted read in Spanish too: "condados de Denver y Adams, CO", "1 municipio de
  // Puerto Rico"; text review 15 found "1 county in Puerto Rico" in the Spanish EAS)
  const areaDesc = f.areaDesc === f.areaName && areaName !== undefined ? areaName : (areaOf(f.areaDesc, memo) ?? f.areaDesc);
  // a town's name is a proper noun: the Spanish phone texts name it as written (text review 15: "Agente gravemente
  // herido." without the "Tucson" the English gives)
  // (a county is "condado de Orange": reader review 21t T20, "en Orange County")
  const place = ies?.place ?? (f.place === undefined ? undefined : (countyEs(f.place, memo) ?? locEs(f.place, memo) ?? (isTownName(f.place) ? f.place : foreignEs(f.place, mode))));
  const { summary: _s, incidentLocation: _i, areaName: _a, officer: _o, weapons: _w, shortName: _n, place: _p, ...rest } = f;
  return {
    ...rest,
    areaDesc,
    suspects,
    ...(summary === undefined ? {} : { summary }),
    // a location the phone text cannot say in Spanish and that names no town: the place it is in ("en el condado de
    // Harris"), never no place at all (reader review 21t T20)
    ...(incidentLocation !== undefined
      ? { incidentLocation }
      : mode === 'phone' && f.incidentLocation !== undefined && place !== undefined && !place.startsWith('(')
        ? { incidentLocation: placeAfterEs('en', place, true).trim() }
        : {}),
    ...(areaName === undefined ? {} : { areaName }),
    ...(officer === undefined ? {} : { officer }),
    ...(weapons.length === 0 ? {} : { weapons: weapons.join(', ') }),
    ...(shortName === undefined ? {} : { shortName }),
    ...(place === undefined ? {} : { place }),
  };
}
