/**
 * Finding and replacing officer identity in text (the terms are built in `names.ts`).
 *
 * Matching works on the normalised text (`src/privacy/normalize.ts`: NFKC, invisible characters removed,
 * look-alike letters mapped, case and accents folded) and maps every match back to the original text.
 * - Whole names, badges, withheld identifiers and extra terms are matched in every field.
 * - A lone name part ("Okafor") is matched as a whole word in free text. After a rank or title ("Officer Okafor
 *   Crossing", "Sgt. Young Street") it is always the officer. Without one it is kept, and reported as kept, when
 *   it is a place (followed by a street or place word, or after "Fort", "Lake"…), part of a phrase the request
 *   gives elsewhere as a fact (a suspect's name, a vehicle "Ford F-150", a location), written as an everyday
 *   word in lower case ("a young male"), or when it stands in a structured field (vehicle make, suspect's name,
 *   location) — those are matched by their meaning, not by substring.
 * - Words written without spaces (Chinese, Japanese, Thai) are matched without word boundaries.
 * - Web and e-mail addresses, hashtags and slugs ("…/daniel-okafor-family", "#JusticeForOkafor",
 *   "/officers/4471") are searched inside; one that holds identity is replaced whole.
 */
import { foldTerm, foldText, isNoSpaceScript, isWordChar, type FoldedText } from './fold.js';
import { knownTitles, roleOfTitle, type OfficerRole } from './titles.js';
import { type IdentityTerm, type IdentityTermKind } from './names.js';
import { findAddresses } from './address.js';
import { rolePhrase, sharedNameWord, withheldWord, type PhraseLanguage } from './phrases.js';

export { badgeTerm, nameTerms, withheldIdTerm, type IdentityTerm, type IdentityTermKind } from './names.js';

/**
 * How a field is scanned: `free` (prose), `institutional` (agency and suspect names: a lone name part is kept
 * unless a title stands before it), `place` (location fields), `structured` (vehicle make, model, colour,
 * measurements, phone numbers: only whole names and extra terms are removed; other hits are kept and reported)
 * or `address` (web and e-mail addresses, file names: every term in any case).
 *
 * @example
 * const m: ScanMode = 'institutional';
 */
export type ScanMode = 'free' | 'institutional' | 'place' | 'structured' | 'address';

/**
 * One match of withheld identity in a text, as original string offsets.
 *
 * @example
 * const m: IdentityMatch = { start: 0, end: 13, kind: 'name', term: 'maria young' };
 */
export interface IdentityMatch {
  readonly start: number;
  readonly end: number;
  readonly kind: IdentityTermKind;
  /** The (folded) term that matched, without the title or article around it. */
  readonly term: string;
}

/**
 * Something that looks like identity and was deliberately kept. `windows` are folded phrases around it (for the
 * independent guard, internal; never published); `reason` says why.
 *
 * @example
 * const k: KeptMatch = { s: 0, e: 5, kind: 'name-part', reason: 'place name', windows: ['young street'] };
 */
export interface KeptMatch {
  /** Folded offsets of the kept match. */
  readonly s: number;
  readonly e: number;
  readonly kind: IdentityTermKind;
  readonly reason: string;
  readonly windows: readonly string[];
}

/**
 * A phrase the request states as a fact elsewhere (a suspect's name, "ford f-150", a location): a name part
 * inside it is kept.
 *
 * @example
 * const p: ProtectedPhrase = { text: 'ford f-150', reason: 'suspect vehicle' };
 */
export interface ProtectedPhrase {
  readonly text: string;
  readonly reason: string;
}

/**
 * Options of `createIdentityMatcher`.
 *
 * @example
 * const o: MatcherOptions = { defaultRole: 'deputy', protect: [{ text: 'marcus young', reason: 'suspect name' }] };
 */
export interface MatcherOptions {
  readonly defaultRole?: OfficerRole;
  readonly protect?: readonly ProtectedPhrase[];
  /** Name parts also in a suspect's name: alone, they become "[name withheld]" instead of a false "an officer". */
  readonly shared?: readonly string[];
}

/**
 * The result of `redact`.
 *
 * @example
 * const r: RedactedText = { text: 'An officer was shot.', kinds: ['name'], kept: [] };
 */
export interface RedactedText {
  readonly text: string;
  readonly kinds: IdentityTermKind[];
  readonly kept: KeptMatch[];
}

/**
 * Finds and replaces withheld identity. Built by `createIdentityMatcher`.
 *
 * @example
 * const m: IdentityMatcher = createIdentityMatcher([{ text: 'young', kind: 'name-part' }]);
 * m.redact('Young was shot.').text; //=> 'An officer was shot.'
 */
export interface IdentityMatcher {
  readonly terms: readonly IdentityTerm[];
  /** Every match in `text`, in order, without overlaps. */
  find(text: string, mode?: ScanMode): IdentityMatch[];
  /** Replaces names by a neutral phrase (in `lang`), removes badges, replaces other withheld terms. */
  redact(text: string, mode?: ScanMode, lang?: PhraseLanguage): RedactedText;
  /** Replaces every match by "[redacted]" (for messages). */
  scrub(text: string): string;
}

