/**
 * An English location in Spanish, word by whole word: connecting words and road and place nouns translated (see
 * `place-terms.ts`), names kept as written, and nothing half-translated. A location with an English word the
 * vocabulary does not know is not translated at all (`undefined`): the caller then leaves it out of a phone text or
 * marks it "(en inglés: …)" in the description.
 */
import { libraryPhrases, phrasesToSpanish } from '../redaction/phrases.js';
import { ABOUT_WORDS, BORDER_NAMES, DISTANCE_UNITS, placeTerms, SPANISH_GLUE, STATE_CODE, type PlaceTerm } from './place-terms.js';

/** One piece of the location: a word (with its hyphens: "on-ramp" is one word) or a punctuation mark. */
interface Token {
  readonly text: string;
  /** Whitespace before it in the location. */
  readonly space: boolean;
  readonly word: boolean;
}

/** A read piece: a name kept as written, a number, punctuation, a vocabulary term, or Spanish already written. */
type Unit =
  | { readonly k: 'name' | 'num' | 'punct' | 'text'; readonly text: string; readonly space: boolean }
  | { readonly k: 'term'; readonly term: PlaceTerm; readonly space: boolean; readonly word: string };

const WORD = /[NSEWnsew]\/[Bb](?![\p{L}\p{N}])|[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}'’])?|\S/gu;
/** An abbreviation that keeps its dot ("St.", "N.", "approx."). */
const DOTTED = /^(?:\p{Lu}\p{Ll}{0,3}|approx)$/u;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const at = m.index;
    const prev = out[out.length - 1];
    // a dot right after an abbreviation belongs to it
    if (m[0] === '.' && prev !== undefined && prev.word && !prev.text.endsWith('.') && DOTTED.test(prev.text) && at > 0 && text.charAt(at - 1) !== ' ') {
      out[out.length - 1] = { ...prev, text: `${prev.text}.` };
      continue;
    }
    out.push({ text: m[0], space: at > 0 && /\s/.test(text.charAt(at - 1)), word: /^[\p{L}\p{N}&]/u.test(m[0]) });
  }
  return out;
}

/** The terms by their first word. */
let byFirst: Map<string, PlaceTerm[]> | undefined;
function termsStarting(word: string): readonly PlaceTerm[] {
  if (byFirst === undefined) {
    byFirst = new Map();
    for (const t of placeTerms()) {
      const first = t.en.split(' ')[0] ?? '';
      const list = byFirst.get(first) ?? [];
      list.push(t);
      byFirst.set(first, list);
    }
  }
  return byFirst.get(word) ?? [];
}

/** Lower-case words a translated location may hold: the Spanish of every term, the glue words, the redaction's phrases. */
let spanishWords: Set<string> | undefined;
function isSpanishWord(word: string): boolean {
  if (spanishWords === undefined) {
    const all = [...placeTerms().map((t) => t.es), phrasesToSpanish(libraryPhrases().join(' | ')), 'a unas unos aproximadamente millas kilómetros'];
    spanishWords = new Set([...SPANISH_GLUE, ...all.join(' ').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '')]);
  }
  return spanishWords.has(word.toLowerCase());
}

const key = (t: Token | undefined): string => (t === undefined || !t.word ? '' : t.text.toLowerCase().replace(/\.$/, ''));
const isLower = (t: Token | undefined): boolean => t !== undefined && /^\p{Ll}/u.test(t.text);
const isCapital = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
/** A unit's number or letter after a noun: "Exit 354", "Room 112", "Apt 3B", "Building C", "Gate A4". */
const DESIGNATOR = /^(?:\d|\p{Lu}\d{0,3}$)/u;
const isDesignator = (t: Token | undefined): boolean => t !== undefined && DESIGNATOR.test(t.text);

/** How the location is written: all capitals ("I-19 SB NEAR AJO WAY") reads nouns after an article as nouns. */
interface Reading {
  readonly tokens: readonly Token[];
  readonly allCaps: boolean;
  /** Connecting words written with capitals ("Near The Ajo Way On-Ramp"): a capital "The" is an article too. */
  readonly titled: boolean;
}

