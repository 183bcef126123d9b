/**
 * Hostile request input (issue 9): very long strings against every regular expression of the request model, the
 * redaction matcher and the text composer, and prototype keys. Bounds are stated by size: each case below is
 * refused or handled for the size given; a catastrophic regular expression would not finish at these sizes.
 */
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert, redactForPublic, validateCap, parseCap } from '../../src/index.js';

const NOW = '2026-11-22T14:20:00-07:00';
const base = () => ({
  event: 'officer-killed',
  issuer: { name: 'CBI', sender: 'cbi@state.co.us', timeZone: 'America/Denver', web: 'https://cbi.colorado.gov/blue-alert' },
  requestingAgency: { name: 'Denver PD' },
  criteria: { requestedByPrimaryAgency: true, officerStatusConfirmed: true, suspectApprehended: false, sufficientSuspectDescription: true },
  incident: { summary: 'An officer was shot.' },
  officer: { name: 'Maria Young', badge: '4471' },
  suspects: [{ vehicle: { plate: { number: 'ABC123' } } }],
  area: { same: ['008031'] },
});

/** Strings shaped to make backtracking regular expressions explode, 100,000 characters each. */
const N = 100_000;
const nasty = [
  'a'.repeat(N) + '!',
  ' '.repeat(N) + 'x',
  `http://${'a'.repeat(N)} `,
  `${'0'.repeat(N)}x`,
  `${'Maria '.repeat(N / 6)}`,
  `${'-'.repeat(N)}`,
  `2026-11-22T14:05:00${'0'.repeat(N)}`,
];

const setters: readonly [string, (r: Record<string, unknown>, v: string) => void][] = [
  ['event', (r, v) => (r['event'] = v)],
  ['issuer.sender', (r, v) => ((r['issuer'] as Record<string, unknown>)['sender'] = v)],
  ['issuer.timeZone', (r, v) => ((r['issuer'] as Record<string, unknown>)['timeZone'] = v)],
  ['issuer.web', (r, v) => ((r['issuer'] as Record<string, unknown>)['web'] = v)],
  ['incident.summary', (r, v) => ((r['incident'] as Record<string, unknown>)['summary'] = v)],
  ['area.same[0]', (r, v) => (r['area'] = { same: [v] })],
  ['expires', (r, v) => (r['expires'] = v)],
  ['officer.name', (r, v) => ((r['officer'] as Record<string, unknown>)['name'] = v)],
  ['suspects[0].vehicle.plate.number', (r, v) => (r['suspects'] = [{ vehicle: { plate: { number: v } } }])],
];

describe('very long strings in every kind of field', () => {
  for (const [path, set] of setters) {
    it(`${path}: ${nasty.length} strings of ${N.toLocaleString('en-US')} characters are refused, naming the path`, () => {
      for (const v of nasty) {
        const r = base() as Record<string, unknown>;
        set(r, v);
        const result = safeBuildBlueAlert(r, { now: NOW });
        // text fields are trimmed first: 100,000 spaces and an "x" is just "x"
        if (v.trim().length < 10) continue;
        expect(result.success).toBe(false);
        expect(result.issues?.map((i) => i.path)).toContain(path);
      }
    });
  }

  it('the longest text a valid request may carry is redacted, composed and validated (4,000 characters of names and lookalikes)', () => {
    const long = 'Sgt. Maria Young and Youngstown and M. Young, #4471, Young-Smith '.repeat(60).slice(0, 3990);
    const r = base() as Record<string, unknown>;
    r['text'] = { description: long };
    const built = safeBuildBlueAlert(r, { now: NOW });
    expect(built.success).toBe(true);
    expect(built.data?.xml).not.toMatch(/Maria|4471/);
    expect(built.data?.xml).toContain('Youngstown');
    const pub = redactForPublic(r);
    expect(JSON.stringify(pub.request)).not.toMatch(/Maria Young/);
  });

  it('validateCap and parseCap on a 1 MB single-line polygon and text answer without hanging', () => {
    const points = Array.from({ length: 50_000 }, (_, i) => `${(i % 90).toFixed(3)},${(-(i % 180)).toFixed(3)}`);
    const pairs = [...points, points[0]].join(' ');
    const xml = `<?xml version="1.0"?><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>x</identifier><sender>s</sender><sent>2026-11-22T14:20:00-07:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope><info><category>Security</category><event>e</event><urgency>Immediate</urgency><severity>Severe</severity><certainty>Observed</certainty><area><areaDesc>${'a '.repeat(100_000)}</areaDesc><polygon>${pairs}</polygon></area></info></alert>`;
    const issues = validateCap(xml, { profile: 'ipaws', maxBytes: 2_000_000 });
    expect(issues.some((i) => i.code === 'POLYGON_TOO_MANY_VERTICES')).toBe(true);
    expect(parseCap(xml).info[0]?.area[0]?.polygon[0]?.split(' ')).toHaveLength(50_001);
    expect(() => parseCap(xml, { maxBytes: 500_000 })).toThrow(/larger than/);
  });
});

describe('prototype keys in JSON', () => {
  it('__proto__, constructor and prototype keys anywhere are unknown fields, and nothing is polluted', () => {
    for (const json of [
      '{"__proto__": {"polluted": 1}}',
      '{"issuer": {"__proto__": {"polluted": 1}}}',
      '{"area": {"constructor": {"prototype": {"polluted": 1}}}}',
      '{"suspects": [{"prototype": 1}]}',
    ]) {
      const r = { ...base() } as Record<string, unknown>;
      const extra = JSON.parse(json) as Record<string, unknown>;
      for (const [k, v] of Object.entries(extra)) {
        if (k === '__proto__') Object.defineProperty(r, k, { value: v, enumerable: true });
        else r[k] = typeof v === 'object' && !Array.isArray(v) ? { ...(r[k] as object), ...(v as object) } : v;
      }
      const result = safeBuildBlueAlert(JSON.parse(JSON.stringify(r).replace('"event"', json.slice(1, -1) + ',"event"')), { now: NOW });
      expect(result.success).toBe(false);
      expect(result.issues?.some((i) => i.code === 'unrecognized_key')).toBe(true);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }
  });
});
