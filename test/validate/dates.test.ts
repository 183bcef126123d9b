/** The validator's CAP date-time reader (src/validate/dates.ts), read by character codes. */
import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/validate/dates.js';

describe('readDate', () => {
  it('reads the instant and the offset', () => {
    expect(readDate('2026-11-22T14:20:00-07:00')).toEqual({ ms: Date.UTC(2026, 10, 22, 21, 20, 0), offsetMinutes: -420 });
    expect(readDate(' \n2026-11-22T14:20:00+05:30\t')).toEqual({ ms: Date.UTC(2026, 10, 22, 8, 50, 0), offsetMinutes: 330 });
    expect(readDate('0001-01-01T00:00:00+00:00')?.offsetMinutes).toBe(0);
    expect(readDate('2024-02-29T24:00:00-14:00')).toEqual({ ms: Date.UTC(2024, 2, 1, 14, 0, 0), offsetMinutes: -840 });
  });

  it('refuses what the CAP pattern or the calendar refuses', () => {
    for (const bad of [
      '', '2026-11-22T14:20:00Z', '2026-11-22T14:20:00.5-07:00', '2026-11-22 14:20:00-07:00', '2026-11-22T14:20-07:00',
      '0000-01-01T00:00:00+00:00', '2026-13-01T00:00:00+00:00', '2026-00-01T00:00:00+00:00', '2023-02-29T00:00:00+00:00',
      '2026-04-31T00:00:00+00:00', '2026-11-22T24:00:01-07:00', '2026-11-22T25:00:00-07:00', '2026-11-22T14:60:00-07:00',
      '2026-11-22T14:20:60-07:00', '2026-11-22T14:20:00-14:01', '2026-11-22T14:20:00-07:60', '2026-11-22T14:20:00*07:00',
      '٢٠٢٦-11-22T14:20:00-07:00', '2026-11-22T14:20:00-07:00x', '\u00a02026-11-22T14:20:00-07:00', '+2026-11-22T14:20:00-07:00',
    ]) {
      expect({ bad, read: readDate(bad) }).toEqual({ bad, read: undefined });
    }
  });
});
