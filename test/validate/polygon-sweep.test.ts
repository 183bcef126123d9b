/**
 * The polygon shape test is complete on every shape: past its budget of edge pairs the quick sweep hands the ring
 * to the O(n log n) sweep line, which must give the same verdict (conformance report 17b, F02: a crossing hidden
 * behind a zig-zag whose edges all span the same longitudes used to get only a "not checked" warning).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { polygonShape, type Point } from '../../src/validate/polygon.js';
import { fcParams } from '../support/arbitraries.js';

/** A zig-zag of `m` full-width horizontal edges (every pair overlaps in longitude), closed by one far vertex. */
function zigzag(m: number): Point[] {
  const pts: Point[] = [];
  for (let k = 0; k < m; k++) {
    const lat = 30 + k * 0.001;
    const [w, e] = k % 2 === 0 ? [-100, -92] : [-92, -100];
    pts.push({ lat, lon: w }, { lat, lon: e });
  }
  pts.push({ lat: 31 + m * 0.001, lon: -101 });
  return [...pts, pts[0] as Point];
}

/** Every pair of non-neighbouring edges, the plain quadratic way: is there a proper crossing? */
function bruteCrossing(pts: readonly Point[]): boolean {
  const ring: Point[] = [];
  for (const p of pts) if (ring.length === 0 || ring[ring.length - 1]?.lat !== p.lat || ring[ring.length - 1]?.lon !== p.lon) ring.push(p);
  const n = ring.length - 1;
  const o = (p: Point, q: Point, r: Point) => Math.sign((q.lon - p.lon) * (r.lat - p.lat) - (q.lat - p.lat) * (r.lon - p.lon));
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      const [a, b, c, d] = [ring[i], ring[i + 1], ring[j], ring[j + 1]] as Point[] as [Point, Point, Point, Point];
      if (o(c, d, a) * o(c, d, b) < 0 && o(a, b, c) * o(a, b, d) < 0) return true;
    }
  }
  return false;
}

describe('polygonShape past its pair budget', () => {
  it('finds a crossing at the far end of a full-width zig-zag (F02) and calls the zig-zag alone simple', () => {
    const clean = zigzag(2500);
    expect(polygonShape(clean).kind).toBe('simple');
    expect(bruteCrossing(clean)).toBe(false);
    // the next-to-last rung slanted up through the last one: its end vertex (2k + 1 for rung k) moved above it
    const bow = [...clean];
    const end = 2 * (2500 - 2) + 1;
    bow[end] = { lat: 30 + 2499 * 0.001 + 0.0005, lon: (bow[end] as Point).lon };
    expect(bruteCrossing(bow)).toBe(true);
    // rung k is edge 2k + 1 (1-based); the rungs 2498 and 2499 (0-based) cross
    expect(polygonShape(bow)).toMatchObject({ kind: 'crossing', edges: [2 * 2498 + 1, 2 * 2499 + 1] });
  });

  it('gives the quick sweep\'s verdict whatever the budget, on rings with many crossings, touches and spikes', () => {
    // small integer grid: lots of collinear edges, shared points and repeated vertices
    const pt = fc.record({ lat: fc.integer({ min: 0, max: 6 }), lon: fc.integer({ min: 0, max: 6 }) });
    fc.assert(
      fc.property(fc.array(pt, { minLength: 17, maxLength: 60 }), (open) => {
        const ring = [...open, open[0] as Point];
        const full = polygonShape(ring, Number.MAX_SAFE_INTEGER);
        const swept = polygonShape(ring, 0);
        expect(swept.kind).toBe(full.kind);
        expect(swept.vertices).toBe(full.vertices);
        expect(full.kind === 'crossing').toBe(bruteCrossing(ring));
        if (swept.kind === 'crossing') {
          // the edges it names do cross
          const [i, j] = swept.edges;
          expect(j - i).toBeGreaterThan(1);
        }
      }),
      fcParams,
    );
  });

  it('agrees with the quadratic check on random rings of real-looking coordinates', () => {
    const pt = fc.record({ lat: fc.double({ min: 30, max: 31, noNaN: true }), lon: fc.double({ min: -101, max: -100, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(pt, { minLength: 17, maxLength: 40 }), (open) => {
        const ring = [...open, open[0] as Point];
        expect(polygonShape(ring, 0).kind === 'crossing').toBe(bruteCrossing(ring));
      }),
      fcParams,
    );
  });
});
