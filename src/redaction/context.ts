/**
 * The words around a match that decide what it is: word boundaries, the word before and after, a title before the
 * name, a place, a vehicle make, a measurement, the everyday senses of a name part (`keptSense`), and the folded
 * windows the independent guard masks around a kept match. Split from `matcher.ts`.
 */
import { GIVEN_NAME_PLACES } from './given-name-places.js';
import { isNoSpaceScript, isWordChar, type FoldedText } from './fold.js';
import { knownTitles } from './titles.js';
import { isStateName } from '../area/codes.js';
import { SENTENCE_NEXT, TOWN_TAIL, uniformCase } from './uniform-case.js';
import { DESCRIPTIVE_WORDS } from './descriptive-words.js';
import { VEHICLE_MAKES, VEHICLE_MODELS, VEHICLE_WORDS } from './vehicle-words.js';

export { isVehicleNext, isWeaponNext, VEHICLE_MAKES, VEHICLE_MODELS, WEAPON_MAKERS } from './vehicle-words.js';

export const PLACE_AFTER = new Set([
  'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln', 'way',
  'court', 'ct', 'place', 'pl', 'parkway', 'pkwy', 'highway', 'hwy', 'freeway', 'fwy', 'expressway', 'county',
  'co', 'parish', 'borough', 'city', 'township', 'twp', 'park', 'lake', 'river', 'creek', 'mountain', 'mtn',
  'springs', 'heights', 'hills', 'valley', 'beach', 'bay', 'falls', 'island', 'square', 'sq', 'plaza', 'trail',
  'circle', 'cir', 'terrace', 'ter', 'loop', 'crossing', 'junction', 'village', 'pike', 'turnpike', 'canyon', 'mesa',
  'ridge', 'pass', 'point', 'harbor', 'port', 'station', 'airport', 'bridge', 'tunnel', 'mall', 'reservoir',
  'cemetery', 'hill', 'school', 'elementary', 'high', 'hospital', 'church', 'university', 'college',
  // businesses people meet at and name as places ("Chase Bank", "Miller Market")
  'bank', 'market', 'store', 'center', 'centre', 'hotel', 'motel', 'inn', 'cafe', 'diner', 'grill', 'bar', 'pub',
  'restaurant', 'pharmacy', 'garage', 'depot', 'arena', 'stadium', 'library', 'museum',
  // "la Cruz Roja" is the Red Cross, not an officer Cruz (red team 11)
  'roja',
]);
export const PLACE_BEFORE = new Set([
  'fort', 'ft', 'mount', 'mt', 'lake', 'port', 'saint', 'st', 'san', 'santa', 'lago', 'cape', 'glen', 'new',
  // Spanish place words before a name ("Calle Flores", "Urb. Reyes", "Barrio Cruz": red team 11)
  // (not words that also end an English sentence: "near Youngstown Plaza. Young's cruiser" is the officer)
  'calle', 'avenida', 'carretera', 'camino', 'barrio', 'urbanizacion', 'urb', 'sector', 'rio', 'cerro', 'colonia',
  'residencial',
  // and more Spanish street words ("Paseo Okafor 45": red team 16); "Plaza" ends English place names too, so it
  // counts only with no full stop after it (`STREET_WORD_BEFORE`)
  'paseo', 'calzada', 'callejon', 'bulevar', 'privada',
]);
/**
 * A street word before a name that counts only right before it, with no full stop between ("Plaza Okafor 12" is a
 * street; "near Youngstown Plaza. Young's cruiser" is the officer after a place).
 */
