/**
 * Red team 14 (black-box test of parseCap / validateCap): the XML declaration is read whole wherever its
 * `encoding` stands, bytes come in any binary form, the parse options are checked, and the other API edges.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCapBytes, MAX_XML_DECLARATION } from '../../src/cap/decode.js';
import { parseCap } from '../../src/cap/parse.js';
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
