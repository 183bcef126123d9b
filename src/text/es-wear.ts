/**
 * What a person wears and the marks on them, in Spanish, for the common ways agencies write them: "black hoodie,
 * blue jeans" gives "sudadera negra con capucha y jeans azules", "teardrop tattoo under left eye" gives "tatuaje de
 * lágrima debajo del ojo izquierdo". Item by item: an item with a word the tables do not know is marked "(en inglés:
 * …)" alone (or left out of a phone text) and the others are translated; a value with no item the tables know is not
 * translated (`undefined`), and the caller marks it or leaves it out, as for any free text. Colours agree with
 * the garment in gender and number; a brand written with a capital stays as written ("tenis Nike blancos").
 */
import { COLOR_WORDS, colorsFor, listEs, noun as n, placedEs, type Noun } from './es-nouns.js';

const GARMENTS: ReadonlyMap<string, Noun> = new Map([
  ...['t-shirt', 'tshirt', 't shirt', 'tee shirt', 'tee'].map((k) => [k, n('camiseta', 'f')] as const),
  ['shirt', n('camisa', 'f')],
  ...['button-up shirt', 'button-down shirt', 'button up shirt', 'button down shirt', 'dress shirt'].map((k) => [k, n('camisa', 'f', false, undefined, 'de botones')] as const),
  ...['polo shirt', 'polo'].map((k) => [k, n('camisa polo', 'f')] as const),
  ...['flannel shirt', 'flannel'].map((k) => [k, n('camisa', 'f', false, 'de franela')] as const),
  ['tank top', n('camiseta', 'f', false, undefined, 'sin mangas')],
  ...['jersey', 'sports jersey', 'football jersey', 'basketball jersey', 'baseball jersey'].map((k) => [k, n('camiseta deportiva', 'f')] as const),
  ...['hoodie', 'hooded sweatshirt', 'hoody'].map((k) => [k, n('sudadera', 'f', false, undefined, 'con capucha')] as const),
  ['sweatshirt', n('sudadera', 'f')],
  ['sweater', n('suéter', 'm')],
  ['jacket', n('chaqueta', 'f')],
  ...['puffer jacket', 'puffy jacket', 'down jacket'].map((k) => [k, n('chaqueta acolchada', 'f')] as const),
  ['windbreaker', n('rompevientos', 'm')],
  ...['raincoat', 'rain jacket'].map((k) => [k, n('impermeable', 'm')] as const),
  ['coat', n('abrigo', 'm')],
  ['vest', n('chaleco', 'm')],
  ['jeans', n('jeans', 'm', true)],
  ...['pants', 'trousers', 'slacks'].map((k) => [k, n('pantalones', 'm', true)] as const),
  ...['sweatpants', 'joggers', 'track pants', 'jogging pants'].map((k) => [k, n('pantalones deportivos', 'm', true)] as const),
  ['cargo pants', n('pantalones cargo', 'm', true)],
  ['shorts', n('pantalones cortos', 'm', true)],
  ['cargo shorts', n('pantalones cortos cargo', 'm', true)],
  ['overalls', n('overol', 'm')],
  ['dress', n('vestido', 'm')],
  ['skirt', n('falda', 'f')],
  ['uniform', n('uniforme', 'm')],
  ['police uniform', n('uniforme', 'm', false, 'de policía')],
  ['scrubs', n('uniforme médico', 'm')],
  ['tracksuit', n('conjunto deportivo', 'm')],
  ...['cap', 'hat cap'].map((k) => [k, n('gorra', 'f')] as const),
  ...['baseball cap', 'ball cap', 'baseball hat', 'ballcap'].map((k) => [k, n('gorra', 'f', false, 'de béisbol')] as const),
  ['hat', n('sombrero', 'm')],
  ...['beanie', 'knit cap', 'stocking cap', 'winter hat', 'skull cap', 'toboggan'].map((k) => [k, n('gorro', 'm')] as const),
  ...['ski mask', 'balaclava'].map((k) => [k, n('pasamontañas', 'm')] as const),
  ...['face mask', 'surgical mask', 'medical mask'].map((k) => [k, n('mascarilla', 'f')] as const),
  ['mask', n('máscara', 'f')],
  ['gloves', n('guantes', 'm', true)],
  ['boots', n('botas', 'f', true)],
  ...['sneakers', 'tennis shoes', 'running shoes', 'trainers', 'athletic shoes'].map((k) => [k, n('tenis', 'm', true)] as const),
  ['shoes', n('zapatos', 'm', true)],
  ...['sandals', 'flip-flops', 'flip flops', 'slides'].map((k) => [k, n('sandalias', 'f', true)] as const),
  ['backpack', n('mochila', 'f')],
  ['sunglasses', n('gafas', 'f', true, 'de sol')],
  ['glasses', n('lentes', 'm', true)],
  ['bandana', n('pañuelo', 'm')],
  ['scarf', n('bufanda', 'f')],
  ['socks', n('calcetines', 'm', true)],
  ['belt', n('cinturón', 'm')],
  ['wig', n('peluca', 'f')],
  // everyday words a second reader found left in English (reader review 21t T04)
  ['parka', n('parka', 'f')],
  ...['work boots', 'steel-toe boots', 'steel toe boots'].map((k) => [k, n('botas', 'f', true, 'de trabajo')] as const),
  ['cowboy boots', n('botas', 'f', true, 'vaqueras')],
  ['cowboy hat', n('sombrero', 'm', false, 'vaquero')],
  ...['safety vest', 'reflective vest', 'hi-vis vest', 'high-visibility vest', 'orange vest'].map((k) => [k, n('chaleco', 'm', false, 'reflectante')] as const),
  ...['board shorts', 'swim trunks'].map((k) => [k, n('bermudas', 'f', true, 'de baño')] as const),
  ['basketball shorts', n('pantalones cortos', 'm', true, 'de baloncesto')],
  ['leggings', n('mallas', 'f', true)],
  ['yoga pants', n('pantalones', 'm', true, 'de yoga')],
  ...['gold chain', 'chain', 'necklace'].map((k) => [k, n(k === 'gold chain' ? 'cadena de oro' : 'cadena', 'f')] as const),
  ...['army jacket', 'military jacket', 'field jacket'].map((k) => [k, n('chaqueta', 'f', false, 'militar')] as const),
  ['trench coat', n('gabardina', 'f')],
  ['slippers', n('pantuflas', 'f', true)],
  ['blazer', n('saco', 'm')],
  ['suit', n('traje', 'm')],
  ['blouse', n('blusa', 'f')],
  ['cardigan', n('cárdigan', 'm')],
  ...['fleece', 'fleece jacket'].map((k) => [k, n('chaqueta', 'f', false, 'de polar')] as const),
  ['poncho', n('poncho', 'm')],
  ['apron', n('delantal', 'm')],
  ['pajama pants', n('pantalones', 'm', true, 'de pijama')],
  ['tie-dye shirt', n('camiseta', 'f', false, 'teñida')],
  ['aloha shirt', n('camisa', 'f', false, 'hawaiana')],
  ['hawaiian shirt', n('camisa', 'f', false, 'hawaiana')],
  ['boots', n('botas', 'f', true)],
]);

