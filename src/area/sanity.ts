/**
 * Area sanity: is the area in the US at all (or are its positions swapped), do its shapes and its listed SAME/FIPS
 * codes describe the same place, and does it cover a whole state. Without the county lookup the core uses the
 * built-in state boxes (`state-boxes.ts`); with it, real county geometry.
 */
import type { RequestArea } from '../request/schema.js';
import { issue, type BlueAlertIssue } from '../errors.js';
import { ringAreaKm2, type LonLat } from './geometry.js';
import { areaShapes, type AreaShape } from './resolve.js';
import { stateInfo } from './codes.js';
import type { CountyLookup, CountyRecord } from './lookup.js';
import { STATE_BOXES, statesAtPoint, statesMeetingBox, type Box } from './state-boxes.js';

const stateName = (fips: string): string => stateInfo(fips)?.name ?? `state ${fips}`;
const round = (v: number): string => String(Math.round(v * 1e4) / 1e4);
const km2 = (v: number): string => Math.round(v).toLocaleString('en-US');

/**
 * When a position `[lon, lat]` falls in no US state but `[lat, lon]` would, a sentence that says so (with a
 * leading space), else `''`. `style` says how the request wrote it: a GeoJSON `position`, or `fields` (lat, lon).
 *
 * @example
 * swappedPositionHint(40.71, -74.0, 'position');
 * //=> ' GeoJSON positions are [longitude, latitude]: [-74, 40.71] would fall in New York.'
 */
export function swappedPositionHint(lon: number, lat: number, style: 'position' | 'fields'): string {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return '';
  if (Math.abs(lat) <= 90 && statesAtPoint(lon, lat).length > 0) return '';
  if (Math.abs(lon) > 90) return '';
  const there = statesAtPoint(lat, lon);
  if (there.length === 0) return '';
  const where = there.map(stateName).join(' or ');
  return style === 'position'
    ? ` GeoJSON positions are [longitude, latitude]: [${round(lat)}, ${round(lon)}] would fall in ${where}.`
    : ` lat and lon look swapped: lat ${round(lon)}, lon ${round(lat)} would fall in ${where}.`;
}

function boxOf(rings: readonly (readonly LonLat[])[]): Box {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const r of rings) for (const [x, y] of r) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

const swapRings = (rings: readonly (readonly LonLat[])[]): LonLat[][] => rings.map((r) => r.map(([x, y]) => [y, x] as const));

function what(shape: AreaShape): string {
  if (shape.path === 'area.reach') return 'The reach';
  return shape.kind === 'circle' ? 'The circle' : 'The polygon';
}

/** The first position of a shape as the request wrote it (a polygon's first vertex, a circle's centre). */
function shownPoint(shape: AreaShape): LonLat {
  return shape.kind === 'circle' ? shape.anchor : (shape.rings[0]?.[0] ?? shape.anchor);
}

function outsideUs(shape: AreaShape, swappedIn: string[]): BlueAlertIssue {
  const [lon, lat] = shownPoint(shape);
  const circle = shape.kind === 'circle';
  const at = circle ? `its centre is lat ${round(lat)}, lon ${round(lon)}` : `its first position is [${round(lon)}, ${round(lat)}]`;
  const swap =
    swappedIn.length === 0
      ? ' Check the coordinates: GeoJSON positions are [longitude, latitude].'
      : circle
        ? ` lat and lon look swapped: lat ${round(lon)}, lon ${round(lat)} would fall in ${swappedIn.map(stateName).join(' or ')}.`
        : ` GeoJSON positions are [longitude, latitude]: swapped, [${round(lat)}, ${round(lon)}] would fall in ${swappedIn.map(stateName).join(' or ')}. Swap every position.`;
  return issue('area_outside_us', shape.path, `${what(shape)} touches no US state or territory (${at}).${swap}`);
}

