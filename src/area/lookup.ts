/**
 * The county lookup contract. The core only knows this interface; `blue-alert-cap/counties` implements it with
 * us-atlas geometry, so county geometry never enters the core bundle.
 */
import type { LonLat } from './geometry.js';

/**
 * A county or equivalent (parish, borough, independent city, municipio, territory district).
 *
 * @example
 * const denver: CountyRecord = { fips: '08031', same: '008031', name: 'Denver', state: '08' };
 */
export interface CountyRecord {
  /** 5-digit county FIPS `SSCCC`. */
  readonly fips: string;
  /** The SAME code of the whole county, `0SSCCC`. */
  readonly same: string;
  /** The name as in the Census files, without "County", e.g. `Denver`. */
  readonly name: string;
  /** 2-digit state FIPS. */
  readonly state: string;
}

/**
 * What `buildBlueAlert` needs to derive SAME codes and county names from geometry. Get one from
 * `blue-alert-cap/counties` (`countyLookup`).
 *
 * @example
 * import { countyLookup } from 'blue-alert-cap/counties';
 * buildBlueAlert(request, { counties: countyLookup });
 */
export interface CountyLookup {
  /**
   * Every county that one of the rings touches (inside or on its boundary). Rings are `[lon, lat]` degrees,
   * outer boundaries only, already split at the antimeridian. The county containing `anchor` (e.g. the last-seen
   * point) comes first, then the others nearest first.
   */
  countiesTouching(rings: readonly (readonly LonLat[])[], anchor?: LonLat): readonly CountyRecord[];
  /** The name of a county by 5-digit FIPS, or undefined. */
  countyName(fips5: string): string | undefined;
}
