/**
 * Two more readings of a folded text for the scanner: a name split by a hyphen inside the word ("Oka-for"), by an
 * apostrophe or a space the name field does not have ("O'Brien", "Kaʻaihue", "Yellow Horse" for an officer OBrien,
 * Kaaihue, Yellowhorse: re-attack 23 P1), and a handle whose pieces are joined by dots or underscores ("d_okafor",
 * "alejandro.dlc"), withheld whole. Split from `scanner.ts` (red team 15).
 */
import { isWordChar, type FoldedText } from './fold.js';
import type { IdentityTerm } from './names.js';
import { handleIdentity } from './joined.js';
import { digitLetterReadings } from './readings.js';
import { capitalsNear, usedAsPerson } from './everyday-words.js';
import type { ScanMode } from './matcher.js';
import type { Hit } from './scanner.js';
import { type Keep, type WordSets, wordHits } from './word-hits.js';
import { apartSpaces, innerApostrophe, type ApartNames } from './apart-names.js';

const LETTER = /^\p{L}$/u;
/**
 * Marks written inside a word to split a name ("oka-for", "oka.for", "oka+for", "oka*for", "oka·for", "oka~for":
 * red team 16). Underscores and slashes are read by the handle rule.
 */
const INNER_MARKS: ReadonlySet<string> = new Set(['-', '.', '+', '*', '\u00b7', '~', '\u2027', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u00ad', '=', '^', ':', '|']);
/**
 * A splitting mark with a letter either side ("oka-for", "oka.for"), or an apostrophe inside a name ("o'brien",
 * "ka'aihue", the ʻokina folded to one; not a possessive or a contraction: `innerApostrophe`, re-attack 23 P1).
 */
function innerHyphen(t: string, i: number): boolean {
  return (INNER_MARKS.has(t.charAt(i)) && LETTER.test(t.charAt(i - 1)) && LETTER.test(t.charAt(i + 1))) || innerApostrophe(t, i);
}

/**
 * The folded text with every hyphen between two letters left out ("oka-for" reads "okafor"), or undefined when it
 * has none. A linear scan.
 *
 * @example
 * withoutInnerHyphens('oka-for'); //=> 'okafor'
 */
export function withoutInnerHyphens(t: string): string | undefined {
  if (!hasInnerMark(t)) return undefined;
  let out = '';
  for (let i = 0; i < t.length; i++) if (!innerHyphen(t, i)) out += t.charAt(i);
  return out.length === t.length ? undefined : out;
}

/** Whether `t` holds any of the splitting marks at all (a quick test before the scan). */
function hasInnerMark(t: string): boolean {
  if (t.includes("'")) return true;
  for (const m of INNER_MARKS) if (t.includes(m)) return true;
  return false;
}

/**
 * A name part of 4+ letters split by a hyphen or an apostrophe inside the word ("Oka-for", "Da-niel": red team
 * 15, published in a note, weapons and the area; "O'Brien", "Kaʻaihue" for an officer OBrien, Kaaihue: re-attack
 * 23 P1), or by a space between words that are its pieces (`apartSpaces`: "Yellow Horse", "Van Dyke" for an officer
 * Yellowhorse, VanDyke): read with those marks and spaces left out, a plain word hit that spans one counts, where
 * no other hit is. Hyphenated words of the officer's own identity ("daniel-okafor") are matched elsewhere. A name
 * read across a space keeps the sense the word rules give it there ("White Horse Road" is a place, as "Whitehorse
 * Road" is), reported as kept; written in lower case in a text with capitals ("a yellow horse trailer") it is the
 * words, kept as a lone everyday word in lower case is, unless used as a person ("the suspect shot yellow horse").
 *
 * @example
 * innerHyphenHits(scanner, terms, 'Oka-for', fold('Oka-for'), 'free', hits, keep); // hits: [{ s: 0, e: 7, … }]
 */
export function innerHyphenHits(sets: WordSets, terms: readonly IdentityTerm[], original: string, f: FoldedText, mode: ScanMode, hits: Hit[], keep: Keep, names?: ApartNames): void {
  const t = f.text;
  if (mode === 'address') return;
  const spaces = names === undefined ? undefined : apartSpaces(t, names);
  if (spaces === undefined && withoutInnerHyphens(t) === undefined) return;
  let alt = '';
  const map: number[] = [];
  // 1 a mark left out, 2 a space left out (the new seam: what the word rules keep there is reported kept)
  const drop = new Uint8Array(t.length);
  for (let i = 0; i < t.length; i++) {
    if (spaces?.has(i) === true) drop[i] = 2;
    else if (innerHyphen(t, i)) drop[i] = t.charAt(i) === "'" ? 2 : 1;
    else {
      alt += t.charAt(i);
      map.push(i);
    }
  }
  if (alt.length === t.length) return;
  const at = (i: number): number => map[Math.min(i, map.length - 1)] ?? 0;
  const g: FoldedText = { text: alt, identity: false, start: (i) => f.start(at(i)), end: (i) => f.end(at(i)) };
  const found: Hit[] = [];
  const spansNew = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (drop[i] === 2) return true;
    return false;
  };
  const kept: { s: number; e: number; kind: IdentityTerm['kind']; reason: string }[] = [];
  const keepHere: Keep = (s, e, kind, reason) => {
    const a = at(s);
    const b = at(e - 1) + 1;
    if (spansNew(a, b)) kept.push({ s: a, e: b, kind, reason });
  };
  // only the terms the marks hid (more often in the reading than in the text): most hyphenated text has none
  for (const term of terms) {
    if ((term.kind === 'name' || term.kind === 'name-part') && term.text.length >= 4 && count(alt, term.text) > count(t, term.text)) wordHits(sets, original, g, term, mode, found, keepHere);
  }
  for (const h of found) {
    const s = at(h.s);
    const e = at(h.e - 1) + 1;
    // (a name part withheld as "[name withheld]" in a suspect's description or a structured value is one too: red
    // team 17, "tattoo Oka-for" in marks was kept)
    if ((h.whole !== undefined && h.whole !== 'shared') || h.joined === true || e - s === h.e - h.s) continue;
    if (h.titled !== true && lowerCaseWords(t, original, f, s, e, spaces, mode)) {
      kept.push({ s, e, kind: h.kind, reason: 'everyday words written apart in lower case' });
      continue;
    }
    // a hit on one piece ("Dan" of "Dan.iel") gives way to the whole word; one reaching outside it stays
    const overlapping = hits.filter((x) => x.s < e && s < x.e);
    if (overlapping.some((x) => x.s < s || x.e > e)) continue;
    for (const x of overlapping) hits.splice(hits.indexOf(x), 1);
    hits.push({ ...h, s, e });
  }
  for (const k of kept) if (!hits.some((x) => x.s < k.e && k.s < x.e)) keep(k.s, k.e, k.kind, k.reason);
}

/**
 * Whether `[s, e)` is read across a space left out and written all in lower case, not as a person ("a yellow horse
 * trailer"; "the suspect shot yellow horse" is the officer): the words, as `commonWordSense` keeps a lone everyday
 * word. In prose the text must use capitals elsewhere (all in lower case, it stays withheld, privacy first); a
 * description or a value ("towing a yellow horse trailer" in a vehicle's features) is written in lower case.
 */
function lowerCaseWords(t: string, original: string, f: FoldedText, s: number, e: number, spaces: ReadonlySet<number> | undefined, mode: ScanMode): boolean {
  let across = false;
  for (let i = s; i < e && !across; i++) across = spaces?.has(i) === true;
  if (!across) return false;
  const written = original.slice(f.start(s), f.end(e - 1));
  return written === written.toLowerCase() && (mode !== 'free' || capitalsNear(original, f, s, e)) && !usedAsPerson(t, s, e);
}

/** How often `needle` occurs in `hay` (overlaps counted). */
function count(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

const HANDLE_JOINERS = new Set(['.', '_']);
/** A dot or underscore between two word characters ("alejandro.dlc", "d_okafor"). */
function handleJoiner(t: string, i: number): boolean {
  return HANDLE_JOINERS.has(t.charAt(i)) && isWordChar(t[i - 1]) && isWordChar(t[i + 1]);
}

/**
 * A name hit that is one piece of a handle joined by dots or underscores ("d_okafor", "alejandro.dlc",
 * "okafor.daniel1") grows to the whole handle, withheld as one ("[withheld]"), when the handle's pieces together
 * are the officer's identity (`handleIdentity`, digits read as letters too: "d_0kaf0r"). Another word after a
 * full stop with no space ("Okafor.Then") is not a handle's piece, and words with capitals and dots only
 * ("Sgt.Okafor", "Daniel.Okafor") are prose, as is a titled name.
 *
 * @example
 * handleHits(scanner, 'posted as d_okafor', fold('posted as d_okafor'), hits); // the hit on "okafor" -> { s: 10, e: 18, whole: 'address' }
 */
export function handleHits(sets: WordSets, original: string, f: FoldedText, hits: Hit[]): void {
  const t = f.text;
  if (!t.includes('.') && !t.includes('_')) return;
  for (const h of hits) {
    if (h.whole !== undefined || h.titled === true || (h.kind !== 'name' && h.kind !== 'name-part')) continue;
    if (!handleJoiner(t, h.s - 1) && !handleJoiner(t, h.e)) continue;
    let a = h.s;
    let b = h.e;
    while (a > 0 && h.e - a < 64 && (isWordChar(t[a - 1]) || handleJoiner(t, a - 1))) a--;
    while (b < t.length && b - h.s < 64 && (isWordChar(t[b]) || handleJoiner(t, b))) b++;
    // written with capitals and dots only, it is prose with a space left out ("Sgt.Okafor", "Daniel.Okafor"): the
    // name is matched as before; a handle is in lower case, or has an underscore or a digit
    const written = original.slice(f.start(a), f.end(b - 1));
    if (!written.includes('_') && !/\d/u.test(written) && /\p{Lu}/u.test(written)) continue;
    let core = '';
    for (let i = a; i < b; i++) if (!HANDLE_JOINERS.has(t.charAt(i))) core += t.charAt(i);
    if (![core, ...digitLetterReadings(core)].some((w) => handleIdentity(sets.joinSets, w))) continue;
    h.s = a;
    h.e = b;
    h.whole = 'address';
  }
}
