/**
 * Several suspects, some armed: the 360 always says which suspect is armed (text review: when space was tight it
 * dropped "Suspect 1:" and the warning followed suspect 2's vehicle, reading as the unarmed suspect 2's), and a
 * weapon after a label has no doubled colon ("Suspect 2: armed: rifle").
 */
import { describe, expect, it } from 'vitest';
import type { BlueAlertRequestInput } from '../../src/request/schema.js';
import { BASE, compose } from './helpers.js';

const ARMED = { name: 'Marcus Hale', description: { sex: 'male' as const, race: 'white', age: 34, height: '6 ft', clothing: 'black hoodie' }, vehicle: { make: 'Ford', model: 'F-150', color: 'gray', plate: { state: 'CO', number: 'ABC1234' } }, weapons: 'handgun', armedAndDangerous: true, direction: 'east on I-70' };
const UNARMED = { name: 'Jana Price', description: { sex: 'female' as const, race: 'Hispanic', age: 25, hair: 'red' }, vehicle: { make: 'Honda', model: 'Civic', color: 'blue', plate: { state: 'CO', number: 'XYZ987' } } };
const ON_FOOT = { name: 'Tom Reyes', description: { sex: 'male' as const, age: 19, clothing: 'red jacket' }, direction: 'on foot toward Aurora' };

describe('several suspects, not all armed', () => {
  const orders = [[ARMED, UNARMED], [UNARMED, ARMED], [ARMED, ON_FOOT], [ON_FOOT, UNARMED, ARMED], [UNARMED, ON_FOOT, ARMED]];
  it.each(orders.map((o, i) => [i, o] as const))('order %i: the warning names the armed suspect in English and Spanish', (_i, suspects) => {
    const t = compose({ ...BASE, suspects: suspects as BlueAlertRequestInput['suspects'], languages: ['en-US', 'es-US'] }).text;
    const n = suspects.indexOf(ARMED) + 1;
    // (the suspect's sighting and the warning are one sentence under one label since reader review 19t T23)
    expect(t.wea360).toMatch(new RegExp(`Suspect ${n}: (?:[^.:]*, )?armed`, 'u'));
    expect(t.wea360).not.toMatch(/(?<!: )\bArmed\b/u);
    expect(t.es?.wea360).toMatch(new RegExp(`Sospechoso ${n}: (?:[^.:]*, )?armado`, 'u'));
  });

  it('a weapon without the armed-and-dangerous flag reads "Suspect 2: armed (rifle)"', () => {
    const rifle = { description: { sex: 'male' as const, race: 'Black', age: '40s' }, vehicle: { make: 'Chevrolet', model: 'Malibu', color: 'white' }, weapons: 'rifle' };
    const t = compose({ ...BASE, suspects: [UNARMED, rifle] as BlueAlertRequestInput['suspects'], languages: ['en-US', 'es-US'] }).text;
    expect(t.wea360).toContain('Suspect 2: armed (rifle).');
    expect(t.es?.wea360).toContain('Sospechoso 2: armado (rifle).');
    expect(`${t.wea360} ${t.es?.wea360}`).not.toMatch(/armed: |armado: /u);
  });
});
