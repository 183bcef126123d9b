/**
 * Ages, heights and weights in Spanish and English words ("de 30 a 35 años", "5 pies 10 pulgadas", "180 libras";
 * "early 20s"). Split from `es-values.ts`: each function returns `undefined` when it does not know the value.
 */

const AGE_ABOUT = /^(?:about|approx\.?|approximately|around|~|circa|roughly)\s*(\d{1,3})(?:\s*(?:years? old|yrs? old|years|yrs|y\/o|yo))?$/i;
const AGE_NUMBER = /^(\d{1,3})(?:\s*(?:years? old|yrs? old|years|yrs|y\/o|yo))?$/i;
const AGE_RANGE = /^(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})(?:\s*(?:years? old|yrs? old|years|yrs))?$/i;
const AGE_DECADE = /^(early|mid|late|mid-)?\s*-?(\d)0'?s$/i;
const AGE_TEEN = /^(early|mid|late|mid-)?\s*-?teens$/i;
const DECADE_ES: readonly string[] = ['', '', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];

/**
 * An age in Spanish: `25` gives "25 años", "about 25" gives "unos 25 años", "30-35" gives "de 30 a 35 años",
 * "early 20s" gives "de 20 a 25 años", "40s" gives "de cuarenta y tantos años".
 *
 * @example
 * ageEs('early 20s'); //=> 'de 20 a 25 años'
 * ageEs('about 25'); //=> 'unos 25 años'
 */
export function ageEs(age: string | number): string | undefined {
  if (typeof age === 'number') return `${age} años`;
  const a = age.trim().replace(/^age\s+/i, '');
  let m = AGE_NUMBER.exec(a);
  if (m !== null) return `${m[1] ?? ''} años`;
  m = AGE_ABOUT.exec(a);
  if (m !== null) return `unos ${m[1] ?? ''} años`;
  m = AGE_RANGE.exec(a);
  if (m !== null) return `de ${m[1] ?? ''} a ${m[2] ?? ''} años`;
  m = AGE_DECADE.exec(a);
  if (m !== null) {
    const d = Number(m[2]) * 10;
    const part = (m[1] ?? '').toLowerCase().replace('-', '');
    if (part === 'early') return `de ${d} a ${d + 4} años`;
    if (part === 'mid') return `de ${d + 3} a ${d + 7} años`;
    if (part === 'late') return `de ${d + 6} a ${d + 9} años`;
    const word = DECADE_ES[d / 10];
    return word === undefined || word === '' ? `de ${d} a ${d + 9} años` : `de ${word} y tantos años`;
  }
  m = AGE_TEEN.exec(a);
  if (m !== null) {
    const part = (m[1] ?? '').toLowerCase().replace('-', '');
    return part === 'early' ? 'de 13 a 15 años' : part === 'late' ? 'de 17 a 19 años' : 'adolescente';
  }
  return undefined;
}

/** Age groups written as words, and how they read in a description. */
const AGE_GROUP: ReadonlyMap<string, string> = new Map([
  ['teen', 'teenage'], ['teens', 'teenage'], ['teenager', 'teenage'], ['juvenile', 'juvenile'], ['minor', 'juvenile'],
  ['young adult', 'young adult'], ['adult', 'adult'], ['middle-aged', 'middle-aged'], ['middle aged', 'middle-aged'],
  ['elderly', 'elderly'], ['senior', 'elderly'],
]);

/** The age groups that read as an adjective before the sex word ("Black teenage male", not "Black male, in teens"). */
const AGE_ADJECTIVE: ReadonlySet<string> = new Set(AGE_GROUP.values());

/**
 * Whether an English age phrase (from `ageEn`) is an age group that goes before the sex word (reader review 19t T24).
 *
 * @example
 * isAgeAdjectiveEn('teenage'); //=> true
 * isAgeAdjectiveEn('age 25'); //=> false
 */
export function isAgeAdjectiveEn(age: string): boolean {
  return AGE_ADJECTIVE.has(age);
}

/**
 * An English age as a phrase that cannot be misread: `25` gives "age 25", "about 25" stays, "40s" gives "in their
 * 40s", "early 20s" gives "in early 20s".
 *
 * @example
 * ageEn('30-35'); //=> 'age 30-35'
 * ageEn('early 20s'); //=> 'early 20s'
 */
