/**
 * A name hit inside a hashtag or handle, grown to the whole tag. Split from `scanner.ts`.
 */
import { isWordChar } from './fold.js';
import type { Hit } from './scanner.js';

/** A character a hashtag or handle is made of, after its "#" or "@": a word character, or a joiner between two. */
function inTag(t: string, i: number): boolean {
  if (isWordChar(t[i])) return true;
  const c = t.charAt(i);
  return (c === '-' || c === '_' || c === '.' || c === '\u2010' || c === '\u2011') && isWordChar(t[i - 1]) && isWordChar(t[i + 1]);
}

/**
 * A name hit inside a hashtag or handle ("#Oka-for", "@0kaf0r" read by another reading) grows to the whole tag,
 * withheld as one ("[withheld]"), never replaced in part ("#an officer", "#RIP_an officer": red team 16). A
 * linear scan from each hit to the tag's ends (64 characters at most).
 *
 * @example
 * taggedHits('share #oka-for', hits); // a hit on "oka-for" -> { s: 6, e: 14, whole: 'address' }
 */
export function taggedHits(t: string, hits: Hit[]): void {
  if (!t.includes('#') && !t.includes('@')) return;
  for (const h of hits) {
    if (h.whole !== undefined || (h.kind !== 'name' && h.kind !== 'name-part')) continue;
    let a = h.s;
    while (a > 0 && h.s - a < 64 && inTag(t, a - 1)) a--;
    const mark = t.charAt(a - 1);
    if ((mark !== '#' && mark !== '@') || isWordChar(t[a - 2])) continue;
    let b = h.e;
    while (b < t.length && b - a < 64 && inTag(t, b)) b++;
    h.s = a - 1;
    h.e = b;
    h.whole = 'address';
  }
}
