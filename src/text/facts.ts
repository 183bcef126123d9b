/**
 * The language-neutral facts an alert text is written from, taken from the public (already redacted) request.
 */
import type { BlueAlertRequest, PersonDescription, Suspect, Vehicle } from '../request/schema.js';
import { parseIsoDateTime } from '../time/zone.js';
import { collapseSpaces } from './fit.js';
import { placeOf } from './place.js';
import { isBareCompass, isOnFoot } from './direction-es.js';

/**
 * What the public may know about a missing officer (only for `officer-missing`; the name only when released).
 *
 * @example
 * const o: MissingOfficerFacts = { lastKnownLocation: 'Hwy 50 near Canon City' };
 */
export interface MissingOfficerFacts {
  readonly name?: string;
  readonly description?: PersonDescription;
  readonly vehicle?: Vehicle;
  readonly lastKnownLocation?: string;
}

/**
 * Facts for the text composer.
 *
 * @example
 * const f: TextFacts = extractFacts(ctx);
 */
export interface TextFacts {
  readonly event: BlueAlertRequest['event'];
  /** The message status: an Exercise, Test or Draft says so in every text and never sends people to 911. */
  readonly status: BlueAlertRequest['status'];
  /** The short name the public knows (`issuer.shortName`, or `shortNameEs` in Spanish), when given. */
  readonly shortName?: string;
  /** The town or city for the short texts (`incident.place`, else derived from the locations). */
  readonly place?: string;
  /** The location is only near `place` ("north of Pueblo", "cerca de Cayey"): the 90 says "near", not "in". */
  readonly placeNear?: boolean;
  /** Per suspect: on foot; direction only a compass word (says nothing without a road or destination). */
  readonly suspectMeta: readonly { readonly onFoot: boolean; readonly bareDirection: boolean }[];
  /** The message updates an earlier one (CAP msgType `Update`). */
  readonly update: boolean;
  readonly sender: string;
  readonly timeZone: string;
  readonly sent: Date;
  readonly expires: Date;
  readonly occurredAt?: Date;
  readonly incidentLocation?: string;
  readonly summary?: string;
  /** The plain area name (`area.description`), if the request gave one. */
  readonly areaName?: string;
  /** The resolved `areaDesc`. */
  readonly areaDesc: string;
  /** The places an EAS device would list for the SAME codes ("Denver, CO; Adams, CO"), when known. */
  readonly easAreas?: string;
  readonly suspects: readonly Suspect[];
  readonly officer?: MissingOfficerFacts;
  readonly phone?: string;
  readonly web?: string;
  /** Any suspect flagged armed and dangerous. */
  readonly armed: boolean;
  /** Weapons named for any suspect, joined. */
  readonly weapons?: string;
}

function clean(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const c = collapseSpaces(s);
  return c === '' ? undefined : c;
}

const TRAILING = new Set([',', ';', ':', '-', '\u2013', '\u2014']);
const WHITE = /^\s$/;
/** Removes trailing whitespace, commas, semicolons, colons and dashes: a scan from the end, linear. */
function trimTrailing(text: string): string {
  let e = text.length;
  while (e > 0 && (TRAILING.has(text.charAt(e - 1)) || WHITE.test(text.charAt(e - 1)))) e--;
  return text.slice(0, e);
}

/**
 * A detail value as it can stand after a label ("Vehicle: …"): spaces collapsed, stray punctuation at its ends
 * removed (a form field holding ". 0" or "-"), and nothing at all when no letter or digit is left.
 */
function tidy(s: string): string | undefined {
  const c = trimTrailing(collapseSpaces(s).replace(/^[\s.,;:!?\-\u2013\u2014]+/, ''));
  // a value the agency does not know says nothing: never "unknown unknown male", "CO plate unknown", "Armed: unknown"
  if (UNKNOWN.test(c)) return undefined;
  // a compatibility symbol such as "℀" counts by its letters (a/c), as the GSM text will write it; an ASCII letter
  // or digit is one (NFKD leaves it as it is), so most values need no normalisation
  return /[A-Za-z0-9]/.test(c) || /[\p{L}\p{N}]/u.test(c.normalize('NFKD')) ? c : undefined;
}

