/**
 * Self-intersection of a ring, in O(n log n) whatever its shape: a sweep line (Shamos-Hoey) over the edges, with
 * the edges that cross the sweep kept in order in a skip list. Crowded rings (a zig-zag whose edges all span the
 * whole width, a star whose edges all meet near the centre) cost the same as sparse ones; a uniform grid does not.
 *
 * Every test is exact: the ring is on the integer 1e-5 degree grid (see `rings.ts`).
 *
 * What it reports, separately, so each caller can choose how strict to be:
 * - a proper crossing: two edges that are not neighbours cross at a point inside both;
 * - a touch: a vertex lies on another edge, or two edges overlap along a line, without crossing;
 * - a spike: two neighbouring edges fold back on each other (a zero-width spike);
 * - a repeated vertex: the ring passes through the same position twice (consecutive repeats are skipped).
 */
import { cross, type Pt } from './rings.js';

/**
 * What `ringDefects` found; each field is the first one met, absent when there is none.
 *
 * @example
 * const d: RingDefects = ringDefects([[0, 0], [10, 10], [10, 0], [0, 10]]);
 * d.crossing?.at; //=> [5, 5]
 */
export interface RingDefects {
  /** Two non-neighbouring edges (0-based: edge k runs from vertex k to vertex k+1) cross at `at`. */
  readonly crossing?: { readonly at: Pt; readonly edges: readonly [number, number] };
  /** Two non-neighbouring edges share a point without crossing (a vertex on an edge, or an overlap). */
  readonly touch?: { readonly at: Pt; readonly edges: readonly [number, number] };
  /** Neighbouring edges fold back on each other at vertex `vertex`. */
  readonly spike?: { readonly at: Pt; readonly vertex: number };
  /** The ring passes through `at` at both vertices. */
  readonly repeated?: { readonly at: Pt; readonly vertices: readonly [number, number] };
}

/**
 * Options of `ringDefects`.
 *
 * @example
 * const o: RingDefectOptions = { stopAtFirst: true };
 */
export interface RingDefectOptions {
  /** Stop at the first defect of any kind (a touch, spike or repeat as well as a crossing). Default false. */
  readonly stopAtFirst?: boolean;
}

type Mutable = { -readonly [K in keyof RingDefects]: RingDefects[K] };

