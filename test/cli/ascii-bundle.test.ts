/**
 * scripts/ascii-cli.mjs makes the CLI bundles ASCII only (a one-byte source string: faster to decode and compile in
 * a cold start). Every rewrite must mean the same program.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../scripts/ascii-cli.mjs';
import { ROOT } from '../support/fixtures.js';

const ascii = asciiOnly;

describe('the ASCII-only CLI bundles', () => {
  it('are ASCII after the build', () => {
    for (const f of ['cli.cjs', 'cli-main.cjs', 'cli-counties.cjs']) {
      expect(/[^\x00-\x7f]/.test(readFileSync(join(ROOT, 'dist', f), 'utf8')), f).toBe(false);
    }
  });

  it('rewrite strings, templates, regular expressions, identifiers and comments to the same meaning', () => {
    const programs = [
      '"’“”«» º° – № é ß"',
      "'\\’ and \\\\’'",
      '`café ${1 + 1} “x”`',
      '[/[’“”«»‘]+/u.exec("a“”b")?.[0], /[’“]/.test("’"), /\\’/.test("’"), /n[º°]/.test("n°")]',
      '[/😀+/u.test("😀😀"), /^.$/u.test("😀"), /[😀]/u.test("😀"), /^[^😀]$/u.test("😁"), /é/i.test("É")]',
      '[/[\\p{L}’-]+/u.exec("Ñandú’s")?.[0], /[#:.\\-–\\s]+/u.exec("#–: ")?.[0]]',
      '(() => { const café = 1; /* Օ Ꭺ µs */ return café + 1; })()',
      '"\\\\" + "é"',
    ];
    for (const p of programs) {
      const rewritten = ascii(p);
      expect(/[^\x00-\x7f]/.test(rewritten), p).toBe(false);
      expect(JSON.stringify(runInNewContext(rewritten)), p).toBe(JSON.stringify(runInNewContext(p)));
    }
  });

  it('leaves ASCII text as it is', () => {
    const text = readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'utf8');
    expect(ascii(text)).toBe(text);
  });
});
