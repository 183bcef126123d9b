/**
 * The antimeridian: rings that jump across ±180° longitude are cut in two along the seam (Sutherland-Hodgman
 * clipping, linear in the ring size).
 */
import type { LonLat } from './rings.js';


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
