/**
 * Planar polygon geometry for CAP areas.
 *
 * All work is done in integer units of 1e-5 degree (CAP output keeps at most 5 decimals), so every orientation
 * test is exact: coordinates stay below 3.6e7 in magnitude and their products below 2^53. Positions are
 * GeoJSON order `[lon, lat]` in degrees at the edges of this module; CAP text is `lat,lon`.
 */

/**
 * A position in degrees, GeoJSON order: longitude first.
 *
 * @example
 * const denver: LonLat = [-104.99, 39.74];
 */
export type LonLat = readonly [number, number];

/** Integer units per degree. */
const SCALE = 1e5;
/** Earth radius used for circles and areas (mean radius, km). */
const EARTH_RADIUS_KM = 6371.0088;

type Pt = [number, number];

function toUnits(v: number): number {
  return Math.round(v * SCALE);
}

/**
 * Writes an integer number of 1e-5 units as a decimal with at most 5 places and no trailing zeros.
 *
 * @example
 * formatUnits(-10499000); //=> '-104.99'
 */
export function formatUnits(u: number): string {
  const neg = u < 0;
  const a = Math.abs(u);
  const whole = Math.floor(a / SCALE);
  const frac = String(a % SCALE).padStart(5, '0').replace(/0+$/, '');
  return `${neg && a !== 0 ? '-' : ''}${whole}${frac === '' ? '' : `.${frac}`}`;
}

/**
 * Formats a number in degrees (or km) with at most 5 decimals, rounded to the nearest 1e-5.
 *
 * @example
 * formatDecimal(39.7392358); //=> '39.73924'
 */
export function formatDecimal(v: number): string {
  return formatUnits(toUnits(v));
}

function cross(o: Pt, a: Pt, b: Pt): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function signedArea2(ring: readonly Pt[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const p = ring[i] as Pt;
    const q = ring[(i + 1) % n] as Pt;
    s += p[0] * q[1] - q[0] * p[1];
  }
  return s;
}

function onSegment(p: Pt, q: Pt, r: Pt): boolean {
  // r collinear with p-q: is it within the closed segment?
  return Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
}

/** Closed segments p1-p2 and q1-q2 share at least one point (exact on integers). */
function segmentsIntersect(p1: Pt, p2: Pt, q1: Pt, q2: Pt): boolean {
  const d1 = Math.sign(cross(q1, q2, p1));
  const d2 = Math.sign(cross(q1, q2, p2));
  const d3 = Math.sign(cross(p1, p2, q1));
  const d4 = Math.sign(cross(p1, p2, q2));
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  if (d1 === 0 && onSegment(q1, q2, p1)) return true;
  if (d2 === 0 && onSegment(q1, q2, p2)) return true;
  if (d3 === 0 && onSegment(p1, p2, q1)) return true;
  if (d4 === 0 && onSegment(p1, p2, q2)) return true;
  return false;
}

/** Point in polygon (even-odd), boundary counts as inside. Works on integer or float coordinates. */
function pointInRing(ring: readonly (readonly [number, number])[], x: number, y: number): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[i] as readonly [number, number];
    const b = ring[j] as readonly [number, number];
    // boundary
    const cr = (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]);
    if (cr === 0 && Math.min(a[0], b[0]) <= x && x <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= y && y <= Math.max(a[1], b[1])) {
      return true;
    }
    if (a[1] > y !== b[1] > y) {
      const xi = a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1]);
      if (x < xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * Is the point inside the ring or on its boundary? Positions in degrees, `[lon, lat]`; the ring may be open or
 * closed. Planar test, as CAP consumers apply polygons, done exactly on the 5-decimal grid CAP carries (ring and
 * point are rounded to 1e-5 degree first, so a point on an edge counts as inside).
 *
 * @example
 * ringContains([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]], [0.5, 0.5]); //=> true
 */
export function ringContains(ring: readonly LonLat[], point: LonLat): boolean {
  return pointInRing(
    ring.map((p) => [toUnits(p[0]), toUnits(p[1])] as const),
    toUnits(point[0]),
    toUnits(point[1]),
  );
}

