import type { BlueAlertRequestInput } from '../../src/index.js';
/**
 * The offline page (dist/web/index.html) in headless Chromium, from file://: it loads with no console error and no
 * network request, shows the same texts as the API for every fixture, keeps the officer's name out of #preview,
 * draws the counties the message names, puts errors in #issues and next to the field, validates a pasted CAP
 * message, and downloads exactly the XML `buildBlueAlert` writes.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBlueAlert, type BlueAlertMessage } from '../../src/index.js';
import { countyLookup } from '../../src/counties/index.js';
import { launchChromium, OUTPUT, PAGE_URL, ROOT, setField, watch, type PageLog } from './browser.js';

interface Fixture {
  readonly name: string;
  readonly request: Record<string, unknown>;
  readonly options: { now: string; identifier: string; counties?: boolean };
}

const fixtures: Fixture[] = readdirSync(`${ROOT}fixtures`)
  .filter((d) => existsSync(`${ROOT}fixtures/${d}/request.json`))
  .map((name) => ({
    name,
    request: JSON.parse(readFileSync(`${ROOT}fixtures/${name}/request.json`, 'utf8')) as Record<string, unknown>,
    options: JSON.parse(readFileSync(`${ROOT}fixtures/${name}/options.json`, 'utf8')) as Fixture['options'],
  }));

function apiBuild(f: Fixture): BlueAlertMessage {
  const { counties, ...rest } = f.options;
  return buildBlueAlert(f.request as unknown as BlueAlertRequestInput, { ...rest, ...(counties === true ? { counties: countyLookup } : {}) });
}

let browser: Browser;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  log = watch(page);
  await page.goto(PAGE_URL, { waitUntil: 'load' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Pastes a fixture with its send time and identifier, and waits until its map is drawn with county outlines. */
async function showFixture(f: Fixture): Promise<void> {
  await setField(page, '#now', f.options.now);
  await setField(page, '#identifier', f.options.identifier);
  await setField(page, '#use-counties', f.options.counties === true);
  await setField(page, '#request-json', JSON.stringify(f.request, null, 2));
  await page.waitForSelector('#map svg path.county', { timeout: 20_000 });
}

const text = (selector: string) => page.$eval(selector, (e) => (e as unknown as { textContent: string }).textContent);

