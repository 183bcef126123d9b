/**
 * Reading CAP polygons and circles for the validator, and the polygon shape test: only edges that properly cross
 * make a polygon self-intersecting (an error); a repeated vertex is skipped, as google/cap-library does; a
 * zero-width spike, a vertex on another edge or overlapping edges are degenerate (a warning).
 */
import { quoteValue } from './quote.js';
import { ringDefects } from '../area/geometry/intersection.js';
import { xmlTrim } from '../cap/xml-chars.js';

/**
 * One polygon vertex in degrees.
 *
 * @example
 * const p: Point = { lat: 39.7, lon: -104.9 };
 */
export interface Point {
  readonly lat: number;
  readonly lon: number;
}

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)`;
const POINT = new RegExp(`^(${NUMBER}),(${NUMBER})$`);
const CIRCLE = new RegExp(`^(${NUMBER}),(${NUMBER})[ \\t\\n\\r]+(\\+?(?:\\d+(?:\\.\\d*)?|\\.\\d+))$`);

// xmlTrim lives in cap/xml-chars.ts since parseCap collapses typed values too (review 24 V1); re-exported here
export { xmlTrim };

/**
 * Splits on runs of XML whitespace, dropping empty tokens. Linear.
 *
 * @example
 * xmlTokens(' 1,2  3,4\n'); //=> ['1,2', '3,4']
 */
export function xmlTokens(s: string): string[] {
  const parts = xmlTrim(s).split(/[ \t\n\r]+/); // native split: one linear pass
  return parts.length === 1 && parts[0] === '' ? [] : parts;
}

function quote(s: string, max: number): string {
  return quoteValue(s, max);
}

/**
 * Parses a CAP polygon (`lat,lon` pairs separated by whitespace, at least 4, first == last); returns the points as
 * written or the reason it is not one.
 *
 * @example
 * readPolygon('1,1 1,2 2,2 1,1').length; //=> 4
 * readPolygon('1,1 1,2 1,1'); //=> 'it has 3 points'
 */
export function readPolygon(text: string): Point[] | string {
  const points: Point[] = [];
  for (const t of xmlTokens(text)) {
    const m = POINT.exec(t);
    if (m === null) return `the pair ${quote(t, 30)} is not "lat,lon"`;
    const lat = Number(m[1]);
    const lon = Number(m[2]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return `the pair ${quote(t, 30)} is outside latitude -90..90, longitude -180..180`;
    points.push({ lat, lon });
  }
  if (points.length < 4) return `it has ${points.length} point${points.length === 1 ? '' : 's'}`;
  const a = points[0] as Point;
  const z = points[points.length - 1] as Point;
  if (a.lat !== z.lat || a.lon !== z.lon) return 'the first and last points differ';
  return points;
}

/**
 * Parses a CAP circle `lat,lon radius` (radius in km; whitespace around the value is allowed). `undefined` when it
 * is not one or the centre is out of range.
 *
 * @example
 * readCircle('38.47,-120.14 5.0'); //=> { lat: 38.47, lon: -120.14, radiusKm: 5 }
 */
export function readCircle(text: string): { lat: number; lon: number; radiusKm: number } | undefined {
  const m = CIRCLE.exec(xmlTrim(text));
  if (m === null) return undefined;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { lat, lon, radiusKm: Number(m[3]) };
}

function orient(p: Point, q: Point, r: Point): number {
  const v = (q.lon - p.lon) * (r.lat - p.lat) - (q.lat - p.lat) * (r.lon - p.lon);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}
function onSegment(p: Point, q: Point, r: Point): boolean {
  return Math.min(p.lon, r.lon) <= q.lon && q.lon <= Math.max(p.lon, r.lon) && Math.min(p.lat, r.lat) <= q.lat && q.lat <= Math.max(p.lat, r.lat);
}

/** 'cross' when the segments properly cross, 'touch' when they meet otherwise, undefined when they do not meet. */
function contact(p1: Point, p2: Point, p3: Point, p4: Point): 'cross' | 'touch' | undefined {
  const d1 = orient(p3, p4, p1);
  const d2 = orient(p3, p4, p2);
  const d3 = orient(p1, p2, p3);
  const d4 = orient(p1, p2, p4);
  if (d1 * d2 < 0 && d3 * d4 < 0) return 'cross';
  if ((d1 === 0 && onSegment(p3, p1, p4)) || (d2 === 0 && onSegment(p3, p2, p4)) || (d3 === 0 && onSegment(p1, p3, p2)) || (d4 === 0 && onSegment(p1, p4, p2))) {
    return 'touch';
  }
  return undefined;
}

/**
 * The verdict on a polygon's shape. Edge numbers are 1-based, counted on the ring after repeated vertices are
 * skipped (`vertices` says how many distinct vertices it has).
 *
 * @example
 * const s: PolygonShape = { kind: 'crossing', edges: [1, 3], vertices: 4 };
 */
export type PolygonShape =
  | { readonly kind: 'simple'; readonly vertices: number }
  | { readonly kind: 'crossing'; readonly edges: readonly [number, number]; readonly vertices: number }
  | { readonly kind: 'spike'; readonly vertex: number; readonly vertices: number }
  | { readonly kind: 'touching'; readonly edges: readonly [number, number]; readonly vertices: number }
  | { readonly kind: 'collapsed'; readonly vertices: number };

/**
 * Edge pairs per edge (at least 100,000 pairs in all) that `polygonShape`'s quick sweep looks at before it hands
 * the ring to the O(n log n) sweep line (`ringDefects`). Real polygons, even of thousands of vertices, stay far
 * below it; a zig-zag whose every edge spans the whole width, or a spiral, would need quadratic time, and goes to
 * the sweep line instead, so every polygon is checked completely.
 *
 * @example
 * PAIRS_PER_EDGE; //=> 64
 */
export const PAIRS_PER_EDGE = 64;

/**
 * Checks a closed ring: consecutive repeated vertices are skipped first. A proper crossing of two edges wins over
 * any degenerate finding; then a zero-width spike (an edge that doubles back along the one before), then two
 * edges that touch without crossing; a ring with fewer than 3 distinct vertices is collapsed. Edges are swept in
 * order of their west end, so only pairs whose bounding boxes overlap are tested; past `budget` pairs (by default
 * `PAIRS_PER_EDGE` per edge, at least 100,000) the ring goes to the sweep line of `ringDefects`, O(n log n) on
 * any shape. Either way the answer is complete.
 *
 * @example
 * polygonShape([{ lat: 0, lon: 0 }, { lat: 0, lon: 1 }, { lat: 0, lon: 1 }, { lat: 1, lon: 1 }, { lat: 0, lon: 0 }]).kind; //=> 'simple'
 */
export function polygonShape(points: readonly Point[], budget?: number): PolygonShape {
  let ring = points as Point[];
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1] as Point;
    const b = points[k] as Point;
    if (a.lat === b.lat && a.lon === b.lon) {
      // a repeated point: copy the ring without repeats (most rings have none, and are not copied)
      ring = [];
      for (const p of points) {
        const last = ring[ring.length - 1];
        if (last === undefined || last.lat !== p.lat || last.lon !== p.lon) ring.push(p);
      }
      break;
    }
  }
  // ring is closed: first == last
  const vertices = ring.length - 1;
  if (vertices < 3) return { kind: 'collapsed', vertices: Math.max(vertices, 1) };
  const n = vertices; // edges
  if (n <= 16) return smallShape(ring, n);
  const box = new Float64Array(n * 4);
  for (let k = 0; k < n; k++) {
    const a = ring[k] as Point;
    const b = ring[k + 1] as Point;
    box[k * 4] = Math.min(a.lat, b.lat);
    box[k * 4 + 1] = Math.max(a.lat, b.lat);
    box[k * 4 + 2] = Math.min(a.lon, b.lon);
    box[k * 4 + 3] = Math.max(a.lon, b.lon);
  }
  const limit = budget ?? Math.max(100_000, PAIRS_PER_EDGE * n);
  const order = Array.from({ length: n }, (_, k) => k).sort((x, y) => (box[x * 4 + 2] as number) - (box[y * 4 + 2] as number));
  let touching: [number, number] | undefined;
  let tested = 0;
  for (let p = 0; p < n; p++) {
    const i = order[p] as number;
    const la0 = box[i * 4] as number;
    const la1 = box[i * 4 + 1] as number;
    const lo1 = box[i * 4 + 3] as number;
    for (let q = p + 1; q < n; q++) {
      const j = order[q] as number;
      if ((box[j * 4 + 2] as number) > lo1) break; // every later edge starts further east
      if (++tested > limit) return sweepShape(ring, n);
      if ((box[j * 4] as number) > la1 || (box[j * 4 + 1] as number) < la0) continue;
      const lo = i < j ? i : j;
      const hi = i < j ? j : i;
      if (hi - lo === 1 || (lo === 0 && hi === n - 1)) continue; // neighbours share a vertex
      const c = contact(ring[lo] as Point, ring[lo + 1] as Point, ring[hi] as Point, ring[hi + 1] as Point);
      if (c === 'cross') return { kind: 'crossing', edges: [lo + 1, hi + 1], vertices };
      if (c === 'touch' && (touching === undefined || lo + 1 < touching[0])) touching = [lo + 1, hi + 1];
    }
  }
  return spikeOr(ring, n, touching);
}

/**
 * The sweep line's verdict on a closed ring without consecutive repeats (`n` edges), in `polygonShape`'s terms: a
 * crossing, else a spike, else a touch (a vertex met twice counts as the two edges leaving it touching).
 */
function sweepShape(ring: readonly Point[], n: number): PolygonShape {
  const open: [number, number][] = [];
  for (let k = 0; k < n; k++) open.push([(ring[k] as Point).lon, (ring[k] as Point).lat]);
  const d = ringDefects(open);
  if (d.crossing !== undefined) return { kind: 'crossing', edges: [d.crossing.edges[0] + 1, d.crossing.edges[1] + 1], vertices: n };
  if (d.spike !== undefined) return { kind: 'spike', vertex: d.spike.vertex + 1, vertices: n };
  if (d.touch !== undefined) return { kind: 'touching', edges: [d.touch.edges[0] + 1, d.touch.edges[1] + 1], vertices: n };
  if (d.repeated !== undefined) return { kind: 'touching', edges: [d.repeated.vertices[0] + 1, d.repeated.vertices[1] + 1], vertices: n };
  return { kind: 'simple', vertices: n };
}

/** Rings of at most 16 edges: every pair of non-neighbouring edges, no sort, no allocation. */
function smallShape(ring: readonly Point[], n: number): PolygonShape {
  let touching: [number, number] | undefined;
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // first and last edges share the closing point
      const c = contact(ring[i] as Point, ring[i + 1] as Point, ring[j] as Point, ring[j + 1] as Point);
      if (c === 'cross') return { kind: 'crossing', edges: [i + 1, j + 1], vertices: n };
      if (c === 'touch' && touching === undefined) touching = [i + 1, j + 1];
    }
  }
  return spikeOr(ring, n, touching);
}

/** After the crossing test: a spike, else the first touching pair, else simple. */
function spikeOr(ring: readonly Point[], n: number, touching: [number, number] | undefined): PolygonShape {
  const vertices = n;
  // a spike: vertex k where the edge in and the edge out are collinear and point in opposite directions
  for (let k = 0; k < n; k++) {
    const prev = ring[(k - 1 + n) % n] as Point;
    const at = ring[k] as Point;
    const next = ring[k + 1] as Point;
    const dot = (at.lon - prev.lon) * (next.lon - at.lon) + (at.lat - prev.lat) * (next.lat - at.lat);
    if (orient(prev, at, next) === 0 && dot < 0) return { kind: 'spike', vertex: k + 1, vertices };
  }
  if (touching !== undefined) return { kind: 'touching', edges: touching, vertices };
  return { kind: 'simple', vertices };
}
