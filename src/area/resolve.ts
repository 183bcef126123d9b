/**
 * Target area: SAME/FIPS codes, polygons and circles. The only module that turns GeoJSON [lon,lat] into CAP
 * `lat,lon`. (First version; the geography issue completes it.)
 */
import type { RequestArea } from '../request/schema.js';
import { issue, type BlueAlertIssue } from '../errors.js';

/**
 * The area as it goes into CAP and into `result.area`.
 *
 * @example
 * const a: ResolvedArea = { same: ['008031'], polygons: [], circles: ['39.74,-104.99 40'], areaDesc: 'Denver', states: ['08'] };
 */
export interface ResolvedArea {
  /** SAME geocodes, 6 digits, in order, no duplicates. */
  readonly same: readonly string[];
  /** CAP polygons (`lat,lon lat,lon …`, closed). */
  readonly polygons: readonly string[];
  /** CAP circles (`lat,lon radiusKm`). */
  readonly circles: readonly string[];
  /** The `areaDesc` written for people. */
  readonly areaDesc: string;
  /** 2-digit state FIPS codes the area touches. */
  readonly states: readonly string[];
}

/**
 * Options for area resolution.
 *
 * @example
 * const o: AreaOptions = { easEnabled: true };
 */
export interface AreaOptions {
  readonly easEnabled: boolean;
}

function round5(n: number): string {
  return String(Math.round(n * 1e5) / 1e5);
}

/**
 * Resolves a request's area into CAP geocodes, polygons and circles.
 */
export function resolveArea(area: RequestArea, options: AreaOptions): { area: ResolvedArea; issues: BlueAlertIssue[] } {
  const issues: BlueAlertIssue[] = [];
  const same: string[] = [];
  const add = (code: string) => {
    if (!same.includes(code)) same.push(code);
  };
  for (const s of area.same ?? []) add(s);
  for (const f of area.fips ?? []) add(f.length === 2 ? `0${f}000` : `0${f}`);
  const polygons: string[] = [];
  const rings = area.geometry === undefined ? [] : area.geometry.type === 'Polygon' ? [area.geometry.coordinates[0]] : area.geometry.coordinates.map((p) => p[0]);
  for (const ring of rings) {
    if (ring === undefined) continue;
    polygons.push(ring.map(([lon, lat]) => `${round5(lat)},${round5(lon)}`).join(' '));
  }
  const circles = (area.circles ?? []).map((c) => `${round5(c.lat)},${round5(c.lon)} ${round5(c.radiusKm)}`);
  if (area.reach !== undefined) {
    const r = area.reach;
    const km = r.radiusKm ?? (r.hours ?? 0) * (r.speedKmh ?? 0);
    circles.push(`${round5(r.lat)},${round5(r.lon)} ${round5(km)}`);
  }
  if (same.length > 31 && options.easEnabled) {
    issues.push(issue('too_many_same_codes', 'area.same', `EAS carries at most 31 SAME codes; this area has ${same.length}.`));
  }
  const states = [...new Set(same.map((s) => s.slice(1, 3)))];
  return { area: { same, polygons, circles, areaDesc: area.description ?? 'Area defined by SAME codes', states }, issues };
}
