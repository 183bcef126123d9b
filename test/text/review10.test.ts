/**
 * A text review (2026-12-02) of several suspects and of headings, read as a person on a sidewalk and a native
 * Spanish speaker would; each request under requests/review10 read wrong before its fix.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';

const build = (name: string) => {
  const c = JSON.parse(readFileSync(new URL(`./requests/review10/${name}.json`, import.meta.url), 'utf8')) as { request: never; options: { now: string; identifier: string } };
  return buildBlueAlert(c.request, c.options);
};

describe('text review: several suspects', () => {
  it('a suspect with no description still gets its label in the long texts', () => {
    const a = build('01-nodesc-no-suspect-label');
    expect(a.text.description).toContain('Suspect 2: no description given. Vehicle: white Toyota Camry');
    expect(a.text.es!.description).toContain('Sospechoso 2: sin descripción.');
  });
  it.each([
    ['02-diffyear-merged', '2012'],
    ['03-sameplate-diffcolor-merged', 'blue'],
  ])('%s: vehicles that differ in a stated fact are not one vehicle (%s is said)', (name, fact) => {
    const a = build(name);
    expect(a.text.wea360).toContain(fact);
    expect(a.text.description).toContain(fact);
    expect(a.text.description).not.toContain("same as suspect 1's");
  });
  it('different features: the second vehicle is described, not "the same"', () => {
    expect(build('04-difffeatures-merged').text.description).not.toContain("same as suspect 1's");
  });
  it('Spanish agrees with women: "el de la sospechosa 1", "3 sospechosas"', () => {
    expect(build('05-es-el-del-sospechoso-female').text.es!.description).toContain('el mismo que el de la sospechosa 1');
    expect(build('06-es-N-sospechosos-all-female').text.es!.wea360).toContain('3 sospechosas.');
  });
  it('"armed and dangerous" says whose when not every suspect is (Spanish 360)', () => {
    // "y peligroso" may go for length (the unnamed suspect's sex, race and age are kept first: reader review 19t T09)
    expect(build('07-armed-after-unarmed-onfoot').text.es!.wea360).toMatch(/Sospechoso 1: armado(?: y peligroso)?\./u);
  });
  it('the same sighting given twice is one sentence for both', () => {
    expect(build('08-identical-lastseen-not-merged').text.wea360).toMatch(/Suspects 1 (&|and) 2: last seen on I-285/);
  });
});

describe('text review: headings', () => {
  it('"NB" in the place already says north: no ", heading north" after it', () => {
    const a = build('12-NB-heading-repeated');
    expect(a.text.description).toContain('on I-25 NB at Exit 6.');
    expect(a.text.description).not.toContain('heading north');
  });
});
