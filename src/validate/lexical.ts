/**
 * Linear, regex-free scans of values that may be megabytes long (conformance report 19c C11): a `<derefUri>`
 * carrying two minutes of EAS audio is about 7 MB of base64. A regular expression with a quantified group over
 * the whole value backtracks through the engine's stack and throws `RangeError` at a few MB; these loops read
 * each character once and never throw.
 */

/** Per ASCII code: 1 a base64 alphabet character (RFC 4648 §4), 2 XML white space (collapsed by xs:base64Binary), 3 '='. */
const BASE64_CLASS = ((): Uint8Array => {
  const t = new Uint8Array(128);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) t[alphabet.charCodeAt(i)] = 1;
  for (const c of [0x20, 0x09, 0x0a, 0x0d]) t[c] = 2;
  t[0x3d] = 3;
  return t;
})();

/**
 * Whether `value` is base64 (RFC 4648 §4) once XML white space is removed: whole groups of four characters, the
 * last one padded with `=` or `==`. The empty string is base64 (no content). One pass, no regular expression.
 *
 * @example
 * isBase64('SGVs\nbG8='); //=> true
 * isBase64('SGVsbG8'); //=> false (7 characters)
 */
export function isBase64(value: string): boolean {
  let data = 0;
  let pad = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const kind = c < 128 ? BASE64_CLASS[c] : 0;
    if (kind === 2) continue;
    if (kind === 3) pad++;
    else if (kind === 1 && pad === 0) data++;
    else return false;
  }
  if (pad > 2 || (data + pad) % 4 !== 0) return false;
  // '=' pads the last group only: at least two data characters in it
  return pad === 0 || data % 4 === 4 - pad;
}

/** An ASCII letter, or with `digits` also an ASCII digit. */
function isSubtagChar(c: number, digits: boolean): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (digits && c >= 0x30 && c <= 0x39);
}

/**
 * Whether `value` is an xs:language / RFC 3066 tag: 1 to 8 letters, then any number of `-` and 1 to 8 letters or
 * digits. One pass, no regular expression.
 *
 * @example
 * isLanguageTag('en-US'); //=> true
 * isLanguageTag('en--US'); //=> false
 */
export function isLanguageTag(value: string): boolean {
  let run = 0;
  let first = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x2d) {
      if (run === 0) return false;
      run = 0;
      first = false;
    } else if (isSubtagChar(c, !first) && run < 8) {
      run++;
    } else {
      return false;
    }
  }
  return run > 0;
}

/** An ASCII hexadecimal digit. */
function isHexDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/**
 * What xs:anyURI (libxml2, the referee) refuses and the WHATWG URL parser lets through (conformance report 19c
 * C01): a `%` not followed by two hexadecimal digits, or a second `#` (RFC 3986 §2.1, §3.5). Returns what is wrong,
 * for the message, or undefined. One pass, no regular expression.
 *
 * @example
 * uriEscapeProblem('https://example.gov/a%zz'); //=> 'a "%" at character 21 not followed by two hexadecimal digits (write a literal "%" as "%25")'
 * uriEscapeProblem('https://example.gov/a#b#c'); //=> 'a second "#" at character 24 (one fragment only; write a literal "#" as "%23")'
 * uriEscapeProblem('https://example.gov/a%20b'); //=> undefined
 */
export function uriEscapeProblem(value: string): string | undefined {
  let hashes = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x25 && !(isHexDigit(value.charCodeAt(i + 1)) && isHexDigit(value.charCodeAt(i + 2)))) {
      return `a "%" at character ${i + 1} not followed by two hexadecimal digits (write a literal "%" as "%25")`;
    }
    if (c === 0x23 && ++hashes > 1) return `a second "#" at character ${i + 1} (one fragment only; write a literal "#" as "%23")`;
  }
  return undefined;
}
