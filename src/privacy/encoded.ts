/**
 * Encoded readings of a web address, shared by the redaction's address reading and the leak guard: a browser shows
 * a punycode host "xn--okafr-3ta.example" as "okafór.example", and a query "?case=RGFuaWVsIE9rYWZvcg==" is the
 * name in base64 for anyone who decodes it (red team 11). Written for this library, without `node:` modules (the
 * core runs in browsers): the punycode decoder follows RFC 3492 section 6.2.
 */
import { decodeReferences } from './references.js';

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;

/** RFC 3492 6.1: the bias after a delta. */
function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - TMIN) * TMAX) >> 1) {
    d = Math.floor(d / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * d) / (d + SKEW));
}

/** The value of a punycode digit (a-z 0-25, 0-9 26-35, case-insensitive), or -1. */
function digitOf(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 22;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  return -1;
}

/**
 * Decodes a punycode label (without its "xn--" prefix, RFC 3492), or undefined when it is not valid punycode.
 * Labels longer than 63 characters are not labels and are refused.
 *
 * @example
 * punycodeDecode('okafr-3ta'); //=> 'okafór'
 * punycodeDecode('mnchen-3ya'); //=> 'münchen'
 */
export function punycodeDecode(label: string): string | undefined {
  if (label.length === 0 || label.length > 63) return undefined;
  const delimiter = Math.max(label.lastIndexOf('-'), 0);
  const out: number[] = [];
  for (let j = 0; j < delimiter; j++) {
    const c = label.charCodeAt(j);
    if (c >= 0x80) return undefined;
    out.push(c);
  }
  let n = 0x80;
  let bias = 72;
  let i = 0;
  for (let pos = delimiter > 0 ? delimiter + 1 : 0; pos < label.length; ) {
    const old = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= label.length) return undefined;
      const d = digitOf(label.charCodeAt(pos++));
      if (d < 0) return undefined;
      i += d * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
      if (i > 0x7fffffff || w > 0x7fffffff) return undefined;
    }
    bias = adapt(i - old, out.length + 1, old === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
    out.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...out);
}

/**
 * Percent-escapes decoded ("%4Fkafor" reads "Okafor"); malformed escapes stay as written.
 *
 * @example
 * percentDecode('a%20b%zz'); //=> 'a b%zz'
 */
export function percentDecode(s: string): string {
  if (!s.includes('%')) return s;
  return s.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PRINTABLE = /^[^\p{Cc}\p{Cn}\p{Co}\p{Cs}]+$/u;
const THREE_LETTERS = /\p{L}[^\p{L}]*\p{L}[^\p{L}]*\p{L}/u;

/**
 * The text a base64 or base64url token of 8+ characters stands for, when it decodes to printable UTF-8 text with
 * at least three letters; otherwise undefined (most words and identifiers decode to bytes that are not text).
 *
 * @example
 * base64Text('RGFuaWVsIE9rYWZvcg=='); //=> 'Daniel Okafor'
 * base64Text('colorado'); //=> undefined
 */
export function base64Text(token: string): string | undefined {
  // the padding dropped by a scan from the end (linear; /=+$/ is quadratic on a long run of "=")
  let end = token.length;
  while (end > 0 && token.charCodeAt(end - 1) === 0x3d) end--;
  if (end < 8 || end % 4 === 1 || end > 4096) return undefined;
  // decoded by a table, and refused at the first byte no text holds: most words and identifiers of a link decode
  // to control bytes or broken UTF-8, and are refused without building a string (in a build this ran for every
  // token of every link, and a thrown URIError per token cost 4% of a build)
  const bytes = new Uint8Array((end * 6) >> 3);
  let n = 0;
  let bits = 0;
  let acc = 0;
  for (let k = 0; k < end; k++) {
    const c = token.charCodeAt(k);
    const v = c < 128 ? (B64_VALUE[c] as number) : -1;
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (acc >> bits) & 0xff;
    }
  }
  if (!textBytes(bytes, n)) return undefined;
  let text: string;
  try {
    // percent-escapes through decodeURIComponent: a strict UTF-8 decoder without TextDecoder
    let escaped = '';
    for (let k = 0; k < n; k++) escaped += `%${(bytes[k] as number).toString(16).padStart(2, '0')}`;
    text = decodeURIComponent(escaped);
  } catch {
    return undefined;
  }
  return PRINTABLE.test(text.replace(/[\t\n\r]/g, ' ')) && THREE_LETTERS.test(text) ? text : undefined;
}

/** Base64 and base64url digit values by character code, -1 for any other character. */
const B64_VALUE: Int8Array = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let k = 0; k < 64; k++) t[B64.charCodeAt(k)] = k;
  t[0x2d] = 62; // "-" (base64url)
  t[0x5f] = 63; // "_" (base64url)
  return t;
})();

/** Whether the first `n` bytes can be printable UTF-8 text: no control byte, lead and continuation bytes that fit. */
function textBytes(bytes: Uint8Array, n: number): boolean {
  for (let k = 0; k < n; k++) {
    const b = bytes[k] as number;
    if (b < 0x80) {
      if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f) return false;
      continue;
    }
    const more = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? (b <= 0xef ? 2 : -1) : b >= 0xc2 ? 1 : -1;
    if (more < 0 || k + more >= n) return false;
    for (let m = 1; m <= more; m++) if (((bytes[k + m] as number) & 0xc0) !== 0x80) return false;
    k += more;
  }
  return true;
}

const PUNYCODE_LABEL = /(?:^|[^a-z0-9-])xn--([a-z0-9-]{1,59})/gi;
/** Base64url tokens, standard ones (with "/"), and standard ones within one path segment: read separately. */
const BASE64_TOKENS: readonly RegExp[] = [/[A-Za-z0-9_-]{8,}={0,2}/g, /[A-Za-z0-9+/]{8,}={0,2}/g, /[A-Za-z0-9+]{8,}={0,2}/g];

/**
 * Other readings of an address (a link, a file name, a path): its character references decoded, every punycode
 * label ("xn--…") decoded, and every base64 or base64url token that decodes to text. Each reading is the whole
 * address with the encoded parts replaced (base64 texts are added after it); none when nothing is encoded.
 *
 * @example
 * addressReadings('https://xn--okafr-3ta.example/a.jpg'); //=> ['https://okafór.example/a.jpg']
 * addressReadings('https://x.gov/?c=RGFuaWVsIE9rYWZvcg=='); //=> ['https://x.gov/?c=RGFuaWVsIE9rYWZvcg== Daniel Okafor']
 */
export function addressReadings(address: string): string[] {
  const out: string[] = [];
  const decoded = decodeReferences(address);
  if (decoded !== address) out.push(decoded);
  if (/xn--/i.test(decoded)) {
    const hosts = decoded.replace(PUNYCODE_LABEL, (m, label: string) => {
      const text = punycodeDecode(label.toLowerCase());
      return text === undefined ? m : m.slice(0, m.length - label.length - 4) + text;
    });
    if (hosts !== decoded) out.push(hosts);
  }
  const texts: string[] = [];
  for (const re of BASE64_TOKENS) {
    for (const m of decoded.matchAll(re)) {
      const text = base64Text(m[0]);
      if (text !== undefined && !texts.includes(text)) texts.push(text);
    }
  }
  if (texts.length > 0) out.push(`${decoded} ${texts.join(' ')}`);
  return out;
}
