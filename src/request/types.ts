/**
 * The request as named TypeScript interfaces, so editors print `BlueAlertRequestInput` (not an anonymous zod type)
 * and an inline object literal with a typo fails to compile. `test/types/request-types.test-d.ts` proves these
 * equal the zod schema's input and output types, so the two cannot drift apart.
 */
import type { BLUE_ALERT_EVENTS, EAS_ORG_CODES, LANGUAGES, REQUEST_STATUSES, WEA_HANDLING } from './schema.js';

/**
 * The event of a request.
 *
 * @example
 * const e: BlueAlertEvent = 'officer-missing';
 */
export type BlueAlertEvent = (typeof BLUE_ALERT_EVENTS)[number];

/**
 * The CAP `status` a request may ask for.
 *
 * @example
 * const s: RequestStatus = 'Exercise';
 */
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * A SAME originator code (47 CFR 11.31(d)).
 *
 * @example
 * const o: EasOriginator = 'CIV';
 */
export type EasOriginator = (typeof EAS_ORG_CODES)[number];

/**
 * A WEA handling class IPAWS accepts for BLU.
 *
 * @example
 * const h: WeaHandling = 'Imminent Threat';
 */
export type WeaHandling = (typeof WEA_HANDLING)[number];

/**
 * A language we write an `<info>` block for.
 *
 * @example
 * const l: RequestLanguage = 'es-US';
 */
export type RequestLanguage = (typeof LANGUAGES)[number];

/**
 * A person's description (a suspect's, or a missing officer's).
 *
 * @example
 * const d: PersonDescription = { sex: 'male', age: '30-35', clothing: 'black hoodie' };
 */
export interface PersonDescription {
  sex?: string | undefined;
  race?: string | undefined;
  /** Years (0-130) or text such as "30-35". */
  age?: number | string | undefined;
  height?: string | undefined;
  weight?: string | undefined;
  hair?: string | undefined;
  eyes?: string | undefined;
  clothing?: string | undefined;
  marks?: string | undefined;
  other?: string | undefined;
  /** Spanish versions of the free text; Spanish texts use them instead of the English. */
  es?: PersonDescriptionEs | undefined;
}

/**
 * Spanish versions of a person's free-text description.
 *
 * @example
 * const es: PersonDescriptionEs = { clothing: 'sudadera negra con capucha' };
 */
export interface PersonDescriptionEs {
  hair?: string | undefined;
  eyes?: string | undefined;
  clothing?: string | undefined;
  marks?: string | undefined;
  other?: string | undefined;
}

/**
 * A licence plate; `partial: true` when only part of the number is known.
 *
 * @example
 * const p: LicensePlate = { state: 'CO', number: 'ABC1234' };
 */
export interface LicensePlate {
  state?: string | undefined;
  number: string;
  partial?: boolean | undefined;
}

/**
 * A vehicle (suspect's or missing officer's).
 *
 * @example
 * const v: Vehicle = { year: 2015, make: 'Ford', model: 'F-150', plate: { state: 'CO', number: 'ABC1234' } };
 */
export interface Vehicle {
  /** A year 1900-2100, or text such as "2010s". */
  year?: number | string | undefined;
  make?: string | undefined;
  model?: string | undefined;
  color?: string | undefined;
  type?: string | undefined;
  plate?: LicensePlate | undefined;
  features?: string | undefined;
  /** Spanish versions of the vehicle's free text. */
  es?: { color?: string | undefined; type?: string | undefined; features?: string | undefined } | undefined;
}

/**
 * Where and when a suspect was last seen.
 *
 * @example
 * const l: LastSeen = { at: '2026-11-22T14:12:00-07:00', location: 'I-70 eastbound at Colorado Blvd', lat: 39.78, lon: -104.94 };
 */
export interface LastSeen {
  at?: string | undefined;
  location?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
  /** Spanish version of the location text. */
  es?: { location?: string | undefined } | undefined;
}

/**
 * One suspect of a request.
 *
 * @example
 * const s: Suspect = { name: 'John Doe', direction: 'east' };
 */
