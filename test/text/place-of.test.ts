/**
 * The town a free-text location names (`placeOf`), as agencies write locations: ZIP codes, state names, markers
 * ("north of", "in", "cerca de"), a bare town, a town in brackets. Then the 90-character text says where: before
 * this, 349 of 384 generated 90s (32 locations x 4 events x 2 languages) named no town.
 */
import { describe, expect, it } from 'vitest';
import { placeOf, shortPlace } from '../../src/text/place.js';
import { BASE, compose } from './helpers.js';

const CASES: readonly (readonly [string, string | undefined, boolean?])[] = [
  ['1200 block of S Main St, Pueblo, CO 81003', 'Pueblo'],
  ['Pueblo, Colorado', 'Pueblo'],
  ['Walmart parking lot, 3000 block of Elm Ave in Yakima', 'Yakima'],
  ['downtown Tulsa', 'Tulsa'],
  ['Interstate 25 at mile marker 102 north of Pueblo', 'Pueblo', true],
  ['rural Adams County', 'Adams County'],
  ['Denver', 'Denver'],
  ['Highway 50 between Canon City and Salida', 'Canon City', true],
  ['the Safeway at 5th and Main in Grand Junction', 'Grand Junction'],
  ['Anytown, TX', 'Anytown'],
  ['Calle Luna 45, San Juan, Puerto Rico', 'San Juan'],
  ['Carretera PR-2, km 45, Mayagüez', 'Mayagüez'],
  ['cerca de Cayey', 'Cayey', true],
  ['PR-52 near Cayey', 'Cayey', true],
  ['US-285 outside of Fairplay', 'Fairplay', true],
  ['4th Street and Central Avenue SW, Albuquerque, NM, USA', 'Albuquerque'],
  ['Exit 12 off I-10 east of El Paso', 'El Paso', true],
  ['Chevron gas station, 1401 N Main St, Las Cruces NM 88001', 'Las Cruces'],
  ['Shoreline Dr., Long Beach, California 90802', 'Long Beach'],
  ['traffic stop on SR 60 in Mesa, Arizona', 'Mesa'],
  ['I-95 southbound near mile marker 40 in Fort Lauderdale', 'Fort Lauderdale'],
  ['residence on County Road 12 in rural Weld County', 'Weld County'],
  ['the 7-Eleven on Federal Blvd (Westminster)', 'Westminster'],
  ['Atlanta, Georgia (Fulton County)', 'Atlanta'],
  ['Town of Castle Rock', 'Castle Rock'],
  ['City of Aurora, CO', 'Aurora'],
  ['Aurora CO', 'Aurora'],
  ['Route 9 in the Village of Saugerties, NY', 'Saugerties'],
  ['in front of 220 Elm Street, St. Louis, MO 63101', 'St. Louis'],
  ['Carretera 2 al norte de Arecibo', 'Arecibo', true],
  ['The Dalles, OR', 'The Dalles'],
  ['W Colfax Ave and N Broadway, Denver', 'Denver'],
  // a state written out is the place only when nothing smaller is named
  ['Main St, Nevada', 'Nevada'],
  // roads, numbers, lower-case words and state codes are no town
  ['I-70 eastbound at Colorado Blvd', undefined],
  ['Colorado Blvd', undefined],
  ['in front of the store', undefined],
  ['en route to the highway', undefined],
  ['mile marker 40', undefined],
  ['CO', undefined],
  ['', undefined],
];

describe('placeOf: the town a location names', () => {
  it.each(CASES.map(([location, town, near]) => ({ location, town, near: near ?? false })))('$location -> $town', ({ location, town, near }) => {
    const found = placeOf(location);
    expect(found?.place).toBe(town);
    if (town !== undefined) expect(found?.near).toBe(near);
    expect(shortPlace(location)).toBe(town);
  });

  it('reads a long location in time linear in its length', () => {
    const long = `${'north of '.repeat(2000)}Pueblo`;
    const start = performance.now();
    expect(placeOf(long)?.place).toBe('Pueblo');
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('the 90 names the town of the incident location', () => {
  const build = (location: string, event: 'officer-killed' | 'officer-injured' = 'officer-killed', languages: ('en-US' | 'es-US')[] = ['en-US']) =>
    compose({ ...BASE, event, incident: { occurredAt: '2026-11-22T14:05:00-07:00', location }, languages }).text;

  it('says "in" the town of a comma part and "near" one the location is only near', () => {
    expect(build('Anytown, TX').wea90).toContain('in Anytown');
    // the 90 may put the town first to fit ("Pueblo Blue Alert: …"); it never says the officer was killed "in" it
    const near = build('Interstate 25 at mile marker 102 north of Pueblo').wea90;
    expect(near).toContain('Pueblo');
    expect(near).not.toContain('in Pueblo');
  });

  it('says it in Spanish too: "en" and "cerca de"', () => {
    const m = build('1200 block of S Main St, Pueblo, CO 81003', 'officer-injured', ['en-US', 'es-US']);
    expect(m.es?.wea90).toContain('en Pueblo');
    const near = build('US-285 outside of Fairplay', 'officer-killed', ['en-US', 'es-US']).es?.wea90;
    expect(near).toContain('Fairplay');
    expect(near).not.toContain('en Fairplay');
  });

  it('keeps the town over the colour and make when both do not fit, and keeps the plate', () => {
    const t = build('Memorial Hospital parking garage, Colorado Springs', 'officer-injured').wea90;
    expect(t).toContain('Colorado Springs');
    expect(t).toContain('ABC1234');
  });
});
