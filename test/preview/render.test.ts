import type { BlueAlertRequestInput } from '../../src/index.js';
/**
 * The HTML renderer: plain-word sections, every text escaped (any string, in any field), a self-contained document.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildBlueAlert } from '../../src/index.js';
import { previewOfIssues, previewOfMessage, previewRequest, renderPreviewDocument, renderPreviewHtml, escapeHtml, type PreviewData } from '../../src/preview/index.js';
import { fcParams } from '../support/arbitraries.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const denver = JSON.parse(readFileSync(`${ROOT}fixtures/officer-killed-denver/request.json`, 'utf8')) as Record<string, unknown>;
const NOW = '2026-11-22T14:20:00-07:00';

/** A preview with `s` in every text field a request, a message or a CAP document can fill. */
function dataWith(s: string): PreviewData {
  const t = { text: s, count: s.length, limit: 90 };
  return {
    source: 'message',
    ready: false,
    summary: { identifier: s, status: s, msgType: s, scope: s, sender: s, sent: s, expires: s, headline: s },
    phones: [{ language: s, wea90: t, wea360: t }],
    broadcast: { eas: [{ language: s, ...t }], sameHeader: s },
    area: { description: s, same: [s], polygons: [s], circles: [s], lastSeen: [] },
    checklist: { plan: s, qualifies: false, criteria: [{ status: s, text: s }] },
    redactions: [{ path: s, reason: s }],
    issues: [
      { severity: 'error', code: s, path: s, message: s },
      { severity: 'warning', code: s, path: s, message: s },
    ],
    xml: s,
  };
}

const tagCount = (html: string) => (html.match(/[<>]/g) ?? []).length;

describe('renderPreviewHtml', () => {
  // (an empty string leaves rows out, so the property uses non-empty text)
  it('escapes every field: markup in any field never adds an element or attribute', () => {
    const plain = tagCount(renderPreviewHtml(dataWith('x')));
    fc.assert(
      fc.property(fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='x", ']]></pre><b>', '&lt;already&gt;')), (s) => {
        const html = renderPreviewHtml(dataWith(s));
        expect(tagCount(html)).toBe(plain);
        expect(html).not.toContain('<script');
        expect(html).not.toMatch(/<img/i);
      }),
      fcParams,
    );
  });

  it('escapeHtml escapes the five characters that matter and nothing else', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('José 😀 ñ')).toBe('José 😀 ñ');
  });

  it('speaks plainly: the four headings an official looks for, counts against limits, the XML collapsed', () => {
    const m = buildBlueAlert(denver as unknown as BlueAlertRequestInput, { now: NOW, identifier: 'CBI-BA-2026-001' });
    const html = renderPreviewHtml(previewOfMessage(m, { request: denver }));
    for (const h of ['What phones will show', 'What TV and radio will show', 'Where the alert goes', 'Checks before sending']) expect(html).toContain(`<h2>${h}</h2>`);
    expect(html).toContain(`${m.text.wea90.length} of 90 characters`);
    expect(html).toMatch(/<details class="cap-xml"><summary>[^<]+<\/summary><pre class="xml">/);
    expect(html).toContain(escapeHtml(m.xml));
  });

  it('marks a text over its limit in words', () => {
    const d = dataWith('x');
    const over = { ...d, phones: [{ language: 'en-US', wea90: { text: 'y'.repeat(95), count: 95, limit: 90 } }] };
    expect(renderPreviewHtml(over)).toContain('95 of 90 characters (5 too many)');
  });

  it('redactions list the fields and reasons, never the values', () => {
    const m = buildBlueAlert(denver as unknown as BlueAlertRequestInput, { now: NOW, identifier: 'CBI-BA-2026-001' });
    const html = renderPreviewHtml(previewOfMessage(m, { request: denver }));
    expect(m.redactions.length).toBeGreaterThan(0);
    for (const r of m.redactions) expect(html).toContain(escapeHtml(r.path));
    for (const value of ['Daniel', 'Okafor', '4471', 'fatal gunshot wound']) expect(html).not.toContain(value);
  });

  it('a request that does not build shows its errors in words with their paths, and no phones', () => {
    const bad = { ...denver, durationHours: -3 };
    const d = previewRequest(bad, { now: NOW });
    expect(d.ready).toBe(false);
    const html = renderPreviewHtml(d);
    expect(html).toContain('cannot be sent');
    expect(html).toContain('data-path="durationHours"');
    expect(html).toContain('Nothing yet: fix the errors below first.');
  });

  it('a request that fails still shows where it asked to go: its circle, reach, polygon and codes', async () => {
    const { countyOutlines } = await import('../../src/preview/outlines.js');
    const counties = await import('../../src/counties/index.js');
    const square = [[-105.02, 39.7], [-104.95, 39.7], [-104.95, 39.77], [-105.02, 39.77], [-105.02, 39.7]];
    const bad = { ...denver, durationHours: -1, area: { same: ['008101'], geometry: { type: 'Polygon', coordinates: [square] }, circles: [{ lat: 39, lon: -98, radiusKm: 50 }], reach: { lat: 39.78, lon: -104.94, hours: 1, speedKmh: 60 } } };
    const d = previewRequest(bad, { now: NOW });
    expect(d.source).toBe('invalid');
    expect(d.area.same).toEqual(['008101']);
    expect(d.area.polygons).toEqual(['39.7,-105.02 39.7,-104.95 39.77,-104.95 39.77,-105.02 39.7,-105.02']);
    expect(d.area.circles).toEqual(['39,-98 50', '39.78,-104.94 60']);
    const html = renderPreviewHtml(d, { outlines: countyOutlines(), counties });
    expect(html).toContain('class="shape polygon"');
    expect(html).toContain('class="shape reach"');
    expect(html).toMatch(/class="county missed" data-fips="08101"/);
    expect(html).toMatch(/class="county unnamed" data-fips="08031"/);
  });

  it('an invalid request keeps the officer out of the issues too', () => {
    const bad = { ...denver, area: { ...(denver['area'] as object), circles: [{ lat: 200, lon: -104.9, radiusKm: 10 }] } };
    const html = renderPreviewHtml(previewRequest(bad, { now: NOW }));
    expect(html).toContain('area.circles[0].lat');
    expect(html).not.toMatch(/Okafor|Daniel/);
  });
});

describe('renderPreviewDocument', () => {
  it('is one self-contained page: inline CSS, no script, no reference to anywhere, a CSP that forbids loading', () => {
    const html = renderPreviewDocument(previewRequest(denver, { now: NOW, identifier: 'CBI-BA-2026-001' }));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\s(src|href|action|srcset)=/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    // the only URLs are the request's own link, shown as text
    const urls = html.match(/https?:\/\/[^\s<"&]*/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(['https://cbi.colorado.gov/blue-alert']));
  });

  it('an empty preview (no message) still renders every contract id', () => {
    const html = renderPreviewDocument(previewOfIssues([]));
    for (const id of ['preview', 'wea90', 'wea360', 'eas', 'map', 'issues']) expect(html).toContain(`id="${id}"`);
  });
});
