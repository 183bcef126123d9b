/**
 * XML 1.0 character classes for the reader (fifth edition, productions [2], [3], [4], [4a]), by arithmetic: no table
 * is built at load, so the module stays free of side effects and a bundle that never reads XML drops it.
 */

/**
 * NameStartChar in ASCII: a letter, "_" or ":".
 *
 * @example
 * isNameStartAscii(0x61); //=> true ('a')
 */
export function isNameStartAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
}
/**
 * NameChar in ASCII: a NameStartChar, a digit, "-" or ".".
 *
 * @example
 * isNameAscii(0x2d); //=> true ('-')
 */
export function isNameAscii(c: number): boolean {
  return isNameStartAscii(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}
/**
 * XML white space (production [3]): space, tab, CR, LF.
 *
 * @example
 * isSpace(0x09); //=> true (tab)
 */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/**
 * Removes XML whitespace (space, tab, CR, LF) at both ends, as the XSD `whiteSpace="collapse"` facet does before
 * a typed value is checked. Other Unicode spaces are kept (XML does not collapse them). Linear.
 *
 * @example
 * xmlTrim('  en-US\n'); //=> 'en-US'
 */
export function xmlTrim(s: string): string {
  let a = 0;
  let z = s.length;
  while (a < z && isSpace(s.charCodeAt(a))) a++;
  while (z > a && isSpace(s.charCodeAt(z - 1))) z--;
  return a === 0 && z === s.length ? s : s.slice(a, z);
}

/**
 * NameStartChar above ASCII (XML 1.0 fifth edition, production [4]); surrogate pairs are handled by the caller.
 *
 * @example
 * isNameStartAbove127(0xe9); //=> true ('é')
 */
export function isNameStartAbove127(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0x2ff) || (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) || c === 0x200c || c === 0x200d || (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) || (c >= 0x3001 && c <= 0xd7ff) || (c >= 0xf900 && c <= 0xfdcf) || (c >= 0xfdf0 && c <= 0xfffd)
  );
}
/**
 * NameChar above ASCII (production [4a]).
 *
 * @example
 * isNameAbove127(0xb7); //=> true ('·')
 */
export function isNameAbove127(c: number): boolean {
  return isNameStartAbove127(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

/**
 * Characters XML 1.0 does not allow anywhere (production [2]); lone surrogates are checked separately.
 *
 * @example
 * FORBIDDEN_CHAR.test('a\u0001'); //=> true
 */
export const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/**
 * Any UTF-16 surrogate code unit (a pair or a lone one).
 *
 * @example
 * SURROGATE.test('🚓'); //=> true
 */
export const SURROGATE = /[\uD800-\uDFFF]/;
/**
 * Either of the two above, for the one native pass that clears most documents (`lastIndex` reset before use).
 *
 * @example
 * SUSPECT.lastIndex = 0; SUSPECT.exec('ok\u0001')?.index; //=> 2
 */
export const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g;

/**
 * How a character is named in an error: "the end of the document", a control character by code point, else quoted.
 *
 * @example
 * describeChar(0x01); //=> 'the control character U+0001'
 */
export function describeChar(c: number): string {
  if (Number.isNaN(c)) return 'the end of the document';
  const hex = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  if (c < 0x20 || c === 0x7f) return `the control character ${hex}`;
  // (a noncharacter or any other character a reader cannot see is named by its code, never written raw: rt24 V4)
  if (c === 0xfffe || c === 0xffff || (c >= 0xfdd0 && c <= 0xfdef)) return `the noncharacter ${hex}`;
  if ((c >= 0x80 && c <= 0xa0) || c === 0xad || (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) || c === 0xfeff) return `the invisible character ${hex}`;
  return `"${String.fromCharCode(c)}"`;
}

/**
 * The first character XML 1.0 does not allow in `s`, as an offset and a message, or undefined. One native pass
 * finds what could be wrong (a forbidden character or a surrogate); well-formed surrogate pairs are stepped over,
 * and anything else is reported as two exact passes find it: the first forbidden character, else the first lone
 * surrogate.
 *
 * @example
 * badCharacter('<a>\u0001</a>')?.at; //=> 3
 */
export function badCharacter(s: string): { at: number; message: string } | undefined {
  SUSPECT.lastIndex = 0;
  for (let m = SUSPECT.exec(s); m !== null; m = SUSPECT.exec(s)) {
    const i = m.index;
    const c = s.charCodeAt(i);
    const d = s.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      SUSPECT.lastIndex = i + 2;
      continue;
    }
    SUSPECT.lastIndex = 0;
    return reportCharacter(s);
  }
  SUSPECT.lastIndex = 0;
  return undefined;
}

function reportCharacter(s: string): { at: number; message: string } | undefined {
  const bad = FORBIDDEN_CHAR.exec(s);
  if (bad !== null) {
    // a NUL in the first bytes is a file saved as UTF-16 without its byte-order mark (rt24 V12)
    const utf16 = s.charCodeAt(bad.index) === 0 && bad.index < 4 ? ' The file may be UTF-16 without a byte-order mark: save it as UTF-8.' : '';
    return {
      at: bad.index,
      message: `it contains ${describeChar(s.charCodeAt(bad.index))}, which XML 1.0 does not allow anywhere (write it as text another way, or remove it).${utf16}`,
    };
  }
  if (!SURROGATE.test(s)) return undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const d = s.charCodeAt(i + 1);
    if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) i++;
    else return { at: i, message: 'it contains a lone UTF-16 surrogate, which is not a character.' };
  }
  return undefined;
}
