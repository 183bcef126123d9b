/**
 * Re-attack 20 (2026-12-03, black box, after the red team 19 fixes): what it broke. The tests were written as
 * `it.fails` while the findings were open; helpers q1 (F1, F2, F10) and q2 (F4, F5, F6) fixed them, and each is now a
 * plain `it` (the fuller tests are in privacy-redteam20-q1.test.ts and privacy-redteam20-q2.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

const BASE = JSON.parse(readFileSync(new URL('../../fixtures/officer-killed-denver/request.json', import.meta.url), 'utf8')) as Record<string, any>;
const OPTIONS = { now: '2026-11-22T21:30:00Z', override: { reason: 'x' } };

function build(edit: (r: Record<string, any>) => void) {
  const r = structuredClone(BASE);
  r.languages = ['en-US', 'es-US'];
  edit(r);
  return safeBuildBlueAlert(r, OPTIONS);
}
function published(edit: (r: Record<string, any>) => void): string {
  const r = build(edit);
  if (!r.success) throw new Error(`refused: ${r.issues.map((i) => i.code).join(', ')}`);
  return `${r.data.xml}\n${JSON.stringify(r.data.text)}\n${JSON.stringify(r.data.warnings)}`;
}
const summary = (text: string) => (r: Record<string, any>) => {
  r.incident.summary = `Officer Daniel Okafor was shot and killed. ${text}`;
};

describe('re-attack 20: fixed', () => {
  it('F1: every child of a list before the word for a relative is withheld', () => {
    expect(published(summary("Ada, 7, and Obi, 4, the officer's children, were not hurt."))).not.toMatch(/\bAda\b|\bObi\b/u);
  });

  it('F10: a lone given name before "said her husband" is withheld', () => {
    expect(published(summary('Grace said her husband loved the job.'))).not.toMatch(/\bGrace\b/u);
  });

  it('F2: the home address before "his residence" is withheld', () => {
    const out = published((r) => {
      r.incident.summary = 'Officer Daniel Okafor was shot and killed at 1234 Maple Dr, his residence.';
      r.incident.location = '1234 Maple Dr, Aurora';
    });
    expect(out).not.toMatch(/1234 Maple/u);
  });

  it('F4: an everyday-word nickname ("Tattoo") does not erase the suspect\'s tattoo', () => {
    const r = build((q) => {
      q.officer.name = 'Daniel "Tattoo" Okafor';
      q.incident.summary = 'The officer was shot.';
    });
    expect(r.success && r.data.text.description).toContain('tattoo on neck');
  });

  it('F5: a nickname "Dent" does not refuse a build whose vehicle has a "dented tailgate"', () => {
    const r = build((q) => {
      q.officer.name = 'Daniel "Dent" Okafor';
      q.incident.summary = 'The officer was shot.';
    });
    expect(r.success).toBe(true);
  });

  it('F6: "West of Federal" for an officer West is a direction, not "An officer of Federal"', () => {
    const r = build((q) => {
      q.officer.name = 'Amy West';
      q.incident.summary = 'The officer was shot at Federal Blvd. West of Federal, traffic is stopped.';
    });
    expect(r.success && r.data.text.description).not.toContain('officer of Federal');
  });
});
