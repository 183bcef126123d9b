/**
 * Spanish forms of the coded values a request carries (sex, race, colours, hair, eyes, vehicle types, compass
 * directions, common weapons; ages, heights and weights are in `es-measures.ts`). Every function returns `undefined` when it does not know the
 * value: the caller then leaves it out of a Spanish phone text, or marks it as English in the description. Tables
 * are module constants, never mutated.
 */
import { table } from '../table.js';

/** Grammatical gender of the noun an adjective agrees with. */
export type Gender = 'm' | 'f';

const SEX: ReadonlyMap<string, { word: string; g: Gender }> = new Map([
  ['male', { word: 'hombre', g: 'm' }],
  ['m', { word: 'hombre', g: 'm' }],
  ['man', { word: 'hombre', g: 'm' }],
  ['hombre', { word: 'hombre', g: 'm' }],
  ['female', { word: 'mujer', g: 'f' }],
  ['f', { word: 'mujer', g: 'f' }],
  ['woman', { word: 'mujer', g: 'f' }],
  ['mujer', { word: 'mujer', g: 'f' }],
]);

const RACE: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['white', ['blanco', 'blanca']],
  ['caucasian', ['blanco', 'blanca']],
  ['black', ['negro', 'negra']],
  ['african american', ['afroamericano', 'afroamericana']],
  ['black or african american', ['afroamericano', 'afroamericana']],
  ['hispanic', ['hispano', 'hispana']],
  ['latino', ['latino', 'latina']],
  ['latina', ['latino', 'latina']],
  ['asian', ['asiático', 'asiática']],
  ['native american', ['indígena', 'indígena']],
  ['american indian', ['indígena', 'indígena']],
  ['pacific islander', ['isleño del Pacífico', 'isleña del Pacífico']],
  ['native hawaiian', ['nativo hawaiano', 'nativa hawaiana']],
  ['middle eastern', ['de Oriente Medio', 'de Oriente Medio']],
  ['multiracial', ['multirracial', 'multirracial']],
  ['multi-racial', ['multirracial', 'multirracial']],
  ['mixed', ['de raza mixta', 'de raza mixta']],
  ['mixed race', ['de raza mixta', 'de raza mixta']],
  ['biracial', ['birracial', 'birracial']],
  ['two or more races', ['multirracial', 'multirracial']],
  ['arab', ['árabe', 'árabe']],
  ['hawaiian', ['hawaiano', 'hawaiana']],
  ['alaska native', ['nativo de Alaska', 'nativa de Alaska']],
  ['native alaskan', ['nativo de Alaska', 'nativa de Alaska']],
  ['american indian or alaska native', ['indígena', 'indígena']],
  ['native hawaiian or other pacific islander', ['nativo hawaiano o isleño del Pacífico', 'nativa hawaiana o isleña del Pacífico']],
  // nationalities and peoples agencies write in the race field
  ...([
    ['filipino', 'filipino', 'filipina'], ['vietnamese', 'vietnamita', 'vietnamita'], ['korean', 'coreano', 'coreana'],
    ['chinese', 'chino', 'china'], ['japanese', 'japonés', 'japonesa'], ['samoan', 'samoano', 'samoana'],
    ['tongan', 'tongano', 'tongana'], ['chamorro', 'chamorro', 'chamorra'], ['somali', 'somalí', 'somalí'],
    ['puerto rican', 'puertorriqueño', 'puertorriqueña'], ['mexican', 'mexicano', 'mexicana'],
    ['dominican', 'dominicano', 'dominicana'], ['cuban', 'cubano', 'cubana'], ['haitian', 'haitiano', 'haitiana'],
    ['salvadoran', 'salvadoreño', 'salvadoreña'], ['guatemalan', 'guatemalteco', 'guatemalteca'],
    ['honduran', 'hondureño', 'hondureña'], ['colombian', 'colombiano', 'colombiana'], ['venezuelan', 'venezolano', 'venezolana'],
    ['hmong', 'hmong', 'hmong'], ['laotian', 'laosiano', 'laosiana'], ['cambodian', 'camboyano', 'camboyana'],
    ['pakistani', 'pakistaní', 'pakistaní'], ['ethiopian', 'etíope', 'etíope'], ['eritrean', 'eritreo', 'eritrea'],
  ] as const).map(([en, m, f]): [string, readonly [string, string]] => [en, [m, f]]),
]);

