/**
 * CAP bytes -> text, as XML 1.0 §4.3.3 and Appendix F say: a byte-order mark decides first (UTF-8, UTF-16LE,
 * UTF-16BE), then the `encoding` of the XML declaration (UTF-8, ISO-8859-1, windows-1252, US-ASCII, UTF-16), and
 * UTF-8 when there is neither. A byte the declared encoding cannot carry is a fatal error that names its offset:
 * never a replacement character (U+FFFD), which would change the message silently.
 */

/**
 * Why bytes could not be decoded: the byte offset of the first bad byte (when there is one) and a message that
 * says what was found and what is valid.
 *
 * @example
 * const r = decodeCapBytes(new Uint8Array([0x3c, 0xff]));
 * if (!r.ok) console.log(r.offset); //=> 1
 */
export interface DecodeFailure {
  readonly ok: false;
  readonly offset?: number;
  readonly message: string;
}

/**
 * The decoded text and the encoding it was read in (`UTF-8`, `UTF-16LE`, `UTF-16BE`, `ISO-8859-1`,
 * `windows-1252`, `US-ASCII`). A byte-order mark is removed.
 *
 * @example
 * const r = decodeCapBytes(new TextEncoder().encode('<alert/>'));
 * if (r.ok) console.log(r.encoding); //=> 'UTF-8'
 */
export interface DecodeSuccess {
  readonly ok: true;
  readonly text: string;
  readonly encoding: CapTextEncoding;
}

/**
 * An encoding `decodeCapBytes` reads.
 *
 * @example
 * const e: CapTextEncoding = 'ISO-8859-1';
 */
export type CapTextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'ISO-8859-1' | 'windows-1252' | 'US-ASCII';

/** Declared names (lower case, IANA names and aliases) -> the encoding read. UTF-16 needs a byte-order mark. */
const DECLARED: ReadonlyMap<string, CapTextEncoding | 'UTF-16'> = new Map([
  ['utf-8', 'UTF-8'], ['utf8', 'UTF-8'],
  ['iso-8859-1', 'ISO-8859-1'], ['iso8859-1', 'ISO-8859-1'], ['iso_8859-1', 'ISO-8859-1'], ['latin1', 'ISO-8859-1'],
  ['l1', 'ISO-8859-1'], ['latin-1', 'ISO-8859-1'],
  ['windows-1252', 'windows-1252'], ['cp1252', 'windows-1252'], ['x-cp1252', 'windows-1252'],
  ['us-ascii', 'US-ASCII'], ['ascii', 'US-ASCII'],
  ['utf-16', 'UTF-16'], ['utf-16le', 'UTF-16'], ['utf-16be', 'UTF-16'],
]);

const SUPPORTED = 'UTF-8, UTF-16 (with a byte-order mark), ISO-8859-1, windows-1252 or US-ASCII';

/**
 * windows-1252 bytes 0x80-0x9F -> code points (0 = undefined). Written out because Node's TextDecoder maps
 * 'windows-1252' to Latin-1 in builds without full ICU. The other bytes are Latin-1.
 */
const CP1252_HIGH = [
  0x20ac, 0x0000, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x0000, 0x017d, 0x0000,
  0x0000, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x0000, 0x017e, 0x0178,
];

function fail(message: string, offset?: number): DecodeFailure {
  return offset === undefined ? { ok: false, message } : { ok: false, offset, message };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629), or -1. Linear. */
