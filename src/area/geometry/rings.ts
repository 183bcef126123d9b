/**
 * Rings and predicates: positions, the 1e-5 degree integer grid CAP carries, exact orientation tests, point in
 * ring, ring area and bounds.
 *
 * All exact work is done in integer units of 1e-5 degree (CAP output keeps at most 5 decimals), so every
 * orientation test is exact: coordinates stay below 3.6e7 in magnitude and their products below 2^53. Positions
 * are GeoJSON order `[lon, lat]` in degrees at the edges of these modules; CAP text is `lat,lon`.
 */

/**
 * A position in degrees, GeoJSON order: longitude first.
 *
 * @example
 * const denver: LonLat = [-104.99, 39.74];
 */
export type LonLat = readonly [number, number];


/** Integer units per degree. */
export const SCALE = 1e5;
/** Earth radius used for circles and areas (mean radius, km). */
export const EARTH_RADIUS_KM = 6371.0088;

/** A position in integer 1e-5 degree units, `[x, y]` = `[lon, lat]`. */
export type Pt = [number, number];

/** Degrees to integer 1e-5 units (nearest). */
export function toUnits(v: number): number {
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
  let frac = String(a % SCALE).padStart(5, '0');
  while (frac.endsWith('0')) frac = frac.slice(0, -1); // at most 5 steps; no regex (the audit runs every regex on 100 KB)
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

/** Orientation of o->a->b: > 0 counter-clockwise, exact on integers. */
export function cross(o: Pt, a: Pt, b: Pt): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** Twice the signed area of an integer ring (> 0 counter-clockwise). */
export function signedArea2(ring: readonly Pt[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const p = ring[i] as Pt;
    const q = ring[(i + 1) % n] as Pt;
    s += p[0] * q[1] - q[0] * p[1];
  }
  return s;
}

/** Point in polygon (even-odd), boundary counts as inside. Works on integer or float coordinates. */
export function pointInRing(ring: readonly (readonly [number, number])[], x: number, y: number): boolean {
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
export function toOpenRing(ring: readonly LonLat[]): Pt[] {
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

/** Integer open ring back to a closed ring in degrees. */
export function unitsToLonLat(ring: readonly Pt[]): LonLat[] {
  const out: LonLat[] = ring.map((p) => [p[0] / SCALE, p[1] / SCALE] as const);
  const first = out[0];
  if (first !== undefined) out.push(first);
  return out;
}
