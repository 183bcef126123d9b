/**
 * Vehicle features in Spanish (reader review 19t: "(en inglés: missing rear bumper)" in the Spanish description and
 * EAS, where a Spanish reader expects "sin parachoques trasero").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';
import { featuresEs } from '../../src/text/es-vehicle-parts.js';
import { fcParams } from '../support/arbitraries.js';
import { BASE } from './helpers.js';

describe('featuresEs', () => {
  it('puts the state after the part, agreeing, and reads "missing", "no" and damage on a part', () => {
    const cases: [string, string][] = [
      ['dented tailgate', 'compuerta trasera abollada'],
      ['missing rear bumper', 'sin parachoques trasero'],
      ['tinted windows, missing rear bumper', 'ventanas polarizadas y sin parachoques trasero'],
      ['dark tinted windows', 'ventanas muy polarizadas'],
      ['damage to the front end', 'daños en la parte delantera'],
      ['front-end damage', 'daños en la parte delantera'],
      ['passenger side damage', 'daños en el lado del pasajero'],
      ['black rims', 'rines negros'],
      ['cracked windshield', 'parabrisas estrellado'],
      ['broken taillight', 'luz trasera rota'],
      ['no hubcaps', 'sin tapacubos'],
      ['bullet holes in the windshield', 'agujeros de bala en el parabrisas'],
      ['dent in driver door', 'abolladura en la puerta del conductor'],
      ['ladder rack and toolbox', 'portaescaleras y caja de herramientas'],
    ];
    for (const [en, es] of cases) expect(featuresEs(en), en).toBe(es);
  });

  it('translates all or nothing', () => {
    for (const f of ['Raiders sticker', 'primer gray hood', 'dented tailgate, rosary on mirror', 'missing', 'damage to']) expect(featuresEs(f), f).toBeUndefined();
  });

  it('leaves no English part or state word in generated features', () => {
    const part = fc.constantFrom('tailgate', 'rear bumper', 'windshield', 'windows', 'taillights', 'hood', 'rims', 'driver door', 'roof rack');
    const state = fc.constantFrom('dented', 'damaged', 'broken', 'cracked', 'tinted', 'rusted', 'black', 'white', 'missing');
    const item = fc.tuple(state, part).map(([s, p]) => `${s} ${p}`);
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 3 }), (items) => {
        const es = featuresEs(items.join(', '));
        expect(es).toBeDefined();
        expect(es).not.toMatch(/\b(?:tailgate|bumper|windshield|windows?|taillights?|hood|rims|door|roof|rack|dented|damaged|broken|cracked|tinted|rusted|black|white|missing|and)\b/);
      }),
      fcParams,
    );
  });

  it('the Spanish description says the feature in Spanish', () => {
    const [s0] = BASE.suspects ?? [];
    const request = { ...BASE, languages: ['en-US', 'es-US'], suspects: [{ ...s0, vehicle: { ...s0?.vehicle, features: 'missing rear bumper, tinted windows' } }] };
    const t = buildBlueAlert(request as never, { now: '2026-11-22T21:30:00Z', override: { reason: 'test' } }).text;
    expect(t.es?.description).toContain('sin parachoques trasero y ventanas polarizadas');
    expect(t.es?.description).not.toContain('en inglés: missing');
  });
});
