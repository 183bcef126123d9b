/**
 * Short places people know ("Denver", "Cayey") from the longer locations a request gives, and the Spanish form of a
 * location's connecting words ("near" -> "cerca de"). Road names and town names are proper nouns and stay.
 */

/** `text` without the trailing characters listed in `chars` (a scan from the end: linear, unlike `/[…]+$/`). */
function trimEndChars(text: string, chars: string): string {
  let e = text.length;
  while (e > 0 && chars.includes(text.charAt(e - 1))) e--;
  return e === text.length ? text : text.slice(0, e);
}

/** Road words: a comma part ending in one of these is a road, not a town. */
const ROAD =
  /(?:^|[\s-])(?:st|street|ave|avenue|blvd|boulevard|rd|road|dr|drive|hwy|highway|pkwy|parkway|ln|lane|ct|court|way|fwy|freeway|expy|expressway|trl|trail|interstate|route|rte|exit|mile|km|mm|broadway|tpke|turnpike|loop|sr|us|cr|i)\.?$/i;

/** US state and territory postal codes (a trailing one is not the town). */
const STATE_CODE =
  /^(?:A[KLRSZ]|C[AOT]|D[CE]|FL|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEINOPST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY])$/;

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

/** English connecting words of a location and their Spanish forms (whole words, case kept for proper nouns). */
const LOCATION_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\b(\p{Lu}\p{L}*) border\b/gu, 'la frontera con $1'],
  [/\b(\p{Lu}\p{L}*) metro area\b/gu, 'el área metropolitana de $1'],
  [/\bmetro area\b/gi, 'área metropolitana'],
  [/\bnorthbound\b/gi, 'en dirección norte'],
  [/\bsouthbound\b/gi, 'en dirección sur'],
  [/\beastbound\b/gi, 'en dirección este'],
  [/\bwestbound\b/gi, 'en dirección oeste'],
  [/\bNB\b/g, 'en dirección norte'],
  [/\bSB\b/g, 'en dirección sur'],
  [/\bEB\b/g, 'en dirección este'],
  [/\bWB\b/g, 'en dirección oeste'],
  [/\bnear\b/gi, 'cerca de'],
  [/\bat\b/gi, 'en'],
  [/\band\b/gi, 'y'],
  [/\bon\b/gi, 'en'],
  [/\bin\b/gi, 'en'],
  [/\bof\b/gi, 'de'],
  [/\bthe\b/gi, ''],
  [/\bexit\b/gi, 'salida'],
  [/\bmile marker\b/gi, 'milla'],
  [/\bmile\b/gi, 'milla'],
  [/\bparking lot\b/gi, 'estacionamiento'],
  [/\bborder\b/gi, 'frontera'],
  [/\bdowntown\b/gi, 'centro'],
];

/** English words that must not be left in a Spanish phone text (beyond road and place names). */
const ENGLISH_LEFT = /\b(?:north|south|east|west|toward|towards|from|with|behind|across|between|block|area|lot|station|store|gas|county|city|road|bridge|corner|intersection|outside|inside|front|rear)\b/i;

/**
 * A location in Spanish: the connecting words translated ("I-710 southbound at Firestone Blvd" gives "I-710 en
 * dirección sur en Firestone Blvd"), road and town names kept. Returns `undefined` when English words the table does
 * not know remain (then a Spanish phone text names only the town).
 *
 * @param location - The English location.
 * @returns The Spanish location, or `undefined`.
 * @example
 * locationEs('PR-52 near Cayey'); //=> 'PR-52 cerca de Cayey'
 */
export function locationEs(location: string): string | undefined {
  let out = location;
  for (const [re, to] of LOCATION_WORDS) out = out.replace(re, to);
  out = out.replace(/ {2,}/g, ' ').trim();
  return ENGLISH_LEFT.test(out) ? undefined : out;
}
