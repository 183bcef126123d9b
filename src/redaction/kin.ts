/**
 * The officer's family and home in free text. The guidance (chapter 7) gives the officer's family the same
 * consideration as the officer: when a missing officer's name is released, relatives who share the surname are
 * still not named ("his wife Grace Okafor" -> "his wife [name withheld]", red team 15), and for every event a street
 * address given as the officer's or the family's home is withheld ("their home at 12 Elm St" -> "their home at
 * [withheld]"). Both are word scans, linear in the text.
 */
import { KIN_WORDS, isKinWord, words, type Word } from './kin-words.js';
import { foldTerm } from './fold.js';
import { givenNameForms } from './nicknames.js';
import { roleOfTitle } from './titles.js';
import { digitLetterReadings } from './readings.js';
import { addressKey, appositionAt, AT_ADDRESS, charAfter, charBefore, numberWordAt, ownerPart, sentenceStop, unitEnd, unitPart } from './home-apposition.js';


/** Words for a home, English and Spanish (folded). */
const HOME: ReadonlySet<string> = new Set(
  ('home house place residence apartment apt condo condominium townhouse townhome duplex triplex trailer bungalow cottage ' +
    'ranch farm cabin domicilio casa hogar residencia vivienda departamento apartamento piso ' +
    'farmhouse homestead rowhouse mansion chalet finca rancho granja cabana driveway porch doorstep garage').split(' '),
);
/** Words that may stand between "his"/"her" and a home word ("his mobile home", "her new apartment"). */
const HOME_MODIFIER: ReadonlySet<string> = new Set(['mobile', 'new', 'old', 'own', 'rented', 'childhood', 'family', 'parents', "parents'", 'second', 'vacation', 'nueva', 'propia']);
/** Words before an address that say someone lives there ("who lives at", "vive en"), or that it is an address ("home address:"). */
const LIVES: ReadonlySet<string> = new Set(['lives', 'lived', 'living', 'resides', 'resided', 'residing', 'vive', 'vivia', 'reside', 'address', 'direccion']);
/** Words that start an address without a house number: Spanish street words, a block, a box. */
const ADDRESS_START: ReadonlySet<string> = new Set(['calle', 'avenida', 'av', 'ave', 'carretera', 'camino', 'paseo', 'urb', 'urbanizacion', 'barrio', 'the', 'po', 'p.o', 'box']);

