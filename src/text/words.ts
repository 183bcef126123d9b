/**
 * Word-level helpers for alert text: standard abbreviations, sender initials, direction phrases, link display.
 */
import { table } from '../table.js';

/**
 * The standard abbreviations (USPS street suffixes, units, common alert words), each of a whole word or words
 * (between word boundaries as `\b` reads them; `Interstate ` needs only its space). Compass words are abbreviated
 * only before a street name.
 */
const ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['Boulevard', 'Blvd'],
  ['Avenue', 'Ave'],
  ['Street', 'St'],
  ['Road', 'Rd'],
  ['Drive', 'Dr'],
  ['Highway', 'Hwy'],
  ['Parkway', 'Pkwy'],
  ['Lane', 'Ln'],
  ['Court', 'Ct'],
  ['Place', 'Pl'],
  ['Freeway', 'Fwy'],
  ['Expressway', 'Expy'],
  ['Mountain', 'Mtn'],
  ['North', 'N'],
  ['South', 'S'],
  ['East', 'E'],
  ['West', 'W'],
  ['northbound', 'NB'],
  ['southbound', 'SB'],
  ['eastbound', 'EB'],
  ['westbound', 'WB'],
  ['approximately', 'approx.'],
  ['pounds', 'lb'],
  ['feet', 'ft'],
  ['inches', 'in'],
  ['years old', 'yrs old'],
  ['Police Department', 'PD'],
  ["Sheriff's Office", 'SO'],
  ['Department', 'Dept'],
  ['Interstate ', 'I-'],
  ['License plate', 'Plate'],
  ['license plate', 'plate'],
  ['and', '&'],
  ['information', 'info'],
  ['Information', 'Info'],
];

/** The short form of each word of the table (a compass word with the space after it). */
const SHORT: ReadonlyMap<string, string> = new Map(ABBREVIATIONS.map(([from, to]) => (/^[NSEW]$/.test(to) ? [`${from} `, `${to} `] : [from, to])));

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_LIST = ABBREVIATIONS.map(([from]) => from);

/**
 * A private use character (our placeholders), or any word of the table at the start of a word (a prefix): text
 * with neither is returned at once.
 */
const ABBREVIABLE_OR_PLACEHOLDER = new RegExp(`[\\ue000-\\uf8ff]|\\b(?:${WORD_LIST.map(escapeRe).join('|')})`);

/** Any word of the table at the start of a word: text without one has nothing to abbreviate. */
const ABBREVIABLE_PREFIX = new RegExp(`\\b(?:${WORD_LIST.map(escapeRe).join('|')})`);

/**
 * Every word of the table in one pass (left to right; no two of them can match at one place): a compass word only
 * before `Broadway` or a capitalised word and a street type ("North Main St"), never in a place ("South Gate").
 */
const ABBREVIABLE = new RegExp(
  [
    `\\b(?:North|South|East|West) (?=Broadway\\b|[A-Z0-9][\\w'-]* (?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Hwy|Highway)\\b)`,
    `\\bInterstate `,
    `\\b(?:${WORD_LIST.filter((w) => !/^(?:North|South|East|West|Interstate )$/.test(w)).map(escapeRe).join('|')})\\b`,
  ].join('|'),
  'g',
);

/**
 * Applies standard abbreviations (Boulevard to Blvd, eastbound to EB, pounds to lb, Police Department to PD,
 * "and" to "&"; "Do not" stays, for consistency from alert to alert). Compass words are abbreviated only in street names (`North Broadway` to
 * `N Broadway`, `West Colfax Avenue` to `W Colfax Ave`), never in place names (`South Gate`) or directions. Substrings in `protect` (names, plates, the direction, links) are left untouched.
 *
 * @param text - English text.
 * @param protect - Substrings to keep word for word.
 * @returns The abbreviated text (never longer).
 * @example
 * abbreviate('Last seen on Colorado Boulevard eastbound'); //=> 'Last seen on Colorado Blvd EB'
 * abbreviate('Suspect Andrew Street, eastbound', ['Andrew Street']); //=> 'Suspect Andrew Street, EB'
 */
