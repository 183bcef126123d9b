/**
 * County index over us-atlas `counties-10m` (TopoJSON, 3,231 counties and equivalents), from the compact modules
 * `scripts/gen-counties.ts` generates: the arcs, and the index (parts, arc owners, 1-degree cells) prebuilt. On
 * first use the index is decoded straight into typed arrays (no per-county or per-cell objects); an arc's points,
 * and a part's box, are decoded when a query first reaches them (a lookup touches a few hundred of the 9,869
 * arcs). Arcs are shared by the two counties they separate, so a boundary crossing is tested once.
 */
import { boundsOf, type LonLat } from '../area/geometry.js';
import type { CountyRecord } from '../area/lookup.js';
import { ATLAS_ALPHABET, ATLAS_ARCS, ATLAS_ARC_COUNT, ATLAS_ARC_LENGTHS, ATLAS_COUNTIES, ATLAS_SCALE, ATLAS_TRANSLATE } from './data/atlas.js';
import { ATLAS_INDEX } from './data/index-data.js';

const corrupt = (what: string) => new Error(`blue-alert-cap/counties: corrupt ${what} data`);

/**
 * Decodes a whole generated string of zigzag varints into an Int32Array in one tight loop (V8 optimises one hot
 * loop far sooner than a reader object's method called per number: ~4 ms instead of ~20 ms in a cold process).
 */
function decodeVarints(text: string, digits: Int8Array, what: string): Int32Array {
  // each varint is at least one character, so the text length bounds the count
  const out = new Int32Array(text.length);
  let n = 0, z = 0, mul = 1;
  for (let p = 0, len = text.length; p < len; p++) {
    const d = digits[text.charCodeAt(p)] ?? -1;
    if (d < 0) throw corrupt(what);
    z += (d & 31) * mul;
    if (d < 32) {
      out[n++] = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      z = 0;
      mul = 1;
    } else mul *= 32;
  }
  if (mul !== 1) throw corrupt(what);
  return out.subarray(0, n);
}

function alphabetDigits(): Int8Array {
  const digits = new Int8Array(128).fill(-1);
  for (let i = 0; i < ATLAS_ALPHABET.length; i++) digits[ATLAS_ALPHABET.charCodeAt(i)] = i;
  return digits;
}

/**
 * The county index: every list is a typed array in CSR form (`xStart[i]` to `xStart[i + 1]` in `xList`), decoded
 * from the prebuilt generated strings on first use without building per-county or per-cell objects.
 */
interface Index {
  /** The county records by position, made on demand (`records` and `byFips` make them all: for tests). */
  readonly counties: CountyRecords;
  readonly records: readonly CountyRecord[];
  readonly byFips: ReadonlyMap<string, number>;
  /**
   * All arc points, interleaved lon,lat; arc a is points arcStart[a] to arcStart[a + 1]. Filled per arc by
   * `arcReady` (with its box): read an arc's points or box only after it.
   */
  readonly pts: Float64Array;
  readonly arcStart: Int32Array;
  /** Per arc: minX, minY, maxX, maxY (once the arc is decoded). */
  readonly arcBox: Float64Array;
  /** Per arc: where its varints start in ATLAS_ARCS, and whether it is decoded (1). */
  readonly arcText: Int32Array;
  readonly arcDone: Uint8Array;
  /** Per arc: the counties on either side (1 or 2). */
  readonly ownerStart: Int32Array;
  readonly ownerList: Int32Array;
  /**
   * Per part (one polygon of a county; even-odd over all its rings): county, arcs, box (once `partReady` has
   * decoded its arcs; partDone 1). Parts are in county order, so a county's parts are consecutive.
   */
  readonly partCounty: Int32Array;
  readonly partArcStart: Int32Array;
  readonly partArcs: Int32Array;
  readonly partBox: Float64Array;
  readonly partDone: Uint8Array;
  /** Sorted 1-degree cell keys, and per cell the parts and arcs whose boxes overlap it. */
  readonly cellKeys: Int32Array;
  readonly cellPartStart: Int32Array;
  readonly cellParts: Int32Array;
  readonly cellArcStart: Int32Array;
  readonly cellArcs: Int32Array;
}

const CELL = 1;
const cellKey = (ix: number, iy: number) => (iy + 100) * 1000 + (ix + 200);

let index: Index | undefined;
let indexMs: number | undefined;

/**
 * Milliseconds the county index took to build on first use (undefined before first use).
 *
 * @example
 * countyIndexBuildMs(); //=> 3.1 (after the first lookup)
 */
