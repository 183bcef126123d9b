/**
 * The validator's one-pass GSM 7-bit check of WEA text (CMAMtext, CMAMlongtext): the septet count and whether
 * every character is GSM 7-bit, read by character codes. It answers exactly as `gsm7Length` and `isGsm7` together
 * (test/validate/gsm-scan.test.ts compares them on every UTF-16 code unit), at a fraction of their cost on a feed:
 * `isGsm7` looks every character up in a set of strings.
 */
import { isGsm7 } from '../text/gsm.js';

/** ASCII text wholly in the GSM basic set: space to "Z", "_", a-z, LF, CR. */
const BASIC_ASCII = /^[\n\r\x20-\x5a\x5f\x61-\x7a]*$/;

/**
 * The GSM 7-bit septet count of `text` (extension characters `^{}\[~]|€` and form feed count 2), or -1 when a
 * character is outside GSM 7-bit (then count with `gsm7Length` and name the characters with `isGsm7`).
 *
 * @example
 * gsm7Septets('Call 911 [now]'); //=> 16
 * gsm7Septets('Llame al 911, señor'); //=> 19
 * gsm7Septets('Llamé ahí'); //=> -1 ('í' is not GSM 7-bit)
 */
export function gsm7Septets(text: string): number {
  // most WEA text is ASCII of the basic set, one septet a character: one native pass
  if (BASIC_ASCII.test(text)) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII in the basic set: space to "Z" (0x20-0x5A, "$" and "@" included), "_", a-z, LF, CR
    if ((c >= 0x20 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x0a || c === 0x0d) n += 1;
    // ASCII in the extension table: [ \ ] ^ { | } ~ and form feed
    else if ((c >= 0x5b && c <= 0x5e) || (c >= 0x7b && c <= 0x7e) || c === 0x0c) n += 2;
    else if (c < 0x80 || (c >= 0xd800 && c <= 0xdfff)) return -1; // other ASCII ("`", controls); GSM has no astral character
    else if (c === 0x20ac) n += 2; // €
    else if (isGsm7(text.charAt(i))) n += 1;
    else return -1;
  }
  return n;
}
