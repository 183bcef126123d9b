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

/** Java's line terminators, found with the native regex search (one shared object; `lastIndex` is set per use). */
const LINE_END = /[\n\r\u0085\u2028\u2029]/g;

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
  // Jumps between "<", ">" and line ends with the native indexOf / regex search; each step moves past a "<"
  // or a line end, so the whole scan is linear.
  let lt = s.indexOf('<');
  while (lt !== -1 && lt + 1 < s.length) {
    const d = s.charCodeAt(lt + 1);
    if (isSpace(d) || d === 62 || isLineTerminator(d)) {
      lt = s.indexOf('<', lt + 1);
      continue;
    }
    const gt = s.indexOf('>', lt + 2);
    if (gt === -1) return false; // no ">" after this "<", so none after any later one
    LINE_END.lastIndex = lt + 1;
    const nl = LINE_END.exec(s)?.index ?? s.length;
    if (gt < nl) return true;
    // every "<" before that line end sees its first ">" after it too: go on from the next line
    lt = s.indexOf('<', nl + 1);
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
