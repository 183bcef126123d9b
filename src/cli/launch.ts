/**
 * The `blue-alert` binary (dist/cli.cjs): runs the CLI bundle (dist/cli-main.cjs, built from ./main.ts) with V8's
 * code cache, so a start does not parse and compile ~500 KB of JavaScript again (~20 ms of a ~100 ms start).
 *
 * Node 22.1+ has `module.enableCompileCache()` and does this itself. On Node 20 the bundle is compiled as a
 * `vm.Script` with the cached data a previous run left in a per-user folder of the OS temporary folder. The cache
 * holds compiled code only (no input, no output: it is made from the bundle's source text before and after a run,
 * never from the data a run handled), one file per command, source text, Node version and architecture.
 *
 * What is checked before V8 sees a cache file (V8 itself checks only the source *length*, its version and flags,
 * and in release builds not even its own payload checksum, so a stale or damaged file would run foreign code or
 * crash the process):
 * - The folder: `os.tmpdir()` must be an absolute path to an existing folder (it is never created); in it only our
 *   one folder `blue-alert-cap-v8-cache-<uid>` is created (mode 0700, not recursive). It is used only when it is a
 *   real folder (not a link) owned by this user that no one else can write to. The file must be a regular file
 *   owned by this user.
 * - The source: the SHA-256 of the text actually compiled (the cli-main.cjs bytes read this run, with the wrapper)
 *   names the file and is stored in its header; a file whose header names other source text is not used. So a
 *   cache written by another copy of the package, or by this copy before its cli-main.cjs was edited, is never run.
 * - The payload: the header holds the SHA-256 of the cached data; a file whose data does not match (a torn write,
 *   a disk error, flipped bytes) is not given to V8, and this run writes a fresh one.
 * The checks cost ~1 ms (hashing ~0.5 MB of source and the cache). They guard against accidents and other copies,
 * not against a program running as the same user, which could as well edit cli-main.cjs itself.
 *
 * Anything unexpected (no temporary folder, read-only disk, a rejected cache) means a plain compile, never an
 * error. A new cache is written whole (a temporary file renamed over it) or not at all. When one is written, the
 * folder is tidied: another source's files (an older version of the package, an edited bundle) not written for a
 * week go, and past `KEEP` files the oldest of them go, so the folder stays a few megabytes (it grew to 380 MB on
 * a machine that rebuilt the package for weeks).
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off, as in Node 22.
 */
import * as nodeModule from 'node:module';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { tmpdir } from 'node:os';
import { Script } from 'node:vm';

const MAIN = join(__dirname, 'cli-main.cjs');
const COMMANDS = ['init', 'build', 'validate', 'update', 'cancel', 'verify', 'preview'];
/** The module wrapper Node uses (same line numbers); the bundle's first line, the #! banner, becomes a comment. */
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAP_TAIL = '\n})';
/** The start of every cache file (and part of the source hash): a new file layout or wrapper gets a new tag. */
const MAGIC = Buffer.from('BA-V8C1\n', 'latin1');
const HEADER = MAGIC.length + 32 + 32;
/** At most this many cache files of other sources are kept (8 commands of 3 other versions or builds). */
const KEEP = 24;
/** Another source's cache file not written for this long is removed. */
const STALE_MS = 7 * 24 * 3600 * 1000;

