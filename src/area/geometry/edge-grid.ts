/**
 * The edge grid of the outward simplifier: every current edge of the ring is registered in the uniform grid cells
 * it passes through, so a proposed new edge is tested only against edges near it. Edges that have since changed
 * are dropped lazily when a cell is read. All of it runs under a work budget linear in the ring: a crowded ring (a
 * zig-zag whose edges all cross every grid row) would make the queries quadratic, and past the budget the grid
 * answers "blocked" to everything, so the simplifier gives up and its caller falls back to the convex hull.
 */
import { segmentsMeet, type WorkRing } from './work-ring.js';

/** Grid registrations or edge tests allowed per input vertex before the simplifier gives up. */
const SIMPLIFY_WORK_PER_VERTEX = 100;

/** A uniform grid of the ring's edges, for one simplification. */
export class EdgeGrid {
  /** Work done so far: one per cell an edge is registered in, one per cell read plus one per edge pair in it. */
  work = 0;
  /** The most work allowed. */
  readonly budget: number;
  /** Vertices whose outgoing edges a query ignores (the ones the change itself replaces); -1 for none. */
  private skip0 = -1;
  private skip1 = -1;
  private skip2 = -1;
  private skip3 = -1;
  private skip4 = -1;
  private readonly ring: WorkRing;
  private readonly g: number;
  private readonly cw: number;
  private readonly ch: number;
  /** Each cell holds pairs (u, v) of the edge u->v at registration time. */
  private readonly cells: number[][];
  /** The query that last tested each vertex's edge (an edge can sit in several cells of one query). */
  private readonly stamp: Int32Array;
  private query = 0;
  // the segment being registered or queried
  private sx0 = 0;
  private sy0 = 0;
  private sx1 = 0;
  private sy1 = 0;
  private su = 0;
  private sv = 0;

  /** A grid for `ring`, sized for its `ring.count` vertices (at most 128 x 128 cells). */
  constructor(ring: WorkRing) {
    const n0 = ring.count;
    const [minX, minY, maxX, maxY] = ring.bounds;
    this.ring = ring;
    this.g = Math.max(1, Math.min(128, Math.ceil(Math.sqrt(n0) / 1.5)));
    this.cw = Math.max(1, Math.ceil((maxX - minX + 1) / this.g));
    this.ch = Math.max(1, Math.ceil((maxY - minY + 1) / this.g));
    this.cells = new Array<number[]>(this.g * this.g);
    for (let i = 0; i < this.g * this.g; i++) this.cells[i] = [];
    this.stamp = new Int32Array(ring.xs.length);
    this.budget = SIMPLIFY_WORK_PER_VERTEX * n0 + 100_000;
  }

  /** Past the budget: every change counts as blocked and the simplifier gives up. */
  get exhausted(): boolean {
    return this.work > this.budget;
  }

  /** Registers the edge leaving `u` (u -> next[u]) in every cell it passes through. */
  register(u: number): void {
    const { xs, ys, next } = this.ring;
    this.su = u;
    this.sv = next[u] as number;
    this.sx0 = xs[u] as number;
    this.sy0 = ys[u] as number;
    this.sx1 = xs[this.sv] as number;
    this.sy1 = ys[this.sv] as number;
    this.walk(false);
  }

  /** Sets the vertices whose edges the next queries ignore. */
  skip(a: number, b: number, c: number, d: number, e: number): void {
    this.skip0 = a;
    this.skip1 = b;
    this.skip2 = c;
    this.skip3 = d;
    this.skip4 = e;
  }

  /** Does segment (ax,ay)-(bx,by) meet any current edge other than those leaving the skipped vertices? */
  crossesEdges(ax: number, ay: number, bx: number, by: number): boolean {
    this.query++;
    this.sx0 = ax;
    this.sy0 = ay;
    this.sx1 = bx;
    this.sy1 = by;
    return this.walk(true);
  }

  private cellX(x: number): number {
    return Math.min(this.g - 1, Math.max(0, Math.floor((x - (this.ring.bounds[0] as number)) / this.cw)));
  }

  private cellY(y: number): number {
    return Math.min(this.g - 1, Math.max(0, Math.floor((y - (this.ring.bounds[1] as number)) / this.ch)));
  }

  /**
   * Visits every cell the current segment passes through (column by column, 1 unit of slack), registering it or
   * querying it; stops at the first cell that answers true (a query met an edge, or the budget ran out).
   */
  private walk(query: boolean): boolean {
    const minX = this.ring.bounds[0] as number, cw = this.cw, g = this.g;
    let px = this.sx0, py = this.sy0, qx = this.sx1, qy = this.sy1;
    if (px > qx) {
      px = this.sx1;
      py = this.sy1;
      qx = this.sx0;
      qy = this.sy0;
    }
    const x0 = this.cellX(px), x1 = this.cellX(qx);
    const slope = qx === px ? 0 : (qy - py) / (qx - px);
    for (let i = x0; i <= x1; i++) {
      const ax = i === x0 ? px : minX + i * cw;
      const bx = i === x1 ? qx : minX + (i + 1) * cw;
      const ay = py + (ax - px) * slope;
      const by = qx === px ? qy : py + (bx - px) * slope;
      const y0 = this.cellY(Math.min(ay, by) - 1), y1 = this.cellY(Math.max(ay, by) + 1);
      for (let j = y0; j <= y1; j++) if (query ? this.queryCell(j * g + i) : this.registerCell(j * g + i)) return true;
    }
    return false;
  }

  private registerCell(cell: number): boolean {
    (this.cells[cell] as number[]).push(this.su, this.sv);
    return ++this.work > this.budget;
  }

  /** Tests the current segment against the live edges of one cell, dropping the stale ones. */
  private queryCell(cell: number): boolean {
    const list = this.cells[cell] as number[];
    this.work += 1 + (list.length >> 1);
    if (this.work > this.budget) return true;
    const { xs, ys, next, alive } = this.ring;
    const stamp = this.stamp, query = this.query;
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
      if (u === this.skip0 || u === this.skip1 || u === this.skip2 || u === this.skip3 || u === this.skip4) continue;
      if (segmentsMeet(this.sx0, this.sy0, this.sx1, this.sy1, xs[u] as number, ys[u] as number, xs[v] as number, ys[v] as number)) return true;
    }
    return false;
  }
}
