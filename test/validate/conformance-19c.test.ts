/**
 * Conformance report 19c (outside black-box tester): the findings fixed in the validator and the reader, each
 * pinned on the tester's reproducer (copied to test/validate/rt19c/). C11 large base64 audio in <derefUri>.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BlueAlertError, parseCap, toCapXml, validateCap } from '../../src/index.js';
import { plainNumber } from '../../src/cap/number-text.js';
import { isBase64, isLanguageTag } from '../../src/validate/lexical.js';

const DIR = new URL('./rt19c/', import.meta.url).pathname;
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const BASE = read('C11-base.xml');

/** Deterministic base64 of `bytes` pseudo-random bytes, in 76-column lines (as a MIME encoder writes). */
function audioBase64(bytes: number): string {
  const b = Buffer.alloc(bytes);
  let x = 12345;
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return (b.toString('base64').match(/.{1,76}/g) ?? []).join('\n');
}

/** The tester's C11 message: the base plus a resource carrying `bytes` of WAV audio in <derefUri>. */
function withAudio(bytes: number, derefUri = audioBase64(bytes)): string {
  const resource = `<resource><resourceDesc>EAS Broadcast Content</resourceDesc><mimeType>audio/x-ipaws-audio-wav</mimeType><size>${bytes}</size><derefUri>${derefUri}</derefUri></resource>\n    <area>`;
  return BASE.replace('<area>', resource);
}

describe('C11: large embedded audio in <derefUri>', () => {
  it('two minutes of WAV audio (7 MB of base64) with maxBytes raised: no throw, valid under both profiles', () => {
    const xml = withAudio(5_292_000);
    for (const profile of ['cap', 'ipaws'] as const) {
      expect(validateCap(xml, { maxBytes: 8e6, profile })).toEqual([]);
      expect(validateCap(parseCap(xml, { maxBytes: 8e6 }), { profile })).toEqual([]);
    }
  });

  it('a broken base64 of the same size is INVALID_DEREF_URI at the derefUri, not a throw', () => {
    const xml = withAudio(5_292_000, `${audioBase64(5_292_000)}!`);
    const found = validateCap(xml, { maxBytes: 8e6, profile: 'cap' });
    expect(found.map((i) => `${i.code} ${i.path}`)).toEqual(['INVALID_DEREF_URI /alert/info[1]/resource[1]/derefUri']);
  });

  it('a 6 MB <language> of "a-a-a-…" is INVALID_LANGUAGE or valid, never a throw', () => {
    const xml = BASE.replace('<category>', `<language>${'a-'.repeat(3_000_000)}a</language><category>`);
    expect(validateCap(xml, { maxBytes: 8e6, profile: 'cap' })).toEqual([]);
    const bad = BASE.replace('<category>', `<language>${'a-'.repeat(3_000_000)}</language><category>`);
    expect(validateCap(bad, { maxBytes: 8e6, profile: 'cap' }).map((i) => i.code)).toEqual(['INVALID_LANGUAGE']);
  });

  it('the base64 check is a linear scan: 1 MB in well under the 0.9 s the regex took', () => {
    const b = audioBase64(786_432);
    isBase64(b);
    const t = performance.now();
    for (let i = 0; i < 5; i++) expect(isBase64(b)).toBe(true);
    // aim: < 20 ms per MB on a quiet machine; the bound leaves room for a loaded one
    expect((performance.now() - t) / 5).toBeLessThan(150);
  });

  it('base64 rules: whole groups of four, = padding only at the end, XML white space ignored', () => {
    for (const ok of ['', 'QUJD', 'QUI=', 'QQ==', ' QU\tJD\r\nQQ== ', 'QUJD\nQUJD']) expect(isBase64(ok), ok).toBe(true);
    for (const bad of ['Q', 'QUJ', 'QUJDQ', 'Q===', '====', 'QQ=A', 'QUJD=', 'QU JD!', 'QUJD\u00a0', '=QUJ']) expect(isBase64(bad), bad).toBe(false);
  });

  it('language tags as xs:language: 1-8 letters, then -1-8 letters or digits', () => {
    for (const ok of ['en', 'en-US', 'zh-min-nan', 'sgn-BE-FR', 'x-private', 'i-klingon', 'abcdefgh-12345678']) expect(isLanguageTag(ok), ok).toBe(true);
    for (const bad of ['', '-', 'en-', '-en', 'en--US', '1en', 'abcdefghi', 'en-123456789', 'en_US', 'en US']) expect(isLanguageTag(bad), bad).toBe(false);
  });

  it('the size message no longer claims valid messages are far smaller: embedded media can be several MB', () => {
    const xml = withAudio(800_000);
    const found = validateCap(xml, { profile: 'cap' });
    expect(found.map((i) => i.code)).toEqual(['TOO_LARGE']);
    expect(found[0]?.message).not.toContain('Valid CAP messages are far smaller');
    expect(found[0]?.message).toContain('<derefUri>');
  });
});

