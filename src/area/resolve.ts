/**
 * Target area: SAME/FIPS codes, polygons and circles. The only module that turns GeoJSON [lon,lat] into CAP
 * `lat,lon`.
 *
 * - SAME and FIPS codes are checked against real tables (us-atlas); FIPS `SSCCC` -> `0SSCCC`, `SS` -> `0SS000`;
 *   order is kept and duplicates are dropped with a warning.
 * - Polygons: holes are filled and rings that cross the antimeridian are cut in two (both only add area); rings
 *   over the limit (100 pairs) are simplified outward so they still cover the whole original area.
 * - Circles and `reach` become CAP circles (`lat,lon radiusKm`); with `circlesAsPolygons` each is also sent as a
 *   64-sided polygon that contains the circle (default off: IPAWS and WEA accept circles, EAS uses SAME codes).
 * - With a county lookup (`blue-alert-cap/counties`), SAME codes and county names come from the geometry too.
 */
import type { RequestArea } from '../request/schema.js';
import { issue, type BlueAlertIssue } from '../errors.js';
import {
  capPolygonProblems,
  circleToRings,
  formatDecimal,
  formatUnits,
  ringAreaKm2,
  ringContains,
  ringProblems,
  simplifyPolygonToLimit,
  splitAtAntimeridian,
  toCapPolygon,
  type LonLat,
} from './geometry.js';
import { sameCodeProblem, stateInfo } from './codes.js';
import { LIMITS } from '../limits.js';
import { describeSameCodes } from './describe.js';
import type { CountyLookup, CountyRecord } from './lookup.js';
import { areaSanityIssues } from './sanity.js';

/**
 * The area as it goes into CAP and into `result.area`.
 *
 * @example
 * const a: ResolvedArea = { same: ['008031'], polygons: [], circles: ['39.74,-104.99 40'], areaDesc: 'Denver County, CO', states: ['08'] };
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
  /** Counties found by the county lookup from geometry, circles and reach (only when a lookup was given). */
  readonly counties?: readonly CountyRecord[];
  /**
   * The places the first 31 SAME codes name, as an EAS device lists them ("Denver, CO", "Colorado"); only when a
   * county lookup was given (the core has no county names). The EAS text uses them (ECIG 1.0 §3.6).
   */
  readonly locationNames?: readonly string[];
}

/**
 * Options for area resolution.
 *
 * @example
 * const o: AreaOptions = { easEnabled: true, circlesAsPolygons: false };
 */
export interface AreaOptions {
  /** EAS is on: more than 31 SAME codes is an error (else a warning). */
  readonly easEnabled: boolean;
  /** Derive SAME codes and county names from geometry, circles and reach (from `blue-alert-cap/counties`). */
  readonly counties?: CountyLookup;
  /** Also send each circle (and reach) as a polygon, for channels that need polygons. Default false. */
  readonly circlesAsPolygons?: boolean;
  /** Most coordinate pairs in one polygon, closing pair included. Default 100 (IPAWS WEA practice). */
  readonly maxPolygonPairs?: number;
}

/**
 * EAS carries at most 31 location codes (47 CFR 11.31).
 *
 * @example
 * result.area.same.length <= MAX_SAME_CODES; // when EAS is enabled
 */
export const MAX_SAME_CODES = 31;
/** Largest circle or reach radius accepted, km. */
export const MAX_RADIUS_KM = 2000;
/** Sides of the polygon sent for a circle. */
const CIRCLE_SEGMENTS = 64;

/**
 * The radius a `reach` stands for: `radiusKm`, else `hours` x `speedKmh`.
 *
 * @example
 * reachRadiusKm({ lat: 39.78, lon: -104.94, hours: 1.5, speedKmh: 100 }); //=> 150
 */
export function reachRadiusKm(reach: { readonly lat?: number; readonly lon?: number; readonly radiusKm?: number | undefined; readonly hours?: number | undefined; readonly speedKmh?: number | undefined }): number {
  return reach.radiusKm ?? (reach.hours ?? 0) * (reach.speedKmh ?? 0);
}

/**
 * Writes a CAP circle `lat,lon radiusKm`, at most 5 decimals; the radius is rounded up so the circle never shrinks,
 * and a positive radius below the last decimal (1 cm) is written as `LIMITS.minCircleRadiusKm` (0.00001), never 0.
 *
 * @example
 * toCapCircle({ lat: 39.74, lon: -104.99, radiusKm: 40 }); //=> '39.74,-104.99 40'
 * toCapCircle({ lat: 39.74, lon: -104.99, radiusKm: 1e-300 }); //=> '39.74,-104.99 0.00001'
 */
