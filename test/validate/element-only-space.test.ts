/**
 * Found by a black-box red team: validator verdicts that differed from XML 1.0 and the official CAP 1.2 XSD.
 * Only #x20, #x9, #xD and #xA may stand between child elements; String.prototype.trim allowed far more.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCap } from '../../src/index.js';
import { ROOT } from '../support/fixtures.js';

const BASE = readFileSync(join(ROOT, 'fixtures', 'cap', 'valid-blue-alert', 'message.xml'), 'utf8');
const errors = (xml: string) => validateCap(xml, { profile: 'cap' }).filter((i) => i.severity === 'error').map((i) => i.code);

describe('text in element-only content: only XML whitespace (#x20 #x9 #xD #xA) is ignorable', () => {
  const places: [string, string][] = [['alert', '<identifier>'], ['info', '<language>'], ['area', '<areaDesc>'], ['eventCode', '<valueName>SAME</valueName>']];
  const chars: [string, string][] = [['U+FEFF', '\uFEFF'], ['U+00A0', '\u00A0'], ['U+2028', '\u2028'], ['U+3000', '\u3000'], ['&#xA0;', '&#xA0;']];
  for (const [where, anchor] of places) {
    for (const [label, ch] of chars) {
      it(`${label} directly inside <${where}> is INVALID_CHARACTERS, as the XSD says`, () => {
        expect(errors(BASE.replace(anchor, ch + anchor))).toContain('INVALID_CHARACTERS');
      });
    }
  }
  it('control: U+200B there is already refused', () => {
    expect(errors(BASE.replace('<identifier>', '\u200B<identifier>'))).toContain('INVALID_CHARACTERS');
  });
});

describe('references are separated by XML whitespace only', () => {
  it('a no-break space between two triplets is not a separator', () => {
    const xml = BASE.replace('<msgType>Alert</msgType>', '<msgType>Update</msgType>').replace(
      '<code>IPAWSv1.0</code>',
      '<code>IPAWSv1.0</code><references>a,b,2026-03-14T08:30:00-06:00\u00A0c,d,2026-03-14T08:30:00-06:00</references>',
    );
    expect(errors(xml)).toContain('INVALID_REFERENCES');
  });
});

describe('the message keeps saying what it found', () => {
  it('names the stray character so a reader can see an invisible one', () => {
    const issue = validateCap(BASE.replace('<identifier>', '\u00A0<identifier>'), { profile: 'cap' }).find((i) => i.code === 'INVALID_CHARACTERS');
    expect(issue?.message).toContain('"\\u00A0"');
    expect(issue?.path).toBe('/alert');
  });
  it('XML white space between elements stays valid', () => {
    expect(errors(BASE.replace('<identifier>', ' \t\r\n<identifier>'))).toEqual([]);
  });
});
