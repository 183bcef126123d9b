/**
 * The agency's own words in its machine fields (red team 15): the labels of a sender address's domain and of the
 * issuer's web link that are a state code or a common domain word ("state.co.us", "dps.ok.gov") or a word of the
 * issuer's or the requesting agency's name ("cbi.colorado.gov" for the Colorado Bureau of Investigation), and the
 * words "Blue Alert" anywhere in them ("…/blue-alert"), are the agency's, not the officer's: an officer Jose Co,
 * Art Colorado or Art Blue does not make the agency's own address a leak. Only whole labels and words are read so;
 * a word glued to one ("jco", "okaforcolorado") is still read as written.
 */
import { foldTerm } from './fold.js';

/**
 * US state, district and territory codes (USPS), and the words domains are made of. Two-letter codes are real
 * surnames (Co, Oh, Ma, Ok, Mo, Pa, In): in a domain they are the state.
 */
const DOMAIN_WORDS: ReadonlySet<string> = new Set([
  ...'al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr vi gu as mp um'.split(' '),
  ...'gov us com org net edu mil int info biz state states city cty ci county cnty town twp k12 www mail gob'.split(' '),
]);

/** Words left out when the initials of an agency's name are read ("Colorado Bureau of Investigation" is "cbi"). */
const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'el', 'los', 'y']);

/**
 * The words an agency writes in its own addresses: the words of its names (letters only, folded) and their
 * initials ("cbi", "dpd").
 *
 * @example
 * const a: AgencyWords = agencyWords(['Colorado Bureau of Investigation']);
 * a.words.has('colorado'); //=> true
 * a.acronyms.has('cbi'); //=> true
 */
export interface AgencyWords {
  readonly words: ReadonlySet<string>;
  readonly acronyms: ReadonlySet<string>;
}

/**
 * The agency words of the given names (the issuer's name and short name, the requesting agency's name).
 *
 * @example
 * agencyWords(['Denver Police Department', undefined]).acronyms.has('dpd'); //=> true
 */
export function agencyWords(names: readonly (string | undefined)[]): AgencyWords {
  const words = new Set<string>();
  const acronyms = new Set<string>();
  for (const name of names) {
    if (name === undefined) continue;
    const list = foldTerm(name)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0);
    for (const w of list) words.add(w);
    const initials = (ws: readonly string[]): string => ws.map((w) => w.charAt(0)).join('');
    if (list.length === 1) acronyms.add(list[0] as string);
    if (list.length > 1) {
      acronyms.add(initials(list));
      acronyms.add(initials(list.filter((w) => !SMALL_WORDS.has(w))));
    }
  }
  return { words, acronyms };
}

/**
 * Whether a folded domain label is the agency's: a state code, a domain word, a word of its names or their
 * initials ("cbi").
 *
 * @example
 * isAgencyLabel('co', agencyWords([])); //=> true
 * isAgencyLabel('okafor', agencyWords(['Colorado Bureau of Investigation'])); //=> false
 */
export function isAgencyLabel(label: string, agency: AgencyWords): boolean {
  return DOMAIN_WORDS.has(label) || agency.words.has(label) || agency.acronyms.has(label);
}

/** A character of a run of letters and digits (one code unit: ASCII and the BMP letters an address may hold). */
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * The runs of letters and digits of a text, with their offsets: a linear scan (no regex over the whole input).
 */
function runsOf(s: string): { s: number; e: number }[] {
  const runs: { s: number; e: number }[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const w = isWordChar(s[i]);
    if (w && start < 0) start = i;
    if (!w && start >= 0) {
      runs.push({ s: start, e: i });
      start = -1;
    }
  }
  return runs;
}

/** The text with the runs from..to (offsets of `runs`) replaced by spaces (same length: offsets hold). */
function blank(s: string, from: number, to: number): string {
  return s.slice(0, from) + ' '.repeat(to - from) + s.slice(to);
}

/**
 * A machine value (a sender address, a web link, an e-mail address) with the agency's own words blanked (spaces,
 * same length): "Blue Alert" anywhere ("blue-alert", "bluealert", "blue.alert"), and in the host (the domain of an
 * address after its last "@", the host of a link) every label `isAgencyLabel` accepts. The officer's name written
 * anywhere else stays to be read ("…/officer-blue", "jco@", "okafor.gov").
 *
 * @example
 * const a = agencyWords(['Colorado Bureau of Investigation']);
 * withoutAgencyWords('https://cbi.colorado.gov/blue-alert', a); //=> 'https://   .        .   /          '
 * withoutAgencyWords('cbi.bluealert@state.co.us', a); //=> 'cbi.         @     .  .  '
 */
export function withoutAgencyWords(value: string, agency: AgencyWords): string {
  const folded = value.toLowerCase();
  let out = value;
  const runs = runsOf(folded);
  const word = (i: number): string => (runs[i] === undefined ? '' : folded.slice(runs[i].s, runs[i].e));
  const [hostFrom, hostTo] = hostRange(folded);
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i] as { s: number; e: number };
    const w = word(i);
    if (w === 'bluealert' || w === 'bluealerts') out = blank(out, r.s, r.e);
    else if (w === 'blue' && (word(i + 1) === 'alert' || word(i + 1) === 'alerts')) {
      const next = runs[i + 1] as { s: number; e: number };
      out = blank(out, r.s, next.e);
      i++;
    } else if (r.s >= hostFrom && r.e <= hostTo && isAgencyLabel(foldTerm(w), agency)) out = blank(out, r.s, r.e);
  }
  return out;
}

/**
 * Where the host of a machine value is: after the last "@" of an address (to its end), or between "//" and the
 * next "/", "?" or "#" of a link; [0, 0] when it has neither.
 */
function hostRange(v: string): [number, number] {
  const scheme = v.indexOf('//');
  if (scheme >= 0 && /^[a-z][a-z0-9+.-]*:$/.test(v.slice(0, scheme))) {
    const from = scheme + 2;
    let to = from;
    while (to < v.length && v[to] !== '/' && v[to] !== '?' && v[to] !== '#') to++;
    return [from, to];
  }
  const at = v.lastIndexOf('@');
  return at < 0 ? [0, 0] : [at + 1, v.length];
}
