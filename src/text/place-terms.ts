/**
 * The words of an English location that `locationEs` translates, and their US Spanish forms: connecting words
 * ("near", "in front of"), headings ("southbound", "heading north"), and the road and place nouns officials write
 * ("lanes", "on-ramp", "exit", "mile marker", "parking lot"). Everything else in a location is a name and stays.
 */
import { pluralEn, pluralEs } from './place-plural.js';
import { table } from '../table.js';

/**
 * How a term reads in a location:
 * - `link`: a connecting word or phrase, translated where it stands ("near" -> "cerca de");
 * - `heading`: a direction that follows what it describes in Spanish ("southbound" -> "en dirección sur");
 * - `noun`: a place noun, written with its article and moved before the name it describes ("the Ajo Way on-ramp" ->
 *   "la rampa de entrada de Ajo Way");
 * - `article`: "the", "a", "an" (taken by the noun that follows, else "el"/"un" before a name);
 * - `drop`: words the Spanish text already says ("last seen").
 *
 * @example
 * const k: PlaceTermKind = 'noun';
 */
export type PlaceTermKind = 'link' | 'heading' | 'noun' | 'article' | 'drop';

/**
 * One English term (one or more lower-case words) and its Spanish form.
 *
 * @example
 * const t: PlaceTerm = { en: 'on-ramp', kind: 'noun', es: 'rampa de entrada', g: 'f', anyCase: true };
 */
export interface PlaceTerm {
  /** The English words, lower case, one space between them. */
  readonly en: string;
  readonly kind: PlaceTermKind;
  /** The Spanish form (a noun without its article). */
  readonly es: string;
  /** A noun's gender: `fa` is feminine with "el" before it ("el área"). */
  readonly g?: 'm' | 'f' | 'fa';
  /** A plural noun ("los carriles"). */
  readonly pl?: boolean;
  /** Translated also when written with capitals: a connecting word, or a noun that is never part of a name. */
  readonly anyCase?: boolean;
  /** Translated with capitals when a number follows ("Exit 354" -> "la salida 354"). */
  readonly capsWithNumber?: boolean;
  /** The word between the noun and its name: "de" unless given ("la frontera con México"); none for a brand ("la gasolinera Shell"). */
  readonly joiner?: string;
  /** Two names joined by "and" before it name it ("the Speedway Blvd and I-10 interchange"). */
  readonly pair?: boolean;
  /** The name follows the noun in English too ("downtown Tucson" -> "el centro de Tucson"). */
  readonly nameAfter?: boolean;
}

const COMPASS: readonly (readonly [string, string])[] = [
  ['north', 'norte'],
  ['south', 'sur'],
  ['east', 'este'],
  ['west', 'oeste'],
  ['northeast', 'noreste'],
  ['northwest', 'noroeste'],
  ['southeast', 'sureste'],
  ['southwest', 'suroeste'],
];

const link = (en: string, es: string): PlaceTerm => ({ en, kind: 'link', es, anyCase: true });
const noun = (en: string, es: string, g: 'm' | 'f' | 'fa', more: Partial<PlaceTerm> = {}): PlaceTerm => ({ en, kind: 'noun', es, g, ...more });
const nouns = (en: string, es: string, g: 'm' | 'f'): PlaceTerm => noun(en, es, g, { pl: true });

