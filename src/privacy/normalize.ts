/**
 * Identity normalisation, shared by the redaction matcher and the independent leak guard (the only code they share).
 *
 * One pass over the text, linear in its length:
 * - NFKC per code point (full-width "Ｏｋａｆｏｒ" -> "okafor", ligatures, circled and superscript digits);
 * - default-ignorable code points removed (zero-width space, joiner and non-joiner, soft hyphen, word joiner, bidi
 *   marks and controls, variation selectors, tag characters) and control characters removed (DEL, C0, C1);
 * - every run of whitespace collapsed to one space;
 * - case folded, accents stripped, a few letters without a decomposition mapped (ø -> o, ł -> l, ß -> ss …);
 * - a small confusable skeleton (the spirit of Unicode TR39, table below): Cyrillic, Greek, Armenian, Cherokee, Lisu
 *   and Coptic letters and Latin small capitals that look like Latin ones become the Latin letter, so "Оkаfоr"
 *   written with Cyrillic о and а, "Օkafօr" with Armenian Օ օ, "ᴏᴋᴀꜰᴏʀ" in small capitals and "ꓳꓗꓮꓝꓳꓣ" in Lisu
 *   all read "okafor"; enclosed letters and digits NFKC leaves alone read as theirs ("🅾🅺🅰🅵🅾🆁", "➃➃➆➀");
 * - decimal digits of every script become ASCII digits ("٤٤٧١" -> "4471");
 * - typographic apostrophes and hyphens unified.
 *
 * Plain ASCII text without runs of whitespace (most text) takes a fast path: the folded text is the lower-case
 * text and no offset map is built. Otherwise each folded code unit remembers the original range it came from,
 * so a match found in folded text is replaced in the original text.
 */
import { table } from '../table.js';

/**
 * Normalised text and the way back to the original. `start(i)`/`end(i)` give the original range of folded code
 * unit `i` (end exclusive).
 *
 * @example
 * const n: NormalizedText = normalizeIdentityText('Ok\u200Bafor');
 * n.text; //=> 'okafor'
 * n.end(5); //=> 7
 */
export interface NormalizedText {
  readonly text: string;
  /** Whether folded offsets equal original offsets (the ASCII fast path). */
  readonly identity: boolean;
  start(i: number): number;
  end(i: number): number;
}

/**
 * The confusable skeleton: lower-case Cyrillic, Greek, Armenian and Cherokee letters, Latin small capitals (and a few
 * others) that look like a Latin letter. Written for this library from the look of the letters (TR39's idea, not its data): small on purpose,
 * covering the look-alikes people actually paste. Applied after case folding, to names and text alike.
 */
