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

/** A binary min-heap of candidates in parallel arrays (no per-item objects). */
class CandidateHeap {
  private readonly cost: number[] = [];
  private readonly key: number[] = [];
  private readonly stamp: number[] = [];
  get size(): number {
    return this.cost.length;
  }
  push(cost: number, key: number, stamp: number): void {
    const c = this.cost, k = this.key, s = this.stamp;
    let i = c.length;
    c.push(cost);
    k.push(key);
    s.push(stamp);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((c[p] as number) <= cost) break;
      c[i] = c[p] as number;
      k[i] = k[p] as number;
      s[i] = s[p] as number;
      i = p;
    }
    c[i] = cost;
    k[i] = key;
    s[i] = stamp;
  }
  /** Removes the cheapest; returns its key and stamp in `out`, or false when empty. */
  pop(out: { key: number; stamp: number }): boolean {
    const c = this.cost, k = this.key, s = this.stamp;
    if (c.length === 0) return false;
    out.key = k[0] as number;
    out.stamp = s[0] as number;
    const lc = c.pop() as number, lk = k.pop() as number, ls = s.pop() as number;
    const n = c.length;
    if (n === 0) return true;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const m = r < n && (c[r] as number) < (c[l] as number) ? r : l;
      if ((c[m] as number) >= lc) break;
      c[i] = c[m] as number;
      k[i] = k[m] as number;
      s[i] = s[m] as number;
      i = m;
    }
    c[i] = lc;
    k[i] = lk;
    s[i] = ls;
    return true;
  }
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** Closed segments a-b and c-d share a point (exact on integers). */
function segmentsMeet(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)) return false;
  if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return false;
  const d1 = orient(cx, cy, dx, dy, ax, ay), d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy), d4 = orient(ax, ay, bx, by, dx, dy);
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  // with the boxes overlapping, a zero orientation means the point lies on the other segment's line within reach
  if (d1 === 0 && Math.min(cx, dx) <= ax && ax <= Math.max(cx, dx) && Math.min(cy, dy) <= ay && ay <= Math.max(cy, dy)) return true;
  if (d2 === 0 && Math.min(cx, dx) <= bx && bx <= Math.max(cx, dx) && Math.min(cy, dy) <= by && by <= Math.max(cy, dy)) return true;
  if (d3 === 0 && Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by)) return true;
  if (d4 === 0 && Math.min(ax, bx) <= dx && dx <= Math.max(ax, bx) && Math.min(ay, by) <= dy && dy <= Math.max(ay, by)) return true;
  return false;
}

/** p inside or on triangle a,b,c (either orientation), but not at one of its corners. */
function inTriangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, px: number, py: number): boolean {
  if ((px === ax && py === ay) || (px === bx && py === by) || (px === cx && py === cy)) return false;
  const d1 = orient(ax, ay, bx, by, px, py), d2 = orient(bx, by, cx, cy, px, py), d3 = orient(cx, cy, ax, ay, px, py);
  const neg = d1 < 0 || d2 < 0 || d3 < 0;
  const pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}

/**
 * Reduces a simple counter-clockwise open integer ring to at most `maxVertices` vertices by only ever adding area:
 * a reflex vertex is cut off (its triangle is outside the ring), or an edge between two convex vertices is
 * replaced by the meeting point of its neighbouring edges. Cheapest first; every change is checked against the
 * other edges (a uniform grid of edges) so the ring stays simple. Returns undefined when it gets stuck above the
 * limit.
 */
