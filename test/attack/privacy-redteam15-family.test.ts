// Red team 15 (2026-12-03, black box): a missing officer whose name is released had relatives who share the surname
// and the family's home address published ("His wife Grace Okafor and son Michael Okafor reported him missing from
// their home at 12 Elm St."). The guidance gives the family the officer's privacy (chapter 7).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';
import { withholdHome, withholdRelatives, kinContext } from '../../src/redaction/kin.js';

type Request = {
  event: string;
  officer: { name: string; badge?: string; releaseApproved?: boolean };
  incident: { summary?: string };
  criteria: Record<string, boolean>;
  suspects: { name?: string }[];
};
const OPTIONS = { now: '2026-11-22T21:30:00Z', override: { reason: 'test' } };
const load = (): Request => JSON.parse(readFileSync(new URL('./requests/redteam15/leak-missing-officer-family-names.json', import.meta.url), 'utf8')) as Request;
const description = (r: Request): string => buildBlueAlert(r as never, OPTIONS).text.description;

describe('red team 15: the family of a missing officer whose name is released', () => {
  it('relatives who share the surname and the home address are withheld; the released officer stays named', () => {
    const m = buildBlueAlert(load() as never, OPTIONS);
    for (const out of [m.xml, m.text.description, m.text.wea360, m.text.eas]) {
      expect(out).not.toMatch(/Grace|Michael|12 Elm/u);
    }
    expect(m.text.description).toContain('His wife [name withheld] and son [name withheld] reported him missing from their home at [withheld].');
    expect(m.text.description).toContain('Officer Daniel Okafor is missing.');
    expect(m.redactions.some((x) => x.path === 'incident.summary')).toBe(true);
  });

  it('the officer under a nickname or an initial, and a suspect who shares the surname, stay named', () => {
    const r = load();
    r.suspects[0]!.name = 'Michael Okafor';
    r.incident.summary = 'Danny Okafor, D. Okafor to his brother, is missing. His brother Michael Okafor is wanted.';
    expect(description(r)).toContain('Danny Okafor, D. Okafor to his brother, is missing. His brother Michael Okafor is wanted.');
  });

  it('a relative named after the surname ("Grace Okafor, his wife") and in Spanish ("su esposa Grace Okafor")', () => {
    const k = kinContext('Daniel Okafor', [])!;
    expect(withholdRelatives('Grace Okafor, his wife, called.', k)).toBe('[name withheld], his wife, called.');
    expect(withholdRelatives('Lo reportó su esposa Grace Okafor.', k)).toBe('Lo reportó su esposa [name withheld].');
    // without a word for a relative nearby, a capitalised word before the surname is left to the rules that apply
    expect(withholdRelatives('Yesterday Okafor was seen.', k)).toBe('Yesterday Okafor was seen.');
  });

  it('any event: the officer\'s or the family\'s home address goes; a suspect\'s stays', () => {
    expect(withholdHome('The officer was shot outside his home at 12 Elm St. Apt. 4, Denver.')).toBe('The officer was shot outside his home at [withheld], Denver.');
    expect(withholdHome('Deputies searched the family home on 55 Ridge Rd and the barn.')).toBe('Deputies searched the family home on [withheld] and the barn.');
    expect(withholdHome('The suspect fled to his home at 45 Oak St.')).toBe('The suspect fled to his home at 45 Oak St.');
    expect(withholdHome('He was seen near his home on Elm Street.')).toBe('He was seen near his home on Elm Street.');
    const r = load();
    r.event = 'officer-killed';
    r.criteria = { requestedByPrimaryAgency: true, officerStatusConfirmed: true, suspectApprehended: false, sufficientSuspectDescription: true, suspectFled: true };
    r.incident.summary = 'An officer was shot outside his home at 12 Elm St.';
    expect(description(r)).toContain('An officer was shot outside his home at [withheld].');
  });

  it('stays linear on long hostile text', () => {
    const k = kinContext('Daniel Okafor', [])!;
    const homes = 'their home at 1 '.repeat(6000);
    const kin = 'wife Grace Okafor '.repeat(6000);
    const start = performance.now();
    expect(withholdHome(homes)).not.toContain('at 1 ');
    expect(withholdRelatives(kin, k)).not.toContain('Grace');
    expect(performance.now() - start).toBeLessThan(1500);
  });
});
