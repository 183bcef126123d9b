/**
 * Input encodings as files arrive from editors, PowerShell and Windows tools (issue 17), and invalid UTF-8 in
 * CAP XML refused as the API refuses it (issue 14). Each runs the built binary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCap } from '../../src/index.js';
import { FIXTURE, NOW, noStack, run, tempDir } from './helpers.js';

const text = readFileSync(FIXTURE, 'utf8').replace('"Denver metro area"', '"Peñasco and Española área"');
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return le;
};
/** "ñ" as Windows-1252 writes it (one byte F1), everything else ASCII. */
const cp1252 = (s: string) => Buffer.from([...s].map((c) => (c === 'ñ' ? 0xf1 : c === 'á' ? 0xe1 : c.charCodeAt(0))));

function file(name: string, bytes: Uint8Array): string {
  const dir = tempDir('ba-enc-');
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
}

const areaDesc = (xml: string) => /<areaDesc>([^<]*)<\/areaDesc>/.exec(xml)?.[1];
const reference = run(['build', '-', '--now', NOW, '--id', 'ENC-1', '-q'], text);

describe('requests in the encodings people save them in', () => {
  it('UTF-8 without a BOM is the reference', () => {
    expect(reference.code, reference.stderr).toBe(0);
    expect(areaDesc(reference.stdout)).toBe('Peñasco and Española área');
  });
  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with a BOM (PowerShell 5.1)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
  ])('%s: the same message, from a file and from standard input', (_name, bytes) => {
    const fromFile = run(['build', file('r.json', bytes), '--now', NOW, '--id', 'ENC-1', '-q']);
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromFile.stdout).toBe(reference.stdout);
    const fromStdin = run(['build', '-', '--now', NOW, '--id', 'ENC-1', '-q'], bytes);
    expect(fromStdin.stdout).toBe(reference.stdout);
  });
  it('Windows-1252 bytes are refused with the byte offset, line and "save it as UTF-8", never U+FFFD', () => {
    const bytes = cp1252(text);
    const offset = bytes.indexOf(0xf1);
    const line = text.slice(0, text.indexOf('ñ')).split('\n').length;
    const r = run(['build', file('r.json', bytes), '--now', NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`not valid UTF-8 at byte offset ${offset} (line ${line}, byte 0xF1)`);
    expect(r.stderr).toMatch(/save it as UTF-8/i);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain('\uFFFD');
    noStack(r.stderr);
  });
  it('a truncated UTF-8 sequence at the very end, an overlong form and a surrogate are refused too', () => {
    for (const tail of [[0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80]]) {
      const prefix = Buffer.from('{"event": "officer-killed", "note": "', 'utf8');
      const r = run(['build', '-'], Buffer.concat([prefix, Buffer.from(tail)]));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`not valid UTF-8 at byte offset ${prefix.length} (line 1`);
    }
  });
  it('UTF-16 without a BOM is named as such', () => {
    const r = run(['build', file('r.json', Buffer.from(text, 'utf16le'))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/NUL byte at byte offset 1; it may be UTF-16 without a byte-order mark/);
  });
  it('UTF-16 cut short (odd length) is refused', () => {
    const r = run(['build', '-'], Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le').subarray(0, 101)]));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('odd number of bytes');
  });
});

describe('JSON mistakes get a hint, never the content', () => {
  it.each([
    ['an empty file', '', /is empty; a request is a JSON object\. Run "blue-alert init/],
    ['only spaces', '  \r\n\t', /is empty/],
    ['a BOM and nothing else', '\uFEFF', /is empty/],
    ['a // comment', `// Denver request\n${text}`, /line 1, column 1\): JSON does not allow comments/],
    ['a /* */ comment', text.replace('"event"', '/* Okafor */ "event"'), /JSON does not allow comments/],
    ['a trailing comma', text.replace('"eas": { "enabled": true }', '"eas": { "enabled": true, }'), /JSON does not allow a comma before \} or \]/],
    ['single quotes', "{'event': 'officer-killed'}", /double quotes/],
    ['cut short', text.slice(0, 200), /not valid JSON/],
  ])('%s', (_name, input, expected) => {
    const r = run(['build', '-'], input);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(expected);
    expect(r.stderr).not.toMatch(/Okafor|Hale/);
    noStack(r.stderr);
  });
  it('a URL with // inside a string is not a comment', () => {
    const r = run(['build', '-', '--now', NOW, '-q'], text);
    expect(r.code).toBe(0);
    expect(text).toContain('https://');
  });
});

describe('CAP XML is read as bytes: invalid UTF-8 is MALFORMED_XML in the CLI as in the API', () => {
  const xml = run(['build', FIXTURE, '--now', NOW, '--id', 'ENC-X']).stdout.replace('Denver metro area', 'Peñasco');
  const bad = Buffer.from(xml.replace('ñ', '\u0000'), 'utf8');
  bad[bad.indexOf(0)] = 0xf1; // Peñasco in Windows-1252
  it('validate: exit 1, MALFORMED_XML, the same issues as validateCap on the same bytes', () => {
    const api = validateCap(new Uint8Array(bad));
    expect(api.map((i) => i.code)).toContain('MALFORMED_XML');
    const r = run(['validate', file('a.xml', bad), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ success: false, issues: api });
    const fromStdin = run(['validate', '-'], bad);
    expect(fromStdin.code).toBe(1);
    expect(fromStdin.stdout).toMatch(/^error\tMALFORMED_XML\t/m);
  });
  it('validate accepts the same message in UTF-8 with and without a BOM', () => {
    expect(run(['validate', '-'], Buffer.from(xml, 'utf8')).code).toBe(0);
    expect(run(['validate', '-'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, 'utf8')])).code).toBe(0);
  });
  it('update and cancel refuse a chain file with invalid UTF-8, naming the file', () => {
    const chain = file('alert.xml', bad);
    const c = run(['cancel', chain, '--now', '2026-11-22T15:00:00-07:00']);
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('Earlier message 1 (file argument 1): not a CAP message');
    expect(c.stderr).not.toContain(chain);
    expect(c.stderr).toContain('MALFORMED_XML');
    const u = run(['update', chain, '--request', FIXTURE, '--now', '2026-11-22T15:00:00-07:00']);
    expect(u.code).toBe(1);
    expect(u.stderr).toContain('MALFORMED_XML');
  });
  it('verify refuses invalid UTF-8 with the byte offset (decoded as declared, as validate: report 19c C05)', () => {
    const r = run(['verify', file('a.xml', bad)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('not valid UTF-8: invalid byte sequence at byte offset');
    expect(r.stderr).toBe('invalid: 1 error(s)\n');
    noStack(r.stderr);
  });
});
