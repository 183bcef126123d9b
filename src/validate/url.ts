/**
 * Whether a string parses as a URL, the same way on every call.
 */

/**
 * Whether the WHATWG URL parser reads `s` (against `base` when given). Not `URL.canParse`: on Node 20.20 its
 * optimised form answers false for a URL with a non-ASCII host ("https://bücher.example/") once it has run a
 * few thousand times on other URLs, so the same message was valid, then not, in one long-running process (red
 * team); the constructor answers the same every time.
 *
 * @example
 * parsesAsUrl('https://bücher.example/'); //=> true
 * parsesAsUrl('photo.jpg', 'http://relative.invalid/'); //=> true
 * parsesAsUrl('not a url'); //=> false
 */
export function parsesAsUrl(s: string, base?: string): boolean {
  try {
    new URL(s, base);
    return true;
  } catch {
    return false;
  }
}
