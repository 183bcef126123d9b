/**
 * The independent leak guard. After a build, every public output string is normalised (the only code shared
 * with the redaction matcher is `normalize.ts`) and searched for every identity token: each part of 2+ letters
 * of the withheld name and aliases, the badge, a withheld plate and photo address, and the caller's extra terms.
 * There are no place-word, lower-case or structured-field exceptions: a token is allowed only where the
 * redaction reported it as deliberately kept (its folded context is masked first) or where the library's own
 * wording puts it (the same output built from blanked free text has as many).
 */
import { foldIdentityText, normalizeIdentity } from './normalize.js';
import { decodeReferences } from './references.js';
import { joinedCount } from './joined-tokens.js';
import { addressReadings, percentDecode } from './encoded.js';
import type { BlueAlertRequest, Officer } from '../request/schema.js';
import { officerRelease, type OfficerReleaseDecision } from '../redaction/redact.js';
import { knownTitles } from '../redaction/titles.js';
import { libraryPhrases } from '../redaction/phrases.js';
import { BlueAlertError, isNonEmpty, issue, type BlueAlertIssue } from '../errors.js';

/**
 * One identity token the guard searches for (normalised).
 *
 * @example
 * const t: GuardToken = { text: 'okafor', kind: 'name' };
 */
export interface GuardToken {
  readonly text: string;
  readonly kind: 'name' | 'badge' | 'id' | 'term';
}

const NOT_NAME = new Set([
  'jr', 'sr', 'ii', 'iii', 'iv', 'de', 'del', 'della', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos',
  'das', 'st', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'y',
]);
const SPLIT = /[^\p{L}\p{N}\p{M}]+/u;

let titleSet: ReadonlySet<string> | undefined;

function nameTokens(name: string): string[] {
  // a fixed list: made into a set once, not for every name
  titleSet ??= new Set(knownTitles());
  const titles = titleSet;
  const folded = normalizeIdentity(name);
  const words = folded.split(SPLIT).filter((w) => w.length > 0 && !titles.has(w));
  const out = words.filter((w) => w.length >= 2 && !NOT_NAME.has(w));
  // hyphenated and apostrophe names joined ("smith-jones" -> "smithjones", "o'brien" -> "obrien")
  for (const chunk of folded.split(/\s+/)) {
    const pieces = chunk.split(SPLIT).filter((w) => w.length > 0);
    if (pieces.length > 1 && !titles.has(pieces.join(''))) out.push(pieces.join(''));
  }
  // particles joined with what follows ("de la cruz" -> "delacruz")
  for (let i = 0; i < words.length; i++) {
    if (!NOT_NAME.has(words[i] ?? '')) continue;
    for (let j = i + 2; j <= Math.min(words.length, i + 4); j++) {
      if (!NOT_NAME.has(words[j - 1] ?? '')) out.push(words.slice(i, j).join(''));
    }
  }
  return out.filter((w) => w.length >= 2 && !NOT_NAME.has(w));
}