/** Words before a home that make it the officer's or the family's (not "the suspect's home"). */
const WHOSE: ReadonlySet<string> = new Set(['their', 'his', 'her', 'family', "family's", 'family’s', 'su', 'sus', 'left', 'from', 'familiar', 'familia']);
/** Whose home it is for certain: the officer's or a relative's ("the officer's home", "his wife's house"). */
const OFFICERS = /^(?:officer|deputy|trooper|agent|sergeant|detective|wife|husband|mother|father|parents|son|daughter|brother|sister|family)['’]s?$/u;

/** Prepositions between a home and its address. */
const AT: ReadonlySet<string> = new Set(['at', 'on', 'in', 'en', 'near', 'located', 'of', 'de', 'is', 'was', 'la', 'el', 'del', 'esta', 'estaba', 'queda', 'ubicada', 'ubicado', 'situada', 'to', 'which', 'que']);


/** What the relatives scan needs to know about the officer. */
export interface KinContext {
  readonly surname: string;
  /** The officer's given names and their other forms (folded): "Daniel Okafor" and "Danny Okafor" are the officer. */
  readonly given: ReadonlySet<string>;
  /** Suspects' names and aliases (folded): a suspect who shares the surname stays named. */
  readonly keep: readonly string[];
  /**
   * Only a double surname ("Grace Adeyemi-Okafor", "Grace Okafor-Smith"): for an event whose officer name is not
   * released, where the matcher withholds the surname itself (red team 19 L10).
   */
  readonly doubleOnly?: boolean;
}

/**
 * The relatives scan's view of an officer's name, or `undefined` for a name of one word (no surname to share).
 *
 * @example
 * kinContext('Daniel Okafor', [])?.surname; //=> 'okafor'
 */
export function kinContext(officerName: string, suspects: readonly string[]): KinContext | undefined {
  const parts = foldTerm(officerName).split(/\s+/).filter((x) => x !== '');
  const surname = parts.at(-1);
  if (parts.length < 2 || surname === undefined || surname.length < 2) return undefined;
  const given = new Set<string>();
  for (const g of parts.slice(0, -1)) {
    given.add(g);
    for (const f of givenNameForms(g)) given.add(foldTerm(f));
  }
  return { surname, given, keep: suspects.map(foldTerm) };
}

/** Whether `w` is an officer's given name, one of its forms, or its initial ("D."). */
function isOfficerGiven(w: Word, k: KinContext): boolean {
  const f = w.folded.replace(/\.$/, '');
  return k.given.has(f) || (f.length === 1 && [...k.given].some((g) => g.startsWith(f)));
}

/** Honorifics before a relative's name ("Mrs. Grace Okafor", "la señora Grace Okafor"): never the officer's. */
const HONORIFIC: ReadonlySet<string> = new Set(['mrs', 'mr', 'ms', 'miss', 'sra', 'sr', 'srta', 'senora', 'senor', 'senorita', 'dona', 'don']);

/** Capitalised words that open a sentence and are no given name ("Yesterday Okafor was seen", "Help Okafor's family"). */
const STARTERS: ReadonlySet<string> = new Set(
  ('the a an yesterday today tonight then when after before while during since around about near this that these those ' +
    'police witnesses deputies troopers last on in at if call help find search missing have has was is please contact ' +
    'his her their our my your its el la los las ayer hoy anoche cuando despues antes si llame ayude busque su sus ' +
    'also and but or so our update cancel blue alert new').split(' '),
);

/** Whether `w` is the surname: as written, possessive, with digits for letters ("0kaf0r"), or the last part of a double surname ("Adeyemi-Okafor"). */
function isSurname(w: Word, k: KinContext): boolean {
  const f = w.folded.replace(/['’]s$/u, '');
  return f === k.surname || f.endsWith(`-${k.surname}`) || f.startsWith(`${k.surname}-`) || (/\d/.test(f) && digitLetterReadings(f).includes(k.surname));
}

/** Whether `w` may be a relative's given name or initial before the surname. */
function givenLike(w: Word, lower: boolean): boolean {
  // (in capitals a word for a relative or a sentence word is no name: "HIS WIFE GRACE OKAFOR", red team 17 L10)
  if (lower) return /^\p{Ll}/u.test(w.text) && !STARTERS.has(w.folded) && !KIN_WORDS.has(w.folded);
  return /^\p{Lu}/u.test(w.text) && ((w.text.length === 1 && /^\p{Lu}$/u.test(w.text)) || (!STARTERS.has(w.folded) && !KIN_WORDS.has(w.folded)));
}

/**
 * Where the name before the surname at `i` starts: up to three given names or initials, and one more joined by "and"
 * or "y" ("Grace and Michael Okafor"); `i` when there is none.
 */
function runStart(text: string, ws: readonly Word[], i: number, lower: boolean): number {
  let j = i;
  // one space between, or an initial's full stop ("G. Okafor", "Michael A. Okafor")
  const joined = (a: number, b: number): boolean => {
    const gap = text.slice(ws[a]?.end ?? 0, ws[b]?.start ?? 0);
    return gap === ' ' || (gap === '. ' && (ws[a]?.text.length ?? 0) === 1);
  };
  while (j > 0 && i - j < 3 && givenLike(ws[j - 1] as Word, lower) && joined(j - 1, j)) j--;
  // "Grace and Michael Okafor", "Miguel y Ana Okafor"
  if (j < i && j >= 2 && (ws[j - 1]?.folded === 'and' || ws[j - 1]?.folded === 'y') && givenLike(ws[j - 2] as Word, lower)) j -= 2;
  return j;
}

/**
 * `text` with the names of the officer's relatives withheld, for a missing officer whose name is released: another
 * person's name ending in the officer's surname (as written, possessive, with digits for letters, or as the end of a
 * double surname) is "[name withheld]" when it is not the officer's (a given name, nickname or initial of the
 * officer's) and not a suspect's, and it is a relative's: a word for a relative within three words, an honorific
 * before it ("Mrs. Grace Okafor"), or a capitalised given name that is no sentence word ("Grace Okafor reported
 * it."; "Yesterday Okafor was seen" is the officer). Lower case counts only right after a word for a relative
 * ("his wife grace okafor"). Red teams 15 and 16.
 *
 * @example
 * withholdRelatives('His wife Grace Okafor called.', kinContext('Daniel Okafor', [])!); //=> 'His wife [name withheld] called.'
 */
export function withholdRelatives(text: string, k: KinContext): string {
  const folded = foldTerm(text);
  if (!folded.includes(k.surname) && !/\d/.test(folded)) return text;
  const ws = words(text);
  let out = '';
  let at = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (w.start < at || !isSurname(w, k)) continue;
    const lower = !/^\p{Lu}/u.test(w.text);
    let j = runStart(text, ws, i, lower);
    // not back into a name withheld already: "Carlos Vega and Lucia Vega" keeps its "and" (re-attack 22 F18)
    while (j < i && ((ws[j] as Word).start < at || ((ws[j] as Word).folded === 'and' || (ws[j] as Word).folded === 'y'))) j++;
    const run = ws.slice(j, i).filter((x) => x.folded !== 'and' && x.folded !== 'y');
    const honorific = j > 0 && HONORIFIC.has((ws[j - 1] as Word).folded.replace(/\.$/, ''));
    // "Mr. and Mrs. Okafor", "los señores … y señora": two people, at least one not the officer
    const pair = j === i && honorific && j >= 3 && ['and', 'y'].includes(ws[j - 2]?.folded ?? '') && HONORIFIC.has((ws[j - 3] as Word).folded.replace(/\.$/, ''));
    if (pair) {
      out += `${text.slice(at, (ws[j - 3] as Word).start)}[name withheld]`;
      at = w.end;
      continue;
    }
    const kinNear = ws.slice(Math.max(0, j - 3), j).some((x) => KIN_WORDS.has(x.folded)) || ws.slice(i + 1, i + 4).some((x) => KIN_WORDS.has(x.folded));
    const double = w.folded.replace(/['’]s$/u, '') !== k.surname && w.folded.includes('-');
    // (there a word holding the surname before it is no given name: "McOkafor Okafor-Smithe" are other words)
    if (k.doubleOnly === true && (!double || ws.slice(Math.max(0, i - 3), i).some((x) => x.folded.includes(k.surname)))) continue;
    if (run.length === 0 && !(double && kinNear)) continue;
    if (run.some((x) => isOfficerGiven(x, k)) || (run[0] !== undefined && roleOfTitle(run[0].folded) !== undefined)) continue;
    // (in capitals any word looks like a given name: "POLICE FOUND OKAFOR" is the officer; a relative needs a word for one)
    const capitals = !/\p{Ll}/u.test(text.slice((ws[j] as Word).start, w.end));
    const given = run[0] !== undefined && !STARTERS.has(run[0].folded) && !lower && !capitals;
    if (!(kinNear || honorific || given) || (lower && !kinNear)) continue;
    const from = honorific ? (ws[j - 1] as Word).start : run.length > 0 ? (ws[j] as Word).start : w.start;
    const whole = foldTerm(text.slice(from, w.end));
    if (k.keep.some((s) => s === whole || s.includes(foldTerm(text.slice((ws[j] as Word).start, w.end))))) continue;
    out += `${text.slice(at, from)}[name withheld]`;
    at = w.end;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** Whether the word at `at` opens a new sentence after an abbreviation's full stop (a capital, not "Apt."/"Unit"). */
function sentenceNext(text: string, at: number): boolean {
  const head = text.slice(at, at + 5).toLowerCase();
  return /\p{Lu}/u.test(text[at] ?? '') && !['apt', 'unit', 'ste', 'suite', 'no', 'lot'].some((x) => head.startsWith(x));
}

/** Street words that end an address ("12 Elm St", "7 Oak Avenue"). */
const STREET_END: ReadonlySet<string> = new Set(['st', 'street', 'ave', 'avenue', 'rd', 'road', 'dr', 'drive', 'blvd', 'boulevard', 'ln', 'lane', 'way', 'ct', 'court', 'pl', 'place', 'cir', 'circle', 'hwy', 'highway', 'pkwy', 'parkway', 'ter', 'terrace', 'trl', 'trail']);

/** Street words written short with a full stop that does not end the address ("12 Elm St. Apt. 4"). */
const ABBREVIATED: ReadonlySet<string> = new Set(['st', 'ave', 'rd', 'dr', 'blvd', 'ln', 'apt', 'no', 'ct', 'pl', 'hwy', 'n', 's', 'e', 'w']);

/** The word (folded to lower case) that ends at `end`, not reaching before `from`. */
function lastWord(text: string, from: number, end: number): string {
  let i = end;
  while (i > from && /[\p{L}]/u.test(text[i - 1] as string)) i--;
  return text.slice(i, end).toLowerCase();
}

/** Where an address that starts at `from` ends: the end of its clause (comma, semicolon, full stop, " and "), at most 80 characters. */
function addressEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + 80);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === ',' || c === ';' || c === '\n' || c === '(' || c === ')') return i;
    // a full stop ends it, unless it abbreviates a street word and the text goes on ("12 Elm St. Apt. 4")
    // (a compass letter right after the house number never ends it: "1234 N. Maple Dr", red team 19 L3e)
    if (c === '.' && !compassAfterNumber(text, from, i) && (i + 1 >= text.length || (/\s/u.test(text[i + 1] ?? '') && (!ABBREVIATED.has(lastWord(text, from, i)) || sentenceNext(text, i + 2))))) return i;
    if (text.startsWith(' and ', i) || text.startsWith(' y ', i) || text.startsWith(' where ', i) || text.startsWith(' when ', i)) return i;
    // a street word then a lower-case word: the sentence goes on ("7 Oak Ave were searched")
    if (c === ' ' && /\p{Ll}/u.test(text[i + 1] ?? '') && STREET_END.has(lastWord(text, from, i).toLowerCase())) return i;
  }
  return limit;
}

/** Whether the address from `from` is a house number and a compass letter ending at `dot` ("1234 N" before "."). */
function compassAfterNumber(text: string, from: number, dot: number): boolean {
  return 'NSEW'.includes(text[dot - 1] ?? '_') && text[dot - 2] === ' ' && /\d/u.test(text[dot - 3] ?? '') && !/\s/u.test(text.slice(from, dot - 2));
}

/** Words after a number that make it an amount, not a house number. */
const NOT_ADDRESS: ReadonlySet<string> = new Set(
  'years year months days hours minutes miles mile blocks feet ft km people officers shots rounds times am pm anos meses dias horas minutos millas veces'.split(' '),
);

/** Whether the address that starts at word `n` begins with a house number, a street word or "the 1200 block". */
function addressAt(ws: readonly Word[], n: number): boolean {
  const a = ws[n];
  if (a === undefined) return false;
  // a house number, not an amount ("their home was 12 years old")
  if (/^\d/.test(a.text)) return !NOT_ADDRESS.has(ws[n + 1]?.folded ?? '');
  if (a.folded === 'the') return /^\d/.test(ws[n + 1]?.text ?? '') && ws[n + 2]?.folded === 'block';
  // a label before the house number: "No. 1234 Maple Dr", "Number 12" (red team 18 M1)
  // (and a lot or space in a park: "Lot 12, Maple Mobile Home Park", red team 19 L3f)
  if (['no', 'nr', 'num', 'number', 'numero', 'n', 'lot', 'space', 'spc', 'lote'].includes(a.folded.replace(/\.$/u, ''))) return /^\d/.test(ws[n + 1]?.text ?? '');
  return ADDRESS_START.has(a.folded) && /^\p{Lu}/u.test(a.text);
}

/** Where the address after the signal word at `i` starts (past "at", "located at", ":"), or -1. */
function addressAfter(text: string, ws: readonly Word[], i: number): number {
  let n = i + 1;
  while (n < i + 4 && AT.has(ws[n]?.folded ?? '')) n++;
  const gap = text.slice((ws[n - 1] as Word).end, ws[n]?.start ?? text.length);
  return gap.length <= 3 && addressAt(ws, n) ? n : -1;
}

/**
 * Whether the sentence before `at` (200 characters at most: linear) is about a suspect: "suspect" or a suspect's
 * name, not only as the agent ("ambushed by Marcus Hale outside his home") and with no officer named after it
 * ("Hale followed the officer to his home": red team 18 M1).
 *
 * @example
 * aboutSuspect('The suspect fled to his home', 27, []); //=> true
 */
export function aboutSuspect(text: string, at: number, suspects: readonly string[]): boolean {
  const window = text.slice(Math.max(0, at - 200), at);
  const sentence = foldTerm(window.slice(Math.max(sentenceStop(window), window.lastIndexOf('\n'), 0)));
  const ws = words(sentence);
  for (let j = ws.length - 1; j >= 0; j--) {
    const f = (ws[j] as Word).folded.replace(/['’]s?$/u, '');
    if (OFFICER_NOUN.test(f) || f === 'withheld]') return false;
    const suspect = /^(?:suspects?|sospechos[oa]s?|gunman|shooter)$/u.test(f) || suspects.some((n) => n.length >= 3 && n.split(/\s+/u).includes(f));
    if (suspect && !byAgent(ws, j)) return true;
  }
  return false;
}

/** Whether the suspect at word `j` follows "by"/"por" ("by Marcus Hale", "by the suspect"). */
function byAgent(ws: readonly Word[], j: number): boolean {
  for (let i = j - 1; i >= 0 && i >= j - 3; i--) {
    const f = (ws[i] as Word).folded;
    if (f === 'by' || f === 'por') return true;
    if (!/^\p{L}+$/u.test(f)) return false;
  }
  return false;
}

/**
 * `text` with a street address given as the officer's or the family's home withheld ("reported him missing from
 * their home at 12 Elm St." -> "… from their home at [withheld]."): a home word (home, house, residence, casa,
 * domicilio, ranch…) after "their", "his", "her", "family", "su", "left" or a relative's or the officer's possessive
 * ("the officer's home", "his wife's house"), or "lives at", "vive en", "home address:"; then an address that starts
 * with a house number, a Spanish street word ("Calle Luna 45") or "the 1200 block". A home in a sentence about a
 * suspect (the word, or a suspect's name) keeps its address, unless it is the officer's or a relative's; so does a
 * home named by its street only ("his home on Elm Street"). In a location field (`location`), a home of the
 * officer's anywhere withholds every part that starts with a house number ("12 Elm St, Denver (his home)").
 * The address may also come first, with the home after it as an apposition or a predicate ("at 1234 Maple Dr, his
 * residence", "1234 Maple Dr, Aurora, the officer's home", "en 1234 Maple Dr, su casa": re-attack 20 F2; the town
 * stays), and an address in `homes` (`homeAddressKeys` of the request's prose) is withheld wherever it stands.
 *
 * @example
 * withholdHome('He was last seen leaving their home at 12 Elm St, Denver.'); //=> 'He was last seen leaving their home at [withheld], Denver.'
 */
export function withholdHome(text: string, suspects: readonly string[] = [], location = false, homes: readonly string[] = []): string {
  return homeScan(text, suspects, location, homes).text;
}

/**
 * The home addresses `text` withholds, as keys (the house number and the street's first word, folded): the same
 * address is then withheld wherever it stands again in the request, a location field too ("1234 Maple Dr, Aurora"
 * after "last seen leaving 1234 Maple Dr, his home": re-attack 20 F2).
 *
 * @example
 * homeAddressKeys('He was last seen leaving 1234 Maple Dr, his home.', []); //=> ['1234 maple']
 */
export function homeAddressKeys(text: string, suspects: readonly string[]): string[] {
  return homeScan(text, suspects, false).keys;
}

/**
 * Whether `text` puts the incident at an address it then calls the officer's home ("shot at 1234 Maple Dr, his
 * residence", "baleado en 1234 Maple Dr, su casa": re-attack 20 F2): an address in a location field is that home.
 *
 * @example
 * atHomeAddress('Officer Okafor was shot at 1234 Maple Dr, his residence.', []); //=> true
 * atHomeAddress('The suspect fled to 1234 Maple Dr, his residence.', []); //=> false
 */
export function atHomeAddress(text: string, suspects: readonly string[]): boolean {
  return homeScan(text, suspects, false).atHome;
}

/** `withholdHome`, and whether an address the incident happened at was withheld as the home after it. */
function homeScan(text: string, suspects: readonly string[], location: boolean, homes: readonly string[] = []): { text: string; atHome: boolean; keys: string[] } {
  const keys: string[] = [];
  if (!/\d|calle|avenida|carretera|camino|paseo/iu.test(text) && !/\b(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Uno|Dos|Tres|Cuatro|Cinco|Seis|Siete|Ocho|Nueve|Diez) \p{Lu}/u.test(text)) return { text, atHome: false, keys };
  const ws = words(text);
  let out = '';
  let at = 0;
  let homeHere = false;
  let atHome = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (w.start < at) continue;
    // a home address the request gives elsewhere, where it stands again
    const key = homes.length > 0 ? addressKey(ws, i) : undefined;
    if (key !== undefined && homes.includes(key)) {
      out += `${text.slice(at, w.start)}[withheld]`;
      at = addressEnd(text, w.start);
      at = unitEnd(text, ws, at, Math.min(text.length, at + 40));
      while (at > w.start && text[at - 1] === ' ') at--;
      continue;
    }
    const of = HOME.has(w.folded) ? ofOfficerEnd(ws, i) : -1;
    const kinOf = of < 0 && HOME.has(w.folded) ? ofKinEnd(ws, i) : -1;
    const owner = of >= 0 ? 'officer' : kinOf >= 0 ? 'someone' : homeOwner(text, ws, i, location);
    const lives = LIVES.has(w.folded);
    const lived = whereLived(ws, i);
    const where = lived === 'officer' || (lived === 'someone' && !aboutSuspect(text, w.start, suspects));
    if (owner === undefined && !lives && !where) continue;
    homeHere ||= owner !== undefined || where;
    const n = where ? -1 : addressAfter(text, ws, of >= 0 ? of - 1 : kinOf >= 0 ? kinOf - 1 : i);
    if (n < 0) {
      // the address before the home word: "1234 Maple Dr, the officer's home", "Calle Luna 45 es la casa del agente",
      // and as an apposition: "1234 Maple Dr, his residence", "1234 Maple Dr (the family home)" (re-attack 20 F2)
      const p = owner === 'officer' || where || owner === 'someone' ? phraseStart(text, ws, i, where) : -1;
      if (owner === 'someone' && !where && (!appositionAt(text, ws, p) || aboutSuspect(text, w.start, suspects))) continue;
      const b = p > 0 ? addressBefore(text, ws, p) : -1;
      if (b < 0 || (ws[b] as Word).start < at) continue;
      const start = (ws[b] as Word).start;
      out += `${text.slice(at, start)}[withheld]`;
      // (the town after the street stays, as after the home word: "[withheld], Aurora, the officer's home")
      at = unitEnd(text, ws, Math.min(addressEnd(text, start), (ws[p] as Word).start), (ws[p] as Word).start);
      while (at > start && text[at - 1] === ' ') at--;
      atHome ||= AT_ADDRESS.has(ws[b - 1]?.folded ?? '');
      keys.push(addressKey(ws, b) ?? '');
      continue;
    }
    if (owner !== 'officer' && aboutSuspect(text, w.start, suspects)) continue;
    const address = ws[n] as Word;
    keys.push(addressKey(ws, n) ?? '');
    out += `${text.slice(at, address.start)}[withheld]`;
    at = addressEnd(text, address.start);
  }
  const done = at === 0 ? text : out + text.slice(at);
  return { text: location && homeHere && at === 0 ? homeParts(done) : done, atHome, keys: keys.filter((k) => k !== '') };
}

/** Words for the officer after a home word ("home of the officer", "la casa del agente"). */
const OFFICER_NOUN = /^(?:officer|deputy|trooper|agent|agente|oficial|policia|sergeant|detective|withheld|omitido)$/u;

/** After the home word at `i`, the index past "of the officer" / "del agente" / "of victim officer", or -1. */
function ofOfficerEnd(ws: readonly Word[], i: number): number {
  let j = i + 1;
  while (j < i + 5 && ['of', 'the', 'del', 'de', 'la', 'el', 'our', 'victim', 'fallen', 'slain', 'injured', 'wounded', 'missing'].includes(ws[j]?.folded ?? '')) j++;
  return j > i + 1 && OFFICER_NOUN.test(ws[j]?.folded ?? '') ? j + 1 : -1;
}

/** After the home word at `i`, the index past "of his parents" / "de sus padres" (red team 19 L3b), or -1. */
function ofKinEnd(ws: readonly Word[], i: number): number {
  // (and "home to his family", "la casa de su familia", "el hogar de la familia": re-attack 22 F5)
  if (!['of', 'de', 'to'].includes(ws[i + 1]?.folded ?? '')) return -1;
  const j = ['his', 'her', 'their', 'su', 'sus', 'the', 'la'].includes(ws[i + 2]?.folded ?? '') ? i + 3 : -1;
  const kin = ws[j]?.folded ?? '';
  if (['family', 'familia'].includes(kin)) return j + 1;
  return j > 0 && ws[i + 2]?.folded !== 'the' && ws[i + 2]?.folded !== 'la' && isKinWord(kin) ? j + 1 : -1;
}

/**
 * Whether word `i` opens "where the officer lived" / "donde vivía el agente" ('officer'), or "where he lives" /
 * "donde vive" ('someone': a suspect's sentence keeps it; red team 19 L3i).
 */
function whereLived(ws: readonly Word[], i: number): 'officer' | 'someone' | undefined {
  const f = (ws[i] as Word).folded;
  if (f !== 'where' && f !== 'donde') return undefined;
  const next = ws.slice(i + 1, i + 5).map((w) => w.folded);
  if (!next.some((x) => LIVES.has(x) || x === 'live' || x === 'vivia')) return undefined;
  if (next.some((x) => OFFICER_NOUN.test(x.replace(/['’]s?$/u, '')))) return 'officer';
  if (/^(?:he|she|they|el|ella|ellos|lives|vive|vivia)$/u.test(next[0] ?? '')) return 'someone';
  // "where his family lives", "where his wife lives", "donde vive su familia" (re-attack 22 F5)
  return next.slice(0, 3).some((x) => /^(?:his|her|their|su|sus)$/u.test(x)) && next.slice(0, 4).some((x) => x === 'family' || x === 'familia' || isKinWord(x)) ? 'someone' : undefined;
}

/** The first word of the phrase that names the home at `i` ("the officer's home", "es la casa", "where …"). */
function phraseStart(text: string, ws: readonly Word[], i: number, where: boolean): number {
  if (where) return i;
  let p = i;
  // "his residence", "the family home", "his new house" (re-attack 20 F2); "the officer's family residence", "the
  // Okafor family home", "Danny's home", "[name withheld]'s home", "his late father's house" (re-attack 22 F4)
  while (p > 0 && p > i - 6) {
    const f = (ws[p - 1] as Word).folded;
    if (f === 'from' || !(HOME_MODIFIER.has(f) || WHOSE.has(f) || OFFICERS.test(f) || ownerPart(text, ws, p - 1))) break;
    p--;
  }
  while (p > 0 && p > i - 9 && ['the', 'la', 'el', 'los', 'es', 'is', 'was', 'era', 'a', 'su', 'which', 'that', 'it', 'que'].includes((ws[p - 1] as Word).folded)) p--;
  return p;
}

/** Where an address that ends right before word `p` starts (a house number or a Spanish street word), or -1. */
function addressBefore(text: string, ws: readonly Word[], p: number): number {
  // (a street word's full stop before the comma: "55 N Elm St., his home")
  if (/[.!?\n]/u.test(text.slice((ws[p - 1] as Word).end, (ws[p] as Word).start).replace(/^\.(?=,| ?\()/u, ''))) return -1;
  let found = -1;
  let towns = 0;
  for (let j = p - 1; j >= 0 && j >= p - 9; j--) {
    const w = ws[j] as Word;
    const gap = text.slice(w.end, (ws[j + 1] as Word).start).replace(/^\.(?=[ ,])/u, '');
    // a town (and a state) between the street and the home: "1234 Maple Dr, Aurora, the officer's home" (re-attack 20 F9)
    // (and a flat or a ZIP code after the street: "1234 Maple Dr., Apt. 5, his residence", re-attack 22 F6)
    if (j < p - 1 && /^[,;] ?#?$/u.test(gap) && unitPart(text, ws, j + 1)) found = -1;
    else if (j < p - 1 && gap === ', ' && found < 0 && towns < 2 && /^\p{Lu}/u.test((ws[j + 1] as Word).text)) towns++;
    else if (j < p - 1 && /[.!?,;\n]/u.test(gap)) break;
    if (addressAt(ws, j) || numberWordAt(ws, j)) found = j;
    // "the 1200 block of Pine Ave", "1234 Maple Dr in Aurora" (re-attack 22 F20, F5)
    else if (['of', 'de'].includes(w.folded) && ws[j - 1]?.folded === 'block') continue;
    else if (['in', 'en'].includes(w.folded) && found < 0 && towns < 2 && /^\p{Lu}/u.test(ws[j + 1]?.text ?? '')) towns++;
    else if (!/^[\p{Lu}\d]/u.test(w.text) && !STREET_END.has(w.folded) && w.folded !== 'block') break;
  }
  return found;
}

/** Whether a withheld name stands right before `at` ("[withheld] home", "[name withheld]'s house": red team 17 L8). */
function withheldBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 14), at).trimEnd().replace(/['’]s?$/u, '');
  return before.endsWith('withheld]') || before.endsWith('omitido]');
}

/**
 * Whose home the word at `i` is, when it is a home word someone lives in: 'officer' for certain (the officer's or a
 * relative's possessive, a withheld name before it: "the officer's home", "[withheld] home"), 'someone' for "his",
 * "their", "family", "su" (a suspect's sentence keeps it), a label ("Residence: 4410 W 32nd Ave", "Home - 12 Elm St")
 * or, in a location field, a home word standing alone ("12 Elm St, Denver (residence)"); `undefined` otherwise.
 */
function homeOwner(text: string, ws: readonly Word[], i: number, location: boolean): 'officer' | 'someone' | undefined {
  if (!HOME.has((ws[i] as Word).folded)) return undefined;
  // "the home he shared with his wife", "la casa donde vivía" is someone's, read from the sentence (re-attack 20 F2)
  if (['the', 'la', 'el'].includes(ws[i - 1]?.folded ?? '') && /^(?:he|she|they|el|ella|where|donde)$/u.test(ws[i + 1]?.folded ?? '') && text.slice((ws[i] as Word).end, ws[i + 1]?.start) === ' ') return 'someone';
  const here = ownerAt(text, ws, i, i, location);
  // "his mobile home", "her new apartment": the word before the modifier says whose
  return here === undefined && HOME_MODIFIER.has(ws[i - 1]?.folded ?? '') && charBefore(text, (ws[i] as Word).start) !== ',' ? ownerAt(text, ws, i, i - 1, location) : here;
}

/** `homeOwner` for the home word at `i`, read before word `k` (`i`, or a modifier before it). */
function ownerAt(text: string, ws: readonly Word[], i: number, k: number, location: boolean): 'officer' | 'someone' | undefined {
  const w = ws[i] as Word;
  const prev = ws[k - 1]?.folded ?? '';
  const gap = ws[k - 1] === undefined ? '' : text.slice((ws[k - 1] as Word).end, (ws[k] as Word).start);
  // ("officer residence", "followed an officer home to …": red team 19 L3)
  if (OFFICERS.test(prev) || (OFFICER_NOUN.test(prev) && gap === ' ') || withheldBefore(text, (ws[k] as Word).start)) return 'officer';
  if ((WHOSE.has(prev) || OFFICERS.test(prev)) && /^\s{1,2}$/u.test(gap)) return 'someone';
  // "his girlfriend's apartment", "at home (1234 …)", "en casa"
  if (gap === ' ' && (/['’]s$/u.test(prev) ? isKinWord(prev) : k === i && (prev === 'at' || prev === 'en') && (w.folded === 'home' || w.folded === 'casa'))) return 'someone';
  // "Grace's home", "the Okafors' home", "the Adeyemi residence" (re-attack 22 F4: read from the sentence)
  if (k === i && /^\p{Lu}/u.test(ws[k - 1]?.text ?? '') && ownerPart(text, ws, k - 1)) return 'someone';
  const before = charBefore(text, (ws[k] as Word).start);
  const after = charAfter(text, w.end);
  // a label at a sentence's start: "Residence: …", "Home - …", "Domicilio: …"
  if (['', '.', '\n', ';', ':'].includes(before) && [':', '-', '–', '—'].includes(after)) return 'someone';
  // in a location field, a home word that is a part by itself: "(residence)", ", home", "Home - "
  if (location && k === i && ['', '(', ',', '-', '–', '—', ':'].includes(before) && ['', ')', ',', '-', '–', '—', ':'].includes(after)) return 'someone';
  return undefined;
}

/**
 * A location that is the officer's home: every comma part that starts with a house number is withheld, up to a
 * bracket that says whose home it is ("12 Elm St (the officer's home)" -> "[withheld] (the officer's home)").
 */
function homeParts(location: string): string {
  return location
    .split(',')
    .map((p) => {
      // (after a few lower-case words: "outside 1234 Maple Dr", red team 19 L3i)
      const lead = /^\s*(?:\p{Ll}+ ){0,3}(?=\d)/u.exec(p.slice(0, 40))?.[0];
      if (lead === undefined) return p;
      const bracket = p.indexOf('(');
      return `${lead}[withheld]${bracket > 0 ? ` ${p.slice(bracket)}` : ''}`;
    })
    .join(',');
}
