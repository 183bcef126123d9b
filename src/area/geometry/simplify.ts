/**
 * Outward simplification: reduces a simple ring to a vertex budget while only ever adding area, so the result
 * still covers the whole input. Falls back to the convex hull, then the bounding box.
 */
import { boundsOf, cross, pointInRing, ringAreaKm2, signedArea2, toOpenRing, unitsToLonLat, type LonLat, type Pt } from './rings.js';
import { findSelfIntersection } from './intersection.js';


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

/** Edge tests allowed per input vertex in `outwardSimplify` before it gives up (see `budget` there). */
const SIMPLIFY_WORK_PER_VERTEX = 100;

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
 * limit. Exported for the snapshot test only (not re-exported by `geometry.ts`).
 */
export function outwardSimplify(input: readonly Pt[], maxVertices: number): Pt[] | undefined {
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
  // a work budget linear in the ring: crowded rings (a zig-zag whose edges all cross every grid row) would make the
  // edge queries quadratic; past the budget the caller falls back to the convex hull
  let work = 0;
  const budget = SIMPLIFY_WORK_PER_VERTEX * n0 + 100_000;
  const registerCell = (cell: number): boolean => {
    (cells[cell] as number[]).push(su, sv);
    return ++work > budget;
  };
  const queryCell = (cell: number): boolean => {
    const list = cells[cell] as number[];
    work += 1 + (list.length >> 1);
    if (work > budget) return true; // out of budget: every change counts as blocked, and the caller gives up
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
  for (let u = 0; u < n0 && work <= budget; u++) register(u);
  if (work > budget) return undefined;
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
    if (work > budget) return undefined;
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