/** Whether `term` may be read at `i` given the case it is written in ("Union Station" and "Lovers Lane" are names). */
function caseAllows(r: Reading, term: PlaceTerm, i: number, n: number, prev: Unit | undefined): boolean {
  const words = r.tokens.slice(i, i + n);
  const first = words[0];
  // a two-letter state code is a state, never "in"/"or" ("Gary, IN"; "Portland, OR")
  if (term.kind === 'link' && words.some((w) => STATE_CODE.test(w.text)) && (!r.allCaps || r.tokens[i - 1]?.text === ',')) return false;
  if (words.every((w) => isLower(w) || !/\p{L}/u.test(w.text))) return true;
  if (term.kind === 'article' && i > 0 && !r.allCaps && !r.titled) return false; // "near The Woodlands": part of the name
  if (term.anyCase === true) return true;
  if (term.capsWithNumber === true && isDesignator(r.tokens[i + n])) return true;
  if (term.kind === 'heading' || term.kind === 'noun') {
    // a capital that only opens the text ("Bridge over the river"), not one that starts a name ("Bridge Street")
    const next = r.tokens[i + n];
    const named = isCapital(next) || (key(next) === 'of' && isCapital(r.tokens[i + n + 1]));
    if (i === 0 && isCapital(first) && words.slice(1).every(isLower) && (term.nameAfter === true || !named)) return true;
    if (r.allCaps && term.kind === 'noun' && prev?.k === 'term' && prev.term.kind === 'article') return true;
  }
  return false;
}

/** The longest term at `i`, with the number of words it takes. */
function termAt(r: Reading, i: number, prev: Unit | undefined): { term: PlaceTerm; n: number } | undefined {
  for (const term of termsStarting(key(r.tokens[i]))) {
    const words = term.en.split(' ');
    const n = words.length;
    let ok = true;
    for (let j = 0; j < n && ok; j++) {
      const t = r.tokens[i + j];
      ok = t !== undefined && t.word && key(t) === words[j] && (j === 0 || t.space);
    }
    if (ok && caseAllows(r, term, i, n, prev)) return { term, n };
  }
  return undefined;
}

const DISTANCE_NEXT = /^(?:(?:north|south)(?:east|west)?|east|west|from|away|past|before|after|outside|beyond)$/;

/** "2 miles", "about 2 miles" at `i`: the Spanish ("a 2 millas", "a unas 2 millas") and the words taken. */
function distanceAt(tokens: readonly Token[], i: number): { text: string; n: number } | undefined {
  const about = ABOUT_WORDS.has(key(tokens[i])) ? 1 : 0;
  const num = tokens[i + about];
  const unit = DISTANCE_UNITS[key(tokens[i + about + 1])];
  if (num === undefined || !/^\d+(?:\.\d+)?$/.test(num.text) || unit === undefined) return undefined;
  // a distance from somewhere ("2 miles north of", "3 blocks from"), not "the 1200 block of"
  if (!DISTANCE_NEXT.test(key(tokens[i + about + 2]))) return undefined;
  const one = num.text === '1';
  const amount = `${num.text} ${one ? unit[0] : unit[1]}`;
  const approx = about === 0 ? '' : one ? 'aproximadamente ' : unit[0] === 'milla' ? 'unas ' : 'unos ';
  return { text: `a ${approx}${amount}`, n: about + 2 };
}

/**
 * The location read into units, or `undefined` when it holds an English word the vocabulary does not know.
 */