/** Colours as adjectives [masculine, feminine]. */
const COLOR: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['gray', ['gris', 'gris']],
  ['grey', ['gris', 'gris']],
  ['black', ['negro', 'negra']],
  ['white', ['blanco', 'blanca']],
  ['red', ['rojo', 'roja']],
  ['blue', ['azul', 'azul']],
  ['navy', ['azul marino', 'azul marino']],
  ['green', ['verde', 'verde']],
  ['silver', ['plateado', 'plateada']],
  ['brown', ['café', 'café']],
  ['tan', ['beige', 'beige']],
  ['beige', ['beige', 'beige']],
  ['gold', ['dorado', 'dorada']],
  ['yellow', ['amarillo', 'amarilla']],
  ['orange', ['anaranjado', 'anaranjada']],
  ['maroon', ['granate', 'granate']],
  ['burgundy', ['vino', 'vino']],
  ['purple', ['morado', 'morada']],
  ['pink', ['rosado', 'rosada']],
  ['charcoal', ['gris oscuro', 'gris oscuro']],
  ['champagne', ['champán', 'champán']],
  ['teal', ['verde azulado', 'verde azulado']],
  ['bronze', ['bronce', 'bronce']],
  ['copper', ['cobrizo', 'cobriza']],
  ['cream', ['crema', 'crema']],
  // compound colours agencies write (reader review 21t T04/T05)
  ['navy blue', ['azul marino', 'azul marino']],
  ['royal blue', ['azul rey', 'azul rey']],
  ['sky blue', ['azul cielo', 'azul cielo']],
  ['baby blue', ['azul cielo', 'azul cielo']],
  ['lime green', ['verde lima', 'verde lima']],
  ['lime', ['verde lima', 'verde lima']],
  ['forest green', ['verde bosque', 'verde bosque']],
  ['hunter green', ['verde oscuro', 'verde oscuro']],
  ['olive', ['verde olivo', 'verde olivo']],
  ['olive green', ['verde olivo', 'verde olivo']],
  ['pearl white', ['blanco perla', 'blanco perla']],
  ['gunmetal', ['gris oscuro metálico', 'gris oscuro metálico']],
  ['gunmetal gray', ['gris oscuro metálico', 'gris oscuro metálico']],
  ['gunmetal grey', ['gris oscuro metálico', 'gris oscuro metálico']],
  ['chrome', ['cromado', 'cromada']],
  ['two-tone', ['de dos tonos', 'de dos tonos']],
  ['turquoise', ['turquesa', 'turquesa']],
  ['violet', ['violeta', 'violeta']],
  ['magenta', ['magenta', 'magenta']],
  ['khaki', ['caqui', 'caqui']],
]);

const SHADE: ReadonlyMap<string, string> = new Map([
  ['dark', 'oscuro'],
  ['light', 'claro'],
  ['bright', 'brillante'],
  ['metallic', 'metálico'],
  ['matte', 'mate'],
  ['flat', 'mate'],
  ['pale', 'pálido'],
  ['deep', 'intenso'],
]);

/**
 * The English colour and shade words `colorEs` knows ("navy", "dark").
 *
 * @example
 * COLOR_NAMES.has('maroon'); //=> true
 */
export const COLOR_NAMES: ReadonlySet<string> = new Set([...COLOR.keys(), ...SHADE.keys()]);

