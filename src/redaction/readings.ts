/**
 * Other readings of a text in which the matcher also looks for names and badges: a badge spelled out in words after
 * its label, Cyrillic and Greek letters read as Latin ones, digits read as the letters they stand for inside words,
 * an address with its percent-escapes decoded, and the badge pattern with optional separators. Split from
 * `matcher.ts`.
 */
import { foldTerm, type FoldedText } from './fold.js';
import { percentDecode } from '../privacy/encoded.js';
import type { Hit } from './scanner.js';
import { table } from '../table.js';

/** An address with its percent-escapes decoded and folded ("%4Fkafor" reads "okafor"); malformed escapes stay. */
export function percentDecoded(token: string): string {
  return foldTerm(percentDecode(token));
}

export const UNITS: Readonly<Record<string, string>> = table({
  zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8',
  nine: '9', cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8',
  nueve: '9',
});
export const TEENS: Readonly<Record<string, string>> = table({
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16',
  seventeen: '17', eighteen: '18', nineteen: '19',
});
export const TENS: Readonly<Record<string, string>> = table({
  twenty: '2', thirty: '3', forty: '4', fourty: '4', fifty: '5', sixty: '6', seventy: '7', eighty: '8', ninety: '9',
});
export const SPELLED_AFTER_LABEL = /(?:badge|shield|star|placa)\s?(?:(?:no|nr|num|number|numero)\.?\s?)?[#:,]?\s?((?:[a-z]+(?:[\s-]|(?![a-z])))+)/g;

/**
 * A badge spelled out in words after a badge label ("badge four four seven one", "Badge forty-four seventy-one",
 * "placa cuatro cuatro siete uno"): the words are read as digits and compared with the badge.
 */
export function spelledBadge(t: string, badge: string, hits: Hit[]): void {
  if (!/^\d+$/.test(badge) || !/badge|shield|star|placa/.test(t)) return;
  for (const m of t.matchAll(SPELLED_AFTER_LABEL)) {
    const words = (m[1] ?? '').split(/[\s-]/);
    let digits = '';
    let used = 0; // characters of m[1] read as number words
    for (let i = 0; i < words.length && digits.length < badge.length; i++) {
      const w = words[i] as string;
      const unit = TENS[w] === undefined || words[i + 1] === undefined ? undefined : UNITS[words[i + 1] as string];
      const d = UNITS[w] ?? TEENS[w] ?? (TENS[w] === undefined ? undefined : TENS[w] + (unit ?? '0'));
      if (d === undefined) break;
      digits += d;
      used += w.length + 1;
      if (unit !== undefined) used += (words[++i] as string).length + 1; // "forty-four": the unit word too
    }
    if (digits === badge) {
      const s = (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
      hits.push({ s, e: Math.min(s + used - 1, t.length), kind: 'badge', term: badge });
    }
  }
}

/**
 * Cyrillic and Greek letters read as Latin, one letter for one (so offsets hold): "Окафор" and "Οκαφορ" read
 * "okafor". Sounds written with two Latin letters keep their first or main one (ж z, ш s, ч c, χ h, θ t, ψ p).
 */
export const TRANSLIT: Readonly<Record<string, string>> = table({
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', є: 'e', ж: 'z', з: 'z', и: 'i', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c',
  ш: 's', щ: 's', ы: 'y', э: 'e', ю: 'u', я: 'a', ґ: 'g',
  α: 'a', β: 'b', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 't', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'h', ψ: 'p', ω: 'o',
  // Coptic (U+2C80.. and the Coptic letters of the Greek block, U+03E2..): "ⲞⲔⲀϤⲞⲢ" reads "okafor" (red team 11)
  ⲁ: 'a', ⲃ: 'b', ⲅ: 'g', ⲇ: 'd', ⲉ: 'e', ⲍ: 'z', ⲏ: 'i', ⲑ: 't', ⲓ: 'i', ⲕ: 'k', ⲗ: 'l', ⲙ: 'm', ⲛ: 'n', ⲝ: 'x',
  ⲟ: 'o', ⲡ: 'p', ⲣ: 'r', ⲥ: 's', ⲧ: 't', ⲩ: 'y', ⲫ: 'f', ⲭ: 'h', ⲯ: 'p', ⲱ: 'o', ϣ: 's', ϥ: 'f', ϧ: 'h', ϩ: 'h',
  ϫ: 'j', ϭ: 'c', ϯ: 't',
});
export const CYRILLIC_GREEK = /[\u0370-\u03ff\u0400-\u04ff]/;
/**
 * The scripts of TRANSLIT: Cyrillic, Greek and Coptic.
 *
 * @example
 * TRANSLITERATED_SCRIPT.test('ⲞⲔⲀϤⲞⲢ'); //=> true
 */
export const TRANSLITERATED_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff\u2c80-\u2cff]/;

/** The folded text with Cyrillic, Greek and Coptic letters transliterated (see TRANSLIT), or none without them. */
export function transliterated(original: string, f: FoldedText): string[] {
  if (f.identity || !TRANSLITERATED_SCRIPT.test(original)) return [];
  const t = f.text;
  let out = '';
  let prev = '';
  for (let i = 0; i < t.length; i++) {
    const src = original.slice(f.start(i), f.end(i));
    const c = [...src].length === 1 ? src.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '') : '';
    // ου reads ou ("ΓΕΩΡΓΙΟΥ" is Georgiou), υ alone y
    const one = c === 'υ' && prev === 'ο' ? 'u' : TRANSLIT[c];
    out += one ?? t[i];
    prev = c;
  }
  return [out];
}