/** Compass abbreviations as words. */
const COMPASS_SHORT: ReadonlyMap<string, string> = new Map([
  ['N', 'north'], ['S', 'south'], ['E', 'east'], ['W', 'west'], ['NE', 'northeast'], ['NW', 'northwest'], ['SE', 'southeast'],
  ['SW', 'southwest'], ['NB', 'northbound'], ['SB', 'southbound'], ['EB', 'eastbound'], ['WB', 'westbound'],
]);

/** Values that say the agency does not know ("unknown", "N/A", "desconocido", "?"). */
// ("unknown direction": red team 13, "heading unknown direction")
const UNKNOWN = /^(?:unknown|unk|n\/?a|none|not known|unidentified|tbd|\?+|desconocid[oa]s?|se desconoce|no se sabe|sin datos|(?:unknown|unk) (?:direction|heading)|direction (?:unknown|unk)|direcci[oó]n desconocida)\.?$/i;

/** Every string of a suspect's or officer's details tidied (a plate number is kept as written); empty ones dropped. */
type Plate = NonNullable<Vehicle['plate']>;

/**
 * A plate whose number already starts with its state's code (a boat's registration "AK 4471 AB") without the state
 * written apart, or the texts say it twice ("AK AK 4471 AB": reader review 19t T25).
 */
function withoutDoubledState(p: Plate): Plate {
  const state = p.state?.trim().toUpperCase();
  if (state === undefined || state === '') return p;
  const n = p.number.trimStart().toUpperCase();
  if (!n.startsWith(state) || !/^[\s-]/.test(n.slice(state.length))) return p;
  const { state: _s, ...rest } = p;
  return rest;
}

function tidyDetails<T>(value: T): T {
  if (typeof value === 'string') return tidy(value) as T;
  if (Array.isArray(value)) return value.map(tidyDetails).filter((v) => v !== undefined) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const t = k === 'number' && typeof v === 'string' ? (UNKNOWN.test(v.trim()) ? undefined : clean(v)) : tidyDetails(v);
      // a plate without its number (the redaction removed one that held the badge) says nothing: it goes whole,
      // or the text would read "CO plate undefined"
      if (k === 'plate' && (t === undefined || (t as { number?: unknown }).number === undefined)) continue;
      if (t !== undefined) out[k] = k === 'plate' ? withoutDoubledState(t as Plate) : t;
    }
    return out as T;
  }
  return value;
}

/** Area descriptions that are a scope, not a place. */
const WIDE_AREA = /^(?:the\s+)?(?:entire\s+|whole\s+)?(?:state(?:-?wide)?|nation(?:-?wide)?|county(?:-?wide)?|region(?:al)?|all\s+counties|todo\s+el\s+estado|toda\s+la\s+isla|island-?wide)$/i;

/** An area description short enough to stand as the place ("Denver"), else nothing ("Denver metro area" is fine). */
function areaPlace(description: string | undefined): string | undefined {
  const d = clean(description);
  // "Statewide", "All counties" name no place a reader can look for ("officer killed in Statewide": red team)
  return d !== undefined && d.length <= 24 && !/\d/.test(d) && !WIDE_AREA.test(d) ? d : undefined;
}

/**
 * A suspect without the destinations the direction already names ("south toward Nogales" and destinations Nogales,
 * Mexico: "possibly toward Mexico", not "…toward Nogales, possibly toward Nogales or Mexico": reader review 21t T18).
 */
