/**
 * The binary's V8 code cache (src/cli/launch.ts): same output with and without it, only compiled code in it
 * (never the request it built), and only in a folder no one else can write to.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, FIXTURE, NOW, tempDir } from './helpers.js';
import { ROOT } from '../support/fixtures.js';

function runIn(tmp: string, args: readonly string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp, BLUE_ALERT_DEBUG: '', ...env } });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

const cacheFiles = (tmp: string) => readdirSync(tmp).filter((d) => d.startsWith('blue-alert-cap-v8-cache')).flatMap((d) => readdirSync(join(tmp, d)).map((f) => join(tmp, d, f)));

describe('CLI code cache', () => {
  it('gives the same output cold, warm and disabled, and keeps no request data', () => {
    const tmp = tempDir('ba-cache-');
    // a request with an officer name found nowhere in the code
    const request = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { officer: { name: string } };
    const name = 'Zebediah Quillfeather';
    request.officer.name = name;
    const file = join(mkdtempSync(join(tmp, 'req-')), 'request.json');
    writeFileSync(file, JSON.stringify(request));
    const args = ['build', file, '--now', NOW, '--id', 'CACHE-1', '--quiet'];
    const cold = runIn(tmp, args);
    expect(cold.code).toBe(0);
    const files = cacheFiles(tmp);
    if (typeof process.getuid === 'function' && typeof (createRequire(import.meta.url)('node:module') as { enableCompileCache?: unknown }).enableCompileCache !== 'function') {
      expect(files).toHaveLength(1);
      const bytes = readFileSync(files[0] as string);
      for (const enc of ['latin1', 'utf16le'] as const) {
        expect(bytes.includes(Buffer.from('Quillfeather', enc))).toBe(false);
        expect(bytes.includes(Buffer.from('CACHE-1', enc))).toBe(false);
      }
      expect(statSync(files[0] as string).mode & 0o077).toBe(0);
      expect(statSync(join(files[0] as string, '..')).mode & 0o077).toBe(0);
    }
    const warm = runIn(tmp, args);
    const off = runIn(tmp, args, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(warm).toEqual(cold);
    expect(off).toEqual(cold);
    expect(cold.stdout).not.toContain(name);
  });

  it('is not used from a folder others can write to, and a corrupt cache is only recompiled', () => {
    if (typeof process.getuid !== 'function') return;
    const tmp = tempDir('ba-cache-');
    const args = ['build', FIXTURE, '--now', NOW, '--id', 'CACHE-2', '--quiet'];
    const first = runIn(tmp, args);
    expect(first.code).toBe(0);
    for (const f of cacheFiles(tmp)) writeFileSync(f, Buffer.from('not a V8 code cache'));
    expect(runIn(tmp, args)).toEqual(first);
    const dir = readdirSync(tmp).find((d) => d.startsWith('blue-alert-cap-v8-cache'));
    if (dir !== undefined) {
      spawnSync('chmod', ['777', join(tmp, dir)]);
      expect(runIn(tmp, args)).toEqual(first);
      expect(existsSync(join(tmp, dir))).toBe(true);
    }
  });
});