function read(r: Reading): Unit[] | undefined {
  const units: Unit[] = [];
  const { tokens } = r;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    if (!t.word) {
      units.push({ k: 'punct', text: t.text, space: t.space });
      i++;
      continue;
    }
    const dist = distanceAt(tokens, i);
    if (dist !== undefined) {
      units.push({ k: 'text', text: dist.text, space: t.space });
      i += dist.n;
      continue;
    }
    const prevUnit = units[units.length - 1];
    // "of" (and "the") inside a name: "Bank of America", "Mall of the Americas"
    const ofName = key(t) === 'of' && isLower(t) && prevUnit?.k === 'name' && isCapital(tokens[i - 1]);
    const nextName = ofName ? (key(tokens[i + 1]) === 'the' && isLower(tokens[i + 1]) ? 2 : 1) : 0;
    if (ofName && isCapital(tokens[i + nextName])) {
      for (let j = 0; j < nextName; j++) units.push({ k: 'name', text: (tokens[i + j] as Token).text, space: (tokens[i + j] as Token).space });
      i += nextName;
      continue;
    }
    const found = termAt(r, i, prevUnit);
    if (found !== undefined) {
      units.push({ k: 'term', term: found.term, space: t.space, word: t.text });
      i += found.n;
      continue;
    }
    // a lower-case word that is neither a term nor Spanish is English: the location is not translated
    if (isLower(t) && !isSpanishWord(t.text)) return undefined;
    units.push({ k: /^\d+$/.test(t.text) ? 'num' : 'name', text: t.text, space: t.space });
    i++;
  }
  return units;
}

/** A name unit that may stand before a noun ("Ajo Way", "I-19", "Walmart"): not a Spanish glue word. */
const isNameUnit = (u: Unit | undefined): boolean => u?.k === 'name' && !/^\p{Ll}/u.test(u.text);
const isTerm = (u: Unit | undefined, kind: PlaceTerm['kind']): boolean => u?.k === 'term' && u.term.kind === kind;

/** The article of a noun: definite unless the English said "a"/"an". */
function articleOf(term: PlaceTerm, definite: boolean): string {
  const pl = term.pl === true;
  if (term.g === 'fa') return definite ? (pl ? 'las' : 'el') : pl ? 'unas' : 'un';
  if (term.g === 'f') return definite ? (pl ? 'las' : 'la') : pl ? 'unas' : 'una';
  return definite ? (pl ? 'los' : 'el') : pl ? 'unos' : 'un';
}

/** Text of units `from`..`to` (inclusive), kept as written. */
function joinUnits(units: readonly Unit[], from: number, to: number): string {
  let out = '';
  for (let j = from; j <= to; j++) {
    const u = units[j] as Unit;
    const text = u.k === 'term' ? u.term.es : u.text;
    out += j === from || !u.space ? text : ` ${text}`;
  }
  return out;
}

/** A noun phrase around the noun at `h`: its Spanish text and the units it takes (`start`..`end`). */
function nounGroup(units: readonly Unit[], h: number, floor: number): { text: string; start: number; end: number } {
  const noun = (units[h] as Extract<Unit, { k: 'term' }>).term;
  let k = h - 1;
  while (k > floor && isTerm(units[k], 'heading')) k--;
  const headings = units.slice(k + 1, h).map((u) => (u.k === 'term' ? u.term.es : ''));
  // the names (and numbers within them: "US 60 bridge") before the noun; a number alone is the noun's ("1200 block")
  const nameEnd = k;
  while (k > floor && (isNameUnit(units[k]) || units[k]?.k === 'num')) {
    k--;
    // "Speedway Blvd and I-10 interchange": both names name it
    const and = units[k];
    const isAnd = and?.k === 'term' && and.term.es === 'y' && k - 1 > floor;
    if (isAnd && noun.pair === true && isNameUnit(units[k - 1])) k--;
    // "the 1200 and 1300 blocks": two numbers of a plural noun
    else if (isAnd && noun.pl === true && units[k + 1]?.k === 'num' && units[k - 1]?.k === 'num') k--;
  }
  const nameStart = k + 1;
  const numbersOnly = nameEnd >= nameStart && units.slice(nameStart, nameEnd + 1).every((u) => u.k === 'num' || (u.k === 'term' && u.term.es === 'y'));
  const numBefore = numbersOnly ? joinUnits(units, nameStart, nameEnd) : undefined;
  let definite = true;
  const art = units[k];
  if (k > floor && art?.k === 'term' && art.term.kind === 'article') {
    definite = art.word.toLowerCase() === 'the';
    k--;
  }
  let end = h;
  const after = units[h + 1];
  const numAfter =
    after !== undefined && (after.k === 'num' || (after.k === 'name' && (/^\d/.test(after.text) || (noun.capsWithNumber === true && DESIGNATOR.test(after.text)))))
      ? after.text
      : undefined;
  if (numAfter !== undefined) end++;
  let name = nameEnd >= nameStart && numBefore === undefined ? joinUnits(units, nameStart, nameEnd) : '';
  if (name === '' && noun.nameAfter === true) {
    let e = end + 1;
    while (isNameUnit(units[e])) e++;
    if (e > end + 1) name = joinUnits(units, end + 1, e - 1);
    end = e - 1;
  }
  if (noun.joiner === 'con') name = BORDER_NAMES[name] ?? name;
  const number = numAfter ?? numBefore;
  const parts = [articleOf(noun, definite), noun.es, number, ...headings, name === '' ? undefined : noun.joiner === '' ? name : `${noun.joiner ?? 'de'} ${name}`];
  return { text: parts.filter((p) => p !== undefined).join(' '), start: k + 1, end };
}

