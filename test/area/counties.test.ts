import type { BlueAlertRequestInput } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import { countiesForArea, countyAt, countyByFips, countyLookup } from '../../src/counties/index.js';
import { resolveArea } from '../../src/area/resolve.js';
import { capPolygonProblems } from '../../src/area/geometry.js';
import { buildBlueAlert } from '../../src/index.js';
import type { RequestArea } from '../../src/request/schema.js';
import { readFileSync } from 'node:fs';

const area = (a: Partial<RequestArea>): RequestArea => a as RequestArea;

describe('county lookup (us-atlas)', () => {
  it('finds the county of points in known places', () => {
    const places: [number, number, string, string][] = [
      [39.74, -104.99, '008031', 'Denver'],
      [34.05, -118.24, '006037', 'Los Angeles'],
      [41.88, -87.63, '017031', 'Cook'],
      [29.95, -90.07, '022071', 'Orleans'],
      [18.4, -66.06, '072127', 'San Juan'],
      [21.3, -157.85, '015003', 'Honolulu'],
      [13.45, 144.78, '066010', 'Guam'],
      [38.9, -77.03, '011001', 'District of Columbia'],
      [52.9, 173.2, '002016', 'Aleutians West'],
    ];
    for (const [lat, lon, same, name] of places) expect(countyAt({ lat, lon })).toMatchObject({ same, name });
    expect(countyAt({ lat: 30, lon: -140 })).toBeUndefined();
    expect(countyByFips('08031')?.name).toBe('Denver');
  });

  it('a circle across the Colorado-Wyoming line returns both states', () => {
    const r = countiesForArea({ circles: [{ lat: 41.0, lon: -104.8, radiusKm: 30 }] });
    expect(new Set(r.states)).toEqual(new Set(['08', '56']));
    expect(r.same).toContain('056021'); // Laramie, WY
    expect(r.same).toContain('008123'); // Weld, CO
    expect(r.counties[0]?.name).toBe('Laramie'); // the centre's county first
  });

  it('a small reach stays in one county; a polygon finds every county it touches', () => {
    expect(countiesForArea({ reach: { lat: 39.74, lon: -104.99, radiusKm: 2 } }).same).toEqual(['008031']);
    const poly = countiesForArea({
      geometry: { type: 'Polygon', coordinates: [[[-105.1, 39.6], [-104.6, 39.6], [-104.6, 39.9], [-105.1, 39.9], [-105.1, 39.6]]] },
    });
    for (const s of ['008031', '008001', '008005', '008059']) expect(poly.same).toContain(s);
    expect(poly.states).toEqual(['08']);
  });

  it('handles a polygon across the antimeridian (Aleutians)', () => {
    const r = countiesForArea({
      geometry: { type: 'Polygon', coordinates: [[[178, 51.3], [-178, 51.3], [-178, 52.2], [178, 52.2], [178, 51.3]]] },
    });
    expect(r.same).toEqual(['002016']);
  });

  it('the build fills SAME codes and areaDesc from geometry and warns about the other state', () => {
    const request = JSON.parse(readFileSync('fixtures/officer-killed-denver/request.json', 'utf8')) as BlueAlertRequestInput;
    request.area = { reach: { lat: 41.0, lon: -104.8, radiusKm: 30 } };
    const msg = buildBlueAlert(request, { now: '2026-11-22T14:20:00-07:00', identifier: 'T-1', counties: countyLookup });
    expect(msg.area.same).toContain('056021');
    expect(msg.area.states).toEqual(expect.arrayContaining(['08', '56']));
    expect(msg.area.areaDesc).toMatch(/Laramie County, WY/);
    expect(msg.area.areaDesc).toMatch(/counties, CO/);
    expect(msg.area.circles).toEqual(['41,-104.8 30']);
    const w = msg.warnings.find((x) => x.code === 'area_crosses_state');
    expect(w?.message).toContain('Colorado');
    expect(msg.xml).toContain('<value>056021</value>');
  });

  it('resolveArea with the lookup: derived codes after the listed ones, polygons valid', () => {
    const { area: a, issues } = resolveArea(area({ same: ['008031'], circles: [{ lat: 39.74, lon: -104.99, radiusKm: 40 }] }), {
      easEnabled: true,
      counties: countyLookup,
      circlesAsPolygons: true,
    });
    expect(a.same[0]).toBe('008031');
    expect(a.same.filter((s) => s === '008031')).toHaveLength(1);
    expect(a.same.length).toBeGreaterThan(5);
    expect(a.areaDesc.startsWith('Denver, ')).toBe(true);
    for (const p of a.polygons) expect(capPolygonProblems(p)).toEqual([]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('more than 31 derived counties is an error with EAS on', () => {
    const { issues } = resolveArea(area({ reach: { lat: 32.5, lon: -83.5, radiusKm: 150 } }), { easEnabled: true, counties: countyLookup });
    expect(issues.find((i) => i.code === 'too_many_same_codes')).toMatchObject({ path: 'area.reach', severity: 'error' });
  });
});

describe('core bundle', () => {
  it('does not contain county geometry or the counties entry', () => {
    const r = buildSync({
      entryPoints: ['src/index.ts'],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'neutral',
      external: ['zod', 'xmlbuilder2'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(r.metafile.inputs);
    expect(inputs.some((i) => i.includes('us-atlas'))).toBe(false);
    expect(inputs.some((i) => i.includes('src/counties/'))).toBe(false);
    expect(inputs).toContain('src/area/data/county-codes.ts');
  });
});

describe('countiesForArea input typing', () => {
  it('accepts plain GeoJSON typed as number[][][]', () => {
    const coordinates: number[][][] = [[[-105.0, 39.7], [-104.95, 39.7], [-104.95, 39.75], [-105.0, 39.7]]];
    expect(countiesForArea({ geometry: { type: 'Polygon', coordinates } }).same).toEqual(['008031']);
  });
});
