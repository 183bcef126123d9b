/**
 * The `blue-alert` binary (dist/cli.cjs): runs the CLI bundle (dist/cli-main.cjs, built from ./main.ts) with V8's
 * code cache, so a start does not parse and compile ~500 KB of JavaScript again (~20 ms of a ~100 ms start).
 *
 * Node 22.1+ has `module.enableCompileCache()` and does this itself. On Node 20 the bundle is compiled as a
 * `vm.Script` with the cached data a previous run left in a per-user folder of the OS temporary folder. The cache
 * holds compiled code only (no input, no output: it is made from the bundle's source text before and after a run,
 * never from the data a run handled), one file per command and per exact bundle (its SHA-256, written in at build
 * time), Node version and architecture. It is used only when it is safe: a real folder (not a link) owned by this
 * user that no one else can write to. Anything unexpected (no temporary folder, read-only disk, a rejected cache)
 * means a plain compile, never an error. `NODE_DISABLE_COMPILE_CACHE=1` turns it off, as in Node 22.
 */
import * as nodeModule from 'node:module';
import { lstatSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { Script } from 'node:vm';

/** SHA-256 of dist/cli-main.cjs: tsup.config.ts writes it over this placeholder after the build. */
const MAIN_SHA256 = '@@BLUE_ALERT_CLI_MAIN_SHA256@@';
const MAIN = join(__dirname, 'cli-main.cjs');
const COMMANDS = ['init', 'build', 'validate', 'update', 'cancel', 'verify', 'preview'];

/** A per-user cache folder that only this user can write to, or undefined. */
function cacheDir(): string | undefined {
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = join(tmpdir(), `blue-alert-cap-v8-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return undefined;
  }
  const st = lstatSync(dir, { throwIfNoEntry: false });
  if (st === undefined || !st.isDirectory() || st.isSymbolicLink()) return undefined;
  // POSIX: owned by this user and not writable by group or others (Windows: the temporary folder is per user)
  if (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0)) return undefined;
  return dir;
}

/** The cache file of this bundle, command, Node and architecture, or undefined when caching is off or unsafe. */
function cacheFile(): string | undefined {
  if (!/^[0-9a-f]{64}$/.test(MAIN_SHA256) || process.env['NODE_DISABLE_COMPILE_CACHE'] === '1') return undefined;
  const dir = cacheDir();
  if (dir === undefined) return undefined;
  const arg = process.argv[2] ?? '';
  const command = COMMANDS.includes(arg) ? arg : 'other';
  return join(dir, `cli-${MAIN_SHA256.slice(0, 32)}-${command}-${process.version}-${process.arch}.bin`);
}

function readCache(file: string): Buffer | undefined {
  try {
    const st = statSync(file);
    if (!st.isFile() || (typeof process.getuid === 'function' && st.uid !== process.getuid())) return undefined;
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache whole (a temporary file renamed over it), or not at all. */
function writeCache(file: string, data: Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' });
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
  }
}

/** Runs dist/cli-main.cjs as Node would (same wrapper, same line numbers), with the code cache. */
function runWithCache(file: string): void {
  // the bundle's first line is the #! banner: a comment keeps the line numbers
  const source = readFileSync(MAIN, 'utf8').replace(/^#!/, '//');
  const cached = readCache(file);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, {
    filename: MAIN,
    ...(cached === undefined ? {} : { cachedData: cached }),
  });
  const wrapper = script.runInThisContext() as (e: object, r: NodeRequire, m: object, f: string, d: string) => void;
  const mod = { exports: {}, filename: MAIN, id: MAIN, loaded: false };
  wrapper.call(mod.exports, mod.exports, nodeModule.createRequire(MAIN), mod, MAIN, dirname(MAIN));
  // the CLI is synchronous: every function this command needed is compiled now, and goes into the cache
  if (cached === undefined || script.cachedDataRejected === true) writeCache(file, script.createCachedData());
}

function launch(): void {
  const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof enable === 'function' && process.env['NODE_DISABLE_COMPILE_CACHE'] !== '1') {
    enable();
  } else {
    const file = cacheFile();
    if (file !== undefined) {
      runWithCache(file);
      return;
    }
  }
  nodeModule.createRequire(MAIN)(MAIN);
}

launch();