function officerTokens(officer: Officer | undefined, release: OfficerReleaseDecision): GuardToken[] {
  if (officer === undefined) return [];
  const out: GuardToken[] = [];
  if (!release.name) {
    for (const n of [officer.name, ...(officer.aliases ?? [])]) if (n !== undefined) out.push(...nameTokens(n).map((text) => ({ text, kind: 'name' as const })));
  }
  if (!release.badge && officer.badge !== undefined) {
    const core = normalizeIdentity(officer.badge).replace(/^(?:(?:badge|shield|star|id|no|nr|num|number)\b\.?|[#:.\s-])+/u, '').replace(/[^\p{L}\p{N}]+/gu, '');
    if (core.length > 0) out.push({ text: core, kind: 'badge' });
  }
  const plate = officer.vehicle?.plate?.number;
  if (!release.vehicle && plate !== undefined) {
    const core = normalizeIdentity(plate).replace(/[^\p{L}\p{N}]+/gu, '');
    if (core.length >= 2) out.push({ text: core, kind: 'id' });
  }
  if (!release.photo && officer.photoUrl !== undefined) out.push({ text: normalizeIdentity(officer.photoUrl), kind: 'term' });
  return out;
}

const WITHHELD_ALL: OfficerReleaseDecision = {
  name: false, rank: false, badge: false, description: true, vehicle: true, lastKnownLocation: true, photo: false,
};

/**
 * The tokens for a request: its officer's withheld identity, earlier officers' (update, cancel) and extra terms.
 *
 * @example
 * guardTokens(request).map((t) => t.text); //=> ['daniel', 'okafor', '4471']
 */
export function guardTokens(
  request: BlueAlertRequest | undefined,
  extraTerms: readonly string[] = [],
  alsoWithhold: readonly (Officer | undefined)[] = [],
): GuardToken[] {
  const out: GuardToken[] = request === undefined ? [] : officerTokens(request.officer, officerRelease(request));
  for (const o of alsoWithhold) out.push(...officerTokens(o, WITHHELD_ALL));
  for (const t of extraTerms) {
    const text = normalizeIdentity(t);
    if (text.length > 0) out.push({ text, kind: 'term' });
  }
  const seen = new Set<string>();
  return out.filter((t) => (seen.has(t.text) ? false : (seen.add(t.text), true)));
}

const NO_SPACE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const ALNUM = /[\p{L}\p{N}]/u;

function isAlnum(c: string | undefined): boolean {
  return c !== undefined && ALNUM.test(c) && !NO_SPACE.test(c);
}

/** Badge-like tokens: with optional single separators, not touching other letters or digits. */
function idRegex(core: string): RegExp {
  return new RegExp([...core].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[-\\s.,_/]?'), 'g');
}

/** How many times the token occurs in normalised text. */
function countToken(text: string, token: GuardToken, regexes: Map<string, RegExp>): number {
  let n = 0;
  if (token.kind === 'badge' || token.kind === 'id') {
    let re = regexes.get(token.text);
    if (re === undefined) {
      re = idRegex(token.text);
      regexes.set(token.text, re);
    }
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      re.lastIndex = m.index + 1;
      if (!isAlnum(text[m.index - 1]) && !isAlnum(text[m.index + m[0].length])) n++;
    }
    return n;
  }
  const t = token.text;
  const loose = t.length >= 4 || token.kind === 'term' || NO_SPACE.test(t);
  for (let i = text.indexOf(t); i !== -1; i = text.indexOf(t, i + 1)) {
    if (loose || (!isAlnum(text[i - 1]) && !isAlnum(text[i + t.length]))) n++;
  }
  // a name written apart where the name field writes it together ("o'brien", "ka'aihue", "yellow horse" for an
  // officer OBrien, Kaaihue, Yellowhorse: re-attack 23 P1, the guard found none of them)
  if (token.kind === 'name') n += joinedCount(text, t);
  return n;
}

/** Character references read as an HTML viewer reads them, numeric and named ("Ram&oacute;n" is "Ramón"). */
function decodeXml(s: string): string {
  return decodeReferences(s);
}

/**
 * Every public string of a result by path (`xml`, `text.wea90`, `warnings[0].message`, `area.areaDesc` …),
 * skipping only `alert` (the model the XML is written from; the XML is scanned) and the library's own
 * `redactions` and `kept` lists.
 *
 * @example
 * publicStrings({ xml: '<alert/>', text: { wea90: 'x' } }).get('text.wea90'); //=> 'x'
 */
export function publicStrings(output: unknown): Map<string, string> {
  const out = new Map<string, string>();
  // plain loops (no callback or entry pair per value); the same paths in the same order
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') out.set(path, v);
    else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], `${path}[${i}]`);
    } else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        if (path === '' && (k === 'alert' || k === 'redactions' || k === 'kept')) continue;
        walk(o[k], path === '' ? k : `${path}.${k}`);
      }
    }
  };
  walk(output, '');
  return out;
}

const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s<>"]+/gi;

/** The web addresses of a text read decoded (punycode hosts, base64 tokens: red team 11), or ''. */
function encodedAddresses(decoded: string): string {
  if (!decoded.includes('http') && !decoded.includes('www.')) return '';
  let out = '';
  for (const m of decoded.matchAll(WEB_ADDRESS)) for (const r of addressReadings(m[0])) out += ` ${r}`;
  return out;
}