export function toCapCircle(circle: { readonly lat: number; readonly lon: number; readonly radiusKm: number }): string {
  const units = Math.max(Math.round(LIMITS.minCircleRadiusKm * 1e5), Math.ceil(circle.radiusKm * 1e5 - 1e-6));
  return `${formatDecimal(circle.lat)},${formatDecimal(circle.lon)} ${formatUnits(units)}`;
}

/**
 * One shape of an area in `[lon, lat]` rings, where it came from in the request, and whether it is a polygon the
 * message carries as such.
 *
 * @example
 * const s: AreaShape = { path: 'area.reach', rings: [[[-105, 39], [-104, 39], [-104, 40], [-105, 39]]], kind: 'circle', anchor: [-104.5, 39.5] };
 */
export interface AreaShape {
  readonly path: string;
  /** Outer rings, closed, split at the antimeridian. */
  readonly rings: readonly (readonly LonLat[])[];
  readonly kind: 'polygon' | 'circle';
  /** A point that stands for the shape: the circle's centre, or the polygon's centroid when inside, else a vertex. */
  readonly anchor: LonLat;
}

/**
 * The geometry, circles and reach of an area as `[lon, lat]` rings (holes dropped, split at the antimeridian,
 * circles as containing 64-gons). What the county lookup searches. No validation: use `resolveArea` for that.
 *
 * @example
 * areaShapes({ circles: [{ lat: 39.74, lon: -104.99, radiusKm: 40 }] })[0]?.kind; //=> 'circle'
 */
export function areaShapes(area: Pick<RequestArea, 'geometry' | 'circles' | 'reach'>): AreaShape[] {
  const shapes: AreaShape[] = [];
  for (const { path, ring } of outerRings(area)) {
    const first = ring[0];
    const rings = splitAtAntimeridian(ring);
    if (first !== undefined) shapes.push({ path, rings, kind: 'polygon', anchor: rings[0] === undefined ? first : ringAnchor(rings[0]) });
  }
  (area.circles ?? []).forEach((c, i) => {
    shapes.push({ path: `area.circles[${i}]`, rings: circleToRings(c, CIRCLE_SEGMENTS), kind: 'circle', anchor: [c.lon, c.lat] });
  });
  if (area.reach !== undefined) {
    const r = area.reach;
    const radiusKm = Math.min(reachRadiusKm(r), MAX_RADIUS_KM);
    shapes.push({ path: 'area.reach', rings: circleToRings({ lat: r.lat, lon: r.lon, radiusKm }, CIRCLE_SEGMENTS), kind: 'circle', anchor: [r.lon, r.lat] });
  }
  return shapes;
}

function outerRings(area: Pick<RequestArea, 'geometry'>): { path: string; ring: readonly LonLat[]; holes: number }[] {
  const g = area.geometry;
  if (g === undefined) return [];
  const polys = g.type === 'Polygon' ? [{ path: 'area.geometry.coordinates', rings: g.coordinates }] : g.coordinates.map((rings, k) => ({ path: `area.geometry.coordinates[${k}]`, rings }));
  const out: { path: string; ring: readonly LonLat[]; holes: number }[] = [];
  for (const p of polys) {
    const outer = p.rings[0];
    if (outer === undefined) continue;
    out.push({ path: `${p.path}[0]`, ring: outer.map((q) => [q[0], q[1]] as const), holes: p.rings.length - 1 });
  }
  return out;
}

/**
 * The point that stands for a ring (used to put its own county first): the area centroid when it lies inside the
 * ring, else the first vertex.
 *
 * @example
 * ringAnchor([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]); //=> [1, 1]
 */
export function ringAnchor(ring: readonly LonLat[]): LonLat {
  const first = ring[0] ?? [0, 0];
  let a = 0, x = 0, y = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i] as LonLat, q = ring[i + 1] as LonLat;
    const px = p[0] - first[0], py = p[1] - first[1], qx = q[0] - first[0], qy = q[1] - first[1];
    const c = px * qy - qx * py;
    a += c;
    x += (px + qx) * c;
    y += (py + qy) * c;
  }
  if (a === 0) return first;
  const centroid: LonLat = [first[0] + x / (3 * a), first[1] + y / (3 * a)];
  return ringContains(ring, centroid) ? centroid : first;
}

