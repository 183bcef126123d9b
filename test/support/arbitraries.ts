/**
 * fast-check generators of Blue Alert requests for the end-to-end property tests.
 * Runs: FC_NUM_RUNS (default small), seed: FC_SEED (default 42) so CI is repeatable.
 */
import fc from 'fast-check';

export const NUM_RUNS = Number(process.env['FC_NUM_RUNS'] ?? 60);
export const SEED = Number(process.env['FC_SEED'] ?? 42);
export const fcParams = { numRuns: NUM_RUNS, seed: SEED } as const;

const ZONES = ['America/Denver', 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'America/Phoenix', 'Pacific/Honolulu', 'America/Anchorage', 'America/Puerto_Rico', 'Pacific/Guam'];

/** Real counties (SAME codes) and roughly where they are, so geometry and codes agree. */
export const COUNTIES: readonly { same: string; lat: number; lon: number }[] = [
  { same: '008031', lat: 39.76, lon: -104.88 },
  { same: '008001', lat: 39.87, lon: -104.33 },
  { same: '004013', lat: 33.35, lon: -112.49 },
  { same: '036001', lat: 42.6, lon: -73.97 },
  { same: '017031', lat: 41.84, lon: -87.82 },
  { same: '006037', lat: 34.32, lon: -118.22 },
  { same: '015003', lat: 21.46, lon: -158.0 },
  { same: '048201', lat: 29.86, lon: -95.39 },
  { same: '072025', lat: 18.26, lon: -66.04 },
  { same: '012086', lat: 25.61, lon: -80.5 },
];

/** Words, accented names, punctuation and emoji: what people really type into a form in a hurry. */
const word = fc.oneof(
  fc.constantFrom('black', 'hoodie', 'gray', 'truck', 'north', 'I-70', 'exit', 'Main St', 'José', 'Ñandú', 'Zoë', 'O’Neil', '“quoted”', 'St-Pierre', '😀', '—', 'façade', 'Ælfric', 'ß', '&', '<b>', ']]>', '"', "'"),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.stringMatching(/^[A-Za-z]{2,10}$/),
);
export const freeText = (maxWords: number) =>
  fc.array(word, { minLength: 1, maxLength: maxWords }).map((ws) => ws.join(' ').trim()).filter((s) => s.length > 0);

const plate = fc.record(
  {
    state: fc.constantFrom('CO', 'AZ', 'NY', 'CA', 'TX', 'PR'),
    number: fc.stringMatching(/^[A-Z0-9]{3,8}$/),
    partial: fc.boolean(),
  },
  { requiredKeys: ['number'] },
);

const vehicle = fc.record(
  {
    year: fc.integer({ min: 1980, max: 2027 }),
    make: fc.constantFrom('Ford', 'Chevrolet', 'Toyota', 'Honda', 'Dodge', 'Škoda'),
    model: fc.constantFrom('F-150', 'Silverado', 'Camry', 'Civic', 'Charger', 'Octavia'),
    color: fc.constantFrom('gray', 'black', 'white', 'red', 'dark blue'),
    plate,
    features: freeText(30),
  },
  { requiredKeys: [] },
);

const description = fc.record(
  {
    sex: fc.constantFrom('male', 'female'),
    race: fc.constantFrom('white', 'Black', 'Hispanic', 'Asian'),
    age: fc.oneof(fc.integer({ min: 16, max: 80 }), fc.constantFrom('30-35', 'about 25', '40s')),
    height: fc.constantFrom('6 ft', '5 ft 8 in', '5’10”'),
    weight: fc.constantFrom('180 lb', '150 lb'),
    hair: fc.constantFrom('brown', 'black', 'red'),
    eyes: fc.constantFrom('blue', 'brown'),
    clothing: freeText(60),
    marks: freeText(20),
  },
  { requiredKeys: [] },
);

