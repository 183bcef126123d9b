/**
 * The word a badge number is glued into ("ofc4471", "4471Adam", "unit 4471-A"): withheld whole. Split from
 * `scanner.ts` along its seam (red team 15).
 */
import { isWordChar, type FoldedText } from './fold.js';
import type { ScanMode } from './matcher.js';
import { capitalAt, titleBefore, wordBefore } from './context.js';

/**
 * A title, its abbreviation, a number label or an agency's initials glued before a badge ("officer4471", "ofc.4471",
 * "sgt4471", "dpd4471", "No.4471"), or after it ("4471ofc", "4471dpd"): the whole word is the badge (red team 13,
 * 14). Not one letter: "F-150", "I-25", "X5", "C300" are models and roads (red team 14: the shipped example's F-150
 * was withheld for a badge 150).
 */
const GLUED_TITLE = /(?:^|[^\p{L}\p{N}])((?:officer|ofc|offc|off|sgt|sergeant|dep|deputy|ptl|po|cpl|lt|det|tpr|trooper|agent|agente|oficial|sheriff|k9|car|patrol|cop|no|nr|num|number|[a-z]{0,3}(?:pd|so|sd|hp|sp|dps))[.:#_-]?)$/u;
const GLUED_TITLE_AFTER = /^[_-]?(?:officer|ofc|offc|off|sgt|dep|ptl|po|cpl|lt|det|tpr|cop|[a-z]{0,3}(?:pd|so|sd|hp|sp|dps))(?![\p{L}\p{N}])/u;
/**
 * Words a radio unit's number follows ("unit 4471-A", "car 4471-Adam", "call sign 4471-B").
 *
 * @example
 * RADIO_UNIT.has('interceptor'); //=> true
 */
export const RADIO_UNIT: ReadonlySet<string> = new Set(['unit', 'car', 'sign', 'callsign', 'patrol', 'cruiser', 'squad', 'beat', 'radio', 'unidad', 'patrulla', 'movil', 'vehicle', 'vehiculo', 'truck', 'engine', 'medic', 'interceptor', 'k9', 'moto', 'motor', 'camioneta', 'carro']);
/** Number labels between a unit's word and its number ("unit no. 4471-A", "unidad número 4471-A"). */
const NUMBER_LABEL: ReadonlySet<string> = new Set(['no', 'nr', 'num', 'number', 'numero', 'nro', 'n']);

/**
 * Whether a radio unit's word is written before `s`, with a number label or "#" between ("vehicle 4471-A", "unit
 * #4471", "unidad número 4471-A": red team 16).
 */
function unitWordBefore(t: string, s: number): boolean {
  let at = t[s - 1] === '#' ? s - 1 : s;
  if (t[at - 1] !== ' ' && at !== s) {
    let k = at;
    while (k > Math.max(0, at - 12) && isWordChar(t[k - 1])) k--;
    return RADIO_UNIT.has(t.slice(k, at));
  }
  for (let n = 0; n < 2; n++) {
    const w = wordBefore(t, at);
    if (RADIO_UNIT.has(w)) return true;
    if (!NUMBER_LABEL.has(w)) return false;
    at = at - 1 - (t[at - 2] === '.' ? 1 : 0) - w.length;
    if (t[at - 1] === '#') at--;
  }
  return false;
}
/** A word with a lower-case letter glued before a badge ("Okafor4471", "DOkafor4471"): a handle, not a plate. */
const GLUED_WORD = /(?:^|[^\p{L}\p{N}])(\p{L}{2,24})$/u;

/**
 * The word a badge at `[s, e)` is glued into, when the word is the badge with a title, a number label or an agency's
 * initials ("ofc4471", "No.4471", "4471dpd"), with a word written with a lower-case letter ("Okafor4471" for a missing
 * officer whose name is released and badge is not), or with one letter or a call sign after it ("4471A",
 * "4471Adam"): the whole word, or undefined (a plate "ABC4471", a model "F-150", an ordinal "4471st").
 *
 * @example
 * gluedBadgeWord('lost ofc4471 today', 'lost ofc4471 today', fold('lost ofc4471 today'), 8, 12, 'free'); //=> { s: 5, e: 12 }
 */
export function gluedBadgeWord(t: string, original: string, f: FoldedText, s: number, e: number, mode: ScanMode): { s: number; e: number } | undefined {
  // one or two letters before the badge, glued or with a hyphen, after a unit's word ("unit A-4471", "car
  // B4471-C": red team 16); a road or a model with no such word ("I-4471") is not the badge
  const prefix = mode === 'structured' ? undefined : /(?:^|[^\p{L}\p{N}])(\p{L}{1,2}-?)$/u.exec(t.slice(Math.max(0, s - 4), s))?.[1];
  if (prefix !== undefined && unitWordBefore(t, s - prefix.length)) {
    const after = /^-?\p{L}(?![\p{L}\p{N}])/u.exec(t.slice(e, e + 3))?.[0] ?? '';
    if (!isWordChar(t[e + after.length])) return { s: s - prefix.length, e: e + after.length };
  }
  // one letter, a plural or possessive s after the badge goes with it ("Ofc4471s", "Car 4471A"); not an ordinal
  const suffix = /^['’]?\p{L}(?![\p{L}\p{N}])/u.exec(t.slice(e, e + 3))?.[0] ?? '';
  const end = e + suffix.length;
  const endsWord = !isWordChar(t[end]);
  const before = t.slice(Math.max(0, s - 14), s);
  if (endsWord) {
    const title = GLUED_TITLE.exec(before)?.[1];
    if (title !== undefined) return { s: s - title.length, e: end };
    const word = mode === 'structured' ? undefined : GLUED_WORD.exec(before)?.[1];
    if (word !== undefined && /\p{Ll}/u.test(original.slice(f.start(s - word.length), f.end(s - 1)))) return { s: s - word.length, e: end };
  }
  if (!isWordChar(t[s - 1])) {
    const after = GLUED_TITLE_AFTER.exec(t.slice(e, e + 12))?.[0];
    if (after !== undefined) return { s, e: e + after.length };
    // a call sign written on ("4471Adam"), or one letter ("4471A") where the number stands alone
    const sign = mode === 'structured' ? undefined : /^\p{L}+(?![\p{L}\p{N}])/u.exec(t.slice(e, e + 12))?.[0];
    if (sign !== undefined && !/^(?:st|nd|rd|th|s)$/u.test(sign) && (sign.length === 1 || capitalAt(original, f, e))) return { s, e: e + sign.length };
    // and one written after a hyphen, after a radio unit's word or a title ("unit 4471-A", "car 4471-Adam": red
    // team 15); without one it is a model's or a plate's ("Model 4471-B", "partial plate 4471-B", "F-150-A")
    const hyphened = mode === 'structured' || t[s - 1] !== ' ' ? undefined : /^-(\p{L}{1,8})(?![\p{L}\p{N}])/u.exec(t.slice(e, e + 10))?.[1];
    const unit = hyphened === undefined ? false : unitWordBefore(t, s) || titleBefore(t, s) !== undefined;
    if (hyphened !== undefined && unit && (hyphened.length === 1 || capitalAt(original, f, e + 1))) return { s, e: e + 1 + hyphened.length };
  }
  return undefined;
}