/** Hair colour and style words: colour words are nouns' adjectives after "cabello". */
const HAIR_COLOR: ReadonlyMap<string, string> = new Map([
  ['brown', 'castaño'],
  ['black', 'negro'],
  ['blond', 'rubio'],
  ['blonde', 'rubio'],
  ['red', 'pelirrojo'],
  ['auburn', 'castaño rojizo'],
  ['gray', 'canoso'],
  ['grey', 'canoso'],
  ['white', 'blanco'],
  ['salt-and-pepper', 'entrecano'],
  ['strawberry-blonde', 'rubio rojizo'],
  ['pink', 'rosado'],
  ['purple', 'morado'],
  ['blue', 'azul'],
  ['green', 'verde'],
]);
const HAIR_STYLE: ReadonlyMap<string, string> = new Map([
  ['short', 'corto'],
  ['long', 'largo'],
  ['medium', 'mediano'],
  ['curly', 'rizado'],
  ['wavy', 'ondulado'],
  ['straight', 'lacio'],
  ['shaved', 'rapado'],
  ['buzzed', 'rapado'],
  ['braided', 'trenzado'],
  ['braids', 'con trenzas'],
  ['dreadlocks', 'con rastas'],
  ['dreads', 'con rastas'],
  ['ponytail', 'con cola de caballo'],
  ['thinning', 'escaso'],
  ['shoulder-length', 'hasta los hombros'],
  ['shaved-sides', 'rapado a los lados'],
  ['dyed', 'teñido'],
  ['receding', 'con entradas'],
  ['spiky', 'en punta'],
  ['messy', 'despeinado'],
]);

const EYES: ReadonlyMap<string, string> = new Map([
  ['blue', 'azules'],
  ['brown', 'cafés'],
  ['green', 'verdes'],
  ['hazel', 'color avellana'],
  ['black', 'negros'],
  ['gray', 'grises'],
  ['grey', 'grises'],
  ['dark', 'oscuros'],
]);

/** Vehicle types: the Spanish noun and its gender (for colour agreement). */
const VEHICLE_TYPE: ReadonlyMap<string, { word: string; g: Gender }> = new Map([
  ['pickup', { word: 'camioneta pickup', g: 'f' }],
  ['pickup truck', { word: 'camioneta pickup', g: 'f' }],
  ['pick-up', { word: 'camioneta pickup', g: 'f' }],
  ['truck', { word: 'camión', g: 'm' }],
  ['sedan', { word: 'sedán', g: 'm' }],
  ['car', { word: 'auto', g: 'm' }],
  ['suv', { word: 'SUV', g: 'f' }],
  ['van', { word: 'camioneta van', g: 'f' }],
  ['minivan', { word: 'minivan', g: 'f' }],
  ['motorcycle', { word: 'motocicleta', g: 'f' }],
  ['coupe', { word: 'cupé', g: 'm' }],
  ['hatchback', { word: 'hatchback', g: 'm' }],
  ['wagon', { word: 'camioneta familiar', g: 'f' }],
  ['station wagon', { word: 'camioneta familiar', g: 'f' }],
  ['convertible', { word: 'convertible', g: 'm' }],
  ['patrol car', { word: 'patrulla', g: 'f' }],
  ['semi', { word: 'tractocamión', g: 'm' }],
  ['bicycle', { word: 'bicicleta', g: 'f' }],
  ['crossover', { word: 'SUV crossover', g: 'f' }],
  ['crossover suv', { word: 'SUV crossover', g: 'f' }],
  ['box truck', { word: 'camión de caja', g: 'm' }],
  ['tow truck', { word: 'grúa', g: 'f' }],
  ['motorbike', { word: 'motocicleta', g: 'f' }],
  ['scooter', { word: 'motoneta', g: 'f' }],
  ['jeep', { word: 'jeep', g: 'm' }],
  ['4-door sedan', { word: 'sedán de 4 puertas', g: 'm' }],
  ['2-door coupe', { word: 'cupé de 2 puertas', g: 'm' }],
  // an officer's car (text review 15: "(en inglés: marked patrol SUV)")
  ['cruiser', { word: 'patrulla', g: 'f' }],
  ['police car', { word: 'patrulla', g: 'f' }],
  ['squad car', { word: 'patrulla', g: 'f' }],
  ['police cruiser', { word: 'patrulla', g: 'f' }],
  ['vehicle', { word: 'vehículo', g: 'm' }],
  ['patrol vehicle', { word: 'vehículo patrulla', g: 'm' }],
  ['truck tractor', { word: 'tractocamión', g: 'm' }],
  // everyday types agencies write without a make (reader review 21t T01: "Vehiculo: blanco." for a white cargo van)
  ['cargo van', { word: 'van de carga', g: 'f' }],
  ['panel van', { word: 'van de carga', g: 'f' }],
  ['work van', { word: 'van de trabajo', g: 'f' }],
  ['passenger van', { word: 'van de pasajeros', g: 'f' }],
  ['full-size van', { word: 'van grande', g: 'f' }],
  ['semi truck', { word: 'tractocamión', g: 'm' }],
  ['semi-truck', { word: 'tractocamión', g: 'm' }],
  ['tractor-trailer', { word: 'tractocamión con remolque', g: 'm' }],
  ['tractor trailer', { word: 'tractocamión con remolque', g: 'm' }],
  ['18-wheeler', { word: 'tractocamión', g: 'm' }],
  ['dump truck', { word: 'camión de volteo', g: 'm' }],
  ['flatbed', { word: 'camión de plataforma', g: 'm' }],
  ['flatbed truck', { word: 'camión de plataforma', g: 'm' }],
  ['delivery truck', { word: 'camión de reparto', g: 'm' }],
  ['moving truck', { word: 'camión de mudanzas', g: 'm' }],
  ['crew cab pickup', { word: 'camioneta pickup de cabina doble', g: 'f' }],
  ['crew cab', { word: 'camioneta pickup de cabina doble', g: 'f' }],
  ['extended cab pickup', { word: 'camioneta pickup de cabina extendida', g: 'f' }],
  ['dually', { word: 'camioneta pickup de rueda doble', g: 'f' }],
  ['dirt bike', { word: 'moto de cross', g: 'f' }],
  ['moped', { word: 'motoneta', g: 'f' }],
  ['atv', { word: 'cuatrimoto', g: 'f' }],
  ['quad', { word: 'cuatrimoto', g: 'f' }],
  ['four-wheeler', { word: 'cuatrimoto', g: 'f' }],
  ['utv', { word: 'vehículo utilitario todoterreno', g: 'm' }],
  ['side-by-side', { word: 'vehículo utilitario todoterreno', g: 'm' }],
  ['golf cart', { word: 'carrito de golf', g: 'm' }],
  ['rv', { word: 'casa rodante', g: 'f' }],
  ['motorhome', { word: 'casa rodante', g: 'f' }],
  ['motor home', { word: 'casa rodante', g: 'f' }],
  ['camper', { word: 'camper', g: 'm' }],
  ['trailer', { word: 'remolque', g: 'm' }],
  ['limousine', { word: 'limusina', g: 'f' }],
  ['limo', { word: 'limusina', g: 'f' }],
  ['taxi', { word: 'taxi', g: 'm' }],
  ['bus', { word: 'autobús', g: 'm' }],
  ['school bus', { word: 'autobús escolar', g: 'm' }],
  ['ambulance', { word: 'ambulancia', g: 'f' }],
  ['sports car', { word: 'auto deportivo', g: 'm' }],
  ['compact car', { word: 'auto compacto', g: 'm' }],
  ['sport bike', { word: 'motocicleta deportiva', g: 'f' }],
  ['boat', { word: 'lancha', g: 'f' }],
  ['jet ski', { word: 'moto acuática', g: 'f' }],
]);