/** Converts a GeoJSON ring to open integer form without consecutive duplicates. */
function toOpenRing(ring: readonly LonLat[]): Pt[] {
  const out: Pt[] = [];
  for (const p of ring) {
    const q: Pt = [toUnits(p[0]), toUnits(p[1])];
    const last = out[out.length - 1];
    if (last !== undefined && last[0] === q[0] && last[1] === q[1]) continue;
    out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Self-intersection

/**
 * Finds where an open integer ring touches or crosses itself; `undefined` when it is simple. Uses a uniform grid so
 * large rings stay near-linear.
 */
function findSelfIntersection(ring: readonly Pt[]): Pt | undefined {
  const n = ring.length;
  if (n < 3) return ring[0];
  const edge = (i: number): [Pt, Pt] => [ring[i] as Pt, ring[(i + 1) % n] as Pt];
  const adjacent = (i: number, j: number) => j === (i + 1) % n || i === (j + 1) % n;
  const test = (i: number, j: number): boolean => {
    const [a, b] = edge(i);
    const [c, d] = edge(j);
    if (adjacent(i, j)) {
      if (n === 3) return false;
      // adjacent edges share one vertex; they are bad only if they fold back on each other
      const shared = j === (i + 1) % n ? b : a;
      const other1 = shared === b ? a : b;
      const other2 = shared === c ? d : c;
      return cross(shared, other1, other2) === 0 && (other1[0] - shared[0]) * (other2[0] - shared[0]) + (other1[1] - shared[1]) * (other2[1] - shared[1]) > 0;
    }
    return segmentsIntersect(a, b, c, d);
  };
  if (n <= 64) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (test(i, j)) return ring[i];
    return undefined;
  }
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of ring) {
    if (p[0] < minX) minX = p[0];
    if (p[0] > maxX) maxX = p[0];
    if (p[1] < minY) minY = p[1];
    if (p[1] > maxY) maxY = p[1];
  }
  const g = Math.min(256, Math.ceil(Math.sqrt(n)));
  const cw = Math.max(1, Math.ceil((maxX - minX + 1) / g));
  const ch = Math.max(1, Math.ceil((maxY - minY + 1) / g));
  const cells = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const [a, b] = edge(i);
    const x0 = Math.floor((Math.min(a[0], b[0]) - minX) / cw), x1 = Math.floor((Math.max(a[0], b[0]) - minX) / cw);
    const y0 = Math.floor((Math.min(a[1], b[1]) - minY) / ch), y1 = Math.floor((Math.max(a[1], b[1]) - minY) / ch);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const key = cy * (g + 1) + cx;
        const list = cells.get(key);
        if (list === undefined) cells.set(key, [i]);
        else list.push(i);
      }
    }
  }
  for (const list of cells.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number, j = list[y] as number;
        if (test(i, j)) return ring[i];
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Outward simplification

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

class MinHeap {
  private readonly items: { cost: number; v: number; kind: 0 | 1; ver: number }[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: { cost: number; v: number; kind: 0 | 1; ver: number }): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((a[p] as { cost: number }).cost <= item.cost) break;
      a[i] = a[p] as typeof item;
      i = p;
    }
    a[i] = item;
  }
  pop(): { cost: number; v: number; kind: 0 | 1; ver: number } | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (top === undefined || last === undefined || a.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= a.length) break;
      const r = l + 1;
      const c = r < a.length && (a[r] as typeof last).cost < (a[l] as typeof last).cost ? r : l;
      if ((a[c] as typeof last).cost >= last.cost) break;
      a[i] = a[c] as typeof last;
      i = c;
    }
    a[i] = last;
    return top;
  }
}

/**
 * Reduces a simple counter-clockwise open integer ring to at most `maxVertices` vertices by only ever adding area:
 * a reflex vertex is cut off (its triangle is outside the ring), or an edge between two convex vertices is
 * replaced by the meeting point of its neighbouring edges. Cheapest first; every change is checked against the
 * other edges so the ring stays simple. Returns undefined when it gets stuck above the limit.
 */
