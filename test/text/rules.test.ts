/**
 * The rules of issue 15, asserted over every request fixture and over generated requests (fast-check, at least 200
 * runs; FC_NUM_RUNS raises it, FC_SEED fixes the seed): place and vehicle in the 90, no invented sender initialism,
 * tip line or link in the 360, the suspect count, exercise wording without 911, no English library words or coded
 * values in the Spanish phone texts, photo resources, EASText when EAS is on, DMS lines within the sign.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildBlueAlert, type BlueAlertMessage } from '../../src/index.js';
import type { BlueAlertRequestInput } from '../../src/request/schema.js';
import { gsm7Length, isGsm7, toGsm7 } from '../../src/text/gsm.js';
import { shortPlace } from '../../src/text/place.js';
import { requestFixtures } from '../support/fixtures.js';

const params = { numRuns: Math.max(200, Number(process.env['FC_NUM_RUNS'] ?? 200)), seed: Number(process.env['FC_SEED'] ?? 15) };

/** English words of the library's vocabulary and of coded values: never in a Spanish phone text. */
const ENGLISH = [
  'officer', 'suspect', 'suspects', 'vehicle', 'plate', 'heading', 'near', 'toward', 'male', 'female', 'hair', 'eyes',
  'wearing', 'black', 'white', 'gray', 'grey', 'silver', 'red', 'green', 'brown', 'blonde', 'blond', 'foot', 'age',
  'about', 'early', 'armed', 'dangerous', 'approach', 'call', 'last', 'seen', 'missing', 'killed', 'injured', 'attacked',
  'threat', 'north', 'south', 'east', 'west', 'northbound', 'southbound', 'eastbound', 'westbound', 'and', 'tips', 'until',
  'effect', 'partial', 'truck', 'maroon', 'short', 'long', 'hispanic', 'asian', 'handgun', 'exercise',
];
const ENGLISH_RE = new RegExp(`\\b(?:${ENGLISH.join('|')})\\b`, 'i');

/** Upper-case tokens the library itself may write (times, zones, status words, vehicle types). */
const LIBRARY_CAPS = new Set(['AM', 'PM', 'SUV', 'EXERCISE', 'TEST', 'DRAFT', 'SIMULACRO', 'PRUEBA', 'BORRADOR', 'MST', 'MDT', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'HST', 'AST', 'AKST', 'AKDT', 'EB', 'WB', 'NB', 'SB']);

const STATUS_WORD = { Exercise: ['EXERCISE', 'SIMULACRO'], Test: ['TEST', 'PRUEBA'], Draft: ['DRAFT', 'BORRADOR'] } as const;

const gsm = (s: string): string => toGsm7(s).replace(/\s+/g, ' ').trim();

interface Req {
  event: string;
  status?: 'Actual' | 'Exercise' | 'Test' | 'Draft';
  issuer: { name: string; shortName?: string; web?: string; phone?: string };
  incident?: { location?: string; place?: string };
  officer?: { photoUrl?: string; releaseApproved?: boolean; release?: { photo?: boolean } };
  suspects?: { vehicle?: { make?: string; model?: string; color?: string; plate?: { number: string } }; photoUrl?: string }[];
  languages?: string[];
  eas?: { enabled?: boolean };
  dms?: { lines?: number; chars?: number; phases?: number };
}

/** Coded fields: their values are translated, never kept as names. */
const CODED = new Set(['sex', 'race', 'age', 'hair', 'eyes', 'color', 'type', 'direction', 'height', 'weight', 'weapons', 'event', 'status']);

/** Capitalised free-text values of the request (places, names, agencies): they stay as written in Spanish. */
function properNouns(value: unknown, key = ''): string[] {
  if (typeof value === 'string') {
    if (CODED.has(key)) return [];
    // a location's parts ("Firestone Blvd and Atlantic Ave, South Gate" gives "South Gate")
    return [value, ...value.split(/,| and | near | at /)].map((p) => p.trim()).filter((p) => /^\p{Lu}/u.test(p));
  }
  if (Array.isArray(value)) return value.flatMap((v) => properNouns(v, key));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => properNouns(v, k));
  return [];
}