function withoutNamedDestinations<S extends { direction?: string | undefined; destinations?: readonly string[] | undefined }>(s: S): S {
  if (s.direction === undefined || s.destinations === undefined || s.destinations.length === 0) return s;
  const words = ` ${s.direction.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const named = (d: string): boolean => {
    const k = d.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    return k !== '' && words.includes(` ${k} `);
  };
  if (!s.destinations.some(named)) return s;
  const { destinations, ...rest } = s;
  const left = destinations.filter((d) => !named(d));
  return (left.length === 0 ? rest : { ...rest, destinations: left }) as S;
}

/**
 * Collects the facts from the request. For `officer-missing`, officer details are read only as far as the public
 * request carries them (the redaction stage has already applied the release list); the name additionally needs
 * `releaseApproved` or `release.name`. For every other event the officer object is never read.
 *
 * @example
 * extractFacts({ request, sent, expires, area }).suspects.length; //=> 1
 */
export function extractFacts(input: {
  readonly request: BlueAlertRequest;
  readonly sent: Date;
  readonly expires: Date;
  readonly areaDesc: string;
  readonly locationNames?: readonly string[];
  readonly update?: boolean;
}): TextFacts {
  const r = input.request;
  const occurredAt = r.incident.occurredAt === undefined ? undefined : parseIsoDateTime(r.incident.occurredAt);
  let officer: MissingOfficerFacts | undefined;
  if (r.event === 'officer-missing' && r.officer !== undefined) {
    const o = r.officer;
    const nameReleased = o.releaseApproved === true || o.release?.name === true;
    const name = nameReleased ? clean(o.name) : undefined;
    const loc = clean(o.lastKnownLocation);
    officer = {
      ...(name === undefined ? {} : { name }),
      ...(o.description === undefined ? {} : { description: tidyDetails(o.description) }),
      ...(o.vehicle === undefined ? {} : { vehicle: tidyDetails(o.vehicle) }),
      ...(loc === undefined ? {} : { lastKnownLocation: loc }),
    };
  }
  // (a direction the agency does not know, "unknown", is already gone: `tidy` drops such values)
  const suspects = r.suspects.map((x): (typeof r.suspects)[number] => {
    const t = tidyDetails(x);
    // a compass abbreviation reads as the word ("heading E" -> "heading east"; "EB" -> "eastbound")
    const compass = t.direction === undefined ? undefined : COMPASS_SHORT.get(t.direction.trim().toUpperCase().replace(/[./\s]/g, ''));
    return withoutNamedDestinations(compass === undefined ? t : { ...t, direction: compass });
  });
  const weapons = suspects.map((x) => clean(x.weapons)).filter((w): w is string => w !== undefined);
  const opt = <K extends string, V>(k: K, v: V | undefined): { [P in K]?: V } =>
    (v === undefined ? {} : { [k]: v }) as { [P in K]?: V };
  const given = clean(r.incident.place);
  const wide = areaPlace(r.area.description);
  const found =
    (given === undefined ? undefined : { place: given, near: false }) ??
    placeOf(r.incident.location) ??
    (r.event === 'officer-missing' ? placeOf(officer?.lastKnownLocation) : undefined) ??
    suspects.map((x) => placeOf(x.lastSeen?.location)).find((x) => x !== undefined) ??
    placeOf(officer?.lastKnownLocation) ??
    (wide === undefined ? undefined : { place: wide, near: false });
  const place = found?.place;
  const suspectMeta = suspects.map((x) => ({
    onFoot: isOnFoot(x.direction),
    bareDirection: x.direction !== undefined && isBareCompass(x.direction),
  }));
  return {
    event: r.event,
    status: r.status,
    suspectMeta,
    ...opt('shortName', clean(r.issuer.shortName)),
    ...opt('place', place),
    ...(found?.near === true ? { placeNear: true } : {}),
    update: input.update === true,
    sender: collapseSpaces(r.issuer.name),
    timeZone: r.issuer.timeZone,
    sent: input.sent,
    expires: input.expires,
    areaDesc: collapseSpaces(input.areaDesc),
    ...opt('easAreas', input.locationNames === undefined || input.locationNames.length === 0 ? undefined : input.locationNames.join('; ')),
    suspects,
    armed: suspects.some((x) => x.armedAndDangerous === true),
    ...opt('occurredAt', occurredAt),
    ...opt('incidentLocation', clean(r.incident.location)),
    ...opt('summary', clean(r.incident.summary)),
    ...opt('areaName', clean(r.area.description)),
    ...opt('officer', officer),
    ...opt('phone', clean(r.issuer.phone)),
    ...opt('web', clean(r.issuer.web)),
    ...opt('weapons', weapons.length > 0 ? [...new Set(weapons)].join(', ') : undefined),
  };
}