const CONFUSABLE: Readonly<Record<string, string>> = table({
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ү: 'y', һ: 'h', ӏ: 'l', ɡ: 'g',
  // Greek
  α: 'a', β: 'b', ε: 'e', ζ: 'z', η: 'h', ι: 'i', κ: 'k', μ: 'm', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  // σ with its final form ς (which looks like c): "ΠΑΠΑΔΌΠΟΥΛΟΣ" lower-cases to a σ at the end, the name field has ς
  // (red team 9: a Greek name in capitals was published)
  ϲ: 'c', ϳ: 'j', ς: 'c', σ: 'c',
  // Latin look-alikes without a decomposition
  ı: 'i', ø: 'o', ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ɩ: 'i', ʟ: 'l',
  // Latin small capitals (U+1D00 block, U+0280.., U+A730..): NFKC leaves them alone and they read as capitals
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ᴌ: 'l', ᴍ: 'm', ɴ: 'n',
  ᴏ: 'o', ᴘ: 'p', ꞯ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z', ᴁ: 'ae', ɶ: 'oe',
  ᴆ: 'd', ᴓ: 'o', ᴐ: 'o', ᴑ: 'o', ᴙ: 'r', ᴚ: 'r',
  // Armenian letters that look like Latin ones (capital Օ folds to օ)
  օ: 'o', ո: 'n', ս: 'u', հ: 'h', զ: 'q', ց: 'g', ւ: 'i', ա: 'w', ɑ: 'a',
  // Cherokee capitals that look like Latin capitals (Ꭺ Ᏼ Ꮯ Ꭰ Ꭼ …), as their case-folded Cherokee small letters
  ꭺ: 'a', ᏼ: 'b', ꮯ: 'c', ꭰ: 'd', ꭼ: 'e', ꮐ: 'g', ꮋ: 'h', ꭵ: 'i', ꭻ: 'j', ꮶ: 'k', ꮮ: 'l', ꮇ: 'm', ꮲ: 'p', ꭱ: 'r',
  ꮪ: 's', ꭲ: 't', ꮩ: 'v', ꮃ: 'w', ꭹ: 'y', ꮓ: 'z', ꮻ: 'o',
  // Lisu capitals (U+A4D0..) that look like Latin capitals, by shape not sound (ꓝ "TSA" is an F, ꓣ "ZHA" an R);
  // turned and reversed ones (ꓕ ꓘ ꓛ ꓞ ꓤ ꓥ ꓨ ꓩ ꓭ ꓯ ꓱ ꓵ ꓶ ꓷ) look like no Latin letter and stay; the tone marks
  // ꓸ and ꓹ are a full stop and a comma
  ꓐ: 'b', ꓑ: 'p', ꓓ: 'd', ꓔ: 't', ꓖ: 'g', ꓗ: 'k', ꓙ: 'j', ꓚ: 'c', ꓜ: 'z', ꓝ: 'f', ꓟ: 'm', ꓠ: 'n', ꓡ: 'l', ꓢ: 's',
  ꓣ: 'r', ꓦ: 'v', ꓧ: 'h', ꓪ: 'w', ꓫ: 'x', ꓬ: 'y', ꓮ: 'a', ꓰ: 'e', ꓲ: 'i', ꓳ: 'o', ꓴ: 'u', ꓸ: '.', ꓹ: ',',
  // Coptic letters (U+2C80.., as their case-folded small letters) that look like Latin ones: by shape (Ⲣ "RO" is a
  // P); the Coptic reading by sound is in the matcher's transliteration (src/redaction/readings.ts)
  ⲁ: 'a', ⲃ: 'b', ⲉ: 'e', ⲍ: 'z', ⲏ: 'h', ⲓ: 'i', ⲕ: 'k', ⲙ: 'm', ⲛ: 'n', ⲟ: 'o', ⲣ: 'p', ⲥ: 'c', ⲧ: 't', ⲩ: 'y',
  ⲭ: 'x', ⲱ: 'w',
  // other letters without a decomposition that look Latin: kra, r without handle, u with short right leg,
  // Tifinagh yar (a circle), yan (a stroke) and yath (a cross)
  ĸ: 'k', ꭇ: 'r', ꭎ: 'u', ⵔ: 'o', ⵏ: 'l', ⵝ: 'x',
  // punctuation that separates or joins words the same way
  '’': "'", '‘': "'", ʼ: "'", '`': "'", '´': "'", 'ʹ': "'", '′': "'", '‐': '-', '‑': '-', '‒': '-',
  '−': '-',
  // the Hawaiian ʻokina (U+02BB) and the reversed comma (U+02BD) are written for an apostrophe and stand where one
  // does in a name ("Kaʻaihue", "Ka'aihue", "Kaaihue" are one surname): re-attack 23 P1, "Kaʻaihue" in the text was
  // published for an officer "Ka'aihue" on file, read as one longer word
  'ʻ': "'", 'ʽ': "'",
});

/**
 * Enclosed letters and digits NFKC leaves alone (the circled "Ⓐ" and squared "🄰" it maps): negative circled and
 * negative squared capitals (U+1F150.., U+1F170..) and the dingbat and double-circled digits (U+2776.., U+24EB..).
 */
function enclosed(): Record<string, string> {
  const out: Record<string, string> = {};
  const run = (first: number, values: readonly string[]): void => {
    values.forEach((v, i) => (out[String.fromCodePoint(first + i)] = v));
  };
  const letters = [...'abcdefghijklmnopqrstuvwxyz'];
  const oneToTen = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
  run(0x1f150, letters); // 🅐 negative circled
  run(0x1f170, letters); // 🅰 negative squared
  for (const first of [0x2776, 0x2780, 0x278a, 0x24f5]) run(first, oneToTen); // ❶ ➀ ➊ ⓵
  run(0x24eb, ['11', '12', '13', '14', '15', '16', '17', '18', '19', '20']); // ⓫ negative circled
  run(0x24ff, ['0']); // ⓿
  run(0x1f10b, ['0', '0']); // 🄋 🄌 dingbat circled sans-serif zero
  return out;
}

let enclosedMap: Readonly<Record<string, string>> | undefined;

const IGNORABLE = /^[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]$/u;
const SPACE = /^\s$/u;
const MARKS = /\p{M}/gu;
const DIGIT = /^\p{Nd}$/u;

