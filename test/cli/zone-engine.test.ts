/**
 * The CLI's zone engine (src/cli/zone-engine.ts) must give exactly what `Intl` gives wherever it answers: wall
 * clock, offset and short name, for every zone the runtime lists, at instants sampled from 1000 to 9999 and on both
 * sides of every offset change from 1900 to 2100. And it must answer for the zones US alerts use (else the CLI's
 * cold start pays for `Intl` after all).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';
import type { BlueAlertRequestInput } from '../../src/request/types.js';
import { CLI, FIXTURE, NOW, tempDir } from './helpers.js';
import { US_ZONES, processZoneEngine } from '../../src/cli/zone-engine.js';
import { formatCapDateTime, isValidTimeZone, localParts, setZoneEngine, zoneAbbreviation, type ZoneEngine } from '../../src/time/zone.js';

const ORIGINAL_TZ = process.env['TZ'];
afterAll(() => {
  setZoneEngine(undefined);
  if (ORIGINAL_TZ === undefined) delete process.env['TZ'];
  else process.env['TZ'] = ORIGINAL_TZ;
});

const engine = processZoneEngine() as ZoneEngine;
const ZONES = [...Intl.supportedValuesOf('timeZone'), 'UTC'];
const DAY = 86_400_000;

/** What Intl says (the engine removed), and what the engine says, at one instant. */
function both(t: number, zone: string) {
  setZoneEngine(undefined);
  const date = new Date(t);
  const want = { wall: { ...localParts(date, zone) }, abbr: zoneAbbreviation(date, zone) };
  const wall = engine.wallClock(date, zone);
  const abbr = engine.abbreviation(date, zone);
  return { want, wall, abbr };
}

/** Instants where `zone`'s offset changes between `from` and `to` (to the millisecond), found with the engine. */
function changes(zone: string, from: number, to: number, step: number): number[] {
  const offset = (t: number) => {
    const w = engine.wallClock(new Date(t), zone);
    return w === undefined ? NaN : Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(t / 1000) * 1000;
  };
  const out: number[] = [];
  let prev = offset(from);
  for (let t = from + step; t <= to; t += step) {
    const cur = offset(t);
    if (cur !== prev) {
      let lo = t - step;
      let hi = t;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offset(mid) === prev) lo = mid;
        else hi = mid;
      }
      out.push(hi);
    }
    prev = cur;
  }
  return out;
}

