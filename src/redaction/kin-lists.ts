/**
 * Relatives named before the words that say who they are (re-attack 20 F1, F10): a list of names before a plural
 * word for relatives ("Ada, 7, and Obi, 4, his children"; "Ada (7) and Obi (4), his children"; "Ana y Luis, sus
 * hijos") names every one of them, not only the last; and a lone given name, or a name and an age, that is the
 * subject of a clause about "her husband" ("Grace said her husband loved the job", "Grace, 34, said her husband")
 * is the relative's. Word scans over a bounded number of words: linear in the text.
 */
import type { Word } from './kin-words.js';

/** A name's span in words: `start` inclusive, `end` exclusive. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
}

/** The capitalised name that ends right before word `p` (`undefined` when none, or when it is no relative's). */
export type RunBefore = (p: number) => NameSpan | undefined;

/** Words that join the last two names of a list ("Ada and Obi", "Ana y Luis", "Ada & Obi"). */
const LIST_AND: ReadonlySet<string> = new Set(['and', 'y', 'e', '&']);
/** Words before a capitalised word that make it a place, not a listed name ("In Denver, Ada and Obi"). */
const PLACE_BEFORE: ReadonlySet<string> = new Set(['in', 'at', 'on', 'near', 'from', 'to', 'of', 'outside', 'en', 'de', 'desde', 'cerca']);

/**
 * Whether the word for a relative (folded) names more than one person ("children", "kids", "sons", "hijos",
 * "parents"), so that the names of a list before it are all theirs.
 *
 * @example
 * pluralKin('children'); //=> true
 * pluralKin('wife'); //=> false
 */
export function pluralKin(folded: string): boolean {
  return !/['’]s?$/u.test(folded) && /(?:[^s]s|children)$/u.test(folded);
}

/**
 * Past an age written right before word `e` (", 7," or " (7)"): the index where the name before it ends, or `e`.
 *
 * @example
 * // "Ada, 7, and Obi" with `e` at "and" (word 2): 1, where "Ada" ends
 */
export function ageBefore(text: string, ws: readonly Word[], e: number): number {
  const a = ws[e - 1];
  const before = ws[e - 2];
  if (a === undefined || before === undefined || !/^\d{1,2}$/u.test(a.text)) return e;
  const gap = text.slice(before.end, a.start);
  const after = text.slice(a.end, ws[e]?.start ?? text.length);
  return (gap === ', ' && after.startsWith(',')) || (gap === ' (' && after.startsWith(')')) ? e - 1 : e;
}

/**
 * The names of a list that ends with the name starting at word `s`, before it: past "and"/"y" and the name (and age)
 * before it, then past names joined by commas ("Ada, 7, Obi, 4, and Zoe, 2"); none when no "and" joins a name before
 * it. A name after a place preposition ("In Denver, Ada and Obi") ends the list.
 *
 * @example
 * // for "Ada, 7, and Obi, 4, his children" with `s` at "Obi": the span of "Ada"
 */
export function namesListedBefore(text: string, ws: readonly Word[], s: number, runBefore: RunBefore): NameSpan[] {
  const out: NameSpan[] = [];
  let start = s;
  for (let items = 0; items < 8; items++) {
    const prev = ws[start - 1];
    if (prev === undefined) break;
    const gap = text.slice(prev.end, (ws[start] as Word).start);
    let e: number;
    // (only two names, joined by "&" or by a comma alone: "Ada & Obi", "Ada, Obi lost their father": re-attack 22 F1)
    const bare = out.length === 0 && (gap === ' & ' || gap === ', ');
    if (out.length === 0 && LIST_AND.has(prev.folded) && gap === ' ') {
      if (!/^(?:,? |\) |\), )$/u.test(text.slice(ws[start - 2]?.end ?? 0, prev.start))) break;
      e = start - 1;
    } else if ((out.length > 0 && /^\)?, $/u.test(gap)) || bare) {
      e = start;
    } else break;
    const run = runBefore(ageBefore(text, ws, e));
    if (run === undefined || PLACE_BEFORE.has(ws[run.start - 1]?.folded ?? '') || PLACE_BEFORE.has((ws[run.start] as Word).folded)) break;
    if (bare && gap === ', ' && !listedName(ws, run)) break;
    out.push(run);
    start = run.start;
  }
  return out;
}

