/**
 * The linear address scan (`findAddresses`) against the regular expression it replaces (kept here as the
 * reference, quadratic on long runs): the same matches, at the same positions, on generated short strings of
 * URLs, e-mail addresses, hashtags, slugs, paths and mixed scripts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findAddresses } from '../../src/redaction/address.js';

const REFERENCE = /(?:https?:\/\/|www\.)[^\s<>"]+|[^\s<>"@]+@[^\s<>"@]+\.[a-z]{2,}|#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*(?:(?<=\p{L})['’](?=\p{L})[\p{L}\p{N}_]*)*|(?<![^\s<>"])@[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*|[^\s<>"]*[\p{L}\p{N}][/_][^\s<>"]*[\p{L}\p{N}][^\s<>"]*/gu;

const reference = (t: string) => [...t.matchAll(REFERENCE)].map((m) => ({ index: m.index, text: m[0] }));

const PIECES = [
  'a', 'z', 'okafor', 'Q', '4', '71', '_', '/', '//', '@', '.', '.com', '.g', 'x.gov', '#', '#4', '-', ':', '%4F', 'http://',
  'https://', 'www.', 'http:/', 'htt', ' ', '\n', '\u00a0', '<', '>', '"', "'", ',', ')', 'é', 'Ñ', 'ок', 'α', '警', '١', '😀',
  '𝐎', '\ud800', '\udc00', 'mailto:', '?q=', '&',
];
const texts = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((a) => a.join('')),
  fc.string({ unit: fc.constantFrom('a', 'B', '1', '_', '/', '@', '.', '#', ' ', 'é', '"', 'w', ':', 'h', 't', 'p', 's'), maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

describe('findAddresses', () => {
  it('finds what the regular expression finds on chosen cases', () => {
    for (const t of [
      '', 'see https://x.gov/okafor or #justice4okafor', 'mail d.okafor@denver.gov now', 'a@b.cc.dd@e.fg', 'x_y', 'a/b/c',
      '/officers/4471', '#4471', '#_a', 'www.', 'www.x', 'https://', 'http://a"b', 'a@b.c', 'a@.cc', '@b.cc', 'a@b.ccC',
      'a/ b', '1_', '_1', 'ab/_', 'a/_b', 'é/ñ', '警察/官', '😀/😀', 'a\ud800/b', '#\ud800a', 'x@y.com/path', 'foo.bar@baz.qux.',
    ]) {
      expect(findAddresses(t)).toEqual(reference(t));
    }
  });

  it('finds what the regular expression finds on generated text', () => {
    fc.assert(fc.property(texts, (t) => {
      expect(findAddresses(t)).toEqual(reference(t));
    }), { numRuns: 20_000, seed: 42 });
  });

  it('stays linear on long runs without an address', () => {
    for (const t of ['a'.repeat(100_000), `${'a'.repeat(50_000)}@${'b'.repeat(50_000)}`, 'a_'.repeat(50_000), '#'.repeat(100_000), '@.'.repeat(50_000)]) {
      const t0 = performance.now();
      findAddresses(t);
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});
