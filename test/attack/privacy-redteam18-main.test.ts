// Red team 18 (2026-12-03, black box, a short round on the red-team-17 rules): the badge alone as a model (M3) and
// a given name where a place goes (M4). Each request under requests/redteam18 is the red team's reproducer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

type Case = { request: { incident: { summary?: string } }; options: Record<string, unknown> };
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam18/${name}.json`, import.meta.url), 'utf8')) as Case;
function built(c: Case) {
  const res = safeBuildBlueAlert(c.request as never, c.options as never);
  if (!res.success) throw new Error(`refused ${JSON.stringify(res.issues).slice(0, 200)}`);
  return res.data;
}
const everything = (m: { xml: string; text: unknown }): string => `${m.xml}\n${JSON.stringify(m.text)}`;

describe('red team 18 M3: the badge alone as a vehicle model', () => {
  it('is removed, and the make stays', () => {
    const m = built(load('M3-badge-alone-in-model'));
    expect(everything(m)).not.toContain('4471');
    expect(m.text.headline).toContain('gray Ford, CO plate ABC1234');
    expect(m.redactions.map((r) => r.path)).toContain('suspects[0].vehicle.model');
  });
});

describe('red team 18 M4: a given name where a place goes', () => {
  it('"fled on I-25 toward Daniel" in prose: "[name withheld]", no role; "toward Aurora" and "in Daniel Park" stay', () => {
    const c = load('M4-given-name-after-toward-prose');
    expect(built(c).text.description).toContain('The suspect fled on I-25 toward [name withheld].');
    c.request.incident.summary = 'He fled toward Aurora, then hid in Daniel Park.';
    expect(built(c).text.description).toContain('He fled toward Aurora, then hid in Daniel Park.');
  });
  it('"I-25 near Danny" in a location field and "Danny & Family Home" withhold the name and keep the rest', () => {
    const near = built(load('M4b-given-name-near-in-location'));
    expect(near.text.description).toContain('on I-25 near [name withheld]');
    const home = built(load('M4c-given-name-family-home-location'));
    expect(home.text.headline).toContain('[name withheld] & Family Home');
    for (const m of [near, home]) expect(everything(m)).not.toMatch(/Danny/u);
  });
});

describe('red team 18 O5: the text around a name with its nickname in brackets', () => {
  it('"Officer Okafor (Danny) was shot" reads "An officer was shot", the bracket closed with the name', () => {
    const c = load('M4-given-name-after-toward-prose');
    const cases: [string, string][] = [
      ['Officer Okafor (Danny) was shot.', 'An officer was shot.'],
      ['Okafor "Danny" was shot.', 'An officer was shot.'],
      ['Okafor (Danny) and a suspect (Hale) fled.', 'An officer and a suspect (Hale) fled.'],
    ];
    for (const [summary, said] of cases) {
      c.request.incident.summary = summary;
      expect(built(c).text.description.startsWith(`${said} Place:`)).toBe(true);
    }
  });
});

describe('red team 18 (seen while fixing): a kept title at a sentence end', () => {
  it('"His brother is Denver Police Sgt. Tom Adeyemi." ends with one period', () => {
    const c = load('M4-given-name-after-toward-prose');
    c.request.incident.summary = 'His brother is Denver Police Sgt. Tom Adeyemi.';
    const d = built(c).text.description;
    expect(d.startsWith('His brother is Denver Police Sgt. Place:')).toBe(true);
    expect(d).not.toContain('Adeyemi');
  });
});
