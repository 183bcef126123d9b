/**
 * `blue-alert-cap/preview/outlines`: simplified county outlines and state lines (from us-atlas counties-10m) for the
 * preview map. A separate entry so the renderer stays small: import it only where a map is drawn.
 */
import { decodeOutlines, type CountyOutlines } from './outline-decode.js';
import { OUTLINE_ALPHABET, OUTLINE_ARCS, OUTLINE_COUNTIES, OUTLINE_GRID, OUTLINE_STATE_LINES } from './data/outlines.js';

export type { CountyOutline, CountyOutlines } from './outline-decode.js';

let decoded: CountyOutlines | undefined;

/**
 * The county outlines for `renderPreviewHtml(..., { outlines })`, decoded on the first call (about 30 ms) and kept.
 *
 * @example
 * import { countyOutlines } from 'blue-alert-cap/preview/outlines';
 * countyOutlines().counties.find((c) => c.fips === '08031')?.name; //=> 'Denver'
 */
export function countyOutlines(): CountyOutlines {
  decoded ??= decodeOutlines({ alphabet: OUTLINE_ALPHABET, grid: OUTLINE_GRID, arcs: OUTLINE_ARCS, counties: OUTLINE_COUNTIES, stateLines: OUTLINE_STATE_LINES });
  return decoded;
}
