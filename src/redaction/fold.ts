/**
 * Text folding for identity matching. The fold itself lives in `src/privacy/normalize.ts` (shared with the
 * independent leak guard): NFKC, invisible characters removed, confusable look-alikes mapped, case folded,
 * accents stripped, whitespace collapsed. Each folded code unit remembers the original range it came from, so a
 * match found in folded text can be replaced in the original.
 */
import { normalizeIdentityText, type NormalizedText } from '../privacy/normalize.js';

/**
 * Folded text with the map back to the original (`start(i)`, `end(i)`).
 *
 * @example
 * const f: FoldedText = foldText('José  Young');
 * f.text; //=> 'jose young'
 */
export type FoldedText = NormalizedText;

/**
 * Folds text for matching and keeps the map back to the original. Linear; plain ASCII builds no map.
 *
 * @example
 * foldText('JOSÉ Ñúñez').text; //=> 'jose nunez'
 */
export function foldText(input: string): FoldedText {
  return normalizeIdentityText(input);
}

/**
 * Folds a term the same way as text (and trims it).
 *
 * @example
 * foldTerm(' Sgt.  María ') //=> 'sgt. maria'
 */
export function foldTerm(term: string): string {
  return normalizeIdentityText(term).text.trim();
}

const WORD = /[\p{L}\p{N}]/u;
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/**
 * Whether a (folded) character is part of a word: a letter or a digit.
 *
 * @example
 * isWordChar('é'); //=> true
 */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && (ch.charCodeAt(0) < 0x80 ? /[a-z0-9]/i.test(ch) : WORD.test(ch));
}

/**
 * Whether a character belongs to a script written without spaces between words (Chinese, Japanese, Thai, Lao,
 * Khmer, Myanmar, Tibetan): there a name is found without word boundaries.
 *
 * @example
 * isNoSpaceScript('警'); //=> true
 */
export function isNoSpaceScript(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) >= 0x0e00 && NO_SPACE_SCRIPT.test(ch);
}
