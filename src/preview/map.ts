/**
 * The preview map: the alert's polygons and circles, the reach circle and last-seen points, the counties its SAME
 * codes name, the counties the shapes meet but the codes leave out, codes whose counties the shapes miss, and state
 * lines, as one SVG drawn with a conic projection fitted to the area. No tiles, no network.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { escapeHtml } from './escape.js';
import { circlePolygon, d3Polygon, fitConic, sphericalBounds } from './geo.js';
import type { CountyOutline, CountyOutlines } from './outline-decode.js';

/**
 * What the map draws, in CAP's own notation (`"lat,lon lat,lon ..."`, `"lat,lon radiusKm"`).
 *
 * @example
 * const a: MapArea = { polygons: [], circles: ['39.78,-104.94 40'], same: ['008031'], lastSeen: [{ lat: 39.78, lon: -104.94 }] };
 */
export interface MapArea {
  readonly polygons: readonly string[];
  readonly circles: readonly string[];
  readonly same: readonly string[];
  /** Where the suspects were last seen (drawn as points). */
  readonly lastSeen?: readonly { readonly lat: number; readonly lon: number }[];
  /** The reach point: the circle centred here is drawn and named as the reach circle. */
  readonly reach?: { readonly lat: number; readonly lon: number };
}

/**
 * The part of `blue-alert-cap/counties` the map uses to find the counties the shapes meet (pass the module itself).
 *
 * @example
 * import * as counties from 'blue-alert-cap/counties';
 * const lookup: MapCountyLookup = counties;
 */
export interface MapCountyLookup {
  countiesForArea(area: {
    geometry?: { type: 'MultiPolygon'; coordinates: number[][][][] };
    circles?: { lat: number; lon: number; radiusKm: number }[];
  }): { readonly counties: readonly { readonly fips: string; readonly name: string; readonly same: string }[] };
}

/**
 * A county the map marks, with why.
 *
 * @example
 * const c: MapCounty = { fips: '08031', name: 'Denver', mark: 'named' };
 */
export interface MapCounty {
  readonly fips: string;
  readonly name: string;
  /** `named`: a SAME code names it and the shapes meet it (or there are no shapes); `unnamed`: the shapes meet it,
   * no code names it; `missed`: a code names it, the shapes miss it. */
  readonly mark: 'named' | 'unnamed' | 'missed';
}

/**
 * The drawn map and what it marked.
 *
 * @example
 * const m: PreviewMap = renderMap(area, { outlines: countyOutlines(), counties });
 * m.counties.filter((c) => c.mark === 'missed');
 */
export interface PreviewMap {
  /** One `<svg>` element, or '' when there is nothing to place on a map. */
  readonly svg: string;
  readonly counties: readonly MapCounty[];
  /** Why marks are missing (no outlines, no county lookup), in words; '' when none. */
  readonly note: string;
}

interface Shape {
  readonly kind: 'polygon' | 'circle' | 'reach';
  readonly geometry: Polygon;
  readonly ring?: [number, number][];
  readonly circle?: { lat: number; lon: number; radiusKm: number };
}

const finite = (...n: number[]) => n.every((x) => Number.isFinite(x));

