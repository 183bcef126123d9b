/**
 * Found by a black-box conformance run of real-world CAP messages (IPAWS, NAAD and others) against validateCap:
 * options that failed silently, empty elements the schema allows, white space around IPAWSv1.0, misleading
 * messages (a resource after <area>, invisible characters in quoted values) and xsi:nil. The real messages are
 * fixtures (fixtures/cap/{language-empty,web-uri-empty,references-empty-naad,code-whitespace,status-nbsp,xsi-nil});
 * these tests pin each rule on the team's base message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlueAlertError, parseCap, validateCap } from '../../src/index.js';
import { validateCapModel } from '../../src/validate/validate.js';
import { quoteValue } from '../../src/validate/quote.js';
import { ROOT } from '../support/fixtures.js';

const BASE = readFileSync(join(ROOT, 'fixtures', 'cap', 'valid-blue-alert', 'message.xml'), 'utf8');
const PROFILES = ['cap', 'ipaws'] as const;
const brief = (xml: string, profile: 'cap' | 'ipaws') => validateCap(xml, { profile }).map((i) => `${i.severity} ${i.code} ${i.path}`);
const thrown = (f: () => unknown): BlueAlertError => {
  try {
    f();
  } catch (e) {
    if (e instanceof BlueAlertError) return e;
    throw e;
  }
  throw new Error('did not throw');
};

describe('validateCap options: misuse is an error, never a silent profile', () => {
  it.each([['IPAWS', '"IPAWS"'], ['ipaws ', '"ipaws "'], ['nonsense', '"nonsense"'], ['ipaws\u00a0', '"ipaws\\u00A0"'], [null, 'null'], [1, 'number 1'], ['', 'an empty string']])(
    'profile %j: a BlueAlertError naming options.profile, what it received and the valid values',
    (profile, received) => {
      const e = thrown(() => validateCap(BASE, { profile } as never));
      expect(e.issues).toHaveLength(1);
      expect(e.issues[0]).toMatchObject({ code: 'invalid_value', path: 'options.profile', severity: 'error' });
      expect(e.issues[0].message).toContain(`received ${received}.`);
      expect(e.issues[0].message).toContain("'cap' or 'ipaws'");
      expect(e.message).toContain('options.profile');
    },
  );

  it.each([['cap'], ['ipaws'], [5], [['cap']], [true]])('a second argument %j that is not an object: a BlueAlertError naming options', (options) => {
    const e = thrown(() => validateCap(BASE, options as never));
    expect(e.issues[0]).toMatchObject({ code: 'invalid_type', path: 'options' });
    expect(e.issues[0].message).toMatch(/must be an object such as \{ profile: 'ipaws' \}; received/);
    if (options === 'cap') expect(e.issues[0].message).toContain("Write validateCap(xml, { profile: 'cap' }).");
  });

  it('the same check guards validateCapModel', () => {
    const alert = parseCap(BASE);
    expect(thrown(() => validateCapModel(alert, { profile: 'CAP' } as never)).issues[0]?.path).toBe('options.profile');
  });

  it('no options, {}, null, undefined and a left-out profile still mean ipaws; bad input still never throws', () => {
    const ipaws = brief(BASE.replace('<code>IPAWSv1.0</code>', ''), 'ipaws');
    expect(ipaws).toContain('error VERSION_CODE_REQUIRED /alert');
    for (const o of [undefined, {}, null, { profile: undefined }, { maxBytes: 1 << 20 }]) {
      expect(validateCap(BASE.replace('<code>IPAWSv1.0</code>', ''), o as never).map((i) => `${i.severity} ${i.code} ${i.path}`)).toEqual(ipaws);
    }
    expect(validateCap('<alert/>', { profile: 'cap' })[0]?.code).toBe('NOT_CAP');
  });
});

describe('an empty <language> takes the schema default en-US', () => {
  it.each(['<language></language>', '<language/>'])('%s is valid under both profiles', (empty) => {
    const xml = BASE.replace('<language>en-US</language>', empty);
    expect(xml).not.toBe(BASE);
    for (const p of PROFILES) expect(brief(xml, p)).toEqual(brief(BASE, p));
  });

  it('white space only is not empty: xs:language refuses it, as xmllint does', () => {
    expect(brief(BASE.replace('<language>en-US</language>', '<language> </language>'), 'cap')).toEqual(['error INVALID_LANGUAGE /alert/info[1]/language']);
  });

  it('an empty language is en-US when two infos carry the same text', () => {
    const info = /<info>[\s\S]*<\/info>/.exec(BASE)?.[0] ?? '';
    const two = BASE.replace(info, `${info}${info.replace('<language>en-US</language>', '<language/>')}`);
    expect(validateCap(two, { profile: 'cap' }).filter((i) => i.code === 'SAME_TEXT_DIFFERENT_LANGUAGE')).toEqual([]);
  });
});

describe('empty <web>, <uri> and <references>: valid CAP, a warning under both profiles', () => {
  const web = BASE.match(/<web>[^<]*<\/web>/)?.[0] ?? '';
  const uri = BASE.match(/<uri>[^<]*<\/uri>/)?.[0] ?? '';

  it.each([
    ['<web></web>', web, '/alert/info[1]/web', '<web> is empty; leave it out when there is no link.'],
    ['<web/>', web, '/alert/info[1]/web', '<web> is empty'],
    ['<web>\n  </web>', web, '/alert/info[1]/web', 'only white space: "\\n  "'],
    ['<uri></uri>', uri, '/alert/info[1]/resource[1]/uri', '<uri> is empty; leave it out when the resource has no link.'],
    ['<references></references>', '<code>IPAWSv1.0</code>', '/alert/references', '<references> is empty; leave it out when there is nothing to reference.'],
    ['<references />', '<code>IPAWSv1.0</code>', '/alert/references', '<references> is empty'],
  ])('%s', (empty, replaced, path, text) => {
    expect(replaced).not.toBe('');
    const xml = BASE.replace(replaced, replaced.startsWith('<code>') ? `${replaced}${empty}` : empty);
    for (const p of PROFILES) {
      const issues = validateCap(xml, { profile: p });
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      const w = issues.find((i) => i.code === 'EMPTY_ELEMENT');
      expect(w).toMatchObject({ severity: 'warning', path });
      expect(w?.message).toContain(text);
    }
  });

  it('a non-empty invalid value stays an error, as before', () => {
    expect(brief(BASE.replace(web, '<web>/blue-alert</web>'), 'cap')).toEqual(['error INVALID_WEB /alert/info[1]/web']);
    expect(brief(BASE.replace(uri, '<uri>a%zz</uri>'), 'cap')).toEqual(['error INVALID_URI /alert/info[1]/resource[1]/uri']);
    expect(brief(BASE.replace('<code>IPAWSv1.0</code>', '<code>IPAWSv1.0</code><references>x</references>'), 'cap')).toEqual(['error INVALID_REFERENCES /alert/references']);
  });

  it('an Update whose <references> is empty still references nothing under ipaws', () => {
    const xml = BASE.replace('<msgType>Alert</msgType>', '<msgType>Update</msgType>').replace('<code>IPAWSv1.0</code>', '<code>IPAWSv1.0</code><references/>');
    expect(brief(xml, 'ipaws')).toEqual(['warning EMPTY_ELEMENT /alert/references', 'error UPDATE_OR_CANCEL_MUST_REFERENCE /alert/references']);
  });
});

describe('<code> IPAWSv1.0 with white space around it', () => {
  it.each([' IPAWSv1.0 ', '\n  IPAWSv1.0\n', 'IPAWSv1.0\t'])('%j: the version is recognised, the white space is a warning', (code) => {
    const xml = BASE.replace('<code>IPAWSv1.0</code>', `<code>other</code><code>${code}</code>`);
    expect(brief(xml, 'ipaws')).toEqual(['warning VERSION_CODE_WHITESPACE /alert/code[2]']);
    expect(validateCap(xml, { profile: 'ipaws' })[0]?.message).toContain(quoteValue(code));
    expect(brief(xml, 'cap')).toEqual([]);
  });

  it('another spelling or a no-break space is still no IPAWS version', () => {
    for (const code of ['ipawsv1.0', 'IPAWSv1.0\u00a0', 'IPAWS v1.0']) {
      expect(brief(BASE.replace('<code>IPAWSv1.0</code>', `<code>${code}</code>`), 'ipaws')).toEqual(['error VERSION_CODE_REQUIRED /alert']);
    }
  });
});

describe('sequence messages name the element to move and where', () => {
  const resource = /\n\s*<resource>[\s\S]*?<\/resource>/.exec(BASE)?.[0] ?? '';
  const contact = /\n\s*<contact>[^<]*<\/contact>/.exec(BASE)?.[0] ?? '';
  const message = (xml: string) => validateCap(xml, { profile: 'cap' }).filter((i) => i.severity === 'error').map((i) => [i.code, i.path, i.message]);

  it('a single <resource> after <area> must come before <area>', () => {
    const xml = BASE.replace(resource, '').replace('</area>', `</area>${resource}`);
    const [m] = message(xml);
    expect(m?.[0]).toBe('INVALID_SEQUENCE');
    expect(m?.[1]).toBe('/alert/info[1]/resource[1]');
    expect(m?.[2]).toContain('<resource> must come before <area>');
    expect(m?.[2]).not.toContain('together');
  });

  it('a single <contact> after <parameter> is out of order, not a duplicate', () => {
    expect(contact).not.toBe('');
    const moved = BASE.replace(contact, '');
    const at = moved.lastIndexOf('</parameter>') + '</parameter>'.length;
    const [m] = message(moved.slice(0, at) + contact + moved.slice(at));
    expect(m?.slice(0, 2)).toEqual(['INVALID_SEQUENCE', '/alert/info[1]/contact']);
    expect(m?.[2]).toContain('<contact> must come before <parameter>');
  });

  it('a <parameter> after a <resource>, when other parameters come first: all must be together', () => {
    const xml = BASE.replace('</resource>', '</resource><parameter><valueName>x</valueName><value>y</value></parameter>');
    const [m] = message(xml);
    expect(m?.[0]).toBe('INVALID_SEQUENCE');
    expect(m?.[2]).toContain('all <parameter> elements must be together, before <resource>');
  });

  it('a second <sent> is still a duplicate', () => {
    const xml = BASE.replace(/(<sent>[^<]*<\/sent>)/, '$1$1');
    expect(message(xml)[0]?.[0]).toBe('DUPLICATE_ELEMENT');
  });
});

describe('quoted values show invisible characters', () => {
  it('a no-break space after Actual reads "Actual\\u00A0"', () => {
    for (const status of ['Actual&#160;', 'Actual\u00a0']) {
      const i = validateCap(BASE.replace('<status>Actual</status>', `<status>${status}</status>`), { profile: 'cap' })[0];
      expect(i?.code).toBe('INVALID_ENUM_VALUE');
      expect(i?.message).toContain('<status> = "Actual\\u00A0".');
    }
  });

  it('quoteValue escapes quotes, backslashes, controls and space-like characters; the plain space stays', () => {
    expect(quoteValue('Actual ')).toBe('"Actual "');
    expect(quoteValue('a\tb\nc\rd')).toBe('"a\\tb\\nc\\rd"');
    expect(quoteValue('say "hi" \\ ok')).toBe('"say \\"hi\\" \\\\ ok"');
    expect(quoteValue('\u200bx\ufeff\u2028\u3000\u00ad')).toBe('"\\u200Bx\\uFEFF\\u2028\\u3000\\u00AD"');
    expect(quoteValue('é ñ 😀 中')).toBe('"é ñ 😀 中"');
    expect(quoteValue('\ud800x')).toBe('"\\uD800x"');
    expect(quoteValue('abcdef', 3)).toBe('"abc…"');
    expect(quoteValue('ab😀', 3)).toBe('"ab…"'); // a surrogate pair is not split
  });

  it('property: the quoted text is JSON that reads back as the value, and shows no invisible character', () => {
    const invisible = /[\u0000-\u001f\u007f-\u00a0\u00ad\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const q = quoteValue(s, Infinity);
        expect(JSON.parse(q)).toBe(s);
        expect(invisible.test(q)).toBe(false);
      }),
    );
  });
});

describe('xsi:nil is refused on every CAP element; xsi:schemaLocation stays accepted', () => {
  const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
  it.each(['false', 'true', '0'])('xsi:nil="%s" on <headline>', (v) => {
    const xml = BASE.replace('<headline>', `<headline ${XSI} xsi:nil="${v}">`);
    for (const p of PROFILES) {
      const [i] = validateCap(xml, { profile: p }).filter((x) => x.severity === 'error');
      expect(i).toMatchObject({ code: 'UNSUPPORTED_ATTRIBUTE', path: '/alert/info[1]/headline/@xsi:nil' });
      expect(i?.message).toContain('No CAP 1.2 element is nillable');
    }
  });

  it('xsi:nil on <info> too', () => {
    expect(brief(BASE.replace('<info>', `<info ${XSI} xsi:nil="false">`), 'cap')).toEqual(['error UNSUPPORTED_ATTRIBUTE /alert/info[1]/@xsi:nil']);
  });

  it('xsi:schemaLocation, xsi:noNamespaceSchemaLocation and xsi:type are accepted, another xsi: name is not', () => {
    const root = '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">';
    expect(BASE).toContain(root);
    expect(brief(BASE.replace(root, `<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2" ${XSI} xsi:schemaLocation="urn:oasis:names:tc:emergency:cap:1.2 cap.xsd">`), 'ipaws')).toEqual([]);
    expect(brief(BASE.replace('<headline>', `<headline ${XSI} xsi:noNamespaceSchemaLocation="x.xsd">`), 'cap')).toEqual([]);
    expect(brief(BASE.replace('<headline>', `<headline ${XSI} xsi:foo="x">`), 'cap')).toEqual(['error UNSUPPORTED_ATTRIBUTE /alert/info[1]/headline/@xsi:foo']);
  });
});
