/**
 * How each request field is read by the redaction: by its meaning, not by a list of what to scan. Every string
 * not listed here is free text and is scanned in full.
 */
import { toPath } from '../errors.js';
import type { ScanMode } from './matcher.js';

/**
 * What the redaction does with one field: scan it in a mode, leave it (machine values, released identity) or
 * drop it whole when it holds identity (addresses).
 *
 * @example
 * const m: FieldMode = 'place';
 */
export type FieldMode = ScanMode | 'skip' | 'drop';

/**
 * Whether a mode reads prose: free text, or free text describing a suspect or their vehicle (`suspect`: there an
 * untitled name part is withheld as "[name withheld]", never "an officer", which would say something false about
 * the suspect: red team 13, "wearing An officer Nationals cap").
 *
 * @example
 * isProse('suspect'); //=> true
 */
export function isProse(mode: FieldMode): boolean {
  return mode === 'free' || mode === 'suspect';
}

/**
 * Structured values a person can be written into (red team 17: "hair: Officer Okafur", "vehicle type: patrol car of
 * Officer Dani"); not a make or model, whose names are often titles ("Isuzu Trooper LS", "Ford Ranger XLT").
 */
const PERSON_STRUCTURED: ReadonlySet<string> = new Set(['hair', 'eyes', 'color', 'type', 'sex', 'race']);

/**
 * Whether a field can name a person, so the titled-name pass and the other-script refusal read it: prose,
 * location fields, and structured values a person can be written into (hair, eyes, colour, vehicle type, sex, race).
 *
 * @example
 * namesPeople('suspects[].description.hair', 'structured'); //=> true
 * namesPeople('suspects[].vehicle.model', 'structured'); //=> false
 */
export function namesPeople(normalized: string, mode: FieldMode = fieldMode(normalized)): boolean {
  if (isProse(mode) || mode === 'place') return true;
  return mode === 'structured' && PERSON_STRUCTURED.has(normalized.slice(normalized.lastIndexOf('.') + 1));
}

/** Machine fields: codes, times, enumerations, identifiers, plates. */
const SKIP = new Set([
  '$schema', 'event', 'status', 'issuer.sender', 'issuer.timeZone', 'issuer.easOrg', 'issuer.cogId', 'area.same[]',
  'area.fips[]', 'languages[]', 'wea.handling', 'incidents[]', 'expires', 'incident.occurredAt', 'suspects[].lastSeen.at',
  'suspects[].vehicle.plate.state', 'suspects[].vehicle.plate.number', 'officer.vehicle.plate.state',
  'officer.vehicle.plate.number',
  // released identity of a missing officer (withheld ones are gone before the scan)
  'officer.name', 'officer.aliases[]', 'officer.rank', 'officer.title', 'officer.badge', 'officer.photoUrl',
]);
/** Names of agencies and of suspects: a lone name part is kept unless a title stands before it. */
const INSTITUTIONAL = new Set(['issuer.name', 'requestingAgency.name', 'officer.agency', 'suspects[].name', 'suspects[].alias']);
/** Location fields: a place named like the officer ("Aurora", "Rose Hill Cemetery") is a place. */
const PLACE = new Set([
  'incident.location', 'suspects[].lastSeen.location', 'suspects[].destinations[]', 'suspects[].direction',
  'officer.lastKnownLocation',
]);
/**
 * Structured values: vehicle make, model, colour, type, year; measurements; phone numbers. Matched on the last
 * segment of the path (after its last dot), as `/(?:^|\.)(?:make|…|phone)$/` would, with a set lookup.
 */
const STRUCTURED = new Set(['make', 'model', 'color', 'type', 'year', 'sex', 'race', 'age', 'height', 'weight', 'hair', 'eyes', 'phone']);
/** Addresses dropped whole when they hold identity, by the last segment of the path. */
const DROP = new Set(['photoUrl', 'web', 'email']);

/**
 * The mode of a field, by its path with array indexes written `[]`.
 *
 * @example
 * fieldMode('suspects[].vehicle.make'); //=> 'structured'
 */
export function fieldMode(normalized: string): FieldMode {
  if (SKIP.has(normalized)) return 'skip';
  if (INSTITUTIONAL.has(normalized)) return 'institutional';
  if (PLACE.has(normalized)) return 'place';
  const last = normalized.slice(normalized.lastIndexOf('.') + 1);
  if (DROP.has(last)) return 'drop';
  if (STRUCTURED.has(last)) return 'structured';
  return normalized.startsWith('suspects[].') && (normalized.includes('.description.') || normalized.includes('.vehicle.')) ? 'suspect' : 'free';
}

/**
 * Whether a path (indexes written `[]`) is inside a Spanish version of free text (`incident.es.summary`,
 * `suspects[].es.weapons`, `text.es.wea90`): one of its dot-separated segments is `es`, what
 * `/(?:^|\.)es(?:\.|$)/` tests, without a regex run per field.
 *
 * @example
 * isSpanishField('incident.es.summary'); //=> true
 * isSpanishField('suspects[].weapons'); //=> false
 */
export function isSpanishField(normalized: string): boolean {
  return normalized === 'es' || normalized.startsWith('es.') || normalized.endsWith('.es') || normalized.includes('.es.');
}

/**
 * A visitor of every string of a JSON-like value: returns the new string, or `undefined` to remove it.
 *
 * @example
 * const v: Visit = (path, normalized, value) => value.trim();
 */
export type Visit = (path: string, normalized: string, value: string) => string | undefined;

/**
 * Copies a JSON-like value, passing every string through `visit`; `undefined` removes the string.
 *
 * @example
 * mapStrings({ a: ['x'] }, [], (_p, _n, v) => v.toUpperCase()); //=> { a: ['X'] }
 */
export function mapStrings(value: unknown, segments: readonly (string | number)[], visit: Visit): unknown {
  const path = toPath(segments);
  return mapAt(value, path, path.replace(INDEX, '[]'), visit);
}

const INDEX = /\[\d+\]/g;

/**
 * The walk of `mapStrings`, with the path and its normalised form (indexes as `[]`) built as it descends: one
 * string concatenation a level instead of a segment array copied and joined for every string (measured: the
 * copying walk was ~10% of a redaction).
 */
function mapAt(value: unknown, path: string, normalized: string, visit: Visit): unknown {
  if (typeof value === 'string') return visit(path, normalized, value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    const inner = `${normalized}[]`;
    for (let i = 0; i < value.length; i++) {
      const m = mapAt(value[i], `${path}[${i}]`, inner, visit);
      if (m !== undefined) out.push(m);
    }
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const key = k.includes('[') ? k.replace(INDEX, '[]') : k;
      const m = mapAt((value as Record<string, unknown>)[k], path === '' ? k : `${path}.${k}`, normalized === '' ? key : `${normalized}.${key}`, visit);
      if (m !== undefined) out[k] = m;
    }
    return out;
  }
  return value;
}