/** Words before a garment that say what it is made of or how it is cut: Spanish after the noun. */
const MAKES: ReadonlyMap<string, { readonly es: string; readonly beforeColor: boolean }> = new Map([
  ['leather', { es: 'de cuero', beforeColor: true }],
  ['denim', { es: 'de mezclilla', beforeColor: true }],
  ['jean', { es: 'de mezclilla', beforeColor: true }],
  ['camouflage', { es: 'de camuflaje', beforeColor: true }],
  ['camo', { es: 'de camuflaje', beforeColor: true }],
  ['flannel', { es: 'de franela', beforeColor: true }],
  ['wool', { es: 'de lana', beforeColor: true }],
  ['plaid', { es: 'a cuadros', beforeColor: false }],
  ['striped', { es: 'a rayas', beforeColor: false }],
  ['long-sleeve', { es: 'de manga larga', beforeColor: false }],
  ['long-sleeved', { es: 'de manga larga', beforeColor: false }],
  ['short-sleeve', { es: 'de manga corta', beforeColor: false }],
  ['short-sleeved', { es: 'de manga corta', beforeColor: false }],
  ['sleeveless', { es: 'sin mangas', beforeColor: false }],
  ['hooded', { es: 'con capucha', beforeColor: false }],
  ['zip-up', { es: 'con cierre', beforeColor: false }],
]);