/** Headings and compass phrases, one set per compass point. */
function compassTerms(): PlaceTerm[] {
  const out: PlaceTerm[] = [];
  for (const [en, es] of COMPASS) {
    const bound: PlaceTerm = { en: `${en}bound`, kind: 'heading', es: `en dirección ${es}`, anyCase: true };
    out.push(bound, { ...bound, en: `${en} bound` });
    for (const verb of ['heading', 'headed', 'going', 'fleeing', 'running']) out.push({ en: `${verb} ${en}`, kind: 'heading', es: `hacia el ${es}`, anyCase: true });
    for (const verb of ['traveling', 'travelling', 'driving', 'moving', 'heading', 'headed', 'going']) {
      out.push({ en: `${verb} ${en}bound`, kind: 'heading', es: `en dirección ${es}`, anyCase: true });
    }
    for (const verb of ['traveling', 'travelling', 'driving', 'moving']) out.push({ en: `${verb} ${en}`, kind: 'heading', es: `en dirección ${es}`, anyCase: true });
    out.push(link(`just ${en} of`, `justo al ${es} de`), link(`${en} of`, `al ${es} de`));
    out.push(noun(`${en} side`, `lado ${es}`, 'm'), noun(`${en} end`, `extremo ${es}`, 'm'));
    // a lower-case compass word alone is a heading ("I-19 north"); with a capital it is a name ("North Las Vegas")
    out.push({ en, kind: 'heading', es: `en dirección ${es}` });
  }
  const shorts: readonly (readonly [string, string])[] = [['nb', 'norte'], ['sb', 'sur'], ['eb', 'este'], ['wb', 'oeste']];
  for (const [en, es] of shorts) {
    out.push({ en, kind: 'heading', es: `en dirección ${es}`, anyCase: true }, { en: `${en.charAt(0)}/b`, kind: 'heading', es: `en dirección ${es}`, anyCase: true });
  }
  return out;
}

/** Connecting words and phrases (translated where they stand, whatever their case). */
const LINKS: readonly PlaceTerm[] = [
  link('near', 'cerca de'),
  link('nearby', 'cerca de'),
  link('close to', 'cerca de'),
  link('around', 'cerca de'),
  link('at', 'en'),
  link('on', 'en'),
  link('in', 'en'),
  link('of', 'de'),
  link('and', 'y'),
  link('&', 'y'),
  link('or', 'o'),
  link('between', 'entre'),
  link('behind', 'detrás de'),
  link('in front of', 'frente a'),
  link('across from', 'frente a'),
  link('across the street from', 'frente a'),
  link('opposite', 'frente a'),
  link('next to', 'junto a'),
  link('beside', 'junto a'),
  link('by', 'junto a'),
  link('adjacent to', 'junto a'),
  link('off', 'junto a'),
  link('off of', 'junto a'),
  link('just off', 'junto a'),
  link('just past', 'justo después de'),
  link('past', 'pasando'),
  link('after', 'después de'),
  link('before', 'antes de'),
  link('beyond', 'más allá de'),
  link('under', 'debajo de'),
  link('underneath', 'debajo de'),
  link('over', 'sobre'),
  link('along', 'a lo largo de'),
  link('inside', 'dentro de'),
  link('inside of', 'dentro de'),
  link('within', 'dentro de'),
  link('outside', 'afuera de'),
  link('outside of', 'afuera de'),
  link('from', 'desde'),
  link('to', 'hacia'),
  link('toward', 'hacia'),
  link('towards', 'hacia'),
  link('into', 'hacia'),
  link('onto', 'hacia'),
  link('via', 'por'),
  link('through', 'por'),
  link('heading to', 'rumbo a'),
  link('heading toward', 'rumbo a'),
  link('heading towards', 'rumbo a'),
  link('headed to', 'rumbo a'),
  link('headed toward', 'rumbo a'),
  link('headed towards', 'rumbo a'),
  link('en route to', 'rumbo a'),
  link('possibly', 'posiblemente'),
  link('possibly toward', 'posiblemente hacia'),
  link('possibly towards', 'posiblemente hacia'),
  link('then', 'luego'),
  { en: 'last seen', kind: 'drop', es: '', anyCase: true },
  { en: 'the', kind: 'article', es: 'el', anyCase: true },
  { en: 'a', kind: 'article', es: 'un' },
  { en: 'an', kind: 'article', es: 'un' },
];