/** The listed codes as SAME `PSSCCC` with their request paths. */
function listedCodes(area: Pick<RequestArea, 'same' | 'fips'>): { code: string; path: string }[] {
  const out: { code: string; path: string }[] = [];
  (area.same ?? []).forEach((code, i) => {
    if (/^\d{6}$/.test(code)) out.push({ code, path: `area.same[${i}]` });
  });
  (area.fips ?? []).forEach((code, i) => {
    if (/^\d{2}$/.test(code)) out.push({ code: `0${code}000`, path: `area.fips[${i}]` });
    else if (/^\d{5}$/.test(code)) out.push({ code: `0${code}`, path: `area.fips[${i}]` });
  });
  return out;
}

function meets(code: string, counties: readonly CountyRecord[]): boolean {
  if (code === '000000') return counties.length > 0;
  const ss = code.slice(1, 3);
  if (code.endsWith('000')) return counties.some((c) => c.state === ss);
  return counties.some((c) => c.fips === code.slice(1));
}

function placeList(counties: readonly CountyRecord[], lookup: CountyLookup): string {
  const names = counties.slice(0, 3).map((c) => `${lookup.countyName(c.fips) ?? c.fips}, ${stateInfo(c.state)?.abbr ?? c.state}`);
  return `${names.join('; ')}${counties.length > 3 ? ` and ${counties.length - 3} more` : ''}`;
}

/** Clips a ring to a box (Sutherland–Hodgman; the box is convex). */
function clipToBox(ring: readonly LonLat[], box: Box): LonLat[] {
  let out: LonLat[] = [...ring];
  const edges: [(p: LonLat) => boolean, (a: LonLat, b: LonLat) => LonLat][] = [
    [(p) => p[0] >= box[0], (a, b) => cutX(a, b, box[0])],
    [(p) => p[0] <= box[2], (a, b) => cutX(a, b, box[2])],
    [(p) => p[1] >= box[1], (a, b) => cutY(a, b, box[1])],
    [(p) => p[1] <= box[3], (a, b) => cutY(a, b, box[3])],
  ];
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i] as LonLat;
      const prev = input[(i + input.length - 1) % input.length] as LonLat;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    }
    if (out.length === 0) break;
  }
  return out;
}
const cutX = (a: LonLat, b: LonLat, x: number): LonLat => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
const cutY = (a: LonLat, b: LonLat, y: number): LonLat => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];

/** Share of a state an area covers at least this much: it "covers most of" the state. */
const MOST_OF_STATE = 0.5;

function statewideIssues(area: Pick<RequestArea, 'same' | 'fips'>, shapes: readonly AreaShape[]): BlueAlertIssue[] {
  const out: BlueAlertIssue[] = [];
  const seen = new Set<string>();
  for (const { code, path } of listedCodes(area)) {
    if (!code.endsWith('000') || code === '000000' || seen.has(code)) continue;
    seen.add(code);
    const s = STATE_BOXES.find((b) => b.fips === code.slice(1, 3));
    if (s === undefined) continue;
    out.push(
      issue(
        'area_statewide',
        path,
        `${code} is all of ${stateName(s.fips)} (about ${km2(s.areaKm2)} km²). A Blue Alert usually goes to the counties the suspect could reach; list those counties instead unless the whole state is meant.`,
        'warning',
      ),
    );
  }
  for (const shape of shapes) {
    // one warning per shape, naming every state it covers most of
    const mostly: string[] = [];
    for (const fips of statesMeetingBox(boxOf(shape.rings))) {
      const s = STATE_BOXES.find((b) => b.fips === fips);
      if (s === undefined) continue;
      let covered = 0;
      for (const sb of s.boxes) for (const ring of shape.rings) covered += ringAreaKm2(clipToBox(ring, sb));
      covered = Math.min(covered, ringAreaSum(shape));
      if (covered >= MOST_OF_STATE * s.areaKm2) mostly.push(`${stateName(fips)}: about ${km2(covered)} km² of its ${km2(s.areaKm2)} km²`);
    }
    if (mostly.length > 0) {
      out.push(
        issue(
          'area_statewide',
          shape.path,
          `${what(shape)} covers most of ${mostly.length === 1 ? '' : `${mostly.length} states: `}${mostly.join('; ')}. Check that so large an area is meant.`,
          'warning',
        ),
      );
    }
  }
  return out;
}

