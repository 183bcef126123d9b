/**
 * A name written into a longer word of an incident identifier or a link ("facebook.com/groups/okaforstrong",
 * "CBI-2026-teamdaniel"): the word-by-word reading does not see it (red team 17: published in `<incidents>`).
 * Scans of letter runs, linear.
 */
import { foldTerm } from './fold.js';
import type { IdentityTerm } from './matcher.js';
import { percentDecoded } from './readings.js';

/**
 * Whether a letter run of `value` starts or ends with a name part or the surname of four letters or more, or holds
 * one of five letters or more anywhere, with other letters joined to it ("okaforstrong", "strongokafor",
 * "teamokaforstrong"). A run that is the name alone is left to the word reading.
 *
 * @example
 * nameGluedInWord('facebook.com/groups/okaforstrong', nameTerms('Daniel Okafor')); //=> true
 * nameGluedInWord('CBI-2026-0042', nameTerms('Daniel Okafor')); //=> false
 */
export function nameGluedInWord(value: string, terms: readonly IdentityTerm[]): boolean {
  const plain = value.includes('%') ? percentDecoded(value) : value;
  const runs = foldTerm(plain).split(/[^\p{L}]+/u).filter((r) => r.length > 4);
  const names = terms
    .filter((t) => t.kind === 'name-part' || t.kind === 'name')
    .map((t) => t.text.replace(/[^\p{L}]+/gu, ''))
    .filter((c) => c.length >= 4);
  return runs.some((run) =>
    names.some((c) => run.length > c.length && (run.startsWith(c) || run.endsWith(c) || (c.length >= 5 && run.includes(c)))),
  );
}
