/**
 * The guard's reading of a name written apart where the name field writes it together (re-attack 23 P1): a name
 * token of 4+ letters found with apostrophes, hyphens or single spaces between its letters ("o'brien", "ka'aihue",
 * "yellow horse", "van-dyke" for a token "obrien", "kaaihue", "yellowhorse", "vandyke"). Written for the guard on
 * its own (it shares only `normalize.ts` with the redaction).
 */

/** What may stand between two letters of a name written apart (folded text: every apostrophe-like mark is "'"). */
const SEPARATORS = "'- ";

function isAlnumAt(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (c === '') return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /[\p{L}\p{N}]/u.test(c);
}

/**
 * How many times `token` (letters only, 4+) occurs in folded `text` written apart: its letters in order with at
 * least one separator (one apostrophe, hyphen or space at a time; with two or more, only where the token's first
 * half or the rest of it is written whole, "de la cruz" for "delacruz") between two of them, starting and ending at a
 * word boundary ("o'brien's" counts for "obrien"; "to brien" does not start at a word of the token's). Occurrences
 * written together are counted elsewhere. Linear in the text for a token of fixed length (each start reads at most
 * twice the token's length).
 *
 * @example
 * joinedCount('aiyana yellow horse was shot', 'yellowhorse'); //=> 1
 * joinedCount("o'brien's car", 'obrien'); //=> 1
 */
export function joinedCount(text: string, token: string): number {
  if (token.length < 4) return 0;
  // one separator leaves the first half or the rest whole: a text with neither holds the token written apart in
  // one place in none (a cheap test: most public strings hold no such half)
  const half = token.length >> 1;
  if (!text.includes(token.slice(0, half)) && !text.includes(token.slice(half))) return 0;
  const first = token.charAt(0);
  let n = 0;
  for (let i = text.indexOf(first); i !== -1; i = text.indexOf(first, i + 1)) {
    if (isAlnumAt(text, i - 1)) continue;
    const end = apartAt(text, i, token);
    if (end !== undefined && !isAlnumAt(text, end)) n++;
  }
  return n;
}

/** Where the token written apart from `i` ends, or undefined (no separator, or another letter). */
function apartAt(text: string, i: number, token: string): number | undefined {
  let j = i;
  let apart = false;
  for (let k = 0; k < token.length; k++) {
    if (k > 0 && SEPARATORS.includes(text.charAt(j)) && text.charAt(j + 1) === token.charAt(k)) {
      j++;
      apart = true;
    }
    if (text.charAt(j) !== token.charAt(k)) return undefined;
    j++;
  }
  return apart ? j : undefined;
}
