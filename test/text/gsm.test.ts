import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gsm7Length, isGsm7, toGsm7 } from '../../src/text/gsm.js';

const runs = { numRuns: Number(process.env['FC_NUM_RUNS'] ?? 200), seed: Number(process.env['FC_SEED'] ?? 42) };

describe('isGsm7', () => {
  it('accepts the basic set including Spanish é ñ ü ¿ ¡', () => {
    expect(isGsm7('¿Dónde?')).toBe(false); // ó is outside
    expect(isGsm7('¡Llame al 911! Señor, ¿qué pasó?')).toBe(false); // ó
    expect(isGsm7('¡Llame al 911! Señor, ¿qué pasa? Ü é')).toBe(true);
    expect(isGsm7('@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&\'()*+,-./:;<=>?§')).toBe(true);
  });
  it('rejects á í ó ú, smart quotes, dashes and emoji', () => {
    for (const ch of ['á', 'í', 'ó', 'ú', 'Á', '“', '’', '—', '–', '…', '😀', 'ç']) expect(isGsm7(ch), ch).toBe(false);
  });
  it('accepts extension characters unless basic only is asked for', () => {
    expect(isGsm7('[x] {y} ~ | ^ € \\')).toBe(true);
    expect(isGsm7('[x]', { extension: false })).toBe(false);
  });
});

describe('gsm7Length', () => {
  it('counts basic characters 1 and extension characters 2', () => {
    expect(gsm7Length('Call 911')).toBe(8);
    expect(gsm7Length('€5 [x]')).toBe(9);
    expect(gsm7Length('^{}\\[~]|€')).toBe(18);
  });
  it('counts code points, not UTF-16 units', () => {
    expect(gsm7Length('Zoë')).toBe(3);
  });
});

describe('toGsm7', () => {
  it('transliterates quotes, dashes, ellipsis and accents outside the set', () => {
    expect(toGsm7('“Officer down” — O’Neil…')).toBe('"Officer down" - O\'Neil...');
    expect(toGsm7('Ramírez Núñez, Martín, Ángel')).toBe('Ramirez Nuñez, Martin, Angel');
    expect(toGsm7('José Peña ¿güey?')).toBe('José Peña ¿güey?');
    expect(toGsm7('façade Škoda Łódź')).toBe('facade Skoda Lodz');
  });
  it('maps extension characters to basic look-alikes and removes emoji', () => {
    expect(toGsm7('[unit 12] {a} ~b | c € 5 😀🚓')).toBe('(unit 12) (a) -b / c EUR 5 ');
  });
  it('maps compatibility forms to their letters', () => {
    expect(toGsm7('ＡＢＣ１２３ ﬁle ſ x²')).toBe('ABC123 file s x2');
  });
  it('handles decomposed accents', () => {
    expect(toGsm7('Jose\u0301 Mari\u0301a')).toBe('José Maria');
  });
  it('always yields GSM 7-bit basic text, never longer in septets than 3x the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const out = toGsm7(s);
        expect(isGsm7(out, { extension: false })).toBe(true);
        expect(gsm7Length(out)).toBeLessThanOrEqual(3 * [...s].length);
      }),
      runs,
    );
  });
  it('leaves basic text unchanged', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }).map((s) => s.replace(/[^ -~]/g, '').replace(/[[\]{}\\|~^`]/g, '')), (s) => {
        expect(toGsm7(s)).toBe(s);
      }),
      runs,
    );
  });
});
