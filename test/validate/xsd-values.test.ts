/**
 * Typed values at their edges (whitespace, dates, numbers): validateCap's cap-profile verdict equals the official
 * CAP 1.2 XSD's (read from ../shared/reference at test time; skipped with a note when absent), except where CAP
 * 1.2 says more than the schema (a space inside <web>).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateCap } from '../../src/validate/validate.js';
import { validateWithXsd, type XsdBatchResult } from '../support/xsd.js';

const base = readFileSync(new URL('../../fixtures/cap/valid-blue-alert/message.xml', import.meta.url), 'utf8');
const S = '<sent>2026-03-14T09:30:00-06:00</sent>';
const sent = (v: string) => base.replace(S, `<sent>${v}</sent>`);
const cases: Readonly<Record<string, string>> = {
  'hour 24:00:00': sent('2026-03-14T24:00:00-06:00'),
  'offset +14:00': sent('2026-03-14T09:30:00+14:00'),
  'offset +14:01': sent('2026-03-14T09:30:00+14:01'),
  'offset -00:00': sent('2026-03-14T09:30:00-00:00'),
  'Feb 29 in 2023': sent('2023-02-29T09:30:00-06:00'),
  'Feb 29 in 2024': sent('2024-02-29T09:30:00-06:00'),
  'second 60': sent('2026-03-14T09:30:60-06:00'),
  'year 0000': sent('0000-03-14T09:30:00-06:00'),
  'year 0001': sent('0001-03-14T09:30:00-06:00'),
  'year 9999': sent('9999-12-31T23:59:59-06:00'),
  'sent in tabs and newlines': sent('\t2026-03-14T09:30:00-06:00\n'),
  'sent after a no-break space': sent('\u00a02026-03-14T09:30:00-06:00'),
  'language in spaces': base.replace('<language>en-US</language>', '<language>  en-US </language>'),
  'language with a no-break space': base.replace('<language>en-US</language>', '<language>en-US\u00a0</language>'),
  'language with an inner space': base.replace('<language>en-US</language>', '<language>en -US</language>'),
  'size in whitespace': base.replace('<size>48213</size>', '<size>\n48213\t</size>'),
  'size with a plus sign': base.replace('<size>48213</size>', '<size>+48213</size>'),
  'size 1.0': base.replace('<size>48213</size>', '<size>1.0</size>'),
  'altitude .5, ceiling 1.': base.replace('</geocode>\n    </area>', '</geocode>\n      <altitude>.5</altitude>\n      <ceiling>1.</ceiling>\n    </area>'),
  'altitude 1e3': base.replace('</geocode>\n    </area>', '</geocode>\n      <altitude>1e3</altitude>\n    </area>'),
  'status with a tab': base.replace('<status>Actual</status>', '<status>Actual\t</status>'),
  'urgency in spaces': base.replace('<urgency>Immediate</urgency>', '<urgency> Immediate </urgency>'),
  'web in newlines': base.replace('<web>https://csp.state.co.example/blue-alert</web>', '<web>\n https://csp.state.co.example/blue-alert\n</web>'),
  // report 19c C01: xs:anyURI escapes inner white space (XLink) but refuses a broken %-escape or a second '#'
  'web with an inner space': base.replace('<web>https://csp.state.co.example/blue-alert</web>', '<web>https://csp.state.co.example/blue alert</web>'),
  'web with a tab in the fragment': base.replace('<web>https://csp.state.co.example/blue-alert</web>', '<web>https://csp.state.co.example/blue-alert#a\tb</web>'),
  'web with %zz': base.replace('<web>https://csp.state.co.example/blue-alert</web>', '<web>https://csp.state.co.example/a%zz</web>'),
  'web with %2 at the end': base.replace('<web>https://csp.state.co.example/blue-alert</web>', '<web>https://csp.state.co.example/a%2</web>'),
  'web with a trailing %': base.replace('<web>https://csp.state.co.example/blue-alert</web>', '<web>https://csp.state.co.example/a%</web>'),
  'web with %2G': base.replace('<web>https://csp.state.co.example/blue-alert</web>', '<web>https://csp.state.co.example/a%2G</web>'),
  'web with %aF': base.replace('<web>https://csp.state.co.example/blue-alert</web>', '<web>https://csp.state.co.example/a%aF</web>'),
  'web with two #': base.replace('<web>https://csp.state.co.example/blue-alert</web>', '<web>https://csp.state.co.example/a#b#c</web>'),
  'web with a lone #': base.replace('<web>https://csp.state.co.example/blue-alert</web>', '<web>https://csp.state.co.example/#</web>'),
  'web with a broken escape in the fragment': base.replace('<web>https://csp.state.co.example/blue-alert</web>', '<web>https://csp.state.co.example/a?q=1#f%zz</web>'),
};

let official: XsdBatchResult;
beforeAll(async () => {
  official = await validateWithXsd(Object.entries(cases).map(([name, xml]) => ({ name, xml })), 'official');
});

describe('typed values at their edges', () => {
  it('get the official XSD verdict under the cap profile', () => {
    if (official.skipped) return console.log(`skipping: ${official.reason}`);
    for (const [name, xml] of Object.entries(cases)) {
      const xsd = official.results.find((r) => r.name === name);
      const ours = validateCap(xml, { profile: 'cap' }).filter((i) => i.severity === 'error').map((i) => i.code);
      expect(ours.length === 0, `${name}: xsd ${xsd?.errors.join('; ') ?? ''}, ours ${ours.join(', ')}`).toBe(xsd?.valid);
    }
    // both verdicts occur
    expect(official.results.filter((r) => r.valid).length).toBeGreaterThan(5);
    expect(official.results.filter((r) => !r.valid).length).toBeGreaterThan(5);
  });
});