function parsePolygon(text: string): [number, number][] | undefined {
  const ring: [number, number][] = [];
  for (const pair of text.trim().split(/\s+/)) {
    const [lat, lon] = pair.split(',').map(Number);
    if (lat === undefined || lon === undefined || !finite(lat, lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
    ring.push([lon, lat]);
  }
  return ring.length >= 4 ? ring : undefined;
}

function parseCircle(text: string): { lat: number; lon: number; radiusKm: number } | undefined {
  const [center, radius] = text.trim().split(/\s+/);
  const [lat, lon] = (center ?? '').split(',').map(Number);
  const radiusKm = Number(radius);
  if (lat === undefined || lon === undefined || !finite(lat, lon, radiusKm) || Math.abs(lat) > 90 || Math.abs(lon) > 180 || radiusKm < 0 || radiusKm > 20000) return undefined;
  return { lat, lon, radiusKm };
}

function shapesOf(area: MapArea): Shape[] {
  const shapes: Shape[] = [];
  for (const p of area.polygons) {
    const ring = parsePolygon(p);
    if (ring !== undefined) shapes.push({ kind: 'polygon', geometry: d3Polygon(ring), ring });
  }
  for (const c of area.circles) {
    const circle = parseCircle(c);
    if (circle === undefined) continue;
    const isReach = area.reach !== undefined && Math.abs(area.reach.lat - circle.lat) < 1e-3 && Math.abs(area.reach.lon - circle.lon) < 1e-3;
    shapes.push({ kind: isReach ? 'reach' : 'circle', geometry: circlePolygon(circle.lon, circle.lat, Math.max(circle.radiusKm, 0.01)), circle });
  }
  return shapes;
}

/** FIPS codes the SAME codes name: `0SSCCC` one county (any first digit: a part of it), `0SS000` a whole state. */
function namedFips(same: readonly string[], outlines: CountyOutlines): Set<string> {
  const out = new Set<string>();
  for (const code of same) {
    if (!/^\d{6}$/.test(code)) continue;
    const fips = code.slice(1);
    if (fips.endsWith('000')) {
      for (const c of outlines.counties) if (c.fips.startsWith(fips.slice(0, 2))) out.add(c.fips);
    } else out.add(fips);
  }
  return out;
}

function countyGeometry(c: CountyOutline): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: c.polygons.map((p) => p.map((r) => r.map(([x, y]) => [x, y]))) };
}

const feature = (geometry: Geometry): Feature => ({ type: 'Feature', properties: {}, geometry });

function boxOverlaps(box: readonly [number, number, number, number], view: [[number, number], [number, number]]): boolean {
  const [[w, s], [e, n]] = view;
  if (box[3] < s || box[1] > n) return false;
  const east = e < w ? e + 360 : e;
  return [0, 360, -360].some((shift) => box[2] + shift >= w && box[0] + shift <= east);
}

function expand(view: [[number, number], [number, number]]): [[number, number], [number, number]] {
  const [[w, s], [e, n]] = view;
  const dx = Math.max(((e < w ? e + 360 : e) - w) * 0.6, 0.3);
  const dy = Math.max((n - s) * 0.6, 0.3);
  return [
    [w - dx, Math.max(s - dy, -90)],
    [e + dx, Math.min(n + dy, 90)],
  ];
}

function markCounties(area: MapArea, shapes: readonly Shape[], outlines: CountyOutlines, lookup: MapCountyLookup | undefined): { marks: Map<string, MapCounty['mark']>; note: string } {
  const named = namedFips(area.same, outlines);
  const marks = new Map<string, MapCounty['mark']>();
  if (lookup === undefined || shapes.length === 0) {
    for (const f of named) marks.set(f, 'named');
    const note = shapes.length === 0 ? '' : 'Counties the shapes meet are not checked against the SAME codes (no county lookup was given).';
    return { marks, note };
  }
  const polygons = shapes.filter((s) => s.ring !== undefined).map((s) => [s.ring!.map(([x, y]) => [x, y])]);
  const circles = shapes.flatMap((s) => (s.circle === undefined ? [] : [s.circle]));
  const met = new Set(
    lookup
      .countiesForArea({
        ...(polygons.length > 0 ? { geometry: { type: 'MultiPolygon' as const, coordinates: polygons } } : {}),
        ...(circles.length > 0 ? { circles } : {}),
      })
      .counties.map((c) => c.fips),
  );
  for (const f of named) marks.set(f, met.has(f) ? 'named' : 'missed');
  for (const f of met) if (!named.has(f)) marks.set(f, 'unnamed');
  return { marks, note: '' };
}

const W = 640;
const H = 440;

/**
 * Draws the map of an alert area. Without `outlines` only the shapes are drawn; without `counties` the counties the
 * SAME codes name are filled but not checked against the shapes.
 *
 * @example
 * import { countyOutlines } from 'blue-alert-cap/preview/outlines';
 * import * as counties from 'blue-alert-cap/counties';
 * renderMap({ polygons: [], circles: ['39.78,-104.94 40'], same: ['008031'] }, { outlines: countyOutlines(), counties }).svg;
 */