describe('C01: <web> and <uri> as xs:anyURI (xmllint the referee)', () => {
  const codes = (xml: string, profile: 'cap' | 'ipaws' = 'cap') => validateCap(xml, { profile }).map((i) => `${i.code} ${i.path}`);
  const web = (v: string) => read('C01-web-bad-percent.xml').replace('<web>https://example.gov/a%zz</web>', `<web>${v}</web>`);

  it("the tester's reproducers are INVALID_WEB / INVALID_URI under both profiles, naming the character", () => {
    for (const profile of ['cap', 'ipaws'] as const) {
      expect(codes(read('C01-web-bad-percent.xml'), profile)).toContain('INVALID_WEB /alert/info[1]/web');
      expect(codes(read('C01-uri-two-fragments.xml'), profile)).toContain('INVALID_URI /alert/info[1]/resource[1]/uri');
    }
    const m = validateCap(read('C01-web-bad-percent.xml'), { profile: 'cap' })[0]?.message ?? '';
    expect(m).toContain('"https://example.gov/a%zz"');
    expect(m).toContain('a "%" at character 22 not followed by two hexadecimal digits');
  });

  it('a broken escape (%zz, %2, %2G, trailing %) or a second # is refused; %aF, a lone # and inner spaces pass, as in the XSD', () => {
    for (const bad of ['https://example.gov/a%2', 'https://example.gov/a%', 'https://example.gov/a%2G', 'https://example.gov/a##', 'https://example.gov/a?q=1#f%zz']) {
      expect(codes(web(bad)), bad).toEqual(['INVALID_WEB /alert/info[1]/web']);
    }
    for (const ok of ['https://example.gov/a%aF', 'https://example.gov/#', 'https://example.gov/a b', 'https://example.gov/a#b c', ' https://example.gov/a ', 'https://example.gov/a\tb']) {
      expect(codes(web(ok)), ok).toEqual([]);
    }
  });
});

