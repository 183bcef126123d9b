/**
 * File input for the CLI: read a file or standard input as bytes, decode text the way editors and shells save it
 * (UTF-8 with or without a byte-order mark, UTF-16 with one), and parse JSON with hints a person can act on.
 * Output files are in `./write.ts`.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { firstInvalidUtf8 } from '../cap/decode.js';

/**
 * Input that cannot be read, or output that cannot be written: exit code 1. The message never quotes the content
 * (which may hold an officer's name) nor the file's path; `path` is the file's role (`InputRole.key`), `code` a stable name for `--json` output.
 *
 * @example
 * throw new InputError('The request file: no such file.', 'request', 'input_unreadable');
 */
/**
 * A file name given with a byte that is not UTF-8 (Node reads arguments as UTF-8 and puts U+FFFD in its place), so
 * the name on disk cannot be reached and another would be written (rt24 V7: "no such file" for a file that exists).
 *
 * @example
 * NOT_UTF8_NAME.startsWith('the file name'); //=> true
 */
export const NOT_UTF8_NAME =
  'the file name is not valid UTF-8 (a Latin-1 "ñ" or "é"?), and Node reads command-line arguments as UTF-8, so the file cannot be named this way; rename it in UTF-8 (e.g. convmv -f latin1 -t utf8 --notest FILE) and try again. Nothing was read or written.';

export class InputError extends Error {
  override name = 'InputError' as const;
  /** The file (or `-` for standard input, `--out` for the output). */
  readonly path: string;
  /** `input_unreadable`, `input_encoding`, `invalid_json`, `input_too_large` or `output_unwritable`. */
  readonly code: string;
  constructor(message: string, path = '', code = 'input_unreadable') {
    super(message);
    this.path = path;
    this.code = code;
  }
}

/**
 * Largest input the CLI reads, in bytes (the parser has its own, configurable limit for XML).
 *
 * @example
 * MAX_INPUT_BYTES / 1024 / 1024; //=> 10
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * What the CLI calls a file it reads, in messages and in `--json` issue paths: its role, never its path, which may
 * hold the officer's name ("Daniel-Okafor-4471.json": red team 11, the name reached stderr).
 *
 * @example
 * const role: InputRole = { what: 'The request file', key: 'request' };
 */
export interface InputRole {
  /** For messages: "The request file", "Earlier message 2". */
  readonly what: string;
  /** For issue paths: "request", "--plan", "previous[1]". */
  readonly key: string;
}

/** The request JSON of build, preview, update and cancel. */
export const REQUEST_FILE: InputRole = { what: 'The request file', key: 'request' };
/** The CAP message of validate and verify. */
export const CAP_FILE: InputRole = { what: 'The CAP file', key: 'message' };
/** A file whose role the caller did not name. */
const INPUT_FILE: InputRole = { what: 'The input file', key: 'input' };

/**
 * The name of an input in a message: "Standard input" for `-`, else its role (see `InputRole`).
 *
 * @example
 * describeInput('-', REQUEST_FILE); //=> 'Standard input'
 * describeInput('Daniel-Okafor.json', REQUEST_FILE); //=> 'The request file'
 */
export function describeInput(path: string, role: InputRole = INPUT_FILE): string {
  return path === '-' ? 'Standard input' : role.what;
}

/**
 * Reads a file, or standard input for `-`, as bytes; at most `MAX_INPUT_BYTES` (larger input is refused as soon as
 * the limit is passed, so an endless source such as /dev/zero ends too).
 *
 * @example
 * const bytes = readBytes('alert.xml');
 */
export function readBytes(path: string, role: InputRole = INPUT_FILE): Buffer {
  const what = describeInput(path, role);
  const key = path === '-' ? '-' : role.key;
  const tooBig = () => new InputError(`${what}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB; the CLI reads at most that much.`, key);
  if (path.includes('\uFFFD')) throw new InputError(`${what}: ${NOT_UTF8_NAME}`, key, 'input_unreadable');
  let fd: number | undefined;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
    if (path !== '-' && fstatSync(fd).isDirectory()) throw new InputError(`${what}: is a folder, not a file.`, key);
    // read in chunks and stop past the limit: a device or an endless pipe (/dev/zero, `yes |`) never fills memory
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, MAX_INPUT_BYTES + 1 - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
          waitBriefly();
          continue;
        }
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > MAX_INPUT_BYTES) throw tooBig();
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${what}: no such file.`, key);
    if (code === 'EISDIR') throw new InputError(`${what}: is a folder, not a file.`, key);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${what}: permission denied; check the file's permissions.`, key);
    if (code === 'ENOTDIR') throw new InputError(`${what}: a part of the path before the file name is a file, not a folder.`, key);
    if (code === 'ELOOP') throw new InputError(`${what}: a loop of symbolic links.`, key);
    throw new InputError(`${what}: cannot be read (${code ?? 'error'}).`, key);
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

let pause: Int32Array | undefined;
/** Waits 5 ms without spinning (standard input set non-blocking by another program and empty for now). */
function waitBriefly(): void {
  pause ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(pause, 0, 0, 5);
}