function digitValue(ch: string): string {
  // decimal digits come in runs of ten from zero: count the digits before it in its run
  let cp = ch.codePointAt(0) as number;
  let steps = 0;
  while (steps < 40 && DIGIT.test(String.fromCodePoint(cp - 1))) {
    cp--;
    steps++;
  }
  return String(steps % 10);
}

function foldUncached(ch: string): string {
  if (SPACE.test(ch)) return ' ';
  if (IGNORABLE.test(ch)) return '';
  let out = '';
  for (const c of ch.normalize('NFKC')) {
    if (SPACE.test(c)) {
      out += ' ';
      continue;
    }
    if (DIGIT.test(c)) {
      out += c < '\u0080' ? c : digitValue(c);
      continue;
    }
    const lower = c.toLowerCase();
    const direct = CONFUSABLE[lower] ?? (enclosedMap ??= enclosed())[c];
    if (direct !== undefined) {
      out += direct;
      continue;
    }
    for (const d of lower.normalize('NFD').replace(MARKS, '')) out += CONFUSABLE[d] ?? d;
  }
  return out;
}

const ASCII: readonly string[] = Array.from({ length: 128 }, (_, c) => foldUncached(String.fromCharCode(c)));
const cache = new Map<string, string>();

/**
 * The folded form of one character (code point) as used everywhere in identity matching.
 *
 * @example
 * foldChar('Ａ'); //=> 'a'
 * foldChar('\u200B'); //=> ''
 */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) return ASCII[code] as string;
  const known = cache.get(ch);
  if (known !== undefined) return known;
  const f = foldUncached(ch);
  if (cache.size < 8192) cache.set(ch, f);
  return f;
}

/** A character outside printable ASCII (space included, the backtick excluded). */
const NOT_PLAIN = /[^\x20-\x5f\x61-\x7e]/;
/**
 * The next character outside printable ASCII and ASCII whitespace (TAB, LF, VT, FF, CR, space), or a backtick:
 * the characters `foldIdentityText` folds one by one.
 */
const OTHER = /[^\t-\r\x20-\x5f\x61-\x7e]/g;
/**
 * Whitespace the fold changes: a run that holds a TAB, LF, VT, FF or CR, or two or more spaces (a single space
 * stays). Each alternative starts with its own class and has one quantifier: linear.
 */
const WHITESPACE_TO_FOLD = /[\t-\r][\t-\r ]*| [\t-\r ]+/g;
/** Whether a text has whitespace the fold changes (a cheap test before the replacement). */
const FOLDED_WHITESPACE = /[\t-\r]| {2}/;

/**
 * Printable ASCII with single spaces: the fold is `toLowerCase()` and offsets are unchanged. Two native scans
 * (a character class and a substring) instead of a loop over the characters.
 */
function plainAscii(s: string): boolean {
  return !NOT_PLAIN.test(s) && !s.includes('  ');
}

const identityOffset = (i: number): number => i;

/**
 * Normalises text for identity matching (see the module comment) and keeps the map back to the original.
 * Linear in the length of the text.
 *
 * @example
 * const n = normalizeIdentityText('Оfficer  ОКАFOR'); // Cyrillic О and К
 * n.text; //=> 'officer okafor'
 */
export function normalizeIdentityText(input: string): NormalizedText {
  if (plainAscii(input)) {
    return { text: input.toLowerCase(), identity: true, start: identityOffset, end: (i) => i + 1 };
  }
  // the text by the fast fold; the offset map (a walk over every character) only when a caller asks for an
  // offset, i.e. on a match
  let full: NormalizedText | undefined;
  const map = (): NormalizedText => (full ??= foldWithOffsets(input));
  return { text: foldIdentityText(input), identity: false, start: (i) => map().start(i), end: (i) => map().end(i) };
}

