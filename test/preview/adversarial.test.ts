/**
 * The preview attacked as an outsider would: any JSON value as a request, every CAP fixture (billion laughs and
 * friends) as a message, markup and scripts in every request field, places outside the US, huge and tiny areas.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as counties from '../../src/counties/index.js';
import { previewOfCap, previewRequest, renderMap, renderPreviewDocument, renderPreviewHtml } from '../../src/preview/index.js';
import { countyOutlines } from '../../src/preview/outlines.js';
import { fcParams } from '../support/arbitraries.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const outlines = countyOutlines();
const denver = JSON.parse(readFileSync(`${ROOT}fixtures/officer-killed-denver/request.json`, 'utf8')) as Record<string, unknown>;
const NOW = '2026-11-22T14:20:00-07:00';

/** Every string of a JSON value replaced by `s`. */
function fillStrings(v: unknown, s: string): unknown {
  if (typeof v === 'string') return s;
  if (Array.isArray(v)) return v.map((x) => fillStrings(x, s));
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fillStrings(x, s)]));
  return v;
}

describe('preview under attack', () => {
  it('any JSON value as a request: a preview with issues, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const d = previewRequest(v, { now: NOW });
        expect(d.source).toBe('invalid');
        expect(d.issues.length).toBeGreaterThan(0);
        expect(renderPreviewHtml(d)).toContain('id="issues"');
      }),
      fcParams,
    );
  });

  it('every CAP fixture, hostile ones included: a preview, never a throw, and broken ones show an error', () => {
    const dir = `${ROOT}fixtures/cap`;
    const names = readdirSync(dir).filter((n) => existsSync(`${dir}/${n}/message.xml`));
    expect(names.length).toBeGreaterThan(20);
    for (const n of names) {
      const expected = JSON.parse(readFileSync(`${dir}/${n}/expected.issues.json`, 'utf8')) as { options?: unknown; ipaws?: { severity: string }[] };
      const d = previewOfCap(readFileSync(`${dir}/${n}/message.xml`));
      const html = renderPreviewDocument(d, { outlines, counties });
      expect(html, n).toContain('id="issues"');
      expect(html, n).not.toMatch(/<script/i);
      // the preview checks with the IPAWS profile and default limits: the same errors or none as the fixture's
      if (expected.options === undefined) expect(d.issues.some((i) => i.severity === 'error'), n).toBe((expected.ipaws ?? []).some((i) => i.severity === 'error'));
    }
  });

  it('markup in every string of a request never becomes markup in the preview', () => {
    const attack = '<img src=x onerror=alert(1)><script>alert(2)</script>"\'&';
    // keep the fields that must be valid tokens valid, so the build gets far enough to echo text
    const req = { ...denver, incident: { ...(denver['incident'] as object), summary: attack, location: attack }, area: { ...(denver['area'] as object), description: attack } };
    for (const r of [req, fillStrings(denver, attack)]) {
      const html = renderPreviewDocument(previewRequest(r, { now: NOW }), { outlines, counties });
      expect(html).not.toMatch(/<img|<script/i);
      // as escaped text the words may appear; as an attribute of an element never
      expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    }
  });

  it('places outside the US: shapes drawn, no county marked, no NaN', () => {
    const m = renderMap({ polygons: ['48.8,2.2 48.8,2.5 48.95,2.5 48.95,2.2 48.8,2.2'], circles: ['-33.9,151.2 30'], same: [] }, { outlines, counties });
    expect(m.svg).toContain('class="shape polygon"');
    expect(m.svg).not.toContain('NaN');
    expect(m.counties).toEqual([]);
  });

  it('a huge circle (3,000 km) and a tiny one (10 m): drawn, finite, the huge one marks many counties', () => {
    const huge = renderMap({ polygons: [], circles: ['39.0,-98.0 3000'], same: ['020001'] }, { outlines, counties });
    expect(huge.svg).not.toContain('NaN');
    expect(huge.counties.filter((c) => c.mark === 'unnamed').length).toBeGreaterThan(1000);
    const tiny = renderMap({ polygons: [], circles: ['39.74,-104.99 0.01'], same: ['008031'] }, { outlines, counties });
    expect(tiny.svg).not.toContain('NaN');
    expect(tiny.counties.find((c) => c.fips === '08031')?.mark).toBe('named');
  });

  it('SAME codes in many states (31 codes): every one is drawn', () => {
    const same = outlines.counties.filter((_, i) => i % 104 === 0).slice(0, 31).map((c) => `0${c.fips}`);
    const m = renderMap({ polygons: [], circles: [], same }, { outlines, counties });
    for (const code of same) expect(m.svg).toContain(`data-fips="${code.slice(1)}"`);
    expect(m.svg).not.toContain('NaN');
  });
});
