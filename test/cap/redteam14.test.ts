/**
 * Red team 14 (black-box test of parseCap / validateCap): the XML declaration is read whole wherever its
 * `encoding` stands, bytes come in any binary form, the parse options are checked, and the other API edges.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCapBytes, MAX_XML_DECLARATION } from '../../src/cap/decode.js';
import { capBytes, parseCap, safeParseCap } from '../../src/cap/parse.js';
import { BlueAlertError } from '../../src/errors.js';
import { validateCap } from '../../src/validate/validate.js';

const FIXTURE = new URL('../../fixtures/cap/', import.meta.url).pathname;
const latin1 = (s: string): Uint8Array => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
const utf16le = (s: string): Uint8Array => new Uint8Array([0xff, 0xfe, ...[...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);

/** A fixture's text with its headline in French, after the given XML declaration. */
function message(declaration: string): string {
  const xml = readFileSync(`${FIXTURE}${FIXTURE_FILE}`, 'utf8').replace(/^<\?xml[^?]*\?>\s*/, '');
  return `${declaration}\n${xml.replace(/<headline>[^<]*<\/headline>/, '<headline>Crue à Montréal</headline>')}`;
}
const FIXTURE_FILE = 'valid-blue-alert/message.xml';

describe('finding 5: the encoding of the XML declaration is read wherever it stands in the declaration', () => {
  for (const ws of [0, 150, 200, 2000]) {
    it(`ISO-8859-1 declared after ${ws} spaces is read as ISO-8859-1`, () => {
      const b = latin1(message(`<?xml version="1.0"${' '.repeat(ws)} encoding="ISO-8859-1"?>`));
      const r = decodeCapBytes(b);
      expect(r.ok && r.encoding).toBe('ISO-8859-1');
      expect(parseCap(b).info[0]?.headline).toBe('Crue à Montréal');
      expect(validateCap(b, { profile: 'cap' }).filter((i) => i.severity === 'error')).toEqual([]);
    });
    it(`an unsupported encoding after ${ws} spaces is refused by name, as a short declaration is`, () => {
      for (const enc of ['ISO-8859-15', 'KOI8-R', 'A'.repeat(1000)]) {
        const b = latin1(message(`<?xml version="1.0"${' '.repeat(ws)} encoding="${enc}"?>`).replace('à', 'a').replace('é', 'e'));
        const issues = validateCap(b, { profile: 'cap' });
        expect(issues).toHaveLength(1);
        expect(issues[0]?.code).toBe('MALFORMED_XML');
        expect(issues[0]?.message).toContain(`encoding="${enc.slice(0, 40)}`);
        expect(issues[0]?.message).toContain('which is not read');
      }
    });
  }
  it('a declaration longer than MAX_XML_DECLARATION is refused with a clear error, never read as UTF-8', () => {
    for (const pad of [' '.repeat(MAX_XML_DECLARATION), ` encoding="${'A'.repeat(5000)}"`]) {
      const b = latin1(message(`<?xml version="1.0"${pad} encoding="ISO-8859-15"?>`).replace('à', 'a').replace('é', 'e'));
      const r = decodeCapBytes(b);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toMatch(/XML declaration .*no "\?>" within its first 4096 characters/);
    }
    // an unterminated declaration
    const r = decodeCapBytes(latin1(`<?xml version="1.0" encoding="UTF-8"\n<alert/>`));
    expect(!r.ok && r.message).toMatch(/no "\?>"/);
  });
  it('UTF-16 with a byte-order mark: a contradicting declaration is refused wherever its encoding stands', () => {
    const ok = utf16le(message(`<?xml version="1.0"${' '.repeat(300)} encoding="UTF-16"?>`));
    expect(decodeCapBytes(ok).ok).toBe(true);
    for (const enc of ['UTF-8', 'A'.repeat(1000)]) {
      const r = decodeCapBytes(utf16le(message(`<?xml version="1.0"${' '.repeat(300)} encoding="${enc}"?>`)));
      expect(!r.ok && r.message).toContain('but its XML declaration says encoding=');
    }
  });
  it('<?xml-stylesheet …?> is not a declaration', () => {
    const r = decodeCapBytes(new TextEncoder().encode('<?xml-stylesheet href="a" encoding="KOI8-R"?><alert/>'));
    expect(r.ok && r.encoding).toBe('UTF-8');
  });
});

describe('finding 10: binary inputs and the size options of parseCap', () => {
  const xml = readFileSync(`${FIXTURE}${FIXTURE_FILE}`, 'utf8');
  const u8 = new TextEncoder().encode(xml);
  const identifier = parseCap(xml).identifier;
  it('an ArrayBuffer, a DataView, a Uint16Array and a view with an offset are read as the bytes they hold', () => {
    const padded = new Uint8Array(u8.length + 3);
    padded.set(u8, 3);
    const even = u8.length % 2 === 0 ? u8 : new Uint8Array([...u8, 0x0a]);
    for (const input of [u8.slice().buffer, new DataView(u8.slice().buffer), new Uint16Array(even.slice().buffer), new DataView(padded.buffer, 3), padded.subarray(3)]) {
      expect(parseCap(input).identifier).toBe(identifier);
      const r = safeParseCap(input);
      expect(r.success).toBe(true);
    }
    expect(capBytes(u8)).toBe(u8);
    expect(capBytes({ length: 3 })).toBeUndefined();
  });
  it('anything else is NOT_CAP naming what is accepted', () => {
    const r = safeParseCap({ byteLength: 3 } as unknown as Uint8Array);
    expect(!r.success && r.error.code).toBe('NOT_CAP');
    expect(!r.success && r.error.message).toMatch(/Uint8Array, Buffer, ArrayBuffer, DataView or other typed array\); received an object/);
  });
  it('a size option that is not a positive whole number throws a BlueAlertError naming the option path', () => {
    for (const [name, v, said] of [
      ['maxBytes', -1, 'the number -1'], ['maxBytes', '10', 'the string "10"'], ['maxBytes', 0, 'the number 0'], ['maxBytes', 1.5, 'the number 1.5'],
      ['maxBytes', Number.NaN, 'the number NaN'], ['maxDepth', Infinity, 'the number Infinity'], ['maxElements', null, 'null'], ['maxAttributes', true, 'boolean'],
      ['maxNamespaceDeclarations', -5, 'the number -5'],
    ] as const) {
      for (const call of [() => parseCap(xml, { [name]: v } as never), () => safeParseCap(u8, { [name]: v } as never)]) {
        let err: unknown;
        try { call(); } catch (e) { err = e; }
        expect(err).toBeInstanceOf(BlueAlertError);
        const e = err as BlueAlertError;
        expect(e.issues[0].path).toBe(`options.${name}`);
        expect(e.issues[0].message).toBe(`options.${name} must be a positive whole number up to 9007199254740991 (or left out for the default); received ${said}.`);
      }
    }
    // validateCap passes maxBytes and maxDepth on: the same error, thrown as misused options are
    expect(() => validateCap(xml, { profile: 'cap', maxBytes: -1 })).toThrow(BlueAlertError);
    expect(() => validateCap(xml, { profile: 'cap', maxBytes: '10' as unknown as number })).toThrow(/options\.maxBytes must be a positive whole number/);
    expect(validateCap(xml, { profile: 'cap', maxBytes: 10 })[0]?.code).toBe('TOO_LARGE');
    expect(parseCap(xml, { maxBytes: 1_048_576, maxDepth: 32 }).identifier).toBe(identifier);
  });
});