/** A piece that ends with a numbered road ("I-710", "US 60", "PR-52"). */
const ROAD_CODE_END = /\b(?:I|US|SR|SH|PR|FM|CR|Interstate)[- ]?\d+$/;

/** A connecting word, heading or article where it stands. */
function termText(units: readonly Unit[], i: number, last: string): string {
  const u = units[i] as Extract<Unit, { k: 'term' }>;
  const { term } = u;
  const w = u.word.toLowerCase();
  // "heading north on I-19" -> "hacia el norte por la I-19"; "2 miles from Tucson" -> "a 2 millas de Tucson"
  if (w === 'on' && /\b(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste)$/.test(last)) return 'por';
  if (w === 'from' && /(?:millas?|kilómetros?)$/.test(last)) return 'de';
  // a cross street on a road: "I-710 southbound at Firestone Blvd" -> "… a la altura de Firestone Blvd"
  if (w === 'at' && isNameUnit(units[i + 1]) && (ROAD_CODE_END.test(last) || /\bdirección \p{L}+$/u.test(last))) return 'a la altura de';
  if (term.kind === 'article') return w === 'the' ? 'el' : 'un';
  return term.es;
}

/** The units written in Spanish. */
function render(units: readonly Unit[]): string {
  const pieces: { text: string; space: boolean }[] = [];
  let floor = -1;
  for (let i = 0; i < units.length; i++) {
    // a noun ahead takes the names, headings and article before it: find the next noun's group first
    const u = units[i] as Unit;
    let h = i;
    while (h < units.length && !isTerm(units[h], 'noun')) {
      const x = units[h];
      if (x?.k === 'punct' || x?.k === 'text' || (x?.k === 'term' && (x.term.kind === 'drop' || (x.term.kind === 'link' && x.term.es !== 'y')))) break;
      h++;
    }
    if (isTerm(units[h], 'noun')) {
      const g = nounGroup(units, h, floor);
      if (g.start <= i) {
        pieces.push({ text: g.text, space: (units[g.start] as Unit).space });
        i = g.end;
        floor = g.end;
        continue;
      }
    }
    // "southbound I-19" -> "I-19 en dirección sur"
    if (isTerm(u, 'heading') && isNameUnit(units[i + 1])) {
      let e = i + 1;
      while (isNameUnit(units[e + 1]) || (units[e + 1]?.k === 'num' && isNameUnit(units[e]))) e++;
      pieces.push({ text: `${joinUnits(units, i + 1, e)} ${u.k === 'term' ? u.term.es : ''}`, space: u.space });
      i = e;
      floor = e;
      continue;
    }
    const last = pieces[pieces.length - 1]?.text ?? '';
    const text = u.k === 'term' ? termText(units, i, last) : u.text;
    if (text !== '') pieces.push({ text, space: u.space });
    if (u.k === 'term' || u.k === 'punct') floor = i;
  }
  return pieces.map((p, j) => (j > 0 && p.space ? ` ${p.text}` : p.text)).join('');
}

