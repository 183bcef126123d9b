/**
 * The county lookup object alone (no request-area helpers), so the CLI's bundle of it carries only the atlas.
 */
import type { CountyLookup } from '../area/lookup.js';
import { countiesTouchingRings, countyRecord } from './atlas.js';

/**
 * The county lookup to pass to `buildBlueAlert` (`{ counties: countyLookup }`). Its index is built on first use.
 *
 * @example
 * import { buildBlueAlert } from 'blue-alert-cap';
 * import { countyLookup } from 'blue-alert-cap/counties';
 * const msg = buildBlueAlert(request, { counties: countyLookup });
 * msg.area.same; // SAME codes of every county the geometry, circles or reach touch
 */
export const countyLookup: CountyLookup = {
  countiesTouching: (rings, anchor) => countiesTouchingRings(rings, anchor),
  countyName: (fips5) => countyRecord(fips5)?.name,
};

