/**
 * Outward vertex removal: reduces a simple counter-clockwise open integer ring to a vertex budget by only ever
 * adding area, so the result still covers the whole input. Two kinds of change, cheapest (least added area) first:
 *
 * - a cut: a reflex vertex is removed (its triangle lies outside the ring);
 * - a collapse: an edge between two convex vertices is replaced by the meeting point of its neighbouring edges.
 *
 * Every change is checked against the other edges (`EdgeGrid`) so the ring stays simple, within a work budget
 * linear in the ring. The steps: build the linked ring and its grid, queue every candidate, then apply the
 * cheapest valid change and re-queue its neighbours until the budget of vertices is met.
 */
import { CandidateHeap } from './candidate-heap.js';
import { EdgeGrid } from './edge-grid.js';
import { pointInRing, type Pt } from './rings.js';
import { fromWorkRing, inTriangle, toWorkRing, type WorkRing } from './work-ring.js';

/** A candidate's key in the heap: `2 * vertex + kind`. */
const CUT = 0;
const COLLAPSE = 1;

/** One simplification: the ring, its edge grid, the candidate queue and the last candidate evaluated. */
class OutwardSimplifier {
  readonly ring: WorkRing;
  readonly grid: EdgeGrid;
  private readonly heap = new CandidateHeap();
  /** Bumped whenever a vertex's neighbourhood changes; a queued candidate with an older stamp is stale. */
  private readonly ver: Int32Array;
  // the last evaluated candidate: its cost (added area, doubled) and, for a collapse, the new vertex
  private evCost = 0;
  private evPx = 0;
  private evPy = 0;

  constructor(input: readonly Pt[]) {
    this.ring = toWorkRing(input);
    this.grid = new EdgeGrid(this.ring);
    this.ver = new Int32Array(this.ring.xs.length);
  }

  /** Registers every input edge in the grid; false when that alone exceeds the work budget. */
  registerAll(): boolean {
    const n0 = this.ring.size;
    for (let u = 0; u < n0 && !this.grid.exhausted; u++) this.grid.register(u);
    return !this.grid.exhausted;
  }

  /** Applies the cheapest valid change until `maxVertices` remain; false when stuck or out of budget. */
  run(maxVertices: number): boolean {
    const ring = this.ring;
    for (let v = 0; v < ring.size; v++) this.consider(v);
    let rescanned = false;
    const top = { key: 0, stamp: 0 };
    while (ring.count > maxVertices) {
      if (this.grid.exhausted) return false;
      if (!this.heap.pop(top)) {
        // the queue ran dry: ask every vertex once more (the ring has changed around some of them)
        if (rescanned) return false;
        rescanned = true;
        for (let v = 0; v < ring.size; v++) if (ring.alive[v] === 1) this.consider(v);
        continue;
      }
      const b = top.key >> 1, kind = top.key & 1;
      if (ring.alive[b] === 0 || this.ver[b] !== top.stamp) continue;
      if (!(kind === CUT ? this.evalCut(b, true) : this.evalCollapse(b, true))) continue;
      rescanned = false;
      if (kind === CUT) this.applyCut(b);
      else this.applyCollapse(b);
    }
    return true;
  }

  /** Removes vertex b: a -> b -> c becomes a -> c. */
  private applyCut(b: number): void {
    const { prev, next, alive } = this.ring;
    const a = prev[b] as number, c = next[b] as number;
    alive[b] = 0;
    next[a] = c;
    prev[c] = a;
    this.ring.count--;
    this.grid.register(a);
    this.touch(a, c);
  }

  /** Replaces b and c (b -> c the edge) by the evaluated point P: a -> P -> d. */
  private applyCollapse(b: number): void {
    const ring = this.ring;
    const { xs, ys, prev, next, alive } = ring;
    const a = prev[b] as number, c = next[b] as number, d = next[c] as number;
    const p = ring.size++;
    xs[p] = this.evPx;
    ys[p] = this.evPy;
    alive[p] = 1;
    prev[p] = a;
    next[p] = d;
    alive[b] = 0;
    alive[c] = 0;
    next[a] = p;
    prev[d] = p;
    ring.count--;
    this.grid.register(a);
    this.grid.register(p);
    this.touch(a, p);
  }

  /** Queues the candidates at v (cut and collapse) that are geometrically possible, by cost. */
  private consider(v: number): void {
    if (this.evalCut(v, false)) this.heap.push(this.evCost, 2 * v + CUT, this.ver[v] as number);
    if (this.evalCollapse(v, false)) this.heap.push(this.evCost, 2 * v + COLLAPSE, this.ver[v] as number);
  }

