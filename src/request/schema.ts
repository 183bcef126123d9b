/**
 * The Blue Alert request model. The only module that imports `zod` (its tree-shakable `zod/mini` form: the classic
 * entry brings every locale into a browser bundle).
 *
 * Field names follow `shared/design/contract.md`; extra fields are ours. Objects are strict: a misspelt field is an
 * error that names it, because a silently ignored `durationHour` would send an alert that lasts a day.
 */
import * as z from 'zod/mini';
import { isValidTimeZone } from '../time/zone.js';

/**
 * The five covered events (seed document, Definitions 7, and the contract).
 *
 * @example
 * BLUE_ALERT_EVENTS.includes('officer-missing'); //=> true
 */
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
/** The same, matching the empty string too (where an empty value has its own message). */
const CAP_TOKEN_OR_EMPTY = /^[^\s,<&]*$/;

const text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, { error: 'Must not be empty.' }), z.maxLength(max));
const opt = z.optional;
const bool = () => z.optional(z.boolean());

const ISO_ZONED = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[-+]\d\d:\d\d)$/i;
const isoDateTime = z.string().check(
  z.refine((s) => ISO_ZONED.test(s) && !Number.isNaN(Date.parse(s)), {
    error: 'Must be an ISO 8601 date-time with a zone, e.g. "2026-11-22T14:05:00-07:00".',
  }),
);

const httpUrl = z.string().check(
  z.maxLength(2083),
  z.refine((s) => /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i.test(s), {
    error: 'Must be an absolute http(s) URL without spaces, e.g. "https://example.gov/blue-alert".',
  }),
);

const num = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
const positive = (max: number) => z.number().check(z.positive(), z.maximum(max));

/**
 * Generous caps on free text (issue 15): an agency may paste a whole narrative; every text is fitted to its channel.
 * Summaries 5,000 characters; clothing, marks, features and other details 2,000.
 */
const SUMMARY_MAX = 5000;
const DETAIL_MAX = 2000;

/** Spanish versions of a person's free text (`description.es`); Spanish texts use them instead of the English. */
const personDescriptionEs = z.strictObject({
  hair: opt(text(60)),
  eyes: opt(text(40)),
  clothing: opt(text(DETAIL_MAX)),
  marks: opt(text(DETAIL_MAX)),
  other: opt(text(DETAIL_MAX)),
});

const personDescription = z.strictObject({
  sex: opt(text(40)),
  race: opt(text(60)),
  age: opt(z.union([z.int().check(z.minimum(0), z.maximum(130)), text(40)])),
  height: opt(text(40)),
  weight: opt(text(40)),
  hair: opt(text(60)),
  eyes: opt(text(40)),
  clothing: opt(text(DETAIL_MAX)),
  marks: opt(text(DETAIL_MAX)),
  other: opt(text(DETAIL_MAX)),
  es: opt(personDescriptionEs),
});

const plate = z.strictObject({
  state: opt(text(20)),
  number: text(20),
  partial: bool(),
});

const vehicle = z.strictObject({
  year: opt(z.union([z.int().check(z.minimum(1900), z.maximum(2100)), text(10)])),
  make: opt(text(40)),
  model: opt(text(40)),
  color: opt(text(40)),
  type: opt(text(40)),
  plate: opt(plate),
  features: opt(text(DETAIL_MAX)),
  /** Spanish versions of the vehicle's free text. */
  es: opt(z.strictObject({ color: opt(text(40)), type: opt(text(40)), features: opt(text(DETAIL_MAX)) })),
});

const lat = num(-90, 90);
const lon = num(-180, 180);

const lastSeen = z.strictObject({
  at: opt(isoDateTime),
  location: opt(text(300)),
  lat: opt(lat),
  lon: opt(lon),
  /** Spanish version of the location text. */
  es: opt(z.strictObject({ location: opt(text(300)) })),
});

const suspect = z.strictObject({
  name: opt(text(120)),
  alias: opt(text(120)),
  description: opt(personDescription),
  vehicle: opt(vehicle),
  lastSeen: opt(lastSeen),
  direction: opt(text(80)),
  destinations: opt(z.array(text(120)).check(z.maxLength(20))),
  weapons: opt(text(200)),
  armedAndDangerous: bool(),
  photoUrl: opt(httpUrl),
  /** Spanish versions of the suspect's free text. */
  es: opt(
    z.strictObject({
      direction: opt(text(80)),
      destinations: opt(z.array(text(120)).check(z.maxLength(20))),
      weapons: opt(text(200)),
    }),
  ),
});

