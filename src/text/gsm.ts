/**
 * GSM 03.38 (3GPP TS 23.038) 7-bit default alphabet helpers for WEA text.
 *
 * IPAWS guidance: CMAMtext and CMAMlongtext "should use only characters which can be transformed into the GSM
 * 7-bit character set". Whether carriers count extension characters as one or two is unconfirmed, so
 * {@link gsm7Length} counts them as two (the septet count) and {@link toGsm7} produces the basic set only.
 */
import { collapseSpaces } from './fit.js';

/** The GSM 7-bit basic character set (one septet each), in table order. */
const BASIC_CHARS =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** The GSM 7-bit extension table characters (escape + one septet: two each). Form feed included. */
const EXTENSION_CHARS = '^{}\\[~]|€\f';

let basicSet: ReadonlySet<string> | undefined;
let extensionSet: ReadonlySet<string> | undefined;
let translitMap: ReadonlyMap<string, string> | undefined;

function basic(): ReadonlySet<string> {
  basicSet ??= new Set(Array.from(BASIC_CHARS));
  return basicSet;
}

function extension(): ReadonlySet<string> {
  extensionSet ??= new Set(Array.from(EXTENSION_CHARS));
  return extensionSet;
}

/** Explicit replacements for characters that are not in the basic set (applied before accent stripping). */
function translit(): ReadonlyMap<string, string> {
  if (translitMap) return translitMap;
  const pairs: [string, string][] = [
    // quotes and primes
    ['\u2018', "'"], ['\u2019', "'"], ['\u201A', "'"], ['\u201B', "'"], ['\u2032', "'"], ['\u00B4', "'"],
    ['`', "'"], ['\u02BC', "'"],
    ['\u201C', '"'], ['\u201D', '"'], ['\u201E', '"'], ['\u201F', '"'], ['\u2033', '"'],
    ['\u00AB', '"'], ['\u00BB', '"'], ['\u2039', "'"], ['\u203A', "'"],
    // dashes, hyphens, minus, bullets
    ['\u2010', '-'], ['\u2011', '-'], ['\u2012', '-'], ['\u2013', '-'], ['\u2014', '-'], ['\u2015', '-'],
    ['\u2212', '-'], ['\u00AD', ''], ['\u2022', '-'], ['\u00B7', '-'], ['\u2043', '-'],
    // ellipsis and misc punctuation
    ['\u2026', '...'], ['\u2044', '/'], ['\u00D7', 'x'], ['\u00F7', '/'], ['\u00B0', ' deg'],
    ['\u2116', 'No.'], ['\u00A9', '(c)'], ['\u00AE', '(R)'], ['\u2122', 'TM'],
    ['\u00BD', '1/2'], ['\u00BC', '1/4'], ['\u00BE', '3/4'], ['\u00B1', '+/-'],
    // extension-table characters: keep to the basic set
    ['[', '('], [']', ')'], ['{', '('], ['}', ')'], ['\\', '/'], ['|', '/'], ['~', '-'], ['^', ''],
    ['\u20AC', 'EUR'], ['\f', ' '],
    // whitespace
    ['\t', ' '], ['\u00A0', ' '], ['\u2002', ' '], ['\u2003', ' '], ['\u2009', ' '], ['\u200A', ' '],
    ['\u202F', ' '], ['\u2007', ' '], ['\u2008', ' '], ['\u3000', ' '], ['\u2028', '\n'], ['\u2029', '\n'],
    // letters without a useful decomposition
    ['\u00E7', 'c'], ['\u0141', 'L'], ['\u0142', 'l'], ['\u0110', 'D'], ['\u0111', 'd'], ['\u00D0', 'D'],
    ['\u00F0', 'd'], ['\u00DE', 'Th'], ['\u00FE', 'th'], ['\u0152', 'OE'], ['\u0153', 'oe'], ['\u0131', 'i'],
    ['\u0130', 'I'], ['\u0127', 'h'], ['\u0126', 'H'], ['\u00AA', 'a'], ['\u00BA', 'o'],
    ['\uFB01', 'fi'], ['\uFB02', 'fl'],
  ];
  translitMap = new Map(pairs);
  return translitMap;
}

/**
 * True when every character of `text` can be sent in GSM 7-bit: the basic set, plus the extension table unless
 * `options.extension` is false.
 *
 * @param text - The text to check.
 * @param options - `extension: false` to accept the basic set only.
 * @returns Whether the text is GSM 7-bit encodable.
 * @example
 * isGsm7('Call 911 ¿Sí?');          //=> false ('í' is not in the set)
 * isGsm7('Llame al 911, señor');    //=> true
 * isGsm7('a [b]', { extension: false }); //=> false
 */