/** Spanish spelling at the joins: "de el" -> "del", "y Irving" -> "e Irving", "de I-19" -> "de la I-19". */
function polish(text: string): string {
  return text
    .replace(/\b(de|a) el\b/g, (_m, p: string) => (p === 'de' ? 'del' : 'al'))
    .replace(/\b(de|por|en|a|hacia|desde|entre) (?=(?:I|US|SR|SH|PR|FM|CR|Interstate)[- ]?\d)/g, '$1 la ')
    .replace(/ y (?=(?:[Ii]|[Hh]i)[^\s\p{P}aeiouáéíóú])/gu, ' e ')
    .replace(/ o (?=[Oo]|[Hh]o)/g, ' u ')
    .replace(/\s{2,}/g, ' ')
    .replace(/ ([,;:)])/g, '$1')
    .trim();
}

/**
 * A role's possessive before a place noun written as "of" after it, the order Spanish needs ("the officer's home"
 * -> "the home of the officer" -> "la casa del agente", not "del agente la casa": re-attack 20 F3).
 */
function ofForm(text: string): string {
  if (!/['’]s /u.test(text)) return text;
  return text.replace(/\b(the|The|an?|An?) ((?:\p{Ll}+ )?\p{Ll}+)['’]s (\p{Ll}+)(?![\p{L}\p{N}'’-])/gu, (m: string, art: string, role: string, noun: string) => {
    const possessive = `${art.toLowerCase()} ${role}'s`;
    if (phrasesToSpanish(possessive) === possessive || !termsStarting(noun).some((t) => t.kind === 'noun' && t.en === noun)) return m;
    return `${art.startsWith('T') || art.startsWith('A') ? 'The' : 'the'} ${noun} of ${art.toLowerCase()} ${role}`;
  });
}

/** Connecting words that, written with a capital inside a location, show it is written in title case. */
const TITLED_LINKS: ReadonlySet<string> = new Set(['near', 'at', 'on', 'of', 'and', 'behind', 'between', 'in', 'off']);

/**
 * A location in Spanish: connecting words and road and place nouns translated as whole words, names kept as
 * written ("I-19 southbound lanes near the Ajo Way on-ramp" gives "los carriles en dirección sur de la I-19 cerca de
 * la rampa de entrada de Ajo Way"). Lower case marks an ordinary word; a capital, a digit or a hyphen-joined code
 * marks a name ("Union Station", "I-19"), except the connecting words and the nouns that are never names
 * ("Exit 354", "on-ramp"). Returns `undefined` when a lower-case word is neither in the vocabulary nor Spanish:
 * a half-translated place is never written.
 *
 * @param location - The English location (after redaction).
 * @returns The Spanish location, or `undefined`.
 * @example
 * locationEs('PR-52 near Cayey'); //=> 'PR-52 cerca de Cayey'
 * locationEs('the 1200 block of Main St'); //=> 'la cuadra 1200 de Main St'
 * locationEs('near the drive-thru on Main St'); //=> undefined
 */
export function locationEs(location: string): string | undefined {
  const text = phrasesToSpanish(ofForm(location.replace(/\s+/g, ' ').trim()));
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  const allCaps = !/\p{Ll}/u.test(text) && /\p{Lu}{2}/u.test(text) && tokens.length > 2;
  const titled = tokens.some((t, i) => i > 0 && isCapital(t) && TITLED_LINKS.has(key(t)));
  const units = read({ tokens, allCaps, titled });
  if (units === undefined) return undefined;
  const out = polish(render(units));
  return out === '' ? undefined : out;
}
