/**
 * Golden files: every `fixtures/<case>/request.json` is built with its pinned `options.json`, and the XML, the
 * WEA and EAS text and the rest of the result are compared with the files beside it. `npm run fixtures:update`
 * (UPDATE_FIXTURES=1) rewrites them from the code; read the diff before committing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, type BlueAlertMessage } from '../src/index.js';
import type { AlertText } from '../src/text/compose.js';
import { gsm7Length } from '../src/text/gsm.js';
import { parseIsoDateTime } from '../src/time/zone.js';
import { requestFixtures } from './support/fixtures.js';

const UPDATE = process.env['UPDATE_FIXTURES'] === '1';
const fixtures = requestFixtures();

function golden(file: string, actual: string): void {
  if (UPDATE) {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run fixtures:update and read the result.`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

function weaBlock(lang: string, t: Pick<AlertText, 'wea90' | 'wea360'>): string {
  return [
    `CMAMtext (${lang}, ${gsm7Length(t.wea90)} of 90 GSM-7 characters)`,
    t.wea90,
    '',
    `CMAMlongtext (${lang}, ${gsm7Length(t.wea360)} of 360 GSM-7 characters)`,
    t.wea360,
    '',
  ].join('\n');
}

function weaText(r: BlueAlertMessage): string {
  const dms = r.text.dms.map((phase, i) => [`DMS phase ${i + 1}:`, ...phase.map((l) => `  ${l}`)].join('\n'));
  return [weaBlock('en-US', r.text), ...(r.text.es === undefined ? [] : [weaBlock('es-US', r.text.es)]), ...dms, ''].join('\n');
}

function easText(r: BlueAlertMessage): string {
  const parts = [`SAME header: ${r.sameHeader}`, '', `EAS text (en-US, ${r.text.eas.length} of 1800 characters)`, r.text.eas, ''];
  if (r.text.es !== undefined) parts.push(`EAS text (es-US, ${r.text.es.eas.length} of 1800 characters)`, r.text.es.eas, '');
  return parts.join('\n');
}

function summary(r: BlueAlertMessage): string {
  const { identifier, sent, expires, sameHeader, area, redactions, activation, warnings } = r;
  return `${JSON.stringify({ identifier, sent, expires, sameHeader, area, redactions, activation, warnings }, null, 2)}\n`;
}

describe('request fixtures', () => {
  it('cover every event, at least four time zones and an expiry across a DST change', () => {
    const events = new Set(fixtures.map((f) => (f.request as { event: string }).event));
    expect([...events].sort()).toEqual(['imminent-threat', 'officer-attacked', 'officer-injured', 'officer-killed', 'officer-missing']);
    const zones = new Set(fixtures.map((f) => (f.request as { issuer: { timeZone: string } }).issuer.timeZone));
    expect(zones.size).toBeGreaterThanOrEqual(4);
    const crossesDst = fixtures.some((f) => {
      const r = buildBlueAlert(f.request, f.options);
      return r.sent.slice(-6) !== r.expires.slice(-6);
    });
    expect(crossesDst).toBe(true);
  });

  for (const f of fixtures) {
    describe(f.name, () => {
      const before = structuredClone(f.request);
      const result = buildBlueAlert(f.request, f.options);

      it('does not mutate the request', () => {
        expect(f.request).toEqual(before);
      });

      it('matches expected.cap.xml', () => {
        golden(join(f.dir, 'expected.cap.xml'), result.xml);
      });

      it('matches expected.wea.txt and expected.eas.txt', () => {
        golden(join(f.dir, 'expected.wea.txt'), weaText(result));
        golden(join(f.dir, 'expected.eas.txt'), easText(result));
      });

      it('matches expected.result.json', () => {
        golden(join(f.dir, 'expected.result.json'), summary(result));
      });

      it('writes every time in the issuer offset, without Z or fractions, and expires after sent', () => {
        const times = [...result.xml.matchAll(/<(sent|expires)>([^<]+)</g)].map((m) => m[2] ?? '');
        expect(times.length).toBeGreaterThanOrEqual(2);
        for (const t of times) expect(t).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d$/);
        const sent = parseIsoDateTime(result.sent);
        const expires = parseIsoDateTime(result.expires);
        expect(sent).toBeDefined();
        expect(expires!.getTime()).toBeGreaterThan(sent!.getTime());
      });
    });
  }
});
