/**
 * Red-team (robustness) findings, one test per finding, each asserting the correct behaviour: these fail today.
 * See /work/findings/robust.md.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlueAlertRequestInput } from '../../src/index.js';
import {
  buildBlueAlert,
  cancelBlueAlert,
  parseCap,
  safeBuildBlueAlert,
  safeParseCap,
  validateCap,
} from '../../src/index.js';
import { CLI, EXAMPLE, NOW, run, tempDir } from '../cli/helpers.js';

const example = () => {
  const r = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, any>;
  delete r.$schema;
  return r;
};
const issuesOf = (res: any) => (res.success ? [] : (res.error?.issues ?? res.issues ?? [])) as { code: string; path: string }[];

/** A simple (non-crossing) star-shaped ring: n points alternating between radius 2 and 0.2 degrees, in Colorado. */
const star = (n: number) => {
  const ring = Array.from({ length: n }, (_, i) => {
    const t = (2 * Math.PI * i) / n;
    const r = i % 2 ? 2 : 0.2;
    return [+(-105.5 + r * Math.cos(t)).toFixed(5), +(39 + r * Math.sin(t)).toFixed(5)];
  });
  ring.push(ring[0]!);
  return ring;
};

describe('robust: red-team findings', () => {
  it('1. a concave 4,000-vertex ring (a star) builds: simplified, not stalled (it took 7.4 s; growth is measured in bench/scaling.mjs)', () => {
    const req = example();
    req.area = { description: 'Star', geometry: { type: 'Polygon', coordinates: [star(4000)] } };
    req.eas = { enabled: false };
    const t0 = performance.now();
    const res = safeBuildBlueAlert(req, { now: NOW, identifier: 'STAR-4000' });
    const ms = performance.now() - t0;
    expect(res.success).toBe(true);
    if (res.success) expect(res.data.area.polygons.every((p) => p.split(' ').length <= 100)).toBe(true);
    expect(ms, 'a generous regression guard, not a benchmark').toBeLessThan(3000);
  }, 30_000);

  it('2. issuer.timeZone "UTC" is refused on issuer.timeZone, not as an internal cap_invalid bug', () => {
    const req = example();
    req.issuer.timeZone = 'UTC';
    const res = safeBuildBlueAlert(req, { now: NOW, identifier: 'UTC-1' });
    const issues = issuesOf(res);
    expect(issues.map((i) => i.code)).not.toContain('cap_invalid');
    if (!res.success) expect(issues.some((i) => i.path === 'issuer.timeZone')).toBe(true);
  });

  it('3. a send time whose expiry falls past year 9999 is a user error, not an internal cap_invalid', () => {
    const res = safeBuildBlueAlert(example(), { now: '9999-12-31T23:30:00-07:00', identifier: 'Y10K-1' });
    expect(res.success).toBe(false);
    expect(issuesOf(res).map((i) => i.code)).not.toContain('cap_invalid');
  });

  it('4. validateCap never throws for bad input (null, {}, an alert with info: null or [null])', () => {
    const alert = parseCap(buildBlueAlert(example() as unknown as BlueAlertRequestInput, { now: NOW, identifier: 'V-1' }).xml);
    const bad: unknown[] = [null, undefined, {}, { ...alert, info: null }, { ...alert, info: [null] }, { ...alert, info: [{ ...alert.info[0], area: null }] }];
    for (const b of bad) {
      let issues: readonly { severity: string }[] = [];
      expect(() => {
        issues = validateCap(b as any);
      }).not.toThrow();
      expect(issues.some((i) => i.severity === 'error')).toBe(true);
    }
  });

  it('5. safeParseCap(null) returns { success: false } instead of throwing a TypeError', () => {
    expect(() => safeParseCap(null as any)).not.toThrow();
    expect(() => safeParseCap(undefined as any)).not.toThrow();
  });

  it('6. cancelBlueAlert refuses a message that is not a Blue Alert, as updateBlueAlert does', () => {
    const xml = buildBlueAlert(example() as unknown as BlueAlertRequestInput, { now: NOW, identifier: 'F-1' })
      .xml.replace('<event>Blue Alert', '<event>Flood')
      .replace('<value>BLU', '<value>FFW');
    let err: any;
    try {
      cancelBlueAlert(xml, { now: '2026-11-22T15:20:00-07:00' });
    } catch (e) {
      err = e;
    }
    expect(err?.name).toBe('BlueAlertError');
    expect(err?.issues?.[0]?.code).toBe('chain_invalid');
  });

  it('7. options: null is treated like no options (no TypeError) by parseCap, validateCap and cancelBlueAlert', () => {
    const xml = buildBlueAlert(example() as unknown as BlueAlertRequestInput, { now: NOW, identifier: 'N-1' }).xml;
    expect(() => parseCap(xml, null as any)).not.toThrow();
    expect(() => validateCap(xml, null as any)).not.toThrow();
    let err: unknown;
    try {
      cancelBlueAlert(xml, null as any);
    } catch (e) {
      err = e;
    }
    expect(err).not.toBeInstanceOf(TypeError);
  });

  it('8. preview --html to a missing folder with --json prints one JSON document, naming --html', () => {
    const dir = tempDir('ba-robust-');
    const r = run(['preview', EXAMPLE, '--now', NOW, '--html', join(dir, 'nodir', 'x.html'), '--json']);
    expect(r.code).toBe(1);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stdout).toContain('--html');
    expect(r.stdout).not.toContain('"--out"');
  });

  it('9. preview --html /dev/null names the --html flag, not --out', () => {
    const r = run(['preview', EXAMPLE, '--now', NOW, '--html', '/dev/null']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--html');
    expect(r.stderr).not.toContain('--out /dev/null');
  });

  it('10. with --json, a bad flag value (exit 2) still prints a JSON failure object on stdout', () => {
    const r = run(['validate', EXAMPLE, '--json', '--profile', 'foo']);
    expect(r.code).toBe(2);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('11. verify --json names the input or the --cert flag in the issue path', () => {
    const r = spawnSync(process.execPath, [CLI, 'verify', EXAMPLE, '--cert', '/nonexistent-cert.pem', '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.issues[0].path).toBe('--cert');
  });
});
