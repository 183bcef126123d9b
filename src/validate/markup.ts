/**
 * Markup in CAP free text, found in one linear pass per string (google/cap-library warns about both; CAP 1.2
 * §3.3.3 discourages entities).
 */

/** Java's line terminators: google/cap-library's `.` does not cross them. */
function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029;
}
function isSpace(c: number): boolean {
  // Java's \s: space, \t \n \x0B \f \r
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * True when the text holds what google/cap-library's pattern `<([^\s>]+)(.*?)>` calls an HTML tag: a `<`
 * followed by a character that is neither whitespace nor `>`, and a `>` later on the same line. One pass, no
 * backtracking (the regular expression took seconds on thousands of `<`).
 *
 * @example
 * hasHtmlTag('Call <b>911</b>'); //=> true
 * hasHtmlTag('speed < 65 and > 40'); //=> false
 */
export function hasHtmlTag(s: string): boolean {
  let start = -1; // a `<` that opens a tag on the current line, if any
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLineTerminator(c)) start = -1;
    else if (c === 62 /* > */) {
      if (start !== -1 && i >= start + 2) return true;
    } else if (c === 60 /* < */ && start === -1 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (!isSpace(d) && d !== 62 && !isLineTerminator(d)) start = i;
    }
  }
  return false;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Length of the run of characters from `i` (at most `max + 1`) that satisfy `ok`. */
function run(s: string, i: number, max: number, ok: (c: number) => boolean): number {
  let k = 0;
  while (k <= max && i + k < s.length && ok(s.charCodeAt(i + k))) k++;
  return k;
}

/**
 * True when the decoded text still holds an HTML entity reference: `&name;` (2-32 characters, a letter first),
 * `&#123;` or `&#x1F;`, e.g. `&amp;nbsp;` written in the XML. Each `&` is looked at once, a bounded distance.
 *
 * @example
 * hasHtmlEntity('Fish &nbsp; chips'); //=> true
 * hasHtmlEntity('Fish & chips'); //=> false
 */
export function hasHtmlEntity(s: string): boolean {
  let amp = s.indexOf('&');
  while (amp !== -1) {
    const i = amp + 1;
    const c = s.charCodeAt(i);
    let end = -1;
    if (isAlpha(c)) {
      const k = 1 + run(s, i + 1, 31, (x) => isAlpha(x) || isDigit(x));
      if (k >= 2 && k <= 32) end = i + k;
    } else if (c === 35 /* # */) {
      if (s.charCodeAt(i + 1) === 120 /* x */) {
        const k = run(s, i + 2, 6, isHex);
        if (k >= 1 && k <= 6) end = i + 2 + k;
      } else {
        const k = run(s, i + 1, 7, isDigit);
        if (k >= 1 && k <= 7) end = i + 1 + k;
      }
    }
    if (end !== -1 && s.charCodeAt(end) === 59 /* ; */) return true;
    amp = s.indexOf('&', amp + 1);
  }
  return false;
}