/**
 * Whether the one-word name at `run` before ", " may be the first of two listed names ("Ada, Obi lost their
 * father"), not a sentence's opening word ("Yesterday, Obi …", "Sadly, Obi …", "Police, Obi …").
 */
function listedName(ws: readonly Word[], run: NameSpan): boolean {
  const f = (ws[run.start] as Word).folded;
  return run.end - run.start <= 2 && !NOT_SUBJECT.has(f) && !/ly$/u.test(f) && /\p{Ll}/u.test((ws[run.start] as Word).text);
}

/** Verbs after a person's name that make them the subject of a clause about "her husband" (folded). */
const SUBJECT_VERBS: ReadonlySet<string> = new Set(
  ('said says told tells lost loses asked asks wrote writes spoke speaks called calls thanks misses mourns remembers ' +
    'met held buried knew kept sat stood took gave found became become becomes is was has had lives lived survives ' +
    'dijo dice conto cuenta perdio pierde agradecio agradece pidio pide recordo recuerda describio hablo declaro afirmo ' +
    'lamento llora lloro escribio publico es era fue vive vivia sobrevive ' +
    // (plural and perfect forms: "Ada and Obi have lost their father", "son sus hijos", "perdieron": re-attack 22 F1)
    'perdieron dijeron').split(' '),
);
/** Capitalised words that are the subject of such a clause and no one's name: pronouns, agencies, roles, groups. */
const NOT_SUBJECT: ReadonlySet<string> = new Set(
  ('she he they it we i you one someone everyone nobody people police officials authorities witnesses neighbors ' +
    'neighbours friends family relatives investigators detectives doctors reporters sources residents coworkers ' +
    'colleagues prosecutors officers deputies troopers sheriff chief spokesman spokeswoman spokesperson department ' +
    'county city state agency staff nurses paramedics firefighters pastor mayor governor ella el ellos ellas ' +
    'policia vecinos testigos amigos familiares autoridades agentes nadie alguien todos today yesterday tonight ' +
    'tomorrow now then here there this that everything nothing something god hoy ayer anoche mourners supporters ' +
    'students teachers classmates members volunteers medics dispatch dispatchers hospital church school everybody many ' +
    'some others both all several each officer deputy trooper sergeant detective').split(' '),
);

/** Words between a subject and its verb: "who", "later", "also", "tearfully", "quien", "también". */
const ADVERB_BEFORE_VERB = /^(?:who|quien|que|later|also|then|again|once|still|first|just|never|always|previously|tambien|luego|despues|ya|\p{Ll}{3,}ly)$/u;

/**
 * Whether the one-word name at `run` may be the subject of a clause about a relative ("Grace said her husband …"):
 * the word right after it (past an age) is a verb, and the name is no pronoun, agency, role or group word and not in
 * capitals ("She said", "Police said", "Denver police said", "CBI said" stay as written).
 *
 * @example
 * // "Grace said her husband loved the job": true for "Grace"; "Police said her husband …": false
 */
export function loneSubject(text: string, ws: readonly Word[], run: NameSpan): boolean {
  const name = ws[run.start] as Word;
  if (run.end - run.start !== 1 || NOT_SUBJECT.has(name.folded) || !/\p{Ll}/u.test(name.text)) return false;
  let v = run.end;
  if (/^\d{1,2}$/u.test(ws[v]?.text ?? '') && text.slice(name.end, (ws[v] as Word).start) === ', ') v++;
  // past a relative pronoun and adverbs: "Grace, who said", "Grace later said", "Grace tearfully said" (re-attack 22 F2)
  for (let i = 0; i < 3 && ADVERB_BEFORE_VERB.test(ws[v]?.folded ?? ''); i++) v++;
  const verb = ws[v]?.folded ?? '';
  // a plural verb only after a list ("Ada and Obi have lost their father"; not "Shots were fired at … his partner")
  if (PLURAL_ONLY.test(verb)) return listed(text, ws, run.start);
  return SUBJECT_VERBS.has(verb) || /^\p{Ll}{3,}ed$/u.test(verb);
}

/** Plural verbs: their subject is a list of names, not one word ("Shots were fired", "Ellos son"). */
const PLURAL_ONLY = /^(?:have|are|were|son|eran|fueron|han|habian|estan|\p{Ll}{2,}(?:aron|ieron))$/u;

