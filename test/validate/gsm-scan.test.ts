import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gsm7Septets } from '../../src/validate/gsm-scan.js';
import { gsm7Length, isGsm7 } from '../../src/text/gsm.js';

/** What the validator computed before the one-pass scan: the septet count when the text is GSM 7-bit, else -1. */
const reference = (s: string): number => (isGsm7(s) ? gsm7Length(s) : -1);

describe('gsm7Septets (the validator\'s one-pass CMAM check)', () => {
  it('agrees with isGsm7 + gsm7Length on every UTF-16 code unit alone and inside ASCII text', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(gsm7Septets(ch)).toBe(reference(ch));
      const s = `Call 911 ${ch} now`;
      expect(gsm7Septets(s)).toBe(reference(s));
    }
  });

  it('agrees on surrogate pairs, lone surrogates and mixed text', () => {
    for (const s of ['🚓', 'a\uD83D', '\uDE93b', 'Llame al 911, señor ¿Sí?', 'Llamé ahí', '€5 [x] ^{}\\~|', '', 'x`y', '\f\n\r\t']) {
      expect(gsm7Septets(s)).toBe(reference(s));
    }
  });

  it('agrees on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aZ 9_@$`[]^{}|~\\\f\n\r\t€£¥èéñüàÄÖÑÜ§¿¡ΔΦáíóú“”—🚓\uD800'.split('')) }), (s) => {
        expect(gsm7Septets(s)).toBe(reference(s));
      }),
    );
  });
});
