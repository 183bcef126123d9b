/**
 * The ring the outward simplifier works on: a doubly linked list of vertices in parallel typed arrays, with room
 * for the new vertex each edge collapse adds, and exact segment predicates on its integer coordinates.
 */
import type { Pt } from './rings.js';

/**
 * A ring as a linked list: vertex `v` is at (`xs[v]`, `ys[v]`), its neighbours are `prev[v]` and `next[v]`, and
 * `alive[v]` is 0 once it is removed. Vertices `0 .. size-1` have been used; `count` are alive.
 */
export interface WorkRing {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly prev: Int32Array;
  readonly next: Int32Array;
  readonly alive: Uint8Array;
  size: number;
  count: number;
  /** The bounds of the input, `[minX, minY, maxX, maxY]` (a collapse only ever adds vertices near them). */
  readonly bounds: readonly [number, number, number, number];
}

/** Builds the linked ring of an open integer ring, with room for `2n + 8` vertices. */
export function toWorkRing(input: readonly Pt[]): WorkRing {
  const n0 = input.length;
  const cap = 2 * n0 + 8;
  const xs = new Float64Array(cap), ys = new Float64Array(cap);
  const prev = new Int32Array(cap), next = new Int32Array(cap);
  const alive = new Uint8Array(cap);
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
  return { xs, ys, prev, next, alive, size: n0, count: n0, bounds: [minX, minY, maxX, maxY] };
}

/** The alive vertices in ring order, starting from the lowest-numbered one. */
export function fromWorkRing(ring: WorkRing): Pt[] {
  const { xs, ys, next, alive, size } = ring;
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

/** Sign of the orientation of a->b->c: 1 counter-clockwise, -1 clockwise, 0 collinear (exact on integers). */
export function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** Closed segments a-b and c-d share a point (exact on integers). */
export function segmentsMeet(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
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
export function inTriangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, px: number, py: number): boolean {
  if ((px === ax && py === ay) || (px === bx && py === by) || (px === cx && py === cy)) return false;
  const d1 = orient(ax, ay, bx, by, px, py), d2 = orient(bx, by, cx, cy, px, py), d3 = orient(cx, cy, ax, ay, px, py);
  const neg = d1 < 0 || d2 < 0 || d3 < 0;
  const pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}
