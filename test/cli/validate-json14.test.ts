/**
 * Red team 14, finding 9: `validate --json` prints one shape for every outcome, `{ success, issues }`: a valid
 * message, a message with errors, a file that cannot be read, a folder and a usage error (exit 2).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCap } from '../../src/index.js';
import { FIXTURE, NOW, run, tempDir } from './helpers.js';

type Out = { success: boolean; issues: { code: string; severity: string; path: string; message: string }[] };

describe('validate --json: always { success, issues }', () => {
  const xml = run(['build', FIXTURE, '--now', NOW, '--id', 'J14-1']).stdout;
  const shape = (stdout: string): Out => {
    const out = JSON.parse(stdout) as Out;
    expect(Object.keys(out).sort()).toEqual(['issues', 'success']);
    expect(Array.isArray(out.issues)).toBe(true);
    return out;
  };
  it('a valid message: success true, exit 0', () => {
    const r = run(['validate', '-', '--json'], xml);
    expect(r.code).toBe(0);
    expect(shape(r.stdout).success).toBe(true);
  });
  it('warnings only: success true, the warnings listed', () => {
    const dir = tempDir();
    const f = join(dir, 'a.xml');
    writeFileSync(f, xml);
    const api = validateCap(xml, { profile: 'cap' });
    const r = run(['validate', f, '--profile', 'cap', '--json']);
    expect(r.code).toBe(0);
    expect(shape(r.stdout)).toEqual({ success: true, issues: api });
  });
  it('a message with errors: success false, the issues validateCap gives, exit 1', () => {
    const broken = xml.replace(/<code>IPAWSv1.0<\/code>\n/, '');
    const r = run(['validate', '-', '--json'], broken);
    expect(r.code).toBe(1);
    expect(shape(r.stdout)).toEqual({ success: false, issues: validateCap(broken) });
  });
  it('a missing file and a folder: the same shape, exit 1', () => {
    for (const f of ['no-such-file.xml', tempDir()]) {
      const r = run(['validate', f, '--json']);
      expect(r.code).toBe(1);
      const out = shape(r.stdout);
      expect(out.success).toBe(false);
      expect(out.issues[0]).toMatchObject({ code: 'input_unreadable', severity: 'error', path: 'message' });
    }
  });
  it('a usage error: the same shape, exit 2', () => {
    const r = run(['validate', '-', '--profile', 'IPAWS', '--json'], xml);
    expect(r.code).toBe(2);
    expect(shape(r.stdout).success).toBe(false);
  });
});

describe('validate: the verdict counts the issues a summary stands for', () => {
  it('45,000 unknown elements: "45,000 error(s) (20 listed)", and the summary issue says how many more', () => {
    const base = run(['build', FIXTURE, '--now', NOW, '--id', 'J14-2']).stdout;
    const flood = base.replace('</info>', `${'<x/>'.repeat(45_000)}</info>`);
    const r = run(['validate', '-', '--profile', 'cap'], flood);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('invalid (cap): 45,000 error(s) (20 listed)\n');
    expect(r.stdout.split('\n').filter((l) => l !== '')).toHaveLength(21);
    expect(r.stdout).toMatch(/44,980 more UNSUPPORTED_ELEMENT issues were found and not listed/u);
  });
});
