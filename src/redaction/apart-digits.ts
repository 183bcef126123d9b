/**
 * A lone digit read as the letter it stands for among letters written apart ("o-k-4-f-o-r"). Split from
 * `scanner.ts`.
 */
import { isWordChar } from './fold.js';
import { table } from '../table.js';

/** A digit written for a letter when it stands alone between letters written apart. */
const APART_DIGIT: Readonly<Record<string, string>> = table({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' });

/**
 * The folded text with each lone digit between separators that stands for a letter read as that letter ("o-k-a-f-0-r"
 * reads "o-k-a-f-o-r"), when a letter written apart is next to it; undefined when there is none. Same length, a
 * linear scan.
 *
 * @example
 * apartDigitsRead('o-k-4-f-o-r'); //=> 'o-k-a-f-o-r'
 */
export function apartDigitsRead(t: string): string | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < t.length; i++) {
    const letter = APART_DIGIT[t.charAt(i)];
    if (letter === undefined || isWordChar(t[i - 1]) || isWordChar(t[i + 1])) continue;
    // a letter apart two characters away on either side ("k-0", "0-r")
    const near = (j: number): boolean => /^\p{L}$/u.test(t.charAt(j)) && !isWordChar(t[j - 1]) && !isWordChar(t[j + 1]);
    if (!near(i - 2) && !near(i + 2)) continue;
    out ??= t.split('');
    out[i] = letter;
  }
  return out?.join('');
}