export function isGsm7(text: string, options: { readonly extension?: boolean } = {}): boolean {
  const allowExt = options.extension ?? true;
  const b = basic();
  const e = extension();
  for (const ch of text) {
    if (b.has(ch)) continue;
    if (allowExt && e.has(ch)) continue;
    return false;
  }
  return true;
}

/**
 * The length of `text` in GSM 7-bit septets: basic characters count 1, extension characters (`^{}\[~]|€`) count 2.
 * A character outside GSM 7-bit counts 1 per code point (check it with {@link isGsm7}).
 *
 * @param text - The text to measure.
 * @returns The septet count.
 * @example
 * gsm7Length('Call 911');  //=> 8
 * gsm7Length('€5 [x]');    //=> 9
 */
export function gsm7Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // the extension table (EXTENSION_CHARS): ^ { } \ [ ~ ] | € and form feed; a surrogate pair is one character
    if (c === 0x5e || c === 0x7b || c === 0x7d || c === 0x5c || c === 0x5b || c === 0x7e || c === 0x5d || c === 0x7c || c === 0x20ac || c === 0x0c) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      n += 1;
    } else n += 1;
  }
  return n;
}

/**
 * `text` in the GSM basic set with its whitespace collapsed (`collapseSpaces(toGsm7(text))`): text that already is
 * (plain ASCII, single spaces, nothing to trim) is returned as it is after one scan.
 *
 * @example
 * gsmText(' Jos\u00E9  Ram\u00EDrez '); //=> 'José Ramirez'
 */
export function gsmText(text: string): string {
  // plain ASCII words of the basic set with single spaces between them: one test instead of toGsm7's and collapseSpaces's
  if (/^[\x21-\x5a\x5f\x61-\x7a]+(?: [\x21-\x5a\x5f\x61-\x7a]+)*$/.test(text) || text === '') return text;
  return collapseSpaces(toGsm7(text));
}

/**
 * The GSM 7-bit length of text made of basic characters (what `toGsm7` and `gsmText` return, joined, cut and
 * capitalised): its string length. Every basic character, and every capital of one, is one UTF-16 unit and counts one
 * septet ({@link gsm7Length} counts two only for extension characters and one per code point outside the set), so
 * the WEA fitting adds lengths up without scanning the text again.
 *
 * @example
 * basicLength('Call 911'); //=> 8
 */
export function basicLength(text: string): number {
  return text.length;
}

/** Combining marks (after NFD) that are dropped from accented letters outside the set. */
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/**
 * Transliterates `text` into the GSM 7-bit **basic** set: smart quotes to straight quotes, dashes to `-`, `…` to
 * `...`, accented letters outside the set to their base letter (`á` to `a`, while `é ñ ü ¿ ¡` stay), extension
 * characters to basic look-alikes (`[` to `(`, `€` to `EUR`), compatibility forms to their letters (full-width `Ａ`
 * to `A`, `ﬁ` to `fi`), odd spaces to a space; emoji and anything else
 * without a GSM form are removed. The result always satisfies `isGsm7(result, { extension: false })`.
 *
 * @param text - Any Unicode text.
 * @returns The GSM-basic text.
 * @example
 * toGsm7('“Officer down” — Ma\u00F1ana, Jos\u00E9 Ram\u00EDrez 🚓'); //=> '"Officer down" - Mañana, José Ramirez '
 */
export function toGsm7(text: string): string {
  // most text is plain ASCII that is already GSM basic: space to Z (0x20-0x5A), "_", a-z, LF, CR
  if (/^[\n\r\x20-\x5a\x5f\x61-\x7a]*$/.test(text)) return text;
  // only the runs of other characters are looked at, one code point at a time (plain ASCII is copied as it is)
  return text.normalize('NFC').replace(/[^\n\r\x20-\x5a\x5f\x61-\x7a]+/g, convertRun);
}

/** A run of characters that are not plain ASCII, in the GSM basic set (see {@link toGsm7}). */
function convertRun(run: string): string {
  const b = basic();
  const map = translit();
  let out = '';
  for (const ch of run) {
    if (b.has(ch)) {
      out += ch;
      continue;
    }
    const mapped = map.get(ch);
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    // Accented letters and compatibility forms (full-width, ligatures, long s): the base letters that are in the set.
    const stripped = ch.normalize('NFKD').replace(COMBINING, '');
    let kept = '';
    for (const c of stripped) {
      if (b.has(c)) kept += c;
      else {
        const m = map.get(c);
        if (m !== undefined) kept += m;
      }
    }
    out += kept;
  }
  return out;
}
