/**
 * County index over us-atlas `counties-10m` (TopoJSON, 3,231 counties and equivalents), from the compact module
 * `scripts/gen-counties.ts` generates. Built on first use: arcs are decoded once and shared by the two counties
 * they separate, so a boundary crossing is tested once.
 */
import { boundsOf, type LonLat } from '../area/geometry.js';
import type { CountyRecord } from '../area/lookup.js';
import { ATLAS_ALPHABET, ATLAS_ARCS, ATLAS_ARC_COUNT, ATLAS_COUNTIES, ATLAS_SCALE, ATLAS_TRANSLATE } from './data/atlas.js';

/** Reads the zigzag varints of the generated atlas strings. */
class VarintReader {
  private pos = 0;
  private readonly text: string;
  private readonly digits: Int8Array;
  constructor(text: string, digits: Int8Array) {
    this.text = text;
    this.digits = digits;
  }
  get done(): boolean {
    return this.pos >= this.text.length;
  }
  next(): number {
    let z = 0;
    let mul = 1;
    for (;;) {
      const d = this.digits[this.text.charCodeAt(this.pos++)] ?? -1;
      if (d < 0) throw new Error('blue-alert-cap/counties: corrupt atlas data');
      z += (d & 31) * mul;
      if (d < 32) break;
      mul *= 32;
    }
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
}

function alphabetDigits(): Int8Array {
  const digits = new Int8Array(128).fill(-1);
  for (let i = 0; i < ATLAS_ALPHABET.length; i++) digits[ATLAS_ALPHABET.charCodeAt(i)] = i;
  return digits;
}

interface Part {
  readonly county: number;
  /** Arc indices of all rings of this part (outer and holes: even-odd over all of them). */
  readonly arcs: readonly number[];
  readonly box: readonly [number, number, number, number];
  readonly first: LonLat;
}

interface Index {
  readonly records: readonly CountyRecord[];
  readonly byFips: ReadonlyMap<string, number>;
  /** Per arc: interleaved lon,lat. */
  readonly arcPts: readonly Float64Array[];
  /** Per arc: minX, minY, maxX, maxY. */
  readonly arcBox: Float64Array;
  /** Per arc: the counties on either side (1 or 2). */
  readonly arcOwners: readonly (readonly number[])[];
  readonly parts: readonly Part[];
  /** 1-degree cells -> part ids and arc ids whose boxes overlap the cell. */
  readonly cellParts: ReadonlyMap<number, number[]>;
  readonly cellArcs: ReadonlyMap<number, number[]>;
}

const CELL = 1;
const cellKey = (ix: number, iy: number) => (iy + 100) * 1000 + (ix + 200);

let index: Index | undefined;
let indexMs: number | undefined;

/**
 * Milliseconds the county index took to build on first use (undefined before first use).
 *
 * @example
 * countyIndexBuildMs(); //=> 42.7 (after the first lookup)
 */
export function countyIndexBuildMs(): number | undefined {
  return indexMs;
}

function forCells(box: readonly [number, number, number, number], f: (key: number) => void): void {
  const x0 = Math.floor(box[0] / CELL), x1 = Math.floor(box[2] / CELL);
  const y0 = Math.floor(box[1] / CELL), y1 = Math.floor(box[3] / CELL);
  for (let ix = x0; ix <= x1; ix++) for (let iy = y0; iy <= y1; iy++) f(cellKey(ix, iy));
}

/**
 * Builds (once, on first use) and returns the county index.
 *
 * @example
 * countyIndex().records.length; //=> 3231
 */
export function countyIndex(): Index {
  if (index !== undefined) return index;
  const t0 = typeof performance === 'undefined' ? Date.now() : performance.now();
  const digits = alphabetDigits();
  const [sx, sy] = ATLAS_SCALE;
  const [tx, ty] = ATLAS_TRANSLATE;
  const arcPts: Float64Array[] = [];
  const arcBox = new Float64Array(ATLAS_ARC_COUNT * 4);
  const arcReader = new VarintReader(ATLAS_ARCS, digits);
  // one buffer for every point (each varint is at least one character, so it is large enough); per-arc views
  // into it cost far less to make and to collect than 9,869 separate arrays
  const all = new Float64Array(ATLAS_ARCS.length);
  let used = 0;
  for (let i = 0; i < ATLAS_ARC_COUNT; i++) {
    const n = arcReader.next();
    const pts = all.subarray(used, used + n * 2);
    used += n * 2;
    let x = 0, y = 0;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let k = 0; k < n; k++) {
      x += arcReader.next();
      y += arcReader.next();
      const lon = x * sx + tx, lat = y * sy + ty;
      pts[2 * k] = lon;
      pts[2 * k + 1] = lat;
      if (lon < minX) minX = lon;
      if (lon > maxX) maxX = lon;
      if (lat < minY) minY = lat;
      if (lat > maxY) maxY = lat;
    }
    arcPts.push(pts);
    arcBox[4 * i] = minX;
    arcBox[4 * i + 1] = minY;
    arcBox[4 * i + 2] = maxX;
    arcBox[4 * i + 3] = maxY;
  }
  const arcOwners: number[][] = arcPts.map(() => []);
  const records: CountyRecord[] = [];
  const byFips = new Map<string, number>();
  const parts: Part[] = [];
  const decode = (ref: number) => (ref < 0 ? ~ref : ref);
  for (const entry of ATLAS_COUNTIES.split('|')) {
    const fips = entry.slice(0, 5);
    const tilde = entry.indexOf('~');
    const county = records.length;
    records.push({ fips, same: `0${fips}`, name: entry.slice(5, tilde), state: fips.slice(0, 2) });
    byFips.set(fips, county);
    const geo = entry.slice(tilde + 1);
    for (const poly of geo === '' ? [] : geo.split('/')) {
      const arcs: number[] = [];
      for (const ring of poly.split(':')) {
        const r = new VarintReader(ring, digits);
        while (!r.done) arcs.push(decode(r.next()));
      }
      if (arcs.length === 0) continue;
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (const a of arcs) {
        minX = Math.min(minX, arcBox[4 * a] as number);
        minY = Math.min(minY, arcBox[4 * a + 1] as number);
        maxX = Math.max(maxX, arcBox[4 * a + 2] as number);
        maxY = Math.max(maxY, arcBox[4 * a + 3] as number);
        const owners = arcOwners[a] as number[];
        if (!owners.includes(county)) owners.push(county);
      }
      const p0 = arcPts[arcs[0] as number] as Float64Array;
      parts.push({ county, arcs, box: [minX, minY, maxX, maxY], first: [p0[0] as number, p0[1] as number] });
    }
  }
  const cellParts = new Map<number, number[]>();
  const cellArcs = new Map<number, number[]>();
  parts.forEach((p, i) =>
    forCells(p.box, (k) => {
      const l = cellParts.get(k);
      if (l === undefined) cellParts.set(k, [i]);
      else l.push(i);
    }),
  );
  for (let a = 0; a < arcPts.length; a++) {
    forCells([arcBox[4 * a] as number, arcBox[4 * a + 1] as number, arcBox[4 * a + 2] as number, arcBox[4 * a + 3] as number], (k) => {
      const l = cellArcs.get(k);
      if (l === undefined) cellArcs.set(k, [a]);
      else l.push(a);
    });
  }
  index = { records, byFips, arcPts, arcBox, arcOwners, parts, cellParts, cellArcs };
  indexMs = (typeof performance === 'undefined' ? Date.now() : performance.now()) - t0;
  return index;
}

