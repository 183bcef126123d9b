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
    let e: number;
    if (out.length === 0 && LIST_AND.has(prev.folded) && text.slice(prev.end, (ws[start] as Word).start) === ' ') {
      if (!/^(?:,? |\) |\), )$/u.test(text.slice(ws[start - 2]?.end ?? 0, prev.start))) break;
      e = start - 1;
    } else if (out.length > 0 && /^\)?, $/u.test(text.slice(prev.end, (ws[start] as Word).start))) {
      e = start;
    } else break;
    const run = runBefore(ageBefore(text, ws, e));
    if (run === undefined || PLACE_BEFORE.has(ws[run.start - 1]?.folded ?? '') || PLACE_BEFORE.has((ws[run.start] as Word).folded)) break;
    out.push(run);
    start = run.start;
  }
  return out;
}

/** Verbs after a person's name that make them the subject of a clause about "her husband" (folded). */
const SUBJECT_VERBS: ReadonlySet<string> = new Set(
  ('said says told tells lost loses asked asks wrote writes spoke speaks called calls thanks misses mourns remembers ' +
    'met held buried knew kept sat stood took gave found became become becomes is was has had lives lived survives ' +
    'dijo dice conto cuenta perdio pierde agradecio agradece pidio pide recordo recuerda describio hablo declaro afirmo ' +
    'lamento llora lloro escribio publico es era fue vive vivia sobrevive').split(' '),
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
  const verb = ws[v]?.folded ?? '';
  return SUBJECT_VERBS.has(verb) || /^\p{Ll}{3,}ed$/u.test(verb);
}
