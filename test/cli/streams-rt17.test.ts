/**
 * Conformance report 17, F09 and F10 (the CLI): size-cap messages name what a CLI user can do (the caps are fixed
 * in the CLI), and one stream rule that --help, docs/cli.md and the code share: validate's report (the issues) on
 * stdout, its verdict on stderr; a usage error on stderr only, or with --json one JSON object on stdout only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.js';
import { run, tempDir } from './helpers.js';

const RT17 = join(ROOT, 'test', 'validate', 'rt17');
const ACK = join(RT17, 'F13-ack-without-info.xml');
const BASE = join(RT17, 'base-valid.xml');

describe('F10: which stream gets what', () => {
  it('validate: the issues on stdout, the verdict line on stderr, exit 1', () => {
    const r = run(['validate', ACK]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^error\tINFO_IS_REQUIRED\t\/alert\t/m);
    expect(r.stderr).toBe('invalid (ipaws): 1 error(s)\n');
    expect(r.stderr).not.toContain('INFO_IS_REQUIRED');
  });

  it('a usage error: the message and the usage on stderr, nothing on stdout, exit 2', () => {
    const r = run(['validate', '--profile', 'IPAWS', BASE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--profile must be "cap" or "ipaws"');
    expect(r.stderr).toContain('Usage: blue-alert validate');
  });

  it.each([[['validate', '--json', '--profile', 'IPAWS', BASE]], [['validate', BASE, '--json', '--nope']], [['bulid', '--json']]])(
    'a usage error with --json (%j): one JSON object on stdout, nothing on stderr, exit 2',
    (args) => {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('');
      const out = JSON.parse(r.stdout) as { success: boolean; issues: { code: string }[] };
      expect(out.success).toBe(false);
      expect(out.issues[0]?.code).toBe('usage');
    },
  );

  it('--help and docs/cli.md state the same rule', () => {
    const help = run(['--help']).stdout;
    expect(help).not.toContain('issues with their paths on stderr');
    expect(help).toContain("validate and verify print the message's issues on stdout");
    expect(help).toContain('a usage error goes to stderr');
    expect(help).toContain('one JSON object on stdout only');
    expect(run(['validate', '--help']).stdout).toContain('on\nstandard output, the verdict line on standard error');
    const doc = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
    expect(doc).toContain('| `validate`, `verify` (exit 0 or 1) | the report');
    expect(doc).toContain('| usage error (exit 2) | nothing | the message and the usage |');
    expect(doc).toContain('| any outcome with `--json` | one JSON object | nothing');
  });
});

describe('F09: size caps in CLI terms', () => {
  it('validate of 1.1 MB: the limit is named with the CLI flag that raises it (19c C11), no "raise the maxBytes option"', () => {
    const r = run(['validate', '-'], ' '.repeat(1_100_000));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('TOO_LARGE');
    expect(r.stdout).toContain('1048576');
    expect(r.stdout).toContain('give --max-bytes N (at most 10485760');
    expect(r.stdout).not.toContain('raise the maxBytes option');
  });

  it('validate --json: the same wording in the object', () => {
    const r = run(['validate', '-', '--json'], ' '.repeat(1_100_000));
    const out = JSON.parse(r.stdout) as { issues: { message: string }[] };
    expect(out.issues[0]?.message).toContain('give --max-bytes N');
  });

  it('verify of 500 KB: no "option maxBytes" or LIMITS.signedMessageBytes, the --max-bytes flag named (19c C11)', () => {
    const dir = tempDir();
    const f = join(dir, 'big.xml');
    writeFileSync(f, `<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">${' '.repeat(500_000)}</alert>`);
    const r = run(['verify', f]);
    expect(r.code).toBe(1);
    const all = r.stdout + r.stderr;
    expect(all).toContain('458752');
    expect(all).toContain('give --max-bytes N');
    expect(all).not.toContain('LIMITS.signedMessageBytes');
    expect(all).not.toContain('(option maxBytes)');
  });

  it('validate of too many elements: the element cap is fixed in the CLI', () => {
    const base = readFileSync(BASE, 'utf8');
    const r = run(['validate', '-', '--profile', 'cap'], base.replace('</alert>', `${'<x/>'.repeat(60_000)}</alert>`));
    expect(r.stdout).toContain('TOO_LARGE');
    expect(r.stdout).toContain("a cap fixed in the CLI: no flag changes it; the library's maxElements option does");
  });
});