function ringAreaSum(shape: AreaShape): number {
  let a = 0;
  for (const r of shape.rings) a += ringAreaKm2(r);
  return a;
}

/**
 * Sanity checks of a request's area, with issues that say what to do:
 * - `area_outside_us` (error): a polygon, circle or reach that touches no US state or territory; when its
 *   positions swapped would fall in the US, the message says "GeoJSON positions are [longitude, latitude]" and
 *   shows the swapped pair. Without a county lookup it uses the built-in state boxes; with one, county geometry.
 * - `area_code_mismatch` (with a county lookup): a shape that meets none of the listed SAME/FIPS counties is an
 *   error (WEA and EAS would reach different places); listed codes no shape meets are a warning naming them.
 * - `area_statewide` (warning): a statewide code, or a shape that covers most of a state, naming the state and
 *   the area in km².
 *
 * @example
 * areaSanityIssues({ geometry: { type: 'Polygon', coordinates: [[[40.7, -74.1], [40.8, -74.1], [40.8, -73.9], [40.7, -74.1]]] } })[0]?.code;
 * //=> 'area_outside_us'
 */
export function areaSanityIssues(
  area: Pick<RequestArea, 'same' | 'fips' | 'geometry' | 'circles' | 'reach'>,
  counties?: CountyLookup,
): BlueAlertIssue[] {
  const out: BlueAlertIssue[] = [];
  let shapes: AreaShape[];
  try {
    shapes = areaShapes(area);
  } catch {
    return out; // a shape resolveArea already refuses
  }
  const listed = listedCodes(area);
  const inUs: AreaShape[] = [];
  const touchedBy = new Map<AreaShape, readonly CountyRecord[]>();
  for (const shape of shapes) {
    const boxStates = statesMeetingBox(boxOf(shape.rings));
    let touched: readonly CountyRecord[] | undefined;
    if (boxStates.length > 0 && counties !== undefined) {
      touched = counties.countiesTouching(shape.rings, shape.anchor);
      touchedBy.set(shape, touched);
    }
    if (boxStates.length === 0 || touched?.length === 0) {
      const swapped = swapRings(shape.rings);
      let swappedIn = statesAtPoint(...swapPoint(shownPoint(shape)));
      if (counties !== undefined && swappedIn.length > 0) {
        const real = counties.countiesTouching(swapped);
        swappedIn = [...new Set(real.map((c) => c.state))];
      }
      out.push(outsideUs(shape, swappedIn));
      continue;
    }
    inUs.push(shape);
  }
  if (counties !== undefined && listed.length > 0 && inUs.length > 0) {
    const met = new Set<string>();
    for (const shape of inUs) {
      const touched = touchedBy.get(shape) ?? [];
      const mine = listed.filter((l) => meets(l.code, touched));
      for (const l of mine) met.add(l.code);
      if (mine.length === 0) {
        out.push(
          issue(
            'area_code_mismatch',
            shape.path,
            `${what(shape)} meets none of the listed SAME/FIPS counties (${listed.map((l) => l.code).join(', ')}); it lies in ${placeList(touched, counties)}. WEA would reach the shape and EAS the listed codes: make them the same place.`,
          ),
        );
      }
    }
    const left = listed.filter((l) => !met.has(l.code));
    if (left.length > 0 && left.length < listed.length) {
      out.push(
        issue(
          'area_code_mismatch',
          left[0]?.path ?? 'area',
          `No polygon or circle meets ${left.map((l) => `${l.code} (${l.path})`).join(', ')}; EAS would reach ${left.length === 1 ? 'that county' : 'those counties'} but WEA would not. Extend the shapes or drop the code${left.length === 1 ? '' : 's'}.`,
          'warning',
        ),
      );
    }
  }
  out.push(...statewideIssues(area, inUs));
  return out;
}

const swapPoint = (p: LonLat): [number, number] => [p[1], p[0]];