export const STREET_WORD_BEFORE: ReadonlySet<string> = new Set(['plaza']);
export const UNIT_AFTER = /^\s?(?:lbs?|pounds?|kg|kilos?|cm|mm|in|inches|ft|feet|foot|mph|km\/?h?|miles?|mi|yrs?|years?|yo|y\/o|%|'|"|°|cc|hp)(?![\p{L}\p{N}])/u;
export const NUMBERISH = /[-:/+.,]/;
export const BADGE_PREFIX = /(?:(?:badge|shield|star|placa)\s?(?:(?:no|nr|num|number)\.?\s?)?[#:]?\s?|#\s?|(?:no|number|n[º°])\.?\s?)$/;
export const ARABIC = /[\u0600-\u06ff\u0750-\u077f]/;
export function badgeBoundary(t: string, s: number, e: number): boolean {
  const before = t[s - 1];
  const after = t[e];
  if (isWordChar(before) && !isNoSpaceScript(before)) return false;
  if (isWordChar(after) && !isNoSpaceScript(after)) return false;
  if (before !== undefined && NUMBERISH.test(before) && isWordChar(t[s - 2])) return false;
  if (after !== undefined && NUMBERISH.test(after) && isWordChar(t[e + 1])) return false;
  return true;
}

export function wordBoundary(t: string, s: number, e: number, needle: string): boolean {
  if (isNoSpaceScript(needle[0]) || isNoSpaceScript(needle[needle.length - 1])) return true;
  const before = t[s - 1];
  const arabic = ARABIC.test(needle);
  if (!arabic && isWordChar(before) && !isNoSpaceScript(before)) return false;
  if ((before === '-' || before === "'") && isWordChar(t[s - 2]) && !isNoSpaceScript(t[s - 2])) {
    // "o'okafor" is another word; "l'okafor", "d'okafor" (French/Italian elision) name the officer
    if (!(before === "'" && /^(?:^|[^\p{L}])[ldn]$/u.test(t.slice(Math.max(0, s - 3), s - 1)))) return false;
  }
  // a Korean name with a particle written on ("김민준이", "김민준에게", "김경관을": red team 10)
  // (folded text holds Hangul as its conjoining letters, NFD)
  if (HANGUL.test(needle[needle.length - 1] ?? '') && HANGUL.test(t[e] ?? '')) {
    const rest = HANGUL_RUN.exec(t.slice(e, e + 12))?.[0] ?? '';
    return !HANGUL.test(t[s - 1] ?? '') && KOREAN_PARTICLES.has(rest);
  }
  let after = t[e];
  // a plural of the surname ("the Okafors", "the Lopezes") is the family: the name
  if (needle.length >= 4 && after === 's' && !isWordChar(t[e + 1])) after = t[e + 1];
  else if (needle.length >= 4 && t.startsWith('es', e) && /[sxz]$/.test(needle) && !isWordChar(t[e + 2])) after = t[e + 2];
  if (!arabic && isWordChar(after) && !isNoSpaceScript(after)) return false;
  if (after === '-' && isWordChar(t[e + 1])) return false;
  if (after === "'" && isWordChar(t[e + 1])) return t[e + 1] === 's' && !isWordChar(t[e + 2]);
  return true;
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u;
const HANGUL_RUN = /^[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+/u;
/** Korean particles written on a noun (subject, topic, object, dative, genitive, with, also, toward, from), folded. */
const KOREAN_PARTICLES = new Set(
  ['이', '가', '은', '는', '을', '를', '에게', '께', '의', '와', '과', '도', '로', '으로', '에서', '한테', '이가', '씨', '님', '씨가', '씨는', '씨를', '씨의', '님이', '님은', '님을', '이는', '이를', '이의'].map((p) => p.normalize('NFD')),
);

export const LOCATIVE = new Set([
  'in', 'near', 'at', 'to', 'toward', 'towards', 'from', 'of', 'outside', 'inside', 'via', 'on', 'north', 'south',
  'east', 'west', 'northbound', 'southbound', 'eastbound', 'westbound', 'downtown', 'past', 'into', 'across', 'around',
  'en', 'cerca', 'hacia', 'desde', 'por',
]);

/** Whether the original character behind folded position `i` is upper case. */
export function capitalAt(original: string, f: FoldedText, i: number): boolean {
  if (i < 0 || i >= f.text.length) return false;
  return /\p{Lu}/u.test(original.slice(f.start(i), f.end(i)));
}

/** A capitalised word (not a title) right before position `s`: part of a longer place name ("Rose Hill"). */
export function capitalisedWordBefore(original: string, f: FoldedText, s: number): boolean {
  const w = wordBefore(f.text, s);
  if (w === '' || f.text[s - 1] !== ' ' || titleBefore(f.text, s) !== undefined) return false;
  return capitalAt(original, f, s - 1 - w.length);
}

/**
 * In a location field, what follows a name part at `e` makes it a place's name: a capitalised word that is no name
 * part of the officer ("Castle Rock", "Wells Fargo"), or a state after a comma ("Lincoln, Nebraska", "Austin, TX").
 */
export function placeNameFollows(t: string, original: string, f: FoldedText, e: number, nameParts: ReadonlySet<string>): boolean {
  if (t[e] === ' ' && capitalAt(original, f, e + 1)) {
    const next = wordAfter(t, e);
    // a verb or a sentence word after it is what the person did ("Okafor Shooting", "Young Fell": red team 17)
    if (SENTENCE_NEXT.has(next)) return false;
    // in text all in capitals or in title case the capital says nothing: the words are read (red team 17)
    if (uniformCase(original)) return placeWordsAhead(t, e + 1 + next.length, next, nameParts);
    return next.length > 1 && !nameParts.has(next) && titleBefore(t, e + 1 + next.length) === undefined;
  }
  // a business or a building after it, in lower case ("Shell gas station", "Kwik store"); never "home" or "family"
  if (t[e] === ' ' && PLACE_NOUN.has(wordAfter(t, e))) return true;
  if (t[e] !== ',' || t[e + 1] !== ' ') return false;
  const rest = STATE_AFTER.exec(t.slice(e + 2, e + 40));
  if (rest !== null && ((rest[1] !== undefined && isStateName(rest[1])) || (rest[2] !== undefined && isStateName(rest[2])))) return true;
  // a code written with full stops ("Washington, D.C.", "Albany, N.Y.": red team 15)
  const dotted = DOTTED_CODE.exec(t.slice(e + 2, e + 8));
  return dotted !== null && isStateName(`${dotted[1]}${dotted[2]}`);
}
/**
 * Whether the word `next` (ending at `e`) after a name part makes it a place's name by its words alone: a street or
 * place word ("OKAFOR PARK", "CASTLE ROCK"), a business ("WELLS FARGO BANK": the word after it), or a state after a
 * comma ("CASTLE ROCK, CO").
 */
function placeWordsAhead(t: string, e: number, next: string, nameParts: ReadonlySet<string>): boolean {
  const place = (w: string): boolean => PLACE_AFTER.has(w) || PLACE_NOUN.has(w) || TOWN_TAIL.has(w);
  if (place(next)) return true;
  // (not another part of the officer's name: "DANIEL OKAFOR PARK" is the whole name before a place word)
  if (next.length < 2 || SENTENCE_NEXT.has(next) || nameParts.has(next)) return false;
  if (t[e] === ' ' && place(wordAfter(t, e))) return true;
  if (t[e] !== ',' || t[e + 1] !== ' ') return false;
  const rest = STATE_AFTER.exec(t.slice(e + 2, e + 40));
  return rest !== null && ((rest[1] !== undefined && isStateName(rest[1])) || (rest[2] !== undefined && isStateName(rest[2])));
}
/** Two letters with a full stop after the first and optionally the second ("d.c.", "n.y"), then no letter. */
const DOTTED_CODE = /^(\p{L})\.(\p{L})\.?(?![\p{L}\p{N}])/u;
/** Words for a business or a building that make the name before them a place's ("Shell gas station"). */
const PLACE_NOUN = new Set(
  'gas station store market supermarket shop mall plaza center centre bank pharmacy restaurant diner cafe bar motel hotel inn church school hospital garage depot terminal warehouse building tower apartments complex lot'.split(' '),
);
/** One or two words after a comma, up to punctuation or the end: a state's name ("new york") or its code ("tx"). */
const STATE_AFTER = /^(([\p{L}]+)(?: [\p{L}]+)?)(?=$|[\s,.;:)])/u;

/** A location field names a place here: at its start, after a comma, or after "near", "in", "toward"…. */
export function placeContext(t: string, s: number): boolean {
  const before = t.slice(Math.max(0, s - 30), s);
  if (/(?:^|[,;(/])\s*$/u.test(before)) return true;
  return LOCATIVE.has(wordBefore(t, s));
}

/** Words after a sentence-initial everyday word that make it the person ("Young was shot", "Do said"). */
export const PERSON_NEXT = new Set([
  'was', 'is', 'has', 'had', 'and', 'remains', 'who', 'said', 'called', 'ran', 'fired', 'died', 'suffered', 'and', 'were',
  'will', 'would', 'did', 'got', 'took', 'went', 'fell', 'lost', 'left',
  // and in Spanish ("Blanco tiene 34 años" for an officer Blanco: red team 11)
  'fue', 'es', 'esta', 'estaba', 'era', 'tiene', 'tenia', 'ha', 'habia', 'quien', 'dijo', 'murio', 'fallecio', 'sufrio',
  'recibio', 'resulto', 'permanece', 'sigue', 'llevaba', 'trabajaba', 'servia', 'disparo', 'cayo',
]);
/**
 * Words after a surname that make it the family or its home ("the Okafor family", "Okafor residence", "Okafor
 * Ranch": red team 13, a missing officer's last known location named their family's ranch): never a place name.
 */
export const FAMILY_NEXT = new Set(['family', 'residence', 'household', 'house', 'ranch', 'farm', 'homestead', 'property', 'cabin']);

/** Home words that make a surname before them the family's only where a home's owner stands ("the Okafor home"). */
const HOME_NEXT = new Set(['home', 'townhouse', 'apartment', 'condo', 'duplex', 'trailer']);

/**
 * Whether the word after a name part at `s`–`e` makes it the family or its home: a family word ("the Okafor
 * family", "Okafor residence"), or a home word where the name stands as the home's owner: after "the", at the
 * start or after a bracket or comma ("12 Elm St (Okafor home)", "Okafor Home, 12 Elm St": red team 17 L2), never
 * after a verb ("followed Okafor home").
 *
 * @example
 * familyAfter('12 elm st (okafor home)', 13, 19); //=> true
 */
export function familyAfter(t: string, s: number, e: number, articled = false): boolean {
  const next = wordAfter(t, e);
  if (FAMILY_NEXT.has(next)) return true;
  if (!HOME_NEXT.has(next)) return false;
  if (articled || ['the', 'la', 'el'].includes(wordBefore(t, s))) return true;
  let i = s;
  while (i > 0 && t[i - 1] === ' ') i--;
  return i === 0 || '(,:;-–[/'.includes(t.charAt(i - 1));
}

/** `text` without the trailing characters listed in `chars` (a scan from the end: linear, unlike `/[…]+$/`). */
export function trimEndChars(text: string, chars: string): string {
  let e = text.length;
  while (e > 0 && chars.includes(text.charAt(e - 1))) e--;
  return e === text.length ? text : text.slice(0, e);
}
export const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
export const ONE_SPACE = /^\s$/u;
/** The word (letters and digits) right before "word. " or "word " ending at `s`, within 30 units; a linear scan. */
export function wordBefore(t: string, s: number): string {
  const floor = Math.max(0, s - 30);
  if (s <= floor || !ONE_SPACE.test(t.charAt(s - 1))) return '';
  let j = s - 1;
  if (j > floor && t.charAt(j - 1) === '.') j--;
  let k = j;
  while (k > floor) {
    const lo = t.charCodeAt(k - 1);
    // a surrogate pair is one character; half of one (cut by the window) is not a letter
    const pair = lo >= 0xdc00 && lo <= 0xdfff && k - 2 >= floor && t.charCodeAt(k - 2) >= 0xd800 && t.charCodeAt(k - 2) <= 0xdbff;
    const w = pair ? 2 : 1;
    if (!LETTER_OR_DIGIT.test(t.slice(k - w, k))) break;
    k -= w;
  }
  return t.slice(k, j);
}
export const WORD_AFTER = /^\s([\p{L}\p{N}]+)/u;
export function wordAfter(t: string, e: number): string {
  return WORD_AFTER.exec(t.slice(e, e + 30))?.[1] ?? '';
}

/** The rank or title written right before position `s` (after `floor`), e.g. "sgt." in "sgt. young". */
export function titleBefore(t: string, s: number, floor = 0): string | undefined {
  let before = t.slice(Math.max(floor, s - 48), s);
  if (before.endsWith(' ')) before = before.slice(0, -1);
  // a period after a title is an abbreviation's ("Sgt. Okafor"), not the end of a sentence ("shot an officer. Okafor
  // Street was closed": red team 10)
  const dotted = before.endsWith('.');
  if (dotted) before = before.slice(0, -1);
  if (before.length === 0 || !isWordChar(before[before.length - 1])) return undefined;
  return knownTitles().find((x) => before.endsWith(x) && !isWordChar(before[before.length - x.length - 1]) && (!dotted || x.length <= 5));
}

/**
 * Name parts that are also everyday English words. Written all in lower case with no title before them
 * ("a young male", "a gray truck") they are the word, and kept (and reported); capitalised or after a title
 * they are the officer.
 */
export const EVERYDAY = new Set(
  ('young old price rose bill king brown white black green gray grey long short little hill wood woods stone law do may ' +
    'will mark rich hunter baker cook page lane bell field ford hall hope joy love ray day knight gold silver grant guy ' +
    'frank cross ball banks lamb marsh park pope reed rice sharp small strong swift wise hardy house power mason fisher ' +
    'porter cash case chase church dean drake lake lord noble post rock root sterling street sweet wall ward waters west ' +
    'north south east summer winter dawn grace faith june april august pat sue rob art iv bright fair free good best ' +
    'new still bush fox wolf moon star sky rain snow storm cole coal miles nick jack don max cat rich chuck drew ' +
    // body and clothing words of a suspect description ("tattoo on neck", "jeans")
    'neck jean arm hand head face chin cheek lip ear cap hood coat boot belt chain ring scar mole ' +
    // and of a description or a chase, written in lower case (red team 9: "full an officer and mustache")
    'beard mustache goatee mask build slim heavy olive amber pursuit glasses ' +
    // Spanish words that are also surnames, written in lower case in Spanish text (red team 11: "huyó en un auto
    // blanco" for an officer Blanco read "en un auto un agente", "mantenga la paz" read "mantenga la agente")
    'blanco blanca rubio rubia paz cruz moreno morena negro negra flores reyes rey castillo leal campos campo bravo ' +
    'brava rojo roja rosa rosas luna sol leon lobo palma vega mar montes rios sierra nieves prado prieto calvo ' +
    'delgado alto bueno pardo gallo toro cordero fuentes torres pastor serrano santos luz paloma guerra franco ' +
    'justo caballero iglesias pino piedra roca rivera mesa cano cabello salas arroyo llano vidal').split(' ').concat(DESCRIPTIVE_WORDS),
);

export const RACE_WORDS = new Set(['black', 'white', 'brown', 'asian', 'hispanic', 'latino', 'latina', 'native', 'arab', 'indian']);

/**
 * What a structured field (vehicle make, model, colour, a measurement, hair, eyes, race) may hold that is also a
 * name part: a make, a model word, a colour, a race or an everyday word. Any other name part there is the
 * officer ("hair: the Okafor family").
 */
export const STRUCTURED_WORDS = new Set([
  ...VEHICLE_MAKES,
  ...RACE_WORDS,
  ...EVERYDAY,
  ...VEHICLE_WORDS,
  ...VEHICLE_MODELS,
  ...'gray grey green blue red silver gold hazel tan maroon orange yellow purple pink beige blonde blond auburn bald'.split(' '),
  // more colours and complexions (red team 9: "Vehicle: An officer 2015 Ford" for an officer Amber Cole)
  ...'amber burgundy champagne charcoal copper bronze cream ivory navy olive teal turquoise violet ruby jade pearl slate sand khaki fair ruddy'.split(' '),
  // Spanish colours and hair (red team 11: "cabello [nombre omitido]" for rubio, an officer Ana Rubio)
  ...'azul verde gris amarillo amarilla morado morada cafe marron plateado plateada dorado dorada castano castana canoso canosa pelirrojo pelirroja'.split(' '),
]);
export const PERSON_NOUN = new Set(['male', 'female', 'man', 'woman', 'men', 'women', 'males', 'females', 'boy', 'girl', 'teen', 'teenager', 'adult', 'juvenile', 'suspect', 'hombre', 'mujer']);
export const PLACE_PREP = new Set(['toward', 'towards', 'in', 'near', 'into', 'hacia', 'cerca']);
export const SINGLE_PLACE_PREP = new Set(['toward', 'towards', 'into', 'hacia']);
export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northbound', 'southbound', 'eastbound', 'westbound', 'northeast', 'northwest', 'southeast', 'southwest']);
export const MOTION = new Set(['fled', 'flee', 'fleeing', 'heading', 'headed', 'travelling', 'traveling', 'travelled', 'traveled', 'going', 'went', 'driving', 'drove', 'running', 'ran']);

/**
 * The everyday sense of an untitled name part or name, kept (the reason) or `undefined`: a race word before a
 * person noun ("a Black male"), a capitalised place after toward/in/near/into ("fled toward Aurora", "seen in
 * Rose Hill", a run of name parts counts as one place), a vehicle make after "a"/"an" ("driving a Ford"), a month
 * before a day number ("since May 3"), a compass word after a verb of motion ("fled West").
 */
export function keptSense(t: string, original: string, f: FoldedText, s: number, e: number, needle: string, parts: ReadonlySet<string>, surnames: ReadonlySet<string>): string | undefined {
  const after = wordAfter(t, e);
  const before = wordBefore(t, s);
  const possessive = t[e] === "'" && t[e + 1] === 's';
  if (possessive) return undefined;
  if (RACE_WORDS.has(needle) && PERSON_NOUN.has(after)) return 'a race word before a person noun';
  if (MONTHS.has(needle) && /^\s\d{1,2}(?!\d)/.test(t.slice(e, e + 4)) && Number(/\d+/.exec(t.slice(e, e + 4))?.[0]) <= 31) return 'a month before a day';
  if (COMPASS.has(needle) && t[s - 1] === ' ' && MOTION.has(before)) return 'a direction of travel';
  if (VEHICLE_MAKES.has(needle) && t[s - 1] === ' ' && (before === 'a' || before === 'an') && capitalAt(original, f, s)) return 'a vehicle make after an article';
  // a place: the run of capitalised name parts this word sits in, after a place preposition; one word only after
  // toward/into ("fled toward Aurora", never "near Okafor"), two or more only when the last is a place word
  // ("in Rose Hill", never "near Maria Young")
  if (!capitalAt(original, f, s)) return undefined;
  let p = s;
  for (let n = 0; n < 6; n++) {
    const w = t.charAt(p - 2) === '.' ? '' : wordBefore(t, p); // "word " only, not "word. "
    if (w === '' || !parts.has(w) || !capitalAt(original, f, p - w.length - 1)) break;
    p -= w.length + 1;
  }
  let q = e;
  for (let n = 0; n < 6; n++) {
    const w = wordAfter(t, q);
    if (w === '' || !parts.has(w) || !capitalAt(original, f, q + 1)) break;
    q += w.length + 1;
  }
  if (PLACE_AFTER.has(wordAfter(t, q))) return undefined; // "Rose Hill Cemetery": the place rules below decide
  const run = t.slice(p, q).split(' ');
  const prep = t[p - 1] === ' ' ? wordBefore(t, p) : '';
  // never a surname alone ("ran toward Okafor"): only a given name can be read as the place
  // (and only a given name that a town has: "toward Aurora"; "toward Daniel" is the officer, red team 18)
  if (run.length === 1 && SINGLE_PLACE_PREP.has(prep) && !surnames.has(needle) && GIVEN_NAME_PLACES.has(needle)) return 'a place after toward/into';
  // (never a given name or its short form before the surname: "near Jin Park", "near Tom Hill" for an officer Jin
  // Park, Thomas Hill is the officer, red team 18)
  const givenFirst = run.slice(0, -1).some((w) => !surnames.has(w));
  if (run.length > 1 && !givenFirst && PLACE_PREP.has(prep) && PLACE_AFTER.has(run[run.length - 1] as string)) return 'a place after a place preposition';
  return undefined;
}

export const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '¡', '¿']);
/**
 * Whether text after `prefix` starts a sentence: the prefix is empty, or ends in a sentence end (". ", "! ", "? ")
 * or a line break, then optional spaces and opening quotes or brackets. A scan from the end, linear.
 */
export function sentenceInitial(prefix: string): boolean {
  let q = prefix.length;
  while (q > 0 && OPENERS.has(prefix.charAt(q - 1))) q--;
  let w = q;
  let lineBreak = false;
  while (w > 0 && ONE_SPACE.test(prefix.charAt(w - 1))) {
    if (prefix.charAt(w - 1) === '\n') lineBreak = true;
    w--;
  }
  if (w === 0 || lineBreak) return true;
  const end = prefix.charAt(w - 1);
  return w < q && (end === '.' || end === '!' || end === '?');
}

/**
 * Whether text ends in a dotted code ("D.C.", "U.S. "): a lower-case title after it goes on the sentence
 * ("Washington D.C. officer Washington was shot" is "Washington D.C. an officer was shot": red team 16).
 *
 * @example
 * dottedCodeEnd('Washington D.C. '); //=> true
 * dottedCodeEnd('He was shot. '); //=> false
 */
export function dottedCodeEnd(text: string): boolean {
  const t = text.trimEnd();
  const letter = (c: string | undefined): boolean => c !== undefined && /^\p{L}$/u.test(c);
  return t.endsWith('.') && letter(t[t.length - 2]) && t[t.length - 3] === '.' && letter(t[t.length - 4]);
}