/** Which officer details a missing-officer alert may release (the finer release list). */
const officerRelease = z.strictObject({
  name: bool(),
  rank: bool(),
  badge: bool(),
  description: bool(),
  vehicle: bool(),
  lastKnownLocation: bool(),
  photo: bool(),
});

const officer = z.strictObject({
  name: opt(text(120)),
  badge: opt(text(40)),
  rank: opt(text(60)),
  title: opt(text(60)),
  agency: opt(text(200)),
  injuries: opt(text(300)),
  description: opt(personDescription),
  vehicle: opt(vehicle),
  lastKnownLocation: opt(text(300)),
  photoUrl: opt(httpUrl),
  aliases: opt(z.array(text(120)).check(z.maxLength(20))),
  releaseApproved: bool(),
  release: opt(officerRelease),
});

const position = z.tuple([lon, lat], z.number());
const ring = z.array(position).check(z.minLength(4, { error: 'A GeoJSON ring needs at least 4 positions (first = last).' }));

const polygonGeometry = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(ring).check(z.minLength(1)),
  bbox: opt(z.array(z.number())),
});
const multiPolygonGeometry = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)),
  bbox: opt(z.array(z.number())),
});

const circle = z.strictObject({
  lat,
  lon,
  radiusKm: positive(2000),
});

const reach = z
  .strictObject({
    lat,
    lon,
    hours: opt(positive(72)),
    speedKmh: opt(positive(300)),
    radiusKm: opt(positive(2000)),
  })
  .check(
    z.refine((r) => r.radiusKm !== undefined || (r.hours !== undefined && r.speedKmh !== undefined), {
      error: 'Give either radiusKm, or hours and speedKmh (the suspect could travel hours x speedKmh).',
    }),
  );

const area = z
  .strictObject({
    description: opt(text(500)),
    /** Spanish version of the area description. */
    es: opt(z.strictObject({ description: opt(text(500)) })),
    same: opt(
      z.array(
        z.string().check(
          z.regex(/^\d{6}$/, { error: 'A SAME code is 6 digits PSSCCC, e.g. "008031" (P subdivision, SS state FIPS, CCC county FIPS).' }),
        ),
      ),
    ),
    fips: opt(
      z.array(
        z.string().check(z.regex(/^(\d{2}|\d{5})$/, { error: 'A FIPS code is 2 digits (state, e.g. "08") or 5 digits (county, e.g. "08031").' })),
      ),
    ),
    geometry: opt(
      z.discriminatedUnion('type', [polygonGeometry, multiPolygonGeometry], {
        error: 'Must be a GeoJSON geometry of type "Polygon" or "MultiPolygon" (coordinates in lon,lat).',
      }),
    ),
    circles: opt(z.array(circle).check(z.maxLength(100))),
    reach: opt(reach),
  })
  .check(
    z.refine(
      (a) =>
        (a.same?.length ?? 0) > 0 ||
        (a.fips?.length ?? 0) > 0 ||
        a.geometry !== undefined ||
        (a.circles?.length ?? 0) > 0 ||
        a.reach !== undefined,
      { error: 'Give at least one of area.same, area.fips, area.geometry, area.circles or area.reach.' },
    ),
  );

const criteria = z.strictObject({
  requestedByPrimaryAgency: bool(),
  officerStatusConfirmed: bool(),
  suspectApprehended: bool(),
  sufficientSuspectDescription: bool(),
  threatImminentAndCredible: bool(),
  suspectWanted: bool(),
  missingInConnectionWithDuties: bool(),
  indicationOfSeriousInjuryOrDeath: bool(),
  suspectFled: bool(),
  lifeThreateningInjury: bool(),
});

const contactPerson = z.strictObject({
  name: opt(text(120)),
  title: opt(text(120)),
  phone: opt(text(40)),
  email: opt(text(200)),
});

/** The text overrides both languages share (English adds `eas`). */
const TEXT_OVERRIDES = {
  headline: opt(text(160)),
  description: opt(text(8000)),
  instruction: opt(text(2000)),
  wea90: opt(text(400)),
  wea360: opt(text(1000)),
};

/**
 * The zod schema of a Blue Alert request (zod/mini). `parseRequest` applies it;
 * `schemas/blue-alert-request.schema.json` is generated from it.
 *
 * @example
 * const parsed = blueAlertRequestSchema.safeParse(json);
 */
