/**
 * Valid state and county codes (FIPS, and SAME `PSSCCC`), decoded lazily from the compact generated table.
 * No county names or geometry here: those live in `blue-alert-cap/counties`.
 */
import { COUNTY_CODE_TABLE, STATE_NAME_TABLE } from './data/county-codes.js';

/** USPS abbreviations by state FIPS (facts, FIPS 5-2 / USPS Publication 28). */
const STATE_ABBR =
  '01AL02AK04AZ05AR06CA08CO09CT10DE11DC12FL13GA15HI16ID17IL18IN19IA20KS21KY22LA23ME24MD25MA26MI27MN28MS29MO30MT31NE32NV33NH34NJ35NM36NY37NC38ND39OH40OK41OR42PA44RI45SC46SD47TN48TX49UT50VT51VA53WA54WV55WI56WY60AS66GU69MP72PR78VI';

/**
 * A state, DC or territory known to the code tables.
 *
 * @example
 * const co: StateInfo = { fips: '08', abbr: 'CO', name: 'Colorado' };
 */
export interface StateInfo {
  /** 2-digit state FIPS. */
  readonly fips: string;
  /** USPS abbreviation. */
  readonly abbr: string;
  readonly name: string;
}

interface Tables {
  readonly counties: Set<string>;
  readonly states: Map<string, StateInfo>;
}

let tables: Tables | undefined;

function load(): Tables {
  if (tables !== undefined) return tables;
  const counties = new Set<string>();
  for (const part of COUNTY_CODE_TABLE.split(',')) {
    const ss = part.slice(0, 2);
    let prev = 0;
    for (let i = 2; i < part.length; i++) {
      const ch = part[i] as string;
      if (ch === '~') {
        prev = Number(part.slice(i + 1, i + 4));
        i += 3;
      } else prev += parseInt(ch, 36);
      counties.add(`${ss}${String(prev).padStart(3, '0')}`);
    }
  }
  const abbr = new Map<string, string>();
  for (let i = 0; i < STATE_ABBR.length; i += 4) abbr.set(STATE_ABBR.slice(i, i + 2), STATE_ABBR.slice(i + 2, i + 4));
  const states = new Map<string, StateInfo>();
  for (const entry of STATE_NAME_TABLE.split('|')) {
    const fips = entry.slice(0, 2);
    states.set(fips, { fips, abbr: abbr.get(fips) ?? fips, name: entry.slice(2) });
  }
  tables = { counties, states };
  return tables;
}

/**
 * Is this 5-digit county FIPS code (`SSCCC`) a county or equivalent in the tables (us-atlas, 3,231 entries)?
 *
 * @example
 * isKnownCounty('08031'); //=> true (Denver)
 * isKnownCounty('08999'); //=> false
 */
export function isKnownCounty(fips5: string): boolean {
  return load().counties.has(fips5);
}

/**
 * The state, DC or territory with this 2-digit FIPS code, or undefined.
 *
 * @example
 * stateInfo('72')?.name; //=> 'Puerto Rico'
 */
export function stateInfo(fips2: string): StateInfo | undefined {
  return load().states.get(fips2);
}

let stateWords: Set<string> | undefined;

/**
 * The state, DC or territory with this USPS abbreviation (upper case), or `undefined`.
 *
 * @example
 * stateByAbbr('TX')?.name; //=> 'Texas'
 */
export function stateByAbbr(abbr: string): StateInfo | undefined {
  if (abbr.length !== 2) return undefined;
  for (let i = 0; i < STATE_ABBR.length; i += 4) if (STATE_ABBR.slice(i + 2, i + 4) === abbr) return stateInfo(STATE_ABBR.slice(i, i + 2));
  return undefined;
}

/**
 * Whether a text is the name or USPS abbreviation of a state, DC or territory, in any case ("Nebraska", "NE",
 * "new york").
 *
 * @example
 * isStateName('Nebraska'); //=> true
 * isStateName('tx'); //=> true
 * isStateName('Rock'); //=> false
 */
export function isStateName(text: string): boolean {
  if (stateWords === undefined) {
    stateWords = new Set<string>();
    for (let i = 0; i < STATE_ABBR.length; i += 4) stateWords.add(STATE_ABBR.slice(i + 2, i + 4).toLowerCase());
    for (const entry of STATE_NAME_TABLE.split('|')) stateWords.add(entry.slice(2).toLowerCase());
  }
  return stateWords.has(text.trim().toLowerCase());
}

/**
 * Every known 5-digit county FIPS code, ascending.
 *
 * @example
 * knownCountyCodes().length; //=> 3231
 */
export function knownCountyCodes(): string[] {
  return [...load().counties].sort();
}

/** Names of SAME subdivision digits (47 CFR 11.31(c)): 1 NW … 9 SE; 0 is the whole county. */
export const SAME_SUBDIVISIONS = ['', 'northwest', 'north', 'northeast', 'west', 'central', 'east', 'southwest', 'south', 'southeast'] as const;

/**
 * Checks one SAME code (`PSSCCC`) against the tables: state must exist, county must exist (`000` is the whole
 * state). Returns undefined when valid, else what is wrong.
 *
 * @example
 * sameCodeProblem('008031'); //=> undefined
 * sameCodeProblem('008999'); //=> { kind: 'county', message: 'No county 08999 exists in Colorado; …' }
 */
export function sameCodeProblem(code: string): { kind: 'state' | 'county' | 'format'; message: string } | undefined {
  if (!/^\d{6}$/.test(code)) return { kind: 'format', message: `A SAME code is 6 digits PSSCCC, e.g. "008031"; got "${code}".` };
  const ss = code.slice(1, 3), ccc = code.slice(3);
  if (ss === '00') {
    return {
      kind: 'state',
      message: `"${code}" has state 00; a Blue Alert must name states (0SS000) or counties (0SSCCC), e.g. "008031" for Denver County, CO.`,
    };
  }
  const st = stateInfo(ss);
  if (st === undefined) {
    return { kind: 'state', message: `"${code}": no state or territory has FIPS code ${ss}; e.g. 08 is Colorado, 72 Puerto Rico.` };
  }
  if (ccc === '000') {
    if (code[0] !== '0') return { kind: 'format', message: `"${code}": a whole-state code must have subdivision 0 (0${ss}000).` };
    return undefined;
  }
  if (!isKnownCounty(ss + ccc)) {
    return { kind: 'county', message: `"${code}": no county ${ss}${ccc} exists in ${st.name}; check the county FIPS code (e.g. 08031 is Denver County, CO).` };
  }
  return undefined;
}
