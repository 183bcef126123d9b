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

/**
 * English connecting words of a location and their Spanish forms (whole words, case kept for proper nouns), each
 * with the lower-case text every match of it contains: a text whose lower-case form does not contain it cannot match.
 */
const LOCATION_WORDS: readonly (readonly [RegExp, string, string])[] = [
  // a border named by its country's adjective ("the Canadian border": red team, "la frontera con Canadian")
  [/\bCanadian border\b/g, 'la frontera con Canadá', 'canadian border'],
  [/\bMexican border\b/g, 'la frontera con México', 'mexican border'],
  [/\b(\p{Lu}\p{L}*) border\b/gu, 'la frontera con $1', 'border'],
  [/\b(\p{Lu}\p{L}*) metro area\b/gu, 'el área metropolitana de $1', 'metro area'],
  [/\bmetro area\b/gi, 'área metropolitana', 'metro area'],
  [/\bnorthbound\b/gi, 'en dirección norte', 'northbound'],
  [/\bsouthbound\b/gi, 'en dirección sur', 'southbound'],
  [/\beastbound\b/gi, 'en dirección este', 'eastbound'],
  [/\bwestbound\b/gi, 'en dirección oeste', 'westbound'],
  [/\bNB\b/g, 'en dirección norte', 'nb'],
  [/\bSB\b/g, 'en dirección sur', 'sb'],
  [/\bEB\b/g, 'en dirección este', 'eb'],
  [/\bWB\b/g, 'en dirección oeste', 'wb'],
  [/\bnear\b/gi, 'cerca de', 'near'],
  [/\bat\b/gi, 'en', 'at'],
  [/\band\b/gi, 'y', 'and'],
  [/\bon\b/gi, 'en', 'on'],
  [/\bin\b/gi, 'en', 'in'],
  [/\bof\b/gi, 'de', 'of'],
  [/\bthe\b/gi, '', 'the'],
  [/\bexit\b/gi, 'salida', 'exit'],
  [/\bmile marker\b/gi, 'milla', 'mile marker'],
  [/\bmile\b/gi, 'milla', 'mile'],
  [/\bparking lot\b/gi, 'estacionamiento', 'parking lot'],
  [/\bborder\b/gi, 'frontera', 'border'],
  [/\bdowntown\b/gi, 'centro', 'downtown'],
];

/** English words that must not be left in a Spanish phone text (beyond road and place names). */
const ENGLISH_LEFT_ALL = /\b(?:north|south|east|west|toward|towards|from|with|behind|across|between|block|area|lot|station|store|gas|county|city|road|bridge|corner|intersection|outside|inside|front|rear)\b/gi;

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
  // a test of the lower-case text before each pattern (most of the 24 cannot match): was a replace for every one
  let lower = out.toLowerCase();
  for (const [re, to, key] of LOCATION_WORDS) {
    if (!lower.includes(key)) continue;
    const next = out.replace(re, to);
    if (next !== out) {
      out = next;
      lower = out.toLowerCase();
    }
  }
  out = out.replace(/ {2,}/g, ' ').trim();
  // an English word left in lower case (or opening the text) is English; one capitalised inside it is part of a
  // name ("Llanfair Road", "Union Station": red team, the Spanish text said "en (en inglés: Llanfair Road)")
  for (const m of out.matchAll(ENGLISH_LEFT_ALL)) {
    if (m.index === 0 || !/^\p{Lu}/u.test(m[0])) return undefined;
  }
  return out;
}