const PLACE_AFTER = new Set([
  'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln', 'way',
  'court', 'ct', 'place', 'pl', 'parkway', 'pkwy', 'highway', 'hwy', 'freeway', 'fwy', 'expressway', 'county',
  'co', 'parish', 'borough', 'city', 'township', 'twp', 'park', 'lake', 'river', 'creek', 'mountain', 'mtn',
  'springs', 'heights', 'hills', 'valley', 'beach', 'bay', 'falls', 'island', 'square', 'sq', 'plaza', 'trail',
  'circle', 'cir', 'terrace', 'ter', 'crossing', 'junction', 'village', 'pike', 'turnpike', 'canyon', 'mesa',
  'ridge', 'pass', 'point', 'harbor', 'port', 'station', 'airport', 'bridge', 'tunnel', 'mall', 'reservoir',
  'cemetery', 'hill', 'school', 'elementary', 'high', 'hospital', 'church',
]);
const PLACE_BEFORE = new Set(['fort', 'ft', 'mount', 'mt', 'lake', 'port', 'saint', 'st', 'san', 'santa', 'lago', 'cape', 'glen', 'new']);
const UNIT_AFTER = /^\s?(?:lbs?|pounds?|kg|kilos?|cm|mm|in|inches|ft|feet|foot|mph|km\/?h?|miles?|mi|yrs?|years?|yo|y\/o|%|'|"|°|cc|hp)(?![\p{L}\p{N}])/u;
const NUMBERISH = /[-:/+.,]/;
const BADGE_PREFIX = /(?:(?:badge|shield|star|placa)\s?(?:(?:no|nr|num|number)\.?\s?)?[#:]?\s?|#\s?|(?:no|number|n[º°])\.?\s?)$/;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f]/;
const PLACEHOLDER = '\uFFFF';
/** What may stand between two parts of one written name: a space, or a nickname in quotes or brackets. */
const NAME_GAP = /^(?: |\s*["“'‘(][\p{L}\p{M}.-]{1,24}["”'’)]\s*)$/u;

/** An address with its percent-escapes decoded and folded ("%4Fkafor" reads "okafor"); malformed escapes stay. */
function percentDecoded(token: string): string {
  const bytes = token.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
  return foldTerm(bytes);
}

const UNITS: Readonly<Record<string, string>> = {
  zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8',
  nine: '9', cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8',
  nueve: '9',
};
const TEENS: Readonly<Record<string, string>> = {
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16',
  seventeen: '17', eighteen: '18', nineteen: '19',
};
const TENS: Readonly<Record<string, string>> = {
  twenty: '2', thirty: '3', forty: '4', fourty: '4', fifty: '5', sixty: '6', seventy: '7', eighty: '8', ninety: '9',
};
const SPELLED_AFTER_LABEL = /(?:badge|shield|star|placa)\s?(?:(?:no|nr|num|number|numero)\.?\s?)?[#:,]?\s?((?:[a-z]+(?:[\s-]|(?![a-z])))+)/g;

/**
 * A badge spelled out in words after a badge label ("badge four four seven one", "Badge forty-four seventy-one",
 * "placa cuatro cuatro siete uno"): the words are read as digits and compared with the badge.
 */
function spelledBadge(t: string, badge: string, hits: Hit[]): void {
  if (!/^\d+$/.test(badge) || !/badge|shield|star|placa/.test(t)) return;
  for (const m of t.matchAll(SPELLED_AFTER_LABEL)) {
    const words = (m[1] ?? '').split(/[\s-]/);
    let digits = '';
    let used = 0; // characters of m[1] read as number words
    for (let i = 0; i < words.length && digits.length < badge.length; i++) {
      const w = words[i] as string;
      const unit = TENS[w] === undefined || words[i + 1] === undefined ? undefined : UNITS[words[i + 1] as string];
      const d = UNITS[w] ?? TEENS[w] ?? (TENS[w] === undefined ? undefined : TENS[w] + (unit ?? '0'));
      if (d === undefined) break;
      digits += d;
      used += w.length + 1;
      if (unit !== undefined) used += (words[++i] as string).length + 1; // "forty-four": the unit word too
    }
    if (digits === badge) {
      const s = (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
      hits.push({ s, e: Math.min(s + used - 1, t.length), kind: 'badge', term: badge });
    }
  }
}

/**
 * Cyrillic and Greek letters read as Latin, one letter for one (so offsets hold): "Окафор" and "Οκαφορ" read
 * "okafor". Sounds written with two Latin letters keep their first or main one (ж z, ш s, ч c, χ h, θ t, ψ p).
 */
const TRANSLIT: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', є: 'e', ж: 'z', з: 'z', и: 'i', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c',
  ш: 's', щ: 's', ы: 'y', э: 'e', ю: 'u', я: 'a', ґ: 'g',
  α: 'a', β: 'b', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 't', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'h', ψ: 'p', ω: 'o',
};
const CYRILLIC_GREEK = /[\u0370-\u03ff\u0400-\u04ff]/;

/** The folded text with Cyrillic and Greek letters transliterated (see TRANSLIT), or none without them. */
function transliterated(original: string, f: FoldedText): string[] {
  if (f.identity || !CYRILLIC_GREEK.test(original)) return [];
  const t = f.text;
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const src = original.slice(f.start(i), f.end(i));
    const one = [...src].length === 1 ? TRANSLIT[src.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')] : undefined;
    out += one ?? t[i];
  }
  return [out];
}

/** Maximal runs of letters and digits (one quantifier: linear). */
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const LETTER_DIGIT = /\p{L}[01]|[01]\p{L}/u;
/**
 * Readings of folded text for identity comparison only, where inside a word that has letters 0 reads o and 1
 * reads l (first reading) or i (second). None when no such word exists.
 */
function digitLetterReadings(t: string): string[] {
  if (!LETTER_DIGIT.test(t)) return [];
  const as = (one: string): string =>
    t.replace(WORD_RUN, (w) => (LETTER_DIGIT.test(w) ? w.replace(/0/g, 'o').replace(/1/g, one) : w));
  return [as('l'), as('i')];
}

function badgePattern(core: string): RegExp {
  const esc = [...core].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(esc.join('[-\\s.,_/]?'), 'g');
}

function badgeBoundary(t: string, s: number, e: number): boolean {
  const before = t[s - 1];
  const after = t[e];
  if (isWordChar(before) && !isNoSpaceScript(before)) return false;
  if (isWordChar(after) && !isNoSpaceScript(after)) return false;
  if (before !== undefined && NUMBERISH.test(before) && isWordChar(t[s - 2])) return false;
  if (after !== undefined && NUMBERISH.test(after) && isWordChar(t[e + 1])) return false;
  return true;
}

function wordBoundary(t: string, s: number, e: number, needle: string): boolean {
  if (isNoSpaceScript(needle[0]) || isNoSpaceScript(needle[needle.length - 1])) return true;
  const before = t[s - 1];
  const arabic = ARABIC.test(needle);
  if (!arabic && isWordChar(before) && !isNoSpaceScript(before)) return false;
  if ((before === '-' || before === "'") && isWordChar(t[s - 2]) && !isNoSpaceScript(t[s - 2])) {
    // "o'okafor" is another word; "l'okafor", "d'okafor" (French/Italian elision) name the officer
    if (!(before === "'" && /^(?:^|[^\p{L}])[ldn]$/u.test(t.slice(Math.max(0, s - 3), s - 1)))) return false;
  }
  let after = t[e];
  // a plural of the surname ("the Okafors", "the Lopezes") is the family: the name
  if (needle.length >= 4 && after === 's' && !isWordChar(t[e + 1])) after = t[e + 1];
  else if (needle.length >= 4 && t.startsWith('es', e) && /[sxz]$/.test(needle) && !isWordChar(t[e + 2])) after = t[e + 2];
  if (!arabic && isWordChar(after) && !isNoSpaceScript(after)) return false;
  if (after === '-' && isWordChar(t[e + 1])) return false;
  if (after === "'" && isWordChar(t[e + 1])) return t[e + 1] === 's' && !isWordChar(t[e + 2]);
  return true;
}

const LOCATIVE = new Set([
  'in', 'near', 'at', 'to', 'toward', 'towards', 'from', 'of', 'outside', 'inside', 'via', 'on', 'north', 'south',
  'east', 'west', 'northbound', 'southbound', 'eastbound', 'westbound', 'downtown', 'past', 'into', 'across', 'around',
  'en', 'cerca', 'hacia', 'desde', 'por',
]);

/** Whether the original character behind folded position `i` is upper case. */
function capitalAt(original: string, f: FoldedText, i: number): boolean {
  if (i < 0 || i >= f.text.length) return false;
  return /\p{Lu}/u.test(original.slice(f.start(i), f.end(i)));
}

/** A capitalised word (not a title) right before position `s`: part of a longer place name ("Rose Hill"). */
function capitalisedWordBefore(original: string, f: FoldedText, s: number): boolean {
  const w = wordBefore(f.text, s);
  if (w === '' || f.text[s - 1] !== ' ' || titleBefore(f.text, s) !== undefined) return false;
  return capitalAt(original, f, s - 1 - w.length);
}

/** A location field names a place here: at its start, after a comma, or after "near", "in", "toward"…. */
function placeContext(t: string, s: number): boolean {
  const before = t.slice(Math.max(0, s - 30), s);
  if (/(?:^|[,;(/])\s*$/u.test(before)) return true;
  return LOCATIVE.has(wordBefore(t, s));
}

const VEHICLE_NEXT = /^(?:truck|pickup|sedan|suv|van|car|coupe|wagon|hatchback|minivan|[a-z]{1,3}-?\d{1,4}|focus|fusion|escape|explorer|ranger|mustang|taurus|bronco|edge|expedition|transit|civic|accord|corolla|camry)$/;
/** Vehicle makes that are also surnames or given names: before a model or a vehicle word they are the vehicle. */
const VEHICLE_MAKES = new Set([
  'ford', 'chevy', 'chevrolet', 'dodge', 'lincoln', 'buick', 'cadillac', 'chrysler', 'jeep', 'ram', 'tesla', 'honda',
  'toyota', 'nissan', 'mazda', 'subaru', 'kia', 'hyundai', 'volvo', 'porsche', 'mercedes', 'bentley', 'royce', 'austin',
  'morgan', 'jensen', 'mercury', 'plymouth', 'pontiac', 'saturn', 'genesis', 'mini', 'fiat', 'jaguar', 'rover',
]);

/** Words after a sentence-initial everyday word that make it the person ("Young was shot", "Do said"). */
const PERSON_NEXT = new Set([
  'was', 'is', 'has', 'had', 'and', 'remains', 'who', 'said', 'called', 'ran', 'fired', 'died', 'suffered', 'and', 'were',
  'will', 'would', 'did', 'got', 'took', 'went', 'fell', 'lost', 'left',
]);
const FAMILY_NEXT = new Set(['family', 'residence', 'household']);

/** `text` without the trailing characters listed in `chars` (a scan from the end: linear, unlike `/[…]+$/`). */
function trimEndChars(text: string, chars: string): string {
  let e = text.length;
  while (e > 0 && chars.includes(text.charAt(e - 1))) e--;
  return e === text.length ? text : text.slice(0, e);
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const ONE_SPACE = /^\s$/u;
/** The word (letters and digits) right before "word. " or "word " ending at `s`, within 30 units; a linear scan. */
function wordBefore(t: string, s: number): string {
  const floor = Math.max(0, s - 30);
  if (s <= floor || !ONE_SPACE.test(t.charAt(s - 1))) return '';
  let j = s - 1;
  if (j > floor && t.charAt(j - 1) === '.') j--;
  let k = j;
  while (k > floor) {
    const lo = t.charCodeAt(k - 1);
    // a surrogate pair is one character; half of one (cut by the window) is not a letter
    const pair = lo >= 0xdc00 && lo <= 0xdfff && k - 2 >= floor && t.charCodeAt(k - 2) >= 0xd800 && t.charCodeAt(k - 2) <= 0xdbff;
    const w = pair ? 2 : 1;
    if (!LETTER_OR_DIGIT.test(t.slice(k - w, k))) break;
    k -= w;
  }
  return t.slice(k, j);
}
const WORD_AFTER = /^\s([\p{L}\p{N}]+)/u;
function wordAfter(t: string, e: number): string {
  return WORD_AFTER.exec(t.slice(e, e + 30))?.[1] ?? '';
}

/** The rank or title written right before position `s` (after `floor`), e.g. "sgt." in "sgt. young". */
export function titleBefore(t: string, s: number, floor = 0): string | undefined {
  let before = t.slice(Math.max(floor, s - 48), s);
  if (before.endsWith(' ')) before = before.slice(0, -1);
  if (before.endsWith('.')) before = before.slice(0, -1);
  if (before.length === 0 || !isWordChar(before[before.length - 1])) return undefined;
  return knownTitles().find((x) => before.endsWith(x) && !isWordChar(before[before.length - x.length - 1]));
}

/**
 * Folded phrases around a kept match, for the guard to mask: the whole written token it stands in (a longer
 * word, a phone number) with one word either side, with the word after, with the word before; the token alone
 * only when it is longer than the match or has no neighbours (the whole field).
 */
function windows(t: string, s: number, e: number): string[] {
  let ts = s;
  while (ts > 0 && s - ts < 60 && !/[\s,;:()"]/.test(t[ts - 1] ?? ' ')) ts--;
  let te = e;
  while (te < t.length && te - e < 60 && !/[\s,;:()"]/.test(t[te] ?? ' ')) te++;
  while (te > e && /[.!?']/.test(t[te - 1] ?? '')) te--;
  const core = t.slice(ts, te);
  const left = /(?:^|[\s,;:()"])([^\s,;:()"]+\s)$/u.exec(t.slice(Math.max(0, ts - 40), ts))?.[1] ?? '';
  const right = trimEndChars(/^(\s[^\s,;:()"]+)/u.exec(t.slice(te, te + 40))?.[1] ?? '', '.!?');
  const list = [left + core + right, core + right, left + core].map((w) => w.trim());
  if (core.length > e - s || (left === '' && right === '')) list.push(core);
  return [...new Set(list.filter((w) => w.length > e - s || (left === '' && right === '')))];
}

interface Hit {
  s: number;
  e: number;
  readonly kind: IdentityTermKind;
  readonly term: string;
  role?: OfficerRole;
  article?: string;
  possessive?: boolean;
  titled?: boolean;
  /** "the Okafors": the officer's family. */
  plural?: boolean;
  whole?: 'address' | 'shared';
}

interface Scan {
  hits: Hit[];
  kept: KeptMatch[];
}

/**
 * Name parts that are also everyday English words. Written all in lower case with no title before them
 * ("a young male", "a gray truck") they are the word, and kept (and reported); capitalised or after a title
 * they are the officer.
 */
const EVERYDAY = new Set(
  ('young old price rose bill king brown white black green gray grey long short little hill wood woods stone law do may ' +
    'will mark rich hunter baker cook page lane bell field ford hall hope joy love ray day knight gold silver grant guy ' +
    'frank cross ball banks lamb marsh park pope reed rice sharp small strong swift wise hardy house power mason fisher ' +
    'porter cash case chase church dean drake lake lord noble post rock root sterling street sweet wall ward waters west ' +
    'north south east summer winter dawn grace faith june april august pat sue rob art iv bright fair free good best ' +
    'new still bush fox wolf moon star sky rain snow storm cole coal miles ' +
    // body and clothing words of a suspect description ("tattoo on neck", "jeans")
    'neck jean arm hand head face chin cheek lip ear cap hood coat boot belt chain ring scar mole').split(' '),
);

const RACE_WORDS = new Set(['black', 'white', 'brown', 'asian', 'hispanic', 'latino', 'latina', 'native', 'arab', 'indian']);
const PERSON_NOUN = new Set(['male', 'female', 'man', 'woman', 'men', 'women', 'males', 'females', 'boy', 'girl', 'teen', 'teenager', 'adult', 'juvenile', 'suspect', 'hombre', 'mujer']);
const PLACE_PREP = new Set(['toward', 'towards', 'in', 'near', 'into', 'hacia', 'cerca']);
const SINGLE_PLACE_PREP = new Set(['toward', 'towards', 'into', 'hacia']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northbound', 'southbound', 'eastbound', 'westbound', 'northeast', 'northwest', 'southeast', 'southwest']);
const MOTION = new Set(['fled', 'flee', 'fleeing', 'heading', 'headed', 'travelling', 'traveling', 'travelled', 'traveled', 'going', 'went', 'driving', 'drove', 'running', 'ran']);

/**
 * The everyday sense of an untitled name part or name, kept (the reason) or `undefined`: a race word before a
 * person noun ("a Black male"), a capitalised place after toward/in/near/into ("fled toward Aurora", "seen in
 * Rose Hill", a run of name parts counts as one place), a vehicle make after "a"/"an" ("driving a Ford"), a month
 * before a day number ("since May 3"), a compass word after a verb of motion ("fled West").
 */
function keptSense(t: string, original: string, f: FoldedText, s: number, e: number, needle: string, parts: ReadonlySet<string>, surnames: ReadonlySet<string>): string | undefined {
  const after = wordAfter(t, e);
  const before = wordBefore(t, s);
  const possessive = t[e] === "'" && t[e + 1] === 's';
  if (possessive) return undefined;
  if (RACE_WORDS.has(needle) && PERSON_NOUN.has(after)) return 'a race word before a person noun';
  if (MONTHS.has(needle) && /^\s\d{1,2}(?!\d)/.test(t.slice(e, e + 4)) && Number(/\d+/.exec(t.slice(e, e + 4))?.[0]) <= 31) return 'a month before a day';
  if (COMPASS.has(needle) && t[s - 1] === ' ' && MOTION.has(before)) return 'a direction of travel';
  if (VEHICLE_MAKES.has(needle) && t[s - 1] === ' ' && (before === 'a' || before === 'an') && capitalAt(original, f, s)) return 'a vehicle make after an article';
  // a place: the run of capitalised name parts this word sits in, after a place preposition; one word only after
  // toward/into ("fled toward Aurora", never "near Okafor"), two or more only when the last is a place word
  // ("in Rose Hill", never "near Maria Young")
  if (!capitalAt(original, f, s)) return undefined;
  let p = s;
  for (let n = 0; n < 6; n++) {
    const w = t.charAt(p - 2) === '.' ? '' : wordBefore(t, p); // "word " only, not "word. "
    if (w === '' || !parts.has(w) || !capitalAt(original, f, p - w.length - 1)) break;
    p -= w.length + 1;
  }
  let q = e;
  for (let n = 0; n < 6; n++) {
    const w = wordAfter(t, q);
    if (w === '' || !parts.has(w) || !capitalAt(original, f, q + 1)) break;
    q += w.length + 1;
  }
  if (PLACE_AFTER.has(wordAfter(t, q))) return undefined; // "Rose Hill Cemetery": the place rules below decide
  const run = t.slice(p, q).split(' ');
  const prep = t[p - 1] === ' ' ? wordBefore(t, p) : '';
  // never a surname alone ("ran toward Okafor"): only a given name can be read as the place
  if (run.length === 1 && SINGLE_PLACE_PREP.has(prep) && !surnames.has(needle)) return 'a place after toward/into';
  if (run.length > 1 && PLACE_PREP.has(prep) && PLACE_AFTER.has(run[run.length - 1] as string)) return 'a place after a place preposition';
  return undefined;
}

class Scanner {
  private readonly patterns = new Map<string, RegExp>();
  private readonly compactTerms: { term: IdentityTerm; compact: string }[];

  private readonly terms: readonly IdentityTerm[];
  private readonly protect: readonly ProtectedPhrase[];
  private readonly shared: ReadonlySet<string>;
  private readonly partSet: ReadonlySet<string>;
  private readonly surnames: ReadonlySet<string>;

  constructor(terms: readonly IdentityTerm[], protect: readonly ProtectedPhrase[], shared: ReadonlySet<string>) {
    this.terms = terms;
    this.protect = protect;
    this.shared = shared;
    this.partSet = new Set(terms.filter((x) => x.kind === 'name-part' || x.kind === 'name').map((x) => x.text));
    // the surname: what follows the given-name initial ("a. diaz"), or a one-word name
    this.surnames = new Set(
      terms.filter((x) => x.kind === 'name').flatMap((x) => /^\p{L}\. (\S+)$/u.exec(x.text)?.slice(1) ?? (x.text.includes(' ') ? [] : [x.text])),
    );
    this.compactTerms = terms
      .filter((t) => t.kind !== 'initial')
      .map((term) => ({ term, compact: term.text.replace(/[^\p{L}\p{N}]+/gu, '') }))
      .filter((c) => c.compact.length >= (c.term.kind === 'badge' || c.term.kind === 'withheld' || isNoSpaceScript(c.compact[0]) ? 2 : 3));
  }

  scan(original: string, f: FoldedText, mode: ScanMode): Scan {
    const t = f.text;
    const hits: Hit[] = [];
    const kept: KeptMatch[] = [];
    const keep = (s: number, e: number, kind: IdentityTermKind, reason: string): void => {
      kept.push({ s, e, kind, reason, windows: windows(t, s, e) });
    };
    if (mode !== 'address') this.addresses(t, hits);
    for (const term of this.terms) {
      if (term.kind === 'badge') spelledBadge(t, term.text, hits);
      if (term.kind === 'badge' || term.kind === 'withheld') this.badges(t, term, mode, hits, keep);
      else this.words(original, f, term, mode, hits, keep);
    }
    // digits written for letters inside a word ("0kaf0r", "Ph1l1p") and names written in Cyrillic or Greek
    // ("Окафор", "Οκαφορ"): names are matched again in readings of the text with 0 as o and 1 as l or i, and with
    // Cyrillic and Greek letters transliterated, letter for letter (same length, same offsets); the text itself
    // is never changed
    for (const alt of [...digitLetterReadings(t), ...transliterated(original, f)]) {
      const g: FoldedText = { text: alt, identity: f.identity, start: (i) => f.start(i), end: (i) => f.end(i) };
      for (const term of this.terms) if (term.kind === 'name' || term.kind === 'name-part') this.words(original, g, term, mode, hits, keep);
    }
    const chosen = this.resolve(t, hits, kept, original, f);
    // a kept part of a longer match that was redacted ("aa" of "officer maria aa-aa") was not kept at all
    const stillKept = chosen.length === 0 ? kept : kept.filter((k) => !chosen.some((h) => h.s < k.e && k.s < h.e));
    return { hits: chosen, kept: stillKept };
  }

  /**
   * A capitalised word right before the surname that starts like a given name ("Danny Okafor", "Officer Dan
   * Okafor" for Daniel) is a nickname: part of the mention.
   */
  private absorbNicknames(t: string, hits: Hit[], original: string, f: FoldedText): void {
    const prefixes = new Set(this.terms.filter((x) => x.kind === 'name-part' && x.text.length >= 4).map((x) => x.text.slice(0, 3)));
    if (prefixes.size === 0) return;
    let floor = 0;
    for (const h of hits) {
      if (h.whole === undefined && (h.kind === 'name' || h.kind === 'name-part')) {
        const m = /([\p{L}]{3,12}) $/u.exec(t.slice(Math.max(floor, h.s - 14), h.s));
        const word = m?.[1];
        if (word !== undefined && prefixes.has(word.slice(0, 3)) && !isWordChar(t[h.s - word.length - 2]) && capitalAt(original, f, h.s - word.length - 1)) {
          h.s -= word.length + 1;
        }
      }
      floor = h.e;
    }
  }

  private addresses(t: string, hits: Hit[]): void {
    if (!/[/@#_]/.test(t)) return;
    for (const m of findAddresses(t)) {
      const token = trimEndChars(m.text, '.,;:!?)');
      if (/^#\d+$/.test(token)) continue;
      const s = m.index;
      const plain = token.includes('%') ? percentDecoded(token) : token;
      const compact = plain.replace(/[^\p{L}\p{N}]+/gu, '');
      const runs = plain.split(/[^\p{L}\p{N}]+/u);
      const found = this.compactTerms.find(({ term, compact: c }) =>
        term.kind === 'badge' || term.kind === 'withheld' ? runs.includes(c) || runs.some((r) => r.endsWith(c) && /^\D*$/.test(r.slice(0, -c.length))) : compact.includes(c),
      );
      if (found !== undefined) hits.push({ s, e: s + token.length, kind: found.term.kind, term: found.term.text, whole: 'address' });
    }
  }

  private badges(t: string, term: IdentityTerm, mode: ScanMode, hits: Hit[], keep: (s: number, e: number, k: IdentityTermKind, r: string) => void): void {
    const needle = term.text;
    if (!t.includes(needle[0] ?? '')) return;
    let re = this.patterns.get(needle);
    if (re === undefined) {
      re = badgePattern(needle);
      this.patterns.set(needle, re);
    }
    re.lastIndex = 0;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
      const s = m.index;
      const e = s + m[0].length;
      re.lastIndex = s + 1;
      if (!badgeBoundary(t, s, e)) {
        keep(s, e, term.kind, 'part of a longer number or word (phone number, date, model)');
        continue;
      }
      const labelled = BADGE_PREFIX.test(t.slice(Math.max(0, s - 20), s));
      if (needle.length < 3 && !labelled) continue;
      if (!labelled && UNIT_AFTER.test(t.slice(e, e + 8))) {
        keep(s, e, term.kind, 'a measurement, not the badge');
        continue;
      }
      if (mode === 'structured' && !labelled) {
        keep(s, e, term.kind, 'part of a structured value (vehicle, measurement, phone number)');
        continue;
      }
      hits.push({ s, e, kind: term.kind, term: needle });
    }
  }

  private words(original: string, f: FoldedText, term: IdentityTerm, mode: ScanMode, hits: Hit[], keep: (s: number, e: number, k: IdentityTermKind, r: string) => void): void {
    const t = f.text;
    const needle = term.text;
    for (let s = t.indexOf(needle); s !== -1; s = t.indexOf(needle, s + 1)) {
      const e = s + needle.length;
      if (!wordBoundary(t, s, e, needle)) {
        if (term.kind === 'name-part' && needle.length >= 4 && mode !== 'address') keep(s, e, term.kind, 'part of a longer word');
        continue;
      }
      const titled = mode !== 'address' && titleBefore(t, s) !== undefined;
      if (mode !== 'address' && !titled && keptSense(t, original, f, s, e, needle, this.partSet, this.surnames) !== undefined) {
        keep(s, e, term.kind, keptSense(t, original, f, s, e, needle, this.partSet, this.surnames) as string);
        continue;
      }
      if (term.kind === 'name' && mode === 'place' && !titled && PLACE_AFTER.has(wordAfter(t, e))) {
        keep(s, e, term.kind, 'a place name in a location field');
        continue;
      }
      if (term.kind === 'initial') {
        if (titled && (t[e] === undefined || t[e] === '.' || !isWordChar(t[e]))) hits.push({ s, e: t[e] === '.' ? e + 1 : e, kind: 'initial', term: needle, titled });
        continue;
      }
      if (term.kind === 'name-part' && mode !== 'address' && !titled) {
        if (mode === 'institutional') {
          keep(s, e, term.kind, 'a name in an agency or suspect name field, without a title');
          continue;
        }
        const possessive = t[e] === "'" && t[e + 1] === 's' && !isWordChar(t[e + 2]);
        if (mode === 'structured' && !possessive) {
          keep(s, e, term.kind, 'a value in a structured field (vehicle, description)');
          continue;
        }
        if (mode === 'place' && !possessive && (placeContext(t, s) || (capitalisedWordBefore(original, f, s) && !this.partSet.has(wordBefore(t, s))))) {
          keep(s, e, term.kind, 'a place in a location field');
          continue;
        }
        const after = wordAfter(t, e);
        const before = wordBefore(t, s);
        if ((PLACE_AFTER.has(after) && capitalAt(original, f, e + 1)) || (PLACE_BEFORE.has(before) && capitalAt(original, f, s - before.length - 1 - (t[s - 2] === '.' ? 1 : 0)))) {
          keep(s, e, term.kind, 'a place name');
          continue;
        }
        if (!possessive && VEHICLE_MAKES.has(needle) && VEHICLE_NEXT.test(/^\s([\p{L}\p{N}-]+)/u.exec(t.slice(e, e + 30))?.[1] ?? '')) {
          keep(s, e, term.kind, 'a vehicle make');
          continue;
        }
        if (EVERYDAY.has(needle)) {
          const text = original.slice(f.start(s), f.end(e - 1));
          if (text === text.toLowerCase()) {
            keep(s, e, term.kind, 'an everyday word written in lower case');
            continue;
          }
          if (sentenceInitial(original.slice(0, f.start(s))) && after !== '' && !PERSON_NEXT.has(after) && t[e] === ' ' && !capitalAt(original, f, e + 1)) {
            keep(s, e, term.kind, 'an everyday word at the start of a sentence');
            continue;
          }
        }
      }
      const plural = term.kind !== 'extra' && needle.length >= 4 ? /^(?:s|es)(?![\p{L}\p{N}])/u.exec(t.slice(e, e + 3))?.[0] : undefined;
      if (plural !== undefined) hits.push({ s, e: e + plural.length, kind: term.kind, term: needle, titled, plural: true });
      else hits.push({ s, e, kind: term.kind, term: needle, titled });
    }
  }

  private resolve(t: string, hits: Hit[], kept: KeptMatch[], original: string, f: FoldedText): Hit[] {
    let list = hits;
    if (this.protect.length > 0 && list.some((h) => h.whole === undefined)) {
      const spans: { s: number; e: number; reason: string }[] = [];
      for (const p of this.protect) {
        for (let s = t.indexOf(p.text); s !== -1; s = t.indexOf(p.text, s + 1)) {
          const e = s + p.text.length;
          if (!isWordChar(t[s - 1]) && !isWordChar(t[e])) spans.push({ s, e, reason: p.reason });
        }
      }
      list = list.filter((h) => {
        if (h.whole !== undefined || h.titled === true || h.kind === 'initial') return true;
        // a whole name is kept only inside a longer stated fact ("rose hill cemetery"), never when it is the fact
        const span = spans.find((sp) => sp.s <= h.s && h.e <= sp.e && (h.kind !== 'name' || sp.e - sp.s > h.e - h.s));
        if (span === undefined) return true;
        kept.push({ s: h.s, e: h.e, kind: h.kind, reason: span.reason, windows: [t.slice(span.s, span.e)] });
        return false;
      });
    }
    list.sort((a, b) => a.s - b.s || b.e - b.s - (a.e - a.s));
    const chosen: Hit[] = [];
    let end = 0;
    const isName = (h: Hit | undefined): boolean => h !== undefined && h.whole === undefined && (h.kind === 'name' || h.kind === 'name-part');
    for (const h of list) {
      if (h.s < end) continue;
      const prev = chosen[chosen.length - 1];
      if (prev !== undefined && isName(prev) && isName(h) && NAME_GAP.test(t.slice(prev.e, h.s))) {
        chosen[chosen.length - 1] = { s: prev.s, e: h.e, kind: 'name', term: t.slice(prev.s, h.e), titled: prev.titled === true };
      } else {
        if (h.kind === 'name-part' && h.titled !== true && this.shared.has(h.term)) h.whole = 'shared';
        chosen.push(h);
      }
      end = h.e;
    }
    this.absorbNicknames(t, chosen, original, f);
    extend(t, chosen);
    return chosen;
  }
}

function extend(t: string, hits: Hit[]): void {
  let floor = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h === undefined) continue;
    const next = hits[i + 1]?.s ?? t.length;
    if (h.whole === 'address') {
      floor = h.e;
      continue;
    }
    if (h.kind === 'badge' || h.kind === 'withheld') {
      const m = BADGE_PREFIX.exec(t.slice(Math.max(floor, h.s - 20), h.s));
      if (m !== null && m[0].length > 0) {
        const s = h.s - m[0].length;
        if (!isWordChar(t[s - 1])) h.s = s;
      }
    } else if (h.kind !== 'extra') {
      for (let round = 0; round < 3; round++) {
        const title = titleBefore(t, h.s, floor);
        if (title === undefined) break;
        const role = roleOfTitle(title);
        if (h.role === undefined && role !== undefined) h.role = role;
        h.s = t.slice(0, h.s).replace(/ $/, '').replace(/\.$/, '').length - title.length;
      }
      const art = /(?:^|[^\p{L}\p{N}])(the|an|a|el|la|un|una) $/u.exec(t.slice(floor, h.s));
      if (art?.[1] !== undefined) {
        h.article = art[1];
        h.s -= art[1].length + 1;
      }
      const suffix = /^,? (?:jr|sr|ii|iii|iv)\.?(?![\p{L}\p{N}])/u.exec(t.slice(h.e, next));
      if (suffix !== null) h.e += suffix[0].length;
      const poss = /^'s?(?![\p{L}\p{N}])/u.exec(t.slice(h.e, next));
      if (poss !== null && (poss[0] === "'s" || t[h.e - 1] === 's')) {
        h.possessive = true;
        h.e += poss[0].length;
      } else if (h.plural !== true && FAMILY_NEXT.has(wordAfter(t, h.e))) {
        // "the Okafor family" -> "the officer's family"
        h.possessive = true;
      }
    }
    floor = h.e;
  }
}

const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '¡', '¿']);
/**
 * Whether text after `prefix` starts a sentence: the prefix is empty, or ends in a sentence end (". ", "! ", "? ")
 * or a line break, then optional spaces and opening quotes or brackets. A scan from the end, linear.
 */
function sentenceInitial(prefix: string): boolean {
  let q = prefix.length;
  while (q > 0 && OPENERS.has(prefix.charAt(q - 1))) q--;
  let w = q;
  let lineBreak = false;
  while (w > 0 && ONE_SPACE.test(prefix.charAt(w - 1))) {
    if (prefix.charAt(w - 1) === '\n') lineBreak = true;
    w--;
  }
  if (w === 0 || lineBreak) return true;
  const end = prefix.charAt(w - 1);
  return w < q && (end === '.' || end === '!' || end === '?');
}

function allCaps(s: string): boolean {
  return /\p{Lu}{2}/u.test(s) && !/\p{Ll}/u.test(s);
}

function tidyBadges(out: string): string {
  if (!out.includes(PLACEHOLDER)) return out;
  return out
    .replace(/\s*\(\s*\uFFFF\s*\)/g, '')
    .replace(/\s*,\s*\uFFFF\s*,/g, '')
    .replace(/^\s*\uFFFF\s*[,;:]?\s*/, '')
    .replace(/\s*[,;:]?\s*\uFFFF/g, '');
}

/**
 * Builds a matcher for a list of terms. `defaultRole` picks the phrase when no title stands before the name.
 *
 * @example
 * const m = createIdentityMatcher(nameTerms('Maria Young'), 'sergeant');
 * m.redact('Sgt. Maria Young was shot. Young\'s car was taken.').text;
 * //=> 'A sergeant was shot. The sergeant\'s car was taken.'
 */
export function createIdentityMatcher(terms: readonly IdentityTerm[], roleOrOptions: OfficerRole | MatcherOptions = {}): IdentityMatcher {
  const options: MatcherOptions = typeof roleOrOptions === 'string' ? { defaultRole: roleOrOptions } : roleOrOptions;
  const defaultRole = options.defaultRole ?? 'officer';
  const list = terms.filter((t) => t.text.length > 0);
  const scanner = new Scanner(list, options.protect ?? [], new Set(options.shared ?? []));
  const quick = buildPrefilter(list);
  const findHits = (text: string, mode: ScanMode): { f: FoldedText; scan: Scan } => {
    const f = foldText(text);
    if (list.length === 0 || !quick(f.text)) return { f, scan: { hits: [], kept: [] } };
    return { f, scan: scanner.scan(text, f, mode) };
  };
  const span = (f: FoldedText, h: Hit): { start: number; end: number } => ({ start: f.start(h.s), end: f.end(h.e - 1) });
  return {
    terms: list,
    find(text, mode = 'free') {
      const { f, scan } = findHits(text, mode);
      return scan.hits.map((h) => ({ ...span(f, h), kind: h.kind, term: h.term }));
    },
    redact(text, mode = 'free', lang = 'en') {
      const { f, scan } = findHits(text, mode);
      if (scan.hits.length === 0) return { text, kinds: [], kept: scan.kept };
      let out = '';
      let at = 0;
      let lastRole: OfficerRole | undefined;
      let nameEnd = 0;
      for (const h of scan.hits) {
        const { start, end } = span(f, h);
        out += text.slice(at, start);
        const original = text.slice(start, end);
        let phrase: string;
        if (h.whole === 'address' || h.kind === 'extra' || h.kind === 'withheld') phrase = withheldWord(lang);
        else if (h.whole === 'shared') phrase = `${h.article === undefined ? '' : `${original.slice(0, h.article.length)} `}${sharedNameWord(lang)}${h.possessive === true ? "'s" : ''}`;
        else if (h.kind === 'badge') {
          // an aside ("Okafor, badge 4471, was", "(#4471)", right after the name) goes; in the sentence it is "[withheld]"
          const rest = text.slice(end);
          const aside =
            (nameEnd > 0 && /^[\s,(]*$/.test(out.slice(nameEnd))) ||
            (/[,(]\s*$/.test(out) && /^\s*[,)]/.test(rest)) ||
            (/[,;(]\s*$/.test(out) && /^\s*(?:[.;)]|$)/.test(rest)) ||
            (out.trim() === '' && rest.trim() === '');
          phrase = aside ? PLACEHOLDER : withheldWord(lang);
        }
        else {
          const role = h.role ?? lastRole ?? defaultRole;
          const definite = lastRole !== undefined || h.article === 'the' || h.article === 'el' || h.article === 'la';
          phrase = rolePhrase(role, lang, h.possessive === true ? 'possessive' : definite ? 'definite' : 'indefinite');
          if (h.plural === true) phrase = lang === 'es' ? `la familia ${rolePhrase(role, lang, 'possessive')}` : `${rolePhrase(role, lang, 'possessive')} family`;
          if (lang === 'es' && (h.article === 'la' || h.article === 'una')) {
            // the writer's gender stays: "la agente", "una sargento"
            phrase = phrase.replace(/^el /, 'la ').replace(/^un /, 'una ').replace(/^del /, 'de la ');
          }
          if (lang === 'es' && / de $/i.test(out) && phrase.startsWith('el ')) {
            out = out.slice(0, -3);
            phrase = `del ${phrase.slice(3)}`;
          }
          lastRole = role;
          if (allCaps(original)) phrase = phrase.toUpperCase();
          else if (sentenceInitial(out)) phrase = phrase.charAt(0).toUpperCase() + phrase.slice(1);
        }
        out += phrase;
        if (h.kind !== 'badge' && h.whole === undefined && h.kind !== 'extra' && h.kind !== 'withheld') nameEnd = out.length;
        at = end;
      }
      out = tidyBadges(out + text.slice(at));
      if (!/^\s/u.test(text)) out = out.trimStart();
      // a removed badge at the start leaves the sentence capitalised as it was
      if (!/^\p{Ll}/u.test(text) && /^\p{Ll}/u.test(out)) out = out.charAt(0).toUpperCase() + out.slice(1);
      return { text: out, kinds: [...new Set(scan.hits.map((h) => h.kind))], kept: scan.kept };
    },
    scrub(text) {
      const { f, scan } = findHits(text, 'free');
      if (scan.hits.length === 0) return text;
      let out = '';
      let at = 0;
      for (const h of scan.hits) {
        const { start, end } = span(f, h);
        out += `${text.slice(at, start)}[redacted]`;
        at = end;
      }
      return out + text.slice(at);
    },
  };
}

/**
 * A cheap test per text: does any term's first two characters (or, for badges, its first character) occur?
 * Text with none of them is not scanned further.
 */
function buildPrefilter(terms: readonly IdentityTerm[]): (folded: string) => boolean {
  const keys = [...new Set(terms.map((t) => (t.kind === 'badge' || t.kind === 'withheld' || t.kind === 'initial' ? t.text.slice(0, 1) : t.text.slice(0, 2))))];
  return (folded) => keys.some((k) => folded.includes(k));
}