export interface Suspect {
  name?: string | undefined;
  alias?: string | undefined;
  description?: PersonDescription | undefined;
  vehicle?: Vehicle | undefined;
  lastSeen?: LastSeen | undefined;
  direction?: string | undefined;
  destinations?: string[] | undefined;
  weapons?: string | undefined;
  armedAndDangerous?: boolean | undefined;
  photoUrl?: string | undefined;
  /** Spanish versions of the suspect's free text. */
  es?: { direction?: string | undefined; destinations?: string[] | undefined; weapons?: string | undefined } | undefined;
}

/**
 * Which officer details a missing-officer alert may release (the finer release list).
 *
 * @example
 * const r: OfficerReleaseList = { name: true, photo: true, badge: false };
 */
export interface OfficerReleaseList {
  name?: boolean | undefined;
  rank?: boolean | undefined;
  badge?: boolean | undefined;
  description?: boolean | undefined;
  vehicle?: boolean | undefined;
  lastKnownLocation?: boolean | undefined;
  photo?: boolean | undefined;
}

/**
 * The officer part of a request. Private unless the officer is missing and release is approved.
 *
 * @example
 * const o: Officer = { name: 'Jane Roe', rank: 'Sergeant', badge: '4411' };
 */
export interface Officer {
  name?: string | undefined;
  badge?: string | undefined;
  rank?: string | undefined;
  title?: string | undefined;
  agency?: string | undefined;
  injuries?: string | undefined;
  description?: PersonDescription | undefined;
  vehicle?: Vehicle | undefined;
  lastKnownLocation?: string | undefined;
  photoUrl?: string | undefined;
  aliases?: string[] | undefined;
  releaseApproved?: boolean | undefined;
  release?: OfficerReleaseList | undefined;
}

/**
 * A GeoJSON position `[longitude, latitude]` (RFC 7946), optionally with an altitude.
 *
 * @example
 * const p: GeoJsonPosition = [-104.99, 39.74];
 */
export type GeoJsonPosition = [number, number, ...number[]];

/**
 * A GeoJSON Polygon: rings of positions, the first the boundary (closed: first = last).
 *
 * @example
 * const g: PolygonGeometry = { type: 'Polygon', coordinates: [[[-105.1, 39.6], [-104.6, 39.6], [-104.6, 39.9], [-105.1, 39.6]]] };
 */
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: GeoJsonPosition[][];
  bbox?: number[] | undefined;
}

/**
 * A GeoJSON MultiPolygon.
 *
 * @example
 * const g: MultiPolygonGeometry = { type: 'MultiPolygon', coordinates: [[[[-105.1, 39.6], [-104.6, 39.6], [-104.6, 39.9], [-105.1, 39.6]]]] };
 */
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: GeoJsonPosition[][][];
  bbox?: number[] | undefined;
}

/**
 * A circle of the area.
 *
 * @example
 * const c: AreaCircle = { lat: 39.74, lon: -104.99, radiusKm: 40 };
 */
export interface AreaCircle {
  lat: number;
  lon: number;
  radiusKm: number;
}

/**
 * How far the suspect could be: `radiusKm`, or `hours` x `speedKmh`, around a point.
 *
 * @example
 * const r: AreaReach = { lat: 39.78, lon: -104.94, hours: 1.5, speedKmh: 100 };
 */
export interface AreaReach {
  lat: number;
  lon: number;
  hours?: number | undefined;
  speedKmh?: number | undefined;
  radiusKm?: number | undefined;
}

/**
 * The target area part of a request: at least one of `same`, `fips`, `geometry`, `circles`, `reach`.
 *
 * @example
 * const a: RequestArea = { description: 'Denver metro area', same: ['008031'] };
 */
export interface RequestArea {
  description?: string | undefined;
  /** Spanish version of the area description. */
  es?: { description?: string | undefined } | undefined;
  same?: string[] | undefined;
  fips?: string[] | undefined;
  geometry?: PolygonGeometry | MultiPolygonGeometry | undefined;
  circles?: AreaCircle[] | undefined;
  reach?: AreaReach | undefined;
}

/**
 * The reviewer's activation checklist; a criterion left out is "unknown".
 *
 * @example
 * const c: ActivationCriteria = { officerStatusConfirmed: true, suspectApprehended: false };
 */
