/**
 * A location that starts with its own preposition ("near Main St", "cerca de la calle Main") takes no other: the
 * texts once said "injured at near Smith Street" and "asesinado en cerca de Main St".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';
import { ROOT } from '../support/fixtures.js';

/** The Denver fixture, to edit in place. */
const base = (): any =>
  JSON.parse(readFileSync(join(ROOT, 'fixtures', 'officer-killed-denver', 'request.json'), 'utf8'));

function texts(location: string, lastSeen?: string): string {
  const r = base();
  r.languages = ['en-US', 'es-US'];
  r.incident.location = location;
  if (lastSeen !== undefined) r.suspects[0].lastSeen.location = lastSeen;
  const m = buildBlueAlert(r, { now: '2026-11-22T14:30:00-07:00', identifier: 'T-1' });
  return [m.text.description, m.text.wea360, m.text.wea90, m.text.es?.description, m.text.es?.wea360, m.text.eas].join('\n');
}

describe('places that bring their own preposition', () => {
  it.each([
    ['near Main St and 5th Ave, Denver'],
    ['in front of the Walmart on 5th Ave'],
    ['at the Walmart on 5th Ave'],
  ])('%s: no doubled preposition in English or Spanish', (location) => {
    const all = texts(location, 'near Colorado Blvd');
    expect(all).not.toMatch(/\b(?:at|near|on) (?:near|at|in front of|on)\b/i);
    expect(all).not.toMatch(/\b(?:en|cerca de) (?:en|cerca de|frente a)\b/i);
  });

  it('a place without one still gets "at" and "en"', () => {
    const all = texts('W Colfax Ave and N Broadway');
    expect(all).toContain('at W Colfax Ave and N Broadway');
    expect(all).toContain('en W Colfax Ave y N Broadway');
  });
});
