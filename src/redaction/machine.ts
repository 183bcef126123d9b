/**
 * Machine values the alert publishes as written (a CAP identifier, an incident identifier, a vehicle plate): they
 * are never rewritten, so the question is only whether one holds withheld identity. Each is read as written and
 * in the readings the matcher uses for prose (red team 15: "CBI-0KAF0R-2026", "CBI-D4N13L-01", plates "OKAF0R",
 * "0KAFOR", "OK4FOR", "D4NNY", "ОКАФОР" were published): digits for letters, Cyrillic and Greek transliterated.
 * Split from `redact.ts`.
 */
import { foldTerm } from './fold.js';
import type { IdentityMatcher, IdentityTerm } from './matcher.js';
import { digitLetterReadings, TRANSLIT, TRANSLITERATED_SCRIPT } from './readings.js';

/**
 * An address or identifier read as words.
 *
 * @example
 * asWords('daniel.okafor@denver.gov'); //=> 'daniel okafor denver gov'
 */
export function asWords(value: string): string {
  return value.replace(/[-_./@+=?&%#:~]/g, ' ');
}

/**
 * Whether an identifier (a CAP `<identifier>` or an `<incidents>` entry) holds withheld identity: a name form, a
 * nickname or the badge, read as words ("CBI-OKAFOR-2026", "CBI-DANNY-2026"), with digits read as letters
 * ("CBI-0KAF0R-2026", "CBI-D4N13L-01"), transliterated ("CBI-Окафор-1"), or spelled with dots between its letters
 * ("CBI-O.K.A.F.O.R").
 *
 * @example
 * identifierHoldsIdentity('CBI-0KAF0R-2026', identityMatcher(request)); //=> true (officer Daniel Okafor)
 * identifierHoldsIdentity('CBI-2026-0042', identityMatcher(request)); //=> false
 */
export function identifierHoldsIdentity(value: string, matcher: IdentityMatcher): boolean {
  const words = asWords(value);
  // dots kept: letters with dots between them are read joined ("O.K.A.F.O.R") only in that form
  const dotted = value.replace(/[-_/@+=?&%#:~]/g, ' ');
  return matcher.find(words, 'address').length > 0 || matcher.find(words).length > 0 || matcher.find(dotted).length > 0;
}

/**
 * The folded letters and digits of a plate, and their readings: digits read as letters ("OKAF0R", "0KAFOR",
 * "OK4FOR", "D4NNY") and Cyrillic or Greek letters transliterated ("ОКАФОР"), letter for letter.
 *
 * @example
 * plateReadings('OK4FOR'); //=> ['ok4for', 'okafor', 'okafor']
 */
export function plateReadings(value: string): string[] {
  const compact = foldTerm(value).replace(/[^\p{L}\p{N}]+/gu, '');
  const out = [compact, ...digitLetterReadings(compact)];
  if (TRANSLITERATED_SCRIPT.test(value)) {
    let t = '';
    for (const ch of value.toLowerCase()) t += TRANSLIT[ch.normalize('NFD').replace(/\p{M}/gu, '')] ?? ch;
    out.push(foldTerm(t).replace(/[^\p{L}\p{N}]+/gu, ''));
  }
  return out;
}

/**
 * A plate that holds withheld identity: a name part (4+ letters on a suspect's plate, where random letter groups
 * are common; 3+ on the officer's own) anywhere in it or in a reading of it (`plateReadings`), or the badge (or
 * another withheld number) as a whole letter-digit run of it ("HPD 5519", "#4471"; not "ABC4471", a plate that
 * merely ends in the same digits).
 *
 * @example
 * plateHoldsIdentity('OKAF0R', nameTerms('Daniel Okafor'), 4); //=> true
 * plateHoldsIdentity('ABC1234', nameTerms('Daniel Okafor'), 4); //=> false
 */
export function plateHoldsIdentity(value: string, terms: readonly IdentityTerm[], minName: number): boolean {
  const folded = foldTerm(value);
  const readings = plateReadings(value);
  const runs = folded.split(/[^\p{L}\p{N}]+/u);
  return terms.some((t) => {
    const c = t.text.replace(/[^\p{L}\p{N}]+/gu, '');
    if (t.kind === 'badge' || t.kind === 'withheld') return c.length > 0 && runs.includes(c);
    return (t.kind === 'name-part' || t.kind === 'name') && c.length >= minName && readings.some((r) => r.includes(c));
  });
}