const km2 = (v: number) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(v >= 1 ? 1 : 3));

/**
 * Resolves a request's area into CAP geocodes, polygons and circles, with issues that name the request path
 * (`area.fips[2]`, `area.geometry.coordinates[0]`, …).
 *
 * @example
 * const { area, issues } = resolveArea({ fips: ['08031', '08'] }, { easEnabled: true });
 * area.same; //=> ['008031', '008000']
 */
export function resolveArea(area: RequestArea, options: AreaOptions): { area: ResolvedArea; issues: BlueAlertIssue[] } {
  const issues: BlueAlertIssue[] = [];
  const codes = new CodeList(issues);
  listedCodes(area, codes, issues);
  const explicitCount = codes.same.length;
  const { polygons, lookupRings } = resolvePolygons(area, options.maxPolygonPairs ?? 100, issues);
  const { circles, circleList } = resolveCircles(area, options, polygons, lookupRings, issues);
  const same = codes.same;
  const shapePath = area.reach !== undefined ? 'area.reach' : (circleList[0]?.path ?? (area.geometry !== undefined ? 'area.geometry' : 'area'));
  const counties = options.counties === undefined || lookupRings.length === 0 ? undefined : countiesOfShapes(area, options.counties, circleList, lookupRings, codes, shapePath);
  if (counties !== undefined && counties.length === 0 && explicitCount === 0) {
    issues.push(issue('area_no_geocode', shapePath, 'The area touches no county or equivalent, so it has no SAME code; check that positions are [lon, lat].', 'warning'));
  }
  if (same.length === 0 && area.same === undefined && area.fips === undefined && options.easEnabled && options.counties === undefined) {
    issues.push(
      issue(
        'area_no_geocode',
        'area',
        'The area has no SAME code, so EAS cannot carry it; give area.same or area.fips, use the county lookup (blue-alert-cap/counties), or set eas.enabled to false.',
        'warning',
      ),
    );
  }
  if (same.length > MAX_SAME_CODES) issues.push(tooManyCodes(same.length, explicitCount, shapePath, options.easEnabled));
  const states = [...new Set(same.map((s) => s.slice(1, 3)))];
  issues.push(...crossStateIssues(states, same, codes.firstPath));
  // is it in the US at all, do shapes and codes agree, does it cover a whole state
  issues.push(...areaSanityIssues(area, options.counties));

  const nameOf = options.counties === undefined ? undefined : (f: string) => options.counties?.countyName(f);
  const areaDesc = area.description ?? (same.length > 0 ? describeSameCodes(same, nameOf) : describeShapes(polygons.length, circles.length));
  const locationNames = nameOf === undefined ? undefined : sameLocationNames(same.slice(0, MAX_SAME_CODES), nameOf);
  const resolved: ResolvedArea = {
    same,
    polygons,
    circles,
    areaDesc,
    states,
    ...(counties === undefined ? {} : { counties }),
    ...(locationNames === undefined || locationNames.length === 0 ? {} : { locationNames }),
  };
  return { area: resolved, issues };
}

/** The SAME codes in order, each once, with the request path that first gave it; a duplicate is a warning. */
class CodeList {
  readonly same: string[] = [];
  readonly firstPath = new Map<string, string>();
  private readonly issues: BlueAlertIssue[];

  constructor(issues: BlueAlertIssue[]) {
    this.issues = issues;
  }

  add(code: string, path: string, shown: string): void {
    const earlier = this.firstPath.get(code);
    if (earlier !== undefined) {
      this.issues.push(issue('area_duplicate_code', path, `"${shown}" targets ${code}, already given at ${earlier}; the duplicate is dropped.`, 'warning'));
      return;
    }
    this.firstPath.set(code, path);
    this.same.push(code);
  }

  /** A code a shape reaches, kept silently when a listed code or another shape already gave it. */
  addQuietly(code: string, path: string): void {
    if (this.firstPath.has(code)) return;
    this.firstPath.set(code, path);
    this.same.push(code);
  }
}