function outwardSimplify(input: readonly Pt[], maxVertices: number): Pt[] | undefined {
  const n0 = input.length;
  const cap = 2 * n0 + 8;
  const xs = new Float64Array(cap), ys = new Float64Array(cap);
  const prev = new Int32Array(cap), next = new Int32Array(cap), ver = new Int32Array(cap), stamp = new Int32Array(cap);
  const alive = new Uint8Array(cap);
  let size = n0;
  let count = n0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < n0; i++) {
    const p = input[i] as Pt;
    xs[i] = p[0];
    ys[i] = p[1];
    prev[i] = i === 0 ? n0 - 1 : i - 1;
    next[i] = i === n0 - 1 ? 0 : i + 1;
    alive[i] = 1;
    if (p[0] < minX) minX = p[0];
    if (p[0] > maxX) maxX = p[0];
    if (p[1] < minY) minY = p[1];
    if (p[1] > maxY) maxY = p[1];
  }

  // edge grid: each cell holds pairs (u, v) of the edge u->v at registration time; stale pairs are dropped lazily
  const g = Math.max(1, Math.min(128, Math.ceil(Math.sqrt(n0) / 1.5)));
  const cw = Math.max(1, Math.ceil((maxX - minX + 1) / g));
  const ch = Math.max(1, Math.ceil((maxY - minY + 1) / g));
  const cells: number[][] = new Array<number[]>(g * g);
  for (let i = 0; i < g * g; i++) cells[i] = [];
  const cx = (x: number) => Math.min(g - 1, Math.max(0, Math.floor((x - minX) / cw)));
  const cy = (y: number) => Math.min(g - 1, Math.max(0, Math.floor((y - minY) / ch)));

  // the segment being registered or queried
  let sx0 = 0, sy0 = 0, sx1 = 0, sy1 = 0, su = 0, sv = 0;
  let skip0 = -1, skip1 = -1, skip2 = -1, skip3 = -1, skip4 = -1;
  let query = 0;
  const registerCell = (cell: number): boolean => {
    (cells[cell] as number[]).push(su, sv);
    return false;
  };
  const queryCell = (cell: number): boolean => {
    const list = cells[cell] as number[];
    for (let k = 0; k < list.length; k += 2) {
      const u = list[k] as number, v = list[k + 1] as number;
      if (alive[u] === 0 || next[u] !== v) {
        list[k] = list[list.length - 2] as number;
        list[k + 1] = list[list.length - 1] as number;
        list.length -= 2;
        k -= 2;
        continue;
      }
      if (stamp[u] === query) continue;
      stamp[u] = query;
      if (u === skip0 || u === skip1 || u === skip2 || u === skip3 || u === skip4) continue;
      if (segmentsMeet(sx0, sy0, sx1, sy1, xs[u] as number, ys[u] as number, xs[v] as number, ys[v] as number)) return true;
    }
    return false;
  };
  /** Visits every cell the current segment passes through (column by column, 1 unit of slack). */
  const walk = (visit: (cell: number) => boolean): boolean => {
    let px = sx0, py = sy0, qx = sx1, qy = sy1;
    if (px > qx) {
      px = sx1;
      py = sy1;
      qx = sx0;
      qy = sy0;
    }
    const x0 = cx(px), x1 = cx(qx);
    const slope = qx === px ? 0 : (qy - py) / (qx - px);
    for (let i = x0; i <= x1; i++) {
      const ax = i === x0 ? px : minX + i * cw;
      const bx = i === x1 ? qx : minX + (i + 1) * cw;
      const ay = py + (ax - px) * slope;
      const by = qx === px ? qy : py + (bx - px) * slope;
      const y0 = cy(Math.min(ay, by) - 1), y1 = cy(Math.max(ay, by) + 1);
      for (let j = y0; j <= y1; j++) if (visit(j * g + i)) return true;
    }
    return false;
  };
  const register = (u: number) => {
    su = u;
    sv = next[u] as number;
    sx0 = xs[u] as number;
    sy0 = ys[u] as number;
    sx1 = xs[sv] as number;
    sy1 = ys[sv] as number;
    walk(registerCell);
  };
  for (let u = 0; u < n0; u++) register(u);
  /** Does segment (ax,ay)-(bx,by) meet any current edge other than those starting at the skip vertices? */
  const crossesEdges = (ax: number, ay: number, bx: number, by: number): boolean => {
    query++;
    sx0 = ax;
    sy0 = ay;
    sx1 = bx;
    sy1 = by;
    return walk(queryCell);
  };

  // candidate evaluation; results in these variables
  let evCost = 0, evPx = 0, evPy = 0;
  /** Reflex cut at b (kind 0): b is removed. `full` also checks the rest of the ring. */
  const evalCut = (b: number, full: boolean): boolean => {
    const a = prev[b] as number, c = next[b] as number;
    const ax = xs[a] as number, ay = ys[a] as number, bx = xs[b] as number, by = ys[b] as number, cX = xs[c] as number, cY = ys[c] as number;
    const cr = (bx - ax) * (cY - ay) - (by - ay) * (cX - ax);
    if (cr > 0) return false;
    if (cr === 0 && (bx - ax) * (cX - bx) + (by - ay) * (cY - by) < 0) return false;
    evCost = -cr;
    if (!full) return true;
    const pa = prev[a] as number, nc = next[c] as number;
    if (cr < 0 && (inTriangle(ax, ay, cX, cY, bx, by, xs[pa] as number, ys[pa] as number) || inTriangle(ax, ay, cX, cY, bx, by, xs[nc] as number, ys[nc] as number))) {
      return false;
    }
    skip0 = pa;
    skip1 = a;
    skip2 = b;
    skip3 = c;
    skip4 = -1;
    return !crossesEdges(ax, ay, cX, cY);
  };
  /** Edge collapse of b->next(b) (kind 1): b and c are replaced by the meeting point of a->b and d->c. */
  const evalCollapse = (b: number, full: boolean): boolean => {
    if (count < 4) return false;
    const a = prev[b] as number, c = next[b] as number, d = next[c] as number;
    const ax = xs[a] as number, ay = ys[a] as number, bx = xs[b] as number, by = ys[b] as number;
    const cX = xs[c] as number, cY = ys[c] as number, dx = xs[d] as number, dy = ys[d] as number;
    if ((bx - ax) * (cY - ay) - (by - ay) * (cX - ax) <= 0) return false;
    if ((cX - bx) * (dy - by) - (cY - by) * (dx - bx) <= 0) return false;
    const rx = bx - ax, ry = by - ay, sx = cX - dx, sy = cY - dy;
    const den = rx * sy - ry * sx;
    if (den === 0) return false;
    const wx = cX - bx, wy = cY - by;
    const t = (wx * sy - wy * sx) / den;
    const u = (wx * ry - wy * rx) / den;
    if (!(t > 0 && u > 0)) return false;
    const fx = bx + t * rx, fy = by + t * ry;
    if (!(Math.abs(fx) < 4e7 && Math.abs(fy) < 1e7)) return false;
    for (let attempt = 0; attempt < 5; attempt++) {
      const px = attempt === 0 ? Math.round(fx) : (attempt & 1) === 1 ? Math.floor(fx) : Math.ceil(fx);
      const py = attempt === 0 ? Math.round(fy) : attempt <= 2 ? Math.floor(fy) : Math.ceil(fy);
      if ((px === ax && py === ay) || (px === dx && py === dy)) continue;
      // b left of (or on) a->P, c left of (or on) P->d, P right of (or on) b->c: the old chain stays inside
      if ((px - ax) * (by - ay) - (py - ay) * (bx - ax) < 0) continue;
      if ((dx - px) * (cY - py) - (dy - py) * (cX - px) < 0) continue;
      if ((cX - bx) * (py - by) - (cY - by) * (px - bx) > 0) continue;
      // added area: pentagon a, P, d, c, b (doubled)
      const area2 = ax * py - px * ay + (px * dy - dx * py) + (dx * cY - cX * dy) + (cX * by - bx * cY) + (bx * ay - ax * by);
      evCost = Math.max(0, area2);
      evPx = px;
      evPy = py;
      if (!full) return true;
      const pa = prev[a] as number, nd = next[d] as number;
      const pent: Pt[] = [[ax, ay], [px, py], [dx, dy], [cX, cY], [bx, by]];
      // (in a quadrilateral the neighbours are d and a themselves: nothing else to check)
      if (pa !== d && (pointInRing(pent, xs[pa] as number, ys[pa] as number) || pointInRing(pent, xs[nd] as number, ys[nd] as number))) continue;
      skip0 = pa;
      skip1 = a;
      skip2 = b;
      skip3 = c;
      skip4 = d;
      if (crossesEdges(ax, ay, px, py)) continue;
      if (crossesEdges(px, py, dx, dy)) continue;
      return true;
    }
    return false;
  };

  const heap = new CandidateHeap();
  // key = 2 * vertex + kind
  const consider = (v: number) => {
    if (evalCut(v, false)) heap.push(evCost, 2 * v, ver[v] as number);
    if (evalCollapse(v, false)) heap.push(evCost, 2 * v + 1, ver[v] as number);
  };
  /** Re-queues the candidates whose vertices changed: two before `v` through one after `w`. */
  const touch = (v: number, w: number) => {
    const p1 = prev[v] as number, p2 = prev[p1] as number, n1 = next[w] as number;
    ver[p2] = (ver[p2] as number) + 1;
    ver[p1] = (ver[p1] as number) + 1;
    ver[v] = (ver[v] as number) + 1;
    ver[w] = (ver[w] as number) + 1;
    ver[n1] = (ver[n1] as number) + 1;
    consider(p2);
    consider(p1);
    consider(v);
    consider(w);
    consider(n1);
  };
  for (let v = 0; v < n0; v++) consider(v);
  let rescanned = false;
  const top = { key: 0, stamp: 0 };
  while (count > maxVertices) {
    if (!heap.pop(top)) {
      if (rescanned) return undefined;
      rescanned = true;
      for (let v = 0; v < size; v++) if (alive[v] === 1) consider(v);
      continue;
    }
    const b = top.key >> 1, kind = top.key & 1;
    if (alive[b] === 0 || ver[b] !== top.stamp) continue;
    if (!(kind === 0 ? evalCut(b, true) : evalCollapse(b, true))) continue;
    rescanned = false;
    const a = prev[b] as number, c = next[b] as number;
    if (kind === 0) {
      alive[b] = 0;
      next[a] = c;
      prev[c] = a;
      count--;
      register(a);
      touch(a, c);
    } else {
      const d = next[c] as number;
      const p = size++;
      xs[p] = evPx;
      ys[p] = evPy;
      alive[p] = 1;
      prev[p] = a;
      next[p] = d;
      alive[b] = 0;
      alive[c] = 0;
      next[a] = p;
      prev[d] = p;
      count--;
      register(a);
      register(p);
      touch(a, p);
    }
  }
  let start = 0;
  while (alive[start] === 0) start++;
  const out: Pt[] = [];
  let v = start;
  do {
    out.push([xs[v] as number, ys[v] as number]);
    v = next[v] as number;
  } while (v !== start && out.length <= size);
  return out;
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
 * The bounding box `[minX, minY, maxX, maxY]` of points (`[x, y]` pairs, e.g. `[lon, lat]`).
 *
 * @example
 * boundsOf([[-105, 39], [-104, 40]]); //=> [-105, 39, -104, 40]
 */
export function boundsOf(points: readonly (readonly [number, number] | readonly number[])[]): [number, number, number, number] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of points) {
    const x = p[0] as number, y = p[1] as number;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
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
