/**
 * `blue-alert-cap/counties`: county geometry (us-atlas counties-10m: 3,231 counties and equivalents, Puerto Rico
 * and the territories included) and the lookup from geometry, circles and reach to SAME codes. Importing this
 * entry loads the county data; the index is built on the first lookup. The core entry never imports it.
 */
import { areaShapes } from '../area/resolve.js';
import type { RequestArea } from '../request/schema.js';
import type { LonLat } from '../area/geometry.js';
import type { CountyRecord } from '../area/lookup.js';
import { countiesTouchingRings, countyIndexAt, countyIndexBuildMs, countyRecord } from './atlas.js';

export { countyLookup } from './lookup.js';

export type { CountyLookup, CountyRecord } from '../area/lookup.js';

/**
 * Where the county data comes from.
 *
 * @example
 * COUNTY_DATA_SOURCE; //=> 'us-atlas counties-10m'
 */
export const COUNTY_DATA_SOURCE = 'us-atlas counties-10m';

/**
 * The parts of a request area the county lookup reads.
 *
 * @example
 * const a: CountyAreaInput = { reach: { lat: 39.78, lon: -104.94, hours: 1.5, speedKmh: 100 } };
 */
export interface CountyAreaInput {
  /** GeoJSON Polygon or MultiPolygon, positions `[lon, lat]` (any GeoJSON typing, or a parsed request's). */
  readonly geometry?:
    | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly (readonly number[])[])[] }
    | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly (readonly (readonly number[])[])[])[] }
    | undefined;
  readonly circles?: readonly { readonly lat: number; readonly lon: number; readonly radiusKm: number }[] | undefined;
  readonly reach?:
    | { readonly lat: number; readonly lon: number; readonly radiusKm?: number | undefined; readonly hours?: number | undefined; readonly speedKmh?: number | undefined }
    | undefined;
}

/**
 * What `countiesForArea` found.
 *
 * @example
 * const r: CountiesForArea = { counties: [{ fips: '08031', same: '008031', name: 'Denver', state: '08' }], same: ['008031'], states: ['08'] };
 */
export interface CountiesForArea {
  /** Every county touched, the one holding the reach point / first circle centre first, then nearest first. */
  readonly counties: readonly CountyRecord[];
  /** Their SAME codes (`0SSCCC`), same order. */
  readonly same: readonly string[];
  /** 2-digit state FIPS codes touched, in order of first appearance. */
  readonly states: readonly string[];
}

/**
 * The SAME codes and names of every county the area's geometry, circles or reach touch, and the states touched.
 * Polygons crossing the antimeridian are split; holes are ignored (filled), as in the message.
 *
 * @example
 * const r = countiesForArea({ circles: [{ lat: 41.0, lon: -104.8, radiusKm: 30 }] });
 * r.states; //=> ['56', '08'] (Laramie County, WY and Weld/Larimer counties, CO)
 */
export function countiesForArea(area: CountyAreaInput): CountiesForArea {
  // the shapes only read [lon, lat] of each position, so the looser GeoJSON typing is safe here
  const shapes = areaShapes(area as unknown as Pick<RequestArea, 'geometry' | 'circles' | 'reach'>);
  const rings = shapes.flatMap((s) => s.rings);
  const anchor: LonLat | undefined = (shapes.find((s) => s.kind === 'circle' && s.path === 'area.reach') ?? shapes.find((s) => s.kind === 'circle') ?? shapes[0])?.anchor;
  const counties = rings.length === 0 ? [] : countiesTouchingRings(rings, anchor);
  return {
    counties,
    same: counties.map((c) => c.same),
    states: [...new Set(counties.map((c) => c.state))],
  };
}

/**
 * The county (or equivalent) containing a point, or undefined offshore / outside the US and territories.
 *
 * @example
 * countyAt({ lat: 39.74, lon: -104.99 })?.same; //=> '008031'
 */
export function countyAt(point: { readonly lat: number; readonly lon: number }): CountyRecord | undefined {
  return countyIndexAt([point.lon, point.lat]);
}

/**
 * A county by 5-digit FIPS code, or undefined.
 *
 * @example
 * countyByFips('72127')?.name; //=> 'San Juan'
 */
export function countyByFips(fips5: string): CountyRecord | undefined {
  return countyRecord(fips5);
}

/**
 * How long the county index took to build on first use, in ms (undefined before first use). For benchmarks.
 *
 * @example
 * countyAt({ lat: 39.74, lon: -104.99 });
 * countyIndexMs(); //=> e.g. 40
 */
export function countyIndexMs(): number | undefined {
  return countyIndexBuildMs();
}
