/**
 * Cross-checks the county index against an independent oracle: turf's booleanIntersects over the us-atlas
 * features decoded by topojson-client, for generated circles and polygons.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import booleanIntersects from '@turf/boolean-intersects';
import turfBbox from '@turf/bbox';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { countiesForArea, countyAt } from '../../src/counties/index.js';
import { circleToRings } from '../../src/area/geometry.js';

const NUM_RUNS = Number(process.env['FC_NUM_RUNS'] ?? 8);
const SEED = Number(process.env['FC_SEED'] ?? 42);

const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve('us-atlas/counties-10m.json'), 'utf8')) as Topology<{ counties: GeometryCollection<{ name: string }> }>;
const features = (feature(topo, topo.objects.counties).features as Feature<Polygon | MultiPolygon, { name: string }>[]).map((f) => ({
  f,
  id: String(f.id),
  box: turfBbox(f),
}));

function oracle(ring: [number, number][]): Set<string> {
  const q: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
  const [x0, y0, x1, y1] = turfBbox(q);
  const out = new Set<string>();
  for (const { f, id, box } of features) {
    if (box[2] < x0 || box[0] > x1 || box[3] < y0 || box[1] > y1) continue;
    if (booleanIntersects(q, f)) out.add(id);
  }
  return out;
}

describe('county index agrees with turf over us-atlas', () => {
  it('circles anywhere in the lower 48 touch the same counties', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 30, max: 48, noNaN: true }),
        fc.double({ min: -120, max: -75, noNaN: true }),
        fc.double({ min: 2, max: 60, noNaN: true }),
        (lat, lon, radiusKm) => {
          const ring = (circleToRings({ lat, lon, radiusKm })[0] ?? []).map((p) => [p[0], p[1]] as [number, number]);
          const ours = new Set(countiesForArea({ geometry: { type: 'Polygon', coordinates: [ring] } }).counties.map((c) => c.fips));
          expect([...ours].sort()).toEqual([...oracle(ring)].sort());
        },
      ),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  });

  it('the county holding a point is among those a small reach around it touches', () => {
    fc.assert(
      fc.property(fc.double({ min: 25, max: 49, noNaN: true }), fc.double({ min: -124, max: -67, noNaN: true }), (lat, lon) => {
        const c = countyAt({ lat, lon });
        if (c === undefined) return;
        expect(countiesForArea({ reach: { lat, lon, radiusKm: 1 } }).same).toContain(c.same);
      }),
      { numRuns: NUM_RUNS * 10, seed: SEED },
    );
  });
});