/** The listed SAME and FIPS codes (`area.same`, `area.fips`), each checked. */
function listedCodes(area: RequestArea, codes: CodeList, issues: BlueAlertIssue[]): void {
  (area.same ?? []).forEach((code, i) => {
    const path = `area.same[${i}]`;
    const p = sameCodeProblem(code);
    if (p !== undefined) {
      issues.push(issue(p.kind === 'county' ? 'unknown_county' : p.kind === 'state' ? 'unknown_state' : 'invalid_same_code', path, p.message));
      return;
    }
    codes.add(code, path, code);
  });
  (area.fips ?? []).forEach((code, i) => {
    const path = `area.fips[${i}]`;
    if (!/^(\d{2}|\d{5})$/.test(code)) {
      issues.push(issue('invalid_fips_code', path, `A FIPS code is 2 digits (state, e.g. "08") or 5 digits (county, e.g. "08031"); got "${code}".`));
      return;
    }
    const sameCode = code.length === 2 ? `0${code}000` : `0${code}`;
    const p = sameCodeProblem(sameCode);
    if (p !== undefined) {
      const message =
        p.kind === 'county'
          ? `No county ${code} exists in ${stateInfo(code.slice(0, 2))?.name ?? `state ${code.slice(0, 2)}`}; a county FIPS code is SSCCC, e.g. "08031" for Denver County, CO.`
          : `No state or territory has FIPS code ${code.slice(0, 2)}; e.g. "08" is Colorado, "72" Puerto Rico.`;
      issues.push(issue(p.kind === 'county' ? 'unknown_county' : 'unknown_state', path, message));
      return;
    }
    codes.add(sameCode, path, code);
  });
}

/** The request's polygons as CAP polygons (holes filled, split at the antimeridian, simplified to `maxPairs`). */
function resolvePolygons(area: RequestArea, maxPairs: number, issues: BlueAlertIssue[]): { polygons: string[]; lookupRings: LonLat[][] } {
  const polygons: string[] = [];
  const lookupRings: LonLat[][] = [];
  for (const { path, ring, holes } of outerRings(area)) {
    if (holes > 0) {
      issues.push(
        issue('polygon_simplified', path.replace(/\[0\]$/, ''), `CAP polygons have no holes: ${holes === 1 ? 'the hole is' : `${holes} holes are`} filled, so the alert also covers ${holes === 1 ? 'it' : 'them'}.`, 'warning'),
      );
    }
    const pieces = splitAtAntimeridian(ring);
    if (pieces.length > 1) {
      issues.push(issue('polygon_simplified', path, `The polygon crosses the antimeridian (180°); it is sent as ${pieces.length} polygons, one on each side.`, 'warning'));
    }
    for (const piece of pieces) {
      const problems = ringProblems(piece);
      if (problems.length > 0) {
        issues.push(issue('polygon_invalid', path, `Not a valid polygon: ${problems.join('; ')}. Give the boundary in order, [lon, lat], without crossing itself.`));
        continue;
      }
      const simplified = simplifyPolygonToLimit(piece, maxPairs);
      if (simplified.method !== 'none') {
        issues.push(
          issue(
            'polygon_simplified',
            path,
            `The polygon has ${simplified.originalPairs} points; WEA takes at most ${maxPairs}, so it was simplified to ${simplified.pairs} points that still cover the whole area, adding about ${km2(simplified.addedAreaKm2)} km² (${(
              (100 * simplified.addedAreaKm2) / Math.max(ringAreaKm2(piece), 1e-9)
            ).toFixed(1)}%)${simplified.method === 'outward' ? '' : ` (${simplified.method === 'hull' ? 'convex hull' : 'bounding box'})`}.`,
            'warning',
          ),
        );
      }
      const text = toCapPolygon(simplified.ring);
      const check = capPolygonProblems(text, maxPairs);
      if (check.length > 0) {
        issues.push(issue('polygon_invalid', path, `The polygon cannot be sent: ${check.join('; ')}.`));
        continue;
      }
      polygons.push(text);
      lookupRings.push([...simplified.ring]);
    }
  }
  return { polygons, lookupRings };
}

interface CircleInput {
  path: string;
  lat: number;
  lon: number;
  radiusKm: number;
}

