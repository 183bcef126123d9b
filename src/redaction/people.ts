/**
 * Who a name in the text belongs to, read around it (used by the scanner): a hyphenated double surname, a relative
 * named with the officer's surname, a middle initial, and the patterns of letters written apart. Split from
 * scanner.ts along its seam (these are functions of the text, not of the matcher's state).
 */
import { foldTerm, type FoldedText } from './fold.js';
import { isHonorific, knownTitles, roleOfTitle } from './titles.js';
import { TRANSLIT } from './readings.js';
import { LOCATIVE, PLACE_AFTER, PLACE_BEFORE, STREET_WORD_BEFORE, VEHICLE_MAKES, capitalAt, sentenceInitial, titleBefore, wordBefore } from './context.js';

/** Characters that join the parts of a name ("O'Brien", "Smith-Jones"). */
export const JOINERS: ReadonlySet<string> = new Set(["'", '\u2019', '-', '\u2010', '\u2011']);

/** Hyphens that join a double surname (ASCII, U+2010, U+2011). */
const HYPHENS = '-\u2010\u2011';
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

/**
 * The range of a hyphenated double name that `[s, e)` (a whole word on its other side) is one half of, when both
 * halves are capitalised words of two or more letters ("Okafor-Jones"); undefined otherwise ("Okafor-owned",
 * "F-150").
 *
 * @example
 * hyphenCompound('Okafor-Jones', foldText('Okafor-Jones'), 0, 6); //=> [0, 12]
 */
export function hyphenCompound(original: string, f: FoldedText, s: number, e: number): [number, number] | undefined {
  const t = f.text;
  const letter = (i: number): boolean => LETTER.test(t[i] ?? '');
  if (HYPHENS.includes(t[e] ?? '') && !letter(s - 1) && capitalAt(original, f, s) && letter(e + 1) && capitalAt(original, f, e + 1)) {
    let end = e + 1;
    while (end - e < 40 && letter(end)) end++;
    return end - e - 1 >= 2 && !letter(end) && !DIGIT.test(t[end] ?? '') ? [s, end] : undefined;
  }
  if (HYPHENS.includes(t[s - 1] ?? '') && !letter(e) && capitalAt(original, f, s) && letter(s - 2)) {
    let start = s - 1;
    while (s - start < 40 && letter(start - 1)) start--;
    return s - 1 - start >= 2 && capitalAt(original, f, start) && !DIGIT.test(t[start - 1] ?? '') ? [start, e] : undefined;
  }
  return undefined;
}

const NATO_WORDS: ReadonlySet<string> = new Set(
  'alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray yankee zulu'.split(' '),
);
/** A code word of the phonetic alphabet standing alone (a cheap first test). */
const NATO_ONE = /(?<![\p{L}\p{N}])(?:alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu)(?![\p{L}\p{N}])/u;
const TOKEN = /x-ray|[\p{L}\p{N}]+/gu;
const NATO_GAP = /^[\s,.;/-]{1,3}$/u;

/**
 * Runs of three or more code words of the phonetic alphabet in a folded text ("oscar kilo alpha foxtrot oscar
 * romeo"), as [start, end) spans: a name spelled that way (red team 13). One pass over the words (a regular
 * expression with a repeated group retried every word start: quadratic on a long run that ends badly).
 *
 * @example
 * natoRuns('unit oscar kilo alpha down'); //=> [[5, 21]]
 */
export function natoRuns(t: string): [number, number][] {
  if (!NATO_ONE.test(t)) return [];
  const out: [number, number][] = [];
  let start = -1;
  let end = -1;
  let count = 0;
  const close = (): void => {
    if (count >= 3) out.push([start, end]);
    count = 0;
  };
  for (const m of t.matchAll(TOKEN)) {
    const word = m[0].replace('-', '');
    if (!NATO_WORDS.has(word)) {
      close();
      continue;
    }
    if (count > 0 && !NATO_GAP.test(t.slice(end, m.index))) close();
    if (count === 0) start = m.index;
    end = m.index + m[0].length;
    count++;
  }
  close();
  return out;
}

/**
 * Whether a folded text holds a run of three or more code words (`natoRuns`).
 *
 * @example
 * hasNatoRun('oscar kilo alpha'); //=> true
 */