// one UTF-8 check for the API and the CLI (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF)
export { firstInvalidUtf8 };

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

const utf16 = (bytes: Uint8Array, bigEndian: boolean, what: string, key: string): string => {
  if (bytes.length % 2 !== 0) {
    throw new InputError(`${what}: UTF-16 with an odd number of bytes (${bytes.length}); the file is cut short or not UTF-16. Save it as UTF-8.`, key, 'input_encoding');
  }
  let body = bytes;
  if (bigEndian) {
    body = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i += 2) {
      body[i] = bytes[i + 1] ?? 0;
      body[i + 1] = bytes[i] ?? 0;
    }
  }
  try {
    return new TextDecoder('utf-16le', { fatal: true }).decode(body);
  } catch {
    throw new InputError(`${what}: not valid UTF-16 (an unpaired surrogate). Save it as UTF-8.`, key, 'input_encoding');
  }
};

/**
 * Decodes text input: UTF-8 with or without a byte-order mark, or UTF-16 LE/BE with a byte-order mark (PowerShell
 * 5.1 writes that by default). Invalid UTF-8, such as Windows-1252 bytes, is refused with the byte offset and
 * line; a character is never replaced by U+FFFD.
 *
 * @example
 * decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), 'request.json'); //=> '{}'
 */
export function decodeText(bytes: Uint8Array, path: string, role: InputRole = INPUT_FILE): string {
  const what = describeInput(path, role);
  const key = path === '-' ? '-' : role.key;
  const [b0, b1, b2, b3] = bytes;
  // (UTF-32's marks first: FF FE 00 00 also starts like UTF-16 LE, rt24 V12 read "not valid JSON")
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    throw new InputError(`${what}: is UTF-32 (its byte-order mark says so), which is not read here. Save it as UTF-8.`, key, 'input_encoding');
  }
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes.subarray(2), false, what, key);
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes.subarray(2), true, what, key);
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  const skip = body === bytes ? 0 : 3;
  const bad = firstInvalidUtf8(body);
  const nul = body.indexOf(0);
  if (nul >= 0 && (bad < 0 || nul < bad)) {
    throw new InputError(
      `${what}: holds a NUL byte at byte offset ${nul + skip}; it may be UTF-16 without a byte-order mark. Save it as UTF-8.`,
      key,
      'input_encoding',
    );
  }
  if (bad >= 0) {
    const offset = bad + skip;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new InputError(
      `${what}: not valid UTF-8 at byte offset ${offset} (line ${lineOf(bytes, offset)}, byte 0x${byte}); ` +
        'it was probably saved as Windows-1252 or Latin-1. Save it as UTF-8 and try again.',
      key,
      'input_encoding',
    );
  }
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
}

/**
 * Reads a text file (or `-`) and decodes it with `decodeText`.
 *
 * @example
 * const text = readInput('fixtures/officer-killed-denver/request.json');
 */
export function readInput(path: string, role: InputRole = INPUT_FILE): string {
  return decodeText(readBytes(path, role), path, role);
}

/**
 * Where JSON breaks in a way people often write it: a comment, a trailing comma, single quotes. Scans outside
 * strings only; returns the first such place, or undefined.
 */
function jsonHint(text: string): { at: number; hint: string } | undefined {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      return { at: i, hint: 'JSON does not allow comments (// or /* */): remove them, or put a note in the request\'s "note" field' };
    } else if (c === "'") return { at: i, hint: 'JSON strings and names use double quotes ("), not single quotes' };
    else if (c === ',') {
      let k = i + 1;
      while (k < text.length && /\s/.test(text[k] ?? '')) k++;
      if (text[k] === '}' || text[k] === ']') return { at: i, hint: 'JSON does not allow a comma before } or ]: remove it' };
    }
  }
  return undefined;
}

function lineColumn(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return `line ${line}, column ${pos - before.lastIndexOf('\n')}`;
}

/**
 * Parses JSON input. The error says where the JSON breaks (line and column), with a hint for an empty file,
 * comments, trailing commas and single quotes, but never quotes the input, which may hold an officer's name.
 *
 * @example
 * readJson('request.json');
 */
export function readJson(path: string, role: InputRole = INPUT_FILE): unknown {
  const text = readInput(path, role);
  const what = describeInput(path, role);
  const key = path === '-' ? '-' : role.key;
  if (text.trim() === '') {
    throw new InputError(
      `${what}: is empty; a request is a JSON object. Run "blue-alert init officer-killed > request.json" for a template to fill in.`,
      key,
      'invalid_json',
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const hint = jsonHint(text);
    if (hint !== undefined && (m === null || hint.at <= Number(m[1]))) {
      throw new InputError(`${what}: not valid JSON (${lineColumn(text, hint.at)}): ${hint.hint}.`, key, 'invalid_json');
    }
    const where = m === null ? (/end of JSON/.test((e as Error).message) ? ' (it ends too early)' : '') : ` (${lineColumn(text, Number(m[1]))})`;
    throw new InputError(`${what}: not valid JSON${where}.`, key, 'invalid_json');
  }
}
