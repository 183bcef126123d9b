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
  return /[,;(–—-]/u.test(text.slice((ws[p - 1] as Word).end, w.start)) || ['is', 'was', 'es', 'era'].includes(w.folded);
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

/** Words that may stand before a relative's or the officer's home besides "his"/"the" ("his late father's house"). */
const LATE: ReadonlySet<string> = new Set(['late', 'deceased', 'former', 'beloved', 'fallen', 'difunto', 'difunta', 'fallecido', 'fallecida']);

/**
 * Whether word `q` may be part of the owner before a home word (re-attack 22 F4): "late", a withheld name
 * ("[name withheld]'s", "[withheld]"), a capitalised possessive ("Danny's home", "the Okafors' home") or a family
 * name after "the" ("the Okafor family home", "the Okafor residence").
 *
 * @example
 * ownerPart("at 12 Elm St, Danny's home", words("at 12 Elm St, Danny's home"), 4); //=> true
 */
export function ownerPart(text: string, ws: readonly Word[], q: number): boolean {
  const w = ws[q];
  const next = ws[q + 1];
  if (w === undefined || next === undefined) return false;
  const gap = text.slice(w.end, next.start);
  if (LATE.has(w.folded)) return gap === ' ';
  // "[name withheld]'s home", "[withheld] home", "[omitido]"
  if (w.folded === 's' && /^\]?['’]$/u.test(text.slice((ws[q - 1] as Word).end, w.start))) return /withheld|omitido/u.test(ws[q - 1]?.folded ?? '');
  if (w.folded === 'withheld' || w.folded === 'omitido') return gap.startsWith(']');
  if (w.folded === 'name' && text[w.start - 1] === '[') return true;
  if (!/^\p{Lu}/u.test(w.text) || !/^['’]?\s$/u.test(gap)) return false;
  if (/['’]s$/u.test(w.text) || gap.length === 2) return true;
  // (a family name after "the", not a landmark's word: "the White House", "the Ritz Place")
  return ['the', 'la', 'el', 'los'].includes(ws[q - 1]?.folded ?? '') && ['home', 'residence', 'family', 'familia', 'residencia', 'hogar'].includes(next.folded);
}

/** Number words that may open an address ("One Maple Dr", "Dos Calle Luna"): written with a capital. */
const NUMBER_WORDS: ReadonlySet<string> = new Set('one two three four five six seven eight nine ten eleven twelve twenty hundred uno dos tres cuatro cinco seis siete ocho nueve diez'.split(' '));

/**
 * Whether word `n` is a house number written in words, with a capital, before a capitalised street name ("One Maple
 * Dr": re-attack 22 F5).
 *
 * @example
 * numberWordAt(words('at One Maple Dr'), 1); //=> true
 */
export function numberWordAt(ws: readonly Word[], n: number): boolean {
  const w = ws[n];
  return w !== undefined && NUMBER_WORDS.has(w.folded) && /^\p{Lu}/u.test(w.text) && /^\p{Lu}/u.test(ws[n + 1]?.text ?? '') && n > 0 && AT_ADDRESS.has(ws[n - 1]?.folded ?? '');
}

/** Words for a flat or a suite in an address ("Apt. 5", "Unit 5", "Suite 200", "#5"). */
const UNIT: ReadonlySet<string> = new Set(['apt', 'apartment', 'unit', 'suite', 'ste', 'room', 'rm', 'fl', 'floor', 'lot', 'space', 'depto', 'departamento', 'piso', 'interior', 'int']);

/**
 * Whether the comma part that starts at word `j` is a flat or a ZIP code of an address before it ("Apt. 5", "Unit
 * 5", "#5", "CO 80202", "80202"): the address goes on across the comma (re-attack 22 F6).
 *
 * @example
 * unitPart('1234 Maple Dr, Apt. 5, his home', words('1234 Maple Dr, Apt. 5, his home'), 3); //=> true
 */
export function unitPart(text: string, ws: readonly Word[], j: number): boolean {
  const w = ws[j];
  if (w === undefined) return false;
  if (UNIT.has(w.folded.replace(/\.$/u, ''))) return /^[#\d\p{Lu}]/u.test(ws[j + 1]?.text ?? '');
  if (text[w.start - 1] === '#') return true;
  if (/^\d{5}(?:-\d{4})?$/u.test(w.text)) return true;
  return /^\p{Lu}{2}$/u.test(w.text) && /^\d{5}(?:-\d{4})?$/u.test(ws[j + 1]?.text ?? '');
}

/**
 * Where an address that ends at `at` ends with its flat after it ("1234 Maple Dr, Apt. 5" as a whole: re-attack 22
 * F6), not past `limit`.
 *
 * @example
 * unitEnd('12 Elm St, Apt. 5, his home', words('12 Elm St, Apt. 5, his home'), 9, 18); //=> 17
 */
export function unitEnd(text: string, ws: readonly Word[], at: number, limit: number): number {
  if (text[at] !== ',') return at;
  // (the first word after `at`, by halves: linear cost overall)
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ws[mid] as Word).start > at) hi = mid;
    else lo = mid + 1;
  }
  const j = lo < ws.length && (ws[lo] as Word).start < limit ? lo : -1;
  if (j < 0 || !unitPart(text, ws, j) || /^\d/u.test((ws[j] as Word).text) || /^\p{Lu}{2}$/u.test((ws[j] as Word).text)) return at;
  const comma = text.indexOf(',', (ws[j] as Word).end);
  return comma < 0 || comma > limit ? at : comma;
}

/**
 * The character before `from` (spaces skipped), or '' at the start.
 *
 * @example
 * charBefore('St,  his', 5); //=> ','
 */
export function charBefore(text: string, from: number): string {
  let i = from;
  while (i > 0 && text[i - 1] === ' ') i--;
  return text[i - 1] ?? '';
}

/**
 * The character at or after `from` (spaces skipped), or '' at the end.
 *
 * @example
 * charAfter('home  :', 4); //=> ':'
 */
export function charAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && text[i] === ' ') i++;
  return text[i] ?? '';
}
