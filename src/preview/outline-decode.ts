/**
 * Decodes the generated county outlines (`src/preview/data/outlines.ts`, written by `scripts/gen-outlines.ts`) into
 * GeoJSON-shaped county polygons and state lines, positions `[lon, lat]`, rings wound as d3-geo expects (TopoJSON's).
 */

/**
 * One county (or equivalent) outline, simplified for the map.
 *
 * @example
 * const c: CountyOutline = { fips: '08031', name: 'Denver', polygons: [[[[-105.1, 39.6], [-104.6, 39.6], [-104.6, 39.9], [-105.1, 39.6]]]], box: [-105.1, 39.6, -104.6, 39.9] };
 */
export interface CountyOutline {
  /** 5-digit FIPS code (state + county). */
  readonly fips: string;
  readonly name: string;
  /** MultiPolygon coordinates: polygons, rings, `[lon, lat]` positions. */
  readonly polygons: readonly (readonly (readonly [number, number])[][])[];
  /** minLon, minLat, maxLon, maxLat. */
  readonly box: readonly [number, number, number, number];
}

/**
 * County outlines and state lines for the preview map (`countyOutlines()` from `blue-alert-cap/preview/outlines`).
 *
 * @example
 * const o: CountyOutlines = countyOutlines();
 * o.counties.length; //=> 3231
 */
export interface CountyOutlines {
  readonly counties: readonly CountyOutline[];
  /** State lines (and coasts) as lines of `[lon, lat]` positions, each with its box. */
  readonly stateLines: readonly { readonly line: readonly (readonly [number, number])[]; readonly box: readonly [number, number, number, number] }[];
}

/**
 * The generated strings `decodeOutlines` reads.
 *
 * @example
 * import * as data from './data/outlines.js';
 * const raw: OutlineData = { alphabet: data.OUTLINE_ALPHABET, grid: data.OUTLINE_GRID, arcs: data.OUTLINE_ARCS, counties: data.OUTLINE_COUNTIES, stateLines: data.OUTLINE_STATE_LINES };
 */
export interface OutlineData {
  readonly alphabet: string;
  readonly grid: number;
  readonly arcs: string;
  readonly counties: string;
  readonly stateLines: string;
}

function reader(text: string, alphabet: string): { next: () => number; done: () => boolean } {
  const digits = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) digits[alphabet.charCodeAt(i)] = i;
  let pos = 0;
  return {
    done: () => pos >= text.length,
    next: () => {
      let z = 0;
      let mul = 1;
      for (;;) {
        const d = digits[text.charCodeAt(pos++)] ?? -1;
        if (d < 0) throw new Error('blue-alert-cap/preview: corrupt outline data');
        z += (d & 31) * mul;
        if (d < 32) break;
        mul *= 32;
      }
      return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    },
  };
}

type Box = [number, number, number, number];

/** Grows the box `b` to hold the points (index loops: this runs over every point of the map once). */
function growBox(b: Box, points: readonly (readonly [number, number])[]): Box {
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const x = p[0];
    const y = p[1];
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
  return b;
}

const emptyBox = (): Box => [Infinity, Infinity, -Infinity, -Infinity];

function decodeArcs(data: OutlineData): [number, number][][] {
  const r = reader(data.arcs, data.alphabet);
  const arcs: [number, number][][] = [];
  while (!r.done()) {
    const n = r.next();
    let x = 0;
    let y = 0;
    const pts: [number, number][] = [];
    for (let i = 0; i < n; i++) {
      x += r.next();
      y += r.next();
      pts.push([x * data.grid - 180, y * data.grid - 90]);
    }
    arcs.push(pts);
  }
  return arcs;
}

function ringFromArcs(text: string, data: OutlineData, arcs: readonly [number, number][][]): [number, number][] {
  const r = reader(text, data.alphabet);
  const ring: [number, number][] = [];
  while (!r.done()) {
    const a = r.next();
    const arc = arcs[a < 0 ? ~a : a] ?? [];
    // consecutive arcs share their end point; a negative index walks the arc backwards
    const skip = ring.length === 0 ? 0 : 1;
    if (a < 0) for (let i = arc.length - 1 - skip; i >= 0; i--) ring.push(arc[i]!);
    else for (let i = skip; i < arc.length; i++) ring.push(arc[i]!);
  }
  return ring;
}

/**
 * Decodes the generated outline strings. Rings that simplification collapsed (fewer than 4 positions) are dropped.
 *
 * @example
 * import * as d from './data/outlines.js';
 * const o = decodeOutlines({ alphabet: d.OUTLINE_ALPHABET, grid: d.OUTLINE_GRID, arcs: d.OUTLINE_ARCS, counties: d.OUTLINE_COUNTIES, stateLines: d.OUTLINE_STATE_LINES });
 */
export function decodeOutlines(data: OutlineData): CountyOutlines {
  const arcs = decodeArcs(data);
  const counties: CountyOutline[] = [];
  for (const entry of data.counties.split('|')) {
    const tilde = entry.indexOf('~');
    const geo = entry.slice(tilde + 1);
    const polygons = geo === ''
      ? []
      : geo
          .split('/')
          .map((p) => p.split(':').map((ring) => ringFromArcs(ring, data, arcs)).filter((ring) => ring.length >= 4))
          .filter((p) => p.length > 0);
    const box = emptyBox();
    for (const p of polygons) for (const ring of p) growBox(box, ring);
    counties.push({ fips: entry.slice(0, 5), name: entry.slice(5, tilde), polygons, box });
  }
  const r = reader(data.stateLines, data.alphabet);
  const stateLines: CountyOutlines['stateLines'][number][] = [];
  while (!r.done()) {
    const line = arcs[r.next()] ?? [];
    if (line.length >= 2) stateLines.push({ line, box: growBox(emptyBox(), line) });
  }
  return { counties, stateLines };
}
