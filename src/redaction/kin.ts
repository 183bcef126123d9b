/**
 * The officer's family and home in free text. The guidance (chapter 7) gives the officer's family the same
 * consideration as the officer: when a missing officer's name is released, relatives who share the surname are
 * still not named ("his wife Grace Okafor" -> "his wife [name withheld]", red team 15), and for every event a street
 * address given as the officer's or the family's home is withheld ("their home at 12 Elm St" -> "their home at
 * [withheld]"). Both are word scans, linear in the text.
 */
import { foldTerm } from './fold.js';
import { givenNameForms } from './nicknames.js';
import { roleOfTitle } from './titles.js';

/** Words for a relative, English and Spanish (folded), singular and plural. */
const KIN: ReadonlySet<string> = new Set(
  ('wife husband spouse son sons daughter daughters mother father mom dad brother brothers sister sisters child children ' +
    'kids parents parent fiance fiancee girlfriend boyfriend partner stepson stepdaughter grandson granddaughter ' +
    'grandmother grandfather uncle aunt nephew niece cousin widow widower ' +
    'esposa esposo hijo hija hijos hijas madre padre hermano hermana hermanos novia novio pareja abuela abuelo tio tia ' +
    'sobrino sobrina primo prima viuda viudo').split(' '),
);

/** Words for a home, English and Spanish (folded). */
const HOME: ReadonlySet<string> = new Set(['home', 'house', 'residence', 'apartment', 'apt', 'domicilio', 'casa', 'hogar', 'residencia', 'vivienda']);

/** Words before a home that make it the officer's or the family's (not "the suspect's home"). */
const WHOSE: ReadonlySet<string> = new Set(['their', 'his', 'her', 'family', "family's", 'family’s', "officer's", 'officer’s', "deputy's", 'deputy’s', "trooper's", 'trooper’s', 'su', 'sus']);

/** Prepositions between a home and its address. */
const AT: ReadonlySet<string> = new Set(['at', 'on', 'in', 'en', 'near']);

/** A word and where it stands. */
interface Word {
  readonly text: string;
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

const WORD_RE = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

function words(text: string): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    let e = m[0].length;
    while (e > 1 && ".'’-".includes(m[0][e - 1] as string)) e--;
    const raw = m[0].slice(0, e);
    out.push({ text: raw, folded: foldTerm(raw), start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** What the relatives scan needs to know about the officer. */
export interface KinContext {
  readonly surname: string;
  /** The officer's given names and their other forms (folded): "Daniel Okafor" and "Danny Okafor" are the officer. */
  readonly given: ReadonlySet<string>;
  /** Suspects' names and aliases (folded): a suspect who shares the surname stays named. */
  readonly keep: readonly string[];
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

/**
 * `text` with the names of the officer's relatives withheld: a run of capitalised words ending in the officer's
 * surname, with a word for a relative within three words before or after it, that is not the officer (the officer's
 * given name, a nickname or an initial) and not a suspect. For a missing officer whose name is released.
 *
 * @example
 * withholdRelatives('His wife Grace Okafor called.', kinContext('Daniel Okafor', [])!); //=> 'His wife [name withheld] called.'
 */
export function withholdRelatives(text: string, k: KinContext): string {
  if (!foldTerm(text).includes(k.surname)) return text;
  const ws = words(text);
  let out = '';
  let at = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    const surnameHere = w.folded === k.surname || w.folded === `${k.surname}'s` || w.folded === `${k.surname}’s`;
    if (!surnameHere || !/^\p{Lu}/u.test(w.text) || w.start < at) continue;
    let j = i;
    while (j > 0 && i - j < 3 && /^\p{Lu}/u.test(ws[j - 1]?.text ?? '') && text.slice(ws[j - 1]?.end ?? 0, ws[j]?.start ?? 0) === ' ') j--;
    if (j === i) continue;
    const run = ws.slice(j, i);
    if (run.some((x) => isOfficerGiven(x, k)) || roleOfTitle(run[0]?.folded ?? '') !== undefined) continue;
    const kinNear = ws.slice(Math.max(0, j - 3), j).some((x) => KIN.has(x.folded)) || ws.slice(i + 1, i + 4).some((x) => KIN.has(x.folded));
    if (!kinNear) continue;
    const whole = foldTerm(text.slice((ws[j] as Word).start, w.end));
    if (k.keep.some((s) => s === whole || s.includes(whole))) continue;
    out += `${text.slice(at, (ws[j] as Word).start)}[name withheld]`;
    at = w.end;
  }
  return at === 0 ? text : out + text.slice(at);
}

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
    if (c === '.' && (i + 1 >= text.length || /\s/u.test(text[i + 1] ?? '')) && !ABBREVIATED.has(lastWord(text, from, i))) return i;
    if (text.startsWith(' and ', i) || text.startsWith(' y ', i) || text.startsWith(' where ', i) || text.startsWith(' when ', i)) return i;
  }
  return limit;
}

/**
 * `text` with a street address given as the officer's or the family's home withheld ("reported him missing from
 * their home at 12 Elm St." -> "… from their home at [withheld]."): a home word after "their", "his", "her",
 * "family", "officer's" or "su", then an address that starts with a house number. A sentence about a suspect
 * ("the suspect fled to his home at 45 Oak St") keeps its address: where a suspect lives helps find them.
 *
 * @example
 * withholdHome('He was last seen leaving their home at 12 Elm St, Denver.'); //=> 'He was last seen leaving their home at [withheld], Denver.'
 */
export function withholdHome(text: string): string {
  if (!/\d/.test(text)) return text;
  const ws = words(text);
  let out = '';
  let at = 0;
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (!HOME.has(w.folded) || !WHOSE.has((ws[i - 1] as Word).folded) || w.start < at) continue;
    let n = i + 1;
    if (AT.has(ws[n]?.folded ?? '')) n++;
    const address = ws[n];
    if (address === undefined || !/^\d/.test(address.text) || text.slice(w.end, address.start).length > 6) continue;
    // the sentence so far is about a suspect: keep
    // (within 200 characters before: a bounded look back, so many homes in one long text stay linear)
    const window = text.slice(Math.max(0, w.start - 200), w.start);
    const sentence = window.slice(Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), 0));
    if (/suspect|sospechos/i.test(sentence)) continue;
    const end = addressEnd(text, address.start);
    out += `${text.slice(at, address.start)}[withheld]`;
    at = end;
  }
  return at === 0 ? text : out + text.slice(at);
}
