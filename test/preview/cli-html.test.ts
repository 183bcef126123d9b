import type { BlueAlertRequestInput } from '../../src/index.js';
/**
 * `blue-alert preview --html FILE` and `--json` from a shell: for every fixture a self-contained page that passes the
 * privacy check; errors written into the page and reported with exit 1; a file that cannot be written leaves
 * nothing behind and no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';
import { countyLookup } from '../../src/counties/index.js';
import type { PreviewData } from '../../src/preview/index.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'dist', 'cli.cjs');
const dir = mkdtempSync(join(tmpdir(), 'bac-preview-'));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const fixtures = readdirSync(`${ROOT}fixtures`).filter((d) => existsSync(`${ROOT}fixtures/${d}/request.json`));

/** The privacy check: no word of the officer's name, unless the built message itself releases it. */
function officerWords(request: { officer?: { name?: string } }, xml: string): string[] {
  const name = request.officer?.name;
  if (name === undefined || xml.includes(name)) return [];
  return name.split(/\s+/).filter((w) => w.length > 2);
}

describe('blue-alert preview --html', () => {
  for (const name of fixtures) {
    it(`${name}: one self-contained page, no external reference, officer name absent`, () => {
      const reqFile = `${ROOT}fixtures/${name}/request.json`;
      const options = JSON.parse(readFileSync(`${ROOT}fixtures/${name}/options.json`, 'utf8')) as { now: string; identifier: string; counties?: boolean };
      const out = join(dir, `${name}.html`);
      const r = run(['preview', reqFile, '--now', options.now, '--id', options.identifier, ...(options.counties === true ? [] : ['--no-counties']), '--html', out]);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('Preview written to the --html file\n');
      const html = readFileSync(out, 'utf8');
      expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|@import|url\(/i);
      expect(html).not.toMatch(/\s(src|href|action|srcset|xlink:href)=/i);
      const request = JSON.parse(readFileSync(reqFile, 'utf8')) as { officer?: { name?: string }; issuer?: { web?: string } };
      // links the request itself gives may appear, as text; nothing else
      const urls = new Set(html.match(/https?:\/\/[^\s<"&]*/g) ?? []);
      for (const u of urls) expect(JSON.stringify(request)).toContain(u);
      const { counties, ...rest } = options;
      const m = buildBlueAlert(request as BlueAlertRequestInput, { ...rest, ...(counties === true ? { counties: countyLookup } : {}) });
      for (const w of officerWords(request, m.xml)) expect(html).not.toMatch(new RegExp(`\\b${w}\\b`, 'i'));
      expect(html).toContain('<div id="map"><svg');
      expect(html).toContain('class="county named"');
    });
  }

  it('--json prints the preview as data, with the texts the API builds', () => {
    const reqFile = `${ROOT}fixtures/officer-killed-denver/request.json`;
    const r = run(['preview', reqFile, '--now', '2026-11-22T14:20:00-07:00', '--id', 'CBI-BA-2026-001', '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as PreviewData;
    const m = buildBlueAlert(JSON.parse(readFileSync(reqFile, 'utf8')), { now: '2026-11-22T14:20:00-07:00', identifier: 'CBI-BA-2026-001', counties: countyLookup });
    expect(data.phones[0]?.wea90?.text).toBe(m.text.wea90);
    expect(data.broadcast.sameHeader).toBe(m.sameHeader);
    expect(data.xml).toBe(m.xml);
    expect(data.area.lastSeen).toEqual([{ lat: 39.78, lon: -104.94 }]);
  });

  it('a request with errors: the page is written with the errors in words, exit 1, errors on stderr', () => {
    const bad = JSON.parse(readFileSync(`${ROOT}fixtures/officer-killed-denver/request.json`, 'utf8')) as { area: { circles: { lat: number }[] } };
    bad.area.circles[0]!.lat = 200;
    const out = join(dir, 'bad.html');
    const r = run(['preview', '-', '--now', '2026-11-22T14:20:00-07:00', '--html', out], JSON.stringify(bad));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('area.circles[0].lat');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('cannot be sent');
    expect(html).toContain('data-path="area.circles[0].lat"');
    expect(html).not.toMatch(/\bOkafor\b|\bDaniel\b/);
  });

  it('a file that cannot be written: a clear error, exit non-zero, nothing left behind, the old file untouched', () => {
    const reqFile = `${ROOT}fixtures/officer-killed-denver/request.json`;
    const missing = join(dir, 'no-such-dir', 'p.html');
    const r = run(['preview', reqFile, '--now', '2026-11-22T14:20:00-07:00', '--html', missing]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^The --html file is in a folder that does not exist; create the folder first/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(missing)).toBe(false);
    const keep = join(dir, 'keep.html');
    writeFileSync(keep, 'old');
    const invalid = run(['preview', reqFile, '--now', 'not a time', '--html', keep]);
    expect(invalid.code).toBe(1);
    // the preview with the error replaced the file whole (never half)
    expect(readFileSync(keep, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('the text preview without --html is unchanged', () => {
    const r = run(['preview', `${ROOT}fixtures/officer-killed-denver/request.json`, '--now', '2026-11-22T14:20:00-07:00']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('BLUE ALERT PREVIEW');
    expect(r.stdout).not.toContain('<');
  });
});