/** Every rule, for one request and its result. `both` asks for place and vehicle together in the 90. */
function checkRules(input: unknown, m: BlueAlertMessage, both = false): void {
  const r = input as Req;
  const texts = m.text.es === undefined ? [m.text] : [m.text, m.text.es];
  const status = r.status ?? 'Actual';
  for (const t of texts) {
    expect(gsm7Length(t.wea90)).toBeLessThanOrEqual(90);
    expect(gsm7Length(t.wea360)).toBeLessThanOrEqual(360);
    expect(isGsm7(t.wea90, { extension: false }) && isGsm7(t.wea360, { extension: false })).toBe(true);
  }
  const all = JSON.stringify(input);

  // 1. where and what to look for in the 90
  const place = r.incident?.place ?? shortPlace(r.incident?.location);
  const v = r.suspects?.find((s) => s.vehicle?.make !== undefined || s.vehicle?.model !== undefined)?.vehicle;
  const hasPlace = place !== undefined && m.text.wea90.includes(gsm(place));
  const hasVehicle = v !== undefined && [v.make, v.model].some((x) => x !== undefined && m.text.wea90.includes(gsm(x)));
  if (place !== undefined && v !== undefined) expect(hasPlace || hasVehicle).toBe(true);
  else if (place !== undefined) expect(hasPlace).toBe(true);
  else if (v !== undefined) expect(hasVehicle).toBe(true);
  if (both && place !== undefined && v !== undefined) expect(hasPlace && hasVehicle).toBe(true);

  // 2. no sender initialism the library made up: every capitalised token comes from the request or the library
  for (const t of texts) {
    for (const token of `${t.wea90} ${t.wea360}`.match(/\b[A-Z]{2,6}\b/g) ?? []) {
      if (!LIBRARY_CAPS.has(token)) expect(all.toUpperCase()).toContain(token);
    }
  }

  // 3. the tip line or the link in the 360 (a real alert)
  const phone = r.issuer.phone;
  const link = r.issuer.web?.replace(/^https?:\/\//, '').replace(/\/$/, '');
  if (status === 'Actual' && (phone !== undefined || link !== undefined)) {
    expect((phone !== undefined && m.text.wea360.includes(phone)) || (link !== undefined && m.text.wea360.includes(link))).toBe(true);
  }

  // 4. how many suspects
  const n = r.suspects?.length ?? 0;
  if (n > 1) {
    expect(m.text.wea360).toContain(`${n} suspects`);
    // (feminine when every suspect is a woman)
    if (m.text.es !== undefined) expect(m.text.es.wea360).toMatch(new RegExp(`${n} sospechos(?:os|as)`));
  }

  // 5. an exercise, test or draft says so in every text and never sends people to 911
  if (status !== 'Actual') {
    texts.forEach((t, i) => {
      const word = STATUS_WORD[status][i] ?? '';
      for (const x of [t.headline, t.description, t.instruction, t.wea90, t.wea360, t.eas]) {
        expect(x.toUpperCase()).toContain(word);
        expect(x).not.toMatch(/call 911|llame al 911/i);
      }
    });
  } else {
    expect(m.text.wea90).toMatch(/911/);
  }

  // 6. Spanish phone texts are Spanish (proper nouns the request gives, such as "Long Beach", are not words to translate)
  if (m.text.es !== undefined) {
    const names = properNouns(input).map(gsm).sort((a, b) => b.length - a.length);
    for (const x of [m.text.es.wea90, m.text.es.wea360]) {
      let rest = x;
      for (const nm of names) rest = rest.split(nm).join(' ');
      expect(rest).not.toMatch(ENGLISH_RE);
    }
  }

  // 7. photos as resources; the officer's only when released
  for (const s of r.suspects ?? []) if (s.photoUrl !== undefined) expect(m.xml).toContain(`<uri>${s.photoUrl}</uri>`);
  const officerPhoto = r.officer?.photoUrl;
  if (officerPhoto !== undefined) {
    const released = r.event === 'officer-missing' && (r.officer?.release?.photo ?? r.officer?.releaseApproved === true);
    expect(m.xml.includes(officerPhoto)).toBe(released);
  }

  // 8. EASText in every info sent to EAS, never when EAS is blocked
  const infos = m.xml.split('<info>').length - 1;
  const easTexts = m.xml.split('<valueName>EASText</valueName>').length - 1;
  expect(easTexts).toBe(r.eas?.enabled === false ? 0 : infos);

  // highway signs: within the sign
  const lines = r.dms?.lines ?? 3;
  const chars = r.dms?.chars ?? 18;
  expect(m.text.dms.length).toBeLessThanOrEqual(r.dms?.phases ?? 2);
  for (const phase of m.text.dms) {
    expect(phase.length).toBeLessThanOrEqual(lines);
    for (const l of phase) expect(l.length).toBeLessThanOrEqual(chars);
  }
}

describe('issue 15 rules over every request fixture', () => {
  /** Fixtures where a town and a vehicle are known and fit together in 90 characters. */
  const BOTH = new Set(['officer-killed-denver', 'imminent-threat-new-york-dst', 'officer-attacked-los-angeles-es', 'officer-injured-phoenix', 'officer-missing-puerto-rico-es', 'officer-killed-atlanta-three-suspects', 'officer-injured-florida-fdle']);
  for (const f of requestFixtures()) {
    it(f.name, () => {
      checkRules(f.request, buildBlueAlert(f.request, f.options), BOTH.has(f.name));
    });
  }
});

const COLORS = ['gray', 'black', 'white', 'red', 'blue', 'silver', 'dark blue', 'white and blue', 'maroon', 'green'];
const MAKES = ['Ford', 'Toyota', 'Honda', 'Chevrolet', 'Dodge', 'Nissan', 'Jeep'];
const MODELS = ['F-150', 'Tacoma', 'Civic', 'Silverado', 'Charger', 'Altima', 'Wrangler', undefined];
const DIRECTIONS = ['east', 'westbound', 'north on I-25', 'south toward Salinas', 'on foot', 'southbound on US-60'];
const LOCATIONS = ['Main St and 5th Ave, Springfield', 'I-70 near Limon', 'Hwy 50 near Canon City', 'Colfax Ave, Aurora'];

const vehicle = fc.record(
  {
    year: fc.integer({ min: 1990, max: 2027 }),
    make: fc.constantFrom(...MAKES),
    model: fc.constantFrom(...MODELS),
    color: fc.constantFrom(...COLORS),
    type: fc.constantFrom('pickup', 'sedan', 'SUV', 'van'),
    plate: fc.record({ state: fc.constantFrom('CO', 'TX', 'FL', 'PR'), number: fc.stringMatching(/^[A-Z0-9]{3,8}$/), partial: fc.boolean() }, { requiredKeys: ['number'] }),
  },
  { requiredKeys: [] },
);

const suspect = fc.record(
  {
    name: fc.constantFrom('Marcus Hale', 'Ana Ruiz', 'Lee Park'),
    description: fc.record(
      {
        sex: fc.constantFrom('male', 'female', 'M', 'F'),
        race: fc.constantFrom('white', 'Black', 'Hispanic', 'Asian'),
        age: fc.oneof(fc.integer({ min: 15, max: 80 }), fc.constantFrom('30-35', 'early 20s', '40s', 'about 25', 'late teens')),
        height: fc.constantFrom('6 ft', '5 ft 9 in'),
        weight: fc.constantFrom('180 lb', '140 lb'),
        hair: fc.constantFrom('brown', 'black, short', 'blonde', 'gray', 'short black', 'bald'),
        eyes: fc.constantFrom('blue', 'brown', 'green', 'hazel'),
        clothing: fc.constantFrom('black hoodie, jeans', 'red jacket'),
        marks: fc.constantFrom('tattoo on neck', 'scar on chin'),
      },
      { requiredKeys: [] },
    ),
    vehicle,
    lastSeen: fc.record({ location: fc.constantFrom(...LOCATIONS), at: fc.constantFrom('2026-11-22T14:12:00-07:00', '2025-12-31T23:00:00-07:00') }, { requiredKeys: [] }),
    direction: fc.constantFrom(...DIRECTIONS),
    destinations: fc.array(fc.constantFrom('Kansas', 'Salinas', 'Denver'), { maxLength: 2 }),
    weapons: fc.constantFrom('handgun', 'rifle', 'knife'),
    armedAndDangerous: fc.boolean(),
    photoUrl: fc.constantFrom('https://example.gov/p/s1.jpg', 'https://example.gov/p/s2.png?x=1', 'https://example.gov/p/photo'),
  },
  { requiredKeys: [] },
);

const request: fc.Arbitrary<BlueAlertRequestInput> = fc
  .record({
    event: fc.constantFrom('officer-killed', 'officer-injured', 'officer-attacked', 'imminent-threat', 'officer-missing'),
    status: fc.constantFrom('Actual', 'Actual', 'Actual', 'Exercise', 'Test'),
    suspects: fc.array(suspect, { maxLength: 4 }),
    location: fc.option(fc.constantFrom(...LOCATIONS), { nil: undefined }),
    place: fc.option(fc.constantFrom('Denver', 'Las Cruces', 'Cayey'), { nil: undefined }),
    name: fc.constantFrom('Colorado Bureau of Investigation', 'Texas Department of Public Safety', 'Florida Department of Law Enforcement'),
    shortName: fc.option(fc.constantFrom('CBI', 'Texas DPS', 'FDLE'), { nil: undefined }),
    web: fc.option(fc.constantFrom('https://cbi.colorado.gov/blue-alert', 'https://www.fdle.state.fl.us/bluealert'), { nil: undefined }),
    phone: fc.option(fc.constantFrom('1-800-555-0100', '512-555-0147'), { nil: undefined }),
    officer: fc.record({ sex: fc.constantFrom('male', 'female'), photo: fc.boolean(), release: fc.boolean() }),
    es: fc.boolean(),
    eas: fc.boolean(),
    dms: fc.option(fc.record({ lines: fc.integer({ min: 1, max: 4 }), chars: fc.integer({ min: 10, max: 24 }), phases: fc.integer({ min: 1, max: 3 }) }), { nil: undefined }),
  })
  .map(
    (g) =>
      ({
        event: g.event,
        status: g.status,
        issuer: {
          name: g.name,
          sender: 'bluealert@example.gov',
          timeZone: 'America/Denver',
          ...(g.shortName === undefined ? {} : { shortName: g.shortName }),
          ...(g.web === undefined ? {} : { web: g.web }),
          ...(g.phone === undefined ? {} : { phone: g.phone }),
        },
        requestingAgency: { name: 'Denver Police Department' },
        incident: { occurredAt: '2026-11-22T14:05:00-07:00', ...(g.location === undefined ? {} : { location: g.location }), ...(g.place === undefined ? {} : { place: g.place }) },
        officer: {
          name: 'Dana Whitfield',
          badge: '7731',
          description: { sex: g.officer.sex, age: 31 },
          vehicle: { make: 'Ford', model: 'Explorer', color: 'white', plate: { state: 'CO', number: 'PD7731' } },
          ...(g.officer.photo ? { photoUrl: 'https://example.gov/officer.jpg' } : {}),
          releaseApproved: g.officer.release,
        },
        suspects: g.suspects,
        area: { same: ['008031'] },
        languages: g.es ? ['en-US', 'es-US'] : ['en-US'],
        eas: { enabled: g.eas },
        ...(g.dms === undefined ? {} : { dms: g.dms }),
      }) as BlueAlertRequestInput,
  );

describe('issue 15 rules over generated requests', () => {
  it(`holds for ${params.numRuns} requests`, () => {
    fc.assert(
      fc.property(request, (input) => {
        checkRules(input, buildBlueAlert(input, { now: '2026-11-22T14:20:00-07:00', identifier: 'RULES-1', override: { reason: 'rule test: text only' } }));
      }),
      params,
    );
  });
});
