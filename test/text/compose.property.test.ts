/**
 * Property test over generated requests: random Unicode names, long clothing, several suspects. The WEA limits and
 * character set always hold, the EAS text always starts with the required sentence and fits, and the first plate,
 * the first direction and "911" always survive into the 360-character text.
 * Runs: FC_NUM_RUNS (default 40), seed: FC_SEED (default 42).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BlueAlertRequestInput } from '../../src/request/schema.js';
import { gsm7Length, isGsm7, toGsm7 } from '../../src/text/gsm.js';
import { collapseSpaces } from '../../src/text/fit.js';
import { EAS_MAX_CHARS } from '../../src/text/eas.js';
import { BASE, compose } from './helpers.js';
import { isBareCompass } from '../../src/text/direction-es.js';

const params = { numRuns: Number(process.env['FC_NUM_RUNS'] ?? 40), seed: Number(process.env['FC_SEED'] ?? 42) };

const WORDS = ['black', 'hoodie', 'José', 'Ñandú', 'Zoë', 'O’Neil', '“quoted”', '—', '😀', 'façade', 'Ælfric', 'ß', '&', '[unit]', 'Ramírez', 'I-70', 'Main Street', 'Boulevard', 'and', 'eastbound'];

/** Free text the way people type it in a hurry, within the schema's limit. */
const text = (max: number) =>
  fc
    .oneof(
      fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' ')),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }),
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: max }),
    )
    .map((s) => s.slice(0, max).trim())
    .filter((s) => s.length > 0 && [...s].length <= max && s.length <= max);

const suspect = fc.record(
  {
    name: text(120),
    alias: text(120),
    description: fc.record(
      {
        sex: fc.constantFrom('male', 'female', 'unknown'),
        race: fc.constantFrom('white', 'Black', 'Hispanic', 'Asian'),
        age: fc.oneof(fc.integer({ min: 15, max: 90 }), fc.constantFrom('30-35', '20s')),
        height: fc.constantFrom('6 ft', '5 ft 9 in'),
        weight: fc.constantFrom('180 lb', '140 lb'),
        hair: text(60),
        eyes: fc.constantFrom('blue', 'brown'),
        clothing: text(400),
        marks: text(400),
        other: text(400),
      },
      { requiredKeys: [] },
    ),
    vehicle: fc.record(
      {
        year: fc.integer({ min: 1950, max: 2027 }),
        make: text(40),
        model: text(40),
        color: text(40),
        type: text(40),
        plate: fc.record({ state: text(20), number: text(20), partial: fc.boolean() }, { requiredKeys: ['number'] }),
        features: text(400),
      },
      { requiredKeys: [] },
    ),
    lastSeen: fc.record({ location: text(300), at: fc.constantFrom('2026-11-22T14:12:00-07:00', '2026-11-21T23:00:00-07:00') }, { requiredKeys: [] }),
    direction: text(80),
    destinations: fc.array(text(120), { maxLength: 5 }),
    weapons: text(200),
    armedAndDangerous: fc.boolean(),
  },
  { requiredKeys: [] },
);

const request: fc.Arbitrary<BlueAlertRequestInput> = fc
  .record({
    event: fc.constantFrom('officer-killed', 'officer-injured', 'officer-attacked', 'imminent-threat', 'officer-missing'),
    suspects: fc.array(suspect, { minLength: 0, maxLength: 10 }),
    location: fc.option(text(300), { nil: undefined }),
    summary: fc.option(text(1000), { nil: undefined }),
    sender: text(200),
    web: fc.option(fc.constantFrom('https://cbi.colorado.gov/blue-alert', 'https://example.gov/~x', 'http://a.b'), { nil: undefined }),
    phone: fc.option(text(40), { nil: undefined }),
    officerName: fc.option(text(120), { nil: undefined }),
    es: fc.boolean(),
  })
  .map((g) => ({
    ...BASE,
    event: g.event,
    issuer: {
      ...BASE.issuer,
      name: g.sender,
      ...(g.web === undefined ? { web: undefined } : { web: g.web }),
      ...(g.phone === undefined ? { phone: undefined } : { phone: g.phone }),
    },
    incident: { ...(g.location === undefined ? {} : { location: g.location }), ...(g.summary === undefined ? {} : { summary: g.summary }) },
    suspects: g.suspects,
    ...(g.officerName === undefined ? {} : { officer: { name: g.officerName, releaseApproved: true, lastKnownLocation: 'Hwy 50' } }),
    languages: g.es ? ['en-US', 'es-US'] : ['en-US'],
  }) as BlueAlertRequestInput);