export function countyIndexBuildMs(): number | undefined {
  return indexMs;
}

function forCells(box: readonly [number, number, number, number], f: (key: number) => void): void {
  const x0 = Math.floor(box[0] / CELL), x1 = Math.floor(box[2] / CELL);
  const y0 = Math.floor(box[1] / CELL), y1 = Math.floor(box[3] / CELL);
  for (let ix = x0; ix <= x1; ix++) for (let iy = y0; iy <= y1; iy++) f(cellKey(ix, iy));
}

/** The position of a cell key in the sorted keys, or -1. */
function cellAt(ix: Index, key: number): number {
  const keys = ix.cellKeys;
  let lo = 0, hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = keys[mid] as number;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Reads the decoded numbers in order; `at` is the next position. */
interface Cursor {
  readonly v: Int32Array;
  at: number;
}

function take(c: Cursor): number {
  if (c.at >= c.v.length) throw corrupt('index');
  return c.v[c.at++] as number;
}

/** Moves the cursor to `at` (the decoders read their stretch with a local position: no call per number). */
function moveTo(c: Cursor, at: number): void {
  if (at > c.v.length) throw corrupt('index');
  c.at = at;
}

/**
 * The arcs' layout, without their points: where each arc's varints start (from ATLAS_ARC_LENGTHS) and its first
 * point (from the point count each arc's varints begin with). Points and boxes are decoded by `arcReady`.
 */
function arcLayout(digits: Int8Array): Pick<Index, 'pts' | 'arcStart' | 'arcBox' | 'arcText' | 'arcDone'> {
  const lengths = decodeVarints(ATLAS_ARC_LENGTHS, digits, 'atlas');
  if (lengths.length !== ATLAS_ARC_COUNT) throw corrupt('atlas');
  const arcText = new Int32Array(ATLAS_ARC_COUNT + 1);
  const arcStart = new Int32Array(ATLAS_ARC_COUNT + 1);
  let at = 0, used = 0;
  for (let i = 0; i < ATLAS_ARC_COUNT; i++) {
    arcText[i] = at;
    arcStart[i] = used;
    const n = firstVarint(ATLAS_ARCS, at, digits);
    if (n < 0) throw corrupt('atlas');
    used += n;
    at += lengths[i] as number;
  }
  arcText[ATLAS_ARC_COUNT] = at;
  arcStart[ATLAS_ARC_COUNT] = used;
  if (at !== ATLAS_ARCS.length) throw corrupt('atlas');
  return { pts: new Float64Array(2 * used), arcStart, arcBox: new Float64Array(ATLAS_ARC_COUNT * 4), arcText, arcDone: new Uint8Array(ATLAS_ARC_COUNT) };
}

/** The varint at `at` in `text`. */
function firstVarint(text: string, at: number, digits: Int8Array): number {
  let z = 0, mul = 1;
  for (let p = at; p < text.length; p++) {
    const d = digits[text.charCodeAt(p)] ?? -1;
    if (d < 0) break;
    z += (d & 31) * mul;
    if (d < 32) return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    mul *= 32;
  }
  throw corrupt('atlas');
}

let arcDigits: Int8Array | undefined;

/** Decodes arc `a`'s points and box into the index, once. */
function arcReady(ix: Index, a: number): void {
  if (ix.arcDone[a] === 1) return;
  const digits = (arcDigits ??= alphabetDigits());
  const v = decodeVarints(ATLAS_ARCS.slice(ix.arcText[a], ix.arcText[a + 1]), digits, 'atlas');
  const [sx, sy] = ATLAS_SCALE;
  const [tx, ty] = ATLAS_TRANSLATE;
  const n = v[0] ?? -1;
  let used = ix.arcStart[a] as number;
  if (v.length !== 1 + 2 * n || used + n !== ix.arcStart[a + 1]) throw corrupt('atlas');
  const pts = ix.pts;
  let x = 0, y = 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let k = 0, p = 1; k < n; k++) {
    x += v[p++] as number;
    y += v[p++] as number;
    const lon = x * sx + tx, lat = y * sy + ty;
    pts[2 * used] = lon;
    pts[2 * used + 1] = lat;
    used++;
    if (lon < minX) minX = lon;
    if (lon > maxX) maxX = lon;
    if (lat < minY) minY = lat;
    if (lat > maxY) maxY = lat;
  }
  ix.arcBox[4 * a] = minX;
  ix.arcBox[4 * a + 1] = minY;
  ix.arcBox[4 * a + 2] = maxX;
  ix.arcBox[4 * a + 3] = maxY;
  ix.arcDone[a] = 1;
}