export function abbreviate(text: string, protect: readonly string[] = []): string {
  // one test for most text (nothing to abbreviate); private use characters are our placeholders
  if (!ABBREVIABLE_OR_PLACEHOLDER.test(text) || /[\ue000-\uf8ff]/.test(text)) return text;
  // only the terms in the text matter (a term not in it cannot appear once others are replaced by placeholders):
  // they are picked first, then ordered longest first (a stable sort, as of the whole list)
  const hits: string[] = [];
  for (const p of protect) if (text.includes(p) && p.trim() !== '') hits.push(p);
  if (hits.length > 1) hits.sort((a, b) => b.length - a.length);
  const kept: string[] = [];
  let out = text;
  for (const p of hits) {
    if (!out.includes(p)) continue;
    // placeholders from the private use area: protected terms (GSM text) can never contain or match them
    out = out.split(p).join(String.fromCharCode(0xe000 + kept.length));
    kept.push(p);
  }
  // nothing left to abbreviate once the terms are set aside (a direction "west" in "westbound"): the text as it was
  if (kept.length > 0 && !ABBREVIABLE_PREFIX.test(out)) return text;
  // one pass for the whole table, each match looked up (was: a pass per entry)
  // never inside a link or an address ("example.gov/public-information" stays whole: red team, the link broke):
  // its whitespace-delimited token is set aside like a protected term
  if (out.includes('/') || out.includes('@') || /www\./i.test(out)) {
    out = out.replace(/\S+/g, (token) => {
      if (!token.includes('/') && !token.includes('@') && !token.toLowerCase().includes('www.')) return token;
      kept.push(token);
      return String.fromCharCode(0xe000 + kept.length - 1);
    });
  }
  out = out.replace(ABBREVIABLE, (m) => SHORT.get(m) ?? m);
  // twice: a link token may hold a protected term's placeholder
  for (let i = 0; i < 2 && kept.length > 0; i++) out = out.replace(/[\ue000-\uf8ff]/g, (m) => kept[m.charCodeAt(0) - 0xe000] ?? m);
  return out.length <= text.length ? out : text;
}

/** Each one-word long form of the table, folded ("street"), with its short form folded ("st"); made on first use. */
let foldedShort: ReadonlyMap<string, string> | undefined;
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west']);

/**
 * The forms `abbreviate` may give a folded phrase (lower case, words between single spaces): every word of the
 * table shortened, and the same with compass words left whole (they are shortened only before a street name).
 * The privacy guard masks a kept place in these forms too (red team 15: "Cruz Street" kept, then written "Cruz St"
 * in a phone text, refused the build). The phrase itself is not returned; nothing when no word shortens.
 *
 * @example
 * shortForms('west cruz street'); //=> ['w cruz st', 'west cruz st']
 * shortForms('cruz ranch'); //=> []
 */
export function shortForms(folded: string): string[] {
  foldedShort ??= new Map(
    ABBREVIATIONS.filter(([from]) => /^\p{L}+$/u.test(from)).map(([from, to]) => [from.toLowerCase(), to.toLowerCase()]),
  );
  const table = foldedShort;
  const words = folded.split(' ');
  const all = words.map((w) => table.get(w) ?? w).join(' ');
  const streets = words.map((w) => (COMPASS_WORDS.has(w) ? w : (table.get(w) ?? w))).join(' ');
  return [...new Set([all, streets])].filter((f) => f !== folded);
}

/** Words left out of an organisation's initials. */
const MINOR: readonly string[] = ['of', 'the', 'and', 'for', 'de', 'del', 'la', 'el', 'y', '&'];

/**
 * Initials of an organisation name for the shortest texts: `Colorado Bureau of Investigation` gives `CBI`; a name
 * that already is one word (or is short) is returned as is.
 *
 * @example
 * initials('Colorado Bureau of Investigation'); //=> 'CBI'
 * initials('Denver Police Department'); //=> 'DPD'
 * initials('CBI'); //=> 'CBI'
 */
export function initials(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w !== '' && !MINOR.includes(w.toLowerCase()));
  if (words.length < 2 || name.length <= 12) return name;
  return words
    .map((w) => (/^[A-Z0-9]{2,}$/.test(w) ? w : (w[0] ?? '').toUpperCase()))
    .join('');
}

