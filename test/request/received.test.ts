import { describe, expect, it } from 'vitest';
import { parseBlueAlertRequest, safeBuildBlueAlert, type BlueAlertIssue } from '../../src/index.js';

const base = () => ({
  event: 'officer-killed',
  issuer: { name: 'Colorado Bureau of Investigation', sender: 'cbi@state.co.us', timeZone: 'America/Denver' },
  requestingAgency: { name: 'Denver Police Department' },
  criteria: { requestedByPrimaryAgency: true, officerStatusConfirmed: true, suspectApprehended: false, sufficientSuspectDescription: true },
  officer: { name: 'Daniel Okafor', badge: '4471' },
  suspects: [{ vehicle: { make: 'Ford', model: 'F-150', color: 'gray' }, direction: 'east' }],
  area: { same: ['008031'] },
});

function issues(input: unknown): readonly BlueAlertIssue[] {
  const r = parseBlueAlertRequest(input);
  if (r.success) throw new Error('expected the request to be refused');
  return r.issues;
}

describe('errors say what they received', () => {
  it('a Date object where an ISO string belongs', () => {
    const [i] = issues({ ...base(), expires: new Date('2026-11-23T00:00:00Z') });
    expect(i).toMatchObject({ path: 'expires' });
    expect(i?.message).toMatch(/expected an ISO 8601 string with a zone.*received a Date object/i);
  });
  it('a date-time without a zone is quoted back (date characters only)', () => {
    const [i] = issues({ ...base(), expires: '2026-11-23 14:05' });
    expect(i).toMatchObject({ code: 'invalid_datetime', path: 'expires' });
    expect(i?.message).toContain('received "2026-11-23 14:05"');
  });
  it('a summary over its limit gives its length, grouped, and the limit', () => {
    const [i] = issues({ ...base(), incident: { summary: 'x'.repeat(6012) } });
    expect(i).toMatchObject({ code: 'too_big', path: 'incident.summary' });
    expect(i?.message).toBe('6,012 characters; at most 5,000.');
  });
  it('a list over its limit gives its size', () => {
    const [i] = issues({ ...base(), suspects: Array.from({ length: 12 }, () => ({ direction: 'east' })) });
    expect(i?.message).toBe('12 items; at most 10.');
  });
  it('a number out of range gives the number', () => {
    const [i] = issues({ ...base(), durationHours: 120 });
    expect(i).toMatchObject({ path: 'durationHours' });
    expect(i?.message).toBe('Received 120; must be at most 99.5.');
  });
  it('an enum-like field quotes the value; a misspelt field suggests the right one', () => {
    const [e] = issues({ ...base(), event: 'officer-kiled' });
    expect(e?.message).toContain('received "officer-kiled"');
    const [k] = issues({ ...base(), durationHour: 2 });
    expect(k?.message).toContain('did you mean "durationHours"?');
    const [n] = issues({ ...base(), suspects: [{ vehicle: { modle: 'F-150' } }] });
    expect(n).toMatchObject({ path: 'suspects[0].vehicle.modle' });
    expect(n?.message).toContain('did you mean "model"?');
  });
  it('wrong types are named by type: null, a list, an object, a number', () => {
    expect(issues({ ...base(), issuer: null })[0]?.message).toBe('Expected an object, received null.');
    expect(issues({ ...base(), area: { same: '008031' } })[0]?.message).toBe('Expected a list, received text of 6 characters.');
    expect(issues({ ...base(), requestingAgency: { name: 42 } })[0]?.message).toBe('Expected a string, received the number 42.');
    expect(issues({ ...base(), suspects: { name: 'x' } })[0]?.message).toBe('Expected a list, received an object.');
  });
  it('never echoes free text typed into a field (the officer\'s name in a wrong place)', () => {
    const all = [
      ...issues({ ...base(), officer: { name: 'Daniel Okafor'.repeat(20) } }),
      ...issues({ ...base(), officer: { badge: ['Daniel Okafor'] } }),
      ...issues({ ...base(), incident: { occurredAt: 'Daniel Okafor at noon' } }),
      ...issues({ ...base(), status: 'Daniel Okafor, badge 4471, killed on duty, please send' }),
      ...issues({ ...base(), officer: { name: 'Daniel Okafor', Okafor: 'x' } }),
      ...issues({ ...base(), status: 'Daniel Okafor' }),
      ...issues({ ...base(), event: 'okafor' }),
      ...issues({ ...base(), officer: { name: 'Daniel Okafor', badge: '4471' }, incident: { '4471': 'x' } }),
    ];
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const i of all) {
      expect(i.message).not.toMatch(/Daniel|Okafor|4471/i);
      expect(i.path).not.toMatch(/Daniel|Okafor|4471/i);
    }
  });
});

describe('request rules', () => {
  it('expires and durationHours together is an error naming both', () => {
    const r = safeBuildBlueAlert({ ...base(), expires: '2026-11-23T14:05:00-07:00', durationHours: 6 }, { now: '2026-11-22T14:20:00-07:00' });
    expect(r.success).toBe(false);
    expect(r.issues?.[0]).toMatchObject({ code: 'conflicting_fields', path: 'expires', severity: 'error' });
    expect(r.issues?.[0]?.message).toMatch(/expires.*durationHours/);
  });
  it('a request may carry "$schema" (ignored)', () => {
    const r = parseBlueAlertRequest({ $schema: 'https://unpkg.com/blue-alert-cap/schemas/blue-alert-request.schema.json', ...base() });
    expect(r.success).toBe(true);
  });
  it('parseBlueAlertRequest fills defaults, cleans control characters and never mutates its input', () => {
    const input = { ...base(), incident: { summary: 'Shot at\u0007 the stop.\r\nSuspect fled.' } };
    const before = JSON.stringify(input);
    const r = parseBlueAlertRequest(input);
    expect(JSON.stringify(input)).toBe(before);
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    expect(r.data.status).toBe('Actual');
    expect(r.data.incident.summary).toBe('Shot at the stop.\nSuspect fled.');
    expect(r.data.suspects[0]?.direction).toBe('east');
    const empty = parseBlueAlertRequest({ ...base(), note: '\u0001\u0002' });
    expect(empty.success).toBe(false);
    expect(empty.issues?.[0]?.path).toBe('note');
  });
  it('parseBlueAlertRequest never throws for hostile input', () => {
    for (const v of [undefined, null, 0, '', [], 'x'.repeat(1e5), { __proto__: { event: 'officer-killed' } }, new Map(), Object.create(null)]) {
      const r = parseBlueAlertRequest(v);
      expect(r.success).toBe(false);
      expect(r.issues?.length).toBeGreaterThan(0);
    }
  });
});
