/** US towns and states named like given names (split from `place-name.ts`, read by `context.ts` too). */

/**
 * Given names that are also the names of US towns or states a location field may give alone ("Aurora" for an
 * officer Aurora Hill: issue 13). Any other given name or short form alone in a location field is the officer's
 * (red team 17: "Officer killed at Danny"). Facts: US places named like given names.
 *
 * @example
 * GIVEN_NAME_PLACES.has('aurora'); //=> true
 */
export const GIVEN_NAME_PLACES: ReadonlySet<string> = new Set(
  ('aurora austin florence eugene tyler troy helena charlotte savannah phoenix orlando beverly chelsea victoria camden ' +
    'marietta augusta elizabeth lafayette jackson madison lincoln denver dallas houston laredo cheyenne sierra dakota ' +
    'brandon kent lawrence warren clinton franklin marion vernon quincy raleigh everett logan mesa reno salem hope ' +
    'alma alice alexandria arlington chester carson kyle allen irving garland grant spencer douglas milton stanley ' +
    'hamilton tracy fremont bristol hudson ogden sidney sydney paris columbus albany regina eden vienna medina ' +
    'florida virginia georgia carolina montana nevada indiana tennessee washington')
    .split(' '),
);
