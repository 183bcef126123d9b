/**
 * Where a JSON path sits in the text the user typed, for errors shown next to their field on the offline page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPathLines, lineForPath } from '../../src/web/locate.js';
import { fcParams } from '../support/arbitraries.js';

describe('jsonPathLines / lineForPath', () => {
  const text = JSON.stringify({ event: 'x', area: { circles: [{ lat: 200, lon: 1 }, { lat: 1 }] }, suspects: [{ 'we"ird': '}{][', lastSeen: { lat: 3 } }] }, null, 2);
  const lines = jsonPathLines(text);
  const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('finds keys, array items and nested values on their own lines', () => {
    expect(lines.get('area.circles[0].lat')).toBe(lineOf('"lat": 200'));
    expect(lines.get('area.circles[1].lat')).toBe(lineOf('"lat": 1\n') || lineOf('"lat": 1'));
    expect(lines.get('suspects[0].lastSeen.lat')).toBe(lineOf('"lat": 3'));
    expect(lines.get('suspects[0].we"ird')).toBe(lineOf('we\\"ird'));
  });

  it('falls back to the nearest parent that exists; a path outside the document has no line', () => {
    expect(lineForPath(lines, 'area.circles[0].radiusKm')).toBe(lineOf('"lat": 200') - 1);
    expect(lineForPath(lines, 'options.identifier')).toBeUndefined();
    expect(lineForPath(lines, '')).toBe(1);
  });

  it('not JSON, or nested too deep: no lines, no throw', () => {
    expect(jsonPathLines('{"a": ').size).toBe(0);
    expect(jsonPathLines(`${'['.repeat(5000)}${']'.repeat(5000)}`).size).toBe(0);
  });

  it('every path of any JSON value gets a line within the text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, pretty) => {
        const t = JSON.stringify(v, null, pretty ? 2 : undefined) ?? 'null';
        const found = jsonPathLines(t);
        const total = t.split('\n').length;
        expect(found.get('')).toBe(1);
        for (const line of found.values()) expect(line).toBeGreaterThanOrEqual(1), expect(line).toBeLessThanOrEqual(total);
      }),
      fcParams,
    );
  });
});
