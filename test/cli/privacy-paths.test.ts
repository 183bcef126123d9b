/**
 * Red team 11: files and flags named after the officer. The CLI names a file it reads or writes by its role ("The
 * request file", "The --out file", "Earlier message 2"), never by its path, and an unknown flag only when it is a
 * near miss of a known one: a broken request cannot be scrubbed (its officer is unknown), so no path is echoed at
 * all, on stderr or in the --json failure object.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, NOW, noStack, run, tempDir } from './helpers.js';

const IDENTITY = /okafor|daniel|4471/i;
const both = (r: { stdout: string; stderr: string }) => `${r.stdout}\n${r.stderr}`;

describe('paths and flags that hold the officer\'s name never reach the output (red team 11)', () => {
  it('a broken request file named after the officer: the error says where the JSON breaks, not the file name', () => {
    const dir = tempDir();
    const file = join(dir, 'Daniel-Okafor-4471.json');
    writeFileSync(file, readFileSync(FIXTURE, 'utf8').replace(/\n}\s*$/, ',\n}\n'));
    const r = run(['build', file, '--now', NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^The request file: not valid JSON \(line \d+, column \d+\): JSON does not allow a comma before \} or \]: remove it\.\n$/);
    const json = run(['build', file, '--now', NOW, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ success: false, issues: [{ code: 'invalid_json', path: 'request' }] });
    for (const x of [r, json]) expect(both(x)).not.toMatch(IDENTITY);
  });

  it('a missing file, a folder, an output folder and a plan file named after the officer', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'Okafor'));
    copyFileSync(FIXTURE, join(dir, 'request.json'));
    const cases = [
      ['build', join(dir, 'Okafor-4471.json'), '--now', NOW],
      ['build', join(dir, 'Okafor'), '--now', NOW],
      ['build', join(dir, 'request.json'), '--now', NOW, '-o', join(dir, 'no-such', 'Okafor.xml')],
      ['build', join(dir, 'request.json'), '--now', NOW, '-o', join(dir, 'Okafor')],
      ['build', join(dir, 'request.json'), '--now', NOW, '--plan', join(dir, 'okafor-plan.json')],
      ['validate', join(dir, 'Daniel-Okafor.xml')],
      ['cancel', join(dir, 'Daniel-Okafor.xml'), '--now', NOW],
      ['preview', join(dir, 'request.json'), '--now', NOW, '--html', join(dir, 'Okafor')],
    ];
    for (const args of cases) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(both(r), args.join(' ')).not.toMatch(IDENTITY);
      expect(r.stderr, args.join(' ')).toMatch(/^The (?:request|CAP|--out|--html|--plan) file|^Earlier message 1/);
      noStack(r.stderr);
    }
  });

  it('an unknown flag: a near miss is named with the flag meant; anything else is counted, not quoted', () => {
    const typo = run(['build', FIXTURE, '--nwo', NOW]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Unknown option "--nwo"; did you mean --now?');
    const named = run(['build', FIXTURE, '--Okafor-4471']);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('Unknown option: argument 2 after the command (13 characters, not shown). The options are: --now,');
    expect(both(named)).not.toMatch(IDENTITY);
    const stray = run(['build', FIXTURE, 'Daniel-Okafor.json']);
    expect(stray.code).toBe(2);
    expect(both(stray)).not.toMatch(IDENTITY);
  });

  it('--plan holding a name or the badge is counted, not quoted (red team 12); a near miss of a plan is quoted', () => {
    for (const plan of ['okafor', 'daniel', '4471']) {
      const r = run(['build', FIXTURE, '--now', NOW, '--plan', plan]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Received ${plan.length} characters, not shown.`);
      const json = run(['build', FIXTURE, '--now', NOW, '--plan', plan, '--json']);
      expect(both(json)).not.toMatch(IDENTITY);
      expect(both(r)).not.toMatch(IDENTITY);
    }
    expect(run(['build', FIXTURE, '--now', NOW, '--plan', 'colorada']).stderr).toContain('Received "colorada".');
  });
});