/** Words before a vehicle type that say how it is marked or whose it is, in Spanish after the noun ("SUV patrulla rotulada"). */
const TYPE_MODIFIERS: Readonly<Record<string, (g: Gender) => string>> = table({
  patrol: () => 'patrulla',
  police: () => 'de policía',
  marked: (g: Gender) => (g === 'f' ? 'rotulada' : 'rotulado'),
  unmarked: () => 'sin rotular',
});
const MODIFIER_ORDER = ['patrol', 'police', 'marked', 'unmarked'];

const WEAPON: ReadonlyMap<string, string> = new Map([
  ['handgun', 'pistola'],
  ['pistol', 'pistola'],
  ['gun', 'arma de fuego'],
  ['firearm', 'arma de fuego'],
  ['rifle', 'rifle'],
  ['assault rifle', 'rifle de asalto'],
  ['ar-15', 'rifle AR-15'],
  ['shotgun', 'escopeta'],
  ['knife', 'cuchillo'],
  ['revolver', 'revólver'],
  // (red team 13: the Spanish phone texts dropped the weapon of "semi-automatic pistol", "AR-15 style rifle", "machete")
  ['semi-automatic pistol', 'pistola semiautomática'],
  ['semi-automatic handgun', 'pistola semiautomática'],
  ['semi-automatic rifle', 'rifle semiautomático'],
  ['ar-15 style rifle', 'rifle tipo AR-15'],
  ['ar-15 rifle', 'rifle AR-15'],
  ['ar style rifle', 'rifle tipo AR'],
  ['ak-47', 'rifle AK-47'],
  ['ak-47 style rifle', 'rifle tipo AK-47'],
  ['hunting rifle', 'rifle de caza'],
  ['long gun', 'arma larga'],
  ['sawed-off shotgun', 'escopeta recortada'],
  ['pump-action shotgun', 'escopeta de corredera'],
  ['machete', 'machete'],
  ['hunting knife', 'cuchillo de caza'],
  ['kitchen knife', 'cuchillo de cocina'],
  ['pocket knife', 'navaja'],
  ['switchblade', 'navaja'],
  ['box cutter', 'cúter'],
  ['baseball bat', 'bate de béisbol'],
  ['bat', 'bate'],
  ['hatchet', 'hacha'],
  ['axe', 'hacha'],
  ['taser', 'táser'],
  ['stun gun', 'pistola eléctrica'],
  ['crossbow', 'ballesta'],
  ['explosives', 'explosivos'],
  ['explosive device', 'artefacto explosivo'],
  ['unknown weapon', 'arma no identificada'],
  ['handguns', 'pistolas'],
  ['pistols', 'pistolas'],
  ['guns', 'armas de fuego'],
  ['firearms', 'armas de fuego'],
  ['rifles', 'rifles'],
  ['shotguns', 'escopetas'],
  ['knives', 'cuchillos'],
]);

