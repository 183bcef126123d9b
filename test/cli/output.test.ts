/**
 * Output that goes wrong (issue 14's CLI rows and issue 17's write errors): --out on things that are not regular
 * files, read-only files and missing folders; stale temporary files of killed runs; standard output and standard
 * error on a full device, a closed pipe or a descriptor not open for writing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, FIXTURE, NOW, noStack, run, tempDir } from './helpers.js';

const build = (out: string, extra: string[] = []) => run(['build', FIXTURE, '--now', NOW, '--id', 'OUT-1', '--out', out, ...extra]);
const expected = () => run(['build', FIXTURE, '--now', NOW, '--id', 'OUT-1']).stdout;

/** A process id that is not running: a child that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('--out refuses what is not a regular file, before writing anything', () => {
  it('a folder', () => {
    const dir = tempDir();
    const r = build(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is a folder, not a file');
    expect(r.stderr).toContain('nothing was written');
    expect(readdirSync(dir)).toEqual([]);
  });
  it('a FIFO: not replaced, nothing written into it', () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe');
    const mk = spawnSync('mkfifo', [fifo]);
    if (mk.status !== 0) {
      console.warn('mkfifo is not available here: the FIFO case is not checked');
      return;
    }
    const r = build(fifo);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is a named pipe (FIFO), not a regular file');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
    noStack(r.stderr);
  });
  it('/dev/null (a device) is never replaced, even by root', () => {
    if (!existsSync('/dev/null')) return;
    const before = statSync('/dev/null');
    const r = build('/dev/null');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is a device, not a regular file');
    const after = statSync('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.ino).toBe(before.ino);
    expect(readdirSync('/dev').filter((n) => n.startsWith('.null.'))).toEqual([]);
  });
  it('a read-only file is refused and keeps its content (also for root, who could write it)', () => {
    const dir = tempDir();
    const out = join(dir, 'alert.xml');
    writeFileSync(out, 'previous');
    chmodSync(out, 0o444);
    const r = build(out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('read-only');
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['alert.xml']);
  });
  it('a missing folder is named with what to do', () => {
    const dir = tempDir();
    const r = run(['build', FIXTURE, '--now', NOW, '--out', 'nodir/sub/alert.xml'], undefined, { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('The --out file is in a folder that does not exist; create the folder first (mkdir -p); nothing was written.\n');
    expect(readdirSync(dir)).toEqual([]);
  });
  it('a file where a folder should be', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'f'), 'x');
    const r = build(join(dir, 'f', 'alert.xml'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nothing was written');
    noStack(r.stderr);
  });
  it('--json: an --out failure is a { success: false } object', () => {
    const dir = tempDir();
    const r = build(dir, ['--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ success: false, issues: [{ path: '--out', code: 'output_unwritable' }] });
  });
});

describe('--out writes regular files', () => {
  it('replaces an existing file whole and keeps its permissions', () => {
    const dir = tempDir();
    const out = join(dir, 'alert.xml');
    writeFileSync(out, 'previous');
    chmodSync(out, 0o640);
    expect(build(out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expected());
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['alert.xml']);
  });
  it('follows a symbolic link and keeps the link', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'alert.xml'), 'previous');
    symlinkSync(join(dir, 'real', 'alert.xml'), join(dir, 'link.xml'));
    expect(build(join(dir, 'link.xml')).code).toBe(0);
    expect(lstatSync(join(dir, 'link.xml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.xml'))).toBe(join(dir, 'real', 'alert.xml'));
    expect(readFileSync(join(dir, 'real', 'alert.xml'), 'utf8')).toBe(expected());
  });
  it('a dangling symbolic link is refused', () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'nowhere.xml'), join(dir, 'link.xml'));
    const r = build(join(dir, 'link.xml'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('symbolic link to a file that does not exist');
  });
});

describe('stale temporary files of killed runs', () => {
  it('the next write to the same target removes those of dead processes only', () => {
    const dir = tempDir();
    const dead = deadPid();
    const stale = `.alert.xml.${dead}.1764590000000.tmp`;
    const live = `.alert.xml.${process.pid}.1764590000001.tmp`; // this test runner: alive
    const other = `.other.xml.${dead}.1764590000002.tmp`; // another target
    const lookalike = '.alert.xml.notapid.tmp';
    for (const n of [stale, live, other, lookalike]) writeFileSync(join(dir, n), 'half a message');
    expect(build(join(dir, 'alert.xml')).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([live, other, lookalike, 'alert.xml'].sort());
  });
  it('a run killed with SIGKILL while writing leaves at most its temporary file, which the next run removes', async () => {
    const dir = tempDir();
    const out = join(dir, 'alert.xml');
    // kill the writer as soon as its temporary file appears (or after it finished, on a fast machine)
    const child = spawn(process.execPath, [CLI, 'build', FIXTURE, '--now', NOW, '--id', 'OUT-1', '--out', out], { stdio: 'ignore' });
    const closed = new Promise((resolve) => child.once('close', resolve));
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (readdirSync(dir).some((n) => n.endsWith('.tmp')) || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 1);
    });
    await closed;
    // whatever the timing, the folder holds at most the finished file and the killed run's temporary file
    expect(readdirSync(dir).every((n) => n === 'alert.xml' || /^\.alert\.xml\.\d+\.\d+\.tmp$/.test(n))).toBe(true);
    // simulate the worst case for the next run, whatever happened above
    writeFileSync(join(dir, `.alert.xml.${child.pid ?? deadPid()}.1.tmp`), '<alert');
    expect(build(out).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['alert.xml']);
    expect(readFileSync(out, 'utf8')).toBe(expected());
  });
});

describe('--out and --html messages name what is wrong (red team r3 F8)', () => {
  it('preview --html on a device: refused without suggesting --out, which preview does not have', () => {
    const r = run(['preview', FIXTURE, '--now', NOW, '--html', '/dev/null']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('The --html file is a device, not a regular file; give a regular file; nothing was written.\n');
  });
  it('build --out on a device still suggests --out - and a redirect', () => {
    expect(build('/dev/null').stderr).toContain('use "--out -" (standard output) and redirect');
  });
  it('a loop of symbolic links is called a loop, not a missing file', () => {
    const dir = tempDir();
    symlinkSync('l2', join(dir, 'l1'));
    symlinkSync('l1', join(dir, 'l2'));
    const r = build(join(dir, 'l1'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is a loop of symbolic links (ELOOP) and cannot be resolved');
    expect(r.stderr).not.toContain('does not exist');
    expect(readdirSync(dir).sort()).toEqual(['l1', 'l2']);
  });
  it('a dangling symbolic link is still called a link to a file that does not exist', () => {
    const dir = tempDir();
    symlinkSync('missing.xml', join(dir, 'l'));
    expect(build(join(dir, 'l')).stderr).toContain('is a symbolic link to a file that does not exist');
  });
});

describe('standard output and standard error that cannot be written', () => {
  const withFd = (path: string, flags: string, args: string[]) => {
    const fd = openSync(path, flags);
    try {
      const r = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      return { code: r.status, stderr: r.stderr };
    } finally {
      closeSync(fd);
    }
  };
  it('build > /dev/full: one line on stderr, exit 74, no stack trace', () => {
    if (!existsSync('/dev/full')) return console.warn('/dev/full is not available here: the ENOSPC case is not checked');
    const r = withFd('/dev/full', 'w', ['build', FIXTURE, '--now', NOW, '-q']);
    expect(r.code).toBe(74);
    expect(r.stderr).toBe('blue-alert: cannot write to standard output (ENOSPC): no space left on the device; the output is incomplete.\n');
  });
  it('--json failure > /dev/full: exit 74 as well', () => {
    if (!existsSync('/dev/full')) return;
    const r = withFd('/dev/full', 'w', ['build', 'no-such.json', '--json']);
    expect(r.code).toBe(74);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('stdout not open for writing (EBADF): one line, exit 74', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ro'), '');
    const r = withFd(join(dir, 'ro'), 'r', ['validate', FIXTURE]);
    expect(r.code).toBe(74);
    expect(r.stderr).toMatch(/^blue-alert: cannot write to standard output \(EBADF\)[^\n]*\n$/);
  });
  // the top-level help and version (red team r3 F5: an uncaught StdoutError with a stack trace, exit 1)
  for (const args of [['--version'], ['-V'], ['version'], ['--help'], ['-h'], ['help']]) {
    it(`${args.join(' ')} > /dev/full: one line, exit 74, no stack trace`, () => {
      if (!existsSync('/dev/full')) return;
      const r = withFd('/dev/full', 'w', args);
      expect(r.code).toBe(74);
      expect(r.stderr).toBe('blue-alert: cannot write to standard output (ENOSPC): no space left on the device; the output is incomplete.\n');
    });
    it(`${args.join(' ')} with stdout not open for writing (EBADF): one line, exit 74`, () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'ro'), '');
      const r = withFd(join(dir, 'ro'), 'r', args);
      expect(r.code).toBe(74);
      expect(r.stderr).toMatch(/^blue-alert: cannot write to standard output \(EBADF\)[^\n]*\n$/);
      noStack(r.stderr);
    });
  }
  it('no arguments with stderr on a full device: usage exit 2, nothing thrown', () => {
    if (!existsSync('/dev/full')) return;
    const full = openSync('/dev/full', 'w');
    try {
      expect(spawnSync(process.execPath, [CLI], { stdio: ['ignore', 'pipe', full] }).status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
  it('the reader of the pipe went away (EPIPE): one line, exit 74', async () => {
    const child = spawn(process.execPath, [CLI, 'build', FIXTURE, '--now', NOW, '--json', '-q'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('close', (c) => resolve(c)));
    expect(code).toBe(74);
    expect(stderr).toMatch(/^blue-alert: cannot write to standard output \(EPIPE\): the program reading it stopped reading; the output is incomplete\.\n$/);
  });
  it('stderr on a full device: the exit code follows the command (0 for a build with warnings, 1 for a bad request)', () => {
    if (!existsSync('/dev/full')) return;
    const full = openSync('/dev/full', 'w');
    try {
      const ok = spawnSync(process.execPath, [CLI, 'build', FIXTURE, '--now', NOW], { stdio: ['ignore', 'pipe', full], encoding: 'utf8' });
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain('<alert');
      const bad = spawnSync(process.execPath, [CLI, 'build', 'no-such.json'], { stdio: ['ignore', 'pipe', full] });
      expect(bad.status).toBe(1);
      const usage = spawnSync(process.execPath, [CLI, 'build', '--bogus'], { stdio: ['ignore', 'pipe', full] });
      expect(usage.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
  it('both stdout and stderr on a full device: exit 74, nothing thrown', () => {
    if (!existsSync('/dev/full')) return;
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [CLI, 'build', FIXTURE, '--now', NOW], { stdio: ['ignore', full, full] });
      expect(r.status).toBe(74);
    } finally {
      closeSync(full);
    }
  });
});