/** Road and place nouns (lower case unless `anyCase`: "Union Station" and "Lovers Lane" are names). */
const NOUNS: readonly PlaceTerm[] = [
  noun('lanes', 'carriles', 'm', { pl: true, anyCase: true }),
  noun('lane', 'carril', 'm', { capsWithNumber: true }),
  noun('left lane', 'carril izquierdo', 'm'),
  noun('right lane', 'carril derecho', 'm'),
  noun('hov lane', 'carril HOV', 'm', { anyCase: true }),
  noun('hov lanes', 'carriles HOV', 'm', { pl: true, anyCase: true }),
  noun('express lanes', 'carriles exprés', 'm', { pl: true }),
  noun('ramp', 'rampa', 'f', { capsWithNumber: true }),
  noun('on-ramp', 'rampa de entrada', 'f', { anyCase: true }),
  noun('on ramp', 'rampa de entrada', 'f'),
  noun('entrance ramp', 'rampa de entrada', 'f'),
  noun('off-ramp', 'rampa de salida', 'f', { anyCase: true }),
  noun('off ramp', 'rampa de salida', 'f'),
  noun('exit ramp', 'rampa de salida', 'f'),
  noun('exit', 'salida', 'f', { capsWithNumber: true }),
  noun('mile marker', 'milla', 'f', { capsWithNumber: true }),
  noun('milepost', 'milla', 'f', { capsWithNumber: true }),
  noun('mile post', 'milla', 'f', { capsWithNumber: true }),
  noun('mm', 'milla', 'f', { capsWithNumber: true }),
  noun('mp', 'milla', 'f', { capsWithNumber: true }),
  noun('mile', 'milla', 'f', { capsWithNumber: true }),
  noun('overpass', 'paso elevado', 'm'),
  noun('underpass', 'paso inferior', 'm'),
  noun('bridge', 'puente', 'm'),
  noun('interchange', 'intercambio', 'm', { pair: true }),
  noun('intersection', 'intersección', 'f', { pair: true }),
  noun('junction', 'cruce', 'm', { pair: true }),
  noun('roundabout', 'glorieta', 'f'),
  noun('traffic light', 'semáforo', 'm'),
  noun('parking lot', 'estacionamiento', 'm', { anyCase: true }),
  noun('parking garage', 'garaje de estacionamiento', 'm'),
  noun('parking structure', 'garaje de estacionamiento', 'm'),
  noun('gas station', 'gasolinera', 'f', { joiner: '' }),
  noun('truck stop', 'parada de camiones', 'f', { joiner: '' }),
  noun('rest area', 'área de descanso', 'fa'),
  noun('rest stop', 'área de descanso', 'fa'),
  noun('toll plaza', 'caseta de peaje', 'f'),
  noun('toll booth', 'caseta de peaje', 'f'),
  noun('checkpoint', 'punto de control', 'm'),
  noun('port of entry', 'puerto de entrada', 'm'),
  noun('shoulder', 'acotamiento', 'm', { anyCase: true }),
  noun('median', 'mediana', 'f', { anyCase: true }),
  noun('frontage road', 'vía de acceso', 'f'),
  noun('access road', 'vía de acceso', 'f'),
  noun('service road', 'vía de servicio', 'f'),
  noun('dirt road', 'camino de tierra', 'm'),
  noun('road', 'carretera', 'f'),
  noun('highway', 'carretera', 'f'),
  noun('freeway', 'autopista', 'f'),
  noun('interstate', 'interestatal', 'f'),
  noun('street', 'calle', 'f'),
  noun('avenue', 'avenida', 'f'),
  noun('alley', 'callejón', 'm'),
  noun('block', 'cuadra', 'f'),
  noun('corner', 'esquina', 'f', { pair: true }),
  noun('side', 'lado', 'm'),
  noun('entrance', 'entrada', 'f'),
  noun('driveway', 'entrada', 'f'),
  noun('area', 'zona', 'f'),
  noun('vicinity', 'inmediaciones', 'f', { pl: true }),
  noun('neighborhood', 'vecindario', 'm'),
  noun('downtown', 'centro', 'm', { nameAfter: true }),
  noun('metro area', 'área metropolitana', 'fa'),
  noun('border', 'frontera', 'f', { joiner: 'con' }),
  noun('county line', 'límite del condado', 'm'),
  noun('state line', 'límite estatal', 'm'),
  nouns('city limits', 'límites de la ciudad', 'm'),
  noun('last known location', 'última ubicación conocida', 'f', { anyCase: true }),
  noun('last known', 'última ubicación conocida', 'f', { anyCase: true }),
  noun('store', 'tienda', 'f', { joiner: '' }),
  noun('convenience store', 'tienda de conveniencia', 'f', { joiner: '' }),
  noun('grocery store', 'supermercado', 'm', { joiner: '' }),
  noun('mall', 'centro comercial', 'm', { joiner: '' }),
  noun('shopping center', 'centro comercial', 'm', { joiner: '' }),
  noun('strip mall', 'plaza comercial', 'f'),
  noun('apartment complex', 'complejo de apartamentos', 'm', { joiner: '' }),
  noun('apartments', 'apartamentos', 'm', { pl: true, joiner: '' }),
  noun('motel', 'motel', 'm', { joiner: '' }),
  noun('hotel', 'hotel', 'm', { joiner: '' }),
  noun('restaurant', 'restaurante', 'm', { joiner: '' }),
  noun('bank', 'banco', 'm', { joiner: '' }),
  noun('school', 'escuela', 'f', { joiner: '' }),
  noun('high school', 'escuela secundaria', 'f'),
  noun('church', 'iglesia', 'f', { joiner: '' }),
  noun('hospital', 'hospital', 'm', { joiner: '' }),
  noun('park', 'parque', 'm', { joiner: '' }),
  noun('trailer park', 'parque de casas móviles', 'm'),
  noun('house', 'casa', 'f'),
  noun('home', 'casa', 'f'),
  noun('residence', 'residencia', 'f'),
  noun('police station', 'estación de policía', 'f'),
  noun('fire station', 'estación de bomberos', 'f'),
  noun('bus stop', 'parada de autobús', 'f'),
  noun('bus station', 'estación de autobuses', 'f'),
  noun('train station', 'estación de tren', 'f'),
  noun('airport', 'aeropuerto', 'm'),
  noun('river', 'río', 'm'),
  noun('canal', 'canal', 'm'),
  noun('wash', 'arroyo', 'm'),
  noun('trail', 'sendero', 'm'),
  noun('trailhead', 'inicio del sendero', 'm'),
  noun('field', 'campo', 'm'),
  noun('courthouse', 'tribunal', 'm'),
  noun('library', 'biblioteca', 'f', { joiner: '' }),
  noun('post office', 'oficina de correos', 'f'),
  noun('casino', 'casino', 'm', { joiner: '' }),
  noun('stadium', 'estadio', 'm', { joiner: '' }),
  noun('university', 'universidad', 'f'),
  noun('college', 'colegio universitario', 'm'),
  noun('campus', 'campus', 'm'),
  noun('ranch', 'rancho', 'm', { joiner: '' }),
  noun('farm', 'granja', 'f'),
  noun('warehouse', 'almacén', 'm'),
  noun('building', 'edificio', 'm', { capsWithNumber: true }),
  noun('office', 'oficina', 'f'),
  noun('clinic', 'clínica', 'f'),
  noun('pharmacy', 'farmacia', 'f', { joiner: '' }),
  noun('car wash', 'lavado de autos', 'm'),
  noun('dealership', 'concesionario', 'm'),
  noun('construction site', 'obra en construcción', 'f'),
  // numbered units: "Lot 14" -> "el estacionamiento 14", "Room 112" -> "la habitación 112", "Building C" -> "el edificio C"
  noun('lot', 'estacionamiento', 'm', { capsWithNumber: true }),
  noun('vacant lot', 'terreno baldío', 'm'),
  noun('room', 'habitación', 'f', { capsWithNumber: true }),
  noun('suite', 'suite', 'f', { capsWithNumber: true }),
  noun('unit', 'unidad', 'f', { capsWithNumber: true }),
  noun('apartment', 'apartamento', 'm', { capsWithNumber: true }),
  noun('apt', 'apartamento', 'm', { capsWithNumber: true }),
  noun('gate', 'puerta', 'f', { capsWithNumber: true }),
  noun('door', 'puerta', 'f', { capsWithNumber: true }),
  noun('pier', 'muelle', 'm', { capsWithNumber: true }),
  noun('dock', 'muelle', 'm', { capsWithNumber: true }),
  noun('loading dock', 'andén de carga', 'm'),
  noun('platform', 'andén', 'm', { capsWithNumber: true }),
  noun('terminal', 'terminal', 'f', { capsWithNumber: true }),
  noun('floor', 'piso', 'm', { capsWithNumber: true }),
  noun('level', 'nivel', 'm', { capsWithNumber: true }),
  noun('space', 'espacio', 'm', { capsWithNumber: true }),
  noun('hangar', 'hangar', 'm', { capsWithNumber: true }),
  noun('pump', 'bomba', 'f', { capsWithNumber: true }),
  noun('track', 'vía', 'f', { capsWithNumber: true }),
  noun('garage', 'garaje', 'm'),
  noun('parking deck', 'garaje de estacionamiento', 'm'),
];

