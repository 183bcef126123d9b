/**
 * Chromium for the browser tests: Debian's `chromium` (installed by .ci/run) driven by puppeteer-core. When it is
 * missing the tests FAIL with the reason: they never skip.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUTPUT = `${ROOT}test/.output/`;
export const PAGE_URL = `file://${ROOT}dist/web/index.html`;

/**
 * Starts headless Chromium; throws (failing the test) with a clear reason when it is not installed.
 *
 * @example
 * const browser = await launchChromium();
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH. The browser tests do not skip.`);
  }
  mkdirSync(OUTPUT, { recursive: true });
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--headless', '--disable-gpu'] });
}

/**
 * What a page did that the tests watch: console errors, page errors and every request made.
 *
 * @example
 * const log = watch(page); await page.goto(PAGE_URL); log.requests;
 */
export interface PageLog {
  readonly errors: string[];
  readonly requests: string[];
}

/**
 * Records console errors, uncaught errors and requests of a page.
 *
 * @example
 * const log = watch(await browser.newPage());
 */
export function watch(page: Page): PageLog {
  const log: PageLog = { errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  return log;
}

/**
 * Sets a field's value as a paste would and fires its `input` event.
 *
 * @example
 * await setField(page, '#request-json', JSON.stringify(request));
 */
export async function setField(page: Page, selector: string, value: string | boolean): Promise<void> {
  await page.$eval(
    selector,
    (e, v) => {
      const field = e as unknown as { value: string; checked: boolean; dispatchEvent(ev: unknown): void };
      if (typeof v === 'boolean') field.checked = v;
      else field.value = v;
      const EventClass = (globalThis as unknown as { Event: new (type: string, init: { bubbles: boolean }) => unknown }).Event;
      field.dispatchEvent(new EventClass('input', { bubbles: true }));
    },
    value,
  );
}
