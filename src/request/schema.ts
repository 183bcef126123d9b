/**
 * The Blue Alert request model. The only module that imports `zod`.
 *
 * Field names follow `shared/design/contract.md`; extra fields are ours. Objects are strict: a misspelt field is an
 * error that names it, because a silently ignored `durationHour` would send an alert that lasts a day.
 */
import { z } from 'zod';
import { isValidTimeZone } from '../time/zone.js';

/** The five covered events (seed document, Definitions 7, and the contract). */
export const BLUE_ALERT_EVENTS = [
  'officer-killed',
  'officer-injured',
  'officer-attacked',
  'imminent-threat',
  'officer-missing',
] as const;

/** Message status values a Blue Alert request may ask for (CAP `status`, without `System`). */
export const REQUEST_STATUSES = ['Actual', 'Exercise', 'Test', 'Draft'] as const;

/** SAME originator codes (47 CFR 11.31(d)). */
export const EAS_ORG_CODES = ['EAS', 'CIV', 'WXR', 'PEP'] as const;

/** WEA handling classes IPAWS accepts for BLU (`WEAHandling`). */
export const WEA_HANDLING = ['Imminent Threat', 'Public Safety'] as const;

/** Languages we write `<info>` blocks for. */
export const LANGUAGES = ['en-US', 'es-US'] as const;

/** CAP `identifier` and `sender` may not contain whitespace, `,`, `<` or `&` (CAP 1.2 data dictionary). */
export const CAP_TOKEN_PATTERN = /^[^\s,<&]+$/;

const text = (max: number) => z.string().trim().min(1, { message: 'Must not be empty.' }).max(max);

const isoDateTime = z.string().refine((s) => ISO_ZONED.test(s) && !Number.isNaN(Date.parse(s)), {
  message: 'Must be an ISO 8601 date-time with a zone, e.g. "2026-11-22T14:05:00-07:00".',
});
const ISO_ZONED = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[-+]\d\d:\d\d)$/i;

const httpUrl = z
  .string()
  .max(2083)
  .refine((s) => /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i.test(s), {
    message: 'Must be an absolute http(s) URL without spaces, e.g. "https://example.gov/blue-alert".',
  });

const personDescription = z.strictObject({
  sex: text(40).optional(),
  race: text(60).optional(),
  age: z.union([z.number().int().min(0).max(130), text(40)]).optional(),
  height: text(40).optional(),
  weight: text(40).optional(),
  hair: text(60).optional(),
  eyes: text(40).optional(),
  clothing: text(400).optional(),
  marks: text(400).optional(),
  other: text(400).optional(),
});

const plate = z.strictObject({
  state: text(20).optional(),
  number: text(20),
  partial: z.boolean().optional(),
});

const vehicle = z.strictObject({
  year: z.union([z.number().int().min(1900).max(2100), text(10)]).optional(),
  make: text(40).optional(),
  model: text(40).optional(),
  color: text(40).optional(),
  type: text(40).optional(),
  plate: plate.optional(),
  features: text(400).optional(),
});

const lat = z.number().min(-90).max(90);
const lon = z.number().min(-180).max(180);

const lastSeen = z.strictObject({
  at: isoDateTime.optional(),
  location: text(300).optional(),
  lat: lat.optional(),
  lon: lon.optional(),
});

const suspect = z.strictObject({
  name: text(120).optional(),
  alias: text(120).optional(),
  description: personDescription.optional(),
  vehicle: vehicle.optional(),
  lastSeen: lastSeen.optional(),
  direction: text(80).optional(),
  destinations: z.array(text(120)).max(20).optional(),
  weapons: text(200).optional(),
  armedAndDangerous: z.boolean().optional(),
  photoUrl: httpUrl.optional(),
});

/** Which officer details a missing-officer alert may release (the finer release list). */
const officerRelease = z.strictObject({
  name: z.boolean().optional(),
  rank: z.boolean().optional(),
  badge: z.boolean().optional(),
  description: z.boolean().optional(),
  vehicle: z.boolean().optional(),
  lastKnownLocation: z.boolean().optional(),
  photo: z.boolean().optional(),
});

