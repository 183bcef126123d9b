/**
 * What an outsider threw at the CLI, kept as tests: endless and huge input, output over the input, flag values
 * that carry the officer's name, control characters in paths, deep JSON, and a request the library cannot take.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, FIXTURE, NOW, noStack, run, tempDir } from './helpers.js';

const request = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

describe('input that never ends or is too large', () => {
  it('/dev/zero is refused once past the 10 MB limit, without reading it all', () => {
    if (!existsSync('/dev/zero')) return;
    const r = run(['build', '/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('The request file: larger than 10 MB; the CLI reads at most that much.\n');
  });
  it('standard input over 10 MB is refused the same way', () => {
    const r = run(['build', '-'], Buffer.alloc(10 * 1024 * 1024 + 1, 0x20));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Standard input: larger than 10 MB');
  });
  it('a closed standard input reads as empty', () => {
    const r = spawnSync(process.execPath, [CLI, 'build', '-'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Standard input: is empty');
  });
  it('a folder given as the request', () => {
    const r = run(['build', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is a folder, not a file\.\n$/);
  });
  it('JSON nested 200,000 deep: exit 1, no stack trace', () => {
    const r = run(['build', '-'], `{"event":"officer-killed","note":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    expect(r.code).toBe(1);
    noStack(r.stderr);
  });
});

describe('too many earlier messages', () => {
  it('cancel with 40,000 file names is refused at once, naming the cap, before any file is read', () => {
    const names = Array<string>(40_000).fill('does-not-exist.xml');
    const r = run(['cancel', ...names, '--now', NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('40000 earlier messages were given; the limit is 500 (LIMITS.previousMessages)');
    expect(r.stderr).not.toContain('does-not-exist');
    noStack(r.stderr);
  });
});

describe('--out over what the command reads', () => {
  it('the request file itself is refused and kept', () => {
    const dir = tempDir();
    const req = join(dir, 'request.json');
    copyFileSync(FIXTURE, req);
    const r = run(['build', req, '--now', NOW, '-o', req]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is also an input of this command');
    expect(readFileSync(req, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));
  });
  it('an earlier message of the chain is refused for cancel', () => {
    const dir = tempDir();
    const alert = join(dir, 'alert.xml');
    expect(run(['build', FIXTURE, '--now', NOW, '-o', alert]).code).toBe(0);
    const before = readFileSync(alert, 'utf8');
    const r = run(['cancel', alert, '--now', '2026-11-22T15:00:00-07:00', '-o', alert]);
    expect(r.code).toBe(1);
    expect(readFileSync(alert, 'utf8')).toBe(before);
  });
  it('a path ending in a slash names a folder', () => {
    const r = run(['build', FIXTURE, '--now', NOW, '-o', `${tempDir()}/new/`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ends with a slash');
  });
  it('a newline in the path cannot fake a second line of output', () => {
    const r = run(['build', FIXTURE, '--now', NOW, '-o', 'no\nsuch/alert.xml']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    // the path is not shown at all (it may hold the officer's name: red team 11), so it cannot fake a line
    expect(r.stderr).not.toContain('such');
    expect(r.stderr).toContain('The --out file is in a folder that does not exist');
  });
});

describe("flag values never bring the officer's identity back", () => {
  it('--id, --now and --time-zone holding the name: described, not quoted', () => {
    const id = run(['build', FIXTURE, '--now', NOW, '--id', 'Daniel Okafor']);
    expect(id.code).toBe(1);
    expect(id.stderr).toContain('Received 13 characters, with a space at character 7');
    const now = run(['build', FIXTURE, '--now', 'Daniel Okafor']);
    expect(now.stderr).toContain('Received 13 characters that are not a date-time');
    const dir = tempDir();
    expect(run(['build', FIXTURE, '--now', NOW, '-o', join(dir, 'a.xml')]).code).toBe(0);
    const tz = run(['cancel', join(dir, 'a.xml'), '--now', '2026-11-22T15:00:00-07:00', '--time-zone', 'Okafor']);
    expect(tz.code).toBe(1);
    for (const r of [id, now, tz]) expect(r.stderr).not.toMatch(/Okafor|Daniel/);
  });
  it('--audience and --profile with a name: a usage error that does not repeat it', () => {
    const a = run(['build', FIXTURE, '--audience', 'Okafor']);
    const p = run(['validate', FIXTURE, '--profile', 'Daniel Okafor']);
    for (const r of [a, p]) {
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/Okafor/);
    }
  });
  it('--profile shaped like a profile name: the usage error quotes it, escaped, and names the valid values', () => {
    for (const [given, shown] of [['IPAWS', '"IPAWS"'], ['ipaws ', '"ipaws "'], ['ipaws\u00a0', '"ipaws\\u00A0"'], ['Cap', '"Cap"'], ['nws', '"nws"']]) {
      const r = run(['validate', FIXTURE, '--profile', given as string]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--profile must be "cap" or "ipaws" (lower case, no spaces); received ${shown as string}.`);
    }
  });
  it('verify --json: an unreadable file is the same failure object as elsewhere', () => {
    const r = run(['verify', 'no-such.xml', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ success: false, issues: [{ message: 'The CAP file: no such file.', path: 'message' }] });
  });
});

describe('a request the library cannot take', () => {
  it('130,000 duplicate FIPS codes: no stack trace and no identity, whether refused (1) or an internal error (70)', () => {
    const dir = tempDir();
    const file = join(dir, 'dup.json');
    writeFileSync(file, JSON.stringify({ ...request(), area: { description: 'Denver', fips: Array<string>(130_000).fill('08031') }, eas: { enabled: false } }));
    const r = run(['build', file, '--now', NOW]);
    // exit 1 once the library caps the number of codes (issue 14); never anything else
    expect([1, 70]).toContain(r.code);
    if (r.code === 1) expect(r.stderr).toMatch(/^area\.fips/m);
    else expect(r.stderr).toMatch(/^blue-alert: internal error \(\w+\); set BLUE_ALERT_DEBUG=1/);
    noStack(r.stderr);
    expect(r.stderr).not.toMatch(/Okafor|4471/);
    expect(r.stdout).toBe('');
  });
});