  /** Re-queues the candidates whose vertices changed: two before `v` through one after `w`. */
  private touch(v: number, w: number): void {
    const { prev, next } = this.ring;
    const ver = this.ver;
    const p1 = prev[v] as number, p2 = prev[p1] as number, n1 = next[w] as number;
    ver[p2] = (ver[p2] as number) + 1;
    ver[p1] = (ver[p1] as number) + 1;
    ver[v] = (ver[v] as number) + 1;
    ver[w] = (ver[w] as number) + 1;
    ver[n1] = (ver[n1] as number) + 1;
    this.consider(p2);
    this.consider(p1);
    this.consider(v);
    this.consider(w);
    this.consider(n1);
  }

  /** Reflex cut at b: b is removed. `full` also checks that the rest of the ring stays outside and uncrossed. */
  private evalCut(b: number, full: boolean): boolean {
    const { xs, ys, prev, next } = this.ring;
    const a = prev[b] as number, c = next[b] as number;
    const ax = xs[a] as number, ay = ys[a] as number, bx = xs[b] as number, by = ys[b] as number, cX = xs[c] as number, cY = ys[c] as number;
    const cr = (bx - ax) * (cY - ay) - (by - ay) * (cX - ax);
    if (cr > 0) return false;
    if (cr === 0 && (bx - ax) * (cX - bx) + (by - ay) * (cY - by) < 0) return false;
    this.evCost = -cr;
    if (!full) return true;
    const pa = prev[a] as number, nc = next[c] as number;
    if (cr < 0 && (inTriangle(ax, ay, cX, cY, bx, by, xs[pa] as number, ys[pa] as number) || inTriangle(ax, ay, cX, cY, bx, by, xs[nc] as number, ys[nc] as number))) {
      return false;
    }
    this.grid.skip(pa, a, b, c, -1);
    return !this.grid.crossesEdges(ax, ay, cX, cY);
  }

  /**
   * Edge collapse of b -> next(b): b and c are replaced by the meeting point P of a->b and d->c, rounded to the
   * grid (nearest first, then the other corners of its cell). `full` also checks the rest of the ring.
   */
  private evalCollapse(b: number, full: boolean): boolean {
    if (this.ring.count < 4) return false;
    const { xs, ys, prev, next } = this.ring;
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
      this.evCost = Math.max(0, area2);
      this.evPx = px;
      this.evPy = py;
      if (!full) return true;
      if (this.collapseBlocked(a, b, c, d, px, py)) continue;
      return true;
    }
    return false;
  }

  /** Would the collapse to P swallow a neighbouring vertex or cross another edge? */
  private collapseBlocked(a: number, b: number, c: number, d: number, px: number, py: number): boolean {
    const { xs, ys, prev, next } = this.ring;
    const ax = xs[a] as number, ay = ys[a] as number, dx = xs[d] as number, dy = ys[d] as number;
    const pa = prev[a] as number, nd = next[d] as number;
    const pent: Pt[] = [[ax, ay], [px, py], [dx, dy], [xs[c] as number, ys[c] as number], [xs[b] as number, ys[b] as number]];
    // (in a quadrilateral the neighbours are d and a themselves: nothing else to check)
    if (pa !== d && (pointInRing(pent, xs[pa] as number, ys[pa] as number) || pointInRing(pent, xs[nd] as number, ys[nd] as number))) return true;
    this.grid.skip(pa, a, b, c, d);
    return this.grid.crossesEdges(ax, ay, px, py) || this.grid.crossesEdges(px, py, dx, dy);
  }
}

/**
 * Reduces a simple counter-clockwise open integer ring to at most `maxVertices` vertices by only ever adding
 * area (see the module comment). Returns undefined when it gets stuck above the limit or runs out of its work
 * budget; the caller then falls back to the convex hull.
 *
 * @example
 * outwardSimplify([[0, 0], [10, 0], [10, 10], [5, 9], [0, 10]], 4); //=> [[0, 0], [10, 0], [10, 10], [0, 10]]
 */
export function outwardSimplify(input: readonly Pt[], maxVertices: number): Pt[] | undefined {
  const s = new OutwardSimplifier(input);
  if (!s.registerAll()) return undefined;
  if (!s.run(maxVertices)) return undefined;
  return fromWorkRing(s.ring);
}