/** As the text carries a value: GSM, spaces collapsed, stray punctuation at the ends dropped ("black —" is "black"). */
const norm = (s: string): string =>
  collapseSpaces(toGsm7(s))
    .replace(/^[\s.,;:!?-]+/, '')
    .replace(/[\s,;:-]+$/, '');
/** A plate or direction that says something in GSM (a letter or digit), not stray punctuation or emoji. */
const says = (s: string): boolean => /[\p{L}\p{N}]/u.test(norm(s));

describe('composeText over generated requests', () => {
  it('keeps WEA limits and the GSM basic set, EAS structure and length, and the key facts in 360', () => {
    fc.assert(
      fc.property(request, (input) => {
        const { text, issues } = compose(input);
        expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
        for (const t of text.es === undefined ? [text] : [text, text.es]) {
          expect(gsm7Length(t.wea90)).toBeLessThanOrEqual(90);
          expect(gsm7Length(t.wea360)).toBeLessThanOrEqual(360);
          expect(isGsm7(t.wea90, { extension: false })).toBe(true);
          expect(isGsm7(t.wea360, { extension: false })).toBe(true);
          expect(t.wea90).toContain('911');
          expect(t.wea360).toContain('911');
          expect(t.eas.length).toBeLessThanOrEqual(EAS_MAX_CHARS);
          expect(t.eas).not.toMatch(/\s\s/);
          expect(t.headline.length).toBeLessThanOrEqual(160);
          // no label left without its value
          expect(`${t.wea90} ${t.wea360}`).not.toMatch(
            /\b(Vehicle|Suspect(?: \d+)?|Suspect vehicle|Officer's vehicle|Officer's car|Officer|Tips|Armed|Last known location|Direccion|Vehiculo(?: del \w+)?|Sospechos[oa](?: \d+)?|Agente|Informacion|Armad[oa]s?): ?[.,](\s|$)/,
          );
        }
        expect(text.eas).toMatch(/^A CIVIL AUTHORITY HAS ISSUED A BLUE ALERT FOR THE FOLLOWING COUNTIES\/AREAS: .+; AT \d{1,2}:\d\d [AP]M ON [A-Z]{3} \d{1,2}, \d{4} EFFECTIVE UNTIL /);
        expect(text.es?.eas ?? 'UNA AUTORIDAD CIVIL HA EMITIDO UNA ALERTA AZUL').toMatch(/^UNA AUTORIDAD CIVIL HA EMITIDO UNA ALERTA AZUL/);
        // the first plate and the first direction survive into the English 360 text
        const suspects = input.suspects ?? [];
        const plated = suspects.find((s) => s.vehicle?.plate !== undefined && says(s.vehicle.plate.number));
        if (plated?.vehicle?.plate !== undefined) expect(text.wea360).toContain(norm(plated.vehicle.plate.number));
        const directed = suspects.find((s) => s.direction !== undefined && says(s.direction));
        // a bare compass word goes out only with a road or a destination (issue 15)
        if (directed?.direction !== undefined && !isBareCompass(directed.direction)) expect(text.wea360.toLowerCase()).toContain(norm(directed.direction).toLowerCase());
        // never ends in a cut-off word: every WEA text ends a sentence or with the link
        for (const t of [text.wea90, text.wea360]) expect(t).toMatch(/(\.|cbi\.colorado\.gov\/blue-alert|a\.b)$/);
      }),
      params,
    );
  });
});