/** A weapon's words as the table spells them: "semiautomatic"/"semi-auto" as "semi-automatic", "AR-15-style" as "ar-15 style". */
function weaponKey(p: string): string {
  return p
    .replace(/^(?:a|an|one)\s+/, '')
    .replace(/\bsemi[-\s]?auto(?:matic)?\b/g, 'semi-automatic')
    .replace(/\b(ar|ak)[-\s]?(15|47)\b/g, '$1-$2')
    .replace(/\b(ar(?:-15)?|ak-47)[-\s]style\b/g, '$1 style')
    .replace(/\bpump(?:[-\s]action)?\s+shotgun\b/, 'pump-action shotgun')
    .replace(/\bsawn?(?:ed)?[-\s]off\b/, 'sawed-off')
    .replace(/\bpocketknife\b/, 'pocket knife')
    .replace(/\s+/g, ' ');
}

/** "9mm handgun" gives "pistola de 9 mm", ".38 revolver" "revólver calibre .38": a caliber before a known firearm. */
function caliberWeapon(p: string): string | undefined {
  const m = /^(?:(\d+)\s?mm|(\.\d+)(?:\s?(?:cal|caliber|calibre))?|(\d+)[-\s]gauge)\s+(.+)$/.exec(p);
  const w = m === null ? undefined : WEAPON.get(m[4] ?? '');
  if (m === null || w === undefined || !/^(?:pistola|rifle|revólver|escopeta|arma)/.test(w)) return undefined;
  return m[1] !== undefined ? `${w} de ${m[1]} mm` : m[2] !== undefined ? `${w} calibre ${m[2]}` : `${w} calibre ${m[3] ?? ''}`;
}

const key = (s: string): string => s.trim().toLowerCase();

/**
 * Splits at `separator`, dropping the spaces around each separator: the same pieces as a split at
 * `\s*(?:separator)\s*`, without that pattern's quadratic cost on long runs of spaces.
 */
function splitTrimmed(text: string, separator: RegExp): string[] {
  const pieces = text.split(separator);
  if (pieces.length === 1) return pieces;
  return pieces.map((x, i) => (i === 0 ? x.trimEnd() : i === pieces.length - 1 ? x.trimStart() : x.trim()));
}

/**
 * Spanish sex word and gender.
 *
 * @example
 * sexEs('female'); //=> { word: 'mujer', g: 'f' }
 */
export function sexEs(sex: string): { word: string; g: Gender } | undefined {
  return SEX.get(key(sex));
}

/**
 * Spanish race adjective agreeing with `g`.
 *
 * @example
 * raceEs('white', 'f'); //=> 'blanca'
 */
