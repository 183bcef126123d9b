/**
 * `fixtures/cap/<case>/message.xml` against `expected.issues.json` (code, severity and path of every issue, in
 * order, for both profiles), plus coverage: every CapIssueCode appears in at least one fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCapBytes } from '../../src/cap/decode.js';
import { capIssueCodes, validateCap, type ValidateOptions } from '../../src/validate/validate.js';
import type { CapIssue, CapIssueCode } from '../../src/validate/issues.js';

const DIR = new URL('../../fixtures/cap/', import.meta.url).pathname;

interface Expected {
  readonly description: string;
  readonly options?: Omit<ValidateOptions, 'profile'>;
  readonly cap: readonly { code: CapIssueCode; severity: string; path: string }[];
  readonly ipaws: readonly { code: CapIssueCode; severity: string; path: string }[];
}

const cases = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({
    name: d.name,
    // the raw bytes, as the CLI passes them: validateCap decodes them as declared
    bytes: new Uint8Array(readFileSync(join(DIR, d.name, 'message.xml'))),
    expected: JSON.parse(readFileSync(join(DIR, d.name, 'expected.issues.json'), 'utf8')) as Expected,
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

describe('fixtures/cap', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  for (const c of cases) {
    describe(c.name, () => {
      for (const profile of ['cap', 'ipaws'] as const) {
        it(`gives the expected issues under the ${profile} profile`, () => {
          const issues = validateCap(c.bytes, { ...c.expected.options, profile });
          expect(issues.map(({ code, severity, path }) => ({ code, severity, path }))).toEqual(c.expected[profile]);
          for (const i of issues) {
            expect(i.message.length).toBeGreaterThan(20);
            expect(i.message).not.toMatch(/\n\s+at /); // never a stack trace
          }
        });
      }

      it('gives the same issues for the document as text', () => {
        // a string is already text: decode the bytes as declared, then the verdict must not change
        const decoded = decodeCapBytes(c.bytes);
        if (!decoded.ok) return; // undecodable bytes have no text form
        for (const profile of ['cap', 'ipaws'] as const) {
          const brief = (list: readonly CapIssue[]) => list.map(({ code, severity, path }) => ({ code, severity, path }));
          expect(brief(validateCap(decoded.text, { ...c.expected.options, profile }))).toEqual(brief(validateCap(c.bytes, { ...c.expected.options, profile })));
        }
      });

      it('names its own kind in the case name (valid-* cases have no issue under ipaws)', () => {
        if (c.name.startsWith('valid-')) expect(c.expected.ipaws).toEqual([]);
        else expect(c.expected.ipaws.length + c.expected.cap.length).toBeGreaterThan(0);
      });
    });
  }

  it('covers every issue code at least once', () => {
    const seen = new Set<CapIssueCode>();
    for (const c of cases) for (const i of [...c.expected.cap, ...c.expected.ipaws]) seen.add(i.code);
    const missing = capIssueCodes().filter((code) => !seen.has(code));
    expect(missing).toEqual([]);
  });

  it('the ipaws profile reports everything the cap profile does', () => {
    for (const c of cases) {
      const cap = c.expected.cap.filter((i) => !c.expected.ipaws.some((j) => j.path === i.path && j.code === i.code));
      expect(cap, c.name).toEqual([]);
    }
  });
});