export function renderMap(area: MapArea, options: { readonly outlines?: CountyOutlines | undefined; readonly counties?: MapCountyLookup | undefined } = {}): PreviewMap {
  const shapes = shapesOf(area);
  const outlines = options.outlines;
  const points = (area.lastSeen ?? []).filter((p) => finite(p.lat, p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180);
  const { marks, note } = outlines === undefined ? { marks: new Map<string, MapCounty['mark']>(), note: 'County outlines were not loaded: only the alert shapes are drawn.' } : markCounties(area, shapes, outlines, options.counties);
  const byFips = new Map((outlines?.counties ?? []).map((c) => [c.fips, c]));
  const marked: MapCounty[] = [...marks].map(([fips, mark]) => ({ fips, name: byFips.get(fips)?.name ?? `county ${fips}`, mark }));

  const fitFeatures: Feature[] = [
    ...shapes.map((s) => feature(s.geometry)),
    // a point alone has no extent to fit: fit the 10 km around it
    ...points.map((p) => feature(circlePolygon(p.lon, p.lat, 10))),
    ...marked.flatMap((m) => {
      const c = byFips.get(m.fips);
      return c === undefined || c.polygons.length === 0 ? [] : [feature(countyGeometry(c))];
    }),
  ];
  if (fitFeatures.length === 0) return { svg: '', counties: marked, note: note || 'Nothing to draw: the area has no shapes and no county the map knows.' };
  const collection: FeatureCollection = { type: 'FeatureCollection', features: fitFeatures };
  const frame = fitConic(collection, W, H, 24);
  const view = expand(sphericalBounds(collection));

  const parts: string[] = [];
  parts.push(`<rect class="sea" x="0" y="0" width="${W}" height="${H}"/>`);
  if (outlines !== undefined) {
    const countyPaths: string[] = [];
    for (const c of outlines.counties) {
      if (c.polygons.length === 0 || !boxOverlaps(c.box, view)) continue;
      const d = frame.path(countyGeometry(c));
      if (d === '') continue;
      const mark = marks.get(c.fips);
      const label = `${c.name} (FIPS ${c.fips})${mark === undefined ? '' : `: ${MARK_WORDS[mark]}`}`;
      countyPaths.push(`<path class="county${mark === undefined ? '' : ` ${mark}`}" data-fips="${escapeHtml(c.fips)}" d="${d}"><title>${escapeHtml(label)}</title></path>`);
    }
    parts.push(`<g class="counties">${countyPaths.join('')}</g>`);
    const lines = outlines.stateLines.filter((l) => boxOverlaps(l.box, view)).map((l) => l.line.map(([x, y]) => [x, y]));
    if (lines.length > 0) parts.push(`<path class="state-lines" d="${frame.path({ type: 'MultiLineString', coordinates: lines })}"/>`);
  }
  for (const s of shapes) {
    const title = s.kind === 'polygon' ? 'Alert polygon' : s.kind === 'reach' ? `Reach circle: ${s.circle?.radiusKm ?? 0} km` : `Alert circle: ${s.circle?.radiusKm ?? 0} km`;
    parts.push(`<path class="shape ${s.kind}" d="${frame.path(s.geometry)}"><title>${escapeHtml(title)}</title></path>`);
  }
  for (const p of points) {
    const xy = frame.project([p.lon, p.lat]);
    if (xy === null) continue;
    parts.push(`<g class="last-seen"><circle cx="${xy[0].toFixed(1)}" cy="${xy[1].toFixed(1)}" r="6"/><title>Last seen: ${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}</title></g>`);
  }
  const svg = `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Map of where the alert goes">${parts.join('')}</svg>`;
  return { svg, counties: marked, note };
}

/**
 * What each county mark means, in words (for the legend and the county list).
 *
 * @example
 * MARK_WORDS.missed; //=> 'named by a SAME code, but the drawn area misses it'
 */
export const MARK_WORDS: Readonly<Record<MapCounty['mark'], string>> = {
  named: 'named by a SAME code',
  unnamed: 'inside the drawn area, but no SAME code names it',
  missed: 'named by a SAME code, but the drawn area misses it',
};