export function hasNatoRun(t: string): boolean {
  return natoRuns(t).length > 0;
}
/**
 * Four or more single letters with a dot, hyphen, dash, colon, bar, comma, plus, tilde, underscore or slash (and
 * spaces) between them: "o.k.a.f.o.r", "o. k. a. f. o. r.", "o-k-a-f-o-r" (red team 10). Three letters are
 * initials or abbreviations ("u.s.a.", "a.k.a.").
 */
export const DOTTED_LETTERS = /(?<![\p{L}\p{N}])(?:\p{L} ?[-.\u00b7:|,+~_\u2013\u2014/] ?){3,}\p{L}\.?(?![\p{L}\p{N}])/gu;
/** A hyphen or dash at a line end inside a word (the line break folded to a space): "oka- for", "oka– for". */
export const LINE_BREAK_HYPHEN = /(?<=\p{L})[-\u2010\u2011\u2013\u2014] (?=\p{L})/gu;

/** A middle initial between a given name and a surname: " j. ", " j " (folded text). */
export const MIDDLE_INITIAL = /^ \p{L}\.? /u;

/**
 * Police words of other languages, folded (the title list holds English and Spanish ones): before a surname they are
 * a title, not a given name ("Офицер Петров ранен"; the title stays, the name goes).
 */
const FOREIGN_TITLES = new Set(
  ['офицер', 'полицейский', 'сержант', 'лейтенант', 'капитан', 'майор', 'инспектор', 'αστυνομικος', 'αστυφυλακας', 'officier', 'policier', 'gendarme', 'brigadier', 'inspecteur', 'polizist', 'polizistin', 'beamter', 'beamtin', 'wachtmeister', 'agente', 'ispettore', 'poliziotto', 'policial', 'policjant'].flatMap((w) => [
    foldTerm(w),
    // as the transliterated reading of the text has it ("oficer")
    [...w].map((c) => TRANSLIT[c] ?? c).join(''),
  ]),
);

/** Honorifics the titles list holds that say nothing of the police ("Mrs. Grace Okafor" is a relative). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sr', 'sra', 'srta']);

/** Words that often start a sentence before a surname: at a sentence start they are no given name. */
const SENTENCE_STARTERS = new Set(
  ('the a an after before when while then this that these those it its his her their our my your both all one two three several some ' +
    'reportedly earlier later meanwhile also and but or so if as since until because although though however police officers ' +
    'witnesses witness authorities officials sources investigators detectives deputies troopers suspect suspects neighbors ' +
    'el la los las un una su sus ayer hoy anoche luego ' +
    // imperative verbs ("Help Okafor's family", "Remember Okafor": red team 16)
    'share help honor honour remember tell pray support thank join call contact protect find ask').split(' '),
);

/** Capitalised words that are no given name before a surname ("On Tuesday Okafor was shot"). */
const CALENDAR = new Set('monday tuesday wednesday thursday friday saturday sunday january february march july september october november december today yesterday tonight lunes martes miercoles jueves viernes sabado domingo'.split(' '));

/**
 * The length (with its space) of a capitalised given name right before `s` that is none of the officer's name
 * parts, no police title (an honorific may stand before it), no weekday, no place word ("Fort", "Lake") and, at a
 * sentence start, no word that often starts one ("Yesterday"), or 0.
 *
 * @example
 * relativeGiven('his wife grace okafor', 'his wife Grace Okafor', foldText('his wife Grace Okafor'), 15, new Set(['daniel', 'okafor'])); //=> 6
 */
