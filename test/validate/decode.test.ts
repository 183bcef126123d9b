/**
 * Bytes -> text (src/cap/decode.ts) and its use by parseCap / validateCap: each supported encoding read as
 * declared, every failure a MALFORMED_XML that names the byte offset, never a U+FFFD.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCapBytes, firstInvalidUtf8 } from '../../src/cap/decode.js';
import { parseCap } from '../../src/cap/parse.js';
import { validateCap } from '../../src/validate/validate.js';
import { fcParams } from '../support/arbitraries.js';

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const bytes = (...parts: (string | number | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : typeof p === 'number' ? [p] : p)));
const decl = (enc: string) => `<?xml version="1.0" encoding="${enc}"?>`;

function text(b: Uint8Array): string {
  const r = decodeCapBytes(b);
  if (!r.ok) throw new Error(`expected success, got: ${r.message}`);
  return r.text;
}
function failure(b: Uint8Array): { offset?: number; message: string } {
  const r = decodeCapBytes(b);
  if (r.ok) throw new Error(`expected a failure, got text ${JSON.stringify(r.text.slice(0, 40))}`);
  return r;
}

const FIXTURE = new URL('../../fixtures/cap/', import.meta.url).pathname;

describe('decodeCapBytes', () => {
  it('reads UTF-8 with and without a BOM, and without a declaration', () => {
    expect(text(new TextEncoder().encode('<a>Cañon</a>'))).toBe('<a>Cañon</a>');
    expect(text(bytes([0xef, 0xbb, 0xbf], '<a>x</a>'))).toBe('<a>x</a>');
    expect(text(bytes(decl('utf-8'), '<a>', [0xc3, 0xb1], '</a>'))).toBe(`${decl('utf-8')}<a>ñ</a>`);
  });

  it('reads ISO-8859-1 byte for byte (every byte is the code point of the same value)', () => {
    const all = Array.from({ length: 256 - 0x20 }, (_, k) => k + 0x20).filter((c) => c !== 0x3c && c !== 0x26);
    const r = text(bytes(decl('ISO-8859-1'), '<a>', all, '</a>'));
    expect(r).toBe(`${decl('ISO-8859-1')}<a>${String.fromCharCode(...all)}</a>`);
    expect(text(bytes(decl('latin1'), 'Ca', 0xf1, 'on'))).toContain('Cañon');
    expect(r).not.toContain('\ufffd');
  });

  it('reads windows-1252, where 0x80-0x9F are letters and punctuation, and refuses its undefined bytes', () => {
    expect(text(bytes(decl('windows-1252'), 0x93, 'hi', 0x94, ' ', 0x80, ' ', 0x96))).toContain('\u201chi\u201d \u20ac \u2013');
    expect(text(bytes(decl('cp1252'), 0xe9))).toContain('é');
    const f = failure(bytes(decl('windows-1252'), 'ab', 0x81));
    expect(f.offset).toBe(decl('windows-1252').length + 2);
    expect(f.message).toMatch(/0x81/);
  });

  it('reads US-ASCII and refuses a byte above 0x7F with its offset', () => {
    expect(text(bytes(decl('US-ASCII'), '<a/>'))).toContain('<a/>');
    const f = failure(bytes(decl('us-ascii'), '<a>', 0xe9, '</a>'));
    expect(f.offset).toBe(decl('us-ascii').length + 3);
    expect(f.message).toMatch(/US-ASCII.*0xE9/);
  });

  it('reads UTF-16LE and UTF-16BE by their byte-order mark, and UTF-16 without one when it starts with "<?"', () => {
    const s = `${decl('UTF-16')}<a>Cañon 🚓</a>`;
    const le = Buffer.from(s, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(text(bytes([0xff, 0xfe], [...le]))).toBe(s);
    expect(text(bytes([0xfe, 0xff], [...be]))).toBe(s);
    expect(text(new Uint8Array(le))).toBe(s);
    expect(text(new Uint8Array(be))).toBe(s);
  });

  it('refuses broken UTF-16: an odd length, an unpaired surrogate, a declaration that says otherwise', () => {
    expect(failure(bytes([0xff, 0xfe], [0x3c, 0x00, 0x61])).message).toMatch(/odd number of bytes/);
    const lone = failure(bytes([0xff, 0xfe], [0x3c, 0x00, 0x00, 0xd8, 0x61, 0x00]));
    expect(lone.offset).toBe(4);
    expect(failure(bytes([0xff, 0xfe], [...Buffer.from(`${decl('ISO-8859-1')}<a/>`, 'utf16le')])).message).toMatch(/byte-order mark.*ISO-8859-1/);
  });

  it('refuses what it cannot read, naming it: UTF-32, unknown encodings, UTF-16 declared on 8-bit bytes, a BOM that contradicts', () => {
    expect(failure(bytes([0xff, 0xfe, 0x00, 0x00], [0x3c, 0, 0, 0])).message).toMatch(/UTF-32/);
    expect(failure(bytes(decl('EBCDIC-US'), '<a/>')).message).toMatch(/encoding="EBCDIC-US".*UTF-8/);
    expect(failure(bytes(decl(''), '<a/>')).message).toMatch(/encoding="", which is not read/);
    expect(failure(bytes(decl('ISO 8859-1'), '<a/>')).message).toMatch(/encoding="ISO 8859-1", which is not read/);
    expect(failure(bytes(decl('x'.repeat(150)), '<a/>')).message).toMatch(/encoding="x{40}…", which is not read/);
    expect(failure(bytes(decl('UTF-16'), '<a/>')).message).toMatch(/not UTF-16/);
    expect(failure(bytes([0xef, 0xbb, 0xbf], decl('ISO-8859-1'), '<a/>')).message).toMatch(/UTF-8 byte-order mark/);
    // US-ASCII is a subset of UTF-8: a UTF-8 BOM with it is fine
    expect(text(bytes([0xef, 0xbb, 0xbf], decl('US-ASCII'), '<a/>'))).toContain('<a/>');
  });

  it('names the offset of invalid UTF-8: a Latin-1 byte, overlong forms, surrogates, past U+10FFFF, a truncated end', () => {
    const at = (b: number[]) => failure(bytes('<a>', b, '</a>')).offset;
    expect(at([0xf1])).toBe(3);
    expect(at([0x41, 0xc0, 0x80])).toBe(4); // overlong "/"
    expect(at([0xe0, 0x80, 0xaf])).toBe(3); // overlong 3-byte form
    expect(at([0xed, 0xa0, 0x80])).toBe(3); // a surrogate
    expect(at([0xf4, 0x90, 0x80, 0x80])).toBe(3); // past U+10FFFF
    expect(at([0xf5, 0x80, 0x80, 0x80])).toBe(3);
    expect(failure(bytes('<a>', [0xe2, 0x82])).offset).toBe(3); // cut off at the end
    expect(failure(bytes('<a>', 0xf1)).message).toMatch(/byte offset 3 \(byte 0xF1\)/);
  });

  it('agrees with the platform UTF-8 decoder on arbitrary bytes, and never yields U+FFFD where the input had none', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (arr) => {
        let platform = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(arr);
        } catch {
          platform = false;
        }
        expect(firstInvalidUtf8(arr) === -1).toBe(platform);
        const r = decodeCapBytes(arr);
        if (r.ok && r.encoding === 'UTF-8') {
          // read as UTF-8 only when it is valid, and then exactly as the platform reads it (BOM dropped)
          expect(platform).toBe(true);
          expect(r.text).toBe(new TextDecoder().decode(arr));
        }
      }),
      fcParams,
    );
  });
});

describe('parseCap and validateCap on bytes', () => {
  const latin1 = new Uint8Array(readFileSync(`${FIXTURE}valid-iso-8859-1/message.xml`));

  it('decode an ISO-8859-1 message as declared: "Cañon" stays "Cañon"', () => {
    expect(parseCap(latin1).info[0]?.description).toContain('Cañon City');
    expect(validateCap(latin1, { profile: 'ipaws' })).toEqual([]);
  });

  it('refuse invalid UTF-8 with MALFORMED_XML naming the byte offset, in both functions', () => {
    const bad = new Uint8Array(readFileSync(`${FIXTURE}invalid-utf-8/message.xml`));
    const offset = bad.indexOf(0xf1);
    const issues = validateCap(bad);
    expect(issues.map((i) => i.code)).toEqual(['MALFORMED_XML']);
    expect(issues[0]?.message).toContain(`byte offset ${offset}`);
    expect(() => parseCap(bad)).toThrow(expect.objectContaining({ code: 'MALFORMED_XML' }));
  });

  it('take a string as text already: a declaration naming ISO-8859-1 does not re-decode it', () => {
    const s = new TextDecoder('latin1').decode(latin1); // the right text for these bytes (no byte in 0x80-0x9F)
    expect(parseCap(s).info[0]?.description).toContain('Cañon City');
  });
});
