/**
 * The officer's relatives by name, whatever their surname (red team 17 L3): the guidance (chapter 7) gives the
 * officer's family the officer's consideration, and a relative's name identifies the officer ("His wife, Grace
 * Adeyemi, asked for privacy"; "His son Emeka, 12, was in the car"; "Su esposa Grace Adeyemi pidió privacidad").
 * A name right after (or right before) a word for a relative of the officer ("his", "her", "the officer's", "su",
 * "… del agente") is withheld in every event; the names found anywhere in the request are then withheld wherever
 * they stand again, inside links too ("gofundme.com/f/grace-adeyemi"). A suspect's relative ("the suspect's brother,
 * Tom Hale", "Hale fled with his brother Tom") stays named. Word scans, linear in the text.
 */
import { isKinWord, words, type Word } from './kin-words.js';
import { foldTerm } from './fold.js';
import { roleOfTitle } from './titles.js';
import { capsWord, initialAt, kinLabel, nameGoesOn, NUMBER_WORDS, kinModifier, listedKin, possessor } from './kin-frames.js';
import { ageBefore, clauseWord, loneSubject, namesListedBefore, pluralKin, sentenceCase, spanishSon } from './kin-lists.js';

/** Words between "his"/"her" and the word for a relative ("his loving wife", "her late husband", "his ex wife"). */
const KIN_MODIFIER: ReadonlySet<string> = new Set(['loving', 'beloved', 'late', 'ex', 'former', 'young', 'little', 'older', 'younger', 'eldest', 'oldest', 'youngest', 'two', 'three', 'four', 'adult', 'new', 'future', 'devoted', 'dear', 'own', 'only', 'twin', 'teenage', 'infant', 'grieving', 'querida', 'amada', 'difunta', 'ex', 'both', 'ambos', 'ambas', 'dos', 'tres', 'cuatro', 'pequenos', 'pequenas']);
/** Words before a word for a relative with no possessive that make it the officer's ("survived by wife", "leaves a wife"). */
const OBITUARY: ReadonlySet<string> = new Set(['by', 'leaves', 'leaving', 'left', 'survived', 'survivors', 'include', 'includes', 'including', 'incluyendo', 'incluida', 'incluido', 'deja', 'dejo', 'sobreviven']);
/** Words for a relative the officer's death makes ("the widow", "a widow", "la viuda"): the officer's when not a suspect's. */
const WIDOW: ReadonlySet<string> = new Set(['widow', 'widower', 'widows', 'viuda', 'viudo', 'viudas']);
/** Words for a relative that are also religious titles when capitalised ("Father Michael Kelly", "Sister Mary"). */
const RELIGIOUS: ReadonlySet<string> = new Set(['father', 'mother', 'sister', 'brother', 'padre', 'madre', 'hermano', 'hermana']);
/** Copulas before "the son of", "era hijo de", "is the father of". */
const COPULA: ReadonlySet<string> = new Set(['is', 'was', 'es', 'era', 'fue']);
/** Articles before a word for a relative. */
const ARTICLE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'la', 'el', 'los', 'las', 'un', 'una']);

