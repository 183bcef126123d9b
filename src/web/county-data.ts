/**
 * The offline page's county data script (`dist/web/counties.js`, a classic script): the county lookup and the
 * county outlines, loaded by the page only when it first draws a map. It sets `globalThis.blueAlertCountyData`.
 */
import { countiesForArea, countyLookup } from '../counties/index.js';
import { countyOutlines } from '../preview/outlines.js';

/**
 * What the county data script provides to the page.
 *
 * @example
 * const data = (globalThis as { blueAlertCountyData?: CountyData }).blueAlertCountyData;
 */
export interface CountyData {
  readonly countyLookup: typeof countyLookup;
  readonly countiesForArea: typeof countiesForArea;
  readonly countyOutlines: typeof countyOutlines;
}

const data: CountyData = { countyLookup, countiesForArea, countyOutlines };
(globalThis as { blueAlertCountyData?: CountyData }).blueAlertCountyData = data;