function masked(value: string, path: string, windows: readonly string[]): string {
  // references decoded twice in the XML ("&amp;#97;" is "a" to a viewer that decodes HTML again), once elsewhere
  const decoded = path === 'xml' ? decodeXml(decodeXml(value)) : decodeXml(value);
  let text = foldIdentityText(percentDecode(decoded + encodedAddresses(decoded)));
  for (const w of windows) {
    if (w.length === 0 || !text.includes(w) || labelsNumber(w)) continue;
    text = blankWhole(text, w);
  }
  return text;
}

/**
 * A unit's, badge or number label right before a number of 3+ digits ("dpd unit 4471", "id 4471", "placa numero
 * 44-71", "interceptor 4471"): a kept window that holds one is not masked, so a badge kept there is found (red
 * team 17: the redaction kept "DPD unit 4471" in a vehicle type as a structured value, and the guard agreed).
 */
const LABELLED_NUMBER =
  /(?:^|[^\p{L}\p{N}])(?:unit|unidad|car|carro|cruiser|patrol|patrulla|squad|interceptor|vehicle|vehiculo|id|badge|shield|placa|numero|number|no|nr|num|officer|ofc|[a-z]{0,3}(?:pd|so|sd|hp|dps))\.?\s?[#:]?\s?\d[-\s./]?\d[-\s./]?\d/u;

/** Whether a kept window (folded) holds a labelled number of 3+ digits (see `LABELLED_NUMBER`). */
function labelsNumber(w: string): boolean {
  return /\d/u.test(w) && LABELLED_NUMBER.test(w);
}

/**
 * `w` blanked where it stands whole: not as the start or end of a longer word ("cruz st" masks "cruz st." but
 * not the start of "cruz stanley": red team 15 added the short forms of kept places).
 */
function blankWhole(text: string, w: string): string {
  const openStart = !isAlnum(w[0]);
  const openEnd = !isAlnum(w[w.length - 1]);
  let out = text;
  let from = 0;
  for (let i = out.indexOf(w); i !== -1; i = out.indexOf(w, from)) {
    const end = i + w.length;
    if ((openStart || !isAlnum(out[i - 1])) && (openEnd || !isAlnum(out[end]))) out = `${out.slice(0, i)}${' '.repeat(w.length)}${out.slice(end)}`;
    from = i + 1;
  }
  return out;
}

let phraseList: readonly string[] | undefined;

/** The library's replacement phrases, folded, longest first (made once). */
function phrases(): readonly string[] {
  phraseList ??= [...new Set(libraryPhrases().map(foldIdentityText))].sort((a, b) => b.length - a.length);
  return phraseList;
}

/**
 * The library's own replacement phrases ("an officer", "[name withheld]") blanked where they stand as words, when a
 * token is one of their words (a surname "An"): the redaction's wording is not the officer's name.
 */
function withoutPhrases(text: string): string {
  let out = text;
  for (const p of phrases()) {
    if (!out.includes(p)) continue;
    let from = 0;
    for (let i = out.indexOf(p); i !== -1; i = out.indexOf(p, from)) {
      const end = i + p.length;
      if (!isAlnum(out[i - 1]) && !isAlnum(out[end])) out = `${out.slice(0, i)}${' '.repeat(p.length)}${out.slice(end)}`;
      from = end;
    }
  }
  return out;
}

/** Whether a token is a word of the library's replacement phrases (then they are blanked before counting). */
function inPhrases(token: GuardToken): boolean {
  return token.kind === 'name' && phrases().some((p) => p.split(/[^\p{L}\p{N}]+/u).includes(token.text));
}

/**
 * A text the library reads aloud, as written and as said ("W Colfax Ave" said "West Colfax Avenue"), and the output
 * paths that carry it said. Attached to an output under `SPOKEN` (a symbol: never a public string).
 *
 * @example
 * const s: SpokenText = { paths: ['text.eas', 'xml'], written: 'Shot on Elm Ln.', said: 'Shot on Elm Lane.' };
 */
export interface SpokenText {
  readonly paths: readonly string[];
  readonly written: string;
  readonly said: string;
}

/**
 * The key under which an output (or a baseline) carries its `SpokenText`s.
 *
 * @example
 * findGuardLeaks(tokens, { ...message, [SPOKEN]: [{ paths: ['text.eas'], written, said }] }, keptWindows);
 */
export const SPOKEN: unique symbol = Symbol('spoken');

/**
 * How many times the library itself wrote the token at `path` when it read a text aloud: per spoken text, the
 * occurrences in the said form beyond those in the written one (an officer West and "W Colfax Ave" said "West Colfax
 * Avenue": one; red team 19 B3). A "West" the text wrote itself is counted in both, so it is never excused.
 */
function saidByLibrary(output: unknown, path: string, token: GuardToken, read: (v: string, p: string) => string, regexes: Map<string, RegExp>): number {
  const spoken = output !== null && typeof output === 'object' ? (output as { [SPOKEN]?: readonly SpokenText[] })[SPOKEN] : undefined;
  let n = 0;
  for (const s of spoken ?? []) {
    if (!s.paths.includes(path)) continue;
    n += Math.max(0, countToken(read(s.said, 'text.eas'), token, regexes) - countToken(read(s.written, 'text.eas'), token, regexes));
  }
  return n;
}

/**
 * The output paths that hold withheld identity the redaction did not report as kept and the library's own
 * wording does not explain. `baseline` builds the same outputs from blanked free text; it runs only when a
 * token is found.
 *
 * @example
 * findGuardLeaks(guardTokens(request), message, []); //=> [] or ['text.wea90']
 */
export function findGuardLeaks(
  tokens: readonly GuardToken[],
  output: unknown,
  keptWindows: readonly string[],
  baseline?: () => readonly unknown[],
): string[] {
  if (tokens.length === 0) return [];
  const regexes = new Map<string, RegExp>();
  const suspicious = new Map<string, Map<string, number>>();
  const blankPhrases = tokens.some(inPhrases);
  const read = (value: string, path: string): string => (blankPhrases ? withoutPhrases(masked(value, path, keptWindows)) : masked(value, path, keptWindows));
  for (const [path, value] of publicStrings(output)) {
    const text = read(value, path);
    for (const token of tokens) {
      let n = countToken(text, token, regexes);
      // (the words the library said longer when reading a text aloud are its own)
      if (n > 0) n -= saidByLibrary(output, path, token, read, regexes);
      if (n <= 0) continue;
      const byToken = suspicious.get(path) ?? new Map<string, number>();
      byToken.set(token.text, n);
      suspicious.set(path, byToken);
    }
  }
  if (suspicious.size === 0) return [];
  let outputs: readonly unknown[] = [];
  if (baseline !== undefined) {
    try {
      outputs = baseline();
    } catch {
      outputs = [];
    }
  }
  const bases = outputs.map(publicStrings);
  const leaks: string[] = [];
  for (const [path, byToken] of suspicious) {
    // each baseline's text at this path masked once, whatever the number of tokens found there
    let maskedBases: string[] | undefined;
    const leaked = [...byToken].some(([text, n]) => {
      const token = tokens.find((t) => t.text === text) as GuardToken;
      maskedBases ??= bases.map((b) => read(b.get(path) ?? '', path));
      const allowed = Math.max(0, ...maskedBases.map((m, i) => countToken(m, token, regexes) - saidByLibrary(outputs[i], path, token, read, regexes)));
      return n > allowed;
    });
    if (leaked) leaks.push(path);
  }
  return leaks;
}

/**
 * Throws `BlueAlertError` (code `officer_identity_leak`, one issue per output path) when the guard finds
 * withheld identity in a public output. The message names the path, never the value.
 *
 * @example
 * assertGuard(guardTokens(request), message, keptWindows, () => [baselineMessage]);
 */
export function assertGuard(
  tokens: readonly GuardToken[],
  output: unknown,
  keptWindows: readonly string[],
  baseline?: () => readonly unknown[],
): void {
  const issues: BlueAlertIssue[] = findGuardLeaks(tokens, output, keptWindows, baseline).map((path) =>
    issue(
      'officer_identity_leak',
      path,
      `Withheld officer identity was found in the public output "${path}", so no message was returned. Reword the free text that names the officer, or report this as a bug; the law-enforcement audience keeps officer details on purpose.`,
    ),
  );
  if (isNonEmpty(issues)) throw new BlueAlertError(issues);
}
