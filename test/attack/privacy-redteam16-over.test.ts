// Red team 16 (2026-12-03, black box): refused builds, over-redaction and leaks around short surnames, state codes,
// streets said aloud and destinations. Each request under requests/redteam16 failed before its fix.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';

const OPTIONS = { now: '2026-11-22T21:30:00Z', override: { reason: 'test' } };
const load = (name: string) => buildBlueAlert(((r) => r['request'] ?? r)(JSON.parse(readFileSync(new URL(`./requests/redteam16/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>) as never, OPTIONS);
const BASE = JSON.parse(readFileSync(new URL('../../examples/request.json', import.meta.url), 'utf8')) as Record<string, any>;
const lead = (officer: string, summary: string): string => {
  const r = structuredClone(BASE);
  r['officer'].name = officer;
  r['incident'].summary = summary;
  return buildBlueAlert(r as never, { now: '2026-11-22T21:30:00Z' }).text.description.split(' Place:')[0] ?? '';
};

describe('red team 16: refused builds and lost facts', () => {
  it('a street named like the officer with a compass letter builds: the guard knows the form the EAS says aloud', () => {
    const m = load('refuse-directional-street-named-after-officer');
    expect(m.text.description).toContain('N Okafor St');
    expect(m.text.eas).toContain('North Okafor Street');
  });

  it('a plate\'s state is kept for an officer named like a state code (Oh), in prose too ("Toledo, OH")', () => {
    expect(load('over-state-code-surname-drops-plate-state').text.wea90).toContain('OH ABC1234');
    expect(lead('Kim Oh', 'Suspect may flee to Toledo, OH. Officer Oh was shot. Oh was shot.')).toBe('Suspect may flee to Toledo, OH. An officer was shot. The officer was shot.');
  });

  it.each([
    ['Kim Do', 'Do NOT approach. Officer Do was shot. Do was shot.', 'Do NOT approach. An officer was shot. The officer was shot.'],
    ['Ly No', 'No arrests yet. Officer No was shot. No returned fire.', 'No arrests yet. An officer was shot. The officer returned fire.'],
    ['Minh An', 'An armed man fled. An unmarked car. An opened fire. Officer An died.', 'An armed man fled. An unmarked car. An officer opened fire. The officer died.'],
    ['Thi Le', 'LE WAS SHOT. OFFICER LE DIED.', 'AN OFFICER WAS SHOT. THE OFFICER DIED.'],
  ])('%s: ordinary words stay, the officer goes ("%s")', (officer, summary, expected) => {
    expect(lead(officer, summary)).toBe(expected);
  });
});

describe('red team 16: leaks', () => {
  it('a destination that is nothing but the officer\'s name in some form', () => {
    const m = load('leak-destination-given-name-nickname-leet');
    expect(m.text.description).toContain('toward [name withheld] or [name withheld] or [name withheld]');
    expect(`${m.xml} ${m.text.eas}`).not.toMatch(/Daniel|D4nny|Okafors/u);
  });
});
