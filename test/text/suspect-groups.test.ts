/**
 * Several suspects in one vehicle: the vehicle is described once under all their numbers, a sighting they share is
 * one sentence, and a heading the place already gives ("I-285 eastbound") is not said again ("heading east").
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildBlueAlert } from '../../src/index.js';
import { directionInPlace, numbersList } from '../../src/text/words.js';
import { hairEn } from '../../src/text/es-values.js';
import { gsm7Length } from '../../src/text/gsm.js';

const FIXTURE = new URL('../../fixtures/officer-killed-atlanta-three-suspects/', import.meta.url);

function build(edit?: (req: any) => void) {
  const req = JSON.parse(readFileSync(new URL('request.json', FIXTURE), 'utf8'));
  const { now, identifier } = JSON.parse(readFileSync(new URL('options.json', FIXTURE), 'utf8'));
  edit?.(req);
  return buildBlueAlert(req, { now, identifier });
}

describe('suspects who share a vehicle', () => {
  it('the 360 names the vehicle once for both, and one sighting for both, in English and Spanish; every suspect is there', () => {
    const a = build();
    expect(a.text.wea360).toMatch(/Suspects 1 (&|and) 2 vehicle: dark gray/);
    expect(a.text.wea360).toContain('Suspects 1 & 2: last seen on I-285 eastbound');
    expect(a.text.wea360).not.toMatch(/same vehicle|Suspect 2:/);
    expect(a.text.wea360).toContain('Suspect 3: on foot');
    const es = a.text.es!;
    expect(es.wea360).toContain('Vehiculo de los sospechosos 1 y 2: Dodge Charger');
    expect(es.wea360).toMatch(/Sospechosos 1 y 2: vistos (?:por ultima vez )?en I-285/u);
    // the Spanish 360 used to drop one suspect for length
    expect(es.wea360).toContain('Sospechosa 3: a pie');
    for (const t of [a.text.wea360, es.wea360]) expect(gsm7Length(t)).toBeLessThanOrEqual(360);
  });

  it('a suspect in the same vehicle seen elsewhere, or heading elsewhere, keeps a sentence of their own', () => {
    const a = build((r) => { r.suspects[1].direction = 'north'; r.suspects[1].destinations = ['Marietta']; });
    expect(a.text.wea360).toMatch(/Suspects 1 (&|and) 2 vehicle/);
    expect(a.text.wea360).not.toMatch(/Suspects 1 (&|and) 2: last seen/);
    expect(a.text.description).toContain('Suspect 2: white male');
    expect(a.text.description).toMatch(/Heading north, possibly toward Marietta\./);
  });

  it('two suspects in different vehicles: each vehicle under its own number', () => {
    const a = build((r) => { r.suspects[1].vehicle = { make: 'Honda', model: 'Civic', color: 'white' }; });
    expect(a.text.wea360).toMatch(/Suspect 1 vehicle: dark gray/);
    expect(a.text.description).toContain('Vehicle: white Honda Civic.');
    expect(a.text.description).not.toContain("same as suspect 1's");
  });

  it('the long texts say a later suspect is in the same vehicle instead of describing it again', () => {
    const a = build();
    expect(a.text.description).toContain("Suspect 2: white male, about 30, long brown hair, wearing black jacket. Vehicle: same as suspect 1's.");
    expect(a.text.description.match(/CRK4471/g)).toHaveLength(1);
    expect(a.text.es!.description).toContain('Vehículo: el mismo que el del sospechoso 1.');
  });

  it('two women in one vehicle: Spanish agrees ("las sospechosas", "vistas")', () => {
    const a = build((r) => {
      r.suspects[0].description.sex = 'female';
      r.suspects[1].description.sex = 'female';
      delete r.suspects[0].name;
    });
    expect(a.text.es!.wea360).toContain('Vehiculo de las sospechosas 1 y 2');
    expect(a.text.es!.wea360).toMatch(/Sospechosas 1 y 2: vistas (?:por ultima vez )?en/u);
  });
});

describe('a heading the place already gives', () => {
  it('is recognised only as a heading, in English and Spanish', () => {
    expect(directionInPlace('east', 'I-285 eastbound at Moreland Ave')).toBe(true);
    expect(directionInPlace('hacia el este', 'I-285 en dirección este en Moreland Ave')).toBe(true);
    expect(directionInPlace('heading east', 'Route 9, heading east')).toBe(true);
    // a street named after a point is no heading; another point, or more than a heading, is said
    expect(directionInPlace('east', 'E Colfax Ave')).toBe(false);
    expect(directionInPlace('east', 'East Colfax Ave')).toBe(false);
    expect(directionInPlace('west', 'I-285 eastbound')).toBe(false);
    expect(directionInPlace('east toward Decatur', 'I-285 eastbound')).toBe(false);
    expect(directionInPlace('on foot', 'I-285 eastbound')).toBe(false);
  });

  it('a street named East … keeps "heading east" in the text', () => {
    expect(build().text.description).toContain('on I-285 eastbound at Moreland Ave, possibly toward Decatur');
    const a = build((r) => { r.suspects[0].lastSeen.location = 'East Ponce de Leon Ave'; });
    expect(a.text.description).toContain('East Ponce de Leon Ave, heading east, possibly toward Decatur');
  });
});

describe('small wording helpers', () => {
  it('numbers a list of suspects as people say it', () => {
    expect(numbersList([0], 'and')).toBe('1');
    expect(numbersList([0, 1], 'and')).toBe('1 and 2');
    expect(numbersList([0, 2, 3], 'y')).toBe('1, 3 y 4');
  });
  it('puts a hair style that is a thing after the hair ("black hair in a ponytail")', () => {
    expect(hairEn('black, ponytail')).toBe('black hair in a ponytail');
    expect(hairEn('long, dreadlocks, black')).toBe('long black hair in dreadlocks');
    expect(hairEn('black, shaved')).toBe('shaved black hair');
    expect(hairEn('black, short')).toBe('short black hair');
    expect(hairEn('braids')).toBe('braids');
  });
});