/** The longest garment at the end of `words` (up to three words), with how many words it takes. */
function garmentAtEnd(words: readonly string[]): { noun: Noun; size: number } | undefined {
  for (let size = Math.min(3, words.length); size >= 1; size--) {
    const noun = GARMENTS.get(words.slice(words.length - size).join(' '));
    if (noun !== undefined) return { noun, size };
  }
  return undefined;
}

/** One garment ("dark blue leather jacket", "White Nike shoes") in Spanish, or undefined. */
function garmentEs(item: string): string | undefined {
  const original = item.trim().replace(/^(?:an?|the)\s+/i, '').split(/\s+/).filter((w) => w !== '');
  const words = original.map((w) => w.toLowerCase());
  const found = garmentAtEnd(words);
  if (found === undefined) return undefined;
  const { noun, size } = found;
  const colors: string[] = [];
  const before: string[] = [];
  const after: string[] = [];
  const brands: string[] = [];
  for (let i = 0; i < words.length - size; i++) {
    const w = words[i] ?? '';
    const make = MAKES.get(w);
    if (make !== undefined) (make.beforeColor ? before : after).push(make.es);
    else if (COLOR_WORDS.has(w) || /^[a-z]+\/[a-z]+$/.test(w)) colors.push(w.replace('/', ' / '));
    else if (i > 0 && /^\p{Lu}[\p{L}'’-]*$/u.test(original[i] ?? '') && brands.length < 2) brands.push(original[i] ?? '');
    else return undefined;
  }
  const color = colors.length === 0 ? undefined : colorsFor(colors, noun);
  if (colors.length > 0 && color === undefined) return undefined;
  return [noun.head, ...brands, noun.de, ...before, color, noun.con, ...after].filter((x) => x !== undefined && x !== '').join(' ');
}

/**
 * Clothing in Spanish, or undefined when any item has a word the tables do not know (with `unknown`: such an item is
 * what `unknown` makes of it, see `listEs`).
 *
 * @example
 * clothingEs('black hoodie, blue jeans'); //=> 'sudadera negra con capucha y jeans azules'
 * clothingEs('white t-shirt, black shorts'); //=> 'camiseta blanca y pantalones cortos negros'
 * clothingEs('red Raiders jersey with gold trim'); //=> undefined
 */
export function clothingEs(clothing: string, unknown?: (item: string) => string | undefined): string | undefined {
  return listEs(clothing, garmentEs, unknown);
}

/** Body parts, with gender and number, for the marks. */
const BODY: ReadonlyMap<string, Noun> = new Map([
  ['neck', n('cuello', 'm')], ['face', n('cara', 'f')], ['arm', n('brazo', 'm')], ['arms', n('brazos', 'm', true)],
  ['forearm', n('antebrazo', 'm')], ['forearms', n('antebrazos', 'm', true)], ['hand', n('mano', 'f')], ['hands', n('manos', 'f', true)],
  ['chest', n('pecho', 'm')], ['back', n('espalda', 'f')], ['leg', n('pierna', 'f')], ['legs', n('piernas', 'f', true)],
  ['eye', n('ojo', 'm')], ['eyebrow', n('ceja', 'f')], ['cheek', n('mejilla', 'f')], ['forehead', n('frente', 'f')],
  ['shoulder', n('hombro', 'm')], ['wrist', n('muñeca', 'f')], ['fingers', n('dedos', 'm', true)], ['knuckles', n('nudillos', 'm', true)],
  ['head', n('cabeza', 'f')], ['lip', n('labio', 'm')], ['chin', n('barbilla', 'f')], ['nose', n('nariz', 'f')],
  ['ear', n('oreja', 'f')], ['calf', n('pantorrilla', 'f')], ['thigh', n('muslo', 'm')], ['stomach', n('abdomen', 'm')],
  ['throat', n('garganta', 'f')], ['temple', n('sien', 'f')], ['jaw', n('mandíbula', 'f')], ['ankle', n('tobillo', 'm')],
  ['scalp', n('cuero cabelludo', 'm')], ['lower back', n('espalda baja', 'f')], ['upper arm', n('brazo', 'm')],
]);

/** Mark nouns: [singular, plural] Spanish; gender does not matter (nothing agrees with them here). */
const MARKS: ReadonlyMap<string, string> = new Map([
  ['tattoo', 'tatuaje'], ['tattoos', 'tatuajes'], ['scar', 'cicatriz'], ['scars', 'cicatrices'],
  ['birthmark', 'marca de nacimiento'], ['mole', 'lunar'], ['burn', 'quemadura'], ['burns', 'quemaduras'],
  ['burn scar', 'cicatriz de quemadura'], ['piercing', 'piercing'], ['piercings', 'piercings'],
  ['teardrop tattoo', 'tatuaje de lágrima'], ['teardrop tattoos', 'tatuajes de lágrimas'],
  ['multiple tattoos', 'varios tatuajes'], ['several tattoos', 'varios tatuajes'], ['numerous tattoos', 'numerosos tatuajes'],
  ['gold teeth', 'dientes de oro'], ['gold tooth', 'diente de oro'], ['gold grill', 'dientes de oro'],
  ['beard', 'barba'], ['mustache', 'bigote'], ['moustache', 'bigote'], ['goatee', 'barba de chivo'],
  ['glasses', 'lentes'], ['freckles', 'pecas'], ['acne', 'acné'],
  // reader review 21t T04
  ['full beard', 'barba poblada'], ['stubble', 'barba de pocos días'], ['limp', 'cojea'], ['walks with a limp', 'cojea'],
  ['walks with a cane', 'camina con bastón'], ['missing front tooth', 'le falta un diente frontal'],
  ['missing tooth', 'le falta un diente'], ['missing teeth', 'le faltan dientes'], ['pierced ears', 'orejas perforadas'],
  ['nose ring', 'arete en la nariz'], ['nose piercing', 'piercing en la nariz'], ['lip ring', 'arete en el labio'],
  ['sleeve tattoo', 'brazo tatuado'], ['sleeve tattoos', 'brazos tatuados'], ['dimples', 'hoyuelos'],
]);

const PLACE_PREP: ReadonlyMap<string, string> = new Map([
  ['on', 'en'], ['in', 'en'], ['under', 'debajo de'], ['below', 'debajo de'], ['above', 'sobre'], ['over', 'sobre'], ['near', 'cerca de'],
  ['across', 'a lo largo de'], ['behind', 'detrás de'], ['by', 'junto a'],
]);

/** One mark ("tattoo on left forearm", "neck tattoo", "scar above right eyebrow") in Spanish, or undefined. */
function markEs(item: string): string | undefined {
  const words = item.trim().toLowerCase().replace(/^(?:an?|the)\s+/, '').split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const at = words.findIndex((w) => PLACE_PREP.has(w));
  const head = at < 0 ? words : words.slice(0, at);
  const mark = MARKS.get(head.join(' '));
  if (at < 0) {
    if (mark !== undefined) return mark;
    // "neck tattoo", "face tattoos", "left arm tattoo": the body part before the mark
    const noun = MARKS.get(words[words.length - 1] ?? '');
    if (noun === undefined || words.length < 2) return undefined;
    const body = placedEs('en', words.slice(0, -1), BODY);
    return body === undefined ? undefined : `${noun} ${body}`;
  }
  if (mark === undefined) return undefined;
  const body = placedEs(PLACE_PREP.get(words[at] ?? '') ?? '', words.slice(at + 1), BODY);
  return body === undefined ? undefined : `${mark} ${body}`;
}

/**
 * Scars, marks and tattoos in Spanish, or undefined when any item has a word the tables do not know (with `unknown`:
 * see `listEs`).
 *
 * @example
 * marksEs('tattoo on neck'); //=> 'tatuaje en el cuello'
 * marksEs('teardrop tattoo under left eye, scar on right cheek'); //=> 'tatuaje de lágrima debajo del ojo izquierdo y cicatriz en la mejilla derecha'
 * marksEs('tattoo of a rose'); //=> undefined
 */
export function marksEs(marks: string, unknown?: (item: string) => string | undefined): string | undefined {
  return listEs(marks, markEs, unknown);
}