export const blueAlertRequestSchema = z.strictObject({
  $schema: opt(z.string()),
  event: z.enum(BLUE_ALERT_EVENTS, {
    error: `Must be one of ${BLUE_ALERT_EVENTS.map((e) => `"${e}"`).join(', ')}.`,
  }),
  status: z._default(z.enum(REQUEST_STATUSES, { error: 'Must be one of "Actual", "Exercise", "Test", "Draft".' }), 'Actual'),
  issuer: z.strictObject({
    name: text(200),
    sender: z.string().check(
      z.minLength(1, { error: 'Must not be empty.' }),
      z.maxLength(250),
      // (empty is said once, by the check above: rt24 V6 gave an empty sender a second issue about spaces)
      z.regex(CAP_TOKEN_OR_EMPTY, {
        error: 'A CAP sender must not contain spaces, commas, "<" or "&"; use a domain-style id, e.g. "cbi.bluealert@state.co.us".',
      }),
    ),
    timeZone: z.string().check(
      z.refine(isValidTimeZone, {
        error: 'Must be an IANA time zone name, e.g. "America/Denver", "America/Phoenix", "Pacific/Honolulu".',
      }),
    ),
    web: opt(httpUrl),
    phone: opt(text(40)),
    /** The short name the public knows ("Texas DPS", "FDLE"), used where the full name does not fit. */
    shortName: opt(text(40)),
    /** The Spanish short name when it differs ("DPS de Texas"). */
    shortNameEs: opt(text(40)),
    easOrg: z._default(z.enum(EAS_ORG_CODES, { error: 'Must be one of "EAS", "CIV", "WXR", "PEP" (47 CFR 11.31(d)).' }), 'CIV'),
    cogId: opt(z.string().check(z.regex(/^\d{6}$/, { error: 'A COG ID is 6 digits.' }))),
  }),
  requestingAgency: z.strictObject({
    name: text(200),
    requestingOfficial: opt(contactPerson),
    investigatingOfficial: opt(contactPerson),
  }),
  criteria: z._default(criteria, {}),
  incident: z._default(
    z.strictObject({
      occurredAt: opt(isoDateTime),
      location: opt(text(300)),
      /** The town or city people know ("Denver"); else derived from the incident and last-seen locations. */
      place: opt(text(80)),
      summary: opt(text(SUMMARY_MAX)),
      /** Spanish versions of the incident's free text. */
      es: opt(z.strictObject({ location: opt(text(300)), place: opt(text(80)), summary: opt(text(SUMMARY_MAX)) })),
    }),
    {},
  ),
  officer: opt(officer),
  suspects: z._default(z.array(suspect).check(z.maxLength(10)), []),
  area,
  expires: opt(isoDateTime),
  durationHours: opt(positive(99.5)),
  languages: z._default(
    z
      .array(z.enum(LANGUAGES, { error: 'Must be "en-US" or "es-US".' }))
      .check(z.minLength(1), z.refine((l) => new Set(l).size === l.length, { error: 'List each language once.' })),
    ['en-US'],
  ),
  wea: z._default(
    z.strictObject({
      enabled: z._default(z.boolean(), true),
      handling: z._default(z.enum(WEA_HANDLING, { error: 'Must be "Imminent Threat" or "Public Safety".' }), 'Imminent Threat'),
    }),
    { enabled: true, handling: 'Imminent Threat' },
  ),
  eas: z._default(z.strictObject({ enabled: z._default(z.boolean(), true) }), { enabled: true }),
  text: opt(
    z.strictObject({
      ...TEXT_OVERRIDES,
      eas: opt(text(1800)),
      /** Spanish overrides, checked like the English ones. */
      es: opt(z.strictObject(TEXT_OVERRIDES)),
    }),
  ),
  /** A changeable message sign (MUTCD 2L): lines per phase, characters per line, phases (default 3 x 18, 2 phases). */
  dms: opt(
    z.strictObject({
      lines: opt(z.int().check(z.minimum(1), z.maximum(6))),
      chars: opt(z.int().check(z.minimum(8), z.maximum(60))),
      phases: opt(z.int().check(z.minimum(1), z.maximum(4))),
    }),
  ),
  incidents: opt(
    z
      .array(
        z.string().check(
          z.regex(CAP_TOKEN_PATTERN, {
            error: 'A CAP incident identifier must not contain spaces, commas, "<" or "&" (CAP separates identifiers with spaces); e.g. "DPD-2026-001".',
          }),
        ),
      )
      .check(z.maxLength(10)),
  ),
  note: opt(text(500)),
});

// The request types are named interfaces (types.ts), kept equal to this schema by test/types/request-types.test-d.ts.
export type {
  BlueAlertRequestInput,
  BlueAlertRequest,
  BlueAlertEvent,
  Suspect,
  Vehicle,
  PersonDescription,
  Officer,
  RequestArea,
} from './types.js';