const COMPASS = /^(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(bound)?$/i;

/**
 * True when `direction` is a bare compass direction (`east`, `Northbound`, `south-west`).
 *
 * @example
 * isCompass('eastbound'); //=> true
 * isCompass('toward Kansas'); //=> false
 */
export function isCompass(direction: string): boolean {
  return COMPASS.test(direction.trim());
}

/**
 * The English phrase for a direction of travel: `east` gives `heading east`, `toward Kansas` gives
 * `heading toward Kansas`, `fled on foot` stays as is. The direction text itself is kept word for word.
 *
 * @example
 * directionPhrase('east'); //=> 'heading east'
 * directionPhrase('heading north on I-25'); //=> 'heading north on I-25'
 * directionPhrase('northbound on I-25'); //=> 'traveling northbound on I-25'
 * directionPhrase('SB on SR 37 toward Bloomington'); //=> 'heading south on SR 37 toward Bloomington'
 */
export function directionPhrase(direction: string): string {
  const d = direction.trim();
  if (/^on foot$/i.test(d)) return 'on foot';
  // the sentence says "last seen" already (red team 13: "…, last seen heading east")
  if (/^last\s+seen\s+\S/i.test(d)) return directionPhrase(d.replace(/^last\s+seen\s+/i, ''));
  // a dispatcher's short heading first ("SB on SR 37", "N/B I-95"): the compass word (reader review 21t T07: "Heading SB
  // on State Road 37" was read aloud letter by letter)
  const short = /^([NSEW])\/?B\b\s*/i.exec(d);
  if (short !== null) return `heading ${{ n: 'north', s: 'south', e: 'east', w: 'west' }[(short[1] ?? '').toLowerCase() as 'n']} ${d.slice(short[0].length).replace(/^(?=(?:I|US|SR|SH|PR|FM|CR|Interstate)[- ]?\d)/i, 'on ')}`.trim();
  if (/^(heading|headed|traveling|travelling|going|driving|fled|fleeing|moving|last)\b/i.test(d)) return d.replace(/^(heading|headed|traveling|travelling)\s+([NSEW])\/?B\b/i, (_m, verb: string, p: string) => `${verb} ${{ n: 'north', s: 'south', e: 'east', w: 'west' }[p.toLowerCase() as 'n']}`);
  // "northbound I-25" reads "traveling northbound on I-25" (red team 13)
  if (/^(north|south|east|west)(east|west)?bound\b/i.test(d)) return `traveling ${d.replace(/^(\S+bound)\s+(?=(?:I|US|SR|SH|PR|FM|CR|Interstate)[- ]?\d)/i, '$1 on ')}`;
  return `heading ${d}`;
}

/** Compass words of English and Spanish, by point ("eastbound", "este" and "oriente" are all east). */
const COMPASS_POINT: Readonly<Record<string, string>> = table({
  north: 'n', northbound: 'n', norte: 'n', south: 's', southbound: 's', sur: 's',
  east: 'e', eastbound: 'e', este: 'e', oriente: 'e', west: 'w', westbound: 'w', oeste: 'w', poniente: 'w',
  northeast: 'ne', northeastbound: 'ne', noreste: 'ne', nordeste: 'ne', northwest: 'nw', northwestbound: 'nw', noroeste: 'nw',
  southeast: 'se', southeastbound: 'se', sureste: 'se', sudeste: 'se', southwest: 'sw', southwestbound: 'sw', suroeste: 'sw', sudoeste: 'sw',
});
/** Words a bare direction may hold besides its compass word ("heading east", "hacia el este"). */
/** Words that join a heading to its road ("west on I-10", "al sur por la PR-52"). */
const ROAD_JOIN: ReadonlySet<string> = new Set(['on', 'via', 'along', 'por']);
const DIRECTION_FILLER = new Set(['heading', 'headed', 'traveling', 'travelling', 'going', 'driving', 'moving', 'hacia', 'el', 'en', 'direccion', 'dirección', 'rumbo', 'al', 'con']);

/**
 * Whether a direction says nothing the place it follows does not already say: a bare compass direction ("east",
 * "hacia el este") after a place that names the same point ("I-285 eastbound", "I-285 en dirección este").
 *
 * @example
 * directionInPlace('east', 'I-285 eastbound at Moreland Ave'); //=> true
 * directionInPlace('east toward Decatur', 'I-285 eastbound'); //=> false
 * directionInPlace('east', 'E Colfax Ave'); //=> false
 * directionInPlace('west on I-10', 'I-10 westbound near Mesilla'); //=> true
 */
export function directionInPlace(direction: string, place: string): boolean {
  // a road the place already names: "west on I-10" after "I-10 westbound near Mesilla" says the heading again
  const all = direction.trim().split(/\s+/);
  const k = all.findIndex((x, i) => i > 0 && ROAD_JOIN.has(x.toLowerCase()));
  // (a Spanish road keeps its article in the direction, "por la I-10", and may lose it in the place, "I-10 en …")
  const road = all.slice(k + 1).join(' ').toLowerCase().replace(/^(?:la|el) /, '');
  if (k > 0 && k < all.length - 1 && place.toLowerCase().includes(road)) return directionInPlace(all.slice(0, k).join(' '), place);
  const words = direction.toLowerCase().split(/[\s,.]+/).filter((x) => x !== '');
  const points = words.map((x) => COMPASS_POINT[x]).filter((x) => x !== undefined);
  if (points.length !== 1 || words.some((x) => COMPASS_POINT[x] === undefined && !DIRECTION_FILLER.has(x))) return false;
  // only a heading in the place counts ("eastbound", "en dirección este"), never a street's name ("E Colfax Ave")
  for (const m of place.toLowerCase().matchAll(HEADING_IN_PLACE)) if (COMPASS_POINT[m[1] ?? m[2] ?? ''] === points[0]) return true;
  // the short forms road reports use: "I-25 NB", "I-75 S/B"
  for (const m of place.toLowerCase().matchAll(HEADING_SHORT)) if (SHORT_POINT[(m[1] ?? '').replace('/', '')] === points[0]) return true;
  return false;
}
const HEADING_SHORT = /\b([nsew]\/?b)\b/g;
const SHORT_POINT: Readonly<Record<string, string>> = table({ nb: 'n', sb: 's', eb: 'e', wb: 'w' });
const HEADING_IN_PLACE = /\b(?:(north|south|east|west|northeast|northwest|southeast|southwest)bound|(?:direcci[oó]n|rumbo(?: al)?|hacia(?: el)?|heading|headed|traveling|travelling|going) (\p{L}+))\b/gu;

/**
 * A link as people read it: without `https://` and a trailing `/`. Returns `undefined` when the result would not
 * survive WEA's GSM 7-bit basic set unchanged (a link must never be transliterated).
 *
 * @example
 * displayLink('https://cbi.colorado.gov/blue-alert/'); //=> 'cbi.colorado.gov/blue-alert'
 */
export function displayLink(url: string, isSafe: (s: string) => boolean = () => true): string | undefined {
  const shown = url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  return isSafe(shown) ? shown : undefined;
}

/**
 * Joins non-empty parts with `sep`.
 *
 * @example
 * joinParts(['a', undefined, '', 'b']); //=> 'a, b'
 */
export function joinParts(parts: readonly (string | undefined | false)[], sep = ', '): string {
  // one pass, no filtered copy (a build joins ~70 lists); the same text as filter + join
  let out = '';
  let first = true;
  for (const p of parts) {
    if (typeof p !== 'string' || p.trim() === '') continue;
    out = first ? p : `${out}${sep}${p}`;
    first = false;
  }
  return out;
}

/**
 * Suspect numbers (indices from 0) as a list for people: `1`, `1 and 2`, `1, 2 and 3`.
 *
 * @example
 * numbersList([0, 1, 2], 'and'); //=> '1, 2 and 3'
 */
export function numbersList(indexes: readonly number[], and: string): string {
  const n = indexes.map((i) => String(i + 1));
  return n.length < 2 ? (n[0] ?? '') : `${n.slice(0, -1).join(', ')} ${and} ${n[n.length - 1]}`;
}

/**
 * The first items of a comma/semicolon separated list that fit in `max` characters (whole items only), or
 * `undefined` when not even the first fits.
 *
 * @example
 * firstItems('black hoodie, blue jeans, white shoes', 26); //=> 'black hoodie, blue jeans'
 */
export function firstItems(list: string, max: number): string | undefined {
  // split at commas and semicolons, the spaces around each separator dropped (a linear split, then trims)
  const pieces = list.split(/[,;]/);
  const items = pieces
    .map((p, i) => (i === 0 ? (pieces.length === 1 ? p : p.trimEnd()) : i === pieces.length - 1 ? p.trimStart() : p.trim()))
    .filter((s) => s !== '');
  let out = '';
  for (const item of items) {
    const next = out === '' ? item : `${out}, ${item}`;
    if (next.length > max) break;
    out = next;
  }
  return out === '' ? undefined : out;
}

/**
 * Whether a `sex` value means female (`female`, `F`, `woman`, `mujer`), for Spanish agreement.
 *
 * @example
 * isFemale('Female'); //=> true
 * isFemale(undefined); //=> false
 */
export function isFemale(sex: string | undefined): boolean {
  return sex !== undefined && /^(f|female|woman|mujer)$/i.test(sex.trim());
}

/**
 * Upper-cases the first letter.
 *
 * @example
 * capitalize('gray Ford'); //=> 'Gray Ford'
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Whether the message's suspects are all women (at least one suspect), for Spanish agreement ("una sospechosa").
 *
 * @example
 * femaleSuspects({ suspects: [{ description: { sex: 'female' } }] }); //=> true
 */
export function femaleSuspects(f: { readonly suspects: readonly { readonly description?: { readonly sex?: string | undefined } | undefined }[] }): boolean {
  return f.suspects.length > 0 && f.suspects.every((s) => isFemale(s.description?.sex));
}

/**
 * Whether a location is only its town ("Macon", "Macon, GA" for the town Macon): it happened "in" it, not "at" it
 * (reader review 21t T24: "killed at Macon").
 *
 * @example
 * isOnlyTown('Macon, GA', 'Macon'); //=> true
 * isOnlyTown('Main St, Macon', 'Macon'); //=> false
 */
export function isOnlyTown(location: string | undefined, town: string | undefined): boolean {
  if (location === undefined || town === undefined) return false;
  const l = location.trim().replace(/,\s*[A-Z]{2}$/u, '').toLowerCase();
  return l !== '' && l === town.trim().toLowerCase();
}
