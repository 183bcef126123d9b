/**
 * The binary's V8 code cache (src/cli/launch.ts): same output with and without it, only compiled code in it
 * (never the request it built), and only in a folder no one else can write to.
 */
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, FIXTURE, NOW, tempDir } from './helpers.js';
import { ROOT } from '../support/fixtures.js';

function runIn(tmp: string, args: readonly string[], env: Record<string, string> = {}, cli = CLI, cwd = ROOT) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd, env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp, BLUE_ALERT_DEBUG: '', ...env } });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** The launcher's own cache runs here (Node 20 on POSIX; Node 22.1+ uses module.enableCompileCache instead). */
const OWN_CACHE = typeof process.getuid === 'function' && typeof (createRequire(import.meta.url)('node:module') as { enableCompileCache?: unknown }).enableCompileCache !== 'function';
const MESSAGE = join(ROOT, 'fixtures', 'cap', 'valid-blue-alert', 'message.xml');
const MAGIC = Buffer.from('BA-V8C1\n', 'latin1');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();

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

  it.skipIf(!OWN_CACHE)('a cache written by another copy whose cli-main.cjs differs only in content (same length) is never run', () => {
    // red team r3 F1: V8 accepts cached data when the source length matches, so the cache must be keyed and checked by the source text
    const tmp = tempDir('ba-cache-');
    const other = join(tmp, 'other');
    cpSync(join(ROOT, 'dist'), other, { recursive: true });
    const main = join(other, 'cli-main.cjs');
    const src = readFileSync(main, 'utf8');
    const edited = src.replace('valid (${profile}): no errors, ', 'PWNED (${profile}): no errors, ');
    expect(edited).not.toBe(src);
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(src));
    writeFileSync(main, edited);
    expect(runIn(tmp, ['validate', MESSAGE], {}, join(other, 'cli.cjs')).stderr).toMatch(/^PWNED/);
    const genuine = runIn(tmp, ['validate', MESSAGE]);
    expect(genuine).toMatchObject({ code: 0, signal: null, stderr: 'valid (ipaws): no errors, 0 other finding(s)\n' });
    // warm: the genuine copy now runs from its own cache, still its own code; each copy has its own file
    expect(runIn(tmp, ['validate', MESSAGE]).stderr).toBe('valid (ipaws): no errors, 0 other finding(s)\n');
    expect(cacheFiles(tmp).filter((f) => f.endsWith('.bin'))).toHaveLength(2);
    // and the other way: a same-length edit of a copy's cli-main.cjs (a local hotfix) takes effect on the next run
    writeFileSync(main, src.replace('valid (${profile}): no errors, ', 'FIXED (${profile}): no errors, '));
    expect(runIn(tmp, ['validate', MESSAGE], {}, join(other, 'cli.cjs')).stderr).toMatch(/^FIXED \(ipaws\)/);
  });

  it.skipIf(!OWN_CACHE)('writing a cache tidies the folder: other sources\' files a week old go, and past 24 the oldest', () => {
    const tmp = tempDir('ba-cache-');
    const dir = join(tmp, `blue-alert-cap-v8-cache-${process.getuid?.() ?? ''}`);
    mkdirSync(dir, { mode: 0o700 });
    const day = 24 * 3600;
    const now = Date.now() / 1000;
    const other = (i: number) => join(dir, `cli-${i.toString(16).padStart(32, '0')}-build-${process.version}-${process.arch}.bin`);
    // 30 recent files of other sources (1 to 30 hours old), 5 of them more than a week old, and files not ours
    for (let i = 1; i <= 35; i++) {
      writeFileSync(other(i), 'x', { mode: 0o600 });
      const age = i <= 30 ? i * 3600 : (7 + i) * day;
      utimesSync(other(i), now - age, now - age);
    }
    writeFileSync(join(dir, 'notes.txt'), 'not a cache file');
    writeFileSync(join(dir, 'cli-zz-build.bin'), 'not our name');
    expect(runIn(tmp, ['validate', MESSAGE]).code).toBe(0);
    const left = new Set(readdirSync(dir));
    // the newest 24 of the others stay, the 6 older recent ones and the 5 stale ones go
    for (let i = 1; i <= 35; i++) expect(left.has(other(i).slice(dir.length + 1)), `file ${i}`).toBe(i <= 24);
    expect(left.has('notes.txt') && left.has('cli-zz-build.bin')).toBe(true);
    // this source's new file is there, and a second run (a cache hit: nothing written) changes nothing
    expect([...left].filter((f) => f.endsWith(`-validate-${process.version}-${process.arch}.bin`))).toHaveLength(1);
    expect(runIn(tmp, ['validate', MESSAGE]).code).toBe(0);
    expect(new Set(readdirSync(dir))).toEqual(left);
  });

  it.skipIf(!OWN_CACHE)('a cache file whose header does not name this exact source is not used, even with a valid payload checksum', () => {
    const tmp = tempDir('ba-cache-');
    const first = runIn(tmp, ['validate', MESSAGE]);
    const [file] = cacheFiles(tmp);
    const bytes = readFileSync(file as string);
    // the header: a tag, the SHA-256 of the source compiled, the SHA-256 of the payload
    expect(bytes.subarray(0, MAGIC.length)).toEqual(MAGIC);
    expect(bytes.subarray(MAGIC.length + 32, MAGIC.length + 64)).toEqual(sha256(bytes.subarray(MAGIC.length + 64)));
    expect(bytes.subarray(MAGIC.length, MAGIC.length + 16).toString('hex')).toBe(/cli-([0-9a-f]{32})-/.exec(file as string)?.[1]);
    const forged = Buffer.from(bytes);
    forged[MAGIC.length + 5] = (forged[MAGIC.length + 5] as number) ^ 1;
    writeFileSync(file as string, forged);
    expect(runIn(tmp, ['validate', MESSAGE])).toEqual(first);
    // not used, so rewritten with the right header
    expect(readFileSync(file as string).subarray(0, MAGIC.length + 32)).toEqual(bytes.subarray(0, MAGIC.length + 32));
  });

  it.skipIf(!OWN_CACHE)('a cache file with flipped, truncated or zeroed bytes is recompiled and rewritten, never crashes the CLI', () => {
    // red team r3 F2: corrupt payload bytes crashed V8 (exit 133 / SIGSEGV) on every later run
    const tmp = tempDir('ba-cache-');
    const first = runIn(tmp, ['validate', MESSAGE]);
    expect(first.code).toBe(0);
    const [file] = cacheFiles(tmp);
    const orig = readFileSync(file as string);
    const damaged: Array<[string, Buffer]> = [];
    for (const offset of [0, 8, 40, 64, 72, 100, 200, 1000, 5000, 20000, 50000, 100000, 150000, 200000, 250000, 300000]) {
      if (offset + 8 > orig.length) continue;
      const bad = Buffer.from(orig);
      bad.fill(0xff, offset, offset + 8);
      damaged.push([`0xff x 8 at ${offset}`, bad]);
    }
    damaged.push(['truncated to half', orig.subarray(0, orig.length >> 1)], ['header only', orig.subarray(0, 72)], ['zero-filled', Buffer.alloc(orig.length)], ['empty', Buffer.alloc(0)]);
    for (const [what, bad] of damaged) {
      writeFileSync(file as string, bad);
      const r = runIn(tmp, ['validate', MESSAGE]);
      expect({ what, ...r }).toEqual({ what, ...first });
      const now = readFileSync(file as string);
      expect({ what, checksumOk: now.subarray(MAGIC.length + 32, MAGIC.length + 64).equals(sha256(now.subarray(MAGIC.length + 64))) }).toEqual({ what, checksumOk: true });
    }
    // and the rewritten cache is used: same output again, no temporary file left behind
    expect(runIn(tmp, ['validate', MESSAGE])).toEqual(first);
    expect(cacheFiles(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.skipIf(!OWN_CACHE)('TMPDIR that is missing, relative or not a folder: no cache, nothing created, same output', () => {
    // red team r3 F7: the launcher made a missing TMPDIR with all its parents
    const work = tempDir('ba-cache-');
    const args = ['validate', MESSAGE];
    const expected = runIn(work, args, { NODE_DISABLE_COMPILE_CACHE: '1' });
    writeFileSync(join(work, 'file'), '');
    for (const tmp of [join(work, 'no', 'such', 'dir'), 'relative/tmp', 'relative', join(work, 'file')]) {
      const r = runIn(tmp, args, {}, CLI, work);
      expect({ tmp, ...r }).toEqual({ tmp, ...expected });
    }
    expect(readdirSync(work).sort()).toEqual(['file']);
    // an existing TMPDIR: only the one cache folder is made in it
    const tmp = join(work, 'tmp');
    mkdirSync(tmp);
    expect(runIn(tmp, args)).toEqual(expected);
    expect(readdirSync(tmp)).toEqual([`blue-alert-cap-v8-cache-${process.getuid?.() ?? ''}`]);
    expect(statSync(join(tmp, readdirSync(tmp)[0] as string)).mode & 0o777).toBe(0o700);
  });
});
