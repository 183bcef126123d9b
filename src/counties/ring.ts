/**
 * The rings a county query is made of (an area's polygons, circles and reach as closed rings), prepared for many
 * point-in-ring and segment-crossing tests against county boundaries.
 */
import { boundsOf, type LonLat } from '../area/geometry.js';

/**
 * A query ring with its edges bucketed in horizontal bands, for fast point and segment tests.
 *
 * @example
 * const q = new PreparedRing([[-105, 39], [-104, 39], [-104, 40], [-105, 40]]);
 * q.contains(-104.5, 39.5); //=> true
 */
export class PreparedRing {
  readonly box: [number, number, number, number];
  private readonly xs: Float64Array;
  private readonly ys: Float64Array;
  private readonly bands: number[][];
  private readonly bandH: number;

  constructor(ring: readonly LonLat[]) {
    const pts = ring.slice();
    const f = pts[0], l = pts[pts.length - 1];
    if (f !== undefined && l !== undefined && (f[0] !== l[0] || f[1] !== l[1])) pts.push(f);
    this.xs = Float64Array.from(pts, (p) => p[0]);
    this.ys = Float64Array.from(pts, (p) => p[1]);
    this.box = boundsOf(pts);
    const n = Math.max(1, Math.min(64, pts.length));
    this.bandH = Math.max((this.box[3] - this.box[1]) / n, 1e-9);
    this.bands = Array.from({ length: n }, () => []);
    for (let i = 1; i < pts.length; i++) {
      const y0 = Math.min(this.ys[i - 1] as number, this.ys[i] as number), y1 = Math.max(this.ys[i - 1] as number, this.ys[i] as number);
      for (let b = this.band(y0); b <= this.band(y1); b++) (this.bands[b] as number[]).push(i);
    }
  }

  private band(y: number): number {
    return Math.min(this.bands.length - 1, Math.max(0, Math.floor((y - this.box[1]) / this.bandH)));
  }

  /** Inside or on the boundary. */
  contains(x: number, y: number): boolean {
    const [minX, minY, maxX, maxY] = this.box;
    if (x < minX || x > maxX || y < minY || y > maxY) return false;
    let inside = false;
    for (const i of this.bands[this.band(y)] as number[]) {
      const ax = this.xs[i - 1] as number, ay = this.ys[i - 1] as number, bx = this.xs[i] as number, by = this.ys[i] as number;
      const cr = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
      if (cr === 0 && Math.min(ax, bx) <= x && x <= Math.max(ax, bx) && Math.min(ay, by) <= y && y <= Math.max(ay, by)) return true;
      if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
    }
    return inside;
  }

  /** Does segment a-b cross or touch the ring's boundary? */
  crosses(ax: number, ay: number, bx: number, by: number): boolean {
    const [minX, minY, maxX, maxY] = this.box;
    if (Math.max(ax, bx) < minX || Math.min(ax, bx) > maxX || Math.max(ay, by) < minY || Math.min(ay, by) > maxY) return false;
    const b0 = this.band(Math.min(ay, by)), b1 = this.band(Math.max(ay, by));
    for (let b = b0; b <= b1; b++) {
      for (const i of this.bands[b] as number[]) {
        if (segCross(ax, ay, bx, by, this.xs[i - 1] as number, this.ys[i - 1] as number, this.xs[i] as number, this.ys[i] as number)) return true;
      }
    }
    return false;
  }
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

function segCross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)) return false;
  if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return false;
  const d1 = orient(cx, cy, dx, dy, ax, ay), d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy), d4 = orient(ax, ay, bx, by, dx, dy);
  if (d1 * d2 > 0 || d3 * d4 > 0) return false;
  return true;
}
