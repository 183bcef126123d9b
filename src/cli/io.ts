/**
 * File input and output for the CLI: read a file or standard input, write a file whole or not at all.
 */
import { readFileSync, renameSync, unlinkSync, writeFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Input that cannot be read: exit code 1, with a message that never quotes the content. */
export class InputError extends Error {
  override name = 'InputError' as const;
}

/** Largest input file the CLI reads (the parser has its own, configurable limit for XML). */
const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * Reads a file, or standard input for `-`, as UTF-8 (a BOM is dropped).
 *
 * @example
 * const text = readInput('fixtures/officer-killed-denver/request.json');
 */
export function readInput(path: string): string {
  let buf: Buffer;
  try {
    if (path !== '-' && statSync(path).size > MAX_INPUT_BYTES) {
      throw new InputError(`${path}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB.`);
    }
    buf = readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const what = path === '-' ? 'standard input' : path;
    if (code === 'ENOENT') throw new InputError(`${what}: no such file.`);
    if (code === 'EISDIR') throw new InputError(`${what}: is a directory, not a file.`);
    if (code === 'EACCES') throw new InputError(`${what}: permission denied.`);
    throw new InputError(`${what}: cannot be read (${code ?? 'error'}).`);
  }
  if (buf.length > MAX_INPUT_BYTES) throw new InputError(`${path === '-' ? 'standard input' : path}: larger than 10 MB.`);
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses JSON input. The error says where the JSON breaks (line and column) but never quotes the input, which
 * may hold an officer's name.
 *
 * @example
 * readJson('request.json');
 */
export function readJson(path: string): unknown {
  const text = readInput(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const what = path === '-' ? 'standard input' : path;
    if (m !== null) {
      const pos = Number(m[1]);
      const before = text.slice(0, pos);
      const line = before.split('\n').length;
      const column = pos - before.lastIndexOf('\n');
      throw new InputError(`${what}: not valid JSON (line ${line}, column ${column}).`);
    }
    throw new InputError(`${what}: not valid JSON.`);
  }
}

/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target, then is renamed
 * over it, so a reader never sees half a message and a failure leaves the old file as it was.
 *
 * @example
 * writeAtomic('alert.xml', xml);
 */
export function writeAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot be written (${code ?? 'error'}); nothing was written.`);
  }
}