const officer = z.strictObject({
  name: text(120).optional(),
  badge: text(40).optional(),
  rank: text(60).optional(),
  title: text(60).optional(),
  agency: text(200).optional(),
  injuries: text(300).optional(),
  description: personDescription.optional(),
  vehicle: vehicle.optional(),
  lastKnownLocation: text(300).optional(),
  photoUrl: httpUrl.optional(),
  aliases: z.array(text(120)).max(20).optional(),
  releaseApproved: z.boolean().optional(),
  release: officerRelease.optional(),
});

const position = z.tuple([lon, lat]).rest(z.number());
const ring = z.array(position).min(4, { message: 'A GeoJSON ring needs at least 4 positions (first = last).' });

const polygonGeometry = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(ring).min(1),
  bbox: z.array(z.number()).optional(),
});
const multiPolygonGeometry = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).min(1)).min(1),
  bbox: z.array(z.number()).optional(),
});

const circle = z.strictObject({
  lat,
  lon,
  radiusKm: z.number().positive().max(2000),
});

const reach = z
  .strictObject({
    lat,
    lon,
    hours: z.number().positive().max(72).optional(),
    speedKmh: z.number().positive().max(300).optional(),
    radiusKm: z.number().positive().max(2000).optional(),
  })
  .refine((r) => r.radiusKm !== undefined || (r.hours !== undefined && r.speedKmh !== undefined), {
    message: 'Give either radiusKm, or hours and speedKmh (the suspect could travel hours x speedKmh).',
  });

const area = z
  .strictObject({
    description: text(500).optional(),
    same: z
      .array(z.string().regex(/^\d{6}$/, { message: 'A SAME code is 6 digits PSSCCC, e.g. "008031" (P subdivision, SS state FIPS, CCC county FIPS).' }))
      .optional(),
    fips: z
      .array(z.string().regex(/^(\d{2}|\d{5})$/, { message: 'A FIPS code is 2 digits (state, e.g. "08") or 5 digits (county, e.g. "08031").' }))
      .optional(),
    geometry: z.discriminatedUnion('type', [polygonGeometry, multiPolygonGeometry]).optional(),
    circles: z.array(circle).max(100).optional(),
    reach: reach.optional(),
  })
  .refine(
    (a) =>
      (a.same?.length ?? 0) > 0 ||
      (a.fips?.length ?? 0) > 0 ||
      a.geometry !== undefined ||
      (a.circles?.length ?? 0) > 0 ||
      a.reach !== undefined,
    { message: 'Give at least one of area.same, area.fips, area.geometry, area.circles or area.reach.' },
  );

const criteria = z.strictObject({
  requestedByPrimaryAgency: z.boolean().optional(),
  officerStatusConfirmed: z.boolean().optional(),
  suspectApprehended: z.boolean().optional(),
  sufficientSuspectDescription: z.boolean().optional(),
  threatImminentAndCredible: z.boolean().optional(),
  suspectWanted: z.boolean().optional(),
  missingInConnectionWithDuties: z.boolean().optional(),
  indicationOfSeriousInjuryOrDeath: z.boolean().optional(),
  suspectFled: z.boolean().optional(),
  lifeThreateningInjury: z.boolean().optional(),
});

const contactPerson = z.strictObject({
  name: text(120).optional(),
  title: text(120).optional(),
  phone: text(40).optional(),
  email: text(200).optional(),
});

/**
 * The zod schema of a Blue Alert request. `parseBlueAlertRequest` applies it; `schemas/blue-alert-request.schema.json`
 * is generated from it.
 *
 * @example
 * const parsed = blueAlertRequestSchema.safeParse(json);
 */
