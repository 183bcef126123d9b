/**
 * The county index over us-atlas `counties-10m` (3,231 counties and equivalents), from the modules
 * `scripts/gen-counties.ts` generates: the arcs as compact text, and the index (where each arc starts, arc owners,
 * parts, 1-degree cells) prebuilt as the bytes of the typed arrays below. First use decodes the index's base64
 * (natively where the runtime can) and views its bytes in place: no number is decoded in JavaScript, no per-county
 * or per-cell object is made. An arc's points, and a part's box, are decoded when a query first reaches them (a
 * lookup touches a few hundred of the 9,869 arcs).
 */
import type { CountyRecord } from '../area/lookup.js';
import { ATLAS_ALPHABET, ATLAS_ARCS, ATLAS_ARC_COUNT, ATLAS_COUNTIES, ATLAS_POINT_COUNT, ATLAS_SCALE, ATLAS_TRANSLATE } from './data/atlas.js';
import { ATLAS_INDEX, ATLAS_INDEX_BYTES, ATLAS_INDEX_LAYOUT } from './data/index-data.js';

const corrupt = (what: string) => new Error(`blue-alert-cap/counties: corrupt ${what} data`);

/** A prebuilt list: 2-byte unsigned when every number fits, else 4-byte signed (ATLAS_INDEX_LAYOUT says which). */
type Numbers = Uint16Array | Int32Array;

/**
 * The county index: every list is a typed array in CSR form (`xStart[i]` to `xStart[i + 1]` in `xList`), viewed
 * in the prebuilt bytes.
 */
export interface Index {
  /** The county records by position, made on demand (`records` and `byFips` make them all: for tests). */
  readonly counties: CountyRecords;
  readonly records: readonly CountyRecord[];
  readonly byFips: ReadonlyMap<string, number>;
  /**
   * All arc points, interleaved lon,lat; arc a is points arcStart[a] to arcStart[a + 1]. Filled per arc by
   * `arcReady` (with its box): read an arc's points or box only after it.
   */
  readonly pts: Float64Array;
  readonly arcStart: Numbers;
  /** Per arc: minX, minY, maxX, maxY (once the arc is decoded). */
  readonly arcBox: Float64Array;
  /** Per arc: where its varints start in ATLAS_ARCS (one more entry: the end), and whether it is decoded (1). */
  readonly arcText: Numbers;
  readonly arcDone: Uint8Array;
  /** Per arc: the counties on either side (1 or 2; a few degenerate arcs have 3). */
  readonly ownerStart: Numbers;
  readonly ownerList: Numbers;
  /**
   * Per part (one polygon of a county; even-odd over all its rings): county, arcs, box (once `partReady` has
   * decoded its arcs; partDone 1). Parts are in county order, so a county's parts are consecutive.
   */
  readonly partCounty: Numbers;
  readonly partArcStart: Numbers;
  readonly partArcs: Numbers;
  readonly partBox: Float64Array;
  readonly partDone: Uint8Array;
  /** Sorted 1-degree cell keys, and per cell the parts and arcs whose boxes overlap it. */
  readonly cellKeys: Numbers;
  readonly cellPartStart: Numbers;
  readonly cellParts: Numbers;
  readonly cellArcStart: Numbers;
  readonly cellArcs: Numbers;
}

let index: Index | undefined;
let indexMs: number | undefined;

/**
 * Milliseconds the county index took to build on first use (undefined before first use).
 *
 * @example
 * countyIndexBuildMs(); //=> 0.4 (after the first lookup)
 */
export function countyIndexBuildMs(): number | undefined {
  return indexMs;
}

/**
 * The bytes of a base64 text: natively with Node's Buffer, else with `atob` (browsers, Deno, workers). The CLI's
 * build hands the bytes themselves (read from a file beside it: scripts/cli-county-data.mjs).
 */