export function relativeGiven(t: string, original: string, f: FoldedText, s: number, parts: ReadonlySet<string>): number {
  // (a name is written capitalised: "okafor_statement_final.pdf" is a file, not a person)
  if (t[s - 1] !== ' ' || !capitalAt(original, f, s)) return 0;
  // a middle initial or particles may stand between the given name and the surname ("Tom D. Okafor", "Karl Van
  // den Berg": red team 12, both read as the officer)
  let from = s;
  for (let n = 0; n < 3; n++) {
    const m = BETWEEN_NAMES.exec(t.slice(Math.max(0, from - 6), from));
    if (m?.[1] === undefined) break;
    from -= m[1].length + 1;
  }
  const w = wordBefore(t, from);
  const at = from - 1 - w.length;
  // after a place word an initial ends a sentence: "near Building D. Okafor was hit" is a place, then the officer
  if (from < s && /\.$/.test(t.slice(from, s).trim()) && (LOCATIVE.has(wordBefore(t, at)) || PREPOSITIONS.has(wordBefore(t, at)))) return 0;
  // (the word must stand right before the surname: "SHOT. Okafor" has a full stop between, red team 11)
  if (w.length < 2 || t.slice(at, from - 1) !== w || BETWEEN_WORDS.has(w) || t[at - 1] === '.' || !/^\p{L}+$/u.test(w) || !capitalAt(original, f, at)) return 0;
  // (a title before the given name makes the whole an officer: "Officer Chidi Okafor")
  // (an honorific before it is no police title: "Mrs. Grace Okafor" is a relative, red team 10)
  const before = titleBefore(t, at);
  if (parts.has(w) || PLACE_BEFORE.has(w) || STREET_WORD_BEFORE.has(w) || VEHICLE_MAKES.has(w) || PLACE_AFTER.has(w) || CALENDAR.has(w) || LOCATIVE.has(w) || FOREIGN_TITLES.has(w) || titleBefore(t, s) !== undefined || (before !== undefined && !HONORIFICS.has(before)) || knownTitles().includes(w)) return 0;
  // at a sentence start, a word that often starts a sentence is no given name ("Yesterday Okafor was shot"); any
  // other is ("Grace Okafor shot an officer" read "Grace an officer shot an officer": red team 10)
  if (JOINERS.has(t[at - 1] ?? '') || (SENTENCE_STARTERS.has(w) && sentenceInitial(original.slice(0, f.start(at))))) return 0;
  return s - at;
}

/** Short prepositions before a place ("at Gate D."). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'by', 'from', 'to', 'of', 'inside', 'outside', 'behind']);
/** Particles of a surname ("van den", "de la"); also no given name of their own ("Van Buren", a place). */
const BETWEEN_WORDS: ReadonlySet<string> = new Set(['van', 'von', 'den', 'der', 'de', 'del', 'la', 'di', 'da', 'du', 'ter', 'ten', 'le', 'st', 'mc', 'mac']);
/** One initial or particle right before a position, with its space. */
const BETWEEN_NAMES = /(?:^|[^\p{L}\p{N}.])(\p{L}\.|van|von|den|der|de|del|la|di|da|du|ter|ten|le) $/u;

/** "de", "of", "from" between a title or an agency and a place. */
const OF_WORDS: ReadonlySet<string> = new Set(['de', 'del', 'of', 'from']);
/** Agency words after which "de"/"of" names a place or an agency ("policía de Ponce", "Department of Public Safety"). */
const AGENCY_WORDS: ReadonlySet<string> = new Set(['policia', 'police', 'department', 'departamento', 'sheriff', "sheriff's", 'office', 'oficina', 'county', 'condado', 'city', 'ciudad', 'division']);

/**
 * Whether a title or an agency's word and "de"/"of"/"from" stand before a position, with at most three words
 * between ("agente de ", "officer from ", "member of the Aurora "): a capitalised word there is a place or an
 * agency, not a given name, when the officer's full name follows (re-attack 22 F9: "El agente de Denver Daniel
 * Okafor" read "El agente de [nombre omitido] un alguacil").
 *
 * @example
 * titlesPlace('el agente de denver daniel okafor', 13); //=> true
 */
export function titlesPlace(t: string, at: number): boolean {
  // (word by word, back from the position: at most three words, an article, "de"/"of"/"from", the title)
  const words = t.slice(Math.max(0, at - 60), at).split(' ');
  if (words.pop() !== '') return false;
  for (let i = words.length - 1, n = 0; i > 0 && n <= 5; i--, n++) {
    if (!OF_WORDS.has(words[i] as string)) continue;
    const w = words[i - 1] as string;
    return AGENCY_WORDS.has(w) || (roleOfTitle(w) !== undefined && !isHonorific(w));
  }
  return false;
}