export function firstInvalidUtf8(b: Uint8Array, from = 0): number {
  const n = b.length;
  let i = from;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0; // no overlong forms
      if (c === 0xed) hi = 0x9f; // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f; // nothing past U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined) return i;
      if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function hex(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * The longest XML declaration read, in characters (bytes for 8-bit input). XML puts no bound on the white space
 * between its pseudo-attributes, but a real one is under 100; a longer one is refused by name rather than read
 * only in part (red team 14: an `encoding` 200 bytes in was not seen, and the document was read as UTF-8).
 */
export const MAX_XML_DECLARATION = 4096;

/** Where the XML declaration ends (the index after `?>`) or why it cannot be read; `undefined` when there is none. */
type Declaration = { readonly text: string } | { readonly problem: string } | undefined;

/** The `encoding` pseudo-attribute of a whole XML declaration, or a problem with the declaration. */
function encodingOf(decl: string): { readonly encoding?: string } | { readonly problem: string } {
  const m = /\bencoding\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(decl);
  if (m !== null) return { encoding: (m[1] ?? m[2]) as string };
  if (/\bencoding\s*=/.test(decl)) return { problem: 'its encoding="…" has no closing quote before "?>"' };
  return {};
}

/**
 * The XML declaration at `start` of `text`: the characters from `<?xml` to the first `?>`, bounded by
 * MAX_XML_DECLARATION. `<?xml-stylesheet …?>` and other processing instructions are not a declaration.
 */
function declarationAt(text: string, start: number): Declaration {
  if (!text.startsWith('<?xml', start)) return undefined;
  const next = text.charCodeAt(start + 5);
  if (!(next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d || next === 0x3f)) return undefined;
  const end = text.indexOf('?>', start + 5);
  if (end === -1 || end + 2 - start > MAX_XML_DECLARATION) {
    return { problem: `The XML declaration (<?xml … ?>) has no "?>" within its first ${MAX_XML_DECLARATION} characters, so its encoding cannot be read. Write it on one short line: <?xml version="1.0" encoding="UTF-8"?>.` };
  }
  return { text: text.slice(start + 5, end) };
}

/** The declared encoding of the XML declaration at the start of ASCII-compatible bytes, if any. */
function declaredEncoding(b: Uint8Array, start: number): { readonly encoding?: string } | { readonly problem: string } {
  if (!(b[start] === 0x3c && b[start + 1] === 0x3f && b[start + 2] === 0x78 && b[start + 3] === 0x6d && b[start + 4] === 0x6c)) return {};
  // only ASCII matters in the declaration: each byte is read as the code point of the same value (Latin-1)
  const head = b.subarray(start, Math.min(b.length, start + MAX_XML_DECLARATION + 1));
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < head.length; i += CHUNK) text += String.fromCharCode(...head.subarray(i, i + CHUNK));
  return declaredEncodingInText(text, 0);
}

function declaredEncodingInText(text: string, start: number): { readonly encoding?: string } | { readonly problem: string } {
  const d = declarationAt(text, start);
  if (d === undefined) return {};
  if ('problem' in d) return d;
  const e = encodingOf(d.text);
  return 'problem' in e ? { problem: `The XML declaration cannot be read: ${e.problem}.` } : e;
}

function decodeUtf8(b: Uint8Array, start: number): DecodeSuccess | DecodeFailure {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b.subarray(start)), encoding: 'UTF-8' };
  } catch {
    const at = firstInvalidUtf8(b, start);
    const bad = at === -1 ? '' : ` (byte ${hex(b[at] as number)})`;
    return fail(`The document is not valid UTF-8: invalid byte sequence at byte offset ${at}${bad}. Save it as UTF-8, or declare its real encoding (${SUPPORTED}) in the XML declaration.`, at === -1 ? undefined : at);
  }
}

function decodeUtf16(b: Uint8Array, start: number, encoding: 'UTF-16LE' | 'UTF-16BE'): DecodeSuccess | DecodeFailure {
  if ((b.length - start) % 2 !== 0) {
    return fail(`The document is ${encoding} but has an odd number of bytes: the last byte (offset ${b.length - 1}) is half a character.`, b.length - 1);
  }
  try {
    return { ok: true, text: new TextDecoder(encoding.toLowerCase(), { fatal: true, ignoreBOM: true }).decode(b.subarray(start)), encoding };
  } catch {
    // find the unpaired surrogate
    const le = encoding === 'UTF-16LE';
    for (let i = start; i + 1 < b.length; i += 2) {
      const u = le ? (b[i] as number) | ((b[i + 1] as number) << 8) : ((b[i] as number) << 8) | (b[i + 1] as number);
      if (u >= 0xdc00 && u <= 0xdfff) return fail(`The document is not valid ${encoding}: an unpaired low surrogate at byte offset ${i}.`, i);
      if (u >= 0xd800 && u <= 0xdbff) {
        const j = i + 2;
        const v = j + 1 < b.length ? (le ? (b[j] as number) | ((b[j + 1] as number) << 8) : ((b[j] as number) << 8) | (b[j + 1] as number)) : -1;
        if (!(v >= 0xdc00 && v <= 0xdfff)) return fail(`The document is not valid ${encoding}: an unpaired high surrogate at byte offset ${i}.`, i);
        i += 2;
      }
    }
    return fail(`The document is not valid ${encoding}.`);
  }
}

