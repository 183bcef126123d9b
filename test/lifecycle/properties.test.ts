import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BlueAlertError, buildBlueAlert, cancelBlueAlert, samePurgeTime, type CapAlert } from '../../src/index.js';

const runs = Number(process.env.FC_NUM_RUNS ?? 100);
const seed = Number(process.env.FC_SEED ?? 42);

function permitted(minutes: number): boolean {
  return minutes <= 60 ? minutes % 15 === 0 : minutes % 30 === 0;
}

describe('samePurgeTime (property)', () => {
  it('is the smallest permitted TTTT at or above the duration, at most 9930', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 8000, noNaN: true }), (d) => {
        const p = samePurgeTime(d);
        expect(permitted(p.minutes)).toBe(true);
        expect(p.minutes).toBeLessThanOrEqual(5970);
        expect(p.clamped).toBe(Math.ceil(d - 1e-9) > 5970);
        if (!p.clamped) {
          expect(p.minutes).toBeGreaterThanOrEqual(Math.ceil(d - 1e-9));
          const previous = p.minutes <= 60 ? p.minutes - 15 : p.minutes - 30;
          expect(previous).toBeLessThan(Math.ceil(d - 1e-9));
        }
        expect(p.text).toMatch(/^\d{4}$/);
        expect(Number(p.text.slice(0, 2)) * 60 + Number(p.text.slice(2))).toBe(p.minutes);
      }),
      { numRuns: runs, seed },
    );
  });
});

describe('cancel references (property)', () => {
  const base = buildBlueAlert(
    {
      event: 'officer-killed',
      status: 'Exercise',
      issuer: { name: 'CBI', sender: 'cbi.bluealert@state.co.us', timeZone: 'America/Denver' },
      requestingAgency: { name: 'Denver PD' },
      area: { same: ['008031'] },
    },
    { now: '2026-11-22T14:00:00-07:00' },
  ).alert;
  const info = base.info[0];
  if (info === undefined) throw new Error('no info');
  const T0 = Date.parse('2026-11-22T21:00:00Z');
  const cap = (ms: number): string => new Date(ms - 7 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '-07:00');

  it('references exactly the given messages not expired at the cancel time, oldest first; refuses when none is left', () => {
    const chainArb = fc.array(fc.record({ gap: fc.integer({ min: 1, max: 180 }), life: fc.integer({ min: 1, max: 600 }) }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(chainArb, fc.integer({ min: 0, max: 600 }), fc.boolean(), (steps, after, shuffle) => {
        let t = T0;
        const alerts: CapAlert[] = steps.map((s, i) => {
          t += s.gap * 60_000;
          return { ...base, identifier: `M-${i}`, sent: cap(t), msgType: i === 0 ? 'Alert' : 'Update', info: [{ ...info, expires: cap(t + s.life * 60_000) }] };
        });
        const now = t + after * 60_000;
        const alive = alerts.filter((a) => Date.parse(a.info[0]?.expires ?? '') > now).map((a) => `${a.sender},${a.identifier},${a.sent}`);
        const given = shuffle ? [...alerts].reverse() : alerts;
        if (alive.length === 0) {
          expect(() => cancelBlueAlert(given, { now: new Date(now) })).toThrowError(BlueAlertError);
          return;
        }
        const c = cancelBlueAlert(given, { now: new Date(now) });
        expect(c.references).toEqual(alive);
        expect(c.alert.status).toBe('Exercise');
        expect(Date.parse(c.expires)).toBeGreaterThan(now);
      }),
      { numRuns: runs, seed },
    );
  });
});