/** Nouns with no plural term: "miles" is a distance ("2 miles north"), the others have no plural use. */
const NO_PLURAL: ReadonlySet<string> = new Set(['mile', 'mm', 'mp', 'last known location', 'last known', 'downtown', 'vicinity']);

/**
 * The plural of every noun that has none written ("exits" -> "salidas", "Exits 3 and 4" -> "las salidas 3 y 4"),
 * with the singular's reading rules (case, number, joiner).
 */
function pluralTerms(nounList: readonly PlaceTerm[]): PlaceTerm[] {
  const known = new Set(nounList.map((t) => t.en));
  const out: PlaceTerm[] = [];
  for (const t of nounList) {
    if (t.pl === true || NO_PLURAL.has(t.en)) continue;
    const en = pluralEn(t.en);
    if (known.has(en)) continue;
    known.add(en);
    out.push({ ...t, en, es: pluralEs(t.es), pl: true });
  }
  return out;
}

/**
 * Every term, the longest first within the same first word (so "mile marker" wins over "mile").
 *
 * @example
 * placeTerms().some((t) => t.en === 'on-ramp'); //=> true
 */
let placeTermList: readonly PlaceTerm[] | undefined;
export function placeTerms(): readonly PlaceTerm[] {
  // made on first use (a Spanish text only): the list and its sort cost ~1 ms of every CLI start when made at load
  placeTermList ??= [...compassTerms(), ...LINKS, ...NOUNS, ...pluralTerms(NOUNS)]
    .map((t) => ({ t, words: t.en.split(' ').length }))
    .sort((a, b) => b.words - a.words)
    .map((x) => x.t);
  return placeTermList;
}

