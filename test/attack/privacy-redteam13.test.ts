// Red team 13 (2026-12-03, black box) attacked red team 12's rules. Each request under requests/redteam13 published
// identity, refused a valid alert or wrote a false phrase before its fix; what is left is listed in docs/privacy.md
// ("Known limits"). Error paths and nicknames are in privacy-redteam13-errors.test.ts.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, safeBuildBlueAlert } from '../../src/index.js';
import { fcParams } from '../support/arbitraries.js';

interface Case {
  request: {
    officer: { name: string; badge?: string };
    incident: { summary?: string; location?: string };
    area: { description?: string };
    issuer: { sender: string };
    suspects: { destinations?: string[]; es?: { destinations?: string[] } }[];
    languages: string[];
  };
  options: { now: string; identifier: string };
}
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam13/${name}.json`, import.meta.url), 'utf8')) as Case;
/** Everything a build publishes (texts and XML), or the refusal. */
const published = (c: Case): string => {
  const r = safeBuildBlueAlert(c.request as never, c.options);
  return r.success ? JSON.stringify({ ...r.data, redactions: undefined, kept: undefined, alert: undefined }) : `REFUSED ${JSON.stringify(r.issues)}`;
};
const texts = (c: Case) => buildBlueAlert(c.request as never, c.options).text;

describe('red team 13: an area named like the officer', () => {
  const AREAS: readonly [string, RegExp, RegExp][] = [
    ['Washington County', /Alert area: Washington County\./u, /Área de la alerta: condado de Washington\./u],
    ['Adams, Arapahoe and Washington counties', /Alert area: Adams, Arapahoe and Washington counties\./u, /condados de Adams, Arapahoe y Washington\./u],
    ['Washington and Adams counties', /Alert area: Washington and Adams counties\./u, /condados de Washington y Adams\./u],
    ['Washington, Adams & Weld Counties', /Alert area: Washington, Adams & Weld Counties\./u, /Área de la alerta: /u],
  ];

  it('the Spanish "condado de Washington" the library writes itself is not refused, and the area is kept whole', () => {
    const c = load('10-county-es-refused');
    for (const [area, en, es] of AREAS) {
      const r = structuredClone(c);
      r.request.area.description = area;
      const out = published(r);
      expect(out, area).not.toMatch(/^REFUSED/u);
      expect(texts(r).description, area).toMatch(en);
      expect(texts(r).es?.description, area).toMatch(es);
      expect(out, area).not.toMatch(/an officer counties|An officer and|condados? de (?:un|el) agente/iu);
    }
  });

  it('for any officer surname that is also a county, the bilingual build goes through (property)', () => {
    const c = load('10-county-es-refused');
    const county = fc.constantFrom('Washington', 'Adams', 'Jefferson', 'Douglas', 'Weld', 'Lincoln', 'Grant', 'Clay');
    const form = fc.constantFrom('X County', 'X and Polk counties', 'Polk, Kent and X counties', 'X, Kent and Polk counties', 'X Parish');
    fc.assert(
      fc.property(county, form, (name, f) => {
        const r = structuredClone(c);
        r.request.officer.name = `Jordan ${name}`;
        r.request.area.description = f.replace('X', name);
        const out = published(r);
        expect(out).not.toMatch(/^REFUSED/u);
        expect(texts(r).es?.description).toContain(name);
      }),
      fcParams,
    );
  });

  it('the officer written before an area in prose is still withheld ("Washington was shot near Adams County")', () => {
    const c = load('10-county-es-refused');
    c.request.incident.summary = 'Washington was shot near Adams County. Officer Washington died at the scene.';
    expect(texts(c).description.split(' Place:')[0]).toBe('An officer was shot near Adams County. The officer died at the scene.');
  });

  it('"condado de", "estado de" and other Spanish place nouns before the name are places', () => {
    const c = load('12-spanish-place-fields');
    const out = published(c);
    expect(out).toContain('posiblemente hacia el estado de Washington');
    expect(out).toContain('condado de Washington');
    expect(out).not.toMatch(/estado de un agente|condado de un agente/u);
  });

  it('"el estado de Washington" is the officer\'s condition, not a state, when Washington is no state name', () => {
    const c = load('12-spanish-place-fields');
    c.request.officer.name = 'Daniel Okafor';
    c.request.incident.summary = 'Se desconoce el estado de Okafor.';
    expect(published(c)).not.toMatch(/Okafor/u);
  });
});
