/**
 * The cheap test before a scan (`buildHitFilter`) must be sound: whenever it says a text cannot match, the full scan
 * (kept here as the reference: `Scanner.scan` run without any filter) finds no match, and, when what was kept is
 * asked for too, keeps nothing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildHitFilter } from '../../src/redaction/prefilter.js';
import { Scanner } from '../../src/redaction/scanner.js';
import { badgeTerm, nameTerms, withheldIdTerm } from '../../src/redaction/names.js';
import { foldText, foldTerm } from '../../src/redaction/fold.js';
import type { ScanMode } from '../../src/redaction/matcher.js';
import type { IdentityTerm } from '../../src/redaction/names.js';

const NAMES = ['Daniel Okafor', 'Anne Young', 'Jose Angel Rivera Ortiz', "Kevin O'Brien-Park", 'Do Lee', 'May Hill', 'Al Ng', 'Оля Ким', '李 小龍'];
const WORDS = [
  'Officer', 'Ofc.', 'Sgt.', 'po', 'Dr', 'the', 'a', 'toward', 'into', 'in', 'near', 'hacia', 'fled', 'D.', 'O', 'o', 'Y', 'A',
  'Okafor', 'OKAFOR', '0kaf0r', 'Окафор', 'Daniel', 'Young', 'young', 'Hill', 'Street', 'May', '3', 'badge', 'four', 'seven',
  'one', '4471', '44-71', '#4471', 'https://x.gov/okafor', 'x_y', 'a@b.cc', 'Ford', 'F-150', "Okafor's", 'Okafors', 'family',
  ',', '.', '(', ')', '"Danny"', 'Danny', 'Rose', 'Black', 'male', 'West', 'Aurora', 'Lee', 'Ng', 'Ki', 'ж', '警', '小龍',
];
const texts = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' '));
const termSets = fc
  .record({ name: fc.constantFrom(...NAMES), badge: fc.option(fc.constantFrom('4471', 'M118', '31877', '7'), { nil: undefined }), extra: fc.option(fc.constantFrom('Unit 12', 'critical injuries'), { nil: undefined }), plate: fc.option(fc.constantFrom('ABC 123', 'OK4471'), { nil: undefined }) })
  .map(({ name, badge, extra, plate }) => {
    const terms: IdentityTerm[] = [...nameTerms(name)];
    const b = badge === undefined ? undefined : badgeTerm(badge);
    if (b !== undefined) terms.push(b);
    const p = plate === undefined ? undefined : withheldIdTerm(plate);
    if (p !== undefined) terms.push(p);
    if (extra !== undefined) terms.push({ text: foldTerm(extra), kind: 'extra' });
    return terms.filter((t) => t.text.length > 0);
  });
const modes = fc.constantFrom<ScanMode>('free', 'institutional', 'place', 'structured', 'address');

describe('buildHitFilter', () => {
  it('says "maybe" wherever the unfiltered scan finds a match or keeps something', () => {
    fc.assert(
      fc.property(termSets, texts, modes, (terms, text, mode) => {
        const filter = buildHitFilter(terms);
        const scan = new Scanner(terms, [], new Set()).scan(text, foldText(text), mode);
        const f = foldText(text).text;
        if (scan.hits.length > 0) expect(filter(f, text, true)).toBe(true);
        if (scan.hits.length > 0 || scan.kept.length > 0) expect(filter(f, text, false)).toBe(true);
      }),
      { numRuns: 20_000, seed: 42 },
    );
  });
});
