/**
 * The sweep-line self-intersection test agrees with the obvious all-pairs test on small rings full of
 * degenerate cases (shared coordinates, collinear edges, vertices on edges), and stays fast on crowded rings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSelfIntersection, ringContains, ringDefects, simplifyPolygonToLimit, type LonLat } from '../../src/area/geometry.js';
import { cross, type Pt } from '../../src/area/geometry/rings.js';

const NUM_RUNS = Number(process.env['FC_NUM_RUNS'] ?? 200);
const SEED = Number(process.env['FC_SEED'] ?? 42);

const within = (a: Pt, b: Pt, p: Pt) =>
  Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);

/** All pairs: is there a proper crossing, and is there any shared point, between non-neighbouring edges? */
function bruteForce(input: readonly Pt[]): { proper: boolean; any: boolean } {
  // consecutive repeats are skipped, as the library does
  const ring = input.filter((p, i) => i === 0 || p[0] !== (input[i - 1] as Pt)[0] || p[1] !== (input[i - 1] as Pt)[1]);
  while (ring.length > 1 && (ring[0] as Pt)[0] === (ring[ring.length - 1] as Pt)[0] && (ring[0] as Pt)[1] === (ring[ring.length - 1] as Pt)[1]) ring.pop();
  const n = ring.length;
  if (n < 4) return { proper: false, any: false };
  let proper = false, any = false;
  const edges: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = ring[i] as Pt, b = ring[(i + 1) % n] as Pt;
    if (a[0] !== b[0] || a[1] !== b[1]) edges.push(i);
  }
  for (const i of edges) {
    for (const j of edges) {
      if (j <= i || j === (i + 1) % n || i === (j + 1) % n) continue;
      const a = ring[i] as Pt, b = ring[(i + 1) % n] as Pt, c = ring[j] as Pt, d = ring[(j + 1) % n] as Pt;
      const d1 = Math.sign(cross(c, d, a)), d2 = Math.sign(cross(c, d, b)), d3 = Math.sign(cross(a, b, c)), d4 = Math.sign(cross(a, b, d));
      if (d1 * d2 < 0 && d3 * d4 < 0) proper = any = true;
      else if ((d1 === 0 && within(c, d, a)) || (d2 === 0 && within(c, d, b)) || (d3 === 0 && within(a, b, c)) || (d4 === 0 && within(a, b, d))) any = true;
    }
  }
  return { proper, any };
}

/** Rings on a tiny grid, so shared coordinates, collinear edges and vertices on edges are common. */
const smallRing = (size: number) =>
  fc.array(fc.tuple(fc.integer({ min: 0, max: size }), fc.integer({ min: 0, max: size })), { minLength: 4, maxLength: 14 }).map((ps) => ps.map((p) => [p[0], p[1]] as Pt));

describe('self-intersection by sweep line', () => {
  it('finds a proper crossing exactly when one exists (a touch never hides one)', () => {
    for (const size of [3, 6, 40]) {
      fc.assert(
        fc.property(smallRing(size), (ring) => {
          const d = ringDefects(ring);
          expect(d.crossing !== undefined).toBe(bruteForce(ring).proper);
        }),
        { numRuns: NUM_RUNS, seed: SEED + size },
      );
    }
  });

  it('finds any shared point between non-neighbouring edges (what the build refuses) exactly when one exists', () => {
    for (const size of [3, 6, 40]) {
      fc.assert(
        fc.property(smallRing(size), (ring) => {
          const d = ringDefects(ring);
          const brute = bruteForce(ring);
          // a touch it reports is real; a shared point is never missed, though a spike or repeat may stand for it
          if (d.crossing !== undefined || d.touch !== undefined) expect(brute.any).toBe(true);
          if (brute.any) expect(d.crossing ?? d.touch ?? d.repeated ?? d.spike).toBeDefined();
          if (d.repeated === undefined && d.spike === undefined) expect(d.crossing !== undefined || d.touch !== undefined).toBe(brute.any);
          expect(findSelfIntersection(ring) !== undefined).toBe(brute.any || d.repeated !== undefined || d.spike !== undefined);
        }),
        { numRuns: NUM_RUNS, seed: SEED + 100 + size },
      );
    }
  });

  it('reports the kinds separately: a crossing, a touch, a spike, a repeated vertex', () => {
    expect(ringDefects([[0, 0], [10, 10], [10, 0], [0, 10]]).crossing).toEqual({ at: [5, 5], edges: [0, 2] });
    // a notch whose tip (5,0) lies on the bottom edge: a touch, not a crossing
    const touch = ringDefects([[0, 0], [10, 0], [10, 10], [6, 10], [5, 0], [4, 10], [0, 10]]);
    expect(touch.crossing).toBeUndefined();
    expect(touch.touch?.at).toEqual([5, 0]);
    // the notch's tip is also a vertex of the bottom edge: a repeated vertex
    const repeated = ringDefects([[0, 0], [5, 0], [10, 0], [10, 10], [6, 10], [5, 0], [4, 10], [0, 10]]);
    expect(repeated.repeated).toEqual({ at: [5, 0], vertices: [1, 5] });
    expect(repeated.crossing).toBeUndefined();
    expect(ringDefects([[0, 0], [10, 0], [10, 10], [10, 5], [0, 10]]).spike?.at).toEqual([10, 10]);
    expect(ringDefects([[0, 0], [10, 0], [10, 10], [0, 10]])).toEqual({});
  });

  // crowded rings: a grid puts every zig-zag edge in every row and every star edge in the centre cell
  const zigzag = (n: number): Pt[] => {
    const pts: Pt[] = [];
    for (let i = 0; i < n - 2; i++) pts.push([(i % 2) * 100_000, i * 10]);
    pts.push([-50_000, (n - 2) * 10 + 1000], [-50_000, -1000]);
    return pts;
  };
  const star = (n: number): Pt[] =>
    Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n, r = i % 2 === 0 ? 5_000_000 : 500_000;
      return [Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a))] as Pt;
    });

  it('stays near-linear on a 100,000-vertex zig-zag and star (a regression guard: minutes with the grid)', () => {
    const t0 = Date.now();
    expect(ringDefects(zigzag(100_000))).toEqual({});
    expect(ringDefects(star(100_000))).toEqual({});
    const crossed = zigzag(100_000);
    crossed[50_000] = [50_000, 50_000 * 10 + 25]; // one vertex pulled up across the next edge
    expect(ringDefects(crossed).crossing).toBeDefined();
    expect(Date.now() - t0).toBeLessThan(30_000);
  });

  it('simplifies a 10,000-vertex zig-zag within its work budget, still covering every vertex', () => {
    const ring: LonLat[] = zigzag(10_000).map((p) => [p[0] / 1e5 - 105, p[1] / 1e5 + 39] as const);
    ring.push(ring[0] as LonLat);
    const t0 = Date.now();
    const r = simplifyPolygonToLimit(ring, 100);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.pairs).toBeLessThanOrEqual(100);
    expect(ring.filter((p) => !ringContains(r.ring, p))).toEqual([]);
  });
});