/** Even-odd point-in-part over all its arcs (boundary points may fall either way). */
function partContains(ix: Index, part: Part, x: number, y: number): boolean {
  if (x < part.box[0] || x > part.box[2] || y < part.box[1] || y > part.box[3]) return false;
  let inside = false;
  for (const a of part.arcs) {
    const o = 4 * a;
    if ((ix.arcBox[o + 1] as number) > y || (ix.arcBox[o + 3] as number) <= y || (ix.arcBox[o + 2] as number) < x) continue;
    const pts = ix.arcPts[a] as Float64Array;
    for (let k = 2; k < pts.length; k += 2) {
      const ax = pts[k - 2] as number, ay = pts[k - 1] as number, bx = pts[k] as number, by = pts[k + 1] as number;
      if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
    }
  }
  return inside;
}

/** A query ring with its edges bucketed in horizontal bands, for fast point and segment tests. */
class PreparedRing {
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

/**
 * The county containing a point, or undefined (offshore, or outside the US and territories).
 *
 * @example
 * countyIndexAt([-104.99, 39.74])?.name; //=> 'Denver'
 */
export function countyIndexAt(point: LonLat): CountyRecord | undefined {
  const ix = countyIndex();
  const c = countyIdAt(ix, point[0], point[1], -1);
  return c < 0 ? undefined : ix.records[c];
}

function countyIdAt(ix: Index, x: number, y: number, hint: number): number {
  const list = ix.cellParts.get(cellKey(Math.floor(x / CELL), Math.floor(y / CELL)));
  if (list === undefined) return -1;
  if (hint >= 0) for (const p of list) if ((ix.parts[p] as Part).county === hint && partContains(ix, ix.parts[p] as Part, x, y)) return hint;
  for (const p of list) {
    const part = ix.parts[p] as Part;
    if (partContains(ix, part, x, y)) return part.county;
  }
  return -1;
}

/**
 * Every county that one of the rings touches; the county containing `anchor` first, then nearest first.
 *
 * @example
 * countiesTouchingRings([[[-105.1, 39.6], [-104.6, 39.6], [-104.6, 39.9], [-105.1, 39.9], [-105.1, 39.6]]]).map((c) => c.name);
 */
export function countiesTouchingRings(rings: readonly (readonly LonLat[])[], anchor?: LonLat): CountyRecord[] {
  const ix = countyIndex();
  const touched = new Set<number>();
  const seenPart = new Set<number>();
  const seenArc = new Set<number>();
  for (const ring of rings) {
    if (ring.length < 3) continue;
    const q = new PreparedRing(ring);
    // 1. counties holding the ring's vertices
    let hint = -1;
    for (const p of ring) {
      const c = countyIdAt(ix, p[0], p[1], hint);
      if (c >= 0) {
        touched.add(c);
        hint = c;
      }
    }
    const [minX, minY, maxX, maxY] = q.box;
    seenPart.clear();
    seenArc.clear();
    forCells(q.box, (k) => {
      // 2. counties with a point inside the ring (covers counties wholly inside)
      for (const pi of ix.cellParts.get(k) ?? []) {
        if (seenPart.has(pi)) continue;
        seenPart.add(pi);
        const part = ix.parts[pi] as Part;
        if (touched.has(part.county)) continue;
        if (part.box[2] < minX || part.box[0] > maxX || part.box[3] < minY || part.box[1] > maxY) continue;
        if (q.contains(part.first[0], part.first[1])) touched.add(part.county);
      }
    });
    forCells(q.box, (k) => {
      // 3. boundaries that cross the ring
      for (const a of ix.cellArcs.get(k) ?? []) {
        if (seenArc.has(a)) continue;
        seenArc.add(a);
        const owners = ix.arcOwners[a] as readonly number[];
        if (owners.every((c) => touched.has(c))) continue;
        const o = 4 * a;
        if ((ix.arcBox[o + 2] as number) < minX || (ix.arcBox[o] as number) > maxX || (ix.arcBox[o + 3] as number) < minY || (ix.arcBox[o + 1] as number) > maxY) continue;
        const pts = ix.arcPts[a] as Float64Array;
        let hit = false;
        for (let i = 0; i < pts.length && !hit; i += 2) if (q.contains(pts[i] as number, pts[i + 1] as number)) hit = true;
        for (let i = 2; i < pts.length && !hit; i += 2) {
          if (q.crosses(pts[i - 2] as number, pts[i - 1] as number, pts[i] as number, pts[i + 1] as number)) hit = true;
        }
        if (hit) for (const c of owners) touched.add(c);
      }
    });
  }
  const first = anchor === undefined ? -1 : countyIdAt(ix, anchor[0], anchor[1], -1);
  const ref = anchor ?? rings[0]?.[0] ?? [0, 0];
  const dist = new Map<number, number>();
  for (const c of touched) dist.set(c, c === first ? -1 : Infinity);
  const kx = Math.cos((ref[1] * Math.PI) / 180);
  for (const part of ix.parts) {
    if (!touched.has(part.county) || part.county === first) continue;
    // distance from the reference point to the nearest boundary point of the county
    let best = dist.get(part.county) ?? Infinity;
    for (const a of part.arcs) {
      const pts = ix.arcPts[a] as Float64Array;
      for (let i = 0; i < pts.length; i += 2) {
        const d = ((pts[i] as number) - ref[0]) ** 2 * kx * kx + ((pts[i + 1] as number) - ref[1]) ** 2;
        if (d < best) best = d;
      }
    }
    dist.set(part.county, best);
  }
  return [...touched].sort((a, b) => (dist.get(a) ?? 0) - (dist.get(b) ?? 0) || a - b).map((c) => ix.records[c] as CountyRecord);
}

/**
 * A county record by 5-digit FIPS.
 *
 * @example
 * countyRecord('08031')?.name; //=> 'Denver'
 */
export function countyRecord(fips5: string): CountyRecord | undefined {
  const ix = countyIndex();
  const i = ix.byFips.get(fips5);
  return i === undefined ? undefined : ix.records[i];
}