export interface ActivationCriteria {
  requestedByPrimaryAgency?: boolean | undefined;
  officerStatusConfirmed?: boolean | undefined;
  suspectApprehended?: boolean | undefined;
  sufficientSuspectDescription?: boolean | undefined;
  threatImminentAndCredible?: boolean | undefined;
  suspectWanted?: boolean | undefined;
  missingInConnectionWithDuties?: boolean | undefined;
  indicationOfSeriousInjuryOrDeath?: boolean | undefined;
  suspectFled?: boolean | undefined;
  lifeThreateningInjury?: boolean | undefined;
}

/**
 * A contact person of the requesting agency.
 *
 * @example
 * const p: ContactPerson = { name: 'Lt. A. Smith', phone: '303-555-0100' };
 */
export interface ContactPerson {
  name?: string | undefined;
  title?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
}

/**
 * The agency that asks for the alert.
 *
 * @example
 * const a: RequestingAgency = { name: 'Denver Police Department' };
 */
export interface RequestingAgency {
  name: string;
  requestingOfficial?: ContactPerson | undefined;
  investigatingOfficial?: ContactPerson | undefined;
}

/**
 * The incident: when, where, what happened.
 *
 * @example
 * const i: Incident = { occurredAt: '2026-11-22T14:05:00-07:00', summary: 'An officer was shot during a traffic stop.' };
 */
export interface Incident {
  occurredAt?: string | undefined;
  location?: string | undefined;
  /** The town or city people know ("Denver"); else derived from the incident and last-seen locations. */
  place?: string | undefined;
  summary?: string | undefined;
  /** Spanish versions of the incident's free text. */
  es?: { location?: string | undefined; place?: string | undefined; summary?: string | undefined } | undefined;
}

/**
 * Optional overrides of the generated texts; still checked and still redacted.
 *
 * @example
 * const t: TextOverrides = { wea90: 'Blue Alert: gray Ford F-150 CO ABC1234. Call 911.' };
 */
export interface TextOverrides {
  headline?: string | undefined;
  description?: string | undefined;
  instruction?: string | undefined;
  wea90?: string | undefined;
  wea360?: string | undefined;
  eas?: string | undefined;
  /** Spanish overrides, checked like the English ones. */
  es?: TextOverridesEs | undefined;
}

/**
 * Spanish overrides of the generated texts.
 *
 * @example
 * const es: TextOverridesEs = { wea90: 'Alerta Azul: Ford F-150 gris CO ABC1234. No se acerque. Llame al 911.' };
 */
export interface TextOverridesEs {
  headline?: string | undefined;
  description?: string | undefined;
  instruction?: string | undefined;
  wea90?: string | undefined;
  wea360?: string | undefined;
}

/**
 * A changeable message sign's layout (MUTCD 2L): lines per phase, characters per line, phases.
 *
 * @example
 * const d: DmsLayout = { lines: 3, chars: 18, phases: 2 };
 */
export interface DmsLayout {
  lines?: number | undefined;
  chars?: number | undefined;
  phases?: number | undefined;
}

/**
 * The issuing authority as callers write it (`easOrg` may be left out).
 *
 * @example
 * const i: IssuerInput = { name: 'Colorado Bureau of Investigation', sender: 'cbi.bluealert@state.co.us', timeZone: 'America/Denver' };
 */
export interface IssuerInput {
  name: string;
  sender: string;
  /** IANA time zone; every CAP time is written in its offset. */
  timeZone: string;
  web?: string | undefined;
  phone?: string | undefined;
  /** The short name the public knows ("Texas DPS", "FDLE"), used where the full name does not fit. */
  shortName?: string | undefined;
  /** The Spanish short name when it differs. */
  shortNameEs?: string | undefined;
  easOrg?: EasOriginator | undefined;
  cogId?: string | undefined;
}

/**
 * The issuing authority after validation (`easOrg` filled in).
 *
 * @example
 * const i: Issuer = { name: 'Colorado Bureau of Investigation', sender: 'cbi.bluealert@state.co.us', timeZone: 'America/Denver', easOrg: 'CIV' };
 */
export interface Issuer extends Omit<IssuerInput, 'easOrg'> {
  easOrg: EasOriginator;
}