export function ageEn(age: string | number): string {
  if (typeof age === 'number') return `age ${age}`;
  const a = age.trim();
  if (/^\d/.test(a)) return `age ${a}`;
  if (/^(?:age|about|approx|approximately|around|early|mid|late)\b/i.test(a)) return a;
  // a word for an age group stands alone ("teen", "juvenile", not "age teen": red team)
  const group = AGE_GROUP.get(a.toLowerCase());
  if (group !== undefined) return group;
  return `age ${a}`;
}

const FEET_INCHES = /^(\d)\s*(?:ft|feet|foot|')\s*(?:(\d{1,2})\s*(?:in|inches|inch|"|'')?)?$/i;
const POUNDS = /^(?:about |approx\.? |~)?(\d{2,3})\s*(?:lb|lbs|pounds)?\.?$/i;
/** A weight range ("170-180", "170 to 180 lbs"). */
const POUNDS_RANGE = /^(\d{2,3})\s*(?:-|–|to)\s*(\d{2,3})\s*(?:lb|lbs|pounds)?\.?$/i;
/** A weight written as a bare number or range, without its unit ("170", "about 170", "170-180"). */
const BARE_POUNDS = /^(?:about |approx\.? |~)?\d{2,3}(?:\s*(?:-|–|to)\s*\d{2,3})?$/i;
const METRIC = /^(\d{2,3})\s*(cm|kg)$/i;

/**
 * A height in Spanish ("5 ft 10 in" gives "5 pies 10 pulgadas").
 *
 * @example
 * heightEs('5 ft 10 in'); //=> '5 pies 10 pulgadas'
 */
export function heightEs(height: string): string | undefined {
  // "5-9" is 5 ft 9 in (text review 15: dropped in Spanish, read as an age in English)
  const dashed = /^([4-7])\s?-\s?(\d{1,2})$/.exec(height.trim());
  const h = dashed !== null && Number(dashed[2]) <= 11 ? `${dashed[1] ?? ''} ft ${dashed[2] ?? ''} in` : height.trim();
  const m = FEET_INCHES.exec(h);
  // singular for one: "1 pie", "6 pies 1 pulgada"
  const unit = (n: string | undefined, one: string, many: string): string => `${n ?? ''} ${Number(n) === 1 ? one : many}`;
  if (m !== null) return `${unit(m[1], 'pie', 'pies')}${m[2] === undefined ? '' : ` ${unit(m[2], 'pulgada', 'pulgadas')}`}`;
  const c = METRIC.exec(h);
  return c !== null && (c[2] ?? '').toLowerCase() === 'cm' ? `${c[1] ?? ''} cm` : undefined;
}

/**
 * A weight in Spanish ("160 lb" gives "160 libras"; a bare number is pounds: "190" gives "190 libras").
 *
 * @example
 * weightEs('160 lb'); //=> '160 libras'
 * weightEs('190'); //=> '190 libras'
 * weightEs('170-180'); //=> 'de 170 a 180 libras'
 */
export function weightEs(weight: string): string | undefined {
  const w = weight.trim();
  // a bare number is pounds, as US agencies write a weight ("170": reader review 19t, "(en inglés: 190)")
  const m = POUNDS.exec(w);
  if (m !== null) return `${/^(about|approx|~)/i.test(w) ? 'unas ' : ''}${m[1] ?? ''} libras`;
  const r = POUNDS_RANGE.exec(w);
  if (r !== null) return `de ${r[1] ?? ''} a ${r[2] ?? ''} libras`;
  const c = METRIC.exec(w);
  return c !== null && (c[2] ?? '').toLowerCase() === 'kg' ? `${c[1] ?? ''} kg` : undefined;
}

/**
 * A weight in English as written, with "lb" after a bare number or range: US agencies write a weight "170", and
 * "age 28, 5 ft 9 in, 170, dreadlocks" leaves a number a reader cannot place (reader review 19t). Anything else
 * (with its unit, or in words) stays as written.
 *
 * @example
 * weightEn('170'); //=> '170 lb'
 * weightEn('about 170'); //=> 'about 170 lb'
 * weightEn('180 lbs'); //=> '180 lbs'
 */
export function weightEn(weight: string): string {
  const w = weight.trim();
  return BARE_POUNDS.test(w) ? `${w} lb` : weight;
}