/** The general fold with its offset map (see the module comment); linear in the length of the text. */
function foldWithOffsets(input: string): NormalizedText {
  let text = '';
  // offsets in typed arrays (grown by doubling): a folded text can be longer than its input (ligatures, "ß")
  let start = new Int32Array(input.length + 16);
  let end = new Int32Array(input.length + 16);
  let n = 0;
  const push = (s: number, e: number): void => {
    if (n === start.length) {
      const s2 = new Int32Array(n * 2);
      s2.set(start);
      start = s2;
      const e2 = new Int32Array(n * 2);
      e2.set(end);
      end = e2;
    }
    start[n] = s;
    end[n] = e;
    n++;
  };
  let lastSpace = true; // leading whitespace is dropped
  // a run of printable ASCII (single spaces included) folds to its lower case: copied as one slice
  let run = -1;
  for (let i = 0; i < input.length; ) {
    const code = input.charCodeAt(i);
    if ((code > 0x20 && code < 0x7f && code !== 0x60) || (code === 0x20 && !lastSpace)) {
      if (run < 0) run = i;
      lastSpace = code === 0x20;
      push(i, i + 1);
      i++;
      continue;
    }
    if (run >= 0) {
      text += input.slice(run, i).toLowerCase();
      run = -1;
    }
    const cp = input.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 1 ? (input[i] as string) : input.slice(i, i + 2);
    const f = foldChar(ch);
    const next = i + width;
    for (let k = 0; k < f.length; k++) {
      const c = f[k] as string;
      if (c === ' ') {
        if (lastSpace) {
          if (n > 0) end[n - 1] = next;
          continue;
        }
        lastSpace = true;
      } else {
        lastSpace = false;
      }
      text += c;
      push(i, next);
    }
    if (f.length === 0 && n > 0 && !lastSpace) end[n - 1] = next;
    i = next;
  }
  if (run >= 0) text += input.slice(run).toLowerCase();
  const count = n;
  const starts = start;
  const ends = end;
  return {
    text,
    identity: false,
    start: (i) => (i < count ? (starts[i] ?? input.length) : input.length),
    end: (i) => (i < count ? (ends[i] ?? input.length) : input.length),
  };
}

/**
 * The normalised text alone, exactly as `normalizeIdentityText(input).text`, without building the offset map
 * (the leak guard only counts tokens, so it needs no way back). Linear in the length of the text: the printable
 * ASCII between two other characters is lower-cased as one slice by native string operations, and only the other
 * characters (line breaks, accented letters, look-alikes …) are folded one by one. Measured on the fixtures'
 * public outputs (12.9 KB a build, most of it the XML with its line breaks): 89 µs with a loop over every
 * character, see test/privacy/normalize-fast.test.ts for the reference it is checked against.
 *
 * @example
 * foldIdentityText('Line one\n\n  OKAFOR'); //=> 'line one okafor'
 */
export function foldIdentityText(input: string): string {
  if (plainAscii(input)) return input.toLowerCase();
  let out = '';
  let lastSpace = true; // leading whitespace is dropped
  let pos = 0;
  const other = OTHER;
  other.lastIndex = 0;
  for (let m = other.exec(input); ; m = other.exec(input)) {
    const at = m === null ? input.length : m.index;
    if (at > pos) {
      // printable ASCII and ASCII whitespace: lower case, every run of whitespace one space, a space after a space
      // (or at the start) dropped
      let seg = input.slice(pos, at).toLowerCase();
      if (FOLDED_WHITESPACE.test(seg)) seg = seg.replace(WHITESPACE_TO_FOLD, ' ');
      if (lastSpace && seg.charCodeAt(0) === 0x20) seg = seg.slice(1);
      if (seg.length > 0) {
        out += seg;
        lastSpace = seg.charCodeAt(seg.length - 1) === 0x20;
      }
    }
    if (m === null) break;
    const code = input.charCodeAt(at);
    let f: string;
    if (code < 0x80) {
      f = ASCII[code] as string;
      pos = at + 1;
    } else {
      const width = code >= 0xd800 && code <= 0xdbff && (input.codePointAt(at) as number) > 0xffff ? 2 : 1;
      f = foldChar(width === 1 ? (input[at] as string) : input.slice(at, at + 2));
      pos = at + width;
    }
    for (let k = 0; k < f.length; k++) {
      const c = f[k] as string;
      if (c === ' ') {
        if (lastSpace) continue;
        lastSpace = true;
      } else {
        lastSpace = false;
      }
      out += c;
    }
    other.lastIndex = pos;
  }
  return out;
}

/**
 * The folded text only (no map), for terms and quick checks.
 *
 * @example
 * normalizeIdentity(' JOSÉ\u00AD Ñúñez '); //=> 'jose nunez'
 */
export function normalizeIdentity(input: string): string {
  return normalizeIdentityText(input).text.trim();
}

/**
 * Removes from text what hides words from a reader: default-ignorable code points (zero-width characters, soft
 * hyphens, word joiners, bidi marks and controls, variation selectors, tags). What is left reads the same. Used on
 * every string of a request before anything else sees it.
 *
 * @example
 * removeInvisible('Oka\u200Bfor'); //=> 'Okafor'
 */
export function removeInvisible(input: string): string {
  return INVISIBLE.test(input) ? input.replace(INVISIBLE_ALL, '') : input;
}

// ZWJ (U+200D) and variation selectors are kept: emoji sequences need them and they never split a word's letters
// for a reader; the matcher ignores them anyway.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');
