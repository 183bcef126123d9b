/**
 * SAME_TEXT_DIFFERENT_LANGUAGE: the same text in infos of different languages. A few infos are compared with the
 * earlier ones, many through a map; both must name the language of the text's first occurrence.
 */
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/build.js';
import type { CapAlert, CapInfo } from '../../src/cap/model.js';
import { validateCap } from '../../src/validate/validate.js';
import { requestFixtures } from '../support/fixtures.js';

const fixture = requestFixtures()[0];
const base = buildBlueAlert(fixture?.request as never, fixture?.options).alert;
const info0 = base.info[0] as CapInfo;

function alertOf(infos: Partial<CapInfo>[]): CapAlert {
  return { ...base, info: infos.map((change) => ({ ...info0, ...change })) };
}
const warnings = (a: CapAlert) =>
  validateCap(a, { profile: 'cap' })
    .filter((i) => i.code === 'SAME_TEXT_DIFFERENT_LANGUAGE')
    .map((i) => `${i.path} ${/\(([^)]*)\)/.exec(i.message)?.[1]}`);

describe('SAME_TEXT_DIFFERENT_LANGUAGE', () => {
  it('warns on a repeated text in another language, naming the first occurrence', () => {
    const a = alertOf([
      { language: 'en-US', headline: 'H', description: 'D1', instruction: ' ', event: 'Blue Alert' },
      { language: 'es-US', headline: 'H', description: 'D2', instruction: ' ', event: 'Alerta Azul' },
      { language: 'en-US', headline: 'H', description: 'D2', instruction: ' ', event: 'Blue Alert' },
    ]);
    expect(warnings(a)).toEqual([
      '/alert/info[2]/headline en-US, es-US',
      '/alert/info[3]/description es-US, en-US',
    ]);
  });

  it('gives the same findings with many infos (the map) as with a few (the scan)', () => {
    const langs = ['en-US', 'es-US', 'fr-CA', 'en-US'];
    const few = langs.map((language, k) => ({ language, headline: `H${k % 2}`, description: 'same', instruction: `I${k}`, event: 'E' }));
    const many = [...few, ...few, ...few]; // 12 infos
    // field by field, then info by info; the language of the first info with that text
    const reference = (infos: typeof few) =>
      (['headline', 'description', 'instruction', 'event'] as const).flatMap((field) =>
        infos.flatMap((info, i) => {
          const j = infos.findIndex((x) => x[field] === info[field]);
          const first = infos[j]?.language;
          return j < i && first !== info.language ? [`/alert/info[${i + 1}]/${field} ${first}, ${info.language}`] : [];
        }),
      );
    expect(warnings(alertOf(few))).toEqual(reference(few));
    expect(reference(few)).toContain('/alert/info[2]/description en-US, es-US');
    expect(warnings(alertOf(many))).toEqual(reference(many));
    expect(reference(many).length).toBeGreaterThan(reference(few).length);
  });

  it('says nothing for one info', () => {
    expect(warnings(alertOf([{ language: 'es-US' }]))).toEqual([]);
  });
});
