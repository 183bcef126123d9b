import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capPolygonProblems,
  circleToRings,
  distanceKm,
  ringContains,
  simplifyPolygonToLimit,
  splitAtAntimeridian,
  toCapPolygon,
  type LonLat,
} from '../../src/area/geometry.js';
import { reachRadiusKm, resolveArea, toCapCircle } from '../../src/area/resolve.js';
import type { RequestArea } from '../../src/request/schema.js';

const NUM_RUNS = Number(process.env['FC_NUM_RUNS'] ?? 15);
const SEED = Number(process.env['FC_SEED'] ?? 42);
const area = (a: Partial<RequestArea>): RequestArea => a as RequestArea;
const r5 = (v: number) => Math.round(v * 1e5) / 1e5;

/** A star-shaped (so simple) ring of n vertices with radius noise, 5 decimals, closed. */
function starRing(n: number, lat: number, lon: number, noise: (i: number) => number): LonLat[] {
  const ring: LonLat[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const r = 0.4 * (0.6 + 0.4 * noise(i));
    ring.push([r5(lon + 1.3 * r * Math.cos(a)), r5(lat + r * Math.sin(a))]);
  }
  ring.push(ring[0] as LonLat);
  return ring;
}

/** Parses a CAP polygon back to [lon, lat]. */
function fromCap(polygon: string): LonLat[] {
  return polygon.split(' ').map((pair) => {
    const [lat, lon] = pair.split(',').map(Number);
    return [lon as number, lat as number] as const;
  });
}

describe('CAP polygon text', () => {
  it('writes lat,lon pairs, closed, at most 5 decimals', () => {
    const text = toCapPolygon([[-105.1, 39.6], [-104.6, 39.6], [-104.6, 39.9], [-105.123456789, 39.9], [-105.1, 39.6]]);
    expect(text).toBe('39.6,-105.1 39.6,-104.6 39.9,-104.6 39.9,-105.12346 39.6,-105.1');
    expect(capPolygonProblems(text)).toEqual([]);
  });

  it('finds broken polygons', () => {
    expect(capPolygonProblems('39.6,-105.1 39.6,-104.6 39.6,-105.1')[0]).toContain('at least 4 pairs');
    expect(capPolygonProblems('39.6,-105.1 39.6,-104.6 39.9,-104.6 39.9,-105.1').join()).toContain('not closed');
    expect(capPolygonProblems('39.6,-105.1 39.9,-104.6 39.6,-104.6 39.9,-105.1 39.6,-105.1').join()).toContain('crosses');
    expect(capPolygonProblems('39.6, -105.1 39.6,-104.6 39.9,-104.6 39.6,-105.1').length).toBeGreaterThan(0);
    expect(capPolygonProblems('39.6,-105.1234567 39.6,-104.6 39.9,-104.6 39.6,-105.1234567').join()).toContain('5 decimals');
    expect(capPolygonProblems('1,1 1,2 2,2 1,2 1,1').join()).toContain('repeated');
  });
});

describe('circles and reach', () => {
  it('writes circles lat,lon radiusKm and turns reach into a circle', () => {
    expect(toCapCircle({ lat: 39.74, lon: -104.99, radiusKm: 40 })).toBe('39.74,-104.99 40');
    expect(toCapCircle({ lat: 39.741234567, lon: -104.99, radiusKm: 12.3456789 })).toBe('39.74123,-104.99 12.34568');
    expect(reachRadiusKm({ lat: 0, lon: 0, hours: 1.5, speedKmh: 100 })).toBe(150);
    expect(reachRadiusKm({ lat: 0, lon: 0, radiusKm: 20, hours: 1, speedKmh: 100 })).toBe(20);
    const { area: a } = resolveArea(area({ reach: { lat: 39.78, lon: -104.94, hours: 1.5, speedKmh: 100 } }), { easEnabled: false });
    expect(a.circles).toEqual(['39.78,-104.94 150']);
    expect(a.polygons).toEqual([]);
  });

  it('gives circles as containing polygons when asked', () => {
    const c = { lat: 39.74, lon: -104.99, radiusKm: 40 };
    const { area: a } = resolveArea(area({ circles: [c] }), { easEnabled: false, circlesAsPolygons: true });
    expect(a.circles).toHaveLength(1);
    expect(a.polygons).toHaveLength(1);
    const ring = fromCap(a.polygons[0] as string);
    expect(capPolygonProblems(a.polygons[0] as string)).toEqual([]);
    // every point of the circle is inside the polygon
    for (let b = 0; b < 360; b += 7) {
      const lat = c.lat + ((c.radiusKm / 111.2) * Math.cos((b * Math.PI) / 180)) * 0.999;
      const lon = c.lon + ((c.radiusKm / (111.2 * Math.cos((c.lat * Math.PI) / 180))) * Math.sin((b * Math.PI) / 180)) * 0.999;
      expect(ringContains(ring, [lon, lat])).toBe(true);
    }
    for (const p of ring) expect(distanceKm(p, [c.lon, c.lat])).toBeGreaterThanOrEqual(c.radiusKm);
  });

  it('rejects a reach over 2000 km', () => {
    const { issues } = resolveArea(area({ reach: { lat: 39.78, lon: -104.94, hours: 24, speedKmh: 100 } }), { easEnabled: false });
    expect(issues[0]).toMatchObject({ code: 'circle_invalid', path: 'area.reach', severity: 'error' });
  });
});

