/**
 * Short places people know ("Denver", "Cayey") from the longer locations a request gives, and (from `place-es.ts`) a
 * location in Spanish. Road names and town names are proper nouns and stay.
 */
import { STATE_CODE } from './place-terms.js';

/** `text` without the trailing characters listed in `chars` (a scan from the end: linear, unlike `/[…]+$/`). */
function trimEndChars(text: string, chars: string): string {
  let e = text.length;
  while (e > 0 && chars.includes(text.charAt(e - 1))) e--;
  return e === text.length ? text : text.slice(0, e);
}

/** Road words: a comma part ending in one of these is a road, not a town. */
const ROAD =
  /(?:^|[\s-])(?:st|street|ave|avenue|blvd|boulevard|rd|road|dr|drive|hwy|highway|pkwy|parkway|ln|lane|ct|court|way|fwy|freeway|expy|expressway|trl|trail|interstate|route|rte|exit|mile|km|mm|broadway|tpke|turnpike|loop|sr|us|cr|i)\.?$/i;


/** A place name: letters, spaces, apostrophes, dots and hyphens; starts with a capital; at most 5 words. */
const PLACE_NAME = /^\p{Lu}[\p{L}'.-]*(?: [\p{L}'.-]+){0,4}$/u;

function asPlace(candidate: string): string | undefined {
  const c = trimEndChars(candidate.trim(), '.;:');
  if (c.length === 0 || c.length > 30) return undefined;
  if (!PLACE_NAME.test(c) || ROAD.test(c) || STATE_CODE.test(c)) return undefined;
  return c;
}

/**
 * The town or city of a location, when the location names one: the last comma part ("W Colfax Ave and N
 * Broadway, Denver" gives "Denver"; "…, Denver, CO" gives "Denver"), or what follows a final "near" ("PR-52 near
 * Cayey" gives "Cayey"). Roads, state codes and numbers are not places.
 *
 * @param location - A free-text location.
 * @returns The short place, or `undefined`.
 * @example
 * shortPlace('W Colfax Ave and N Broadway, Denver'); //=> 'Denver'
 * shortPlace('PR-52 near Cayey'); //=> 'Cayey'
 * shortPlace('I-70 eastbound at Colorado Blvd'); //=> undefined
 */
export function shortPlace(location: string | undefined): string | undefined {
  if (location === undefined) return undefined;
  const parts = location.split(',').map((p) => p.trim()).filter((p) => p !== '');
  while (parts.length > 1 && STATE_CODE.test(parts[parts.length - 1] ?? '')) parts.pop();
  if (parts.length > 1) {
    const last = asPlace(parts[parts.length - 1] ?? '');
    if (last !== undefined) return last;
  }
  const tail = parts[parts.length - 1] ?? '';
  const near = tail.lastIndexOf(' near ');
  if (near >= 0) return asPlace(tail.slice(near + 6));
  return undefined;
}

export { locationEs } from './place-es.js';