describe('the CLI zone engine', () => {
  it('exists on this runtime', () => {
    expect(engine).toBeDefined();
  });

  it('answers for the zones of US alerts (else a cold CLI start pays for Intl)', () => {
    const t = Date.UTC(2026, 10, 22, 21, 5);
    for (const zone of ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico', 'America/Boise', 'America/Indianapolis', 'America/Detroit', 'UTC']) {
      expect(engine.isKnown(zone), zone).toBe(true);
      expect(engine.wallClock(new Date(t), zone), zone).toBeDefined();
      expect(engine.abbreviation(new Date(t), zone), zone).toBeDefined();
    }
  });

  it('knows every zone it names for US alerts by the runtime\'s own list', () => {
    const listed = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
    expect([...US_ZONES].filter((zone) => !listed.has(zone))).toEqual([]);
  });

  it('gives what Intl gives for every zone, from the year 1000 to 9999', () => {
    const bad: string[] = [];
    const instants: number[] = [];
    for (let y = 1000; y <= 9999; y += y < 1850 ? 97 : y < 2100 ? 3 : 331) instants.push(Date.UTC(y, (y * 7) % 12, 1 + (y % 28), y % 24, (y * 13) % 60, (y * 29) % 60));
    for (const zone of ZONES) {
      for (const t of instants) {
        const { want, wall, abbr } = both(t, zone);
        if (wall !== undefined && JSON.stringify(wall) !== JSON.stringify(want.wall)) bad.push(`${zone} ${new Date(t).toISOString()} wall ${JSON.stringify(wall)} != ${JSON.stringify(want.wall)}`);
        if (abbr !== undefined && abbr !== want.abbr) bad.push(`${zone} ${new Date(t).toISOString()} abbr ${abbr} != ${want.abbr}`);
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('gives what Intl gives on both sides of every offset change from 1900 to 2100', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const zone of ZONES) {
      for (const at of changes(zone, Date.UTC(1900, 0, 1), Date.UTC(2100, 0, 1), 20 * DAY)) {
        for (const t of [at - 3_600_000, at - 1000, at, at + 1000, at + 3_600_000]) {
          const { want, wall, abbr } = both(t, zone);
          checked++;
          if (wall !== undefined && JSON.stringify(wall) !== JSON.stringify(want.wall)) bad.push(`${zone} ${new Date(t).toISOString()} wall ${JSON.stringify(wall)} != ${JSON.stringify(want.wall)}`);
          if (abbr !== undefined && abbr !== want.abbr) bad.push(`${zone} ${new Date(t).toISOString()} abbr ${abbr} != ${want.abbr}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('leaves to Intl what it does not know, so a build gives the same result with or without it', () => {
    setZoneEngine(engine);
    try {
      expect(engine.isKnown('US/Mountain')).toBeUndefined();
      expect(engine.wallClock(new Date(0), 'US/Mountain')).toBeUndefined();
      expect(isValidTimeZone('US/Mountain')).toBe(true); // Intl knows the alias
      expect(isValidTimeZone('Mountain')).toBe(false);
      expect(formatCapDateTime(new Date('2026-03-08T09:00:00Z'), 'America/Denver')).toBe('2026-03-08T03:00:00-06:00');
      expect(formatCapDateTime(new Date('2026-03-08T09:00:00Z'), 'US/Mountain')).toBe('2026-03-08T03:00:00-06:00');
      expect(zoneAbbreviation(new Date('2026-07-01T12:00:00Z'), 'Pacific/Guam')).toBe('ChST');
    } finally {
      setZoneEngine(undefined);
    }
  });
});

describe('the CLI with its zone engine against the library with Intl (from the black-box attack on the engine)', () => {
  it('writes the same message in US zones and territories, under an alias or in lower case, whatever the process TZ and language', () => {
    const base = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { issuer: { timeZone: string } };
    const dir = tempDir('ba-zone-');
    const cases: Array<{ zone: string; now: string; env?: Record<string, string> }> = [
      { zone: 'America/Denver', now: NOW },
      { zone: 'America/Denver', now: NOW, env: { TZ: 'Bogus/Zone', LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8' } },
      { zone: 'America/Denver', now: NOW, env: { TZ: ':America/New_York', LANG: 'es_US.UTF-8', LC_ALL: 'es_US.UTF-8' } },
      { zone: 'America/New_York', now: '2026-11-23T01:30:00-05:00' },
      { zone: 'America/Adak', now: '2026-11-23T01:59:59-10:00' },
      { zone: 'Pacific/Guam', now: '2026-11-23T18:00:00+10:00' },
      { zone: 'US/Mountain', now: NOW },
      { zone: 'america/denver', now: NOW },
    ];
    for (const [i, c] of cases.entries()) {
      const file = join(dir, `r${i}.json`);
      writeFileSync(file, JSON.stringify({ ...base, issuer: { ...base.issuer, timeZone: c.zone } }));
      const cli = spawnSync(process.execPath, [CLI, 'build', file, '--now', c.now, '--id', 'ZONE-1', '--no-counties', '--quiet'], { encoding: 'utf8', env: { ...process.env, ...c.env } });
      setZoneEngine(undefined);
      const lib = buildBlueAlert(JSON.parse(readFileSync(file, 'utf8')) as BlueAlertRequestInput, { now: c.now, identifier: 'ZONE-1' });
      expect({ case: c, code: cli.status, xml: cli.stdout }).toEqual({ case: c, code: 0, xml: lib.xml.endsWith('\n') ? lib.xml : `${lib.xml}\n` });
    }
  });
});