/** The circles and the reach as CAP circles (and as polygons when asked); their rings join `lookupRings`. */
function resolveCircles(
  area: RequestArea,
  options: AreaOptions,
  polygons: string[],
  lookupRings: LonLat[][],
  issues: BlueAlertIssue[],
): { circles: string[]; circleList: CircleInput[] } {
  const circles: string[] = [];
  const circleList: CircleInput[] = [];
  (area.circles ?? []).forEach((c, i) => circleList.push({ path: `area.circles[${i}]`, ...c }));
  if (area.reach !== undefined) {
    const r = area.reach;
    const radiusKm = reachRadiusKm(r);
    if (!(radiusKm > 0) || radiusKm > MAX_RADIUS_KM) {
      issues.push(
        issue(
          'circle_invalid',
          'area.reach',
          `The reach gives a radius of ${km2(radiusKm)} km; it must be more than 0 and at most ${MAX_RADIUS_KM} km. Lower hours or speedKmh, or give radiusKm.`,
        ),
      );
    } else circleList.push({ path: 'area.reach', lat: r.lat, lon: r.lon, radiusKm });
  }
  for (const c of circleList) {
    circles.push(toCapCircle(c));
    const rings = circleToRings(c, CIRCLE_SEGMENTS);
    if (options.circlesAsPolygons === true) for (const ring of rings) polygons.push(toCapPolygon(ring));
    lookupRings.push(...rings.map((r) => [...r]));
  }
  return { circles, circleList };
}

/** The counties the shapes touch (the shape's own county first), added to the codes under `shapePath`. */
function countiesOfShapes(
  area: RequestArea,
  lookup: NonNullable<AreaOptions['counties']>,
  circleList: readonly CircleInput[],
  lookupRings: readonly LonLat[][],
  codes: CodeList,
  shapePath: string,
): CountyRecord[] {
  const anchor: LonLat | undefined =
    area.reach !== undefined
      ? [area.reach.lon, area.reach.lat]
      : circleList[0] !== undefined
        ? [circleList[0].lon, circleList[0].lat]
        : lookupRings[0] === undefined
          ? undefined
          : ringAnchor(lookupRings[0]);
  const counties = [...lookup.countiesTouching(lookupRings, anchor)];
  for (const c of counties) codes.addQuietly(c.same, shapePath);
  return counties;
}

/** More SAME codes than EAS carries: an error when EAS is on, a warning when it is off. */
function tooManyCodes(count: number, explicitCount: number, shapePath: string, easEnabled: boolean): BlueAlertIssue {
  const derived = count - explicitCount;
  return issue(
    'too_many_same_codes',
    explicitCount > MAX_SAME_CODES || derived === 0 ? 'area.same' : shapePath,
    `EAS carries at most ${MAX_SAME_CODES} SAME location codes; this area has ${count}${derived > 0 ? ` (${derived} from the counties the shapes touch)` : ''}. Make the area smaller, list whole states as 0SS000, or set eas.enabled to false.`,
    easEnabled ? 'error' : 'warning',
  );
}

/** A warning for each state past the first that the area reaches, at the path of its first code. */
function crossStateIssues(states: readonly string[], same: readonly string[], firstPath: ReadonlyMap<string, string>): BlueAlertIssue[] {
  if (states.length <= 1) return [];
  const home = states[0] as string;
  const homeName = stateInfo(home)?.name ?? home;
  return states.slice(1).map((other) => {
    const name = stateInfo(other)?.name ?? `state ${other}`;
    return issue(
      'area_crosses_state',
      // where the first code in that state came from: a listed code, or the shape that reaches it
      firstPath.get(same.find((s) => s.slice(1, 3) === other) ?? '') ?? 'area',
      `The area reaches from ${homeName} into ${name}; coordinate with ${name}'s Blue Alert authorities before issuing.`,
      'warning',
    );
  });
}

/** "Denver, CO" for a county code, the state's name for 0SS000, "United States" for 000000. */
function sameLocationNames(same: readonly string[], nameOf: (fips5: string) => string | undefined): string[] {
  const out: string[] = [];
  for (const code of same) {
    if (code === '000000') {
      out.push('United States');
      continue;
    }
    const state = stateInfo(code.slice(1, 3));
    if (code.endsWith('000')) {
      if (state !== undefined) out.push(state.name);
      continue;
    }
    const name = nameOf(code.slice(1));
    if (name !== undefined) out.push(state === undefined ? name : `${name}, ${state.abbr}`);
  }
  return [...new Set(out)];
}

function describeShapes(polygons: number, circles: number): string {
  if (circles > 0 && polygons === 0) return circles === 1 ? 'The area within the circle shown' : 'The areas within the circles shown';
  return 'The area shown on the map';
}
