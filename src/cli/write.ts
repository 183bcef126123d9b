/**
 * `--out FILE`: write a file whole or not at all. The content goes to a temporary file beside the target
 * (`.alert.xml.<pid>.<ms>.tmp`), is flushed, then renamed over the target, so a reader never sees half a message
 * and a failure leaves the old file as it was. Only regular files (or new paths) are written: a folder, a FIFO, a
 * device such as /dev/null, or a read-only file is refused before anything is written.
 *
 * A process killed between creating the temporary file and the rename (SIGKILL cannot be caught; any signal
 * ends the synchronous write without cleanup) leaves that file behind; the next write to the same target
 * removes the temporary files of that target whose process is no longer alive.
 */
import { accessSync, closeSync, constants, fchownSync, fsyncSync, lstatSync, openSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError, NOT_UTF8_NAME } from './io.js';
import { table } from '../table.js';

/**
 * A failure to write: named by its flag, never by its path, which may hold the officer's name ("-o Okafor.xml":
 * red team 11). `_path` is the target, kept for the reader of the call.
 */
const fail = (_path: string, why: string, flag = '--out') => new InputError(`The ${flag} file ${why}; nothing was written.`, flag, 'output_unwritable');

function kindOf(st: Stats, flag: string): string | undefined {
  // only --out has "-" (standard output); --html (preview) writes a page to a file and nothing else
  const redirect = flag === '--out';
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'is a folder, not a file; give a file name inside it (for example FOLDER/alert.xml)';
  if (st.isFIFO()) return `is a named pipe (FIFO), not a regular file${redirect ? '; to send the output into it use "--out -" (standard output) and redirect' : '; give a regular file'}`;
  if (st.isCharacterDevice() || st.isBlockDevice()) return `is a device, not a regular file${redirect ? '; to discard or redirect the output use "--out -" (standard output) and redirect, for example > /dev/null' : '; give a regular file'}`;
  if (st.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

/** The existing target to replace (symbolic links followed, so the link itself stays), or undefined for a new path. */
function existingTarget(path: string, flag: string): { target: string; stats?: Stats } {
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { target: path };
    if (code === 'ENOTDIR') throw fail(path, 'has a file, not a folder, in its path', flag);
    if (code === 'EACCES') throw fail(path, 'is in a folder this user may not enter (permission denied)', flag);
    throw fail(path, `cannot be checked (${code ?? 'error'})`, flag);
  }
  if (!link.isSymbolicLink()) return { target: path, stats: link };
  try {
    const target = realpathSync(path);
    return { target, stats: statSync(target) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw fail(path, 'is a loop of symbolic links (ELOOP) and cannot be resolved; remove the links or give another file', flag);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw fail(path, 'is a symbolic link to a file that does not exist; remove the link or give another file', flag);
    throw fail(path, `is a symbolic link that cannot be resolved (${code ?? 'error'}); remove the link or give another file`, flag);
  }
}

function checkFolder(dir: string, path: string, flag: string): void {
  let st: Stats;
  try {
    st = statSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw fail(path, 'is in a folder that does not exist; create the folder first (mkdir -p)', flag);
    throw fail(path, `is in a folder that cannot be used (${code ?? 'error'})`, flag);
  }
  if (!st.isDirectory()) throw fail(path, 'has a file, not a folder, where its folder should be', flag);
}

/** Whether `file` is the file `stats` describes (same device and inode; symbolic links followed). */
function sameFile(file: string, stats: Stats): boolean {
  try {
    const st = statSync(file);
    return st.dev === stats.dev && st.ino === stats.ino;
  } catch {
    return false;
  }
}

const PID_ALIVE_CODES = new Set(['EPERM']);

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return PID_ALIVE_CODES.has((e as NodeJS.ErrnoException).code ?? '');
  }
}

/**
 * Removes temporary files of `target` left by killed runs: `.NAME.<pid>.<ms>.tmp` beside it whose process is not
 * alive. Files of other targets, and of running processes, are left alone.
 *
 * @example
 * removeStaleTemporaries('out/alert.xml');
 */
export function removeStaleTemporaries(target: string): void {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const m = /^(\d{1,10})\.(\d{1,16})\.tmp$/.exec(name.slice(prefix.length));
    if (m === null || alive(Number(m[1]))) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      // gone already, or not ours to remove
    }
  }
}

const WRITE_REASONS: Record<string, string> = table({
  EACCES: 'permission denied: you cannot create files in its folder',
  EPERM: 'permission denied: you cannot create files in its folder',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  EROFS: 'the file system is read-only',
  EXDEV: 'the temporary file and the target are on different file systems',
  ENAMETOOLONG: 'the file name is too long',
});

/**
 * The checks `writeAtomic` makes before it writes, without writing: run before the work too, so a bad --out is
 * refused at once rather than after a long build (rt24 V14). Returns the target (symbolic links followed) and its
 * stats when it exists.
 *
 * @example
 * checkTarget('alert.xml', ['request.json']); // throws InputError for a folder, a device, a read-only file…
 */
export function checkTarget(path: string, inputs: readonly string[] = [], flag = '--out'): { target: string; stats?: Stats } {
  if (path.includes('\uFFFD')) throw new InputError(`The ${flag} file: ${NOT_UTF8_NAME}`, flag, 'output_unwritable');
  if (/[/\\]$/.test(path)) throw fail(path, 'names a folder (it ends with a slash); give a file name, for example FOLDER/alert.xml', flag);
  const { target, stats } = existingTarget(path, flag);
  if (stats !== undefined) {
    const kind = kindOf(stats, flag);
    if (kind !== undefined) throw fail(path, kind, flag);
    const input = inputs.find((f) => sameFile(f, stats));
    if (input !== undefined) throw fail(path, 'is also an input of this command; writing it would replace what was read. Give another file', flag);
    let writable = (stats.mode & 0o222) !== 0;
    try {
      accessSync(target, constants.W_OK);
    } catch {
      writable = false;
    }
    if (!writable) throw fail(path, 'is read-only; make it writable (chmod u+w) or choose another file', flag);
  }
  checkFolder(dirname(target), path, flag);
  return stats === undefined ? { target } : { target, stats };
}

/**
 * Writes `content` to `path` whole or not at all (see the module comment). Throws `InputError` (exit 1) with a
 * message that says what to do.
 *
 * `inputs` are the files the command read: writing over one of them is refused.
 *
 * @example
 * writeAtomic('alert.xml', xml, ['request.json']);
 */
export function writeAtomic(path: string, content: string, inputs: readonly string[] = [], flag = '--out'): void {
  const { target, stats } = checkTarget(path, inputs, flag);
  const dir = dirname(target);
  removeStaleTemporaries(target);
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', stats === undefined ? 0o666 : stats.mode & 0o777);
    // the replaced file's group stays (a duty officers' shared folder, rt24 V11); not allowed for this user: as made
    if (stats !== undefined) {
      try {
        fchownSync(fd, stats.uid, stats.gid);
      } catch {
        // EPERM: another user's file; the new one belongs to this user, as any write by this user would
      }
    }
    const buf = Buffer.from(content, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw fail(path, `cannot be written (${code}${WRITE_REASONS[code] === undefined ? '' : `: ${WRITE_REASONS[code]}`})`, flag);
  }
}