export function raceEs(race: string, g: Gender): string | undefined {
  const r = RACE.get(key(race));
  return r === undefined ? undefined : r[g === 'm' ? 0 : 1];
}

/**
 * A colour (or colours: "white and blue", "black/silver", "dark blue") as a Spanish adjective agreeing with `g`.
 *
 * @example
 * colorEs('white and blue', 'm'); //=> 'blanco y azul'
 * colorEs('dark gray', 'f'); //=> 'gris oscuro'
 */
export function colorEs(color: string, g: Gender): string | undefined {
  const parts = splitTrimmed(key(color), /\/|,|\band\b|\bover\b|\bwith\b|&/);
  const out: string[] = [];
  for (const p of parts) {
    if (p === '') continue;
    const whole = COLOR.get(p);
    if (whole !== undefined) {
      out.push(whole[g === 'm' ? 0 : 1]);
      continue;
    }
    const words = p.split(/\s+/);
    const base = COLOR.get(words[words.length - 1] ?? '');
    const shades = words.slice(0, -1).map((w) => SHADE.get(w));
    if (base === undefined || shades.some((s) => s === undefined)) return undefined;
    // a colour with a shade is invariable in Spanish ("azul oscuro", "gris claro")
    out.push([base[0], ...shades].join(' '));
  }
  if (out.length === 0) return undefined;
  return out.length === 1 ? out[0] : `${out.slice(0, -1).join(', ')} y ${out[out.length - 1] ?? ''}`;
}

/**
 * Hair in Spanish ("black, short" or "short black" gives "cabello negro corto"; "bald" gives "calvo").
 *
 * @example
 * hairEs('black, short'); //=> 'cabello negro corto'
 * hairEs('bald', 'f'); //=> 'calva'
 */
export function hairEs(hair: string, g: Gender = 'm'): string | undefined {
  const bald = g === 'f' ? 'calva' : 'calvo';
  const k = key(hair)
    .replace(/\bshoulder[ -]length\b/g, 'shoulder-length')
    .replace(/\bstrawberry[ -]blonde?\b/g, 'strawberry-blonde')
    .replace(/\bshaved on (?:the )?sides\b/g, 'shaved-sides');
  // a wig is what is seen: "pink wig" gives "peluca rosada"
  if (k === 'wig') return 'peluca';
  if (k.endsWith(' wig')) {
    const color = colorEs(k.slice(0, -4), 'f');
    return color === undefined ? undefined : `peluca ${color}`;
  }
  const dyed = /\bdyed\b/.test(k);
  const words = k
    .replace(/\bhair\b/g, ' ')
    .split(/[\s,]+/)
    .filter((w) => w !== '' && w !== 'and');
  if (words.length === 1 && (words[0] === 'bald' || words[0] === 'shaved head')) return bald;
  const colors: string[] = [];
  const styles: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const next = words[i + 1];
    if ((w === 'dark' || w === 'light') && next !== undefined && HAIR_COLOR.has(next)) {
      colors.push(`${HAIR_COLOR.get(next) ?? ''} ${w === 'dark' ? 'oscuro' : 'claro'}`);
      i++;
      continue;
    }
    // dyed red hair is "rojo", natural red hair "pelirrojo"
    const c = dyed && w === 'red' ? 'rojo' : HAIR_COLOR.get(w);
    const s = HAIR_STYLE.get(w);
    if (c !== undefined) colors.push(c);
    else if (s !== undefined) styles.push(s);
    else if (w === 'bald') styles.push(bald);
    else return undefined;
  }
  if (colors.length === 0 && styles.length === 0) return undefined;
  return `cabello ${[...colors, ...styles].join(' ')}`;
}

const HAIR_ALONE: ReadonlySet<string> = new Set(['dreadlocks', 'dreads', 'locs', 'braids', 'cornrows', 'shaved', 'mohawk', 'afro', 'ponytail']);

/**
 * English hair words in the order English puts them: style before colour ("black, short" gives "short black hair").
 *
 * @example
 * hairEn('black, short'); //=> 'short black hair'
 * hairEn('brown'); //=> 'brown hair'
 */