/** Decodes part `p`'s arcs and its box (from the arcs' boxes), once. */
function partReady(ix: Index, p: number): void {
  if (ix.partDone[p] === 1) return;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const box = ix.arcBox;
  for (let j = ix.partArcStart[p] as number, end = ix.partArcStart[p + 1] as number; j < end; j++) {
    const a = ix.partArcs[j] as number;
    arcReady(ix, a);
    minX = Math.min(minX, box[4 * a] as number);
    minY = Math.min(minY, box[4 * a + 1] as number);
    maxX = Math.max(maxX, box[4 * a + 2] as number);
    maxY = Math.max(maxY, box[4 * a + 3] as number);
  }
  ix.partBox[4 * p] = minX;
  ix.partBox[4 * p + 1] = minY;
  ix.partBox[4 * p + 2] = maxX;
  ix.partBox[4 * p + 3] = maxY;
  ix.partDone[p] = 1;
}

/** The parts: county and arcs of each (boxes are computed by `partReady`). */
function decodeParts(c: Cursor, nParts: number, nPartArcs: number): Pick<Index, 'partCounty' | 'partArcStart' | 'partArcs' | 'partBox' | 'partDone'> {
  const partCounty = new Int32Array(nParts);
  const partArcStart = new Int32Array(nParts + 1);
  const partArcs = new Int32Array(nPartArcs);
  const v = c.v;
  let pa = 0, at = c.at;
  for (let p = 0; p < nParts; p++) {
    partCounty[p] = v[at++] as number;
    const n = v[at++] as number;
    if (n < 0 || pa + n > nPartArcs) throw corrupt('index');
    partArcStart[p] = pa;
    for (let k = 0; k < n; k++) {
      const a = v[at++] as number;
      if (a < 0 || a >= ATLAS_ARC_COUNT) throw corrupt('index');
      partArcs[pa++] = a;
    }
  }
  partArcStart[nParts] = pa;
  if (pa !== nPartArcs) throw corrupt('index');
  moveTo(c, at);
  return { partCounty, partArcStart, partArcs, partBox: new Float64Array(4 * nParts), partDone: new Uint8Array(nParts) };
}

/** The counties on either side of each arc. */
function decodeOwners(c: Cursor, nOwners: number): Pick<Index, 'ownerStart' | 'ownerList'> {
  const ownerStart = new Int32Array(ATLAS_ARC_COUNT + 1);
  const ownerList = new Int32Array(nOwners);
  const v = c.v;
  let ow = 0, at = c.at;
  for (let a = 0; a < ATLAS_ARC_COUNT; a++) {
    ownerStart[a] = ow;
    const n = v[at++] as number;
    if (ow + n > nOwners) throw corrupt('index');
    for (let k = 0; k < n; k++) ownerList[ow++] = v[at++] as number;
  }
  ownerStart[ATLAS_ARC_COUNT] = ow;
  if (ow !== nOwners) throw corrupt('index');
  moveTo(c, at);
  return { ownerStart, ownerList };
}

/** The 1-degree cells: sorted keys, and per cell its parts and arcs (delta-encoded). */
function decodeCells(c: Cursor, nCells: number, nCellParts: number, nCellArcs: number): Pick<Index, 'cellKeys' | 'cellPartStart' | 'cellParts' | 'cellArcStart' | 'cellArcs'> {
  const cellKeys = new Int32Array(nCells);
  const cellPartStart = new Int32Array(nCells + 1);
  const cellParts = new Int32Array(nCellParts);
  const cellArcStart = new Int32Array(nCells + 1);
  const cellArcs = new Int32Array(nCellArcs);
  const v = c.v;
  let key = 0, cp = 0, ca = 0, at = c.at;
  for (let i = 0; i < nCells; i++) {
    key += v[at++] as number;
    cellKeys[i] = key;
    cellPartStart[i] = cp;
    let n = v[at++] as number;
    if (cp + n > nCellParts) throw corrupt('index');
    for (let d = 0; n > 0; n--) cellParts[cp++] = d += v[at++] as number;
    cellArcStart[i] = ca;
    n = v[at++] as number;
    if (ca + n > nCellArcs) throw corrupt('index');
    for (let d = 0; n > 0; n--) cellArcs[ca++] = d += v[at++] as number;
  }
  cellPartStart[nCells] = cp;
  cellArcStart[nCells] = ca;
  if (cp !== nCellParts || ca !== nCellArcs) throw corrupt('index');
  moveTo(c, at);
  return { cellKeys, cellPartStart, cellParts, cellArcStart, cellArcs };
}