function outwardSimplify(input: readonly Pt[], maxVertices: number): Pt[] | undefined {
  const xs: number[] = [], ys: number[] = [], prev: number[] = [], next: number[] = [], alive: boolean[] = [], ver: number[] = [];
  let count = input.length;
  input.forEach((p, i) => {
    xs.push(p[0]);
    ys.push(p[1]);
    prev.push((i - 1 + count) % count);
    next.push((i + 1) % count);
    alive.push(true);
    ver.push(0);
  });
  const pt = (v: number): Pt => [xs[v] as number, ys[v] as number];

  // edge grid: each cell holds pairs (u, v) of the edge u->v at registration time
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of input) {
    if (p[0] < minX) minX = p[0];
    if (p[0] > maxX) maxX = p[0];
    if (p[1] < minY) minY = p[1];
    if (p[1] > maxY) maxY = p[1];
  }
  const g = Math.max(1, Math.min(128, Math.ceil(Math.sqrt(count) / 1.5)));
  const cw = Math.max(1, Math.ceil((maxX - minX + 1) / g));
  const ch = Math.max(1, Math.ceil((maxY - minY + 1) / g));
  const cells: number[][] = Array.from({ length: g * g }, () => []);
  const cx = (x: number) => Math.min(g - 1, Math.max(0, Math.floor((x - minX) / cw)));
  const cy = (y: number) => Math.min(g - 1, Math.max(0, Math.floor((y - minY) / ch)));
  /** Calls `visit` with every cell the segment p-q passes through (column by column, with 1 unit of slack). */
  const walk = (px: number, py: number, qx: number, qy: number, visit: (cell: number) => boolean): boolean => {
    if (px > qx) [px, py, qx, qy] = [qx, qy, px, py];
    const x0 = cx(px), x1 = cx(qx);
    const slope = qx === px ? 0 : (qy - py) / (qx - px);
    for (let i = x0; i <= x1; i++) {
      const ax = i === x0 ? px : minX + i * cw;
      const bx = i === x1 ? qx : minX + (i + 1) * cw;
      const ay = qx === px ? py : py + (ax - px) * slope;
      const by = qx === px ? qy : py + (bx - px) * slope;
      const y0 = cy(Math.min(ay, by) - 1), y1 = cy(Math.max(ay, by) + 1);
      for (let j = y0; j <= y1; j++) if (visit(j * g + i)) return true;
    }
    return false;
  };
  const register = (u: number) => {
    const v = next[u] as number;
    walk(xs[u] as number, ys[u] as number, xs[v] as number, ys[v] as number, (cell) => {
      (cells[cell] as number[]).push(u, v);
      return false;
    });
  };
  for (let u = 0; u < count; u++) register(u);
  const stamp: number[] = [];
  let query = 0;
  /** Does segment p-q cross or touch any current edge other than those starting at the listed vertices? */
  let qp: Pt = [0, 0], qq: Pt = [0, 0], qskip: readonly number[] = [];
  const visitCell = (cell: number): boolean => {
    const list = cells[cell] as number[];
    for (let k = 0; k < list.length; k += 2) {
      const u = list[k] as number, v = list[k + 1] as number;
      if (!alive[u] || next[u] !== v) {
        // stale entry: drop it (swap with the last pair)
        list[k] = list[list.length - 2] as number;
        list[k + 1] = list[list.length - 1] as number;
        list.length -= 2;
        k -= 2;
        continue;
      }
      if (stamp[u] === query) continue;
      stamp[u] = query;
      if (qskip.includes(u)) continue;
      if (segmentsIntersect(qp, qq, [xs[u] as number, ys[u] as number], [xs[v] as number, ys[v] as number])) return true;
    }
    return false;
  };
  /** Does segment p-q cross or touch any current edge other than those starting at the listed vertices? */
  const crossesEdges = (p: Pt, q: Pt, skip: readonly number[]): boolean => {
    query++;
    qp = p;
    qq = q;
    qskip = skip;
    return walk(p[0], p[1], q[0], q[1], visitCell);
  };

  /** Candidate at vertex b: reflex cut (kind 0) or edge collapse of b->next(b) (kind 1). */
  const evaluate = (b: number, kind: 0 | 1, full: boolean): { cost: number; p?: Pt } | undefined => {
    const a = prev[b] as number, c = next[b] as number;
    const A = pt(a), B = pt(b), C = pt(c);
    if (kind === 0) {
      const cr = cross(A, B, C);
      if (cr > 0) return undefined;
      if (cr === 0 && (B[0] - A[0]) * (C[0] - B[0]) + (B[1] - A[1]) * (C[1] - B[1]) < 0) return undefined;
      if (!full) return { cost: -cr };
      const pa = pt(prev[a] as number), nc = pt(next[c] as number);
      // the neighbouring edges must not turn into the cut-off triangle
      if (cr < 0 && (strictlyInTriangle(A, C, B, pa) || strictlyInTriangle(A, C, B, nc))) return undefined;
      if (crossesEdges(A, C, [prev[a] as number, a, b, c])) return undefined;
      return { cost: -cr };
    }
    const d = next[c] as number;
    if (count < 5) return undefined;
    const D = pt(d);
    if (cross(A, B, C) <= 0 || cross(B, C, D) <= 0) return undefined;
    const rx = B[0] - A[0], ry = B[1] - A[1];
    const sx = C[0] - D[0], sy = C[1] - D[1];
    const den = rx * sy - ry * sx;
    if (den === 0) return undefined;
    const wx = C[0] - B[0], wy = C[1] - B[1];
    const t = (wx * sy - wy * sx) / den;
    const u = (wx * ry - wy * rx) / den;
    if (!(t > 0 && u > 0)) return undefined;
    const fx = B[0] + t * rx, fy = B[1] + t * ry;
    if (!(Math.abs(fx) < 4e7 && Math.abs(fy) < 1e7)) return undefined;
    for (let attempt = 0; attempt < 5; attempt++) {
      const P: Pt =
        attempt === 0
          ? [Math.round(fx), Math.round(fy)]
          : [(attempt & 1) === 1 ? Math.floor(fx) : Math.ceil(fx), attempt <= 2 ? Math.floor(fy) : Math.ceil(fy)];
      if ((P[0] === A[0] && P[1] === A[1]) || (P[0] === D[0] && P[1] === D[1])) continue;
      if (cross(A, P, B) < 0 || cross(P, D, C) < 0 || cross(B, C, P) > 0) continue;
      if (!full) return { cost: Math.max(0, -signedArea2([A, B, C, D, P])), p: P };
      const pa = pt(prev[a] as number), nd = pt(next[d] as number);
      const pent: Pt[] = [A, P, D, C, B];
      if (pointInRing(pent, pa[0], pa[1]) || pointInRing(pent, nd[0], nd[1])) continue;
      const skip = [prev[a] as number, a, b, c, d];
      if (crossesEdges(A, P, skip) || crossesEdges(P, D, skip)) continue;
      const cost = -signedArea2([A, B, C, D, P]);
      return { cost: Math.max(0, cost), p: P };
    }
    return undefined;
  };

  const heap = new MinHeap();
  const consider = (v: number) => {
    for (const kind of [0, 1] as const) {
      const e = evaluate(v, kind, false);
      if (e !== undefined) heap.push({ cost: e.cost, v, kind, ver: ver[v] as number });
    }
  };
  /** Re-queues the candidates whose vertices changed: two before `v` through one after `w`. */
  const touch = (v: number, w: number) => {
    const list = [prev[prev[v] as number] as number, prev[v] as number, v, w, next[w] as number];
    for (const x of list) ver[x] = (ver[x] as number) + 1;
    for (const x of list) consider(x);
  };
  for (let v = 0; v < input.length; v++) consider(v);
  let rescanned = false;
  while (count > maxVertices) {
    const top = heap.pop();
    if (top === undefined) {
      if (rescanned) return undefined;
      rescanned = true;
      for (let v = 0; v < xs.length; v++) if (alive[v]) consider(v);
      continue;
    }
    if (!alive[top.v] || ver[top.v] !== top.ver) continue;
    const e = evaluate(top.v, top.kind, true);
    if (e === undefined) continue;
    rescanned = false;
    const b = top.v, a = prev[b] as number, c = next[b] as number;
    if (top.kind === 0) {
      alive[b] = false;
      next[a] = c;
      prev[c] = a;
      count--;
      register(a);
      touch(a, c);
    } else {
      const d = next[c] as number;
      const P = e.p as Pt;
      const p = xs.length;
      xs.push(P[0]);
      ys.push(P[1]);
      alive.push(true);
      ver.push(0);
      prev.push(a);
      next.push(d);
      alive[b] = false;
      alive[c] = false;
      next[a] = p;
      prev[d] = p;
      count--;
      register(a);
      register(p);
      touch(a, p);
    }
  }
  let start = 0;
  while (!alive[start]) start++;
  const out: Pt[] = [];
  let v = start;
  do {
    out.push(pt(v));
    v = next[v] as number;
  } while (v !== start && out.length <= xs.length);
  return out;
}

