import { describe, expect, it } from 'vitest';
import { formatCapDateTime, isValidTimeZone, parseIsoDateTime, zoneOffsetMinutes, localTimeLabel, zoneAbbreviation } from '../../src/time/zone.js';
import { resolveNow, resolveTimes } from '../../src/time/expiry.js';
import { nationalPlan } from '../../src/activation/plans.js';
import { parseRequest } from '../../src/request/parse.js';
import type { BlueAlertRequest } from '../../src/request/schema.js';

const at = (iso: string) => new Date(iso);

describe('formatCapDateTime', () => {
  it('writes the offset of the zone at that instant, on both sides of a DST change (Denver, 2026-03-08 02:00)', () => {
    expect(formatCapDateTime(at('2026-03-08T08:59:59Z'), 'America/Denver')).toBe('2026-03-08T01:59:59-07:00');
    expect(formatCapDateTime(at('2026-03-08T09:00:00Z'), 'America/Denver')).toBe('2026-03-08T03:00:00-06:00');
  });
  it('handles the fall-back hour that happens twice (New York, 2026-11-01)', () => {
    expect(formatCapDateTime(at('2026-11-01T05:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30:00-04:00');
    expect(formatCapDateTime(at('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30:00-05:00');
  });
  it('is right for zones without DST', () => {
    for (const iso of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z']) {
      expect(formatCapDateTime(at(iso), 'America/Phoenix').slice(-6)).toBe('-07:00');
      expect(formatCapDateTime(at(iso), 'Pacific/Honolulu').slice(-6)).toBe('-10:00');
      expect(formatCapDateTime(at(iso), 'America/Puerto_Rico').slice(-6)).toBe('-04:00');
    }
  });
  it('writes UTC as -00:00, never Z, and drops fractions', () => {
    expect(formatCapDateTime(at('2026-11-22T21:05:00.999Z'), 'UTC')).toBe('2026-11-22T21:05:00-00:00');
  });
  it('handles half-hour and positive offsets and midnight', () => {
    expect(formatCapDateTime(at('2026-01-01T03:30:00Z'), 'America/St_Johns')).toBe('2026-01-01T00:00:00-03:30');
    expect(formatCapDateTime(at('2026-06-30T14:00:00Z'), 'Pacific/Guam')).toBe('2026-07-01T00:00:00+10:00');
  });
  it('agrees with zoneOffsetMinutes', () => {
    expect(zoneOffsetMinutes(at('2026-07-01T12:00:00Z'), 'America/Denver')).toBe(-360);
    expect(zoneOffsetMinutes(at('2026-12-01T12:00:00Z'), 'America/Denver')).toBe(-420);
  });
});

describe('zone names and labels', () => {
  it('knows IANA zones and refuses others', () => {
    expect(isValidTimeZone('America/Denver')).toBe(true);
    expect(isValidTimeZone('Mountain')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
  it('labels local times for text', () => {
    expect(localTimeLabel(at('2026-11-22T21:05:00Z'), 'America/Denver')).toBe('2:05 PM MST');
    expect(zoneAbbreviation(at('2026-05-02T21:30:00Z'), 'America/Puerto_Rico')).toBe('AST');
    expect(zoneAbbreviation(at('2026-07-01T12:00:00Z'), 'Pacific/Honolulu')).toBe('HST');
  });
});

describe('parseIsoDateTime', () => {
  it('reads offsets and Z and refuses a time without a zone or an impossible date', () => {
    expect(parseIsoDateTime('2026-11-22T14:05:00-07:00')?.toISOString()).toBe('2026-11-22T21:05:00.000Z');
    expect(parseIsoDateTime('2026-11-22T21:05:00.5Z')?.toISOString()).toBe('2026-11-22T21:05:00.500Z');
    expect(parseIsoDateTime('2026-11-22T14:05:00')).toBeUndefined();
    expect(parseIsoDateTime('2026-02-30T14:05:00Z')).toBeUndefined();
  });
});

function request(extra: Record<string, unknown> = {}): BlueAlertRequest {
  const r = parseRequest({
    event: 'officer-killed',
    issuer: { name: 'CBI', sender: 'cbi@state.co.us', timeZone: 'America/Denver' },
    requestingAgency: { name: 'Denver PD' },
    area: { same: ['008031'] },
    ...extra,
  });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

describe('resolveTimes', () => {
  const now = at('2026-11-22T21:20:00.750Z');
  it('truncates sent to whole seconds and uses the plan default (24 h) when nothing is given', () => {
    const { times } = resolveTimes(request(), nationalPlan, resolveNow(now) as Date);
    expect(times?.sentText).toBe('2026-11-22T14:20:00-07:00');
    expect(times?.expiresText).toBe('2026-11-23T14:20:00-07:00');
  });
  it('uses durationHours', () => {
    const { times } = resolveTimes(request({ durationHours: 1.5 }), nationalPlan, now);
    expect(times?.expiresText).toBe('2026-11-22T15:50:00-07:00');
  });
  it('rewrites an explicit expires in the issuer zone', () => {
    const { times } = resolveTimes(request({ expires: '2026-11-23T00:00:00Z' }), nationalPlan, now);
    expect(times?.expiresText).toBe('2026-11-22T17:00:00-07:00');
  });
  it('refuses an expires at or before sent, naming the path', () => {
    const { times, issues } = resolveTimes(request({ expires: '2026-11-22T14:20:00-07:00' }), nationalPlan, now);
    expect(times).toBeUndefined();
    expect(issues[0]).toMatchObject({ code: 'expires_in_past', path: 'expires', severity: 'error' });
  });
  it('warns when a WEA alert lasts more than 24 hours', () => {
    const { issues } = resolveTimes(request({ durationHours: 30 }), nationalPlan, now);
    expect(issues.map((i) => i.code)).toContain('wea_duration_over_24h');
  });
  it('reads now as a Date or an ISO string, and refuses nonsense', () => {
    expect((resolveNow('2026-11-22T14:20:00-07:00') as Date).toISOString()).toBe('2026-11-22T21:20:00.000Z');
    expect(resolveNow('yesterday')).toMatchObject({ code: 'invalid_now', path: 'options.now' });
    expect(resolveNow(new Date(Number.NaN))).toMatchObject({ code: 'invalid_now' });
  });
});
