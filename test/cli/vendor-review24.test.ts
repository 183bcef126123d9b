/**
 * Vendor review 24 (2026-12-03, black box: a vendor's engineer and a script writer): the CLI and error findings,
 * kept as tests. V4 raw tabs and invisible characters in the tab-separated report; V5 a GeoJSON Feature read
 * "received an object"; V6 two issues for an empty sender; V7 non-UTF-8 file names; V11 the group of a replaced
 * file; V12 refusals that did not say what is valid; V14 `help build`, a bad --out refused only after the build.
 * (The reviewer's own files are in test/cli/cases/rt24.)
 */
import { chmodSync, chownSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert, validateCap } from '../../src/index.js';
import { EXAMPLE, FIXTURE, NOW, noStack, run, tempDir } from './helpers.js';

const CASES = new URL('./cases/rt24/', import.meta.url);
const file = (name: string): string => new URL(name, CASES).pathname;
const json = (name: string): unknown => JSON.parse(readFileSync(file(name), 'utf8'));

describe('V4: the tab-separated report has four fields a line, whatever the message quotes', () => {
  it.each(['V-cmam-tab-raw.xml', 'V-cmam-invisible-raw.xml', 'V-fffe-raw.xml'])('%s', (name) => {
    const r = run(['validate', file(name)]);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.split('\t')).toHaveLength(4);
      expect(line).not.toMatch(/[\u0085\u00a0\u200b\u2028\u2029\ufffe]/u);
    }
  });

  it('the GSM 7-bit warning names invisible characters by escape, as the docs say', () => {
    const issues = validateCap(readFileSync(file('V-cmam-invisible-raw.xml'), 'utf8'), { profile: 'ipaws' });
    const gsm = issues.find((i) => i.code === 'CMAM_NOT_GSM7');
    expect(gsm?.message).toContain('"\\u200B", "\\u00A0", "\\u2028", "\\u0085"');
  });

  it('a noncharacter is named by its code point', () => {
    const issues = validateCap(readFileSync(file('V-fffe-raw.xml'), 'utf8'));
    expect(issues[0]?.message).toContain('the noncharacter U+FFFE');
  });
});

describe('V5: a GeoJSON Feature or a misspelled geometry type', () => {
  const message = (name: string): string => {
    const out = safeBuildBlueAlert(json(name), { now: NOW });
    expect(out.success).toBe(false);
    return out.success ? '' : out.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
  };
  it('a Feature says to pass its geometry', () => {
    expect(message('V-geojson-feature.request.json')).toContain('Its "type" is "Feature": pass the Feature\'s geometry (feature.geometry).');
  });
  it('"Polygonn" says which type was meant', () => {
    expect(message('V-geojson-type-typo.request.json')).toContain('Its "type" is "Polygonn" (did you mean "Polygon"?)');
  });
  it('a Point says to give a circle', () => {
    const r = json('V-geojson-feature.request.json') as { area: Record<string, unknown> };
    r.area['geometry'] = { type: 'Point', coordinates: [-104.99, 39.74] };
    const out = safeBuildBlueAlert(r, { now: NOW });
    expect(out.success ? '' : out.issues.map((i) => i.message).join('\n')).toContain('give a circle instead (area.circles');
  });
});

describe('V6: an empty sender is one issue', () => {
  it('"Must not be empty", and nothing about spaces or commas', () => {
    const out = safeBuildBlueAlert(json('V-dup-sender-issue.request.json'), { now: NOW });
    const sender = out.success ? [] : out.issues.filter((i) => i.path === 'issuer.sender');
    expect(sender.map((i) => i.message)).toEqual(['Must not be empty; received an empty string.']);
  });
});

describe('V12: refusals say what is valid', () => {
  it('an unknown field lists the fields that may stand there', () => {
    const r = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { area: Record<string, unknown> };
    r.area['polygons'] = [];
    const out = safeBuildBlueAlert(r, { now: NOW });
    const msg = out.success ? '' : (out.issues.find((i) => i.path === 'area.polygons')?.message ?? '');
    expect(msg).toMatch(/^Unknown field "polygons"; the fields here are description, es, same, fips, geometry, circles/u);
  });
  it('a UTF-32 request file is named as such', () => {
    const dir = tempDir();
    const p = join(dir, 'r.json');
    writeFileSync(p, Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('{}', 'utf16le')]));
    const r = run(['build', p, '--now', NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is UTF-32 (its byte-order mark says so), which is not read here. Save it as UTF-8.');
  });
  it('a CAP file in UTF-16 without a byte-order mark gets the hint', () => {
    const xml = Buffer.from('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"/>', 'utf16le');
    expect(validateCap(xml)[0]?.message).toContain('UTF-16 without a byte-order mark');
  });
  it('a request given to validate is recognised as JSON', () => {
    const r = run(['validate', FIXTURE]);
    expect(r.stdout).toContain('This looks like JSON (a Blue Alert request?)');
  });
});

describe('V7: a file name that is not UTF-8', () => {
  it('input: refused with what to do, not "no such file"', () => {
    const r = run(['build', `/tmp/Pe\uFFFDasco.json`, '--now', NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the file name is not valid UTF-8');
    noStack(r.stderr);
  });
  it('--out: refused before anything is written, not written under another name', () => {
    const dir = tempDir();
    const r = run(['build', EXAMPLE, '--now', NOW, '-q', '--out', join(dir, 'out\uFFFD.xml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The --out file: the file name is not valid UTF-8');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('V14: help for a command; a bad --out before the work', () => {
  it('`help build` is build\'s help', () => {
    const r = run(['help', 'build']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('Usage: blue-alert build')).toBe(true);
  });
  it('--out a device is refused before the request is read', () => {
    // (a request that does not exist: the --out check comes first)
    const r = run(['build', '/nonexistent/request.json', '--now', NOW, '--out', '/dev/null']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The --out file is a device');
  });
});

describe('V11: the replaced file keeps its group', () => {
  it('mode and group stay', () => {
    if (typeof process.getuid !== 'function' || process.getuid() !== 0) return; // only root may give a file another group here
    const dir = tempDir();
    const p = join(dir, 'g.xml');
    writeFileSync(p, 'old');
    chmodSync(p, 0o640);
    chownSync(p, 0, 65534);
    const r = run(['build', EXAMPLE, '--now', NOW, '-q', '--out', p]);
    expect(r.code).toBe(0);
    const st = statSync(p);
    expect(st.mode & 0o777).toBe(0o640);
    expect(st.gid).toBe(65534);
    expect(existsSync(p)).toBe(true);
  });
});

describe('V2: a plan file with a misspelt key is refused, as a request is', () => {
  it('"contents" for "content": the path, the nearest key and the keys that may stand there', () => {
    const r = run(['build', FIXTURE, '--now', NOW, '-q', '--plan', file('V-plan-typo-contents.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Unknown field "contents" (did you mean "content"?); the fields here are name, title');
    expect(r.stdout).toBe('');
  });
  it('inside a criterion too', () => {
    const plan = json('V-plan-typo-contents.json') as { contents?: unknown; criteria: Record<string, unknown>[] };
    delete plan.contents;
    (plan.criteria[0] as Record<string, unknown>)['chek'] = 'x';
    const out = safeBuildBlueAlert(JSON.parse(readFileSync(FIXTURE, 'utf8')), { now: NOW, plan: plan as never });
    const issues = out.success ? [] : out.issues.filter((i) => i.code === 'invalid_plan');
    expect(issues.map((i) => i.path)).toEqual(['options.plan.criteria[0].chek']);
    expect(issues[0]?.message).toContain('(did you mean "check"?)');
  });
});