/**
 * The county records, made when first asked for: a lookup returns a few of the 3,231, and making them all (and
 * the map by FIPS) cost a cold start ~3 ms.
 */
class CountyRecords {
  private readonly entries = ATLAS_COUNTIES.split('|');
  private readonly made: (CountyRecord | undefined)[] = [];
  private fips: Map<string, number> | undefined;

  get length(): number {
    return this.entries.length;
  }

  /** The record of county `c` (its position in the atlas), or undefined. */
  at(c: number): CountyRecord | undefined {
    const known = this.made[c];
    if (known !== undefined) return known;
    const entry = this.entries[c];
    if (entry === undefined) return undefined;
    const fips = entry.slice(0, 5);
    const r: CountyRecord = { fips, same: `0${fips}`, name: entry.slice(5, entry.indexOf('~')), state: fips.slice(0, 2) };
    this.made[c] = r;
    return r;
  }

  /** The position of a county by 5-digit FIPS (the map is built on first use). */
  byFips(): ReadonlyMap<string, number> {
    if (this.fips === undefined) {
      const m = new Map<string, number>();
      this.entries.forEach((e, i) => m.set(e.slice(0, 5), i));
      this.fips = m;
    }
    return this.fips;
  }
}

/**
 * Builds (once, on first use) and returns the county index: the index string is decoded whole into numbers first,
 * then laid out into typed arrays; arcs are only located (their points wait for `arcReady`).
 *
 * @example
 * countyIndex().records.length; //=> 3231
 */
export function countyIndex(): Index {
  if (index !== undefined) return index;
  const t0 = typeof performance === 'undefined' ? Date.now() : performance.now();
  const digits = alphabetDigits();
  const arcs = arcLayout(digits);
  const c: Cursor = { v: decodeVarints(ATLAS_INDEX, digits, 'index'), at: 0 };
  const [nParts, nPartArcs, nOwners, nCells, nCellParts, nCellArcs] = [take(c), take(c), take(c), take(c), take(c), take(c)] as const;
  const parts = decodeParts(c, nParts, nPartArcs);
  const owners = decodeOwners(c, nOwners);
  const cells = decodeCells(c, nCells, nCellParts, nCellArcs);
  if (c.at !== c.v.length) throw corrupt('index');
  const counties = new CountyRecords();
  index = {
    counties,
    get records() {
      return Array.from({ length: counties.length }, (_, i) => counties.at(i) as CountyRecord);
    },
    get byFips() {
      return counties.byFips();
    },
    ...arcs, ...parts, ...owners, ...cells,
  };
  indexMs = (typeof performance === 'undefined' ? Date.now() : performance.now()) - t0;
  return index;
}