describe('C12: EAS-ORG for a message intended for EAS and/or HazCollect', () => {
  it("the tester's message (EAS and CMAS blocked, NWEM open, no EAS-ORG) is EAS_ORG_REQUIRED under ipaws, valid under cap", () => {
    const xml = read('C12-no-eas-org-nwem-open.xml');
    const found = validateCap(xml, { profile: 'ipaws' }).filter((i) => i.severity === 'error');
    expect(found.map((i) => `${i.code} ${i.path}`)).toEqual(['EAS_ORG_REQUIRED /alert/info[1]']);
    expect(found[0]?.message).toContain('EAS and/or HazCollect');
    expect(validateCap(xml, { profile: 'cap' }).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('blocking NWEM as well lifts the rule', () => {
    const xml = read('C12-no-eas-org-nwem-open.xml').replace(
      '<valueName>BLOCKCHANNEL</valueName>',
      '<valueName>BLOCKCHANNEL</valueName><value>NWEM</value></parameter><parameter><valueName>BLOCKCHANNEL</valueName>',
    );
    expect(validateCap(xml, { profile: 'ipaws' }).filter((i) => i.code === 'EAS_ORG_REQUIRED')).toEqual([]);
  });
});

describe('C04: xsi:type as the schema judges it', () => {
  const NS = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:cap="urn:oasis:names:tc:emergency:cap:1.2"';
  const base = read('C11-base.xml');
  const typed = (el: string, t: string) => base.replace(`<${el}>`, `<${el} ${NS} xsi:type="${t}">`);
  const codes = (xml: string) => validateCap(xml, { profile: 'cap' }).map((i) => `${i.code} ${i.path}`);

  it("the tester's three reproducers are UNSUPPORTED_ATTRIBUTE at the xsi:type, naming the value and what is valid", () => {
    expect(codes(read('C04-xsi-type-not-derived.xml'))).toEqual(['UNSUPPORTED_ATTRIBUTE /alert/sent/@xsi:type']);
    expect(codes(read('C04-xsi-type-on-complex.xml'))).toEqual(['UNSUPPORTED_ATTRIBUTE /alert/info[1]/@xsi:type']);
    expect(codes(read('C04-xsi-type-unknown.xml'))).toEqual(['UNSUPPORTED_ATTRIBUTE /alert/identifier/@xsi:type']);
    const m = validateCap(read('C04-xsi-type-unknown.xml'), { profile: 'ipaws' }).find((i) => i.code === 'UNSUPPORTED_ATTRIBUTE')?.message ?? '';
    expect(m).toContain('xsi:type="xs:nosuchtype" on <identifier>');
    expect(m).toContain('Valid: xs:string or a built-in type derived from it');
  });

  it('agrees with xmllint: the declared type and built-in types derived from it pass, nothing else', () => {
    // verdicts read from xmllint --schema cap-v1.2.xsd (and the IPAWS profile XSD: the same) on these variants
    const xmllint: [string, string, boolean][] = [
      ['identifier', 'xs:string', true], ['identifier', 'xs:token', true], ['identifier', 'xs:normalizedString', true],
      ['identifier', 'xs:language', true], ['identifier', 'xs:ID', true], ['identifier', 'xs:NCName', true],
      ['identifier', 'xs:anySimpleType', false], ['identifier', 'xs:anyType', false], ['identifier', 'xs:integer', false],
      ['identifier', 'zz:foo', false], ['identifier', 'string', false], ['identifier', 'cap:foo', false], ['identifier', ' xs:string ', false],
      ['sent', 'xs:dateTime', false], ['status', 'xs:string', false],
    ];
    for (const [el, t, valid] of xmllint) expect(codes(typed(el, t)).length === 0, `${el} ${t}`).toBe(valid);
  });

  it('xsi:schemaLocation is still accepted and xsi:nil still refused', () => {
    expect(codes(base.replace('<alert ', `<alert ${NS} xsi:schemaLocation="urn:oasis:names:tc:emergency:cap:1.2 cap.xsd" `))).toEqual([]);
    expect(codes(base.replace('<identifier>', `<identifier ${NS} xsi:nil="false">`))).toEqual(['UNSUPPORTED_ATTRIBUTE /alert/identifier/@xsi:nil']);
  });
});

describe('C02: toCapXml writes plain decimals, never an exponent', () => {
  it("the tester's round trip: the re-serialized message is valid, altitude and ceiling in plain decimal", () => {
    const xml = read('C02-altitude-exponent-roundtrip.xml');
    const out = toCapXml(parseCap(xml));
    expect(out).toContain('<altitude>0.0000001</altitude>');
    expect(out).toContain('<ceiling>12345678901234568000000</ceiling>');
    expect(out).not.toMatch(/<(altitude|ceiling|size)>[^<]*e/);
    expect(validateCap(out, { profile: 'cap' })).toEqual([]);
  });

  it('plainNumber keeps the double and writes no exponent', () => {
    for (const n of [1e-7, -1e-7, 1.5e-10, 1.2345678901234568e22, 1e21, 123e21, 1500.5, 0, -2.5e-3, 5e-324, Number.MAX_VALUE]) {
      const t = plainNumber(n);
      expect(t, String(n)).not.toContain('e');
      expect(Number(t)).toBe(n === 0 ? 0 : n);
    }
    expect(plainNumber(1e-7)).toBe('0.0000001');
  });

  it('a size above 2^53 - 1 is refused by toCapXml with its path (never written rounded), and a warning in validateCap', () => {
    const xml = read('C03-size-negative.xml').replace('<size>-1</size>', '<size>9007199254740993</size>');
    const model = parseCap(xml);
    let thrown: unknown;
    try {
      toCapXml(model);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(BlueAlertError);
    expect((thrown as BlueAlertError).issues[0]).toMatchObject({ code: 'invalid_value', path: '/alert/info[1]/resource[1]/size' });
    expect((thrown as BlueAlertError).issues[0]?.message).toContain('9007199254740991');
    for (const input of [xml, model]) {
      expect(validateCap(input, { profile: 'cap' }).map((i) => `${i.severity} ${i.code} ${i.path}`)).toEqual(['warning INVALID_VALUE /alert/info[1]/resource[1]/size']);
    }
  });
});

describe('C03: <size>-1</size>, one verdict for the XML and its model', () => {
  it('a warning at the size, both ways, under both profiles', () => {
    const xml = read('C03-size-negative.xml');
    for (const profile of ['cap', 'ipaws'] as const) {
      const fromXml = validateCap(xml, { profile }).filter((i) => i.path.endsWith('/size'));
      const fromModel = validateCap(parseCap(xml), { profile }).filter((i) => i.path.endsWith('/size'));
      expect(fromXml.map((i) => `${i.severity} ${i.code}`)).toEqual(['warning INVALID_VALUE']);
      expect(fromModel).toEqual(fromXml);
    }
  });
});

describe('C09: toCapXml given something that is not a model', () => {
  it('throws a BlueAlertError naming what it received, not a TypeError', () => {
    const cases: [unknown, string][] = [[null, 'received null'], [{}, "received an object without the model's fields"], ['<alert/>', 'toCapXml(parseCap(xml))'], [new String('<alert/>'), 'a String object']];
    for (const [v, text] of cases) {
      let thrown: unknown;
      try {
        toCapXml(v as never);
      } catch (e) {
        thrown = e;
      }
      expect(thrown, String(v)).toBeInstanceOf(BlueAlertError);
      expect((thrown as BlueAlertError).issues[0]?.code).toBe('invalid_type');
      expect((thrown as BlueAlertError).message).toContain(text);
    }
  });
});

describe('C09: clearer messages', () => {
  it('maxBytes 1e300 names the real limit, not "not a whole number"', () => {
    let thrown: unknown;
    try {
      validateCap('<alert/>', { maxBytes: 1e300 });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(BlueAlertError);
    expect((thrown as BlueAlertError).issues[0]?.message).toContain('larger than 9007199254740991 (Number.MAX_SAFE_INTEGER)');
  });

  it('a -00:00 <sent> says it has that offset (UTC, local offset unknown) and that IPAWS wants the local one', () => {
    const xml = read('C11-base.xml').replace('<sent>2024-05-01T10:00:00-05:00</sent>', '<sent>2024-05-01T15:00:00-00:00</sent>');
    const m = validateCap(xml, { profile: 'ipaws' }).find((i) => i.code === 'SENT_INCLUDE_TIMEZONE_OFFSET')?.message ?? '';
    expect(m).toContain('has the offset "-00:00" (UTC with the local offset unknown)');
    expect(m).toContain("IPAWS wants the sender's local offset");
    expect(m).not.toContain('should include the timezone offset');
  });
});

describe('C09: validateCap given a String object', () => {
  it('one NOT_CAP issue saying to pass a primitive string', () => {
    const found = validateCap(new String(read('C11-base.xml')) as never);
    expect(found.map((i) => `${i.code} ${i.path}`)).toEqual(['NOT_CAP /']);
    expect(found[0]?.message).toContain('received a String object');
  });
});