/** Whether a name before word `s` and a joining word make the name at `s` the last of a list ("Ada and Obi", "Ada & Obi", "Ada, Obi"). */
function listed(text: string, ws: readonly Word[], s: number): boolean {
  const prev = ws[s - 1];
  if (prev === undefined) return false;
  const gap = text.slice(prev.end, (ws[s] as Word).start);
  if (gap === ' & ' || gap === ', ') return /^\p{Lu}/u.test(prev.text);
  return LIST_AND.has(prev.folded) && /^\p{Lu}/u.test(ws[s - 2]?.text ?? '');
}

/** Everyday words an all-caps sentence about a relative holds besides names (read in lower case there). */
const CAPS_EVERYDAY: ReadonlySet<string> = new Set(
  ('are were have han eran fueron the a an his her their its our my your this that these those who which what when where why how not no yes to of ' +
    'for with from by at on in into about as and or but so than then be been being do did does will would can could ' +
    'should may might must job work duty life love hero heroes brave proud dead alive safe kind strong gone home here ' +
    'there fine well good great best amazing wonderful happy sad grateful thankful devastated heartbroken injured hurt ' +
    'unharmed missing man woman person friend father mother day today night tonight all both very much more most ' +
    'su sus mi mis el la los las un una unos unas de del en y o e que quien como muy su amor trabajo heroe valiente ' +
    'orgulloso orgullosa vivo viva muerto muerta casa hoy noche todos ambos ' +
    'suspect suspects gunman shooter driver fled ran went drove left came got shot hit died killed wounded arrested ' +
    'escaped fired police officer officers deputy trooper car truck vehicle sospechoso huyo disparo murio').split(' '),
);

/**
 * `text` with its all-caps sentences written as a sentence is ("GRACE SAID HER HUSBAND LOVED THE JOB" -> "Grace
 * said her husband loved the job"), the same length, so that the relatives' scans can tell names from words there
 * (re-attack 22 F1, F3): known words, verbs and adverbs in lower case, any other word capitalised as a name.
 * Other sentences are returned as written. Linear in the text.
 *
 * @example
 * sentenceCase('GRACE SAID HER HUSBAND LOVED THE JOB.'); //=> 'Grace said her husband loved the job.'
 */
export function sentenceCase(text: string, known: (folded: string) => boolean): string {
  if (!/\p{Lu}\P{L}*\p{Lu}/u.test(text)) return text;
  return text.replace(/[^.!?;:\n]+/gu, (part) =>
    /\p{Ll}/u.test(part) || !/\p{Lu}[^.!?;:\n]*\p{Lu}/u.test(part)
      ? part
      : part.replace(/\p{L}[\p{L}\p{M}'’]*/gu, (w) => {
          const lower = w.toLowerCase();
          if (lower.length !== w.length) return w;
          const f = lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]s?$/u, '');
          const word = known(f) || CAPS_EVERYDAY.has(f) || SUBJECT_VERBS.has(f) || NOT_SUBJECT.has(f) || ADVERB_BEFORE_VERB.test(f) || /^\p{Ll}{2,}(?:ed|ing|aron|ieron)$/u.test(f);
          return word ? lower : (lower[0] as string).toUpperCase() + lower.slice(1);
        }),
  );
}

/**
 * Whether word `i` may stand between a subject and "her husband": a lower-case word ("later said", "told reporters
 * that"), or a short name of who was told ("told KUSA", "told 9News", "told Denver7": re-attack 22 F2).
 *
 * @example
 * // "Grace told KUSA her husband …": true for "KUSA" (after "told") and for "told"
 */
export function clauseWord(ws: readonly Word[], i: number): boolean {
  const w = ws[i] as Word;
  if (/^\p{Ll}/u.test(w.text)) return true;
  return /^(?:told|tells|telling)$/u.test(ws[i - 1]?.folded ?? '') && w.text.length <= 8 && /^(?:[\p{Lu}\p{N}]+|\p{N}\p{L}+|\p{Lu}\p{Ll}+\p{N}{1,2})$/u.test(w.text);
}

/**
 * Whether the word is the Spanish verb "son" ("Ana y Luis son sus hijos"), not the English "son".
 *
 * @example
 * // "son" before "sus": true; "his son Emeka": false
 */
export function spanishSon(ws: readonly Word[], w: Word): boolean {
  const i = ws.indexOf(w);
  return w.folded === 'son' && /^(?:sus|los|las|mis|nuestros)$/u.test(ws[i + 1]?.folded ?? '');
}
