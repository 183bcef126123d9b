/**
 * The fast paths of the identity fold against the slow definitions they replace (kept here as the reference):
 * - `plainAscii` is two native scans instead of a loop over the characters;
 * - `foldIdentityText` lower-cases each run of ASCII between other characters as one slice and folds only the
 *   other characters one by one;
 * - `normalizeIdentityText` returns that text at once and builds its offset map only when an offset is asked for.
 * Each must give exactly what the character-by-character fold gives, offsets included.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldChar, foldIdentityText, normalizeIdentityText } from '../../src/privacy/normalize.js';

const NUM_RUNS = Number(process.env['FC_NUM_RUNS'] ?? 10_000);
const SEED = Number(process.env['FC_SEED'] ?? 42);

/** The reference: the fold one character at a time, with the original range of every folded code unit. */
function referenceFold(input: string): { text: string; start: number[]; end: number[] } {
  let plain = true;
  let prevSpace = false;
  for (let i = 0; i < input.length && plain; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) plain = false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 0x21 || c > 0x7e || c === 0x60) plain = false;
  }
  if (plain) return { text: input.toLowerCase(), start: [...input].map((_, i) => i), end: [...input].map((_, i) => i + 1) };
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < input.length; ) {
    const cp = input.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const f = foldChar(input.slice(i, i + width));
    const next = i + width;
    for (let k = 0; k < f.length; k++) {
      const c = f[k] as string; // code units, as the folded text counts them
      if (c === ' ') {
        if (lastSpace) {
          if (end.length > 0) end[end.length - 1] = next;
          continue;
        }
        lastSpace = true;
      } else lastSpace = false;
      text += c;
      start.push(i);
      end.push(next);
    }
    if (f.length === 0 && end.length > 0 && !lastSpace) end[end.length - 1] = next;
    i = next;
  }
  return { text, start, end };
}

const PIECES = [
  'a', 'Z', 'okafor', ' ', '  ', '   ', '\n', '\n    ', '\t', '\r\n', '\u000b', '\f', '\u0000', '\u001f', '\u007f', '`',
  "'", '<alert>', 'Ｏｋａｆｏｒ', 'ﬁ', 'e\u0301', 'é', 'Ñ', 'ß', 'Ø', 'о', 'К', 'α', 'ς', '٤٧', '\u200b', '\u00ad',
  '\u2060', '\u202e', '\ufe0f', '\u00a0', '\u3000', '\u2028', '𝐎', '😀', '\ud800', '\udc00', '①', 'ǅ', 'İ', '’', '‐',
  '—', '…', '&amp;', '%4F',
];
const texts = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\n', '\t', '`', 'é', '\u200b'), maxLength: 60 }),
);

function check(s: string): void {
  const ref = referenceFold(s);
  expect(foldIdentityText(s)).toBe(ref.text);
  const n = normalizeIdentityText(s);
  expect(n.text).toBe(ref.text);
  for (let i = 0; i < ref.text.length; i++) {
    expect([n.start(i), n.end(i)]).toEqual([ref.start[i], ref.end[i]]);
  }
}

describe('identity fold fast paths', () => {
  it('equal the character-by-character fold on chosen cases', () => {
    for (const s of ['', ' ', ' lead', '  lead', 'trail  ', 'a  b', 'a\nb', ' \n x', 'x \u200b y', 'Officer\n\n  OKAFOR', '<info>\n  <event>Blue Alert</event>', 'Sgt. José Núñez\n', 'a`b', 'x\u0000\u0000 y', '\u00a0 a']) {
      check(s);
    }
  });

  it('equal the character-by-character fold on generated text, offsets included', () => {
    fc.assert(fc.property(texts, (s) => check(s)), { numRuns: NUM_RUNS, seed: SEED });
  });
});
