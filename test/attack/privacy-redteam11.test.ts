// Red team 11 (2026-12-02, black box): names written the way people write them but not the way the file holds
// them ("St. Clair" for Saint Clair, "McDonald" for MacDonald), initials and particles left beside the role, and
// Spanish everyday words and truck makes that are also surnames. Each request under requests/redteam11 published
// identity, destroyed a description or wrote a false sentence before its fix. (Encoded forms of the name, red team
// 11's other half, are in privacy-redteam11-chars.test.ts.)
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, safeBuildBlueAlert } from '../../src/index.js';
import { fcParams } from '../support/arbitraries.js';

interface Case {
  request: { officer: { name: string }; incident: { summary?: string; es?: { summary?: string } } };
  options: { now: string; identifier: string };
}
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam11/${name}.json`, import.meta.url), 'utf8')) as Case;
/** Every public text (not the sender's redaction report). */
const published = (c: Case): string => {
  const r = safeBuildBlueAlert(c.request as never, c.options);
  return r.success ? JSON.stringify({ ...r.data, redactions: undefined, kept: undefined, alert: undefined }) : JSON.stringify(r.issues);
};
const texts = (c: Case) => buildBlueAlert(c.request as never, c.options).text;

describe('red team 11: the name written otherwise than on file', () => {
  it.each([
    ['02-saint-st-abbreviation', /clair/iu, '"St. Clair" for an officer Anne Marie Saint Clair'],
    ['03-st-without-period', /clair/iu, '"St Clair", "ST CLAIR" and "Saint Clair" for an officer St. Clair'],
    ['04-mc-mac-variant', /donald/iu, '"McDonald" for an officer MacDonald'],
  ])('%s', (name, identity) => {
    const c = load(name);
    expect(published(c)).not.toMatch(identity);
    expect(texts(c).description).toMatch(/^(?:An officer|An officer, a 12-year veteran,) was shot during a traffic stop\. /u);
  });

  it('a Mac or Mc surname in any of its forms, for any stem (property)', () => {
    const c = load('04-mc-mac-variant');
    const stem = fc.constantFrom('Donald', 'Allister', 'Kenzie', 'Carthy', 'Gregor', 'Intyre');
    const form = fc.constantFrom('Mc%', 'Mac%', 'Mc %', 'Mac %', 'Mc-%', "M'%", 'MC%', 'MAC %');
    fc.assert(
      fc.property(fc.boolean(), stem, form, form, (mac, s, onFile, written) => {
        const r = structuredClone(c);
        r.request.officer.name = `Ian ${mac ? 'Mac' : 'Mc'}${s}`;
        r.request.incident.summary = `Officer ${onFile.replace('%', s)} was shot. ${written.replace('%', s)} died at Denver Health.`;
        expect(published(r).toLowerCase()).not.toContain(s.toLowerCase());
      }),
      fcParams,
    );
  });

  it('a Saint surname in any of its forms (property), and the place "St. Clair County" kept', () => {
    const c = load('02-saint-st-abbreviation');
    const form = fc.constantFrom('Saint', 'St.', 'St', 'ST.', 'SAINT');
    fc.assert(
      fc.property(form, form, (onFile, written) => {
        const r = structuredClone(c);
        r.request.officer.name = `Anne ${onFile} Clair`;
        r.request.incident.summary = `Officer ${written} Clair was shot. ${written} Clair died.`;
        expect(published(r).toLowerCase()).not.toContain('clair');
      }),
      fcParams,
    );
    const r = structuredClone(c);
    r.request.incident.summary = 'Officer St. Clair was shot near the St. Clair County line.';
    expect(texts(r).description).toMatch(/^An officer was shot near the St\. Clair County line\./u);
  });
});

describe('red team 11: what was left beside the role', () => {
  it.each([
    ['08-initials-left-beside-role', 'Shots fired. An officer was hit during a traffic stop. A witness says the officer died at the scene.', '"García M." and "J.L. García"'],
    ['13-particle-leftovers', 'An officer was shot during a traffic stop. Witnesses saw the officer fall.', '"Van den Berg" and "v.d. Berg" for an officer van der Berg'],
    ['14-en-dash-double-surname', 'An officer was shot during a traffic stop.', '"Asante–Mensah" with an en dash'],
    ['15-suffix-spelled-out', 'A sergeant was shot during a traffic stop.', '"Robert Hale Junior"'],
  ])('%s', (name, start) => {
    const c = load(name);
    expect(texts(c).description.startsWith(`${start} Place:`)).toBe(true);
  });

  it('a full stop is no initial, and initials that are not the officer\'s stay', () => {
    const c = load('08-initials-left-beside-role');
    c.request.officer.name = 'Daniel Okafor';
    c.request.incident.summary = 'HE WAS SHOT. Okafor, D. died. He moved to the U.S. Okafor joined in 2010. Okafor A. Smith testified.';
    expect(texts(c).description).toMatch(/^HE WAS SHOT\. An officer died\. He moved to the U\.S\. The officer joined in 2010\. The officer A\. Smith testified\./u);
  });
});

describe('red team 11: words that are also the surname keep their sense', () => {
  it('Spanish colours and words in lower case, and "la Cruz Roja"', () => {
    const blanco = texts(load('09-spanish-surname-blanco'));
    expect(blanco.es?.description).toContain('El sospechoso huyó en un auto blanco hacia la Cruz Roja.');
    expect(blanco.es?.description).toContain('Vehículo: Ford F-150 blanco 2015');
    expect(texts(load('10-spanish-surname-rubio-hair')).es?.description).toContain('cabello rubio');
    expect(texts(load('11-spanish-surname-paz')).es?.description).toContain('Mantenga la paz y llame al 911.');
  });

  it('a Spanish surname written as the name is still withheld', () => {
    const c = load('09-spanish-surname-blanco');
    c.request.incident.es = { summary: 'El oficial Carlos Blanco fue herido. La familia Blanco pide ayuda.' };
    const es = texts(c).es?.description ?? '';
    // ("hombre blanco", the suspect's race, and "auto blanco" stay)
    expect(es).not.toMatch(/carlos|Blanco/u);
    expect(es).toContain('Detalles: El agente fue herido. La familia del agente pide ayuda.');
  });

  it('a truck make named like the officer', () => {
    const t = texts(load('12-truck-make-mack'));
    expect(t.description).toContain('The suspect fled in a white Mack dump truck.');
    expect(t.description).toContain('Vehicle: white 2019 Mack Granite dump truck');
  });
});
