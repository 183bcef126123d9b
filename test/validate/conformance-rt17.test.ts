/**
 * Conformance report 17 (outside black-box tester): the findings fixed here, each pinned on the tester's
 * reproducer (copied to test/validate/rt17/). F01 eventCode under BLOCKCHANNEL, F03/F03b the reader's caps,
 * F04/F05 CMAMtext length and character set, F06 distinct SAME codes, F07 forbidden characters in a model,
 * F13 INFO_IS_REQUIRED wording, F14 unclosed quotes in addresses and incidents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BlueAlertError, parseCap, toCapXml, validateCap } from '../../src/index.js';
import { validateCapModel } from '../../src/validate/validate.js';
import type { CapAlert } from '../../src/cap/model.js';

const DIR = new URL('./rt17/', import.meta.url).pathname;
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const BASE = read('base-valid.xml');
const errors = (xml: string | CapAlert, profile: 'cap' | 'ipaws' = 'ipaws') => validateCap(xml, { profile }).filter((i) => i.severity === 'error');
const find = (xml: string | CapAlert, code: string, profile: 'cap' | 'ipaws' = 'ipaws') => validateCap(xml, { profile }).filter((i) => i.code === code);
const thrown = (f: () => unknown): BlueAlertError => {
  try {
    f();
  } catch (e) {
    if (e instanceof BlueAlertError) return e;
    throw e;
  }
  throw new Error('did not throw');
};

describe('F01: the IPAWS profile schema requires an eventCode even when BLOCKCHANNEL blocks EAS, CMAS and NWEM', () => {
  it('an <info> without eventCode is an error at the info, naming what is valid', () => {
    const xml = read('F01-ipaws-no-eventcode-blockchannel.xml');
    const found = errors(xml);
    expect(found.map((i) => `${i.code} ${i.path}`)).toEqual(['MISSING_REQUIRED_ELEMENT /alert/info[1]']);
    expect(found[0]?.message).toContain('at least one <eventCode>');
    expect(found[0]?.message).toContain('found none');
    expect(found[0]?.message).toContain('<valueName>SAME</valueName>');
    // CAP 1.2 itself allows it (eventCode 0..*)
    expect(errors(xml, 'cap')).toEqual([]);
  });

  it('a non-SAME eventCode is enough when all three channels are blocked', () => {
    const xml = read('F01-ipaws-no-eventcode-blockchannel.xml').replace('<effective>', '<eventCode><valueName>NWS</valueName><value>FLW</value></eventCode><effective>');
    expect(errors(xml)).toEqual([]);
  });
});

describe('F03: validateCap honours and checks maxElements, maxAttributes and maxNamespaceDeclarations', () => {
  const big = readFileSync(join(DIR, 'F08-unknown-elements.xml'));
  it('maxElements: TOO_LARGE like parseCap', () => {
    expect(() => parseCap(big, { maxElements: 100 })).toThrow();
    const r = validateCap(big, { maxElements: 100 });
    expect(r.map((i) => i.code)).toEqual(['TOO_LARGE']);
    expect(r[0]?.message).toContain('maxElements');
  });

  it('maxAttributes and maxNamespaceDeclarations reach the reader', () => {
    const twoAttrs = BASE.replace('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">', '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2" xmlns:x="urn:x">');
    expect(twoAttrs).not.toBe(BASE);
    expect(validateCap(twoAttrs, { maxAttributes: 1 }).map((i) => i.code)).toEqual(['TOO_LARGE']);
    expect(validateCap(twoAttrs, { maxNamespaceDeclarations: 1 }).map((i) => i.code)).toEqual(['TOO_LARGE']);
    expect(errors(twoAttrs)).toEqual([]);
  });

  it.each([['maxElements', 0], ['maxAttributes', -1], ['maxNamespaceDeclarations', 0], ['maxElements', '100'], ['maxAttributes', 1.5]])(
    '%s = %j is refused with a BlueAlertError naming the option, as parseCap refuses it',
    (name, value) => {
      const options = { [name]: value } as never;
      const e = thrown(() => validateCap(BASE, options));
      expect(e.issues[0]?.path).toBe(`options.${name}`);
      expect(e.issues[0]?.message).toContain('must be a positive whole number');
      expect(e.issues[0]?.message).toContain('received');
      expect(thrown(() => parseCap(BASE, options)).issues[0]?.path).toBe(`options.${name}`);
      // the object model too, and validateCapModel
      expect(thrown(() => validateCap(parseCap(BASE), options)).issues[0]?.path).toBe(`options.${name}`);
      expect(thrown(() => validateCapModel(parseCap(BASE), options)).issues[0]?.path).toBe(`options.${name}`);
    },
  );
});

describe('F03b: a redeclared namespace binding counts once toward maxNamespaceDeclarations', () => {
  const xml = read('F03b-redundant-xmlns-108.xml');
  it('108 identical declarations of the CAP namespace: valid, as the XSD says', () => {
    expect(xml.split('xmlns=').length - 1).toBeGreaterThan(64);
    expect(errors(xml)).toEqual([]);
    expect(() => parseCap(xml)).not.toThrow();
  });

  it('distinct bindings still count: 65 prefixes are refused', () => {
    // spread over elements so the per-element attribute cap is not what refuses it
    let k = 0;
    const spread = BASE.replace(/<(identifier|sender|sent|status|msgType|scope|code|category|event|urgency|severity|certainty|expires|headline|description|instruction|areaDesc|polygon|geocode|valueName|value|info|area|eventCode|parameter)>/g, (_m, name: string) => {
      const d = Array.from({ length: 5 }, () => ` xmlns:p${k}="urn:x:${k++}"`).join('');
      return `<${name}${d}>`;
    });
    expect(k).toBeGreaterThan(64);
    const r = validateCap(spread);
    expect(r.map((i) => i.code)).toEqual(['TOO_LARGE']);
    expect(r[0]?.message).toContain('distinct namespace bindings');
    expect(r[0]?.message).toContain('maxNamespaceDeclarations');
  });

  it('the same prefix bound again and again to the same URI is still one binding; the per-element cap still holds', () => {
    const decl = ' xmlns:a="urn:a"';
    expect(validateCap(BASE.replace(/<(identifier|sender|sent|status)>/g, `<$1${decl}>`)).filter((i) => i.severity === 'error')).toEqual([]);
    const crowded = BASE.replace('<identifier>', `<identifier${Array.from({ length: 65 }, (_, j) => ` xmlns:q${j}="urn:a"`).join('')}>`);
    expect(validateCap(crowded, { maxNamespaceDeclarations: 1000 }).map((i) => i.code)).toEqual(['TOO_LARGE']); // 65 attributes > maxAttributes 64
  });
});

describe('F04: the CMAMtext limit is 90 characters; septets over 90 are at most a warning', () => {
  const xml = read('F04-cmamtext-90chars-euro.xml');
  it('90 characters with a "€": no error, a warning that counts characters and septets separately', () => {
    expect(errors(xml)).toEqual([]);
    const w = find(xml, 'CMAM_TEXT_TOO_LONG');
    expect(w.map((i) => `${i.severity} ${i.path}`)).toEqual(['warning /alert/info[1]/parameter[2]/value']);
    expect(w[0]?.message).toContain('is 90 characters, within the 90');
    expect(w[0]?.message).toContain('91 GSM 7-bit septets');
    expect(w[0]?.message).not.toContain('is 91 characters');
  });

  it('91 characters is an error stating 91 characters', () => {
    const long = xml.replace('€', '€!');
    const e = errors(long).filter((i) => i.code === 'CMAM_TEXT_TOO_LONG');
    expect(e).toHaveLength(1);
    expect(e[0]?.message).toMatch(/^CMAMtext is 91 characters; WEA allows at most 90 characters\./);
  });

  it('an emoji (a surrogate pair) counts as one character', () => {
    const text = `${'A'.repeat(89)}😀`;
    const m = parseCap(BASE);
    const info = m.info[0] as CapAlert['info'][number];
    const alert: CapAlert = { ...m, info: [{ ...info, parameter: [...info.parameter, { valueName: 'CMAMtext', value: text }] }] };
    expect(find(alert, 'CMAM_TEXT_TOO_LONG').filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('F05: CMAM_NOT_GSM7 is a warning (the source says "should")', () => {
  it('Spanish text with á, í, ó, ú: a warning naming the characters, no error', () => {
    const xml = read('F05-cmamtext-spanish-accents.xml');
    expect(errors(xml)).toEqual([]);
    const w = find(xml, 'CMAM_NOT_GSM7');
    expect(w.map((i) => `${i.severity} ${i.path}`)).toEqual([`warning ${w[0]?.path ?? ''}`]);
    expect(w[0]?.path).toMatch(/^\/alert\/info\[1\]\/parameter\[\d+\]\/value$/);
    expect(w[0]?.message).toContain('"á"');
    expect(w[0]?.message).toContain('should');
  });
});

describe('F06: TOO_MANY_SAME_GEOCODES counts distinct codes', () => {
  const xml = read('F06-same-dups-across-areas.xml');
  it('two areas with the same 30 codes: 30 distinct, no error', () => {
    expect(find(xml, 'TOO_MANY_SAME_GEOCODES')).toEqual([]);
    expect(errors(xml)).toEqual([]);
  });

  it('32 distinct codes are still an error at the 32nd distinct code, saying "distinct"', () => {
    const extra = xml.replace('</areaDesc>', '</areaDesc><geocode><valueName>SAME</valueName><value>008998</value></geocode><geocode><valueName>SAME</valueName><value>008999</value></geocode>');
    const e = find(extra, 'TOO_MANY_SAME_GEOCODES');
    expect(e.map((i) => `${i.severity} ${i.path}`)).toEqual(['error /alert/info[1]/area[1]/geocode[32]']);
    expect(e[0]?.message).toContain('32 distinct SAME geocodes');
  });
});

describe('F07: a model with characters XML 1.0 forbids is an error with the path', () => {
  it.each([['NUL', '\u0000'], ['a lone surrogate', '\uD800'], ['U+FFFE', '\uFFFE'], ['ESC', '\u001B']])('%s in the description', (_, ch) => {
    const m = parseCap(BASE);
    const info = m.info[0] as CapAlert['info'][number];
    const alert: CapAlert = { ...m, info: [{ ...info, description: `a ${ch} b` }] };
    const e = errors(alert, 'cap');
    expect(e.map((i) => `${i.code} ${i.path}`)).toEqual(['INVALID_CHARACTERS /alert/info[1]/description']);
    expect(e[0]?.message).toContain('<description>');
    expect(e[0]?.message).toContain('XML 1.0 allows');
    expect(e[0]?.message).toMatch(/U\+[0-9A-F]{4} at character 3/);
  });

  it('every string of the model is checked: lists, pairs, areas and resources', () => {
    const m = parseCap(BASE);
    const info = m.info[0] as CapAlert['info'][number];
    const area = info.area[0] as CapAlert['info'][number]['area'][number];
    const alert: CapAlert = {
      ...m,
      note: 'x\u0001',
      code: [...m.code, 'y\uFFFF'],
      info: [{ ...info, parameter: [...info.parameter, { valueName: 'z\u0002', value: 'ok' }], area: [{ ...area, areaDesc: '\uDC00' }] }],
    };
    const paths = errors(alert, 'cap').filter((i) => i.code === 'INVALID_CHARACTERS').map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['/alert/note', `/alert/code[${m.code.length + 1}]`, `/alert/info[1]/parameter[${info.parameter.length + 1}]/valueName`, '/alert/info[1]/area[1]/areaDesc']));
    expect(paths).toHaveLength(4);
  });

  it('a valid surrogate pair (emoji) is fine, and the parsed base model is clean', () => {
    const m = parseCap(BASE);
    const info = m.info[0] as CapAlert['info'][number];
    expect(errors({ ...m, info: [{ ...info, description: 'ok 😀' }] }, 'cap')).toEqual([]);
    expect(validateCap(m)).toEqual(validateCap(toCapXml(m)));
  });
});

describe('F13: INFO_IS_REQUIRED is worded for the msgType found', () => {
  it('an Ack without info does not talk about Cancel', () => {
    const e = find(read('F13-ack-without-info.xml'), 'INFO_IS_REQUIRED');
    expect(e).toHaveLength(1);
    expect(e[0]?.path).toBe('/alert');
    expect(e[0]?.message).toContain('"Ack" message has none');
    expect(e[0]?.message).not.toContain('Cancel');
    expect(e[0]?.message).toContain('at least one <info>');
  });

  it('a Cancel still gets the Cancel advice', () => {
    const cancel = read('F13-ack-without-info.xml').replace('<msgType>Ack</msgType>', '<msgType>Cancel</msgType>');
    expect(find(cancel, 'INFO_IS_REQUIRED')[0]?.message).toContain('the alert cancelled');
  });
});

describe('F14: an unclosed double quote in <addresses> or <incidents> is a warning with the path', () => {
  it('addresses', () => {
    const xml = read('F14-addresses-unbalanced-quote.xml');
    for (const profile of ['cap', 'ipaws'] as const) {
      const w = find(xml, 'UNBALANCED_QUOTE', profile);
      expect(w.map((i) => `${i.severity} ${i.path}`)).toEqual(['warning /alert/addresses']);
      expect(w[0]?.message).toContain('"\\"Joe Smith joe"');
      expect(w[0]?.message).toContain('double quotes');
    }
    expect(find(xml.replace('"Joe Smith joe', '"Joe Smith" joe'), 'UNBALANCED_QUOTE')).toEqual([]);
  });

  it('incidents', () => {
    const xml = BASE.replace('</references>', '</references><incidents>"Denver shooting INC-1</incidents>');
    const withRef = xml === BASE ? BASE.replace('<info>', '<incidents>"Denver shooting INC-1</incidents><info>') : xml;
    expect(find(withRef, 'UNBALANCED_QUOTE', 'cap').map((i) => i.path)).toEqual(['/alert/incidents']);
  });
});