export const blueAlertRequestSchema = z.strictObject({
  $schema: z.string().optional(),
  event: z.enum(BLUE_ALERT_EVENTS, {
    message: `Must be one of ${BLUE_ALERT_EVENTS.map((e) => `"${e}"`).join(', ')}.`,
  }),
  status: z.enum(REQUEST_STATUSES, { message: 'Must be one of "Actual", "Exercise", "Test", "Draft".' }).default('Actual'),
  issuer: z.strictObject({
    name: text(200),
    sender: z
      .string()
      .min(1, { message: 'Must not be empty.' })
      .max(250)
      .regex(CAP_TOKEN_PATTERN, {
        message: 'A CAP sender must not contain spaces, commas, "<" or "&"; use a domain-style id, e.g. "cbi.bluealert@state.co.us".',
      }),
    timeZone: z.string().refine(isValidTimeZone, {
      message: 'Must be an IANA time zone name, e.g. "America/Denver", "America/Phoenix", "Pacific/Honolulu".',
    }),
    web: httpUrl.optional(),
    phone: text(40).optional(),
    easOrg: z.enum(EAS_ORG_CODES, { message: 'Must be one of "EAS", "CIV", "WXR", "PEP" (47 CFR 11.31(d)).' }).default('CIV'),
    cogId: z.string().regex(/^\d{6}$/, { message: 'A COG ID is 6 digits.' }).optional(),
  }),
  requestingAgency: z.strictObject({
    name: text(200),
    requestingOfficial: contactPerson.optional(),
    investigatingOfficial: contactPerson.optional(),
  }),
  criteria: criteria.default({}),
  incident: z
    .strictObject({
      occurredAt: isoDateTime.optional(),
      location: text(300).optional(),
      summary: text(1000).optional(),
    })
    .default({}),
  officer: officer.optional(),
  suspects: z.array(suspect).max(10).default([]),
  area,
  expires: isoDateTime.optional(),
  durationHours: z.number().positive().max(99.5).optional(),
  languages: z
    .array(z.enum(LANGUAGES, { message: 'Must be "en-US" or "es-US".' }))
    .min(1)
    .refine((l) => new Set(l).size === l.length, { message: 'List each language once.' })
    .default(['en-US']),
  wea: z
    .strictObject({
      enabled: z.boolean().default(true),
      handling: z.enum(WEA_HANDLING, { message: 'Must be "Imminent Threat" or "Public Safety".' }).default('Imminent Threat'),
    })
    .default({ enabled: true, handling: 'Imminent Threat' }),
  eas: z.strictObject({ enabled: z.boolean().default(true) }).default({ enabled: true }),
  text: z
    .strictObject({
      headline: text(160).optional(),
      description: text(4000).optional(),
      instruction: text(2000).optional(),
      wea90: text(400).optional(),
      wea360: text(1000).optional(),
      eas: text(1800).optional(),
    })
    .optional(),
  incidents: z.array(z.string().regex(CAP_TOKEN_PATTERN)).max(10).optional(),
  note: text(500).optional(),
});

/**
 * A Blue Alert request as callers write it (defaults may be left out).
 *
 * @example
 * const req: BlueAlertRequestInput = { event: 'officer-killed', issuer: { … }, requestingAgency: { name: 'Denver PD' }, area: { same: ['008031'] } };
 */
export type BlueAlertRequestInput = z.input<typeof blueAlertRequestSchema>;

/**
 * A Blue Alert request after validation, with every default filled in.
 *
 * @example
 * const req: BlueAlertRequest = parseBlueAlertRequest(json);
 */
export type BlueAlertRequest = z.output<typeof blueAlertRequestSchema>;

/**
 * The event of a request.
 *
 * @example
 * const e: BlueAlertEvent = 'officer-missing';
 */
export type BlueAlertEvent = (typeof BLUE_ALERT_EVENTS)[number];

/**
 * One suspect of a request.
 *
 * @example
 * const s: Suspect = { name: 'John Doe', direction: 'east' };
 */
export type Suspect = BlueAlertRequest['suspects'][number];

/**
 * A vehicle (suspect's or missing officer's).
 *
 * @example
 * const v: Vehicle = { year: 2015, make: 'Ford', model: 'F-150', plate: { state: 'CO', number: 'ABC1234' } };
 */
export type Vehicle = NonNullable<Suspect['vehicle']>;

/**
 * A person's description.
 *
 * @example
 * const d: PersonDescription = { sex: 'male', age: '30-35', clothing: 'black hoodie' };
 */
export type PersonDescription = NonNullable<Suspect['description']>;

/**
 * The officer part of a request. Private unless the officer is missing and release is approved.
 *
 * @example
 * const o: Officer = { name: 'Jane Roe', rank: 'Sergeant', badge: '4411' };
 */
export type Officer = NonNullable<BlueAlertRequest['officer']>;

/**
 * The target area part of a request.
 *
 * @example
 * const a: RequestArea = { description: 'Denver metro area', same: ['008031'] };
 */
export type RequestArea = BlueAlertRequest['area'];