/**
 * The WEA part as callers write it.
 *
 * @example
 * const w: WeaOptionsInput = { handling: 'Public Safety' };
 */
export interface WeaOptionsInput {
  enabled?: boolean | undefined;
  handling?: WeaHandling | undefined;
}

/**
 * The WEA part after validation.
 *
 * @example
 * const w: WeaOptions = { enabled: true, handling: 'Imminent Threat' };
 */
export interface WeaOptions {
  enabled: boolean;
  handling: WeaHandling;
}

/**
 * A Blue Alert request as callers write it (defaults may be left out). Give it to `buildBlueAlert`; JSON of unknown
 * shape goes through `parseBlueAlertRequest` or `safeBuildBlueAlert` instead.
 *
 * @example
 * const req: BlueAlertRequestInput = {
 *   event: 'officer-killed',
 *   issuer: { name: 'Colorado Bureau of Investigation', sender: 'cbi.bluealert@state.co.us', timeZone: 'America/Denver' },
 *   requestingAgency: { name: 'Denver Police Department' },
 *   area: { same: ['008031'] },
 * };
 */
export interface BlueAlertRequestInput {
  /** A JSON Schema reference for editors; ignored. */
  $schema?: string | undefined;
  event: BlueAlertEvent;
  status?: RequestStatus | undefined;
  issuer: IssuerInput;
  requestingAgency: RequestingAgency;
  criteria?: ActivationCriteria | undefined;
  incident?: Incident | undefined;
  officer?: Officer | undefined;
  suspects?: Suspect[] | undefined;
  area: RequestArea;
  /** The end time; or give `durationHours`, not both. */
  expires?: string | undefined;
  /** Hours from the send time; or give `expires`, not both. */
  durationHours?: number | undefined;
  languages?: RequestLanguage[] | undefined;
  wea?: WeaOptionsInput | undefined;
  eas?: { enabled?: boolean | undefined } | undefined;
  text?: TextOverrides | undefined;
  /** Highway sign layout for `text.dms` (default 3 lines of 18 characters, 2 phases). */
  dms?: DmsLayout | undefined;
  incidents?: string[] | undefined;
  note?: string | undefined;
}

/**
 * A Blue Alert request after validation, with every default filled in (what `parseBlueAlertRequest` returns).
 *
 * @example
 * const r = parseBlueAlertRequest(json);
 * if (r.success) { const req: BlueAlertRequest = r.data; req.status; } //=> 'Actual' when left out
 */
export interface BlueAlertRequest {
  $schema?: string | undefined;
  event: BlueAlertEvent;
  status: RequestStatus;
  issuer: Issuer;
  requestingAgency: RequestingAgency;
  criteria: ActivationCriteria;
  incident: Incident;
  officer?: Officer | undefined;
  suspects: Suspect[];
  area: RequestArea;
  expires?: string | undefined;
  durationHours?: number | undefined;
  languages: RequestLanguage[];
  wea: WeaOptions;
  eas: { enabled: boolean };
  text?: TextOverrides | undefined;
  /** Highway sign layout for `text.dms` (default 3 lines of 18 characters, 2 phases). */
  dms?: DmsLayout | undefined;
  incidents?: string[] | undefined;
  note?: string | undefined;
}

/**
 * `T` with every field and list `readonly`, tuples kept as tuples (a position stays `[lon, lat]`).
 *
 * @example
 * type P = DeepReadonly<{ same: string[] }>; // { readonly same: readonly string[] }
 */
export type DeepReadonly<T> = T extends readonly unknown[] ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/**
 * A request held read-only: lists written `as const` or typed `ReadonlyArray` elsewhere. `buildBlueAlert` takes it
 * as well as `BlueAlertRequestInput`: it never mutates the request.
 *
 * @example
 * const DENVER = ['008031', '008001'] as const;
 * const req: ReadonlyRequestInput = {
 *   event: 'officer-killed',
 *   issuer: { name: 'CBI', sender: 'cbi.bluealert@state.co.us', timeZone: 'America/Denver' },
 *   requestingAgency: { name: 'Denver Police Department' },
 *   area: { same: DENVER },
 * };
 */
export type ReadonlyRequestInput = DeepReadonly<BlueAlertRequestInput>;

