/**
 * Ring checks and CAP polygon text: what is wrong with a ring as a CAP polygon, and writing and checking the
 * `lat,lon lat,lon …` form.
 */
import { quoteValue } from '../../validate/quote.js';
import { formatUnits, signedArea2, toOpenRing, type LonLat } from './rings.js';
import { findSelfIntersection } from './intersection.js';


/**
 * What is wrong with a ring as a CAP polygon, in plain words; empty when it is fine. Checks: at least 3 distinct
 * vertices, no repeated vertex, no self-intersection, non-zero area (after rounding to 5 decimals).
 *
 * @example
 * ringProblems([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]); //=> ['the ring crosses itself near 0.5,0.5 (lat,lon)'] (approximately)
 */
export function ringProblems(ring: readonly LonLat[]): string[] {
  const open = toOpenRing(ring);
  const distinct = new Set(open.map((p) => `${p[0]},${p[1]}`));
  if (distinct.size < 3) return ['a polygon needs at least 3 distinct positions (4 with the closing one)'];
  if (distinct.size !== open.length) {
    const seen = new Set<string>();
    for (const p of open) {
      const k = `${p[0]},${p[1]}`;
      if (seen.has(k)) return [`the ring passes through ${formatUnits(p[1])},${formatUnits(p[0])} (lat,lon) more than once`];
      seen.add(k);
    }
  }
  const x = findSelfIntersection(open);
  if (x !== undefined) return [`the ring crosses or touches itself near ${formatUnits(x[1])},${formatUnits(x[0])} (lat,lon)`];
  if (signedArea2(open) === 0) return ['the ring has zero area'];
  return [];
}

/**
 * Writes a closed ring (`[lon, lat]` degrees) as a CAP polygon: `lat,lon` pairs separated by single spaces, at most
 * 5 decimals, closed.
 *
 * @example
 * toCapPolygon([[-105.1, 39.6], [-104.6, 39.6], [-104.6, 39.9], [-105.1, 39.6]]);
 * //=> '39.6,-105.1 39.6,-104.6 39.9,-104.6 39.6,-105.1'
 */
export function toCapPolygon(ring: readonly LonLat[]): string {
  const open = toOpenRing(ring);
  const first = open[0];
  if (first !== undefined) open.push(first);
  return open.map((p) => `${formatUnits(p[1])},${formatUnits(p[0])}`).join(' ');
}

/**
 * Checks a CAP `<polygon>` value against the rules this library promises (and IPAWS expects): `lat,lon` pairs
 * separated by whitespace, no space inside a pair, at most 5 decimals, in range, closed, at least 4 pairs, at most
 * `maxPairs` pairs, no repeated vertex, no self-intersection, non-zero area. Returns the problems; empty when valid.
 *
 * @example
 * capPolygonProblems('39.6,-105.1 39.6,-104.6 39.9,-104.6 39.6,-105.1'); //=> []
 * capPolygonProblems('39.6,-105.1 39.6,-104.6 39.6,-105.1'); //=> ['a polygon needs at least 4 pairs, got 3']
 */
export function capPolygonProblems(polygon: string, maxPairs = 100): string[] {
  const tokens = polygon.trim().split(/\s+/);
  const problems: string[] = [];
  const pts: LonLat[] = [];
  for (const t of tokens) {
    const m = /^([+-]?\d{1,2}(?:\.\d{1,5})?),([+-]?\d{1,3}(?:\.\d{1,5})?)$/.exec(t);
    if (m === null) {
      problems.push(`${quoteValue(t)} is not a lat,lon pair with at most 5 decimals`);
      continue;
    }
    const lat = Number(m[1]), lon = Number(m[2]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) problems.push(`${quoteValue(t)} is out of range`);
    pts.push([lon, lat]);
  }
  if (problems.length > 0) return problems;
  if (pts.length < 4) return [`a polygon needs at least 4 pairs, got ${pts.length}`];
  if (pts.length > maxPairs) problems.push(`a polygon may have at most ${maxPairs} pairs, got ${pts.length}`);
  const first = pts[0] as LonLat, last = pts[pts.length - 1] as LonLat;
  if (first[0] !== last[0] || first[1] !== last[1]) problems.push('the polygon is not closed (first pair must equal last)');
  const open = pts.slice(0, -1);
  const seen = new Set<string>();
  for (const p of open) {
    const k = `${p[0]},${p[1]}`;
    if (seen.has(k)) {
      problems.push(`the pair ${p[1]},${p[0]} is repeated`);
      break;
    }
    seen.add(k);
  }
  if (problems.length === 0) problems.push(...ringProblems(pts));
  return problems;
}

