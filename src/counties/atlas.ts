/**
 * County queries over the county index (./atlas-index.ts): the county holding a point, every county a set of rings
 * touches (nearest first), a county by FIPS code. Arcs are shared by the two counties they separate, so a boundary
 * crossing is tested once.
 */
import type { LonLat } from '../area/geometry.js';
import type { CountyRecord } from '../area/lookup.js';
import { arcReady, countyIndex, partReady, type Index } from './atlas-index.js';
import { PreparedRing } from './ring.js';

export { countyIndex, countyIndexBuildMs } from './atlas-index.js';

const CELL = 1;
const cellKey = (ix: number, iy: number) => (iy + 100) * 1000 + (ix + 200);

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
  return nearestFirst(ix, touched, rings, anchor);
}

/**
 * The touched counties in order: the one containing `anchor` first, then by the distance from `anchor` (else the
 * first ring's first point) to the nearest point of each county's boundary.
 */
function nearestFirst(ix: Index, touched: ReadonlySet<number>, rings: readonly (readonly LonLat[])[], anchor: LonLat | undefined): CountyRecord[] {
  const pts = ix.pts;
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
