import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiEntries, firstSentence } from '../../scripts/gen-api-docs.js';

const root = new URL('../../', import.meta.url).pathname;

describe('docs/api.md: signatures and whole descriptions', () => {
  const entries = apiEntries();
  const page = readFileSync(`${root}docs/api.md`, 'utf8');

  it('shows every function with its signature and the whole description, uncut', () => {
    const functions = entries.filter((e) => e.kind === 'function');
    expect(functions.length).toBeGreaterThan(30);
    for (const f of functions) {
      expect(f.signature, f.name).toMatch(new RegExp(`^function ${f.name}\\(`));
      expect(page, f.name).toContain(f.signature);
      expect(page, f.name).toContain(f.description.split('\n')[0]);
      // the last line of the description is there too: nothing is cut
      expect(page, f.name).toContain(f.description.split('\n').at(-1));
    }
    expect(page).toContain('function buildBlueAlert(request: BlueAlertRequestInput, options?: BuildOptions): BlueAlertMessage');
    expect(page).toContain('function parseBlueAlertRequest(input: unknown): RequestParseResult');
  });

  it('the table\'s first sentences are whole sentences (no "…" cut, no stop inside "e.g.")', () => {
    for (const e of entries) {
      expect(e.summary.endsWith(' …'), e.name).toBe(false);
      expect(e.summary, e.name).not.toMatch(/\be\.g\.$/);
    }
    expect(firstSentence('Sends it, e.g. to IPAWS. Then stops.')).toBe('Sends it, e.g. to IPAWS.');
    expect(firstSentence('Uses CAP 1.2 (§3.3.2). More.')).toBe('Uses CAP 1.2 (§3.3.2).');
    expect(firstSentence('Reads `a.b`. More.')).toBe('Reads `a.b`.');
    expect(firstSentence('No full stop at all')).toBe('No full stop at all');
  });
});