/** Words before a relative's word that make them the officer's or someone's to read from the sentence. */
const PRONOUN: ReadonlySet<string> = new Set(['his', 'her', 'their', 'su', 'sus']);
/** A possessive that makes the relative the officer's ("the officer's wife", "the deputy's son"). */
const OFFICER_POSSESSIVE = /^(?:officer|officers|deputy|trooper|agent|sergeant|sgt|detective|corporal|lieutenant|captain|policeman|policewoman|patrolman)['’]s?$/u;
/** Words that say the person is the officer, for the last person named before "his"/"her". */
const OFFICER_WORD = /^(?:officer|deputy|trooper|agent|agente|oficial|sergeant|detective|policeman|policewoman|withheld|omitido)['’]?s?$/u;
/** Words that say the person is a suspect. */
const SUSPECT_WORD = /^(?:suspect|suspects|sospechoso|sospechosa|gunman|shooter|driver|man|woman|assailant|fugitive)['’]?s?$/u;
/** After the word for a relative, "of the officer", "del agente": the officer's. */
const OF_OFFICER: ReadonlySet<string> = new Set(['of', 'the', 'del', 'de', 'la', 'el', 'officer', 'agente', 'oficial', 'deputy', 'trooper']);

/** Capitalised words that are no name ("Monday", "The", "Police"). */
const NOT_NAME: ReadonlySet<string> = new Set(
  ('the a an and or but he she they his her their it its this that there then when where who what which i we you ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december police officer deputy sheriff department county city state street avenue ' +
    'el la los las y o su sus lunes martes miercoles jueves viernes sabado domingo policia agente ' +
    'jr sr ii iii mr mrs ms miss dr sra sr srta senora senor').split(' '),
);

/**
 * What the scan needs to know: the officer's name words and the suspects' (folded).
 *
 * @example
 * const ctx: RelativesContext = { officer: new Set(['daniel', 'danny', 'okafor']), suspects: new Set(['marcus', 'hale']) };
 */
export interface RelativesContext {
  /** The officer's name parts and given-name forms: "Okafor's wife" is the officer's. */
  readonly officer: ReadonlySet<string>;
  /** Suspects' name words: "Hale's brother" and "Hale fled with his brother" are a suspect's. */
  readonly suspects: ReadonlySet<string>;
  /**
   * Suspects' whole names and aliases (folded): a relative's name is a suspect's only when it is one of these, not
   * when it shares a word with one ("His wife, Lee Ann Smith" with a suspect Marcus Lee Hale: red team 19 L12).
   */
  readonly suspectNames?: readonly string[];
}

/** A name that stands where a relative's name does: one to three capitalised words, no sentence word or title. */
function nameRun(text: string, ws: readonly Word[], n: number): number {
  let e = n;
  const caps = !/\p{Ll}/u.test(text.slice(ws[n]?.start ?? 0, ws[n + 2]?.end ?? text.length));
  while (e < n + (caps ? 2 : 3) && e < ws.length) {
    const w = ws[e] as Word;
    if (!/^\p{Lu}/u.test(w.text) || (NOT_NAME.has(w.folded.replace(/\.$/u, '')) && !initialAt(text, ws, e, n)) || NUMBER_WORDS.has(w.folded) || isKinWord(w.folded) || roleOfTitle(w.folded) !== undefined) break;
    // (never across a sentence's end: "his wife Lucia Mendoza. Suspect remains at large", re-attack 23 P13)
    if (e > n && !nameGoesOn(ws[e - 1] as Word, text.slice((ws[e - 1] as Word).end, w.start))) break;
    e++;
  }
  return e;
}

/** Whether the suspect named at word `j` is only the agent of the action ("shot by Marcus Hale", "por el sospechoso"). */
function agentOnly(ws: readonly Word[], j: number): boolean {
  for (let i = j - 1; i >= 0 && i >= j - 4; i--) {
    const f = (ws[i] as Word).folded;
    if (f === 'by' || f === 'por') return true;
    if (!/^\p{Lu}/u.test((ws[i] as Word).text) && !['the', 'el', 'la', 'a'].includes(f) && !SUSPECT_WORD.test(f)) return false;
  }
  return false;
}

/**
 * Whose the last person named before word `k` in its own sentence is: 'suspect' only for a suspect (name or word)
 * named earlier in the same sentence, not as the agent ("shot by Hale"), with no officer named between; otherwise
 * 'officer' or 'none' (privacy first: "His wife …" at a sentence's start is the officer's, red team 18 H5).
 */
function lastPerson(text: string, ws: readonly Word[], k: number, ctx: RelativesContext): 'suspect' | 'officer' | 'none' {
  for (let j = k - 1; j >= 0 && j >= k - 40; j--) {
    const w = ws[j] as Word;
    if (/[.!?\n;]\s/u.test(text.slice(w.end, (ws[j + 1] as Word).start))) break;
    const f = w.folded.replace(/['’]s?$/u, '');
    if (OFFICER_WORD.test(w.folded) || ctx.officer.has(f)) return 'officer';
    if ((SUSPECT_WORD.test(w.folded) || ctx.suspects.has(f)) && !agentOnly(ws, j)) return 'suspect';
  }
  return 'none';
}

/** Whether the word for a relative at `k` is a relative of the officer's, read from the word before it. */
function officersKin(text: string, ws: readonly Word[], k: number, ctx: RelativesContext, depth = 0): boolean {
  const prev = ws[k - 1];
  // a label: "Wife: Grace Adeyemi", "Survivors - wife Grace" at a sentence's start
  if (depth === 0 && /^\s*[:–—-]/u.test(text.slice((ws[k] as Word).end, (ws[k] as Word).end + 3)) && /^[.!?\n]?$/u.test(text.slice(0, (ws[k] as Word).start).trimEnd().slice(-1))) return true;
  if (depth === 0 && bareKin(text, ws, k)) return lastPerson(text, ws, k, ctx) !== 'suspect';
  if (prev === undefined) return false;
  const f = prev.folded;
  const after = ws.slice(k + 1, k + 4).map((w) => w.folded);
  if (depth === 0 && articleKin(text, ws, k, after[0] ?? '')) return lastPerson(text, ws, k - 1, ctx) !== 'suspect';
  // "his loving wife", "her late husband": the word before the modifier says whose
  if (KIN_MODIFIER.has(f) && depth < 3) return officersKin(text, ws, k - 1, ctx, depth + 1);
  if (PRONOUN.has(f)) return lastPerson(text, ws, k - 1, ctx) !== 'suspect';
  // "Survived by wife Grace", "leaves a wife, Grace", "leaves behind his wife" (red team 18 H2)
  const behind = ARTICLE.has(f) && ws[k - 2]?.folded === 'behind' && OBITUARY.has(ws[k - 3]?.folded ?? '');
  if (behind || OBITUARY.has(f) || ((f === 'a' || f === 'an' || f === 'behind' || f === 'una' || f === 'un') && OBITUARY.has(ws[k - 2]?.folded ?? ''))) return lastPerson(text, ws, k - 1, ctx) !== 'suspect';
  if (OFFICER_POSSESSIVE.test(f)) return true;
  const possessive = f.replace(/['’]s?$/u, '');
  if (possessive !== f && (ctx.officer.has(possessive) || withheldBefore(text, prev.end))) return true;
  if (withheldBefore(text, prev.end + 1) && /^['’]/u.test(text.slice(prev.end, prev.end + 1))) return true;
  // "his wife and son Emeka", "su esposa e hijos"
  const and = f === 'and' || f === 'y' || f === 'e' || ((f === 'a' || f === 'an' || f === 'un' || f === 'una') && /^(?:and|y|e)$/u.test(ws[k - 2]?.folded ?? ''));
  if (and && depth < 3) {
    for (let j = k - 2; j >= Math.max(0, k - 6); j--) if (isKinWord((ws[j] as Word).folded)) return officersKin(text, ws, j, ctx, depth + 1);
  }
  // "the wife of the officer", "la esposa del agente"
  if (f === 'the' || f === 'la' || f === 'el' || f === 'los' || f === 'las') return OF_OFFICER.has(after[0] ?? '') && after.some((w) => OFFICER_WORD.test(w));
  // any adjective or an age: "his pregnant wife", "his 7-year-old son" (re-attack 23 P4)
  return kinModifier(prev) && depth < 3 && officersKin(text, ws, k - 1, ctx, depth + 1);
}

/**
 * Whether the word for a relative at `k` stands bare before a name, where no one else's relative is meant: at a
 * sentence's start or after a label ("Wife Grace Adeyemi spoke", "Family: wife Grace Adeyemi"; red team 19 L1);
 * a capitalised "Father", "Sister" there is a religious title ("Father Michael Kelly said a prayer").
 */
function bareKin(text: string, ws: readonly Word[], k: number): boolean {
  const w = ws[k] as Word;
  const next = ws[k + 1];
  if (next === undefined || !/^\p{Lu}/u.test(next.text) || !/^,? $/u.test(text.slice(w.end, next.start))) return false;
  const before = text.slice(Math.max(0, (ws[k - 1]?.end ?? 0)), w.start);
  const label = before.includes(':');
  if (ws[k - 1] !== undefined && !/[.!?\n:]/u.test(before)) return false;
  return label || !(RELIGIOUS.has(w.folded) && /^\p{Lu}/u.test(w.text));
}

/**
 * Whether an article before the word for a relative at `k` makes it the officer's: "the widow", "a widow", "la
 * viuda" (the officer's death makes one), "He was the son of …", "era hijo de …", or a sentence that opens with
 * "The wife, Grace Adeyemi," (red team 19 L1).
 */
function articleKin(text: string, ws: readonly Word[], k: number, next: string): boolean {
  const f = ws[k - 1]?.folded ?? '';
  const kin = (ws[k] as Word).folded.replace(/['’]s?$/u, '');
  if ((ARTICLE.has(f) && COPULA.has(ws[k - 2]?.folded ?? '')) || COPULA.has(f)) return next === 'of' || next === 'de';
  if (!ARTICLE.has(f)) return false;
  if (WIDOW.has(kin)) return true;
  const opens = /^$|[.!?\n]$/u.test(text.slice(0, (ws[k - 1] as Word).start).trimEnd().slice(-1));
  return opens && text.startsWith(', ', (ws[k] as Word).end);
}

/** Whether a withheld name ends at `at` ("[withheld]'s wife", "[name withheld]'s son"). */
function withheldBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  return before.endsWith('withheld]') || before.endsWith('omitido]') || before.endsWith("withheld]'s") || before.endsWith('withheld]’s');
}

/** Where the name after the word for a relative at `k` starts: past ",", "of the officer", "del agente". */
function nameAfter(text: string, ws: readonly Word[], k: number): number {
  let n = k + 1;
  while (n < k + 4 && OF_OFFICER.has(ws[n]?.folded ?? '') && !/^\p{Lu}/u.test(ws[n]?.text ?? '')) n++;
  if (n > k + 1 && !OFFICER_WORD.test(ws[n - 1]?.folded ?? '')) n = k + 1;
  n = pastFiller(ws, n);
  const gap = text.slice((ws[n - 1] as Word).end, ws[n]?.start ?? text.length);
  if (!/^(?: |, |: | - | ?\(| ?[–—] ?)$/u.test(gap)) return -1;
  // "Dr. Grace Adeyemi", "Mrs. Grace Adeyemi", "la Sra. Grace": the honorific is no name, the name after it is
  const h = ws[n]?.folded.replace(/\.$/u, '') ?? '';
  if (HONORIFIC.has(h) && /^\p{Lu}/u.test(ws[n + 1]?.text ?? '') && /^\.? $/u.test(text.slice((ws[n] as Word).end, (ws[n + 1] as Word).start))) n++;
  // "His wife is Grace Adeyemi.": after "is" only a name that ends its clause ("His brother is Denver Police Sgt. …" is no name)
  if (n - 1 > k && /^(?:is|was|es|era|are|were|son|eran)$/u.test(ws[n - 1]?.folded ?? '')) {
    const e = nameRun(text, ws, n);
    // (or a list: "His children are Ada and Obi", "Sus hijos son Ana y Luis": re-attack 22 F1)
    if (e === n || !/^\s*(?:[.,;!?)]|and |y |& |$)/u.test(text.slice((ws[e - 1] as Word).end, (ws[e - 1] as Word).end + 5))) return -1;
  }
  return n;
}

/** Words between a name's comma and "his wife" in "Ada, who is his wife," (re-attack 20 F1). */
const WHO_IS: ReadonlySet<string> = new Set(['who', 'is', 'was', 'quien', 'que', 'es', 'era', ...['are', 'were', 'son', 'eran']]);
/** Copulas between a name and "his children" with no comma: "Ada and Obi are his kids", "Ana y Luis son sus hijos" (re-attack 22 F1). */
const ARE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'es', 'era', 'son', 'eran']);

/** Honorifics and titles before a relative's name. */
const HONORIFIC: ReadonlySet<string> = new Set(['dr', 'mrs', 'mr', 'ms', 'miss', 'sra', 'sr', 'srta', 'senora', 'senor', 'dona', 'don', 'rev', 'prof']);

/** Past words between the word for a relative and the name: "of 12 years", "named", "'s name is" (red team 18 H2). */
function pastFiller(ws: readonly Word[], n: number): number {
  let i = n;
  if (ws[i]?.folded === 'of' && /^\d/.test(ws[i + 1]?.text ?? '') && /^(?:years?|yrs?|months?|anos|meses)$/u.test(ws[i + 2]?.folded ?? '')) i += 3;
  else if ((ws[i]?.folded === 'de' || ws[i]?.folded === 'for') && /^\d/.test(ws[i + 1]?.text ?? '') && /^(?:years?|yrs?|anos)$/u.test(ws[i + 2]?.folded ?? '')) i += 3;
  if (ws[i]?.folded === 'name' && /^(?:is|was)$/u.test(ws[i + 1]?.folded ?? '')) i += 1;
  // "his wife's name, Grace Adeyemi" (a name tattoo: red team 19 L8)
  else if (/^names?$/u.test(ws[i]?.folded ?? '') && /['’]s$/u.test(ws[i - 1]?.folded ?? '')) i += 1;
  // "His wife is Grace", "The officer's wife is named Grace" (red team 19 L1)
  if (/^(?:is|was|es|era|are|were|son|eran)$/u.test(ws[i]?.folded ?? '') && (/^\p{Lu}/u.test(ws[i + 1]?.text ?? '') || /^(?:named|called)$/u.test(ws[i + 1]?.folded ?? ''))) i += 1;
  // "He was the son of Grace", "era hijo de Grace", "married to Grace", "casado con Grace"
  if (i === n && /^(?:of|de|to|con)$/u.test(ws[i]?.folded ?? '') && /^\p{Lu}/u.test(ws[i + 1]?.text ?? '')) i += 1;
  if (/^(?:named|called|llamada|llamado|identified)$/u.test(ws[i]?.folded ?? '')) i += ws[i + 1]?.folded === 'as' ? 2 : 1;
  return i;
}

/** Verbs after the last of listed subjects that say there are several ("Ada y Obi perdieron a su padre": re-attack 22 F1). */
const PLURAL_VERB = /^(?:have|are|were|son|eran|fueron|han|estan|\p{Ll}{2,}(?:aron|ieron))$/u;

/** A name found: where it stands, and its words. */
interface Found {
  readonly start: number;
  readonly end: number;
  readonly words: readonly string[];
}

/** Words that make the name after them the officer's spouse ("He was married to Grace", "casado con Grace"). */
const MARRIED: ReadonlySet<string> = new Set(['married', 'engaged', 'wed', 'casado', 'casada', 'comprometido', 'comprometida']);

/** The relatives' names in `text`: after a word for an officer's relative, before one, and in lists ("sons Emeka and Chidi"). */
function findNames(written: string, ctx: RelativesContext): Found[] {
  // all-caps sentences read as a sentence is written, same length (re-attack 22 F1, F3)
  // (number words and everyday words there are no names: "AND THREE CHILDREN", re-attack 23 P13)
  const text = sentenceCase(written, (f) => isKinWord(f) || capsWord(f));
  const ws = words(text);
  const found: Found[] = [];
  const push = (n: number, e: number): void => {
    found.push({ start: (ws[n] as Word).start, end: (ws[e - 1] as Word).end, words: ws.slice(n, e).map((w) => w.folded.replace(/\.$/u, '')) });
  };
  for (let k = 0; k < ws.length; k++) {
    const f = (ws[k] as Word).folded;
    const married = MARRIED.has(f) && /^(?:to|con)$/u.test(ws[k + 1]?.folded ?? '') && lastPerson(text, ws, k, ctx) !== 'suspect';
    // a label with a colon: "Next of kin: Lucia Mendoza", "(wife: Grace Adeyemi)" (re-attack 23 P2)
    const label = married ? undefined : kinLabel(text, ws, k, isKinWord);
    const labelled = label === 'open' || (label === 'inside' && lastPerson(text, ws, k, ctx) !== 'suspect');
    if (!married && !labelled && !isKinWord(f)) continue;
    // (or an item of an obituary's list with semicolons after the officer's relative: re-attack 23 P5)
    if (married || labelled || listedKin(text, ws, k, isKinWord, (j) => officersKin(text, ws, j, ctx))) {
      let n = nameAfter(text, ws, k);
      while (n >= 0) {
        const e = nameRun(text, ws, n);
        if (e === n || suspectsName(ws.slice(n, e), ctx)) break;
        push(n, e);
        n = listNext(text, ws, e);
      }
    }
    if (married || !isKinWord(f)) continue;
    // "Grace Adeyemi, his wife,", "Grace Adeyemi, the officer's wife", "Grace Adeyemi (wife)", "X, wife of the officer"
    const before = nameBefore(text, ws, k, ctx);
    // "Grace Adeyemi said her husband was a hero", "Grace Adeyemi is his widow", "X dijo que su esposo"
    const subject = before === undefined ? subjectOf(text, ws, k, ctx) : undefined;
    const named = before ?? subject;
    if (named === undefined) continue;
    push(named.start, named.end);
    // every name of a list before it: "Ada, 7, and Obi, 4, his children", "Ada and Obi lost their father" (re-attack 20 F1)
    if (pluralKin(f) || (subject !== undefined && (/^(?:their|sus)$/u.test(ws[k - 1]?.folded ?? '') || PLURAL_VERB.test(ws[named.end]?.folded ?? '')))) {
      for (const r of namesListedBefore(text, ws, named.start, (p) => runEndingAt(text, ws, p, ctx))) push(r.start, r.end);
    }
  }
  return found;
}

/** Whether the name words at `run` are a suspect's name (whole, or words of it with its last word), not only sharing a word. */
function suspectsName(run: readonly Word[], ctx: RelativesContext): boolean {
  const r = run.map((w) => w.folded.replace(/['’]s$|\.$/u, ''));
  if (ctx.suspectNames === undefined) return r.every((w) => ctx.suspects.has(w));
  return ctx.suspectNames.some((name) => {
    const n = name.split(/\s+/u);
    let i = 0;
    for (const w of n) if (w === r[i]) i++;
    return i === r.length && r.at(-1) === n.at(-1);
  });
}

/** A name's span in words: `start` inclusive, `end` exclusive. */
interface Run {
  readonly start: number;
  readonly end: number;
}

/** The capitalised name that ends right before word `p` (one to three words), or `undefined`. */
function runEndingAt(text: string, ws: readonly Word[], p: number, ctx: RelativesContext): Run | undefined {
  let s = p - 1;
  if (s < 0 || !/^\p{Lu}/u.test((ws[s] as Word).text)) return undefined;
  while (s > p - 3 && s > 0 && /^\p{Lu}/u.test((ws[s - 1] as Word).text) && text.slice((ws[s - 1] as Word).end, (ws[s] as Word).start) === ' ') s--;
  while (s < p && nameRun(text, ws, s) !== p) s++;
  if (s === p || roleOfTitle(ws[s - 1]?.folded.replace(/\.$/u, '') ?? '') !== undefined) return undefined;
  const run = ws.slice(s, p);
  if (suspectsName(run, ctx) || run.some((w) => ctx.officer.has(w.folded.replace(/['’]s$/u, '')))) return undefined;
  return { start: s, end: p };
}

/** Whether "of the officer", "of the fallen officer", "del agente", "of [name withheld]" follows the word at `k`. */
function ofOfficerAfter(ws: readonly Word[], k: number): boolean {
  if (!['of', 'del', 'de'].includes(ws[k + 1]?.folded ?? '')) return false;
  for (let j = k + 2; j < k + 6 && j < ws.length; j++) {
    const f = (ws[j] as Word).folded;
    if (OFFICER_WORD.test(f)) return true;
    if (!/^(?:the|an|a|el|la|fallen|slain|late|murdered|deceased|wounded|injured|missing|name|caido|fallecido|herido)$/u.test(f)) return false;
  }
  return false;
}

/**
 * The name written right before a word for the officer's relative and its phrase, after a comma, a dash or an
 * opening bracket (red team 19 L1): "Grace Adeyemi, his wife,", "Grace Adeyemi, the officer's wife", "Grace Adeyemi
 * — the officer's widow —", "Grace Adeyemi (wife)", "Grace Adeyemi, wife of the officer", "Grace Adeyemi, esposa
 * del agente", a name tattoo "\"Grace\" (his wife)".
 */
function nameBefore(text: string, ws: readonly Word[], k: number, ctx: RelativesContext): Run | undefined {
  let p = k;
  let pronoun = false;
  while (p > k - 6 && p > 0 && text.slice((ws[p - 1] as Word).end, (ws[p] as Word).start) === ' ') {
    const d = (ws[p - 1] as Word).folded;
    // ("Ada, who is his wife, was notified": re-attack 20 F1)
    if (!(KIN_MODIFIER.has(d) || (kinModifier(ws[p - 1] as Word) && possessor(ws[p - 2]?.folded ?? '')) || PRONOUN.has(d) || ARTICLE.has(d) || OFFICER_POSSESSIVE.test(d) || /['’]s$/u.test(d) || WHO_IS.has(d))) break;
    pronoun ||= PRONOUN.has(d);
    p--;
  }
  if (p === 0) return undefined;
  // past an age: "Emeka Adeyemi, 12, the officer's son" (red team 19 L10), "Obi (4), his children" (re-attack 20 F1)
  const end = ageBefore(text, ws, p);
  const gap = text.slice((ws[p - 1] as Word).end, (ws[p] as Word).start);
  const copula = pronoun && gap === ' ' && ARE.has((ws[p] as Word).folded);
  if (!copula && !/^["”’]?(?:, |: | ?[–—] ?| - | \()$/u.test(end < p ? gap.replace(/^\)/u, '') : gap)) return undefined;
  const run = runEndingAt(text, ws, end, ctx);
  if (run === undefined) return undefined;
  const notSuspects = (): boolean => lastPerson(text, ws, run.start, ctx) !== 'suspect';
  if (pronoun) return notSuspects() ? run : undefined;
  // (past modifiers too: "X, twin brother of Officer Y", "X (twin brother)", re-attack 23 P4)
  const plain = ws.slice(p, k).every((w, i) => (i === 0 && ARTICLE.has(w.folded)) || KIN_MODIFIER.has(w.folded) || kinModifier(w));
  if (!plain) return officersKin(text, ws, k, ctx) ? run : undefined;
  const kin = (ws[k] as Word).folded.replace(/['’]s?$/u, '');
  // "Grace Adeyemi (wife)", a tattoo "\"Emeka\" (son's name)"
  const bracket = /^(?: names?)?\)/u.test(text.slice((ws[k] as Word).end, (ws[k] as Word).end + 8)) && text.slice((ws[p - 1] as Word).end, (ws[p] as Word).start).endsWith('(');
  return ofOfficerAfter(ws, k) || ((bracket || WIDOW.has(kin)) && notSuspects()) ? run : undefined;
}

/**
 * The name that is the subject of a clause about "her husband", "his widow", "su esposo" (red team 19 L1): "Grace
 * Adeyemi said her husband was a hero", "Grace Adeyemi is his widow", "Grace Adeyemi became a widow", "Grace
 * Adeyemi and their two children survive him", "Grace Adeyemi dijo que su esposo …". One word is a name only after
 * a quotation ("\"…,\" Grace said of her husband").
 */
function subjectOf(text: string, ws: readonly Word[], k: number, ctx: RelativesContext): Run | undefined {
  let q = k - 1;
  while (q > k - 3 && (KIN_MODIFIER.has(ws[q]?.folded ?? '') || (ws[q] !== undefined && kinModifier(ws[q] as Word)))) q--;
  const d = ws[q]?.folded ?? '';
  const widow = WIDOW.has((ws[k] as Word).folded) && (d === 'a' || d === 'una');
  if (!PRONOUN.has(d) && !widow) return undefined;
  let j = q;
  while (j > q - 5 && j > 0 && clauseWord(ws, j - 1) && text.slice((ws[j - 1] as Word).end, (ws[j] as Word).start) === ' ') j--;
  if (j === q || j === 0) return undefined;
  // an age between the name and the verb: "Grace, 34, said her husband …" (re-attack 20 F10); "Grace, who said …" (re-attack 22 F2)
  const comma = text.slice((ws[j - 1] as Word).end, (ws[j] as Word).start) === ', ';
  const end = comma && !/^(?:who|quien|que)$/u.test((ws[j] as Word).folded) ? ageBefore(text, ws, j) : j;
  if (end === j && !comma && text.slice((ws[j - 1] as Word).end, (ws[j] as Word).start) !== ' ') return undefined;
  if (end === j && comma && !/^(?:who|quien|que)$/u.test((ws[j] as Word).folded)) return undefined;
  if (ws.slice(j, q).some((w) => (isKinWord(w.folded) && !spanishSon(ws, w)) || w.folded === 'by' || w.folded === 'por')) return undefined;
  const run = runEndingAt(text, ws, end, ctx);
  if (run === undefined) return undefined;
  // the suspect's own given name ("Marcus lost his father" for a suspect Marcus Lee Hale: re-attack 22 F19)
  if (run.end - run.start === 1 && ctx.suspects.has((ws[run.start] as Word).folded)) return undefined;
  const quoted = /[,!?]["”]\s$/u.test(text.slice(Math.max(0, (ws[run.start] as Word).start - 3), (ws[run.start] as Word).start));
  // one word: a given name before a verb ("Grace said her husband …"; not "She said", "Police said": re-attack 20 F10)
  if (run.end - run.start < 2 && !quoted && !loneSubject(text, ws, run)) return undefined;
  return lastPerson(text, ws, run.start, ctx) !== 'suspect' ? run : undefined;
}

/** Past an age after a name at word `e` (", 7", " (7)"): the index after it, or `e`. */
function pastAge(text: string, ws: readonly Word[], e: number): number {
  const a = ws[e];
  if (a === undefined || !/^\d{1,2}$/u.test(a.text)) return e;
  const gap = text.slice((ws[e - 1] as Word).end, a.start);
  return gap === ', ' || (gap === ' (' && text[a.end] === ')') ? e + 1 : e;
}

/**
 * Where the next name of a list starts after the name that ends before word `e` ("Emeka and Chidi", "Ada, Obi and
 * Chidi", "Ada, 7, and Obi, 4", "Ada (7) and Obi (4)": red team 19 L13), or -1. Names joined by commas only count
 * when the list closes with "and"/"y" and a name ("His wife, Grace, Denver police said" is no list).
 */
function listNext(text: string, ws: readonly Word[], e: number): number {
  let i = pastAge(text, ws, e);
  let first = -1;
  for (let items = 0; items < 8 && i < ws.length; items++) {
    const w = ws[i] as Word;
    const gap = text.slice((ws[i - 1] as Word).end, w.start);
    if ((w.folded === 'and' || w.folded === 'y') && /^\)?,? $/u.test(gap)) {
      const ok = /^\p{Lu}/u.test(ws[i + 1]?.text ?? '') && text.slice(w.end, ws[i + 1]?.start) === ' ';
      return !ok ? -1 : first >= 0 ? first : i + 1;
    }
    if (gap !== ', ' || !/^\p{Lu}/u.test(w.text)) return -1;
    const next = nameRun(text, ws, i);
    if (next === i) return -1;
    if (first < 0) first = i;
    i = pastAge(text, ws, next);
  }
  return -1;
}

/**
 * The name words of the officer's relatives in `texts` (folded; the officer's and suspects' own words left out),
 * for withholding them wherever they stand again.
 *
 * @example
 * relativeNameWords(['His wife, Grace Adeyemi, asked for privacy.'], { officer: new Set(['okafor']), suspects: new Set() }); //=> ['grace', 'adeyemi']
 */
export function relativeNameWords(texts: readonly string[], ctx: RelativesContext): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    // (at most 40 name words: the later scans stay linear in the text)
    if (out.size >= 40) break;
    if (!hasKinWord(t)) continue;
    for (const f of findNames(t, ctx)) for (const w of f.words) if (w.length >= 3 && !ctx.officer.has(w) && !ctx.suspects.has(w)) out.add(w);
  }
  return [...out];
}

/** Whether `text` has a word for a relative at all (a cheap first look). */
function hasKinWord(text: string): boolean {
  const f = foldTerm(text);
  if (f.includes('in-law') || /next of kin|\bnok\b/u.test(f)) return true;
  for (const m of f.matchAll(/\p{L}+/gu)) if (isKinWord(m[0]) || MARRIED.has(m[0])) return true;
  return false;
}

/** A token that is a link, a handle or an e-mail address ("gofundme.com/f/grace-adeyemi", "@graceadeyemi"). */
function isLinkish(token: string): boolean {
  return /[/@#]|www\.|\.(?:com|org|net|me|ly|us|gov|edu)\b/iu.test(token);
}

/**
 * Whether a link, handle or address holds a relative's name word from `known` ("gofundme.com/f/grace-adeyemi").
 *
 * @example
 * relativeInLink('https://gofundme.com/f/grace-adeyemi', ['adeyemi']); //=> true
 */
export function relativeInLink(token: string, known: readonly string[]): boolean {
  if (known.length === 0) return false;
  return foldTerm(token)
    .split(/[^\p{L}]+/u)
    .some((p) => known.some((n) => p === n || (n.length >= 4 && p.includes(n))));
}

/**
 * `text` with the officer's relatives' names withheld: a name after a word for the officer's relative ("His wife,
 * [name withheld], asked"), and every name word in `known` (found anywhere in the request) where it stands again,
 * capitalised, or inside a link, handle or address (the whole token goes: "[withheld]").
 *
 * @example
 * withholdRelativeNames('His son Emeka, 12, was in the car.', { officer: new Set(['okafor']), suspects: new Set() }); //=> 'His son [name withheld], 12, was in the car.'
 */
export function withholdRelativeNames(text: string, ctx: RelativesContext, known: readonly string[] = []): string {
  const spans: { start: number; end: number; link: boolean }[] = hasKinWord(text) ? findNames(text, ctx).map((f) => ({ ...f, link: false })) : [];
  if (known.length > 0) {
    const set = new Set(known);
    for (const m of text.matchAll(/\S+/gu)) {
      const token = m[0];
      const start = m.index;
      if (isLinkish(token) && relativeInLink(token, known)) {
        spans.push({ start, end: start + token.length, link: true });
        continue;
      }
      for (const w of words(token)) if (set.has(w.folded.replace(/['’]s$/u, '')) && /^\p{Lu}/u.test(w.text)) spans.push({ start: start + w.start, end: start + w.end, link: false });
    }
  }
  return applySpans(text, spans);
}

/** `text` with the spans withheld, overlapping and adjacent name spans merged ("Grace [name withheld]" is one). */
function applySpans(text: string, spans: { start: number; end: number; link: boolean }[]): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    let end = s.end;
    // a name part the matcher withheld already goes with it ("Grace [name withheld]" -> "[name withheld]")
    for (const tail of [' [name withheld]', ' [withheld]', ' [nombre omitido]', ' [omitido]']) if (!s.link && text.startsWith(tail, end)) end += tail.length;
    let from = s.start;
    for (const head of ['[name withheld] ', '[withheld] ', '[nombre omitido] ', '[omitido] ']) if (!s.link && text.slice(Math.max(at, from - head.length), from) === head) from -= head.length;
    out += `${text.slice(at, from)}${s.link ? '[withheld]' : '[name withheld]'}`;
    at = end;
  }
  return out + text.slice(at);
}
