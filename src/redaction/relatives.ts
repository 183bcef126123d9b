/**
 * The officer's relatives by name, whatever their surname (red team 17 L3): the guidance (chapter 7) gives the
 * officer's family the officer's consideration, and a relative's name identifies the officer ("His wife, Grace
 * Adeyemi, asked for privacy"; "His son Emeka, 12, was in the car"; "Su esposa Grace Adeyemi pidió privacidad").
 * A name right after (or right before) a word for a relative of the officer ("his", "her", "the officer's", "su",
 * "… del agente") is withheld in every event; the names found anywhere in the request are then withheld wherever
 * they stand again, inside links too ("gofundme.com/f/grace-adeyemi"). A suspect's relative ("the suspect's brother,
 * Tom Hale", "Hale fled with his brother Tom") stays named. Word scans, linear in the text.
 */
import { foldTerm } from './fold.js';
import { roleOfTitle } from './titles.js';

/** Words for a relative (folded), English and Spanish, singular and plural. */
export const KIN_WORDS: ReadonlySet<string> = new Set(
  ('wife husband spouse son sons daughter daughters mother father mom dad brother brothers sister sisters child children ' +
    'kids parents parent fiance fiancee girlfriend boyfriend partner stepson stepdaughter grandson granddaughter ' +
    'grandmother grandfather uncle aunt nephew niece cousin widow widower stepfather stepmother twin ' +
    'esposa esposo hijo hija hijos hijas madre padre hermano hermana hermanos hermanas novia novio pareja abuela abuelo ' +
    'tio tia sobrino sobrina primo prima viuda viudo prometida prometido mama papa').split(' '),
);

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

/** What the scan needs to know: the officer's name words and the suspects' (folded). */
export interface RelativesContext {
  /** The officer's name parts and given-name forms: "Okafor's wife" is the officer's. */
  readonly officer: ReadonlySet<string>;
  /** Suspects' name words: "Hale's brother" and "Hale fled with his brother" are a suspect's. */
  readonly suspects: ReadonlySet<string>;
}

/** A name that stands where a relative's name does: one to three capitalised words, no sentence word or title. */
function nameRun(text: string, ws: readonly Word[], n: number): number {
  let e = n;
  const caps = !/\p{Ll}/u.test(text.slice(ws[n]?.start ?? 0, ws[n + 2]?.end ?? text.length));
  while (e < n + (caps ? 2 : 3) && e < ws.length) {
    const w = ws[e] as Word;
    if (!/^\p{Lu}/u.test(w.text) || NOT_NAME.has(w.folded.replace(/\.$/u, '')) || KIN_WORDS.has(w.folded) || roleOfTitle(w.folded) !== undefined) break;
    if (e > n && !/^ $|^\. $/u.test(text.slice((ws[e - 1] as Word).end, w.start))) break;
    e++;
  }
  return e;
}

/** Whose the last person named before word `k` is, in its sentence or the one before: 'suspect', 'officer', or 'none'. */
function lastPerson(text: string, ws: readonly Word[], k: number, ctx: RelativesContext): 'suspect' | 'officer' | 'none' {
  let sentences = 0;
  for (let j = k - 1; j >= 0 && j >= k - 60; j--) {
    const w = ws[j] as Word;
    if (/[.!?\n]\s/u.test(text.slice(w.end, (ws[j + 1] as Word).start)) && ++sentences > 1) break;
    const f = w.folded.replace(/['’]s?$/u, '');
    if (SUSPECT_WORD.test(w.folded) || ctx.suspects.has(f)) return 'suspect';
    if (OFFICER_WORD.test(w.folded) || ctx.officer.has(f)) return 'officer';
  }
  return 'none';
}

/** Whether the word for a relative at `k` is a relative of the officer's, read from the word before it. */
function officersKin(text: string, ws: readonly Word[], k: number, ctx: RelativesContext, depth = 0): boolean {
  const prev = ws[k - 1];
  if (prev === undefined) return false;
  const f = prev.folded;
  const after = ws.slice(k + 1, k + 4).map((w) => w.folded);
  if (PRONOUN.has(f)) return lastPerson(text, ws, k - 1, ctx) !== 'suspect';
  if (OFFICER_POSSESSIVE.test(f)) return true;
  const possessive = f.replace(/['’]s?$/u, '');
  if (possessive !== f && (ctx.officer.has(possessive) || withheldBefore(text, prev.end))) return true;
  if (withheldBefore(text, prev.end + 1) && /^['’]/u.test(text.slice(prev.end, prev.end + 1))) return true;
  // "his wife and son Emeka", "su esposa e hijos"
  if ((f === 'and' || f === 'y' || f === 'e') && depth < 3) {
    for (let j = k - 2; j >= Math.max(0, k - 6); j--) if (KIN_WORDS.has((ws[j] as Word).folded)) return officersKin(text, ws, j, ctx, depth + 1);
  }
  // "the wife of the officer", "la esposa del agente"
  if (f === 'the' || f === 'la' || f === 'el' || f === 'los' || f === 'las') return OF_OFFICER.has(after[0] ?? '') && after.some((w) => OFFICER_WORD.test(w));
  return false;
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
  const gap = text.slice((ws[n - 1] as Word).end, ws[n]?.start ?? text.length);
  return /^(?: |, |: | - )$/u.test(gap) ? n : -1;
}

/** A name found: where it stands, and its words. */
interface Found {
  readonly start: number;
  readonly end: number;
  readonly words: readonly string[];
}

/** The relatives' names in `text`: after a word for an officer's relative, and joined by "and"/"y" ("sons Emeka and Chidi"). */
function findNames(text: string, ctx: RelativesContext): Found[] {
  const ws = words(text);
  const found: Found[] = [];
  for (let k = 0; k < ws.length; k++) {
    if (!KIN_WORDS.has((ws[k] as Word).folded) || !officersKin(text, ws, k, ctx)) continue;
    let n = nameAfter(text, ws, k);
    while (n >= 0) {
      const e = nameRun(text, ws, n);
      if (e === n) break;
      const run = ws.slice(n, e);
      if (run.some((w) => ctx.suspects.has(w.folded))) break;
      found.push({ start: (ws[n] as Word).start, end: (ws[e - 1] as Word).end, words: run.map((w) => w.folded.replace(/\.$/u, '')) });
      // "Emeka and Chidi", "Emeka, Chidi and Ada"
      const joiner = ws[e]?.folded;
      n = (joiner === 'and' || joiner === 'y') && /^\p{Lu}/u.test(ws[e + 1]?.text ?? '') ? e + 1 : -1;
    }
    // "Grace Adeyemi, his wife,"
    const owner = k - 1;
    if (owner >= 1 && text.slice((ws[owner - 1] as Word).end, (ws[owner] as Word).start) === ', ') {
      let s = owner - 1;
      while (s > owner - 3 && s > 0 && /^\p{Lu}/u.test(ws[s - 1]?.text ?? '') && text.slice((ws[s - 1] as Word).end, (ws[s] as Word).start) === ' ') s--;
      if (nameRun(text, ws, s) === owner) found.push({ start: (ws[s] as Word).start, end: (ws[owner - 1] as Word).end, words: ws.slice(s, owner).map((w) => w.folded) });
    }
  }
  return found;
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
  for (const m of f.matchAll(/\p{L}+/gu)) if (KIN_WORDS.has(m[0])) return true;
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