function sign(v: number): number {
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function within(a: Pt, b: Pt, p: Pt): boolean {
  return Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
}

/** 2 = proper crossing, 1 = touch (closed segments share a point without crossing), 0 = apart. */
function meet(a: Pt, b: Pt, c: Pt, d: Pt): 0 | 1 | 2 {
  const d1 = sign(cross(c, d, a)), d2 = sign(cross(c, d, b));
  const d3 = sign(cross(a, b, c)), d4 = sign(cross(a, b, d));
  if (d1 * d2 < 0 && d3 * d4 < 0) return 2;
  if ((d1 === 0 && within(c, d, a)) || (d2 === 0 && within(c, d, b)) || (d3 === 0 && within(a, b, c)) || (d4 === 0 && within(a, b, d))) return 1;
  return 0;
}

/** Where a-b meets c-d, rounded to the grid (for messages). */
function meetingPoint(a: Pt, b: Pt, c: Pt, d: Pt): Pt {
  const den = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
  if (den === 0) {
    // collinear overlap: the first endpoint lying on the other segment
    for (const [p, s, t] of [[c, a, b], [d, a, b], [a, c, d], [b, c, d]] as const) if (within(s, t, p)) return [p[0], p[1]];
    return [a[0], a[1]];
  }
  const t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / den;
  return [Math.round(a[0] + t * (b[0] - a[0])), Math.round(a[1] + t * (b[1] - a[1]))];
}

/** Repeated vertices and spikes: one linear pass each. */
function vertexDefects(ring: readonly Pt[], out: Mutable): void {
  const n = ring.length;
  const seen = new Map<string, number>();
  for (let i = 0; i < n && out.repeated === undefined; i++) {
    const p = ring[i] as Pt;
    const prev = ring[(i + n - 1) % n] as Pt;
    if (prev[0] === p[0] && prev[1] === p[1]) continue; // a consecutive repeat is skipped
    const key = `${p[0]},${p[1]}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) out.repeated = { at: [p[0], p[1]], vertices: [earlier, i] };
    else seen.set(key, i);
  }
  if (n <= 3) return;
  for (let i = 0; i < n; i++) {
    const a = ring[(i + n - 1) % n] as Pt, v = ring[i] as Pt, c = ring[(i + 1) % n] as Pt;
    if ((a[0] === v[0] && a[1] === v[1]) || (c[0] === v[0] && c[1] === v[1])) continue;
    if (cross(v, a, c) === 0 && (a[0] - v[0]) * (c[0] - v[0]) + (a[1] - v[1]) * (c[1] - v[1]) > 0) {
      out.spike = { at: [v[0], v[1]], vertex: i };
      return;
    }
  }
}

/** Lexicographic order of points: x, then y (the sweep is a line turned a hair, so a vertical edge has an order). */
function lexLess(p: Pt, q: Pt): boolean {
  return p[0] < q[0] || (p[0] === q[0] && p[1] < q[1]);
}

/**
 * Finds where an open integer ring (no closing repeat) crosses, touches or folds onto itself, in O(n log n).
 * Edges of zero length (a vertex given twice in a row) are skipped. With `stopAtFirst`, the answer holds the first
 * defect of any kind only; otherwise every kind is looked for, and a touch does not hide a crossing.
 *
 * @example
 * ringDefects([[0, 0], [10, 0], [10, 10], [0, 10]]); //=> {}
 * ringDefects([[0, 0], [10, 10], [10, 0], [0, 10]]).crossing?.edges; //=> [0, 2]
 */
export function ringDefects(input: readonly Pt[], options: RingDefectOptions = {}): RingDefects {
  // consecutive repeats are skipped: work on the ring without them, and report the caller's numbers
  const ring: Pt[] = [];
  const orig: number[] = [];
  input.forEach((p, i) => {
    const last = ring[ring.length - 1];
    if (last === undefined || last[0] !== p[0] || last[1] !== p[1]) {
      ring.push(p);
      orig.push(i);
    }
  });
  while (ring.length > 1 && (ring[0] as Pt)[0] === (ring[ring.length - 1] as Pt)[0] && (ring[0] as Pt)[1] === (ring[ring.length - 1] as Pt)[1]) {
    ring.pop();
    orig.pop();
  }
  const d = compactRingDefects(ring, options);
  const num = (k: number) => orig[k] as number;
  return {
    ...(d.crossing === undefined ? {} : { crossing: { at: d.crossing.at, edges: [num(d.crossing.edges[0]), num(d.crossing.edges[1])] as const } }),
    ...(d.touch === undefined ? {} : { touch: { at: d.touch.at, edges: [num(d.touch.edges[0]), num(d.touch.edges[1])] as const } }),
    ...(d.spike === undefined ? {} : { spike: { at: d.spike.at, vertex: num(d.spike.vertex) } }),
    ...(d.repeated === undefined ? {} : { repeated: { at: d.repeated.at, vertices: [num(d.repeated.vertices[0]), num(d.repeated.vertices[1])] as const } }),
  };
}

/** `ringDefects` on a ring without consecutive repeats. */
function compactRingDefects(ring: readonly Pt[], options: RingDefectOptions): RingDefects {
  const stopAtFirst = options.stopAtFirst === true;
  const found: Mutable = {};
  const n = ring.length;
  vertexDefects(ring, found);
  if (stopAtFirst && (found.repeated !== undefined || found.spike !== undefined)) {
    return found.repeated !== undefined ? { repeated: found.repeated } : found.spike === undefined ? {} : { spike: found.spike };
  }
  if (n < 4) return found;

  // edges: left (lexicographically smaller) and right ends; zero-length edges are left out
  const lx = new Float64Array(n), ly = new Float64Array(n), rx = new Float64Array(n), ry = new Float64Array(n);
  const events: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = ring[i] as Pt, b = ring[(i + 1) % n] as Pt;
    if (a[0] === b[0] && a[1] === b[1]) continue;
    const [l, r] = lexLess(a, b) ? [a, b] : [b, a];
    lx[i] = l[0];
    ly[i] = l[1];
    rx[i] = r[0];
    ry[i] = r[1];
    events.push(2 * i + 1, 2 * i); // odd: insert at the left end; even: remove at the right end
  }
  const ex = new Float64Array(2 * n), ey = new Float64Array(2 * n);
  for (const e of events) {
    ex[e] = ((e & 1) === 1 ? lx[e >> 1] : rx[e >> 1]) as number;
    ey[e] = ((e & 1) === 1 ? ly[e >> 1] : ry[e >> 1]) as number;
  }
  // at one point, removals come before insertions
  events.sort((e, f) => (ex[e] as number) - (ex[f] as number) || (ey[e] as number) - (ey[f] as number) || (e & 1) - (f & 1) || e - f);

  // edges i and j are neighbours on the ring (they share a vertex by construction)
  const adjacent = (i: number, j: number) => j === (i + 1) % n || i === (j + 1) % n;
  const pt = (i: number, right: boolean): Pt => (right ? [rx[i] as number, ry[i] as number] : [lx[i] as number, ly[i] as number]);
  let done = false;
  const check = (i: number, j: number) => {
    if (i < 0 || j < 0 || adjacent(i, j)) return;
    const a = pt(i, false), b = pt(i, true), c = pt(j, false), d = pt(j, true);
    const m = meet(a, b, c, d);
    if (m === 0) return;
    const edges: [number, number] = i < j ? [i, j] : [j, i];
    if (m === 2) {
      found.crossing = { at: meetingPoint(a, b, c, d), edges };
      done = true;
    } else if (found.touch === undefined) {
      found.touch = { at: meetingPoint(a, b, c, d), edges };
      if (stopAtFirst) done = true;
    }
  };
  // is edge t below edge s, at s's left end?
  const below = (t: number, s: number): boolean => {
    const ax = lx[t] as number, ay = ly[t] as number, dx = (rx[t] as number) - ax, dy = (ry[t] as number) - ay;
    const c = dx * ((ly[s] as number) - ay) - dy * ((lx[s] as number) - ax);
    if (c !== 0) return c > 0;
    const c2 = dx * ((ry[s] as number) - ay) - dy * ((rx[s] as number) - ax);
    return c2 !== 0 ? c2 > 0 : t < s;
  };

  const list = new SweepList(n);
  for (const e of events) {
    const i = e >> 1;
    if ((e & 1) === 1) {
      list.insert(i, (t) => below(t, i));
      check(list.prev(i), i);
      if (!done) check(i, list.next(i));
    } else {
      const p = list.prev(i), q = list.next(i);
      list.remove(i);
      check(p, q);
    }
    if (done) break;
  }
  if (stopAtFirst && found.crossing !== undefined) return { crossing: found.crossing };
  if (stopAtFirst && found.touch !== undefined) return { touch: found.touch };
  return found;
}

/**
 * Where a ring crosses, touches or folds onto itself (any defect: what the build refuses), or undefined when it is
 * simple. Open integer ring.
 *
 * @example
 * findSelfIntersection([[0, 0], [10, 10], [10, 0], [0, 10]]); //=> [5, 5]
 */
export function findSelfIntersection(ring: readonly Pt[]): Pt | undefined {
  if (ring.length < 3) return ring[0];
  const d = ringDefects(ring, { stopAtFirst: true });
  return d.repeated?.at ?? d.spike?.at ?? d.crossing?.at ?? d.touch?.at;
}

/**
 * The edges that cross the sweep line, in order from bottom to top: a skip list over edge numbers with links both
 * ways on every level, so removal needs no comparisons (no search that ties could mislead) and costs O(log n).
 * Levels come from a fixed-seed generator, so the result never depends on chance.
 */
class SweepList {
  private readonly levels: number;
  private readonly head: number;
  /** next[level * size + node], prev[level * size + node]; -1 = none; `head` is the sentinel. */
  private readonly nextAt: Int32Array;
  private readonly prevAt: Int32Array;
  private readonly height: Uint8Array;
  private readonly size: number;
  private seed = 0x9e3779b9;
  private top = 1;

  constructor(n: number) {
    this.levels = Math.max(1, Math.ceil(Math.log2(n + 2)));
    this.size = n + 1;
    this.head = n;
    this.nextAt = new Int32Array(this.levels * this.size).fill(-1);
    this.prevAt = new Int32Array(this.levels * this.size).fill(-1);
    this.height = new Uint8Array(this.size);
  }

  private randomHeight(): number {
    let h = 1;
    // xorshift32
    let x = this.seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.seed = x >>> 0;
    let bits = this.seed;
    while (h < this.levels && (bits & 1) === 1) {
      h++;
      bits >>>= 1;
    }
    return h;
  }

  /** Inserts `node` after every node for which `before(node)` holds (the list must be sorted by it). */
  insert(node: number, before: (t: number) => boolean): void {
    const h = this.randomHeight();
    if (h > this.top) this.top = h;
    this.height[node] = h;
    let x = this.head;
    for (let lv = this.top - 1; lv >= 0; lv--) {
      const base = lv * this.size;
      for (;;) {
        const nx = this.nextAt[base + x] as number;
        if (nx < 0 || !before(nx)) break;
        x = nx;
      }
      if (lv < h) {
        const nx = this.nextAt[base + x] as number;
        this.nextAt[base + node] = nx;
        this.prevAt[base + node] = x;
        this.nextAt[base + x] = node;
        if (nx >= 0) this.prevAt[base + nx] = node;
      }
    }
  }

  remove(node: number): void {
    for (let lv = 0; lv < (this.height[node] as number); lv++) {
      const base = lv * this.size;
      const p = this.prevAt[base + node] as number, nx = this.nextAt[base + node] as number;
      this.nextAt[base + p] = nx;
      if (nx >= 0) this.prevAt[base + nx] = p;
    }
  }

  /** The node below, or -1. */
  prev(node: number): number {
    const p = this.prevAt[node] as number;
    return p === this.head ? -1 : p;
  }

  /** The node above, or -1. */
  next(node: number): number {
    return this.nextAt[node] as number;
  }
}
