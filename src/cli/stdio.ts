/**
 * Standard output and standard error for the CLI, written synchronously with `fs.writeSync` so that a failed
 * write (EPIPE: the reader went away; ENOSPC: `> /dev/full`; EBADF: the descriptor is not open for writing) is
 * an exception here, at the write, and never an unhandled 'error' event with a stack trace after the command
 * has finished.
 */
import { writeSync } from 'node:fs';
import { table } from '../table.js';

/**
 * Standard output could not be written: the CLI ends with a one-line message on standard error (when that still
 * works) and exit code 74 (`EX_IOERR`).
 *
 * @example
 * try { writeStdout(xml); } catch (e) { if (e instanceof StdoutError) return 74; throw e; }
 */
export class StdoutError extends Error {
  override name = 'StdoutError' as const;
  /** The system error code, e.g. `EPIPE`. */
  readonly code: string;
  constructor(code: string) {
    super(`blue-alert: cannot write to standard output (${code}): ${STDOUT_REASONS[code] ?? 'the write failed'}; the output is incomplete.`);
    this.code = code;
  }
}

const STDOUT_REASONS: Record<string, string> = table({
  EPIPE: 'the program reading it stopped reading',
  ENOSPC: 'no space left on the device',
  EBADF: 'it is not open for writing',
  EIO: 'an input/output error',
  EDQUOT: 'the disk quota is exhausted',
  EFBIG: 'the file is too large',
});

let pause: Int32Array | undefined;

/** Writes all of `text` to a file descriptor, waiting briefly when a non-blocking pipe is full (EAGAIN). */
function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      pause ??= new Int32Array(new SharedArrayBuffer(4));
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}

/**
 * Writes to standard output; throws `StdoutError` when it cannot.
 *
 * @example
 * writeStdout(`${JSON.stringify(result, null, 2)}\n`);
 */
export function writeStdout(text: string): void {
  try {
    writeAll(1, text);
  } catch (e) {
    throw new StdoutError((e as NodeJS.ErrnoException).code ?? 'error');
  }
}

/**
 * Writes to standard error; a failure is ignored (there is nowhere left to report it), so the exit code still
 * follows the command's result.
 *
 * @example
 * writeStderr('warning: durationHours: … (duration_short)\n');
 */
export function writeStderr(text: string): void {
  try {
    writeAll(2, text);
  } catch {
    // standard error is closed or full: nothing more can be said
  }
}
