/**
 * Circles: points at a distance and bearing, great-circle distance, and the polygon that contains a circle.
 */
import { EARTH_RADIUS_KM, SCALE, type LonLat } from './rings.js';
import { splitAtAntimeridian } from './antimeridian.js';
import { LIMITS } from '../../limits.js';

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
 * circle: its vertices lie slightly outside the radius (radius / cos(π/segments)); below 50 m
 * (`LIMITS.minCirclePolygonRadiusKm`) the polygon is drawn for 50 m, so its vertices stay distinct at 5 decimals. A circle that crosses the
 * antimeridian gives two rings.
 *
 * @example
 * circleToRings({ lat: 39.74, lon: -104.99, radiusKm: 40 })[0]?.length; //=> 65
 */
export function circleToRings(circle: { readonly lat: number; readonly lon: number; readonly radiusKm: number }, segments = 64): LonLat[][] {
  const n = Math.max(8, Math.floor(segments));
  // a tiny circle gets a polygon of LIMITS.minCirclePolygonRadiusKm, so its vertices stay distinct at 5 decimals
  const r = Math.max(circle.radiusKm, LIMITS.minCirclePolygonRadiusKm) / Math.cos(Math.PI / n) + 0.001;
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