export function hairEn(hair: string): string {
  const h = hair.trim();
  if (/\bhair\b/i.test(h) || /^bald$/i.test(h)) return h;
  const words = h.split(/[\s,]+/).filter((w) => w !== '');
  const known = words.every((w) => HAIR_COLOR.has(w.toLowerCase()) || HAIR_STYLE.has(w.toLowerCase()) || /^(dark|light)$/i.test(w));
  // a style word that says what the hair is ("dreadlocks", "braids", "shaved") stands alone, not "dreadlocks hair"
  if (words.length === 1 && HAIR_ALONE.has(h.toLowerCase())) return h.toLowerCase() === 'shaved' ? 'shaved head' : h;
  if (!known) return `hair: ${h}`;
  const noun = (w: string): boolean => HAIR_ALONE.has(w.toLowerCase()) && w.toLowerCase() !== 'shaved';
  const styles = words.filter((w) => HAIR_STYLE.has(w.toLowerCase()) && !noun(w));
  const colors = words.filter((w) => !HAIR_STYLE.has(w.toLowerCase()));
  // a style that is a thing, not an adjective, follows the hair: "black hair in a ponytail" (not "ponytail black
  // hair"), "black afro"
  const nouns = words.filter(noun).map((w) => w.toLowerCase());
  const adjectives = [...styles, ...colors].join(' ');
  const worn = nouns.filter((w) => HAIR_WORN[w] !== undefined).map((w) => HAIR_WORN[w]);
  const shape = nouns.find((w) => w === 'afro' || w === 'mohawk');
  const head = shape === undefined ? `${adjectives}${adjectives === '' ? '' : ' '}hair` : `${adjectives}${adjectives === '' ? '' : ' '}${shape}`;
  return [head, ...worn].join(' ');
}

/** Hair styles worn "in" something, as English says them after the hair. */
const HAIR_WORN: Readonly<Record<string, string>> = table({
  ponytail: 'in a ponytail', braids: 'in braids', cornrows: 'in cornrows', dreadlocks: 'in dreadlocks', dreads: 'in dreads', locs: 'in locs',
});

/**
 * Eyes in Spanish ("ojos azules").
 *
 * @example
 * eyesEs('blue'); //=> 'ojos azules'
 */
export function eyesEs(eyes: string): string | undefined {
  const k = key(eyes);
  const e = EYES.get(k.endsWith('eyes') ? k.slice(0, -4).trimEnd() : k);
  return e === undefined ? undefined : `ojos ${e}`;
}

/**
 * A vehicle type in Spanish, with its gender.
 *
 * @example
 * vehicleTypeEs('pickup'); //=> { word: 'camioneta pickup', g: 'f' }
 */
export function vehicleTypeEs(type: string): { word: string; g: Gender } | undefined {
  const k = key(type);
  const known = VEHICLE_TYPE.get(k);
  if (known !== undefined) return known;
  // "marked patrol SUV" -> "SUV patrulla rotulada", "unmarked sedan" -> "sedán sin rotular"
  const words = k.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && TYPE_MODIFIERS[words[i] ?? ''] !== undefined) i++;
  const base = i === 0 ? undefined : VEHICLE_TYPE.get(words.slice(i).join(' '));
  if (base === undefined) return undefined;
  const mods = words.slice(0, i);
  const tail = MODIFIER_ORDER.filter((m) => mods.includes(m)).map((m) => (TYPE_MODIFIERS[m] as (g: Gender) => string)(base.g));
  return { word: [base.word, ...tail].join(' '), g: base.g };
}

/**
 * A weapon (or a list: "handgun, knife") in Spanish.
 *
 * @example
 * weaponsEs('handgun'); //=> 'pistola'
 * weaponsEs('AR-15 style rifle and a 9mm handgun'); //=> 'rifle tipo AR-15 y pistola de 9 mm'
 */
export function weaponsEs(weapons: string): string | undefined {
  const parts = splitTrimmed(key(weapons), /,|\band\b|\bor\b|\//).filter((p) => p !== '');
  const out = parts.map((p) => {
    const k = weaponKey(p);
    return WEAPON.get(k) ?? caliberWeapon(k);
  });
  if (out.length === 0 || out.some((x) => x === undefined)) return undefined;
  return out.length === 1 ? out[0] : `${out.slice(0, -1).join(', ')} y ${out[out.length - 1] ?? ''}`;
}
