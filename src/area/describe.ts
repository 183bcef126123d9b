/**
 * `areaDesc` for people: "Denver, Adams and Arapahoe counties, CO".
 */
import { SAME_SUBDIVISIONS, stateInfo } from './codes.js';

type Kind = 'county' | 'parish' | 'borough' | 'municipio' | 'city' | 'plain';

const PLURAL: Record<Kind, string> = {
  county: 'counties',
  parish: 'parishes',
  borough: 'boroughs',
  municipio: 'municipios',
  city: 'cities',
  plain: '',
};

/** Which word goes after a county's name (Census naming: Louisiana parishes, Alaska boroughs, …). */
function kindOf(fips5: string): Kind {
  const ss = fips5.slice(0, 2);
  const ccc = Number(fips5.slice(2));
  if (ss === '22') return 'parish';
  if (ss === '02') return 'borough';
  if (ss === '72') return 'municipio';
  if (ss === '11' || ss === '60' || ss === '66' || ss === '69' || ss === '78') return 'plain';
  if ((ss === '51' && ccc >= 510) || fips5 === '24510' || fips5 === '29510' || fips5 === '32510') return 'city';
  return 'county';
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Joins words the English way: `a`, `a and b`, `a, b and c`.
 *
 * @example
 * joinAnd(['Denver', 'Adams', 'Arapahoe']); //=> 'Denver, Adams and Arapahoe'
 */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/**
 * Describes SAME codes for people, grouped by state in order of first appearance: county names (when `nameOf`
 * knows them) with the right word (counties, parishes, boroughs, municipios, cities) and the state abbreviation;
 * whole-state codes as the state's name. Without names: "3 counties in Colorado".
 *
 * @example
 * describeSameCodes(['008031', '008001', '008005'], (f) => ({ '08031': 'Denver', '08001': 'Adams', '08005': 'Arapahoe' })[f]);
 * //=> 'Denver, Adams and Arapahoe counties, CO'
 */
export function describeSameCodes(same: readonly string[], nameOf?: (fips5: string) => string | undefined): string {
  const byState = new Map<string, string[]>();
  for (const code of same) {
    const ss = code.slice(1, 3);
    const list = byState.get(ss) ?? [];
    list.push(code);
    byState.set(ss, list);
  }
  const parts: string[] = [];
  for (const [ss, codes] of byState) {
    const st = stateInfo(ss);
    const stateName = st?.name ?? `state ${ss}`;
    const abbr = st?.abbr ?? ss;
    const pieces: string[] = [];
    if (codes.some((c) => c.slice(3) === '000')) pieces.push(stateName);
    const counties = codes.filter((c) => c.slice(3) !== '000');
    if (counties.length > 0) {
      const named = counties.map((c) => ({ c, name: nameOf?.(c.slice(1)) }));
      if (named.some((n) => n.name === undefined)) {
        // the state's own word ("1 municipio in Puerto Rico", "2 parishes in Louisiana"), else "county"
        const kinds = new Set(counties.map((c) => kindOf(c.slice(1))));
        const kind = kinds.size === 1 && !kinds.has('plain') ? ([...kinds][0] as Kind) : 'county';
        pieces.push(`${counties.length} ${counties.length === 1 ? kind : PLURAL[kind]} in ${stateName}`);
      } else {
        const groups = new Map<Kind, string[]>();
        for (const { c, name } of named) {
          const kind = kindOf(c.slice(1));
          const sub = SAME_SUBDIVISIONS[Number(c[0])] ?? '';
          const label = `${sub === '' ? '' : `${sub} `}${name ?? ''}${kind === 'city' ? ' city' : ''}`;
          const list = groups.get(kind) ?? [];
          list.push(label);
          groups.set(kind, list);
        }
        const texts: string[] = [];
        for (const [kind, names] of groups) {
          if (kind === 'plain' || kind === 'city') texts.push(joinAnd(names));
          else texts.push(`${joinAnd(names)} ${names.length === 1 ? capitalise(kind) : PLURAL[kind]}`);
        }
        pieces.push(`${joinAnd(texts)}, ${abbr}`);
      }
    }
    parts.push(pieces.join('; '));
  }
  return parts.join('; ');
}