/** Even-odd point-in-part over all its arcs (boundary points may fall either way). */
function partContains(ix: Index, p: number, x: number, y: number): boolean {
  partReady(ix, p);
  const b = ix.partBox;
  if (x < (b[4 * p] as number) || x > (b[4 * p + 2] as number) || y < (b[4 * p + 1] as number) || y > (b[4 * p + 3] as number)) return false;
  let inside = false;
  const pts = ix.pts;
  for (let j = ix.partArcStart[p] as number, end = ix.partArcStart[p + 1] as number; j < end; j++) {
    const a = ix.partArcs[j] as number;
    const o = 4 * a;
    if ((ix.arcBox[o + 1] as number) > y || (ix.arcBox[o + 3] as number) <= y || (ix.arcBox[o + 2] as number) < x) continue;
    const last = 2 * (ix.arcStart[a + 1] as number);
    for (let k = 2 * (ix.arcStart[a] as number) + 2; k < last; k += 2) {
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
  return c < 0 ? undefined : ix.counties.at(c);
}

function countyIdAt(ix: Index, x: number, y: number, hint: number): number {
  const c = cellAt(ix, cellKey(Math.floor(x / CELL), Math.floor(y / CELL)));
  if (c < 0) return -1;
  const from = ix.cellPartStart[c] as number, to = ix.cellPartStart[c + 1] as number;
  if (hint >= 0) {
    for (let j = from; j < to; j++) {
      const p = ix.cellParts[j] as number;
      if (ix.partCounty[p] === hint && partContains(ix, p, x, y)) return hint;
    }
  }
  for (let j = from; j < to; j++) {
    const p = ix.cellParts[j] as number;
    if (partContains(ix, p, x, y)) return ix.partCounty[p] as number;
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
  const pts = ix.pts;
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
      const c = cellAt(ix, k);
      if (c < 0) return;
      for (let j = ix.cellPartStart[c] as number, end = ix.cellPartStart[c + 1] as number; j < end; j++) {
        const pi = ix.cellParts[j] as number;
        if (seenPart.has(pi)) continue;
        seenPart.add(pi);
        const county = ix.partCounty[pi] as number;
        if (touched.has(county)) continue;
        partReady(ix, pi);
        const b = 4 * pi;
        if ((ix.partBox[b + 2] as number) < minX || (ix.partBox[b] as number) > maxX || (ix.partBox[b + 3] as number) < minY || (ix.partBox[b + 1] as number) > maxY) continue;
        const f = 2 * (ix.arcStart[ix.partArcs[ix.partArcStart[pi] as number] as number] as number);
        if (q.contains(pts[f] as number, pts[f + 1] as number)) touched.add(county);
      }
    });
    forCells(q.box, (k) => {
      // 3. boundaries that cross the ring
      const c = cellAt(ix, k);
      if (c < 0) return;
      for (let j = ix.cellArcStart[c] as number, end = ix.cellArcStart[c + 1] as number; j < end; j++) {
        const a = ix.cellArcs[j] as number;
        if (seenArc.has(a)) continue;
        seenArc.add(a);
        const o0 = ix.ownerStart[a] as number, o1 = ix.ownerStart[a + 1] as number;
        let allTouched = true;
        for (let o = o0; o < o1 && allTouched; o++) if (!touched.has(ix.ownerList[o] as number)) allTouched = false;
        if (allTouched) continue;
        arcReady(ix, a);
        const o = 4 * a;
        if ((ix.arcBox[o + 2] as number) < minX || (ix.arcBox[o] as number) > maxX || (ix.arcBox[o + 3] as number) < minY || (ix.arcBox[o + 1] as number) > maxY) continue;
        const first = 2 * (ix.arcStart[a] as number), last = 2 * (ix.arcStart[a + 1] as number);
        let hit = false;
        for (let i = first; i < last && !hit; i += 2) if (q.contains(pts[i] as number, pts[i + 1] as number)) hit = true;
        for (let i = first + 2; i < last && !hit; i += 2) {
          if (q.crosses(pts[i - 2] as number, pts[i - 1] as number, pts[i] as number, pts[i + 1] as number)) hit = true;
        }
        if (hit) for (let oo = o0; oo < o1; oo++) touched.add(ix.ownerList[oo] as number);
      }
    });
  }
  const first = anchor === undefined ? -1 : countyIdAt(ix, anchor[0], anchor[1], -1);
  const ref = anchor ?? rings[0]?.[0] ?? [0, 0];
  const dist = new Map<number, number>();
  for (const c of touched) dist.set(c, c === first ? -1 : Infinity);
  const kx = Math.cos((ref[1] * Math.PI) / 180);
  for (let p = 0; p < ix.partCounty.length; p++) {
    const county = ix.partCounty[p] as number;
    if (!touched.has(county) || county === first) continue;
    // distance from the reference point to the nearest boundary point of the county
    let best = dist.get(county) ?? Infinity;
    for (let j = ix.partArcStart[p] as number, end = ix.partArcStart[p + 1] as number; j < end; j++) {
      const a = ix.partArcs[j] as number;
      arcReady(ix, a);
      for (let i = 2 * (ix.arcStart[a] as number), last = 2 * (ix.arcStart[a + 1] as number); i < last; i += 2) {
        const d = ((pts[i] as number) - ref[0]) ** 2 * kx * kx + ((pts[i + 1] as number) - ref[1]) ** 2;
        if (d < best) best = d;
      }
    }
    dist.set(county, best);
  }
  return [...touched].sort((a, b) => (dist.get(a) ?? 0) - (dist.get(b) ?? 0) || a - b).map((c) => ix.counties.at(c) as CountyRecord);
}

/**
 * A county record by 5-digit FIPS.
 *
 * @example
 * countyRecord('08031')?.name; //=> 'Denver'
 */
export function countyRecord(fips5: string): CountyRecord | undefined {
  const ix = countyIndex();
  const i = ix.counties.byFips().get(fips5);
  return i === undefined ? undefined : ix.counties.at(i);
}