/**
 * US state and territory postal codes ("Gary, IN" is Indiana, not "en").
 *
 * @example
 * STATE_CODE.test('IN'); //=> true
 */
export const STATE_CODE =
  /^(?:A[KLRSZ]|C[AOT]|D[CE]|FL|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEINOPST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY])$/;

/**
 * Country adjectives and names after "border" ("the Mexican border" -> "la frontera con México").
 *
 * @example
 * BORDER_NAMES['Mexican']; //=> 'México'
 */
export const BORDER_NAMES: Readonly<Record<string, string>> = table({
  Canadian: 'Canadá',
  Canada: 'Canadá',
  Mexican: 'México',
  Mexico: 'México',
});

/**
 * Distance units after a number, singular and plural ("2 miles north of Tucson" -> "a 2 millas al norte de Tucson").
 *
 * @example
 * DISTANCE_UNITS['miles']; //=> ['milla', 'millas']
 */
export const DISTANCE_UNITS: Readonly<Record<string, readonly [string, string]>> = table({
  mile: ['milla', 'millas'],
  miles: ['milla', 'millas'],
  mi: ['milla', 'millas'],
  km: ['kilómetro', 'kilómetros'],
  kilometer: ['kilómetro', 'kilómetros'],
  kilometers: ['kilómetro', 'kilómetros'],
  block: ['cuadra', 'cuadras'],
  blocks: ['cuadra', 'cuadras'],
});

/**
 * Words before a distance ("about 2 miles" -> "a unas 2 millas").
 *
 * @example
 * ABOUT_WORDS.has('about'); //=> true
 */
export const ABOUT_WORDS: ReadonlySet<string> = new Set(['about', 'approximately', 'approx.', 'approx', 'around', 'roughly', 'some']);

/**
 * Lower-case words a Spanish location may hold beyond the Spanish forms above: articles and contractions, the
 * abbreviations Spanish uses as they are ("km"), and the words that join a translation.
 *
 * @example
 * SPANISH_GLUE.has('del'); //=> true
 */
export const SPANISH_GLUE: ReadonlySet<string> = new Set([
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'del', 'al', 'de', 'y', 'e', 'o', 'u', 'a', 'con', 'en', 'km',
]);
