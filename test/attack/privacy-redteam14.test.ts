// Red team 14 (2026-12-03, black box) attacked red team 13's rules. Each request under requests/redteam14 published
// identity or destroyed legitimate text before its fix; what is left is listed in docs/privacy.md ("Known limits").
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';
import { fcParams } from '../support/arbitraries.js';

type Request = {
  officer: { name: string; badge?: string };
  incident: { summary?: string };
  suspects: { name?: string; vehicle?: { model?: string } }[];
};
const OPTIONS = { now: '2026-11-22T21:30:00Z' };
const load = (name: string): Request => JSON.parse(readFileSync(new URL(`./requests/redteam14/${name}.json`, import.meta.url), 'utf8')) as Request;
const build = (r: Request) => buildBlueAlert(r as never, OPTIONS);
/** The summary as the description publishes it. */
const summaryOut = (r: Request, officer: string, badge: string, summary: string): string => {
  const c = structuredClone(r);
  c.officer.name = officer;
  c.officer.badge = badge;
  c.incident.summary = summary;
  return build(c).text.description.split(' Place:')[0] ?? '';
};

describe('red team 14: handles with digits, possessives, hyphens and plurals', () => {
  it('"dokafor2", "d.okafor1", "dokafor\'s", "d-okafor", "dokafor-2", "dokafors", "okaforpd2", "0kaf0r2", "okafor2" are withheld', () => {
    const r = load('18-glued-variants-hyphen-plural-agency');
    for (const w of ['dokafor2', 'd.okafor1', "dokafor's", 'd-okafor', 'dokafor-2', 'dokafors', 'okaford2', 'dpdokafor2', 'okaforpd2', '0kaf0r2', 'okafor2', "okaford's"]) {
      const out = summaryOut(r, 'Daniel Okafor', '4471', `Threats were posted by ${w} yesterday.`);
      expect(out, w).toMatch(/^Threats were posted by \[withheld\] yesterday\.$/u);
    }
    for (const f of ['01-initials-surname-digit-suffix', '02-initials-surname-possessive', '14-glued-forms-in-other-fields']) {
      expect(build(load(f)).xml, f).not.toMatch(/dokafor|d\.okafor1/iu);
    }
  });

  it('for any officer, initials + surname + digits or a possessive (property)', () => {
    const r = load('01-initials-surname-digit-suffix');
    const officer = fc.constantFrom(['Jordan', 'Washington'], ['Maria', 'Young'], ['Tom', 'Hunter'], ['Chris', 'Rose'], ['Ana', 'Paz']);
    const end = fc.constantFrom('2', '99', "'s", '-2', 's');
    fc.assert(
      fc.property(officer, end, fc.boolean(), ([given, surname], tail, upper) => {
        let w = `${given!.charAt(0)}${surname}${tail}`.toLowerCase();
        if (upper) w = w.toUpperCase();
        const out = summaryOut(r, `${given} ${surname}`, '4471', `Posts by ${w} were shared.`);
        expect(out.toLowerCase()).not.toContain(surname!.toLowerCase());
      }),
      fcParams,
    );
  });

  it('a suspect\'s own surname that looks like initials + the officer\'s surname is the suspect ("Michael Crose")', () => {
    const r = load('19-suspect-surname-eaten-by-initials-fix');
    const t = build(r).text;
    expect(t.description).toContain('Michael Crose');
    expect(t.description).not.toMatch(/Michael \[withheld\]/u);
  });
});

describe('red team 14: badges glued with a label, a suffix or a call sign', () => {
  it('"No.4471", "Ofc4471s", "4471Adam", "Car 4471A", "Unit 4471b" are the badge', () => {
    const r = load('09-badge-title-glued-plural-s');
    for (const w of ['No.4471', 'Ofc4471s', '4471Adam', '4471A', '4471b']) {
      expect(summaryOut(r, 'Daniel Okafor', '4471', `Call sign ${w} was hit.`), w).toBe('Call sign [withheld] was hit.');
    }
    for (const f of ['08-badge-no-dot-glued', '09-badge-title-glued-plural-s', '10-badge-letter-suffix']) expect(build(load(f)).xml, f).not.toContain('4471');
  });

  it('a vehicle model or a road with the badge\'s digits is kept: "F-150", "F150", "I-25", "I70", "X5", "C300"', () => {
    const r = load('06-badge-eats-vehicle-model');
    const t = build(r).text;
    expect(t.wea90).toContain('F-150');
    expect(t.headline).toContain('F-150');
    for (const [badge, text] of [['150', 'The suspect fled in a Ford F-150.'], ['150', 'The suspect fled in a Ford F150.'], ['25', 'Fled east on I-25 toward I70.'], ['70', 'Fled east on I-25 toward I70.'], ['5', 'a BMW X5.'], ['300', 'a Mercedes C300.']] as const) {
      expect(summaryOut(r, 'Daniel Okafor', badge, text), `${badge}: ${text}`).toBe(text);
    }
  });

  it('the ordinal "4471st" stays a number (documented)', () => {
    const r = load('10-badge-letter-suffix');
    expect(summaryOut(r, 'Daniel Okafor', '4471', 'The 4471st call.')).toBe('The 4471st call.');
  });
});

describe('red team 14: places named like the officer', () => {
  it('"Washington state", "the County of Washington", "Washington and Adams Counties", "el condado Washington", "el lago Washington"', () => {
    const r = load('17-county-forms-false-officer');
    const cases = [
      'The suspect fled into Washington state.',
      'Fled into the County of Washington, then into Washington and Adams Counties.',
      'Fled toward the State of Washington.',
    ];
    for (const text of cases) expect(summaryOut(r, 'Jordan Washington', '4471', text), text).toBe(text);
    expect(summaryOut(r, 'Jordan Washington', '4471', 'Huyó por el condado Washington hacia el lago Washington.')).toBe('Huyó por el condado Washington hacia el lago Washington.');
    expect(build(load('05-washington-state-false-officer')).xml).not.toMatch(/an officer state/u);
  });

  it('"the state of Okafor" is the officer\'s condition', () => {
    const r = load('17-county-forms-false-officer');
    expect(summaryOut(r, 'Daniel Okafor', '4471', 'The state of Okafor is unknown.')).not.toContain('Okafor');
  });
});

describe('red team 14: given names in the other language and nicknames', () => {
  it('"Tomás" for an officer Thomas, "Guillermo" for William, "William" for Guillermo, "Ale" for Alejandro', () => {
    const r = load('22-formal-name-other-language');
    expect(summaryOut(r, 'Thomas Rose', '4471', 'Officer Tomás was shot. Tomás is in surgery.')).toBe('An officer was shot. The officer is in surgery.');
    expect(summaryOut(r, 'William Hunter', '4471', 'Guillermo was hit.')).not.toContain('Guillermo');
    expect(summaryOut(r, 'Guillermo Paz', '4471', 'William was hit.')).not.toContain('William');
    expect(summaryOut(r, 'Alejandro Paz', '4471', 'Officer Ale was shot.')).toBe('An officer was shot.');
    expect(build(load('21-titled-nickname-ale')).xml).not.toMatch(/\bAle\b/u);
  });
});