describe('offline page from file://', () => {
  it('loads with no console error, and every request it makes is one of its own two files', async () => {
    expect(log.errors).toEqual([]);
    await showFixture(fixtures.find((f) => f.name === 'officer-killed-denver')!);
    expect(log.errors).toEqual([]);
    const foreign = log.requests.filter((u) => !/^file:\/\/.*\/dist\/web\/(index\.html|counties\.js)$/.test(u));
    expect(foreign).toEqual([]);
    expect(log.requests.some((u) => u.endsWith('counties.js'))).toBe(true);
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (e) => (e as unknown as { content: string }).content);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
  });

  it('has the element ids of the contract, #map holding one <svg>', async () => {
    for (const id of ['request-json', 'preview', 'wea90', 'wea360', 'eas', 'map', 'issues']) expect(await page.$(`#${id}`), id).not.toBeNull();
    expect(await page.$$eval('#map svg', (l) => l.length)).toBe(1);
    expect(await page.$eval('#request-json', (e) => (e as unknown as { tagName: string }).tagName)).toBe('TEXTAREA');
  });

  for (const f of fixtures) {
    it(`${f.name}: same WEA and EAS texts as the API, no officer name in #preview, the counties the message names`, async () => {
      const m = apiBuild(f);
      await showFixture(f);
      expect(log.errors).toEqual([]);
      const languages: [string, { wea90: string; wea360: string; eas: string }][] = [['en-US', m.text], ...(m.text.es === undefined ? [] : [['es-US', m.text.es] as [string, typeof m.text]])];
      for (const [lang, t] of languages) {
        expect(await text(`#wea90 .wea-text[lang="${lang}"]`)).toBe(t.wea90);
        expect(await text(`#wea360 .wea-text[lang="${lang}"]`)).toBe(t.wea360);
        expect(await text(`#eas .crawl[lang="${lang}"]`)).toBe(t.eas);
      }
      expect(await text('#eas .same-header')).toBe(m.sameHeader);

      // privacy: the officer's name appears nowhere in the preview unless the built message itself releases it
      const officer = (f.request['officer'] as { name?: string } | undefined)?.name;
      const preview = await page.$eval('#preview', (e) => (e as unknown as { innerHTML: string }).innerHTML);
      if (officer !== undefined && !m.xml.includes(officer)) {
        // whole words: "Young" must go, "Youngstown" (a place in the alert) may stay
        for (const part of officer.split(/\s+/).filter((p) => p.length > 2)) expect(preview).not.toMatch(new RegExp(`\\b${part}\\b`, 'i'));
      }

      // the map: every county a SAME code names is drawn and marked (statewide codes are not county codes)
      const named = await page.$$eval('#map svg path.county.named, #map svg path.county.missed', (l) => l.map((e) => (e as unknown as { getAttribute(n: string): string }).getAttribute('data-fips')));
      const expected = m.area.same.filter((c) => !c.endsWith('000')).map((c) => c.slice(1));
      expect(new Set(named)).toEqual(new Set(expected));
      await page.screenshot({ path: `${OUTPUT}page-${f.name}.png`, fullPage: true });
    }, 40_000);
  }

  it('a latitude out of range (200) shows the error in #issues and next to its line in the request', async () => {
    const f = fixtures.find((x) => x.name === 'officer-killed-denver')!;
    const bad = structuredClone(f.request) as { area: { circles: { lat: number }[] } };
    bad.area.circles[0]!.lat = 200;
    await setField(page, '#request-json', JSON.stringify(bad, null, 2));
    const issues = await text('#issues');
    expect(issues).toMatch(/area\.circles\[0\]\.lat/);
    expect(await page.$$eval('#issues li.error', (l) => l.length)).toBeGreaterThan(0);
    const note = await page.$eval('#field-issues li.error', (e) => (e as unknown as { getAttribute(n: string): string | null }).getAttribute('data-line'));
    const lines = JSON.stringify(bad, null, 2).split('\n');
    expect(lines[Number(note) - 1]).toMatch(/"lat": 200/);
    expect(await page.$eval('#download-xml', (e) => (e as unknown as { disabled: boolean }).disabled)).toBe(true);
    await page.screenshot({ path: `${OUTPUT}page-error.png`, fullPage: true });
  });

  it('text that is not JSON says so with the line, and the page keeps working', async () => {
    await setField(page, '#request-json', '{\n  "event": "officer-killed",\n  "area": {\n}');
    expect(await text('#issues')).toMatch(/not valid JSON \(line \d+, column \d+\)/);
    expect(log.errors).toEqual([]);
  });

  // the area-sanity check refuses swapped positions even where both numbers stay in range
  it('swapped coordinates (lat and lon exchanged) show an error in #issues', async () => {
    // New York: swapped, both numbers stay in range (lat -73.9, lon 40.7: off Antarctica), so only a sanity check
    // can catch it. (Denver swapped gives lat -104.9, out of range, which is an error already.)
    const f = fixtures.find((x) => x.name === 'officer-killed-denver')!;
    const bad = structuredClone(f.request) as { area: { circles: { lat: number; lon: number }[] } };
    bad.area.circles[0] = { ...bad.area.circles[0]!, lat: -73.99, lon: 40.75 };
    await setField(page, '#request-json', JSON.stringify(bad, null, 2));
    expect(await page.$$eval('#issues li.error', (l) => l.length)).toBeGreaterThan(0);
  });

  it('attack: markup in the request never becomes an element, loads nothing, logs no error', async () => {
    const f = fixtures.find((x) => x.name === 'officer-killed-denver')!;
    const attack = '<img src="http://attacker.invalid/x.png" onerror="document.title=1"><script>document.title=2</script>';
    const bad = { ...structuredClone(f.request), incident: { ...(f.request['incident'] as object), summary: attack, location: attack }, area: { description: attack, same: ['008031'] }, durationHours: attack };
    const before = log.requests.length;
    await setField(page, '#request-json', JSON.stringify(bad, null, 2));
    expect(await page.$$eval('#preview img, #preview script, #field-issues img, #field-issues script', (l) => l.length)).toBe(0);
    expect(await page.title()).not.toMatch(/^[12]$/);
    expect(log.requests.slice(before)).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it('attack: not a request at all (array, null, a number, 1 MB of text): errors in words, the page keeps working', async () => {
    for (const v of ['[]', 'null', '42', '"x"', JSON.stringify({ event: 'x'.repeat(1_000_000) })]) {
      await setField(page, '#request-json', v);
      expect(await page.$$eval('#issues li.error', (l) => l.length), v.slice(0, 20)).toBeGreaterThan(0);
    }
    expect(log.errors).toEqual([]);
  });

  it('downloads exactly the XML buildBlueAlert writes', async () => {
    const f = fixtures.find((x) => x.name === 'officer-attacked-los-angeles-es')!;
    await showFixture(f);
    const dir = mkdtempSync(join(tmpdir(), 'bac-download-'));
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    await page.click('#download-xml');
    const file = join(dir, `${f.options.identifier}.xml`);
    for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
    expect(readFileSync(file, 'utf8')).toBe(apiBuild(f).xml);
  });

  it('a pasted CAP message is validated and its area drawn; a broken one is reported', async () => {
    const f = fixtures.find((x) => x.name === 'officer-killed-denver')!;
    await setField(page, '#cap-xml', readFileSync(`${ROOT}fixtures/${f.name}/expected.cap.xml`, 'utf8'));
    await page.waitForSelector('#map svg path.county.named');
    expect(await page.$$eval('#issues li.error', (l) => l.length)).toBe(0);
    expect(await text('#wea90')).toContain(apiBuild(f).text.wea90);
    await page.screenshot({ path: `${OUTPUT}page-cap.png`, fullPage: true });
    await setField(page, '#cap-xml', '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>x</identifier>');
    expect(await page.$$eval('#issues li.error', (l) => l.length)).toBeGreaterThan(0);
    expect(log.errors).toEqual([]);
  });

  it('screenshot for the docs (UPDATE_SCREENSHOTS=1 writes docs/preview-page.png)', async () => {
    await page.setViewport({ width: 1280, height: 900 });
    await page.reload({ waitUntil: 'load' });
    await page.click('#load-example');
    await setField(page, '#now', '2026-11-22T14:20:00-07:00');
    await setField(page, '#identifier', 'CBI-BA-2026-001');
    await page.waitForSelector('#map svg path.county.named');
    const shot = `${OUTPUT}page-example.png`;
    await page.screenshot({ path: shot, fullPage: true });
    if (process.env['UPDATE_SCREENSHOTS'] === '1') copyFileSync(shot, `${ROOT}docs/preview-page.png`);
    expect(existsSync(`${ROOT}docs/preview-page.png`)).toBe(true);
    writeFileSync(`${OUTPUT}page-log.json`, JSON.stringify(log, null, 2));
  });
});
