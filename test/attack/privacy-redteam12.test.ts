// Red team 12 (2026-12-02, black box) attacked red team 11's rules. Each request under requests/redteam12
// published identity, destroyed legitimate text or wrote a false sentence before its fix; what is left is listed in
// docs/privacy.md ("Known limits"). The CLI's --plan echo is in test/cli/privacy-paths.test.ts.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, safeBuildBlueAlert } from '../../src/index.js';
import { fcParams } from '../support/arbitraries.js';

interface Case {
  request: { officer: { name: string }; incident: { summary?: string; location?: string; es?: { summary?: string } } };
  options: { now: string; identifier: string };
}
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam12/${name}.json`, import.meta.url), 'utf8')) as Case;
const published = (c: Case): string => {
  const r = safeBuildBlueAlert(c.request as never, c.options);
  return r.success ? JSON.stringify({ ...r.data, redactions: undefined, kept: undefined, alert: undefined }) : `REFUSED ${JSON.stringify(r.issues)}`;
};
const texts = (c: Case) => buildBlueAlert(c.request as never, c.options).text;
const details = (c: Case): string => texts(c).description.split(' Place:')[0] ?? '';
const detallesEs = (c: Case): string => /Detalles: (.*?) Sospechos/u.exec(texts(c).es?.description ?? '')?.[1] ?? '';

describe('red team 12: leaks', () => {
  it('a Spanish surname at a sentence start is the officer whatever follows ("Rivera y su compañero")', () => {
    const c = load('01-es-surname-sentence-start-leak');
    expect(published(c)).not.toMatch(/Rivera/u);
    expect(detallesEs(c)).toBe('Un agente y su compañero fueron atacados. El agente quedó herido y no respondía; el agente ya está estable.');
    expect(published(load('02-es-summary-in-english-field-leak'))).not.toMatch(/Torres/u);
  });

  it('an everyday-word surname at an English sentence start ("King returned fire")', () => {
    const c = load('08-en-everyday-surname-sentence-start-leak');
    expect(published(c)).not.toMatch(/\bKing\b/u);
    expect(details(c)).toBe('An officer was shot during a traffic stop. An officer returned fire before collapsing. The officer later died at Denver Health.');
  });

  it('an everyday-word surname at a sentence start, whatever word follows (property), and "White male" kept', () => {
    const c = load('08-en-everyday-surname-sentence-start-leak');
    const surname = fc.constantFrom('King', 'Price', 'Brown', 'Young', 'Banks', 'Long', 'Rose', 'Hunter', 'Blanco', 'Paz', 'Torres');
    const next = fc.constantFrom('returned', 'later', 'drove', 'radioed', 'survived', 'never', 'also', 'served', 'y', 'quedó', 'no', 'ya', 'se', 'has', 'is');
    fc.assert(
      fc.property(surname, next, (name, word) => {
        const r = structuredClone(c);
        r.request.officer.name = `James ${name}`;
        r.request.incident.summary = `The suspect fled. ${name} ${word} at the scene.`;
        expect(details(r)).not.toContain(name);
      }),
      fcParams,
    );
    const white = structuredClone(c);
    white.request.officer.name = 'James White';
    white.request.incident.summary = 'An officer was shot. White male, 30s, fled on foot.';
    expect(details(white)).toBe('An officer was shot. White male, 30s, fled on foot.');
  });

  it('"García-y-Márquez", "Mac–Donald", "Mc\'Donald", "Sgt. Mac–Donald"', () => {
    expect(published(load('03-hyphen-y-double-surname-leak'))).not.toMatch(/garc[ií]a|m[aá]rquez/iu);
    const mac = load('04-mac-dash-apostrophe-leak');
    expect(published(mac)).not.toMatch(/donald/iu);
    expect(details(mac)).toBe('Witnesses saw a sergeant fall. The sergeant was hit twice. The sergeant is in surgery.');
  });

  it('"St.Louis", "Ste. Louis", "Saint-Louis" for an officer St. Louis: withheld, never refused', () => {
    const c = load('19-saint-nospace-overblock');
    expect(published(c)).not.toMatch(/REFUSED|louis/iu);
    expect(details(load('20-saint-hyphen-ste-bad-text')).startsWith('An officer was shot. Witnesses saw an officer fall. The officer is in surgery.')).toBe(true);
  });
});

describe('red team 12: legitimate text kept, and no false sentence', () => {
  it('a Spanish street named with the surname ("Avenida Ponce de León", "la calle León")', () => {
    const c = load('12-es-street-word-before-name-place');
    const t = texts(c);
    expect(t.es?.description).toContain('Avenida Ponce de León, San Juan');
    expect(detallesEs(c)).toBe('El agente fue atacado en la avenida Ponce de León. El sospechoso huyó por la calle León hacia el barrio Sierra.');
    expect(t.headline).toContain('Avenida Ponce de León, San Juan');
  });

  it('"Van Buren, Arkansas" and "near Van Buren" for an officer Buren stay places', () => {
    const t = JSON.stringify(texts(load('05-particle-place-over-redaction')));
    expect(t).toContain('Van Buren, Arkansas');
    expect(t).not.toContain('[name withheld], Arkansas');
  });

  it('a colour after what it describes, in Spanish, capitalised ("Pantalón Blanco")', () => {
    const t = JSON.stringify(texts(load('13-es-colour-capitalised-clothing')));
    expect(t).not.toMatch(/Pantal[oó]n (?:un|el) agente/u);
  });

  it('another person with particles, an initial, or a place before an initial is not the officer', () => {
    expect(details(load('07-particle-relative-becomes-officer'))).toBe('An officer was shot. The shooter, [name withheld], fled on foot.');
    expect(details(load('15-initial-makes-relative-the-officer'))).toBe('A sergeant was shot at his home. Her husband, [name withheld], was not hurt. Neighbors saw [name withheld] call 911.');
    expect(details(load('14-initial-absorbed-across-sentence-end'))).toBe('Shots were fired near Building D. A sergeant was hit. The shooter fled toward Gate D. The sergeant later died.');
  });

  it('"D\'Angelo" for an officer De Angelo', () => {
    expect(details(load('21-particle-apostrophe-dash-leftovers'))).toBe('An officer was shot during a traffic stop. Witnesses saw the officer fall.');
  });

  it('Spanish: "al"/"del" hold the article, "a" becomes "al", "los Blanco" are the officer\'s family', () => {
    expect(detallesEs(load('11-es-al-del-title-contraction'))).toBe(
      'Al agente le dispararon durante una intervención de tránsito. El sospechoso huyó con el arma del sargento. Al sargento lo trasladaron al hospital; los compañeros del sargento lo auxiliaron.',
    );
    expect(detallesEs(load('22-es-plural-family-article'))).toBe('El agente fue herido. Los familiares del agente piden privacidad.');
  });
});