/** Maximal runs of letters and digits (one quantifier: linear). */
export const WORD_RUN = /[\p{L}\p{N}@$]+/gu;
export const LETTER_DIGIT = /\p{L}[013457@$]|[013457@$]\p{L}/u;
/** Digits and signs written for letters ("Ok4for", "Hunt3r", "Ok@for": red team 9); 1 is read both ways. */
const LEET: Readonly<Record<string, string>> = table({ '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' });
const LEET_CHAR = /[013457@$]/g;
const LETTER_AT = /^\p{L}$/u;
/** A digit or sign read as a letter. */
const LEET_AT = /^[013457@$]$/;

/**
 * Whether the run of digits-for-letters around `w[i]` has a letter right before and right after it: "Ok4for",
 * "D4n13l" (the run "13" between n and l: red team 13), not "RAV4" or "L30" (red team 10).
 */
function insideLetters(w: string, i: number): boolean {
  let a = i;
  let b = i;
  while (a > 0 && LEET_AT.test(w[a - 1] ?? '')) a--;
  while (b < w.length - 1 && LEET_AT.test(w[b + 1] ?? '')) b++;
  return LETTER_AT.test(w[a - 1] ?? '') && LETTER_AT.test(w[b + 1] ?? '');
}
/**
 * Readings of folded text for identity comparison only, where inside a word that has letters 0 reads o, 3 e,
 * 4 a, 5 s, 7 t, @ a, $ s, and 1 reads l (first reading) or i (second). None when no such word exists. Same
 * length, same offsets.
 */
export function digitLetterReadings(t: string): string[] {
  if (!LETTER_DIGIT.test(t)) return [];
  // 0 and 1 anywhere in the word; the others only inside it, between letters (`insideLetters`)
  const as = (one: string): string =>
    t.replace(WORD_RUN, (w) =>
      LETTER_DIGIT.test(w) ? w.replace(LEET_CHAR, (c, i: number) => (c === '0' ? 'o' : c === '1' ? one : insideLetters(w, i) ? (LEET[c] ?? c) : c)) : w,
    );
  const readings = [as('l'), as('i')];
  // and digits at a word's end left as written, the others read ("danielokaf0r1", "d4nielokafor1": a handle with a
  // number after the name, red team 16)
  const ends = t.replace(WORD_RUN, (w) => (LETTER_DIGIT.test(w) ? readInside(w) : w));
  if (!readings.includes(ends)) readings.push(ends);
  return readings;
}

/** A word read as `digitLetterReadings` reads it ("1" as "l"), its final digits left as written. */
function readInside(w: string): string {
  let end = w.length;
  while (end > 0 && /\d/.test(w.charAt(end - 1))) end--;
  if (end === w.length || end === 0) return w.replace(LEET_CHAR, (c, i: number) => leetAt(w, c, i, 'l'));
  const head = w.slice(0, end);
  return head.replace(LEET_CHAR, (c, i: number) => leetAt(head, c, i, 'l')) + w.slice(end);
}

/** The letter a digit or sign at `w[i]` reads as (0 and 1 anywhere, the others between letters). */
function leetAt(w: string, c: string, i: number, one: string): string {
  return c === '0' ? 'o' : c === '1' ? one : insideLetters(w, i) ? (LEET[c] ?? c) : c;
}

export function badgePattern(core: string): RegExp {
  const esc = [...core].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(esc.join('[-\\s.,_/]?'), 'g');
}
