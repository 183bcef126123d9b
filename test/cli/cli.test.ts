/**
 * The `blue-alert` binary, run as a child process the way scripts run it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';
import { countyLookup } from '../../src/counties/index.js';
import { ROOT } from '../support/fixtures.js';

const CLI = join(ROOT, 'dist', 'cli.cjs');
const FIXTURE = join(ROOT, 'fixtures', 'officer-killed-denver', 'request.json');
const NOW = '2026-11-22T14:20:00-07:00';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('blue-alert build', () => {
  it('prints the CAP XML for a request file', () => {
    const r = run(['build', FIXTURE, '--now', NOW, '--id', 'CLI-1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">/);
    expect(r.stdout).toContain('<identifier>CLI-1</identifier>');
  });
  it('reads the request from standard input with -', () => {
    const r = run(['build', '-', '--now', NOW, '--id', 'CLI-1'], readFileSync(FIXTURE, 'utf8'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(run(['build', FIXTURE, '--now', NOW, '--id', 'CLI-1']).stdout);
  });
  it('--json prints the same object the API returns', () => {
    const r = run(['build', FIXTURE, '--now', NOW, '--id', 'CLI-1', '--json']);
    expect(r.code).toBe(0);
    // the fixture has a circle, so the CLI fills counties by default: the API call does the same
    const api = buildBlueAlert(JSON.parse(readFileSync(FIXTURE, 'utf8')), { now: NOW, identifier: 'CLI-1', counties: countyLookup });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(api)));
  });
  it('--out writes the whole file and prints nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ba-cli-'));
    const out = join(dir, 'alert.xml');
    const r = run(['build', FIXTURE, '--now', NOW, '--id', 'CLI-1', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(run(['build', FIXTURE, '--now', NOW, '--id', 'CLI-1']).stdout);
    expect(readdirSync(dir)).toEqual(['alert.xml']);
  });
  it('--out leaves an existing file untouched when the request is bad', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ba-cli-'));
    const out = join(dir, 'alert.xml');
    writeFileSync(out, 'previous');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ event: 'nope' }));
    const r = run(['build', bad, '--out', out]);
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(readdirSync(dir).sort()).toEqual(['alert.xml', 'bad.json']);
  });
  it('--out into a missing folder fails cleanly, writing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ba-cli-'));
    const r = run(['build', FIXTURE, '--now', NOW, '--out', join(dir, 'no', 'such', 'alert.xml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nothing was written');
    noStack(r.stderr);
    expect(readdirSync(dir)).toEqual([]);
  });
  it('a bad request: exit 1, issues with their paths on stderr, no stack trace', () => {
    const req = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
    const r = run(['build', '-', '--now', NOW], JSON.stringify({ ...req, area: { same: ['8031'] } }));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('area.same[0]:');
    expect(r.stderr).toContain('6 digits');
    noStack(r.stderr);
  });
  it('JSON that does not parse: exit 1, the place is named, the content never quoted', () => {
    const r = run(['build', '-'], '{"event": "officer-killed", "officer": {"name": "Zebulon Quartermaine" oops}}');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not valid JSON \(line 1, column \d+\)/);
    expect(r.stderr).not.toContain('Quartermaine');
    noStack(r.stderr);
  });
  it('a missing file: exit 1', () => {
    const r = run(['build', 'no-such-file.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no such file');
  });
  it('usage mistakes: exit 2', () => {
    expect(run(['build']).code).toBe(2);
    expect(run(['build', FIXTURE, '--bogus']).code).toBe(2);
    expect(run(['build', FIXTURE, '--now']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    expect(run([]).code).toBe(2);
  });
  it('a command name that is an Object.prototype property is an unknown command (exit 2), not an internal error', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const r = run([name]);
      expect({ name, code: r.code }).toEqual({ name, code: 2 });
      expect(r.stderr).toMatch(/^Unknown command: the argument/);
    }
  });
});

describe('help', () => {
  it.each(['build', 'validate', 'preview'])('%s --help shows usage and an example', (cmd) => {
    const r = run([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`blue-alert ${cmd}`);
    expect(r.stdout).toMatch(/^Example[^\n]*:$/m);
  });
  it('--help lists every command', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['build', 'validate', 'preview']) expect(r.stdout).toContain(`blue-alert ${c}`);
  });
});

describe('blue-alert validate', () => {
  it('exit 0 for a message we built, 1 for a broken one', () => {
    const xml = run(['build', FIXTURE, '--now', NOW, '--id', 'CLI-1']).stdout;
    expect(run(['validate', '-', '--profile', 'ipaws'], xml).code).toBe(0);
    const broken = xml.replace(/<code>IPAWSv1.0<\/code>\n/, '');
    const r = run(['validate', '-', '--profile', 'ipaws'], broken);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\t\S+\t\/alert/);
  });
  it('--json prints { success, issues }', () => {
    const xml = run(['build', FIXTURE, '--now', NOW, '--id', 'CLI-1']).stdout;
    const r = run(['validate', '-', '--json'], xml);
    const out = JSON.parse(r.stdout) as { success: boolean; issues: unknown[] };
    expect(out.success).toBe(true);
    expect(Array.isArray(out.issues)).toBe(true);
  });
  it('a bad profile is a usage error', () => {
    expect(run(['validate', FIXTURE, '--profile', 'nws']).code).toBe(2);
  });
});

describe('blue-alert preview', () => {
  it('shows both WEA texts with counts, the EAS text and SAME header, areas, activation and redactions', () => {
    const r = run(['preview', FIXTURE, '--now', NOW]);
    expect(r.code).toBe(0);
    for (const s of ['WEA 90 (en-US):', 'WEA 360 (en-US):', 'EAS text (en-US):', 'SAME header: ZCZC-CIV-BLU-', 'Area:', 'Activation', 'Redactions']) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stdout).toMatch(/of 90 characters/);
  });
  it('never shows the officer name of a killed officer', () => {
    const r = run(['preview', FIXTURE, '--now', NOW]);
    expect(r.stdout).not.toMatch(/Okafor/i);
    expect(existsSync(CLI)).toBe(true);
  });
});

describe('blue-alert update and cancel', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ba-chain-'));
  const original = join(dir, 'alert.xml');
  const update = join(dir, 'update.xml');

  it('update references the original; cancel references both', () => {
    expect(run(['build', FIXTURE, '--now', NOW, '--id', 'CHAIN-1', '--out', original]).code).toBe(0);
    const u = run(['update', original, '--request', FIXTURE, '--now', '2026-11-22T15:00:00-07:00', '--id', 'CHAIN-2', '--out', update]);
    expect(u.code).toBe(0);
    const updateXml = readFileSync(update, 'utf8');
    expect(updateXml).toContain('<msgType>Update</msgType>');
    expect(updateXml).toContain('<references>cbi.bluealert@state.co.us,CHAIN-1,2026-11-22T14:20:00-07:00</references>');
    const c = run(['cancel', original, update, '--reason', 'suspect-apprehended', '--now', '2026-11-22T15:30:00-07:00', '--id', 'CHAIN-3']);
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('<msgType>Cancel</msgType>');
    expect(c.stdout).toContain(
      '<references>cbi.bluealert@state.co.us,CHAIN-1,2026-11-22T14:20:00-07:00 cbi.bluealert@state.co.us,CHAIN-2,2026-11-22T15:00:00-07:00</references>',
    );
    expect(run(['validate', '-', '--profile', 'ipaws'], c.stdout).code).toBe(0);
  });
  it('update without --request is a usage error; a chain that is not CAP is a bad input', () => {
    expect(run(['update', original]).code).toBe(2);
    const r = run(['cancel', FIXTURE]);
    expect(r.code).toBe(1);
    noStack(r.stderr);
  });
  it.each(['update', 'cancel'])('%s --help shows usage and an example', (cmd) => {
    const r = run([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Example[^\n]*:$/m);
  });
});

describe('counties by default, --no-counties to turn them off', () => {
  const la = join(ROOT, 'fixtures', 'officer-attacked-los-angeles-es', 'request.json');
  const laNow = '2026-08-03T01:40:00-07:00';
  it('fills SAME codes from the counties the polygon touches', () => {
    const withCounties = JSON.parse(run(['build', la, '--now', laNow, '--json']).stdout) as { area: { same: string[] } };
    const without = JSON.parse(run(['build', la, '--now', laNow, '--json', '--no-counties']).stdout) as { area: { same: string[] } };
    expect(without.area.same).toEqual(['006037']);
    expect(withCounties.area.same).toEqual(['006037', '006059']);
  });
  it('writes areaDesc from county names when the area has codes but no description', () => {
    const req = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
    const input = JSON.stringify({ ...req, area: { same: ['008031', '008001'] } });
    expect(run(['build', '-', '--now', NOW], input).stdout).toContain('<areaDesc>Denver and Adams counties, CO</areaDesc>');
    expect(run(['build', '-', '--now', NOW, '--no-counties'], input).stdout).toContain('<areaDesc>2 counties in Colorado</areaDesc>');
  });
  it('build --help documents --no-counties', () => {
    expect(run(['build', '--help']).stdout).toContain('--no-counties');
  });
});

describe('signing and blue-alert verify', async () => {
  const { makeIdentity, COG_SUBJECT } = await import('../sign/pki.js');
  const dir = mkdtempSync(join(tmpdir(), 'ba-sign-'));
  const me = makeIdentity({ subject: COG_SUBJECT });
  const other = makeIdentity({ subject: COG_SUBJECT });
  writeFileSync(join(dir, 'key.pem'), me.keyPem);
  writeFileSync(join(dir, 'cert.pem'), me.certPem);
  writeFileSync(join(dir, 'other.pem'), other.certPem);
  const signed = join(dir, 'signed.xml');

  it('build --sign-key --sign-cert writes a signed message that verify accepts with the right certificate only', () => {
    const b = run(['build', FIXTURE, '--now', NOW, '--id', 'SIGNED-1', '--sign-key', join(dir, 'key.pem'), '--sign-cert', join(dir, 'cert.pem'), '--out', signed]);
    expect(b.code).toBe(0);
    const xml = readFileSync(signed, 'utf8');
    expect(xml).toMatch(/<Signature xmlns="http:\/\/www.w3.org\/2000\/09\/xmldsig#">[\s\S]*<\/Signature>\s*<\/alert>\s*$/);
    expect(run(['verify', signed, '--cert', join(dir, 'cert.pem')]).code).toBe(0);
    expect(run(['verify', signed, '--cert', join(dir, 'other.pem')]).code).toBe(1);
    expect(run(['validate', signed, '--profile', 'ipaws']).code).toBe(0);
  });
  it('verify: a changed character is caught (exit 1)', () => {
    const tampered = readFileSync(signed, 'utf8').replace('ABC1234', 'ABC1235');
    expect(tampered).not.toBe(readFileSync(signed, 'utf8'));
    const r = run(['verify', '-', '--cert', join(dir, 'cert.pem')], tampered);
    expect(r.code).toBe(1);
    noStack(r.stderr);
  });
  it('verify --cert can be given more than once: trusted when any file holds the signer (conformance 19c, C07)', () => {
    expect(run(['verify', signed, '--cert', join(dir, 'other.pem'), '--cert', join(dir, 'cert.pem')]).code).toBe(0);
    expect(run(['verify', signed, '--cert', join(dir, 'cert.pem'), '--cert', join(dir, 'other.pem')]).code).toBe(0);
    expect(run(['verify', signed, '--cert', join(dir, 'other.pem'), '--cert', join(dir, 'other.pem')]).code).toBe(1);
    const missing = run(['verify', signed, '--cert', join(dir, 'cert.pem'), '--cert', join(dir, 'nope.pem')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--cert');
    noStack(missing.stderr);
  });
  it('other value flags given twice are still a usage error', () => {
    const r = run(['verify', signed, '--max-bytes', '1000000', '--max-bytes', '2000000']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-bytes is given twice');
  });
  it('--sign-key without --sign-cert is a usage error', () => {
    expect(run(['build', FIXTURE, '--sign-key', join(dir, 'key.pem')]).code).toBe(2);
  });
  it('verify --help shows an example', () => {
    expect(run(['verify', '--help']).stdout).toMatch(/^Example[^\n]*:$/m);
  });
});

describe('stray arguments are never echoed (red team 15: a file named after the officer)', () => {
  it('an unknown command, a file given without "build", an unknown init event, an extra init argument', () => {
    for (const argv of [['Daniel-Okafor.json'], ['okafor'], ['init', 'Officer Daniel Okafor'], ['init', 'officer-killed', 'Okafor']]) {
      const r = run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr.toLowerCase()).not.toContain('okafor');
      expect(r.stderr.toLowerCase()).not.toContain('daniel');
    }
    expect(run(['Daniel-Okafor.json']).stderr).toContain('blue-alert build <file>');
  });
  it('a near miss names the command or event meant', () => {
    expect(run(['biuld']).stderr).toContain('did you mean build?');
    expect(run(['init', 'officer-kiled']).stderr).toContain('did you mean officer-killed?');
  });
});
