/**
 * The documentation covers what the package exports and every issue code, and the generated pages are current
 * (npm run gen:docs rewrites them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiEntries, apiPage } from '../../scripts/gen-api-docs.js';
import { validationCodesPage } from '../../scripts/gen-validation-docs.js';
import { capIssueCodes } from '../../src/validate/validate.js';
import { ROOT } from '../support/fixtures.js';

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

describe('docs', () => {
  it('docs/api.md lists every exported name of every entry (npm run gen:docs when this fails)', () => {
    expect(read('docs/api.md')).toBe(apiPage());
  });

  it('every exported name has TSDoc with an @example', () => {
    const missing = apiEntries().filter((a) => !a.hasExample || a.summary === '').map((a) => `${a.entry}: ${a.name}`);
    expect(missing).toEqual([]);
  });

  it('docs/validation-codes.md is current and covers every validateCap code', () => {
    const page = read('docs/validation-codes.md');
    expect(page).toBe(validationCodesPage());
    for (const code of capIssueCodes()) expect(page).toContain(`| \`${code}\` |`);
    expect(page).not.toContain('(no fixture)');
  });

  it('docs/validation.md and docs/signing.md explain every build issue code', () => {
    const union = /export type BlueAlertIssueCode =([\s\S]*?);/.exec(read('src/errors.ts'))?.[1] ?? '';
    const codes = [...union.matchAll(/'([a-z0-9_]+)'/g)].map((m) => m[1] ?? '');
    expect(codes.length).toBeGreaterThan(40);
    const docs = read('docs/validation.md') + read('docs/signing.md');
    expect(codes.filter((c) => !docs.includes(`\`${c}\``))).toEqual([]);
  });

  it('every link between docs pages and from the README points at a file that exists', () => {
    const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    const broken: string[] = [];
    for (const page of pages) {
      const dir = page.includes('/') ? page.slice(0, page.lastIndexOf('/') + 1) : '';
      for (const m of read(page).matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        const target = m[1] ?? '';
        if (/^https?:/.test(target)) continue;
        if (!existsSync(join(ROOT, dir, target))) broken.push(`${page} -> ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the README starts with the two set-up commands', () => {
    const block = /```bash\n([\s\S]*?)```/.exec(read('README.md'))?.[1]?.trim().split('\n') ?? [];
    expect(block).toEqual(['npm ci && npm run example', 'npm test']);
  });
});
