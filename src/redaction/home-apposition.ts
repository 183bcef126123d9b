/**
 * Small readings for the home address written before the words that say it is the home (re-attack 20 F2): the key
 * an address is known by elsewhere in the request, whether a home phrase stands as an apposition, where a sentence
 * ends in a window of text. Bounded scans.
 */
import type { Word } from './kin-words.js';

/**
 * The key of an address that starts at word `i` with a house number: the number and the street's first word.
 *
 * @example
 * addressKey(words('at 1234 N Maple Dr'), 1); //=> '1234 maple'
 */
export function addressKey(ws: readonly Word[], i: number): string | undefined {
  if (!/^\d/u.test(ws[i]?.text ?? '')) return undefined;
  let j = i + 1;
  while (j < i + 3 && /^(?:[nsew]|north|south|east|west)\.?$/u.test(ws[j]?.folded ?? '')) j++;
  return ws[j] === undefined ? undefined : `${(ws[i] as Word).folded} ${(ws[j] as Word).folded}`;
}

/**
 * Words before an address that put the incident there ("shot at", "outside", "en").
 *
 * @example
 * AT_ADDRESS.has('outside'); //=> true
 */
export const AT_ADDRESS: ReadonlySet<string> = new Set(['at', 'outside', 'near', 'in', 'inside', 'of', 'by', 'en', 'frente', 'afuera', 'fuera', 'cerca', 'dentro']);

/**
 * Whether the phrase at word `p` stands as an apposition or a predicate after what is before it (", his home",
 * " (his home)", "was his home").
 *
 * @example
 * appositionAt('at 12 Elm St, his home', words('at 12 Elm St, his home'), 4); //=> true
 */
export function appositionAt(text: string, ws: readonly Word[], p: number): boolean {
  const w = ws[p];
  if (p <= 0 || w === undefined) return false;
  return /[,(–—-]/u.test(text.slice((ws[p - 1] as Word).end, w.start)) || ['is', 'was', 'es', 'era'].includes(w.folded);
}

/**
 * Where the last ". " of `window` that ends a sentence stands (not an initial's or a compass letter's: "4410 W.
 * 38th Ave"), or -1.
 *
 * @example
 * sentenceStop('He fled. He went to 4410 W. 38th Ave'); //=> 7
 */
export function sentenceStop(window: string): number {
  let last = -1;
  for (let i = window.indexOf('. '); i >= 0; i = window.indexOf('. ', i + 1)) {
    if (!(/\p{Lu}/u.test(window[i - 1] ?? '') && !/\p{L}/u.test(window[i - 2] ?? ''))) last = i;
  }
  return last;
}
