/**
 * The caps (LIMITS): a request over one is refused with an issue naming the path, what was received and the cap,
 * before any costly work; and the numbers and times rows of issue 14.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS, safeBuildBlueAlert, type BlueAlertIssue } from '../../src/index.js';
import { parseRequest } from '../../src/request/parse.js';
import { requestLimitIssues } from '../../src/request/limits.js';
import { requestFixtures } from '../support/fixtures.js';

const fixture = () => {
  const f = requestFixtures().find((x) => x.name === 'officer-killed-denver');
  if (f === undefined) throw new Error('fixture officer-killed-denver is missing');
  return structuredClone(f.request) as unknown as Record<string, unknown> & { area: Record<string, unknown>; incident: Record<string, unknown>; suspects: Record<string, unknown>[] };
};
const OPTIONS = { now: '2026-11-22T14:20:00-07:00', identifier: 'CBI-BA-2026-001' };
const build = (req: unknown, options: Record<string, unknown> = OPTIONS) => safeBuildBlueAlert(req, options);
const issuesOf = (r: ReturnType<typeof build>): readonly BlueAlertIssue[] => (r.success ? r.data.warnings.map((w) => ({ ...w, severity: 'warning' as const })) : r.issues);

function square(x: number, y: number, d = 0.01): number[][] {
  return [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]];
}
function circleRing(n: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < n; i++) out.push([Math.round((-104.9 + 0.5 * Math.cos((2 * Math.PI * i) / n)) * 1e5) / 1e5, Math.round((39.7 + 0.4 * Math.sin((2 * Math.PI * i) / n)) * 1e5) / 1e5]);
  out.push(out[0] as number[]);
  return out;
}

describe('request caps', () => {
  it('refuses 130,000 duplicate FIPS codes with EAS off as one clean issue (was a RangeError)', () => {
    const req = fixture();
    req.area = { fips: Array(130_000).fill('08031') };
    req['eas'] = { enabled: false };
    const r = build(req);
    expect(r.success).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'input_too_large', path: 'area.fips', message: expect.stringContaining(`130,000 SAME and FIPS codes; the limit is ${LIMITS.codes.toLocaleString('en-US')}`) }),
    ]);
  });

  it('at the code cap, duplicates are dropped with warnings and the build succeeds', () => {
    const req = fixture();
    req.area = { fips: Array(LIMITS.codes).fill('08031') };
    req['eas'] = { enabled: false };
    const r = build(req);
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.area.same).toEqual(['008031']);
      expect(r.data.warnings.filter((w) => w.code === 'area_duplicate_code')).toHaveLength(LIMITS.codes - 1);
    }
  });

  it('names the ring, the count and the cap for a ring over ringVertices', () => {
    const req = fixture();
    req.area = { same: ['008031'], geometry: { type: 'Polygon', coordinates: [circleRing(LIMITS.ringVertices + 10)] } };
    expect(issuesOf(build(req))).toEqual([
      expect.objectContaining({ code: 'input_too_large', path: 'area.geometry.coordinates[0]', message: expect.stringMatching(/10,011 positions; the limit is 10,000 \(LIMITS.ringVertices\)/) }),
    ]);
  });

  it('refuses too many polygons, rings, positions in all and circles', () => {
    const multi = (k: number) => Array.from({ length: k }, (_, i) => [square(-105 + (i % 30) * 0.02, 39 + Math.floor(i / 30) * 0.02)]);
    expect(requestLimitIssues({ area: { geometry: { type: 'MultiPolygon', coordinates: multi(LIMITS.polygons + 1) } } })).toEqual([
      expect.objectContaining({ path: 'area.geometry.coordinates', message: expect.stringContaining('101 polygons') }),
    ]);
    expect(requestLimitIssues({ area: { geometry: { type: 'Polygon', coordinates: Array(LIMITS.ringsPerPolygon + 1).fill(square(0, 0)) } } })[0]?.message).toMatch(/101 rings/);
    const big = circleRing(9_000);
    expect(requestLimitIssues({ area: { geometry: { type: 'MultiPolygon', coordinates: Array(6).fill([big]) } } })).toEqual([
      expect.objectContaining({ path: 'area.geometry.coordinates', message: expect.stringContaining('54,006 positions in all') }),
    ]);
    expect(requestLimitIssues({ area: { circles: Array(101).fill({ lat: 39, lon: -105, radiusKm: 1 }) } })[0]?.path).toBe('area.circles');
  });

  it('refuses an oversized request, a long string and deep nesting without quoting the text', () => {
    const req = fixture();
    (req.incident as Record<string, unknown>)['summary'] = `Officer Daniel Okafor ${'x'.repeat(LIMITS.stringChars)}`;
    const long = parseRequest(req);
    expect(long.success).toBe(false);
    expect(long.issues?.[0]).toMatchObject({ code: 'input_too_large', path: 'incident.summary' });
    expect(long.issues?.[0]?.message).not.toContain('Okafor');
    const huge = fixture();
    huge['padding'] = Array.from({ length: 200 }, () => 'y'.repeat(10_000));
    expect(parseRequest(huge).issues?.[0]).toMatchObject({ code: 'input_too_large', path: '', message: expect.stringContaining('1,048,576 bytes') });
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(parseRequest({ area: deep }).issues?.[0]).toMatchObject({ code: 'input_too_large', message: expect.stringContaining('deeper than 16') });
    // a sparse array claiming a billion items is refused from its length, not walked
    expect(parseRequest({ x: new Array(1_000_000_000) }).issues?.[0]?.message).toContain('bytes as JSON');
  });

  it('refuses a cyclic request cleanly', () => {
    const req = fixture();
    (req.area as Record<string, unknown>)['self'] = req;
    const r = parseRequest(req);
    expect(r.success).toBe(false);
    expect(r.issues?.[0]?.code).toBe('input_too_large');
  });
});

describe('numbers and times', () => {
  it('writes a positive radius below the last decimal as 0.00001, never 0, and still builds its polygon', () => {
    const req = fixture();
    req.area = { same: ['008031'], circles: [{ lat: 39.74, lon: -104.99, radiusKm: 1e-300 }] };
    const r = build(req, { ...OPTIONS, circlesAsPolygons: true });
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.area.circles).toEqual(['39.74,-104.99 0.00001']);
      expect(r.data.xml).not.toMatch(/<circle>[^<]* 0<\/circle>/);
      expect(r.data.area.polygons).toHaveLength(1);
    }
  });

  it('refuses years before 1000 in now (0099 was written 1999), as a string or a Date', () => {
    const r = build(fixture(), { ...OPTIONS, now: '0099-11-22T14:20:00-07:00' });
    expect(r.issues?.[0]).toMatchObject({ code: 'invalid_now', path: 'options.now', message: expect.stringContaining('0099 is before 1000') });
    const d = new Date(0);
    d.setUTCFullYear(99, 10, 22);
    expect(build(fixture(), { ...OPTIONS, now: d }).issues?.[0]).toMatchObject({ code: 'invalid_now', message: expect.stringContaining('year 99') });
    const late = build(fixture(), { ...OPTIONS, now: '9999-12-31T20:00:00-07:00' });
    expect(late.success).toBe(false);
  });

  it('refuses an identifier XML cannot carry instead of changing it', () => {
    for (const id of ['CBI\u0000BA', 'CBI\u0007BA', 'CBI\ud800BA', 'CBI\uffffBA']) {
      const r = build(fixture(), { ...OPTIONS, identifier: id });
      expect(r.success).toBe(false);
      expect(r.issues?.[0]).toMatchObject({ code: 'invalid_identifier', path: 'options.identifier' });
    }
    const ok = build(fixture(), { ...OPTIONS, identifier: 'CBI-BA-Ω-1' });
    expect(ok.success && ok.data.xml.includes('<identifier>CBI-BA-Ω-1</identifier>')).toBe(true);
  });

  it('warns for an incident or last-seen time minutes after sent, and refuses one hours after', () => {
    const skew = fixture();
    (skew.incident as Record<string, unknown>)['occurredAt'] = '2026-11-22T14:25:00-07:00';
    const w = build(skew);
    expect(w.success).toBe(true);
    if (w.success) expect(w.data.warnings).toContainEqual(expect.objectContaining({ code: 'time_after_sent', path: 'incident.occurredAt' }));
    const years = fixture();
    (years.suspects[0]?.['lastSeen'] as Record<string, unknown>)['at'] = '2029-01-01T10:00:00-07:00';
    const e = build(years);
    expect(e.success).toBe(false);
    expect(e.issues).toContainEqual(expect.objectContaining({ code: 'time_after_sent', path: 'suspects[0].lastSeen.at', severity: 'error' }));
    const ancient = fixture();
    (ancient.incident as Record<string, unknown>)['occurredAt'] = '0099-11-22T14:05:00-07:00';
    expect(build(ancient).issues).toContainEqual(expect.objectContaining({ code: 'invalid_datetime', path: 'incident.occurredAt' }));
  });
});