describe('polygon simplification keeps coverage', () => {
  it('turns a 6,000-vertex polygon into at most 100 pairs that contain every original point', () => {
    let s = 7;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const ring = starRing(6000, 39.74, -104.99, (i) => 0.5 + 0.3 * rnd() + 0.2 * Math.sin(i / 40));
    const r = simplifyPolygonToLimit(ring, 100);
    expect(r.pairs).toBeLessThanOrEqual(100);
    expect(r.originalPairs).toBe(6001);
    expect(r.method).toBe('outward');
    expect(r.addedAreaKm2).toBeGreaterThan(0);
    const text = toCapPolygon(r.ring);
    expect(capPolygonProblems(text)).toEqual([]);
    const out = fromCap(text);
    const missed = ring.filter((p) => !ringContains(out, p));
    expect(missed).toEqual([]);
  });

  it('keeps coverage and stays simple on concave shapes (comb, double spiral)', () => {
    const comb: LonLat[] = [[-105, 39]];
    const teeth = 1500, w = 1 / teeth;
    for (let i = 0; i < teeth; i++) {
      comb.push([r5(-105 + i * w), 40], [r5(-105 + i * w + w / 2), 40], [r5(-105 + i * w + w / 2), 39.1], [r5(-105 + (i + 1) * w), 39.1]);
    }
    comb.push([-104, 39], [-105, 39]);
    const out: LonLat[] = [], back: LonLat[] = [];
    for (let i = 0; i < 3000; i++) {
      const t = (i / 3000) * 6 * Math.PI, r = 0.1 + 0.05 * t;
      out.push([r5(-100 + r * Math.cos(t)), r5(40 + r * Math.sin(t))]);
      back.push([r5(-100 + (r + 0.12) * Math.cos(t)), r5(40 + (r + 0.12) * Math.sin(t))]);
    }
    const spiral = [...out, ...back.reverse()];
    spiral.push(spiral[0] as LonLat);
    for (const ring of [comb, spiral]) {
      const r = simplifyPolygonToLimit(ring, 100);
      const text = toCapPolygon(r.ring);
      expect(capPolygonProblems(text)).toEqual([]);
      const poly = fromCap(text);
      expect(ring.filter((p) => !ringContains(poly, p))).toEqual([]);
    }
    // the spiral is not swallowed by its hull: outward removal adds far less than the hull would
    expect(simplifyPolygonToLimit(spiral, 100).method).toBe('outward');
  });

  it('reaches even a 4-pair limit (a triangle) and still covers everything', () => {
    const square: LonLat[] = [[-105, 39], [-104, 39], [-104, 40], [-105, 40], [-105, 39]];
    const star = starRing(300, 39.5, -104.5, (i) => (i % 3 === 0 ? 1 : 0.3));
    for (const ring of [square, star]) {
      const r = simplifyPolygonToLimit(ring, 4);
      const text = toCapPolygon(r.ring);
      expect(r.pairs).toBe(4);
      expect(capPolygonProblems(text, 4)).toEqual([]);
      const poly = fromCap(text);
      expect(ring.filter((p) => !ringContains(poly, p))).toEqual([]);
    }
  });

  it('reports the simplification with the added area in a warning', () => {
    const ring = starRing(500, 39.74, -104.99, (i) => (i % 2 === 0 ? 1 : 0.2));
    const { area: a, issues } = resolveArea(area({ geometry: { type: 'Polygon', coordinates: [ring.map((p) => [p[0], p[1]])] } }), { easEnabled: false });
    const w = issues.find((i) => i.code === 'polygon_simplified');
    expect(w).toMatchObject({ path: 'area.geometry.coordinates[0]', severity: 'warning' });
    expect(w?.message).toMatch(/501 points.*km²/);
    expect(a.polygons).toHaveLength(1);
    expect(a.polygons[0]?.split(' ').length).toBeLessThanOrEqual(100);
  });

  it('property: any star polygon becomes a valid CAP polygon covering all its points', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 1500 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 50, maxLength: 50 }),
        fc.integer({ min: 20, max: 100 }),
        fc.double({ min: -60, max: 60, noNaN: true }),
        fc.double({ min: -170, max: 170, noNaN: true }),
        (n, noise, limit, lat, lon) => {
          const ring = starRing(n, lat, lon, (i) => noise[(i * 7) % 50] as number);
          const r = simplifyPolygonToLimit(ring, limit);
          const text = toCapPolygon(r.ring);
          expect(capPolygonProblems(text, limit)).toEqual([]);
          const out = fromCap(text);
          for (const p of ring) expect(ringContains(out, p)).toBe(true);
        },
      ),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  });

  it('fills holes and covers every polygon of a MultiPolygon', () => {
    const outer: number[][] = [[-105, 39], [-104, 39], [-104, 40], [-105, 40], [-105, 39]];
    const hole: number[][] = [[-104.6, 39.4], [-104.4, 39.4], [-104.4, 39.6], [-104.6, 39.6], [-104.6, 39.4]];
    const second: number[][] = [[-103, 39], [-102.5, 39], [-102.5, 39.5], [-103, 39]];
    const { area: a, issues } = resolveArea(
      area({ geometry: { type: 'MultiPolygon', coordinates: [[outer, hole], [second]] } as RequestArea['geometry'] }),
      { easEnabled: false },
    );
    expect(a.polygons).toEqual(['39,-105 39,-104 40,-104 40,-105 39,-105', '39,-103 39,-102.5 39.5,-102.5 39,-103']);
    expect(issues.find((i) => i.code === 'polygon_simplified')?.path).toBe('area.geometry.coordinates[0]');
  });

  it('rejects a self-intersecting polygon with its path', () => {
    const bowtie = [[-105, 39], [-104, 40], [-104, 39], [-105, 40], [-105, 39]];
    const { issues } = resolveArea(area({ geometry: { type: 'Polygon', coordinates: [bowtie] } as RequestArea['geometry'] }), { easEnabled: false });
    expect(issues[0]).toMatchObject({ code: 'polygon_invalid', path: 'area.geometry.coordinates[0]', severity: 'error' });
    expect(issues[0]?.message).toContain('crosses');
  });
});