/** A per-user cache folder that only this user can write to, or undefined. */
function cacheDir(): string | undefined {
  const base = tmpdir();
  if (!isAbsolute(base)) return undefined;
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = join(base, `blue-alert-cap-v8-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    // the temporary folder must exist: only our own folder is made, never its parents
    if (!statSync(base).isDirectory()) return undefined;
    mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
  }
  const st = lstatSync(dir, { throwIfNoEntry: false });
  if (st === undefined || !st.isDirectory() || st.isSymbolicLink()) return undefined;
  // POSIX: owned by this user and not writable by group or others (Windows: the temporary folder is per user)
  if (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0)) return undefined;
  return dir;
}

/** SHA-256 of the text compiled: the wrapper around `bytes` (the cache-file layout tag included). */
function sourceHash(bytes: Buffer): Buffer {
  return createHash('sha256').update(MAGIC).update(WRAP_HEAD).update(bytes).update(WRAP_TAIL).digest();
}

/** The cached data in `file` when its header names this source and its payload checksum matches, or undefined. */
function readCache(file: string, source: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    const st = statSync(file);
    if (!st.isFile() || (typeof process.getuid === 'function' && st.uid !== process.getuid())) return undefined;
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= HEADER || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  if (!bytes.subarray(MAGIC.length, MAGIC.length + 32).equals(source)) return undefined;
  const payload = bytes.subarray(HEADER);
  if (!createHash('sha256').update(payload).digest().equals(bytes.subarray(MAGIC.length + 32, HEADER))) return undefined;
  return payload;
}

/** Writes the cache whole (a temporary file renamed over it), or not at all. */
function writeCache(file: string, source: Buffer, script: Script): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const data = script.createCachedData();
    const checksum = createHash('sha256').update(data).digest();
    writeFileSync(tmp, Buffer.concat([MAGIC, source, checksum, data]), { mode: 0o600, flag: 'wx' });
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
  }
}

/**
 * Removes other sources' cache files (names `cli-<hash>-…bin` with another hash) not written for `STALE_MS`, and
 * past `KEEP` of them the oldest. Only our own file names are touched; any error leaves the folder as it is.
 */
function tidy(dir: string, current: string): void {
  try {
    const others: { file: string; mtime: number }[] = [];
    for (const name of readdirSync(dir)) {
      if (!/^cli-[0-9a-f]{32}-[a-z]+-v[\d.]+-[a-z0-9]+\.bin$/u.test(name) || name.startsWith(`cli-${current}-`)) continue;
      const file = join(dir, name);
      const st = lstatSync(file, { throwIfNoEntry: false });
      if (st?.isFile() === true) others.push({ file, mtime: st.mtimeMs });
    }
    others.sort((a, b) => b.mtime - a.mtime);
    const now = Date.now();
    others.forEach((o, i) => {
      if (i >= KEEP || now - o.mtime > STALE_MS) unlinkSync(o.file);
    });
  } catch {
    // a file another run removed first, a read-only folder: left as it is
  }
}

/** Runs dist/cli-main.cjs as Node would (same wrapper, same line numbers), with the code cache in `dir`. */
function runWithCache(dir: string): void {
  const bytes = readFileSync(MAIN);
  const hash = sourceHash(bytes);
  const arg = process.argv[2] ?? '';
  const command = COMMANDS.includes(arg) ? arg : 'other';
  const file = join(dir, `cli-${hash.toString('hex').slice(0, 32)}-${command}-${process.version}-${process.arch}.bin`);
  const cached = readCache(file, hash);
  const script = new Script(`${WRAP_HEAD}${bytes.toString('utf8').replace(/^#!/, '//')}${WRAP_TAIL}`, {
    filename: MAIN,
    ...(cached === undefined ? {} : { cachedData: cached }),
  });
  const wrapper = script.runInThisContext() as (e: object, r: NodeRequire, m: object, f: string, d: string) => void;
  const mod = { exports: {}, filename: MAIN, id: MAIN, loaded: false };
  wrapper.call(mod.exports, mod.exports, nodeModule.createRequire(MAIN), mod, MAIN, dirname(MAIN));
  // the CLI is synchronous: every function this command needed is compiled now, and goes into the cache
  if (cached === undefined || script.cachedDataRejected === true) {
    writeCache(file, hash, script);
    tidy(dir, hash.toString('hex').slice(0, 32));
  }
}

function launch(): void {
  const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof enable === 'function' && process.env['NODE_DISABLE_COMPILE_CACHE'] !== '1') {
    enable();
  } else if (process.env['NODE_DISABLE_COMPILE_CACHE'] !== '1') {
    const dir = cacheDir();
    if (dir !== undefined) {
      runWithCache(dir);
      return;
    }
  }
  nodeModule.createRequire(MAIN)(MAIN);
}

launch();