function base64Bytes(text: string | Uint8Array): Uint8Array {
  const native = (globalThis as { Buffer?: { from(data: string, encoding: 'base64'): Uint8Array } }).Buffer;
  // copied into a buffer of their own: a view of the result could start at an offset typed arrays cannot use
  const bytes = new Uint8Array(ATLAS_INDEX_BYTES);
  if (typeof text !== 'string') {
    if (text.length !== ATLAS_INDEX_BYTES) throw corrupt('index');
    bytes.set(text);
    return bytes;
  }
  if (native !== undefined) {
    const b = native.from(text, 'base64');
    if (b.length !== ATLAS_INDEX_BYTES) throw corrupt('index');
    bytes.set(b);
    return bytes;
  }
  const binary = atob(text);
  if (binary.length !== ATLAS_INDEX_BYTES) throw corrupt('index');
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The sections of the prebuilt index, by name, viewed in place (swapped to this machine's byte order if need be). */
function indexSections(): Map<string, Numbers> {
  const bytes = base64Bytes(ATLAS_INDEX);
  const out = new Map<string, Numbers>();
  let at = 0;
  for (const [name, width, count] of ATLAS_INDEX_LAYOUT) {
    if (at + width * count > bytes.length) throw corrupt('index');
    if (!littleEndian) for (let i = at; i < at + width * count; i += width) bytes.subarray(i, i + width).reverse();
    out.set(name, width === 2 ? new Uint16Array(bytes.buffer, at, count) : new Int32Array(bytes.buffer, at, count));
    at += Math.ceil((width * count) / 4) * 4;
  }
  if (at !== bytes.length) throw corrupt('index');
  return out;
}

/** A CSR pair: `start` has one entry more than there are rows, and ends where `list` ends. */
function checkRows(start: Numbers, rows: number, list: Numbers): void {
  if (start.length !== rows + 1 || start[0] !== 0 || start[rows] !== list.length) throw corrupt('index');
}

/** Views the prebuilt index and checks its shape (every row count and end); the values are checked in CI. */
function viewIndex(): Omit<Index, 'counties' | 'records' | 'byFips'> {
  const s = indexSections();
  const get = (name: string): Numbers => {
    const v = s.get(name);
    if (v === undefined) throw corrupt('index');
    return v;
  };
  const arcText = get('arcText'), arcStart = get('arcStart'), ownerStart = get('ownerStart'), ownerList = get('ownerList');
  const partCounty = get('partCounty'), partArcStart = get('partArcStart'), partArcs = get('partArcs');
  const cellKeys = get('cellKeys'), cellPartStart = get('cellPartStart'), cellParts = get('cellParts');
  const cellArcStart = get('cellArcStart'), cellArcs = get('cellArcs');
  if (arcText.length !== ATLAS_ARC_COUNT + 1 || arcText[ATLAS_ARC_COUNT] !== ATLAS_ARCS.length) throw corrupt('atlas');
  if (arcStart.length !== ATLAS_ARC_COUNT + 1 || arcStart[ATLAS_ARC_COUNT] !== ATLAS_POINT_COUNT) throw corrupt('atlas');
  checkRows(ownerStart, ATLAS_ARC_COUNT, ownerList);
  checkRows(partArcStart, partCounty.length, partArcs);
  checkRows(cellPartStart, cellKeys.length, cellParts);
  checkRows(cellArcStart, cellKeys.length, cellArcs);
  const nParts = partCounty.length;
  return {
    pts: new Float64Array(2 * ATLAS_POINT_COUNT), arcStart, arcBox: new Float64Array(4 * ATLAS_ARC_COUNT), arcText, arcDone: new Uint8Array(ATLAS_ARC_COUNT),
    ownerStart, ownerList,
    partCounty, partArcStart, partArcs, partBox: new Float64Array(4 * nParts), partDone: new Uint8Array(nParts),
    cellKeys, cellPartStart, cellParts, cellArcStart, cellArcs,
  };
}

/**
 * Decodes a generated string of zigzag varints into an Int32Array in one tight loop (V8 optimises one hot loop far
 * sooner than a reader object's method called per number).
 */
function decodeVarints(text: string, digits: Int8Array): Int32Array {
  // each varint is at least one character, so the text length bounds the count
  const out = new Int32Array(text.length);
  let n = 0, z = 0, mul = 1;
  for (let p = 0, len = text.length; p < len; p++) {
    const d = digits[text.charCodeAt(p)] ?? -1;
    if (d < 0) throw corrupt('atlas');
    z += (d & 31) * mul;
    if (d < 32) {
      out[n++] = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      z = 0;
      mul = 1;
    } else mul *= 32;
  }
  if (mul !== 1) throw corrupt('atlas');
  return out.subarray(0, n);
}

let arcDigits: Int8Array | undefined;

function alphabetDigits(): Int8Array {
  const digits = new Int8Array(128).fill(-1);
  for (let i = 0; i < ATLAS_ALPHABET.length; i++) digits[ATLAS_ALPHABET.charCodeAt(i)] = i;
  return digits;
}

/**
 * Decodes arc `a`'s points and box into the index, once.
 *
 * @example
 * arcReady(countyIndex(), 0); // countyIndex().arcBox[0..3] now hold arc 0's box
 */
export function arcReady(ix: Index, a: number): void {
  if (ix.arcDone[a] === 1) return;
  const digits = (arcDigits ??= alphabetDigits());
  const v = decodeVarints(ATLAS_ARCS.slice(ix.arcText[a], ix.arcText[a + 1]), digits);
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

/**
 * Decodes part `p`'s arcs and its box (from the arcs' boxes), once.
 *
 * @example
 * partReady(countyIndex(), 0); // countyIndex().partBox[0..3] now hold part 0's box
 */
export function partReady(ix: Index, p: number): void {
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

/**
 * The county records, made when first asked for: a lookup returns a few of the 3,231, and making them all (and
 * the map by FIPS) cost a cold start ~3 ms.
 *
 * @example
 * countyIndex().counties.at(0)?.fips; //=> '04015'
 */
export class CountyRecords {
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
    const r: CountyRecord = { fips, same: `0${fips}`, name: entry.slice(5), state: fips.slice(0, 2) };
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
 * Builds (once, on first use) and returns the county index: the prebuilt bytes viewed as typed arrays; arcs and
 * parts wait for `arcReady` and `partReady`.
 *
 * @example
 * countyIndex().records.length; //=> 3231
 */
export function countyIndex(): Index {
  if (index !== undefined) return index;
  const t0 = clockMs();
  const counties = new CountyRecords();
  const view = viewIndex();
  index = {
    counties,
    get records() {
      return Array.from({ length: counties.length }, (_, i) => counties.at(i) as CountyRecord);
    },
    get byFips() {
      return counties.byFips();
    },
    ...view,
  };
  indexMs = clockMs() - t0;
  return index;
}

/**
 * Milliseconds on a monotonic clock, for `countyIndexMs`: Node's `process.hrtime` where there is one (Node sets up
 * the `performance` global at its first use, ~2 ms of a cold CLI start), else `performance.now()`, else `Date.now()`.
 */
function clockMs(): number {
  const hrtime = (globalThis as { process?: { hrtime?: { bigint?: () => bigint } } }).process?.hrtime;
  if (typeof hrtime?.bigint === 'function') return Number(hrtime.bigint()) / 1e6;
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}
