/**
 * Area lists ("Adams and Washington counties") and the folded windows the independent guard masks around a kept
 * match, with the Spanish forms of a kept area name. Split from `context.ts`.
 */
import type { FoldedText } from './fold.js';
import { capitalAt, FAMILY_NEXT, trimEndChars } from './context.js';

/** The unit words of an area after its names, English and Spanish (singular, plural). */
const AREA_UNITS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['county', ['condado', 'condados']],
  ['counties', ['condado', 'condados']],
  ['parish', ['parroquia', 'parroquias']],
  ['parishes', ['parroquia', 'parroquias']],
  ['borough', ['distrito', 'distritos']],
  ['boroughs', ['distrito', 'distritos']],
]);
const LIST_JOINERS = new Set(['and', 'or', '&', 'y', 'e']);
const PLURAL_UNITS = new Set(['counties', 'parishes', 'boroughs']);
const LIST_STEP = /^(\s*,\s*|\s+)([\p{L}\p{N}][\p{L}\p{N}.'’-]*|&)/u;

/**
 * The unit word ending a list of area names that goes on from `e` ("Adams, Arapahoe and Washington counties",
 * "Washington and Adams counties", "Washington County"): the names between are capitalised words joined by
 * commas, "and", "or", "&" or "y", at most twelve words. Undefined when the words after `e` are anything else
 * ("Washington was shot near Adams County": "was" is no name). Red team 13: "Adams, Arapahoe and an officer
 * counties" was published for an officer Washington.
 *
 * @example
 * areaListAhead('adams and washington counties', 'Adams and Washington counties', fold(…), 5); //=> 'counties'
 */
export function areaListAhead(t: string, original: string, f: FoldedText, e: number): string | undefined {
  return unitAhead(t, e, (start) => capitalAt(original, f, start));
}

/** The unit word ending the list of names that goes on from `e`, each name's start checked by `isName`. */
function unitAhead(t: string, e: number, isName: (start: number) => boolean): string | undefined {
  let at = e;
  // a list ("Adams and Washington") ends in a plural ("counties"); a singular ends one name ("San Miguel County"),
  // so "Okafor Ranch, Elbert County" is a ranch in Elbert County, not an area Okafor (red team 13)
  let list = false;
  for (let n = 0; n < 12; n++) {
    const m = LIST_STEP.exec(t.slice(at, at + 60));
    if (m === null) return undefined;
    const written = m[2] ?? '';
    // (a full stop after the unit ends the sentence: "Adams Counties.")
    const word = trimEndChars(written, '.');
    const start = at + (m[1] ?? '').length;
    if (AREA_UNITS.has(word)) return list && !PLURAL_UNITS.has(word) ? undefined : word;
    if (word !== written) return undefined;
    if (n === 0 && FAMILY_NEXT.has(word)) return undefined;
    if (LIST_JOINERS.has(word) || (m[1] ?? '').includes(',')) list = true;
    if (!LIST_JOINERS.has(word) && !isName(start)) return undefined;
    at = start + written.length;
  }
  return undefined;
}

/**
 * The Spanish forms of a kept area name the text module writes from it ("condado de Washington", "condados de
 * Adams y Washington"), folded, for the guard to mask as it masks the English; empty unless a unit word
 * ("county", "parishes") ends the list the name is in (the capitals were checked when it was kept). Red team 13:
 * the build refused its own Spanish area.
 *
 * @example
 * spanishAreaWindows('washington county', 0, 10); //=> ['condado de washington', 'condados de washington', ', washington', 'y washington']
 */
export function spanishAreaWindows(t: string, s: number, e: number): string[] {
  const unit = unitAhead(t, e, () => true);
  const es = unit === undefined ? undefined : AREA_UNITS.get(unit);
  if (es === undefined) return [];
  const name = t.slice(s, e);
  return [`${es[0]} de ${name}`, `${es[1]} de ${name}`, `, ${name}`, `y ${name}`];
}

/**
 * Folded phrases around a kept match, for the guard to mask: the whole written token it stands in (a longer
 * word, a phone number) with one word either side, with the word after, with the word before; the token alone
 * only when it is longer than the match or has no neighbours (the whole field).
 *
 * @example
 * windows('near young street', 5, 10); //=> ['near young street', 'young street', 'near young']
 */
export function windows(t: string, s: number, e: number): string[] {
  let ts = s;
  while (ts > 0 && s - ts < 60 && !/[\s,;:()"]/.test(t[ts - 1] ?? ' ')) ts--;
  let te = e;
  while (te < t.length && te - e < 60 && !/[\s,;:()"]/.test(t[te] ?? ' ')) te++;
  while (te > e && /[.!?']/.test(t[te - 1] ?? '')) te--;
  const core = t.slice(ts, te);
  const left = /(?:^|[\s,;:()"])([^\s,;:()"]+\s)$/u.exec(t.slice(Math.max(0, ts - 40), ts))?.[1] ?? '';
  const right = trimEndChars(/^(\s[^\s,;:()"]+)/u.exec(t.slice(te, te + 40))?.[1] ?? '', '.!?');
  const list = [left + core + right, core + right, left + core].map((w) => w.trim());
  if (core.length > e - s || (left === '' && right === '')) list.push(core);
  return [...new Set(list.filter((w) => w.length > e - s || (left === '' && right === '')))];
}
