/**
 * The guard's text-only fold (`foldIdentityText`) must equal the mapped fold the redaction uses
 * (`normalizeIdentityText(...).text`) on every input: the guard may not see text differently from the matcher.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldIdentityText, normalizeIdentityText } from '../../src/privacy/normalize.js';

const NUM_RUNS = Number(process.env['FC_NUM_RUNS'] ?? 10_000);
const SEED = Number(process.env['FC_SEED'] ?? 42);

// characters that exercise every branch of the fold: ASCII (controls, runs of whitespace), full-width, ligatures,
// combining marks, Cyrillic and Greek look-alikes, other scripts' digits, invisible characters, astral characters
const PIECES = [
  'a', 'Z', ' ', '  ', '\n', '\t', '\r\n', '\u0000', '\u007f', '`', "'", 'Ｏｋａｆｏｒ', 'ﬁ', 'e\u0301', 'Ñ', 'ß', 'Ø',
  'о', 'К', 'α', 'ς', '٤٧', '\u200b', '\u00ad', '\u2060', '\u202e', '\ufe0f', '\u00a0', '\u3000', '\u2028', '𝐎', '😀',
  '\ud800', '\udc00', '①', 'ǅ', 'İ', '’', '‐', '&amp;', '<x>',
];

describe('foldIdentityText', () => {
  it('equals normalizeIdentityText().text on chosen hard cases', () => {
    for (const s of ['', ' ', '  lead', 'trail  ', 'Officer\n\nOKAFOR', 'Ｏｋａｆｏｒ\u200b', 'İstanbul ǅ', '\u200b \u200b x', 'x\u0000\u0000 y']) {
      expect(foldIdentityText(s)).toBe(normalizeIdentityText(s).text);
    }
  });

  it('equals normalizeIdentityText().text on generated text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 60 })), (s) => {
        expect(foldIdentityText(s)).toBe(normalizeIdentityText(s).text);
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  });
});
