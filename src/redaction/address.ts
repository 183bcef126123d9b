/**
 * Web and e-mail addresses, hashtags and slugs in (folded) text, found by a linear scan. It finds exactly what the
 * regular expression below finds with `matchAll` (test/redaction/address-scan.test.ts checks the two against each
 * other), without its backtracking: on a long run of characters without an "@" or a "/", the expression retried
 * the whole run from every position (quadratic; the regex audit timed it on 100 KB inputs).
 *
 *   /(?:https?:\/\/|www\.)[^\s<>"]+|[^\s<>"@]+@[^\s<>"@]+\.[a-z]{2,}|#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*(?:(?<=\p{L})['’](?=\p{L})[\p{L}\p{N}_]*)*|
 *    (?<![^\s<>"])@[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*|
 *    [^\s<>"]*[\p{L}\p{N}][/_][^\s<>"]*[\p{L}\p{N}][^\s<>"]*​/gu
 *
 * Alternatives, tried in this order at each position: a web address (`http://`, `https://` or `www.` and the rest
 * of the token), an e-mail address (a local part, "@", a domain ending in a dot and two or more lower-case
 * letters), a hashtag with a letter, a handle with a letter ("@" at the start of a token), and a token holding a letter or digit, then "/" or "_", then another letter or
 * digit (a path or a slug; the match runs to the end of the token).
 */

/** One address found: where it starts and what it is. */
export interface AddressToken {
  readonly index: number;
  readonly text: string;
}

const SPACE = /^\s$/u;
const ALNUM = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const TAG_CHAR = /^[\p{L}\p{N}_]$/u;

/** Whether `t[from, to)` holds a letter (a hashtag or a handle must). */
function hasLetter(t: string, from: number, to: number): boolean {
  for (let j = from; j < to; ) {
    const c = charAt(t, j);
    if (LETTER.test(c)) return true;
    j += c.length;
  }
  return false;
}

/** The code point at `i` as a string (a surrogate pair whole, a lone surrogate alone). */
function charAt(t: string, i: number): string {
  const c = t.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
    const d = t.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return t.slice(i, i + 2);
  }
  return t.charAt(i);
}

/** `[^\s<>"]`: a character of a token. */
function tokenChar(ch: string): boolean {
  return ch !== '<' && ch !== '>' && ch !== '"' && !SPACE.test(ch);
}

/** The end of the run of characters from `i` that pass `test` (code point by code point). */
function runEnd(t: string, i: number, test: (ch: string) => boolean): number {
  let j = i;
  while (j < t.length) {
    const ch = charAt(t, j);
    if (!test(ch)) break;
    j += ch.length;
  }
  return j;
}

const localChar = (ch: string): boolean => ch !== '@' && tokenChar(ch);
const lowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** Where `[^\s<>"@]+\.[a-z]{2,}` starting at `q` ends (the rightmost dot it can use), or -1. */
function domainEnd(t: string, q: number): number {
  const end = runEnd(t, q, localChar);
  let best = -1;
  // a dot needs at least one character before it and two lower-case letters after it, all inside the run
  for (let j = q + 1; j < end; j++) {
    if (t.charCodeAt(j) === 0x2e && lowerAscii(t.charCodeAt(j + 1)) && lowerAscii(t.charCodeAt(j + 2))) best = j;
  }
  if (best < 0) return -1;
  let e = best + 1;
  while (e < end && lowerAscii(t.charCodeAt(e))) e++;
  return e;
}

/**
 * In a token (a run of `[^\s<>"]` from `start` to `end`), the last position where a letter or digit is followed by
 * "/" or "_" with another letter or digit later in the token; -1 when there is none.
 */
function lastSlugPair(t: string, start: number, end: number): number {
  let lastAlnum = -1;
  const pairs: number[] = [];
  for (let j = start; j < end; ) {
    const ch = charAt(t, j);
    if (ALNUM.test(ch)) {
      lastAlnum = j;
      const next = t.charAt(j + ch.length);
      if (j + ch.length < end && (next === '/' || next === '_')) pairs.push(j);
    }
    j += ch.length;
  }
  for (let k = pairs.length - 1; k >= 0; k--) {
    const i = pairs[k] as number;
    // the separator is one unit right after the letter or digit; another one must come after it
    if (lastAlnum > i + charAt(t, i).length) return i;
  }
  return -1;
}

/**
 * Every address in `t`, left to right, without overlaps, as `t.matchAll` with the expression in the module comment
 * gives them. Linear in the length of `t`: each token, local part and hashtag is measured once.
 *
 * @example
 * findAddresses('see https://x.gov/okafor or #justice4okafor').map((a) => a.text);
 * //=> ['https://x.gov/okafor', '#justice4okafor']
 */
export function findAddresses(t: string): AddressToken[] {
  const out: AddressToken[] = [];
  let tokenStart = -1; // the token (run of [^\s<>"]) the position is in, measured once
  let tokenEnd = -1;
  let slugPair = -1;
  let localEnd = -1; // the local part ([^\s<>"@]+) the position is in
  const domains = new Map<number, number>(); // the domain after each "@", measured once
  for (let p = 0; p < t.length; ) {
    const ch = charAt(t, p);
    if (!tokenChar(ch)) {
      p += ch.length;
      continue;
    }
    if (p >= tokenEnd) {
      tokenStart = p;
      tokenEnd = runEnd(t, p, tokenChar);
      slugPair = lastSlugPair(t, tokenStart, tokenEnd);
    }
    let end = -1;
    // a web address
    for (const prefix of ['https://', 'http://', 'www.']) {
      if (end < 0 && t.startsWith(prefix, p) && p + prefix.length < tokenEnd) end = tokenEnd;
    }
    // an e-mail address
    if (end < 0 && ch !== '@') {
      if (p >= localEnd) localEnd = runEnd(t, p, localChar);
      if (t.charCodeAt(localEnd) === 0x40) {
        let d = domains.get(localEnd);
        if (d === undefined) {
          d = domainEnd(t, localEnd + 1);
          domains.set(localEnd, d);
        }
        if (d >= 0) end = d;
      }
    }
    // a hashtag with a letter
    if (end < 0 && ch === '#') {
      // an apostrophe between letters is part of the tag ("#PrayForO'Neil": red team 9)
      let e = runEnd(t, p + 1, (c) => TAG_CHAR.test(c));
      while ((t[e] === "'" || t[e] === '\u2019') && LETTER.test(t[e + 1] ?? '') && LETTER.test(t[e - 1] ?? '')) e = runEnd(t, e + 1, (c) => TAG_CHAR.test(c));
      if (hasLetter(t, p + 1, e)) end = e;
    }
    // a handle with a letter at the start of a token ("@dokafor": red team 13, it read "@an officer")
    if (end < 0 && ch === '@' && p === tokenStart) {
      const e = runEnd(t, p + 1, (c) => TAG_CHAR.test(c));
      if (hasLetter(t, p + 1, e)) end = e;
    }
    // a path or slug: the rest of the token
    if (end < 0 && slugPair >= p) end = tokenEnd;
    if (end < 0) {
      p += ch.length;
      continue;
    }
    out.push({ index: p, text: t.slice(p, end) });
    p = end;
  }
  return out;
}
