// Red team 17 (2026-12-03, black box): the name forms found published or refused (L15, B1, B2, B3). Each request
// under requests/redteam17 is the red team's reproducer; variants change the officer and the summary.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

type Request = { officer: { name: string }; incident: { summary?: string; location?: string } };
type Case = { request: Request; options: Record<string, unknown> };
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam17/${name}.json`, import.meta.url), 'utf8')) as Case;

/** The build of a case, with another officer and summary when given; throws when refused. */
function built(name: string, officer?: string, summary?: string) {
  const c = load(name);
  if (officer !== undefined) c.request.officer.name = officer;
  if (summary !== undefined) c.request.incident.summary = summary;
  const res = safeBuildBlueAlert(c.request as never, c.options as never);
  if (!res.success) throw new Error(`${name}: refused ${JSON.stringify(res.issues).slice(0, 200)}`);
  return res.data;
}
const said = (name: string, officer: string, summary: string): string => {
  const d = built(name, officer, summary).text.description;
  return d.slice(0, d.indexOf(' Place:'));
};
const everything = (m: { xml: string; text: unknown }): string => `${m.xml}\n${JSON.stringify(m.text)}`;

describe('red team 17 L15: short forms and initials', () => {
  const cases: [string, string][] = [
    ['Pieter van der Berg', 'Piet'], ['Daniel Okafor', 'Dany'], ['Daniel Okafor', 'Dani'], ['Siobhan Kelly', 'Shiv'],
    ['Siobhan Kelly', 'Shivaun'], ['María García-López', 'Marita'], ['Patrick Kelly', 'Padraig'], ['Omar al-Rashid', 'Umar'],
  ];
  for (const [officer, short] of cases) {
    it(`"${short} was shot twice." for ${officer}`, () => {
      expect(said('leak-nickname-gaps-piet-dany-shiv', officer, `${short} was shot twice.`)).toBe('An officer was shot twice.');
    });
  }
  it('three or more initials written together ("MGL" for María García-López); two are any word ("DO")', () => {
    expect(said('leak-nickname-gaps-piet-dany-shiv', 'María García-López', 'The MGL unit fled.')).toBe('The officer unit fled.');
    expect(said('leak-nickname-gaps-piet-dany-shiv', 'Daniel Okafor', 'The DO unit responded.')).toBe('The DO unit responded.');
  });
});

describe('red team 17 B2: the short forms of every word of the name on file', () => {
  it('surname first ("Okafor Daniel"), or with more after it ("Daniel Okafor, badge 4471"): "Danny" is withheld', () => {
    const m = built('other-surname-first-name-no-nicknames');
    expect(everything(m)).not.toMatch(/Danny/u);
    expect(said('other-surname-first-name-no-nicknames', 'Daniel Okafor, badge 4471', 'Danny was shot.')).toBe('An officer was shot.');
  });
});

describe('red team 17 B1, B3: titled names in other letters', () => {
  it('a titled name in mathematical bold is read as Latin and withheld, not refused', () => {
    const m = built('other-math-bold-titled-name-refused');
    expect(m.text.description).toContain('An officer died.');
    expect(everything(m).normalize('NFKC')).not.toMatch(/Okafor/iu);
  });
  it('a titled name in Arabic script is refused in a location and a description field as in the summary', () => {
    const c = load('other-non-latin-titled-name-in-location-not-refused');
    const res = safeBuildBlueAlert(c.request as never, c.options as never);
    expect(res.success).toBe(false);
    if (!res.success) expect(res.issues.map((i) => `${i.code} ${i.path}`)).toContain('officer_identity_unknown incident.location');
  });
});

describe('red team 17 (left by the L12 fix): a name glued into a word of a link field', () => {
  it('issuer.web "https://facebook.com/groups/okaforstrong" is removed; the agency link stays', () => {
    const c = load('other-surname-first-name-no-nicknames');
    const r = c.request as unknown as { officer: { name: string }; issuer: { web?: string } };
    r.officer.name = 'Daniel Okafor';
    r.issuer.web = 'https://facebook.com/groups/okaforstrong';
    const res = safeBuildBlueAlert(r as never, c.options as never);
    expect(res.success).toBe(true);
    if (!res.success) return;
    expect(everything(res.data).toLowerCase()).not.toContain('okafor');
    expect(res.data.redactions.map((x) => x.path)).toContain('issuer.web');
    r.issuer.web = 'https://cbi.colorado.gov/blue-alert';
    const ok = safeBuildBlueAlert(r as never, c.options as never);
    expect(ok.success && ok.data.xml.includes('https://cbi.colorado.gov/blue-alert')).toBe(true);
  });
});
