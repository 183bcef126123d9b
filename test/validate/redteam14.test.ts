/**
 * Red team 14's findings on validateCap (cases in cases-redteam14/, copied from the tester's; the large hostile
 * ones are generated here from the same base message): issues capped per code with a summary, BLOCKCHANNEL and
 * the SAME event code and WEA rules, references of another sender, x- MIME types, long names cut.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/limits.js';
import { validateCap } from '../../src/validate/validate.js';

const dir = new URL('./cases-redteam14/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
const base = read('g1_base.xml');
const codes = (list: readonly { code: string }[]): string[] => list.map((i) => i.code);
const inInfo = (xml: string): string => base.replace('</area>\n  </info>', `</area>\n${xml}\n  </info>`);

describe('issues are capped per code, with one summary issue (finding 1)', () => {
  const N = LIMITS.issuesPerCode;

  it('45,000 unknown elements give the first 20 and one summary naming the code, the count and the paths', () => {
    const xml = inInfo('<x/>'.repeat(45_000));
    for (const profile of ['cap', 'ipaws'] as const) {
      const issues = validateCap(xml, { profile }).filter((i) => i.code === 'UNSUPPORTED_ELEMENT');
      expect(issues).toHaveLength(N + 1);
      const summary = issues[N];
      expect(summary?.severity).toBe('error');
      expect(summary?.path).toBe('/alert/info[1]/x');
      expect(summary?.message).toContain(`${(45_000 - N).toLocaleString('en-US')} more UNSUPPORTED_ELEMENT issues were found and not listed`);
      expect(summary?.message).toContain('the last at /alert/info[1]/x');
      expect(JSON.stringify(issues).length).toBeLessThan(10_000);
    }
  });

  it('unknown attributes, duplicates, misplaced elements and circular references are capped too', () => {
    const attrs = base.replace('<status>', `<status ${Array.from({ length: 60 }, (_, k) => `a${k}="1"`).join(' ')}>`);
    expect(codes(validateCap(attrs, { profile: 'cap' })).filter((c) => c === 'UNSUPPORTED_ATTRIBUTE')).toHaveLength(N + 1);
    const dups = base.replace('<status>Actual</status>', '<status>Actual</status>'.repeat(500));
    const dupIssues = validateCap(dups, { profile: 'cap' }).filter((i) => i.code === 'DUPLICATE_ELEMENT');
    expect(dupIssues).toHaveLength(N + 1);
    expect(dupIssues[N]?.message).toMatch(/^479 more DUPLICATE_ELEMENT issues/);
    const refs = base.replace('<code>IPAWSv1.0</code>', `<code>IPAWSv1.0</code><references>${Array.from({ length: 300 }, () => 'ops@example.gov,TEST-0001,2024-05-21T14:00:00-05:00').join(' ')}</references>`);
    expect(codes(validateCap(refs, { profile: 'cap' })).filter((c) => c === 'CIRCULAR_REFERENCE')).toHaveLength(N + 1);
  });

  it('exactly 20 of a code are listed without a summary; 21 give 20 and a summary of one', () => {
    const twenty = validateCap(inInfo('<x/>'.repeat(N)), { profile: 'cap' });
    expect(codes(twenty).filter((c) => c === 'UNSUPPORTED_ELEMENT')).toHaveLength(N);
    expect(twenty.some((i) => i.message.includes('not listed'))).toBe(false);
    const one = validateCap(inInfo('<x/>'.repeat(N + 1)), { profile: 'cap' }).at(-1);
    expect(one?.message).toMatch(/^1 more UNSUPPORTED_ELEMENT issue was found and not listed \(at \/alert\/info\[1\]\/x\)/);
  });
});

describe('long names are cut in paths and messages (finding 6)', () => {
  const name = 'n'.repeat(190_000);
  it('an unknown element', () => {
    const [only] = validateCap(base.replace('<code>', `<${name}/><code>`), { profile: 'cap' });
    expect(only?.code).toBe('UNSUPPORTED_ELEMENT');
    expect(only?.path).toBe(`/alert/${'n'.repeat(60)}…`);
    expect(only?.message.length).toBeLessThan(400);
  });
  it('an unknown attribute', () => {
    const [only] = validateCap(base.replace('<status>', `<status ${name}="1">`), { profile: 'cap' });
    expect(only?.code).toBe('UNSUPPORTED_ATTRIBUTE');
    expect(only?.path).toBe(`/alert/status/@${'n'.repeat(60)}…`);
    expect(only?.message.length).toBeLessThan(300);
  });
});

describe('references (finding 3)', () => {
  it("another sender's message with the same identifier is not this one", () => {
    for (const profile of ['cap', 'ipaws'] as const) {
      expect(codes(validateCap(read('g3_ref_same_id_other_sender.xml'), { profile }))).not.toContain('CIRCULAR_REFERENCE');
      expect(codes(validateCap(read('g3_ref_same_id_same_sender_earlier.xml'), { profile }))).toContain('CIRCULAR_REFERENCE');
    }
  });
});

describe('BLOCKCHANNEL (finding 2)', () => {
  it('no SAME event code is needed when EAS, CMAS and NWEM are all blocked', () => {
    expect(validateCap(read('g9_ipaws_public_only_no_same.xml'), { profile: 'ipaws' })).toEqual([]);
    // one of the three open: still required
    const open = read('g9_ipaws_public_only_no_same.xml').replace(/<parameter><valueName>BLOCKCHANNEL<\/valueName><value>NWEM<\/value><\/parameter>/, '');
    expect(open).not.toBe(read('g9_ipaws_public_only_no_same.xml'));
    expect(codes(validateCap(open, { profile: 'ipaws' }))).toContain('SAME_EVENT_CODE_REQUIRED');
  });
});

describe('BLOCKCHANNEL CMAS (finding 4)', () => {
  for (const [file, code] of [
    ['g10_cmas_blocked_long_cmamtext.xml', 'CMAM_TEXT_TOO_LONG'],
    ['g10_cmas_blocked_poly_150.xml', 'POLYGON_TOO_MANY_VERTICES'],
    ['g10_cmas_blocked_weahandling.xml', 'WEA_HANDLING_MISMATCH'],
  ] as const) {
    it(`${code} is a warning when CMAS is blocked, an error when it is not (${file})`, () => {
      const xml = read(file);
      const blocked = validateCap(xml, { profile: 'ipaws' });
      expect(blocked.filter((i) => i.severity === 'error')).toEqual([]);
      expect(blocked.find((i) => i.code === code)?.severity).toBe('warning');
      expect(blocked.find((i) => i.code === code)?.message).toContain('CMAS is blocked');
      const open = xml.replace(/<parameter><valueName>BLOCKCHANNEL<\/valueName><value>CMAS<\/value><\/parameter>/, '');
      expect(open).not.toBe(xml);
      expect(validateCap(open, { profile: 'ipaws' }).find((i) => i.code === code)?.severity).toBe('error');
    });
  }
});

describe('CMAM_NOT_GSM7 (finding 4; conformance report 17 F05)', () => {
  it('is a warning whether CMAS is blocked or not: the source says "should"', () => {
    const xml = read('g10_cmas_blocked_nongsm_cmamtext.xml');
    expect(validateCap(xml, { profile: 'ipaws' }).find((i) => i.code === 'CMAM_NOT_GSM7')?.severity).toBe('warning');
    const open = xml.replace(/<parameter><valueName>BLOCKCHANNEL<\/valueName><value>CMAS<\/value><\/parameter>/, '');
    expect(open).not.toBe(xml);
    expect(validateCap(open, { profile: 'ipaws' }).find((i) => i.code === 'CMAM_NOT_GSM7')?.severity).toBe('warning');
  });
});

describe('MIME types (finding 5)', () => {
  it('x- top-level types and subtypes are accepted', () => {
    expect(validateCap(read('g8_mime_xtype.xml'), { profile: 'cap' })).toEqual([]);
    const other = read('g8_mime_xtype.xml').replace('x-world/x-vrml', 'X-custom/thing');
    expect(other).not.toBe(read('g8_mime_xtype.xml'));
    expect(validateCap(other, { profile: 'cap' })).toEqual([]);
    const bad = read('g8_mime_xtype.xml').replace('x-world/x-vrml', 'world/vrml');
    expect(codes(validateCap(bad, { profile: 'cap' }))).toEqual(['INVALID_MIME_TYPE']);
  });
});

describe('red team 14: validateCap reads bytes in any binary form', () => {
  it('an ArrayBuffer, a DataView and a typed array give what the Uint8Array gives', () => {
    const xml = readFileSync(new URL('./cases-redteam14/g1_base.xml', import.meta.url));
    const u8 = new Uint8Array(xml.buffer, xml.byteOffset, xml.byteLength);
    const expected = validateCap(u8, { profile: 'cap' });
    const copy = u8.slice();
    for (const input of [copy.buffer, new DataView(copy.buffer), new Uint16Array(copy.buffer.slice(0, copy.byteLength - (copy.byteLength % 2)))]) {
      const got = validateCap(input as never, { profile: 'cap' });
      expect(got.some((i) => /missing \(the model always has it\)/u.test(i.message))).toBe(false);
      if (!(input instanceof Uint16Array)) expect(got).toEqual(expected);
    }
  });
});