function strictlyInTriangle(a: Pt, b: Pt, c: Pt, p: Pt): boolean {
  // triangle a,b,c counter-clockwise or clockwise; inside or on boundary but not at a vertex
  if ((p[0] === a[0] && p[1] === a[1]) || (p[0] === b[0] && p[1] === b[1]) || (p[0] === c[0] && p[1] === c[1])) return false;
  const d1 = cross(a, b, p), d2 = cross(b, c, p), d3 = cross(c, a, p);
  const neg = d1 < 0 || d2 < 0 || d3 < 0;
  const pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
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
 * Approximate area of a ring in km², from a local equirectangular projection (good to well under 1% for
 * alert-sized areas). Positions `[lon, lat]` in degrees, open or closed.
 *
 * @example
 * Math.round(ringAreaKm2([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]])); //=> 12364
 */
export function ringAreaKm2(ring: readonly LonLat[]): number {
  if (ring.length < 3) return 0;
  let lat = 0;
  for (const p of ring) lat += p[1];
  lat /= ring.length;
  const k = (Math.PI / 180) * EARTH_RADIUS_KM;
  const kx = k * Math.cos((lat * Math.PI) / 180);
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const p = ring[i] as LonLat;
    const q = ring[(i + 1) % n] as LonLat;
    s += p[0] * kx * (q[1] * k) - q[0] * kx * (p[1] * k);
  }
  return Math.abs(s) / 2;
}

