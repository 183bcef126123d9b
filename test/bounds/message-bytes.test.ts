/**
 * The message size cap counts UTF-8 bytes of a string input exactly: an ASCII prefix (found in one linear regex
 * pass) and then the rest character by character, so a string of at most `maxBytes` code units that needs more
 * than `maxBytes` bytes is still refused, and one that fits is not.
 */
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, parseCap, validateCap } from '../../src/index.js';
import { requestFixtures } from '../support/fixtures.js';

const xml = () => {
  const f = requestFixtures().find((x) => x.name === 'officer-killed-denver');
  if (f === undefined) throw new Error('fixture officer-killed-denver is missing');
  return buildBlueAlert(f.request as never, { now: '2026-11-22T14:20:00-07:00', identifier: 'CBI-BA-2026-001' }).xml;
};
/** The message with a comment that brings it to exactly `bytes` UTF-8 bytes, its multibyte characters (`unit`, `width` bytes each) at the end. */
function sized(bytes: number, unit: string, width: number, count: number): string {
  const base = xml();
  const fixed = Buffer.byteLength(base) + '<!---->'.length + count * width;
  const comment = `${'x'.repeat(bytes - fixed)}${unit.repeat(count)}`;
  const out = base.replace('</alert>', `<!--${comment}--></alert>`);
  expect(Buffer.byteLength(out)).toBe(bytes);
  return out;
}

describe('message size in UTF-8 bytes', () => {
  const maxBytes = 200_000;
  for (const [unit, width] of [['é', 2], ['€', 3], ['😀', 4]] as const) {
    it(`counts ${width}-byte characters after a long ASCII prefix`, () => {
      const exact = sized(maxBytes, unit, width, 1_000);
      expect(exact.length).toBeLessThan(maxBytes);
      expect(() => parseCap(exact, { maxBytes })).not.toThrow();
      const over = sized(maxBytes + 1, unit, width, 1_000);
      expect(() => parseCap(over, { maxBytes })).toThrow(/larger than 200000 bytes/);
      expect(validateCap(over, { profile: 'cap', maxBytes })[0]?.code).toBe('TOO_LARGE');
    });
  }

  it('an ASCII string counts its length', () => {
    expect(() => parseCap(sized(maxBytes, '', 0, 0), { maxBytes })).not.toThrow();
    expect(() => parseCap(sized(maxBytes + 1, '', 0, 0), { maxBytes })).toThrow(/larger than/);
  });
});
