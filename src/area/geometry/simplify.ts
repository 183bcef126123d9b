/**
 * Simplification to a pair budget: reduces a simple ring while only ever adding area, so the result still covers
 * the whole input. Outward vertex removal first (`outward.ts`), then the convex hull, then the bounding box.
 */
import { boundsOf, cross, ringAreaKm2, signedArea2, toOpenRing, unitsToLonLat, type LonLat, type Pt } from './rings.js';
import { findSelfIntersection } from './intersection.js';
import { outwardSimplify } from './outward.js';

/**
 * The result of `simplifyPolygonToLimit`.
 *
 * @example
 * const r: SimplifiedRing = { ring: [[0, 0], [1, 0], [1, 1], [0, 0]], pairs: 4, originalPairs: 4, addedAreaKm2: 0, method: 'none' };
 */
export interface SimplifiedRing {
  /** The closed ring, `[lon, lat]` in degrees with at most 5 decimals, counter-clockwise. */
  readonly ring: readonly LonLat[];
  /** Coordinate pairs in the closed ring (the closing pair counts). */
  readonly pairs: number;
  /** Coordinate pairs of the input after cleaning (closed). */
  readonly originalPairs: number;
  /** Area added to the input, km² (0 when nothing changed). Never negative: the result covers the input. */
  readonly addedAreaKm2: number;
  /** How it was reduced: not at all, by outward vertex removal, via the convex hull, or as the bounding box. */
  readonly method: 'none' | 'outward' | 'hull' | 'bbox';
}

/** Convex hull (monotone chain), counter-clockwise, no collinear points. */
function convexHull(points: readonly Pt[]): Pt[] {
  const pts = [...points].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  if (pts.length < 3) return pts;
  const lower: Pt[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2] as Pt, lower[lower.length - 1] as Pt, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Pt[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i] as Pt;
    while (upper.length >= 2 && cross(upper[upper.length - 2] as Pt, upper[upper.length - 1] as Pt, p) <= 0) upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return lower.concat(upper);
}

/**
 * Simplifies a polygon ring (GeoJSON `[lon, lat]`, degrees) to at most `maxPairs` coordinate pairs, counting the
 * closing pair, so that the result still covers the whole input: the ring only ever grows outward. Coordinates
 * are rounded to 5 decimals first (what CAP carries). Falls back to the convex hull, and at worst to the bounding
 * box, when outward removal gets stuck; `method` says which. The input must not cross itself.
 *
 * @example
 * const r = simplifyPolygonToLimit(bigRing, 100);
 * r.pairs <= 100; //=> true
 * r.addedAreaKm2; // area added to keep coverage
 */
export function simplifyPolygonToLimit(ring: readonly LonLat[], maxPairs = 100): SimplifiedRing {
  const limit = Math.max(4, Math.floor(maxPairs)) - 1;
  let open = toOpenRing(ring);
  if (signedArea2(open) < 0) open = open.reverse();
  const originalPairs = open.length + 1;
  const originalArea = ringAreaKm2(unitsToLonLat(open));
  const done = (r: readonly Pt[], method: SimplifiedRing['method']): SimplifiedRing => {
    const out = unitsToLonLat(r);
    return {
      ring: out,
      pairs: out.length,
      originalPairs,
      addedAreaKm2: method === 'none' ? 0 : Math.max(0, ringAreaKm2(out) - originalArea),
      method,
    };
  };
  if (open.length <= limit) return done(open, 'none');
  const outward = outwardSimplify(open, limit);
  if (outward !== undefined && findSelfIntersection(outward) === undefined) return done(outward, 'outward');
  const hull = convexHull(open);
  if (hull.length <= limit) return done(hull, 'hull');
  const hullSimplified = outwardSimplify(hull, limit);
  if (hullSimplified !== undefined && findSelfIntersection(hullSimplified) === undefined) return done(hullSimplified, 'hull');
  const [minX, minY, maxX, maxY] = boundsOf(open);
  const w = maxX - minX, h = maxY - minY;
  return done(
    limit >= 4
      ? [
          [minX, minY],
          [maxX, minY],
          [maxX, maxY],
          [minX, maxY],
        ]
      : // only 4 pairs allowed: a right triangle that holds the box
        [
          [minX, minY],
          [minX + 2 * w, minY],
          [minX, minY + 2 * h],
        ],
    'bbox',
  );
}