function unitsToLonLat(ring: readonly Pt[]): LonLat[] {
  const out: LonLat[] = ring.map((p) => [p[0] / SCALE, p[1] / SCALE] as const);
  const first = out[0];
  if (first !== undefined) out.push(first);
  return out;
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
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of open) {
    minX = Math.min(minX, p[0]);
    maxX = Math.max(maxX, p[0]);
    minY = Math.min(minY, p[1]);
    maxY = Math.max(maxY, p[1]);
  }
  return done(
    [
      [minX, minY],
      [maxX, minY],
      [maxX, maxY],
      [minX, maxY],
    ],
    'bbox',
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Ring checks and CAP text

/**
 * What is wrong with a ring as a CAP polygon, in plain words; empty when it is fine. Checks: at least 3 distinct
 * vertices, no repeated vertex, no self-intersection, non-zero area (after rounding to 5 decimals).
 *
 * @example
 * ringProblems([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]); //=> ['the ring crosses itself near 0.5,0.5 (lat,lon)'] (approximately)
 */
export function ringProblems(ring: readonly LonLat[]): string[] {
  const open = toOpenRing(ring);
  const distinct = new Set(open.map((p) => `${p[0]},${p[1]}`));
  if (distinct.size < 3) return ['a polygon needs at least 3 distinct positions (4 with the closing one)'];
  if (distinct.size !== open.length) {
    const seen = new Set<string>();
    for (const p of open) {
      const k = `${p[0]},${p[1]}`;
      if (seen.has(k)) return [`the ring passes through ${formatUnits(p[1])},${formatUnits(p[0])} (lat,lon) more than once`];
      seen.add(k);
    }
  }
  const x = findSelfIntersection(open);
  if (x !== undefined) return [`the ring crosses or touches itself near ${formatUnits(x[1])},${formatUnits(x[0])} (lat,lon)`];
  if (signedArea2(open) === 0) return ['the ring has zero area'];
  return [];
}

/**
 * Writes a closed ring (`[lon, lat]` degrees) as a CAP polygon: `lat,lon` pairs separated by single spaces, at most
 * 5 decimals, closed.
 *
 * @example
 * toCapPolygon([[-105.1, 39.6], [-104.6, 39.6], [-104.6, 39.9], [-105.1, 39.6]]);
 * //=> '39.6,-105.1 39.6,-104.6 39.9,-104.6 39.6,-105.1'
 */
export function toCapPolygon(ring: readonly LonLat[]): string {
  const open = toOpenRing(ring);
  const first = open[0];
  if (first !== undefined) open.push(first);
  return open.map((p) => `${formatUnits(p[1])},${formatUnits(p[0])}`).join(' ');
}

/**
 * Checks a CAP `<polygon>` value against the rules this library promises (and IPAWS expects): `lat,lon` pairs
 * separated by whitespace, no space inside a pair, at most 5 decimals, in range, closed, at least 4 pairs, at most
 * `maxPairs` pairs, no repeated vertex, no self-intersection, non-zero area. Returns the problems; empty when valid.
 *
 * @example
 * capPolygonProblems('39.6,-105.1 39.6,-104.6 39.9,-104.6 39.6,-105.1'); //=> []
 * capPolygonProblems('39.6,-105.1 39.6,-104.6 39.6,-105.1'); //=> ['a polygon needs at least 4 pairs, got 3']
 */
export function capPolygonProblems(polygon: string, maxPairs = 100): string[] {
  const tokens = polygon.trim().split(/\s+/);
  const problems: string[] = [];
  const pts: LonLat[] = [];
  for (const t of tokens) {
    const m = /^([+-]?\d{1,2}(?:\.\d{1,5})?),([+-]?\d{1,3}(?:\.\d{1,5})?)$/.exec(t);
    if (m === null) {
      problems.push(`"${t}" is not a lat,lon pair with at most 5 decimals`);
      continue;
    }
    const lat = Number(m[1]), lon = Number(m[2]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) problems.push(`"${t}" is out of range`);
    pts.push([lon, lat]);
  }
  if (problems.length > 0) return problems;
  if (pts.length < 4) return [`a polygon needs at least 4 pairs, got ${pts.length}`];
  if (pts.length > maxPairs) problems.push(`a polygon may have at most ${maxPairs} pairs, got ${pts.length}`);
  const first = pts[0] as LonLat, last = pts[pts.length - 1] as LonLat;
  if (first[0] !== last[0] || first[1] !== last[1]) problems.push('the polygon is not closed (first pair must equal last)');
  const open = pts.slice(0, -1);
  const seen = new Set<string>();
  for (const p of open) {
    const k = `${p[0]},${p[1]}`;
    if (seen.has(k)) {
      problems.push(`the pair ${p[1]},${p[0]} is repeated`);
      break;
    }
    seen.add(k);
  }
  if (problems.length === 0) problems.push(...ringProblems(pts));
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Antimeridian, holes, circles

/**
 * Splits a ring that crosses the antimeridian (an edge jumping more than 180° in longitude) into rings that stay
 * within [-180, 180], cut along ±180. Rings that do not cross are returned unchanged (as one ring).
 *
 * @example
 * splitAtAntimeridian([[179, 51], [-179, 51], [-179, 53], [179, 53], [179, 51]]).length; //=> 2
 */
export function splitAtAntimeridian(ring: readonly LonLat[]): LonLat[][] {
  let crosses = false;
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs((ring[i] as LonLat)[0] - (ring[i - 1] as LonLat)[0]) > 180) crosses = true;
  }
  if (!crosses) return [ring.map((p) => [p[0], p[1]] as const)];
  // unwrap to a continuous longitude
  const un: LonLat[] = [];
  let shift = 0;
  ring.forEach((p, i) => {
    if (i > 0) {
      const d = p[0] - (ring[i - 1] as LonLat)[0];
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    un.push([p[0] + shift, p[1]]);
  });
  const out: LonLat[][] = [];
  for (const seam of [180, -180]) {
    const dir = seam > 0 ? 1 : -1;
    const beyond = clipHalfPlane(un, seam, dir);
    if (beyond.length >= 3) out.push(beyond.map((p) => [p[0] - 360 * dir, p[1]] as const));
  }
  const inside = clipHalfPlane(clipHalfPlane(un, 180, -1), -180, 1);
  if (inside.length >= 3) out.unshift(inside);
  return out.map((r) => {
    const f = r[0] as LonLat;
    return [...r, f];
  });
}

/** Sutherland-Hodgman clip of a ring against x*dir >= seam*dir; returns an open ring. */
function clipHalfPlane(ring: readonly LonLat[], seam: number, dir: 1 | -1): LonLat[] {
  const pts = ring.slice();
  const f = pts[0], l = pts[pts.length - 1];
  if (f !== undefined && l !== undefined && f[0] === l[0] && f[1] === l[1]) pts.pop();
  const inside = (p: LonLat) => (p[0] - seam) * dir >= 0;
  const out: LonLat[] = [];
  for (let i = 0; i < pts.length; i++) {
    const cur = pts[i] as LonLat;
    const prv = pts[(i + pts.length - 1) % pts.length] as LonLat;
    const ci = inside(cur), pi = inside(prv);
    if (ci !== pi) {
      const t = (seam - prv[0]) / (cur[0] - prv[0]);
      out.push([seam, prv[1] + t * (cur[1] - prv[1])]);
    }
    if (ci) out.push(cur);
  }
  return out;
}

/**
 * The point at a distance (km) and bearing (degrees from north) from a start point, on a sphere. Longitude is
 * normalised to [-180, 180].
 *
 * @example
 * destination([0, 0], 90, 111.195); // ≈ [1, 0]
 */
export function destination(from: LonLat, bearingDeg: number, km: number): LonLat {
  const r = Math.PI / 180;
  const lat1 = from[1] * r, lon1 = from[0] * r, brg = bearingDeg * r, d = km / EARTH_RADIUS_KM;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(brg));
  const lon2 = lon1 + Math.atan2(Math.sin(brg) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  let lon = lon2 / r;
  lon = ((((lon + 180) % 360) + 360) % 360) - 180;
  return [lon, lat2 / r];
}

/**
 * A polygon around a circle (`[lon, lat]` ring, closed, counter-clockwise) with `segments` sides that CONTAINS the
 * circle: its vertices lie slightly outside the radius (radius / cos(π/segments)). A circle that crosses the
 * antimeridian gives two rings.
 *
 * @example
 * circleToRings({ lat: 39.74, lon: -104.99, radiusKm: 40 })[0]?.length; //=> 65
 */
export function circleToRings(circle: { readonly lat: number; readonly lon: number; readonly radiusKm: number }, segments = 64): LonLat[][] {
  const n = Math.max(8, Math.floor(segments));
  const r = circle.radiusKm / Math.cos(Math.PI / n) + 0.001;
  const ring: LonLat[] = [];
  for (let i = 0; i < n; i++) {
    // counter-clockwise in lon/lat: bearings decreasing from east
    const p = destination([circle.lon, circle.lat], 90 - (360 * i) / n, r);
    ring.push([Math.round(p[0] * SCALE) / SCALE, Math.round(p[1] * SCALE) / SCALE]);
  }
  ring.push(ring[0] as LonLat);
  return splitAtAntimeridian(ring);
}

/**
 * Great-circle distance in km.
 *
 * @example
 * Math.round(distanceKm([-104.99, 39.74], [-105.27, 40.01])); //=> 38
 */
export function distanceKm(a: LonLat, b: LonLat): number {
  const r = Math.PI / 180;
  const dLat = (b[1] - a[1]) * r, dLon = (b[0] - a[0]) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
