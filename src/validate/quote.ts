/**
 * How an issue message quotes a value it received: in double quotes, with every character a reader could not
 * see written as an escape, so `<status>Actual&#160;</status>` reads `"Actual\u00A0"`, not `"Actual "`.
 */
import { table } from '../table.js';

// C0 and C1 controls, DEL, and the characters that print as nothing or as a plain space: no-break and other
// spaces, soft hyphen, combining grapheme joiner, Arabic letter mark, Hangul fillers, Khmer and Mongolian
// invisibles, zero-width and direction marks, line and paragraph separators, invisible operators, ideographic
// space, variation selectors, byte-order mark, interlinear annotation marks; and lone surrogates
// (a well-formed surrogate pair is matched first and kept; no lookbehind, for older browsers)
const INVISIBLE =
  /[\ud800-\udbff][\udc00-\udfff]|[\u0000-\u001f\u007f-\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\ud800-\udfff]/g;

const SHORT: Readonly<Record<string, string>> = table({ '\t': '\\t', '\n': '\\n', '\r': '\\r' });

/**
 * `value` in double quotes for an issue message: `"` and `\` escaped, tab and line breaks as `\t`, `\n`, `\r`, and
 * every other invisible or space-like character other than the plain space as `\uXXXX`. Values longer than `max`
 * characters are cut (at a character boundary) and end with `…`.
 *
 * @example
 * quoteValue('Actual\u00a0'); //=> '"Actual\\u00A0"'
 * quoteValue('say "hi"');     //=> '"say \\"hi\\""'
 */
export function quoteValue(value: string, max = 60): string {
  const t = cutText(value, max);
  const escaped = t
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(INVISIBLE, (c) => (c.length === 2 ? c : (SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)));
  return `"${escaped}"`;
}

/**
 * `value` cut to `max` characters (at a character boundary) with `…` added, or unchanged when it is not longer:
 * for names (an unknown element's or attribute's) echoed in an issue's path and message.
 *
 * @example
 * cutText('x'.repeat(100)).length; //=> 61
 */
export function cutText(value: string, max = 60): string {
  if (value.length <= max) return value;
  // do not split a surrogate pair
  const end = /[\ud800-\udbff]/.test(value.charAt(max - 1)) ? max - 1 : max;
  return `${value.slice(0, end)}…`;
}