const suspectRecord = (requiredKeys: ('vehicle' | 'name')[]) => fc.record(
  {
    name: freeText(4),
    description,
    vehicle,
    lastSeen: fc.record({ location: freeText(10) }, { requiredKeys: [] }),
    direction: fc.constantFrom('north', 'south', 'east', 'west', 'northbound on I-25', 'toward Kansas'),
    destinations: fc.array(freeText(3), { maxLength: 3 }),
    weapons: freeText(5),
    armedAndDangerous: fc.boolean(),
  },
  { requiredKeys },
);
const suspect = suspectRecord([]);
/** A suspect the activation check counts as described (it has a vehicle). */
const describedSuspect = suspectRecord(['vehicle']);

const EVENTS = ['officer-killed', 'officer-injured', 'officer-attacked', 'imminent-threat', 'officer-missing'] as const;

/** Criteria that qualify the event under the national plan. */
function criteriaFor(event: (typeof EVENTS)[number]): Record<string, boolean> {
  const common = { requestedByPrimaryAgency: true, suspectApprehended: false, sufficientSuspectDescription: true };
  switch (event) {
    case 'imminent-threat':
      return { ...common, threatImminentAndCredible: true, suspectWanted: true };
    case 'officer-missing':
      return { ...common, missingInConnectionWithDuties: true, indicationOfSeriousInjuryOrDeath: true };
    case 'officer-attacked':
      return { ...common, officerStatusConfirmed: true, indicationOfSeriousInjuryOrDeath: true };
    default:
      return { ...common, officerStatusConfirmed: true };
  }
}

/** An officer with a generated name and badge. */
export const officerArb = fc.record({
  name: fc.tuple(fc.constantFrom('Maria', 'J.', 'Bill', 'Rose', 'José', 'Anne-Marie', 'Li', 'Kwame'), fc.constantFrom('Young', 'Price', 'Delgado-Ruiz', 'Ng', 'Østergaard', 'Smith', 'Okafor')).map(([g, s]) => `${g} ${s}`),
  badge: fc.stringMatching(/^[0-9]{3,6}$/),
  rank: fc.constantFrom('Officer', 'Sergeant', 'Deputy', 'Trooper', 'Detective'),
});

/** A valid request (valid by the model and qualifying under the national plan). */
export const validRequestArb = fc
  .record({
    event: fc.constantFrom(...EVENTS),
    status: fc.constantFrom('Actual', 'Exercise', 'Test'),
    zone: fc.constantFrom(...ZONES),
    county: fc.constantFrom(...COUNTIES),
    extraCounties: fc.subarray(COUNTIES.map((c) => c.same), { maxLength: 4 }),
    useCircle: fc.boolean(),
    radiusKm: fc.double({ min: 1, max: 60, noNaN: true }),
    summary: freeText(40),
    location: freeText(8),
    areaDescription: fc.option(freeText(6), { nil: undefined }),
    // a qualifying request describes at least one suspect (sufficient-suspect-description)
    suspects: fc.tuple(describedSuspect, fc.array(suspect, { maxLength: 2 })).map(([first, rest]) => [first, ...rest]),
    officer: officerArb,
    durationHours: fc.double({ min: 0.25, max: 24, noNaN: true }),
    spanish: fc.boolean(),
    web: fc.boolean(),
    phone: fc.boolean(),
  })
  .map((g) => ({
    event: g.event,
    status: g.status,
    issuer: {
      name: 'State Bureau of Investigation',
      sender: 'bluealert@state.example.gov',
      timeZone: g.zone,
      ...(g.web ? { web: 'https://example.gov/blue-alert' } : {}),
      ...(g.phone ? { phone: '1-800-555-0100' } : {}),
    },
    requestingAgency: { name: 'City Police Department' },
    criteria: criteriaFor(g.event),
    incident: { summary: g.summary, location: g.location },
    officer: g.officer,
    suspects: g.suspects,
    area: {
      ...(g.areaDescription === undefined ? {} : { description: g.areaDescription }),
      same: [g.county.same, ...g.extraCounties.filter((c) => c !== g.county.same)],
      ...(g.useCircle ? { circles: [{ lat: g.county.lat, lon: g.county.lon, radiusKm: Math.round(g.radiusKm * 10) / 10 }] } : {}),
    },
    durationHours: Math.round(g.durationHours * 4) / 4,
    languages: g.spanish ? ['en-US', 'es-US'] : ['en-US'],
  }));
