/**
 * The conventions scripts lean on (issue 17): --version, -o / --out -, --json failures, --quiet, --plan FILE.json,
 * cancel --request, init, and messages in CLI terms. Each runs the built binary.
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.js';
import { EXAMPLE, FIXTURE, NOW, noStack, run, tempDir } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const request = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

describe('--version', () => {
  it.each([['--version'], ['-V'], ['version']])('%s prints the package version, exit 0', (flag) => {
    const r = run([flag]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`blue-alert ${pkg.version}\n`);
  });
});

describe('-o, --out -', () => {
  it('-o is --out', () => {
    const dir = tempDir();
    const r = run(['build', FIXTURE, '--now', NOW, '--id', 'O-1', '-o', join(dir, 'a.xml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'a.xml'), 'utf8')).toBe(run(['build', FIXTURE, '--now', NOW, '--id', 'O-1']).stdout);
  });
  it('--out - is standard output, and writes no file named "-"', () => {
    const dir = tempDir();
    const r = run(['build', FIXTURE, '--now', NOW, '--id', 'O-1', '--out', '-'], undefined, { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<identifier>O-1</identifier>');
    expect(readdirSync(dir)).toEqual([]);
  });
  it('--out=FILE works too; a flag given twice is a usage error', () => {
    const dir = tempDir();
    expect(run(['build', FIXTURE, '--now', NOW, `--out=${join(dir, 'b.xml')}`]).code).toBe(0);
    const r = run(['build', FIXTURE, '--now', NOW, '-o', join(dir, 'c.xml'), '--out', join(dir, 'd.xml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('given twice');
  });
});

describe('--json failures', () => {
  it('a bad request prints { success: false, issues } on stdout, exit 1, nothing but nothing on stderr', () => {
    const r = run(['build', '-', '--now', NOW, '--json'], JSON.stringify({ ...request(), area: { same: ['8031'] } }));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { success: boolean; issues: { path: string; code: string; severity: string }[] };
    expect(out.success).toBe(false);
    expect(out.issues).toContainEqual(expect.objectContaining({ path: 'area.same[0]', code: 'invalid_same_code', severity: 'error' }));
    expect(r.stderr).toBe('');
  });
  it('an unreadable file and broken JSON are failures of the same shape', () => {
    const missing = run(['build', 'no-such.json', '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toEqual({ success: false, issues: [expect.objectContaining({ path: 'request', code: 'input_unreadable', message: 'The request file: no such file.' })] });
    const broken = run(['build', '-', '--json'], '{"event": ');
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ success: false, issues: [{ code: 'invalid_json', path: '-' }] });
  });
  it('cancel and validate with --json fail the same way on a file that is not CAP', () => {
    for (const args of [['cancel', FIXTURE, '--json'], ['update', FIXTURE, '--request', FIXTURE, '--json']]) {
      const r = run(args);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject({ success: false });
    }
  });
  it('the failure object never carries the officer name', () => {
    const r = run(['build', '-', '--json', '--now', NOW], JSON.stringify({ ...request(), durationHours: -1 }));
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/Okafor|4471/);
  });
});

describe('--quiet', () => {
  it('drops the warnings from stderr, keeps the output', () => {
    const loud = run(['build', FIXTURE, '--now', NOW, '--id', 'Q-1']);
    expect(loud.stderr).toMatch(/^warning: /m);
    const quiet = run(['build', FIXTURE, '--now', NOW, '--id', 'Q-1', '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
    expect(run(['build', FIXTURE, '--now', NOW, '-q']).stderr).toBe('');
  });
  it('never silences an error', () => {
    const r = run(['build', '-', '--quiet'], JSON.stringify({ ...request(), area: { same: ['8031'] } }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('area.same[0]');
  });
  it('validate -q prints no verdict line', () => {
    const xml = run(['build', FIXTURE, '--now', NOW]).stdout;
    const r = run(['validate', '-', '-q'], xml);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('--plan FILE.json', () => {
  it('reads a plan object from a file; a name still works; a bad file is named', async () => {
    const { nationalPlan } = await import('../../src/activation/plans.js');
    const dir = tempDir();
    const file = join(dir, 'state-plan.json');
    // the national plan without its 24-hour minimum: the fixture's 6 h alert then raises no duration warning
    writeFileSync(file, JSON.stringify({ ...nationalPlan, name: 'test-state', minDuration: undefined }));
    const byFile = run(['build', FIXTURE, '--now', NOW, '--plan', file, '--json']);
    expect(byFile.code, byFile.stdout + byFile.stderr).toBe(0);
    const fromFile = JSON.parse(byFile.stdout) as { activation: { plan: string }; warnings: { code: string }[] };
    expect(fromFile.activation.plan).toBe('test-state');
    expect(fromFile.warnings.map((w) => w.code)).not.toContain('duration_outside_plan');
    const byName = run(['build', FIXTURE, '--now', NOW, '--plan', 'national', '--json']);
    expect(byName.code).toBe(0);
    expect((JSON.parse(byName.stdout) as { warnings: { code: string }[] }).warnings.map((w) => w.code)).toContain('duration_outside_plan');
    const unknown = run(['build', FIXTURE, '--now', NOW, '--plan', 'atlantis']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^--plan: .*a JSON file holding a plan object \(a name ending in \.json\)\. Received 8 characters, not shown\. \(unknown_plan\)$/m);
    writeFileSync(join(dir, 'list.json'), '[1, 2]');
    const list = run(['build', FIXTURE, '--now', NOW, '--plan', join(dir, 'list.json')]);
    expect(list.code).toBe(1);
    expect(list.stderr).toContain('received an array');
    const missing = run(['build', FIXTURE, '--now', NOW, '--plan', join(dir, 'none.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
  });
});

describe('messages name CLI flags, not API options', () => {
  it('--now: the path is the flag and the message says what was received', () => {
    const r = run(['build', FIXTURE, '--now', '2026-11-22 14:20']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^--now: Must be an ISO 8601 date-time with a zone.*Received "2026-11-22 14:20"\. \(invalid_now\)$/m);
    expect(r.stderr).not.toContain('options.');
    // words are described, not quoted (a flag value could hold a name)
    expect(run(['build', FIXTURE, '--now', 'yesterday']).stderr).toContain('Received 9 characters that are not a date-time.');
  });
  it('--id and --override-reason', () => {
    const id = run(['build', FIXTURE, '--now', NOW, '--id', 'has space']);
    expect(id.code).toBe(1);
    expect(id.stderr).toMatch(/^--id: .*Received 9 characters, with a space at character 4\./m);
    const req = { ...request(), criteria: { requestedByPrimaryAgency: false } };
    const refused = run(['build', '-', '--now', NOW], JSON.stringify(req));
    expect(refused.code).toBe(1);
    expect(refused.stderr).not.toContain('options.');
    const override = run(['build', '-', '--now', NOW, '--override-reason', 'Chief approved by phone'], JSON.stringify(req));
    expect(override.code).toBe(0);
    expect(override.stderr).toMatch(/^warning: --override-reason: /m);
  });
  it('cancel: --reason and --time-zone', () => {
    const dir = tempDir();
    const alert = join(dir, 'alert.xml');
    expect(run(['build', FIXTURE, '--now', NOW, '--out', alert]).code).toBe(0);
    const tz = run(['cancel', alert, '--now', '2026-11-22T15:00:00-07:00', '--time-zone', 'Mars/Olympus']);
    expect(tz.code).toBe(1);
    expect(tz.stderr).toMatch(/^--time-zone: .*Received "Mars\/Olympus"/m);
    const reason = run(['cancel', alert, '--now', '2026-11-22T15:00:00-07:00', '--reason', 'x'.repeat(5000)]);
    expect(reason.code).toBe(1);
    expect(reason.stderr).toMatch(/^--reason: /m);
    expect(reason.stderr).not.toContain('xxxxxxxxxx'); // free text is never echoed
  });
});

describe('cancel --request', () => {
  it('reads the original request and cancels', () => {
    const dir = tempDir();
    const alert = join(dir, 'alert.xml');
    expect(run(['build', FIXTURE, '--now', NOW, '--id', 'CR-1', '--out', alert]).code).toBe(0);
    const r = run(['cancel', alert, '--request', FIXTURE, '--reason', 'suspect-apprehended', '--now', '2026-11-22T15:00:00-07:00', '--id', 'CR-2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('<msgType>Cancel</msgType>');
    const bad = run(['cancel', alert, '--request', join(dir, 'none.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('no such file');
  });
});

describe('blue-alert init', () => {
  it.each(['officer-killed', 'officer-injured', 'officer-attacked', 'imminent-threat', 'officer-missing'])('%s: a template with $schema that build refuses field by field', (event) => {
    const r = run(['init', event]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(t['$schema']).toMatch(/^https:\/\/.*blue-alert-request\.schema\.json$/);
    expect(t['event']).toBe(event);
    for (const k of ['issuer', 'requestingAgency', 'criteria', 'incident', 'officer', 'suspects', 'area', 'durationHours']) expect(t).toHaveProperty(k);
    const b = run(['build', '-', '--now', NOW, '--json'], r.stdout);
    expect(b.code).toBe(1);
    const paths = (JSON.parse(b.stdout) as { issues: { path: string }[] }).issues.map((i) => i.path);
    for (const p of ['issuer.name', 'issuer.sender', 'issuer.timeZone', 'requestingAgency.name', 'area.same[0]', 'durationHours']) expect(paths).toContain(p);
    expect(paths.some((p) => p.startsWith('criteria.'))).toBe(true);
  });
  it('the template, filled in, builds', () => {
    const t = JSON.parse(run(['init', 'officer-killed']).stdout) as Record<string, unknown>;
    const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
    const filled = { ...example, $schema: t['$schema'] };
    const r = run(['build', '-', '--now', NOW, '-q'], JSON.stringify(filled));
    expect(r.code, r.stderr).toBe(0);
  });
  it('an unknown or missing event is a usage error that lists the events', () => {
    const r = run(['init', 'officer-kiled']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('officer-killed, officer-injured');
    expect(run(['init']).code).toBe(2);
    noStack(r.stderr);
  });
  it('-o writes the template to a file', () => {
    const dir = tempDir();
    expect(run(['init', 'officer-missing', '-o', join(dir, 'r.json')]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).toMatchObject({ event: 'officer-missing' });
  });
});

describe('validate: one default profile for the CLI and validateCap', () => {
  it('without --profile the CLI gives what validateCap gives without a profile (ipaws)', async () => {
    const { validateCap } = await import('../../src/index.js');
    const xml = run(['build', FIXTURE, '--now', NOW]).stdout.replace(/<code>IPAWSv1.0<\/code>\n/, '');
    const api = validateCap(xml);
    expect(api.map((i) => i.code)).toContain('VERSION_CODE_REQUIRED');
    const cli = run(['validate', '-', '--json'], xml);
    expect(cli.code).toBe(1);
    expect(JSON.parse(cli.stdout)).toEqual({ success: false, issues: api });
    expect(run(['validate', '-', '--profile', 'cap'], xml).code).toBe(0);
  });
});
