/**
 * The source table (src/validate/sources.ts) and the docs agree: every code has a source, every rule the XSD
 * cannot express is listed in docs/validation.md with its CAP 1.2 section, secondary rules are only warnings, and
 * both docs pages give EXPIRES_NOT_AFTER_SENT the same severity.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAP_ISSUE_SOURCES } from '../../src/validate/sources.js';
import { capIssueCodes } from '../../src/validate/validate.js';
import type { CapIssueCode } from '../../src/validate/issues.js';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

describe('rule sources', () => {
  it('every code has exactly one source, and the table has no stale code', () => {
    expect(Object.keys(CAP_ISSUE_SOURCES).sort()).toEqual([...capIssueCodes()].sort());
  });

  it('docs/validation.md lists each rule the XSD cannot express with its CAP 1.2 section', () => {
    const page = read('docs/validation.md');
    for (const code of capIssueCodes().filter((c) => CAP_ISSUE_SOURCES[c].kind === 'cap')) {
      expect(page, code).toMatch(new RegExp(`\\| \`${code}\` \\| §3\\.\\d\\.\\d`));
    }
  });

  it('secondary-source codes are never errors in any fixture, except the one kept from version 1', () => {
    const secondary = new Set(capIssueCodes().filter((c) => CAP_ISSUE_SOURCES[c].kind === 'secondary'));
    const page = read('docs/validation-codes.md');
    for (const line of page.split('\n')) {
      const m = /^\| `([A-Z0-9_]+)` \| (\w+) \|/.exec(line);
      if (m === null || !secondary.has(m[1] as CapIssueCode)) continue;
      if (m[1] === 'POLYGON_TOO_MANY_VERTICES') continue; // an error since version 1; see the source text
      expect(m[2], m[1]).toBe('warning');
    }
  });

  it('both docs pages make expires at or before sent a warning', () => {
    expect(read('docs/validation-codes.md')).toMatch(/^\| `EXPIRES_NOT_AFTER_SENT` \| warning \| cap, ipaws \|/m);
    expect(read('docs/validation.md')).toMatch(/\*\*`expires` at or before `sent`\*\* \(`EXPIRES_NOT_AFTER_SENT`\): a \*\*warning under both profiles\*\*/);
  });
});