function decodeSingleByte(b: Uint8Array, start: number, encoding: 'ISO-8859-1' | 'windows-1252' | 'US-ASCII'): DecodeSuccess | DecodeFailure {
  for (let i = start; i < b.length; i++) {
    const c = b[i] as number;
    if (encoding === 'US-ASCII' && c >= 0x80) {
      return fail(`The document declares US-ASCII but byte offset ${i} is ${hex(c)}, outside ASCII. Declare its real encoding (${SUPPORTED}).`, i);
    }
    if (encoding === 'windows-1252' && c >= 0x80 && c < 0xa0 && CP1252_HIGH[c - 0x80] === 0) {
      return fail(`The document declares windows-1252 but byte offset ${i} is ${hex(c)}, which windows-1252 does not define.`, i);
    }
  }
  // ISO-8859-1 (and ASCII) map each byte to the code point of the same value; windows-1252 differs in 0x80-0x9F.
  // (TextDecoder('iso-8859-1') is windows-1252 in the WHATWG Encoding standard, so neither is used here.)
  const codes = new Uint16Array(b.length - start);
  for (let i = start; i < b.length; i++) {
    const c = b[i] as number;
    codes[i - start] = encoding === 'windows-1252' && c >= 0x80 && c < 0xa0 ? (CP1252_HIGH[c - 0x80] as number) : c;
  }
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < codes.length; i += CHUNK) text += String.fromCharCode(...codes.subarray(i, i + CHUNK));
  return { ok: true, text, encoding };
}

/**
 * Decodes the bytes of an XML document as XML 1.0 says: a byte-order mark first (UTF-8, UTF-16LE, UTF-16BE),
 * then the XML declaration's `encoding` (UTF-8, ISO-8859-1, windows-1252, US-ASCII; UTF-16 needs a byte-order
 * mark or a `<?xml` written in UTF-16), else UTF-8. Invalid bytes fail with their byte offset; nothing is
 * replaced with U+FFFD. A byte-order mark that contradicts the declaration, UTF-32, and unknown encodings fail.
 *
 * @example
 * const latin1 = new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>Ca'), 0xf1, ...new TextEncoder().encode('on</a>')]);
 * const r = decodeCapBytes(latin1);
 * if (r.ok) r.text.endsWith('<a>Cañon</a>'); //=> true
 */
export function decodeCapBytes(b: Uint8Array): DecodeSuccess | DecodeFailure {
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
  if ((b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) || (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00)) {
    return fail(`The document is UTF-32, which is not read. Save it as ${SUPPORTED}.`, 0);
  }
  let bomEncoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | undefined;
  let start = 0;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) [bomEncoding, start] = ['UTF-8', 3];
  else if (b0 === 0xff && b1 === 0xfe) [bomEncoding, start] = ['UTF-16LE', 2];
  else if (b0 === 0xfe && b1 === 0xff) [bomEncoding, start] = ['UTF-16BE', 2];
  else if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) bomEncoding = 'UTF-16LE'; // "<?" without a BOM
  else if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) bomEncoding = 'UTF-16BE';

  if (bomEncoding === 'UTF-16LE' || bomEncoding === 'UTF-16BE') {
    const r = decodeUtf16(b, start, bomEncoding);
    if (!r.ok) return r;
    const d = declaredEncodingInText(r.text, 0);
    if ('problem' in d) return fail(d.problem, 0);
    const declared = d.encoding;
    if (declared !== undefined && DECLARED.get(declared.toLowerCase()) !== 'UTF-16') {
      const shown = declared.length > 40 ? `${declared.slice(0, 40)}…` : declared;
      return fail(`The document is ${bomEncoding} (by its byte-order mark) but its XML declaration says encoding="${shown}". Make them agree.`, 0);
    }
    return r;
  }
  const d = declaredEncoding(b, start);
  if ('problem' in d) return fail(d.problem, start);
  const declared = d.encoding;
  if (declared === undefined) return decodeUtf8(b, start);
  const encoding = DECLARED.get(declared.toLowerCase());
  if (encoding === undefined) {
    const shown = declared.length > 40 ? `${declared.slice(0, 40)}…` : declared;
    return fail(`The XML declaration says encoding="${shown}", which is not read. Use ${SUPPORTED}.`);
  }
  if (encoding === 'UTF-16') {
    return fail(`The XML declaration says encoding="${declared}" but the document is not UTF-16: UTF-16 starts with a byte-order mark (FF FE or FE FF). Save it as UTF-16 with a byte-order mark, or declare its real encoding.`, 0);
  }
  if (bomEncoding === 'UTF-8' && encoding !== 'UTF-8' && encoding !== 'US-ASCII') {
    return fail(`The document starts with a UTF-8 byte-order mark but its XML declaration says encoding="${declared}". Make them agree.`, 0);
  }
  if (encoding === 'UTF-8') return decodeUtf8(b, start);
  if (encoding === 'UTF-16LE' || encoding === 'UTF-16BE') return decodeUtf16(b, start, encoding);
  return decodeSingleByte(b, start, encoding);
}