describe('antimeridian', () => {
  it('splits a polygon across 180° into two valid polygons', () => {
    const ring: LonLat[] = [[179, 51.5], [-178, 51.5], [-178, 52.5], [179, 52.5], [179, 51.5]];
    const parts = splitAtAntimeridian(ring);
    expect(parts).toHaveLength(2);
    for (const p of parts) {
      expect(capPolygonProblems(toCapPolygon(p))).toEqual([]);
      for (const q of p) expect(Math.abs(q[0])).toBeLessThanOrEqual(180);
    }
    const { area: a, issues } = resolveArea(area({ geometry: { type: 'Polygon', coordinates: [ring.map((p) => [...p])] } as RequestArea['geometry'] }), { easEnabled: false });
    expect(a.polygons).toEqual(['51.5,179 51.5,180 52.5,180 52.5,179 51.5,179', '51.5,-180 51.5,-178 52.5,-178 52.5,-180 51.5,-180']);
    expect(issues.some((i) => i.code === 'polygon_simplified' && i.message.includes('antimeridian'))).toBe(true);
  });

  it('splits a circle across 180° and keeps the CAP circle', () => {
    const rings = circleToRings({ lat: 52, lon: 179.8, radiusKm: 50 });
    expect(rings).toHaveLength(2);
    for (const r of rings) expect(capPolygonProblems(toCapPolygon(r))).toEqual([]);
    expect(toCapCircle({ lat: 52, lon: 179.8, radiusKm: 50 })).toBe('52,179.8 50');
  });
});
