/**
 * The request caps (`LIMITS` in src/limits.ts), checked on the untrusted input before the schema or any geometry
 * runs: one walk that stops as soon as a cap is passed, so its own cost is bounded by the caps, not by the input.
 */
import { issue, toPath, type BlueAlertIssue } from '../errors.js';
import { LIMITS } from '../limits.js';

/** At most this many cap issues are listed; the input is refused either way. */
const MAX_LIMIT_ISSUES = 20;

const fmt = (n: number) => n.toLocaleString('en-US');

const NON_ASCII = /[^\x00-\x7f]/;

function utf8Bytes(s: string, stopAt: number): number {
  if (!NON_ASCII.test(s)) return s.length; // one byte a character (a native scan instead of the loop below)
  let n = 0;
  for (let i = 0; i < s.length && n <= stopAt; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value waiting in the size walk: its path is kept as a link to its parent and built only for an issue. */
interface Pending {
  readonly value: unknown;
  readonly parent: Pending | undefined;
  readonly key: PropertyKey;
  readonly depth: number;
}

function pathOf(p: Pending): PropertyKey[] {
  const out: PropertyKey[] = [];
  for (let q: Pending | undefined = p; q !== undefined && q.parent !== undefined; q = q.parent) out.push(q.key);
  return out.reverse();
}

/**
 * Size and nesting: counts the request as JSON text would be, and stops at the first cap passed. Strings over
 * `LIMITS.stringChars` are listed by path (never quoted: they may hold an officer's name). The walk allocates one
 * small record per value; paths are built only for the issues (measured: building a path array per value was
 * 11-17% of a request parse).
 */
function sizeIssues(input: unknown, out: BlueAlertIssue[]): void {
  let bytes = 0;
  const stack: Pending[] = [{ value: input, parent: undefined, key: '', depth: 0 }];
  while (stack.length > 0 && out.length < MAX_LIMIT_ISSUES) {
    const item = stack.pop() as Pending;
    const { value, depth } = item;
    if (typeof value === 'string') {
      if (value.length > LIMITS.stringChars) {
        out.push(issue('input_too_large', toPath(pathOf(item)), `This text has ${fmt(value.length)} characters; the limit is ${fmt(LIMITS.stringChars)} (LIMITS.stringChars).`));
      }
      bytes += utf8Bytes(value, LIMITS.requestBytes) + 2;
    } else if (typeof value === 'number') bytes += value === Math.trunc(value) && Math.abs(value) < 1e15 ? String(value).length : 24;
    else if (typeof value === 'boolean') bytes += 5;
    else if (value === null || value === undefined) bytes += 4;
    else if (typeof value === 'object') {
      if (depth >= LIMITS.requestDepth) {
        out.push(issue('input_too_large', toPath(pathOf(item)), `The request nests arrays and objects deeper than ${LIMITS.requestDepth} levels here (LIMITS.requestDepth); no valid request is that deep.`));
        return;
      }
      bytes += 2;
      // review 24 V9: zod copies an array with slice(), which calls value.constructor[Symbol.species]; an array with
      // its own `constructor` (an API caller's object: JSON.parse never makes one) threw a raw TypeError
      if (Array.isArray(value) && Object.hasOwn(value, 'constructor')) {
        out.push(issue('invalid_type', toPath(pathOf(item)), 'Must be a plain array; this one has its own "constructor" property. Pass a copy (Array.from(value)) or the parsed JSON.'));
        continue;
      }
      if (Array.isArray(value)) {
        // a sparse or huge array stops at the byte cap: each element costs at least 2 bytes
        const n = value.length;
        const visit = Math.min(n, Math.ceil((LIMITS.requestBytes - bytes) / 2) + 1);
        bytes += n - 1 > 0 ? n - 1 : 0;
        for (let i = visit - 1; i >= 0; i--) stack.push({ value: value[i], parent: item, key: i, depth: depth + 1 });
      } else {
        for (const key of Object.keys(value)) {
          bytes += utf8Bytes(key, LIMITS.requestBytes) + 4;
          stack.push({ value: (value as Record<string, unknown>)[key], parent: item, key, depth: depth + 1 });
          if (bytes > LIMITS.requestBytes) break;
        }
      }
    }
    if (bytes > LIMITS.requestBytes) {
      out.push(issue('input_too_large', '', `The request is more than ${fmt(LIMITS.requestBytes)} bytes as JSON (LIMITS.requestBytes); a Blue Alert request is a few kilobytes. Simplify large polygons before sending them.`));
      return;
    }
  }
}

/** Counts of codes, circles, polygons, rings and positions, from the shape alone (the schema checks the values). */
function areaIssues(input: unknown, out: BlueAlertIssue[]): void {
  const area = isRecord(input) ? input['area'] : undefined;
  if (!isRecord(area)) return;
  const same = Array.isArray(area['same']) ? area['same'].length : 0;
  const fips = Array.isArray(area['fips']) ? area['fips'].length : 0;
  if (same + fips > LIMITS.codes) {
    out.push(
      issue(
        'input_too_large',
        same >= fips ? 'area.same' : 'area.fips',
        `The area lists ${fmt(same + fips)} SAME and FIPS codes; the limit is ${fmt(LIMITS.codes)} (LIMITS.codes). List whole states as "SS" or 0SS000 instead of every county.`,
      ),
    );
  }
  const circles = area['circles'];
  if (Array.isArray(circles) && circles.length > LIMITS.circles) {
    out.push(issue('input_too_large', 'area.circles', `The area has ${fmt(circles.length)} circles; the limit is ${LIMITS.circles} (LIMITS.circles).`));
  }
  const geometry = area['geometry'];
  if (!isRecord(geometry) || !Array.isArray(geometry['coordinates'])) return;
  const coords = geometry['coordinates'] as unknown[];
  const base = 'area.geometry.coordinates';
  const polygons: { path: string; rings: unknown }[] =
    geometry['type'] === 'MultiPolygon' ? coords.slice(0, LIMITS.polygons + 1).map((rings, k) => ({ path: `${base}[${k}]`, rings })) : [{ path: base, rings: coords }];
  if (geometry['type'] === 'MultiPolygon' && coords.length > LIMITS.polygons) {
    out.push(issue('input_too_large', base, `The MultiPolygon has ${fmt(coords.length)} polygons; the limit is ${LIMITS.polygons} (LIMITS.polygons). Merge neighbouring polygons or give counties as codes.`));
    return;
  }
  let total = 0;
  for (const { path, rings } of polygons) {
    if (!Array.isArray(rings)) continue;
    if (rings.length > LIMITS.ringsPerPolygon) {
      out.push(issue('input_too_large', path, `The polygon has ${fmt(rings.length)} rings (outer ring and holes); the limit is ${LIMITS.ringsPerPolygon} (LIMITS.ringsPerPolygon).`));
      return;
    }
    for (let r = 0; r < rings.length; r++) {
      const ring: unknown = rings[r];
      if (!Array.isArray(ring)) continue;
      if (ring.length > LIMITS.ringVertices) {
        out.push(
          issue(
            'input_too_large',
            `${path}[${r}]`,
            `The ring has ${fmt(ring.length)} positions; the limit is ${fmt(LIMITS.ringVertices)} (LIMITS.ringVertices). WEA carries at most 100, so simplify it first (e.g. to 1,000 positions).`,
          ),
        );
        if (out.length >= MAX_LIMIT_ISSUES) return;
      }
      total += ring.length;
    }
  }
  if (total > LIMITS.totalVertices) {
    out.push(issue('input_too_large', base, `The geometry has ${fmt(total)} positions in all; the limit is ${fmt(LIMITS.totalVertices)} (LIMITS.totalVertices).`));
  }
}

/**
 * Checks an untrusted request against the caps in `LIMITS` before anything else reads it; empty when within them.
 * Each issue (code `input_too_large`) names the path, what was received and the cap. The walk stops at the first
 * size cap passed, so it costs at most about `LIMITS.requestBytes` steps whatever it is given.
 *
 * @example
 * requestLimitIssues({ area: { fips: Array(5000).fill('08') } })[0]?.path; //=> 'area.fips'
 */
export function requestLimitIssues(input: unknown): BlueAlertIssue[] {
  const out: BlueAlertIssue[] = [];
  areaIssues(input, out);
  if (out.length === 0) sizeIssues(input, out);
  return out;
}
