/**
 * Text folding for identity matching: lower case, accents removed, a few letters without a decomposition mapped
 * (ø -> o, ł -> l, đ -> d, ß -> ss, æ -> ae, œ -> oe), typographic apostrophes and hyphens unified, and every run
 * of whitespace collapsed to one space. Each folded code unit remembers the original range it came from, so a
 * match found in folded text can be replaced in the original.
 */

/**
 * Folded text with, for every folded code unit, the start and end (exclusive) of the original code point.
 *
 * @example
 * const f: FoldedText = foldText('José  Young');
 * f.text; //=> 'jose young'
 */
export interface FoldedText {
  readonly text: string;
  readonly start: readonly number[];
  readonly end: readonly number[];
}

const SPECIAL: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '`': "'",
  '´': "'",
  '‐': '-',
  '‑': '-',
};

const SPACE = /^\s$/u;
const MARKS = /\p{M}/gu;

let asciiTable: string[] | undefined;

/** The folded form of an ASCII character: lower case, whitespace as a space, a backtick as an apostrophe. */
function asciiFold(code: number): string {
  asciiTable ??= Array.from({ length: 128 }, (_, c) => foldCharUncached(String.fromCharCode(c)));
  return asciiTable[code] as string;
}

/** Folded forms already worked out (a text uses few distinct characters; NFD per character is slow). */
const folded = new Map<string, string>();

function foldChar(ch: string): string {
  const known = folded.get(ch);
  if (known !== undefined) return known;
  const f = foldCharUncached(ch);
  if (folded.size < 4096) folded.set(ch, f);
  return f;
}

function foldCharUncached(ch: string): string {
  if (SPACE.test(ch)) return ' ';
  const lower = ch.toLowerCase();
  const special = SPECIAL[lower];
  if (special !== undefined) return special;
  const stripped = lower.normalize('NFD').replace(MARKS, '');
  let out = '';
  for (const c of stripped) out += SPECIAL[c] ?? c;
  return out;
}

/**
 * Folds text for matching and keeps the map back to the original.
 *
 * @example
 * foldText('JOSÉ Ñúñez').text; //=> 'jose nunez'
 */
export function foldText(input: string): FoldedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let offset = 0;
  for (let i = 0; i < input.length; ) {
    const code = input.charCodeAt(i);
    // ASCII (most text): lower case, any whitespace a space; otherwise the whole code point through foldChar
    const ch = code < 0x80 ? input[i] as string : String.fromCodePoint(input.codePointAt(i) as number);
    i += ch.length;
    const f = code < 0x80 ? asciiFold(code) : foldChar(ch);
    const next = offset + ch.length;
    if (f === ' ' && text.endsWith(' ')) {
      end[end.length - 1] = next;
    } else {
      for (let k = 0; k < f.length; k++) {
        text += f[k];
        start.push(offset);
        end.push(next);
      }
    }
    offset = next;
  }
  return { text, start, end };
}

/**
 * Folds a term the same way as text (and trims it).
 *
 * @example
 * foldTerm(' Sgt.  María ') //=> 'sgt. maria'
 */
export function foldTerm(term: string): string {
  return foldText(term.trim()).text;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether a (folded) character is part of a word: a letter or a digit.
 *
 * @example
 * isWordChar('é'); //=> true
 */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}
