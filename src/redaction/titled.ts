/**
 * A police title before a capitalised name that is not the officer's as the request writes it: another spelling
 * ("Officer Okafur"), another given name or a middle name ("Officer Chidi Okafor"), a name the request does not
 * give at all (a badge-only or "Unknown" officer), or a second officer. In a Blue Alert the public learns no
 * officer's name, so free text loses every titled name that is left after the identity matcher ran (red team:
 * each of these was published).
 */
import { foldTerm, type FoldedText } from './fold.js';
import { PLACE_AFTER, PLACE_BEFORE, dottedCodeEnd, sentenceInitial, wordBefore } from './context.js';
import { normalizeIdentityText } from '../privacy/normalize.js';
import { rolePhrase, type PhraseLanguage } from './phrases.js';
import { roleOfTitle, type OfficerRole } from './titles.js';
import { adjectiveFirst } from './role-phrase.js';
import { table } from '../table.js';

/** Police ranks and titles (not honorifics such as Mr. or Dr., not words that also name a body: Guardia, Policía). */
const POLICE_TITLES = [
  'police officer', 'patrol officer', 'officer', 'ofc', 'ofcr', 'patrolman', 'patrolwoman', 'deputy sheriff', 'deputy chief',
  'deputy marshal', 'deputy', 'dep', 'dpty', 'state trooper', 'trooper', 'tpr', 'sergeant', 'sgt', 'lieutenant', 'lt',
  'lieut', 'corporal', 'cpl', 'detective', 'det', 'investigator', 'inv', 'special agent', 'agent', 'ranger', 'warden',
  'marshal', 'constable', 'captain', 'capt', 'cpt', 'sheriff', 'undersheriff', 'chief', 'commander', 'cmdr', 'inspector',
  'insp', 'p.o', 'cadet', 'major', 'maj', 'colonel', 'col', 'agente', 'oficial', 'sargento', 'sgto', 'teniente', 'tte',
  'cabo', 'capitan', 'capitana', 'comandante', 'cmdte', 'investigador', 'investigadora', 'inspectora', 'subinspector',
  'deputies', 'cop', 'rookie', 'po', 'ptl', 'ptlm', 'handler', 'fto', 'sro', 'alguacil', 'policia', 'officer in charge',
  'officer 1st class', 'officer first class', 'sergeant-at-arms', 'sergeant at arms', 'patrullero', 'patrullera', 'comisario', 'comisaria',
  'suboficial', 'sargenta', 'oficial de policia', 'agente especial', 'policeman', 'policewoman', 'superintendent',
  'commissioner', 'jailer', 'subjefe',
];

/** Capitalised words after a title that are not a name: alert wording, units, Title Case headline words. */
const NOT_A_NAME: ReadonlySet<string> = new Set(
  ('down safety involved department dept station office academy memorial association assn union training program ' +
    'programs standards day week appreciation unit division bureau services service patrol task force friendly response ' +
    'report precinct district team squad the a an and or of who was is were are at on in for with by from to near as ' +
    'said says told remains remained has had have will would may might can could should shot killed injured wounded ' +
    'attacked missing hurt struck stabbed dead died dies ambushed assaulted fired involved needs needed requests ' +
    'responding responded safe found located threatened hit run ran hospitalized critical stable serious seriously ' +
    'fatally killing shooting stabbing attack ambush alert blue update cancel cancelled canceled suspect suspects ' +
    'vehicle vehicles armed dangerous call contact if not no do does did please help en el la los las del al y que ' +
    'fue era herido herida muerto muerta asesinado asesinada desaparecido desaparecida baleado baleada ' +
    // "P.O. Box", "Major Crimes Unit", "Major Case Squad", "Captain America", "Agent Orange"
    'box crimes crime case cases crash accident general america orange crunch morgan league comics gadget pepper ' +
    'peppers governor justice sanders rick provocateur monday tuesday wednesday thursday friday saturday sunday ' +
    'today tonight yesterday morning afternoon evening night work auto parts building club saloon emergency line ' +
    'hotline tip tips bluff bluffs municipal estatal nacional federal lunes martes miercoles jueves viernes sabado domingo hoy anoche').split(' '),
);

/** Vehicle makes: "Ford Ranger XLT", "Jeep Commander Limited" are vehicles, not titles before a name. */
const MAKES: ReadonlySet<string> = new Set(
  ('ford jeep chevrolet chevy dodge gmc ram toyota nissan honda kia hyundai lincoln mercury buick cadillac pontiac ' +
    'chrysler plymouth subaru mazda mitsubishi volkswagen vw bmw audi lexus acura infiniti tesla volvo saturn').split(' '),
);

/** Titles written short with a period ("Sgt.", "Det."). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['ofc', 'ofcr', 'dep', 'dpty', 'tpr', 'sgt', 'lt', 'lieut', 'cpl', 'det', 'inv', 'capt', 'cpt', 'cmdr', 'insp', 'p.o', 'maj', 'col', 'sgto', 'tte', 'cmdte', 'ptl', 'ptlm', 'po']);

/**
 * Space between a title and a name: any Unicode space or line break, and the invisible ones \s does not cover
 * (zero-width space and joiners, word joiner, Mongolian vowel separator): "Officer\u00a0Okafur" and
 * "Officer\u200bOkafur" are read as written (red team 4).
 */
const SPACE = '[\\s\\u0085\\u115f\\u1160\\u180e\\u200b-\\u200d\\u2060\\u2800\\u3164\\uffa0]';
/** The same inside a name: no line break ("Officer Okafur\nDenver Police" is two lines, not one name). */
const INLINE_SPACE = '(?:[^\\S\\n\\r\\u2028\\u2029]|[\\u115f\\u1160\\u180e\\u200b-\\u200d\\u2060\\u2800\\u3164\\uffa0])';
/** An opening quote or bracket between a title and a name ("Officer \"Okafur\"", "Officer (Okafur)", "Officer: Okafur"). */
const OPEN_CLOSE: Readonly<Record<string, string>> = table({
  '"': '"', '“': '”', '‘': '’', "'": "'", '(': ')', '[': ']', '{': '}', '<': '>', '«': '»', '‹': '›', '„': '“', ':': '', ',': ',',
  '-': '', '–': '–', '—': '—', '/': '', _: '',
});
/** Openers as a regex class (escaped). */
const OPENERS = `[:"“‘'(\\[{<«‹„,\\-–—/_]`;
/** Name suffixes whose period belongs to the name. */
const SUFFIX: ReadonlySet<string> = new Set(['jr', 'sr']);
/** Words before a title that make it a place named after someone ("Calle Capitán Pérez", "Colonia Comandante Franco"). */
const PLACE_NAMED_AFTER: ReadonlySet<string> = new Set(
  'calle avenida av avda paseo plaza colonia col camino carretera urbanizacion urb barrio sector residencial parque bluff bluffs'.split(' '),
);
/** Between names of a list after a plural title: ", ", " and ", ", and ", " y ", " & ". */
/** Words that make a rank with the title after them, also at the start of a sentence ("Reserve Officer Okafur"). */
const RANK_MODIFIERS: ReadonlySet<string> = new Set(
  ('k-9 k9 canine reserve auxiliary correctional corrections detention game police patrol senior master state park ' +
    'border special transit school campus tribal federal county city motor rookie probationary retired undercover ' +
    'off-duty traffic narcotics homicide chief acting veteran probation parole peace interim deputy detective ' +
    "sheriff's sheriffs assistant denver").split(' '),
);
/** Words after a possessive name that make it a business ("Marshal Field's department store", "Dillon's Saloon"). */
const BUSINESS_AFTER: ReadonlySet<string> = new Set('saloon department shop club building auto parts company tavern lounge'.split(' '));
const BEFORE_NAME = /(?:(?:Dr|Mr|Mrs|Ms|Mx|Sr|Sra|Srta)\.?|#\s?\d{1,8}|\d{2,8})[ \t]+(?=\p{Lu})/uy;
const SPACED_LETTERS = /(?:[ \t]\p{L}(?![\p{L}\p{N}])){2,}/uy;
const LIST_JOIN = /(?<![ \t]),?[ \t]+(?:(?:and|y|e|&)[ \t]+)?/y;

const PARTICLE: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'y', 'el', 'al', 'st', 'ste', 'saint', 'sainte']);

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'un', 'una', 'el', 'la', 'los', 'las', 'del', 'al', 'this', 'that', 'his', 'her', 'their', 'our', 'este', 'esta', 'su']);

/**
 * Whether an article or determiner stands within the three words before the title on its line ("the officer
 * Okafur", "the injured officer: Okafur", "el agente García"): then the title stays and only the name goes. A
 * walk back over words, linear.
 */
function articleBefore(text: string, from: number): boolean {
  let i = from;
  for (let n = 0; n < 3; n++) {
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
    let j = i;
    while (j > 0 && i - j < 24 && /[\p{L}\p{M}'’-]/u.test(text[j - 1] as string)) j--;
    if (j === i) return false;
    if (ARTICLES.has(text.slice(j, i).toLowerCase())) return true;
    i = j;
  }
  return false;
}

let titleRe: RegExp | undefined;

/**
 * The titles, longest first, in folded text (lower case, no accents), with an optional plural ending and period,
 * then what stands between title and name. Groups: 1 the title, 2 a plural ending, 3 the period, 4 an opening
 * quote, bracket, colon, comma or dash.
 */
function titles(): RegExp {
  if (titleRe === undefined) {
    const alts = [...POLICE_TITLES].sort((x, y) => y.length - x.length).map((t) => [...t].map((c) => (c === ' ' ? '\\s+' : c === '.' ? '\\.' : c)).join(''));
    // after the title: an opener with optional spaces ("Officer \"Okafur\"", "Officer: Okafur", "Officer - Okafur");
    // or spaces; or a name right after it ("Sgt.Okafur", "OfficerOkafur": checked by the caller)
    titleRe = new RegExp(`(?<![\\p{L}\\p{N}])(${alts.join('|')})(s|es)?(\\.?)(?:${SPACE}*(${OPENERS})${SPACE}*|${SPACE}+|(?=\\p{L}))`, 'gu');
  }
  return titleRe;
}

/** A capitalised name word, an initial ("D."), or a run of them with particles or a quoted nickname between. */
const NAME_WORD = '(?:(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{L}\\p{M}\\p{N}\\p{Cf}\\x7f-\\x9f]*(?:(?:[\'’-](?!s(?![\\p{L}\\p{M}]))[\\p{L}\\p{N}]|[\\u2010-\\u2015]\\p{Lu})[\\p{L}\\p{M}\\p{N}\\p{Cf}\\x7f-\\x9f]*)*)';
const GAP = `(?:${INLINE_SPACE}+(?:(?:de|del|la|las|los|van|von|der|den|da|di|du|le|[Ss]te?\\.?|[Ss]ainte?|y|bin|ibn|al|el)${INLINE_SPACE}+)*|${INLINE_SPACE}*(?:["“][^"”\\n]{1,24}["”]|['‘][^'’\\n]{1,24}['’]|\\([^)\\n]{1,24}\\)|\\[[^\\]\\n]{1,24}\\])${INLINE_SPACE}*)`;
const NAME_RUN = new RegExp(`${NAME_WORD}(?:${GAP}${NAME_WORD}){0,3}`, 'uy');
const WORD = new RegExp(NAME_WORD, 'gu');
const AFTER = /(?<![ \t\u00a0])[ \t\u00a0]+(\p{L}+)/uy;
const POSSESSIVE = /['’]s?(?![\p{L}\p{N}])/uy;

/** One titled name found: the span it takes, the title as written, and how it is rewritten. */
interface TitledName {
  readonly from: number;
  readonly stop: number;
  readonly title: string;
  readonly possessive: boolean;
  /** The title stays as written and only the name goes (plural, after an article, after a rank word). */
  readonly keepTitle: boolean;
  readonly plural: boolean;
  /** A space to write after the rewrite (a closing dash was taken with the name). */
  readonly gap: string;
  /** The last word of each name withheld ("Lee" of "Tom Lee"), withheld again where it stands alone. */
  readonly surnames: readonly string[];
}

/** A plural title in the singular ("Officers", "Deputies"), for its role. */
function singular(title: string): string {
  const t = title.toLowerCase();
  return t.endsWith('ies') ? `${t.slice(0, -3)}y` : t.endsWith('s') ? t.slice(0, -1) : t;
}

/** A badge beside a titled name: "(badge 5512)", "(#5512)", ", badge 5512," (after at most one space). */
const BADGE_ASIDE = /(?:\((?:badge|shield|star|placa|#)[^()\n]{0,24}\)|,[ \t]?(?:badge|shield|star|placa)[ \t]?(?:no\.?|number|#)?[ \t]?#?[ \t]?\d[\d-]{0,9},)/iuy;

/** The last word of each name in a titled name or list ("Daniel Okafor and Tom Lee": Okafor, Lee), 3+ letters. */
function surnamesOf(names: string): string[] {
  const out: string[] = [];
  for (const one of names.split(/,|\s(?:and|y|e|&)\s/u)) {
    const words = one.match(WORD) ?? [];
    const last = words[words.length - 1];
    if (last !== undefined && last.length >= 3 && !last.endsWith('.') && !PARTICLE.has(foldTerm(last))) out.push(last);
  }
  return out;
}

/**
 * The text with each surname of a titled name withheld before (`names`) replaced where it stands alone again by
 * the role's definite phrase ("Officer Tom Lee was wounded; Lee returned fire" -> "…; the officer returned fire":
 * red team 19). Not inside another name (a capitalised word before or after it: "Robert Lee", "Lee Hale"), nor
 * before a place word ("Lee County"), nor a suspect's given name or surname (`keep`). A scan with indexOf per surname, linear.
 *
 * @example
 * laterMentions('An officer was wounded. Lee is stable.', [{ name: 'Lee', role: 'officer' }], 'en', []);
 * //=> 'An officer was wounded. The officer is stable.'
 */
export function laterMentions(text: string, names: readonly { name: string; role: OfficerRole }[], lang: PhraseLanguage, keep: readonly string[]): string {
  let out = text;
  for (const { name, role } of names) {
    const folded = foldTerm(name);
    // (a suspect's given name or surname; a middle name is not what a suspect is called: "Marcus Lee Hale")
    if (keep.some((k) => { const w = k.split(/[^\p{L}\p{N}]+/u).filter((x) => x !== ''); return w[0] === folded || w[w.length - 1] === folded; })) continue;
    const parts: string[] = [];
    let from = 0;
    for (let i = out.indexOf(name); i !== -1; i = out.indexOf(name, i + 1)) {
      const end = i + name.length;
      // (a word joined by a dash or a full stop is part of another: "Saint—Louis", "St.Louis")
      if (/[\p{L}\p{N}'’.\p{Pd}]/u.test(out[i - 1] ?? '') || /[\p{L}\p{N}\p{Pd}]/u.test(out[end] ?? '')) continue;
      POSSESSIVE.lastIndex = end;
      const possessive = POSSESSIVE.exec(out)?.[0] ?? '';
      AFTER.lastIndex = end + possessive.length;
      const next = AFTER.exec(out)?.[1] ?? '';
      const prev = wordBefore(out, i);
      const sentence = sentenceInitial(out.slice(Math.max(0, i - 32), i));
      if (/^\p{Lu}/u.test(next) || PLACE_AFTER.has(foldTerm(next)) || (prev !== '' && /^\p{Lu}/u.test(prev) && !sentence && out[i - 2] !== '.')) continue;
      let phrase = rolePhrase(role, lang, possessive !== '' && lang === 'en' ? 'possessive' : 'definite');
      if (sentence) phrase = phrase.charAt(0).toUpperCase() + phrase.slice(1);
      parts.push(out.slice(from, i), phrase);
      from = end + (lang === 'en' ? possessive.length : 0);
    }
    if (parts.length > 0) out = parts.join('') + out.slice(from);
  }
  return out;
}

/**
 * The text with every police title before a capitalised name replaced by the role's neutral phrase ("Officer
 * Okafur was shot" -> "An officer was shot"), or the same string when there is none. Run before the identity
 * matcher: a name that `isOfficer` (the title and name, and where the name starts in them: the matcher finds the
 * officer's name there, whole) is left to it. A name stated as a suspect's (`keep`, folded) stays; so do a place
 * ("Captain Cook Highway"), alert wording after the title ("Officer Down", "Deputy Shot Near Denver") and text
 * all in capitals ("OFFICER OKAFUR": an all-caps text cannot tell a name). A plural title, an article or a rank
 * word before the title keep it and only the name goes ("el agente García" -> "el agente", "K-9 Officer Okafur"
 * -> "K-9 Officer").
 *
 * @example
 * redactTitledNames('Officer Okafur and Sgt. Lee were shot.', 'en', [], (titled, at) => titled.startsWith('Okafor', at));
 * //=> 'An officer and a sergeant were shot.'
 */
export function redactTitledNames(text: string, lang: PhraseLanguage, keep: readonly string[], isOfficer: (titled: string, nameAt: number) => boolean = () => false): string {
  // the titles are found in the text folded for identity matching (lower case, look-alike letters and full-width
  // forms read as letters, invisible characters gone: "Оfficer", "Ｏｆｆｉｃｅｒ" with a Cyrillic or full-width
  // letter are titles too), then mapped back; the name is read as written (its capitals tell a name)
  const f = normalizeIdentityText(text);
  const hay = f.text;
  const re = titles();
  re.lastIndex = 0;
  // pieces joined at the end, and the last few characters written for the sentence-start check: reading the end
  // of a string grown by `+=` flattens it, which made 200 KB of titles quadratic (2.3 s)
  const out: string[] = [];
  let tail = '';
  const write = (s: string): void => {
    out.push(s);
    tail = s.length >= 32 ? s.slice(-32) : (tail + s).slice(-32);
  };
  let at = 0;
  const later: { name: string; role: OfficerRole }[] = [];
  for (let m = re.exec(hay); m !== null; m = re.exec(hay)) {
    if (m.index + m[0].length >= hay.length) break;
    // inside a name already taken
    if (f.start(m.index) < at) continue;
    const found = titledName(text, f, m, keep, isOfficer);
    if (found === undefined) continue;
    const { from, stop, title, possessive, keepTitle, plural, gap, surnames } = found;
    for (const name of surnames) if (later.length < 8 && !later.some((x) => x.name === name)) later.push({ name, role: roleOfTitle(title) ?? roleOfTitle(singular(title)) ?? 'officer' });
    if (keepTitle) {
      write(text.slice(at, from) + title + (!possessive ? '' : plural ? "'" : "'s") + gap);
    } else {
      let before = text.slice(at, from);
      let phrase = rolePhrase(roleOfTitle(title) ?? 'officer', lang, possessive ? 'possessive' : 'indefinite');
      if (lang === 'en' && !possessive) [before, phrase] = adjectiveFirst(before, phrase);
      write(before);
      if (sentenceInitial(tail) && !(/^\p{Ll}/u.test(title) && dottedCodeEnd(tail))) phrase = phrase.charAt(0).toUpperCase() + phrase.slice(1);
      write(phrase + gap);
    }
    // a kept title's own period ends the sentence too ("Police Sgt. Tom Adeyemi." -> "Police Sgt.", not "Sgt..")
    at = keepTitle && !possessive && gap.trim() === '' && title.endsWith('.') && text[stop] === '.' ? stop + 1 : stop;
  }
  if (at === 0) return text;
  const done = out.join('') + text.slice(at);
  return later.length === 0 ? done : laterMentions(done, later, lang, keep);
}

/** The titled name a match of the title regex (on the folded text `f`) starts, or `undefined` when it names none. */
function titledName(text: string, f: FoldedText, m: RegExpExecArray, keep: readonly string[], isOfficer: (titled: string, nameAt: number) => boolean): TitledName | undefined {
  const titleLength = (m[1] ?? '').length + (m[2] ?? '').length + (m[3] ?? '').length;
  // offsets in the text as written: the title, its end, and where the name starts
  const from = f.start(m.index);
  const nameAt = f.start(m.index + m[0].length);
  const title = letterTrimmed(text.slice(from, f.end(m.index + titleLength - 1)));
  const opener = m[4];
  const plural = m[2] !== undefined || m[1] === 'deputies';
  const word = letterTrimmed(text.slice(from, f.end(m.index + (m[1] ?? '').length + (m[2] ?? '').length - 1)));
  const period = m[3] === '.';
  // a title in capitals is read only before a name that is not ("OFFICER Okafur"; "OFFICER DOWN" is wording)
  if (!/\p{Ll}/u.test(title) && !word.includes('.') && !/^\p{Lu}\p{Ll}/u.test(text.slice(nameAt, nameAt + 2))) return undefined;
  // a period after a whole word ends the sentence ("shot the officer. Former …"); after "Sgt" it abbreviates
  if (period && !ABBREVIATIONS.has(m[1] ?? '')) return undefined;
  // written together: "Sgt.Okafur", or a capitalised title glued to a capitalised name ("OfficerOkafur", what
  // is left of "Officer\u200bOkafur" once invisible characters are cleaned)
  if (m[0].length === titleLength && !period && !(/^\p{Lu}\p{Ll}+$/u.test(word) && /^\p{Lu}\p{Ll}/u.test(text.slice(nameAt, nameAt + 2)))) return undefined;
  const before = foldTerm(wordBefore(text, from));
  // "Ford Ranger XLT", "Jeep Commander": a model named like a title; "Calle Capitán Pérez", "Fort Major Smith
  // Park": a place named after someone
  if (MAKES.has(before) || PLACE_BEFORE.has(before) || PLACE_NAMED_AFTER.has(before)) return undefined;
  let end = nameEnd(text, nameAt, plural);
  if (end === undefined) return undefined;
  // a name that is the officer's as the matcher knows it, whole, is the matcher's ("Officer Daniel Okafor"); one
  // that goes on past it ("Officer Daniel Okafur") is taken here whole (and so is one with something between
  // title and name: "the officer, Okafor," is no titled name to the matcher)
  // (not a list after a plural title: "Officers Daniel Okafor and Tom Lee" goes whole, red team 19 "Officers an
  // officer and Tom Lee")
  if (opener === undefined && !plural && isOfficer(text.slice(from, end), nameAt - from)) return undefined;
  const name = foldTerm(text.slice(nameAt, end));
  AFTER.lastIndex = end;
  const after = AFTER.exec(text)?.[1];
  if (after !== undefined && (PLACE_AFTER.has(foldTerm(after)) || PLACE_NAMED_AFTER.has(foldTerm(after)))) return undefined;
  // a suspect's name, whole or some of its words ("Deputy Marcus Hale" for a suspect Marcus Lee Hale)
  const nameWords = name.split(/[^\p{L}\p{N}]+/u).filter((x) => x !== '');
  if (keep.some((k) => k.includes(name) || nameWords.every((x) => k.split(/[^\p{L}\p{N}]+/u).includes(x)))) return undefined;
  // "Officer Okafur Jr., the …": the suffix's period goes with it unless it ends the sentence
  if (text[end] === '.' && SUFFIX.has(nameWords[nameWords.length - 1] ?? '') && /^[ \t]*[,;\p{Ll}]/u.test(text.slice(end + 1, end + 4))) end++;
  // the closing quote or bracket goes with the name ("Officer 'Okafur' was shot" -> "An officer was shot"),
  // before any possessive is read
  const close = opener === undefined ? '' : OPEN_CLOSE[opener] ?? '';
  if (close === ',' && !text.startsWith(close, end)) return undefined; // "the officer, Denver police said"
  let stop = close !== '' && text.startsWith(close, end) ? end + close.length : end;
  POSSESSIVE.lastIndex = stop;
  const possessive = POSSESSIVE.exec(text)?.[0] ?? '';
  if (possessive !== '') {
    // "Captain Jack's Bar": a business named after someone is a place
    AFTER.lastIndex = stop + possessive.length;
    const next = AFTER.exec(text)?.[1];
    if (next !== undefined && (PLACE_AFTER.has(foldTerm(next)) || BUSINESS_AFTER.has(foldTerm(next)))) return undefined;
  }
  stop += possessive.length;
  // a badge given beside the name goes with it ("Officer Tom Lee (badge 5512) was wounded": red team 19)
  if (possessive === '') {
    const at = text[stop] === ' ' ? stop + 1 : stop;
    BADGE_ASIDE.lastIndex = at;
    const aside = BADGE_ASIDE.exec(text)?.[0].length ?? 0;
    if (aside > 0) stop = at + aside;
  }
  return {
    from,
    stop,
    title,
    possessive: possessive !== '',
    keepTitle: plural || articleBefore(text, from) || modifierBefore(text, from),
    plural,
    surnames: surnamesOf(text.slice(nameAt, end)),
    // a closing dash taken with the name leaves a space ("The officer—Okafor—was" -> "The officer was")
    gap: close !== '' && /\p{L}/u.test(text[stop] ?? '') ? ' ' : '',
  };
}

/** A title as written without what the fold dropped after it (an invisible character, a control): a walk back. */
function letterTrimmed(s: string): string {
  let i = s.length;
  while (i > 0 && !/[\p{L}\p{N}.]/u.test(s[i - 1] as string)) i--;
  return s.slice(0, i);
}

/**
 * Whether a capitalised word or a code stands right before the title on its line, as part of the rank ("K-9
 * Officer", "Reserve Officer", "Game Warden"): then the title stays as written and only the name goes. A linear
 * walk back over at most 24 characters.
 */
function modifierBefore(text: string, from: number): boolean {
  let i = from;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i === from || i === 0) return false;
  // an abbreviation's period stays with it ("Det. Sgt. Okafur")
  let j = text[i - 1] === '.' ? i - 1 : i;
  while (j > 0 && i - j < 24 && !/[\s.!?;:,"“(]/u.test(text[j - 1] as string)) j--;
  const word = text.slice(j, i);
  // a capitalised word or an abbreviation before the title is part of the rank ("Acting Sergeant", "Denver
  // Police Officer", "Sheriff's Deputy", "Det. Sgt."); at the start of a sentence only a known one is ("Yesterday")
  return /^[\p{Lu}\p{N}]/u.test(word) && (RANK_MODIFIERS.has(foldTerm(word)) || word.endsWith('.') || !sentenceInitial(text.slice(Math.max(0, j - 8), j)));
}

/**
 * Where the name after a title ends, or `undefined` when no name starts at `nameAt`. The name ends before the
 * first word that is not one ("Officer Smith Said" -> "Smith"); a place word in it makes it a place ("Captain
 * Cook Highway"). After a plural title, names joined by commas and "and"/"y" are one list ("Officers Okafur and
 * Lee").
 */
function nameEnd(text: string, nameAt: number, plural: boolean): number | undefined {
  // an honorific or a badge number between the title and the name goes with the name ("Officer Dr. Okafur",
  // "Officer #4471 Okafur": red team)
  BEFORE_NAME.lastIndex = nameAt;
  const skipped = BEFORE_NAME.exec(text)?.[0].length ?? 0;
  let end = nameAt;
  let from = nameAt + skipped;
  for (;;) {
    NAME_RUN.lastIndex = from;
    const run = NAME_RUN.exec(text);
    if (run === null) return end === nameAt ? undefined : end;
    let runEnd = from;
    WORD.lastIndex = 0;
    for (let w = WORD.exec(run[0]); w !== null; w = WORD.exec(run[0])) {
      const word = foldTerm(w[0]).replace(/\.$/, '');
      // "De La Cruz", "Van Der Berg": a particle written with a capital goes on to the rest of the name
      if (PARTICLE.has(word)) continue;
      if (PLACE_AFTER.has(word) && runEnd > from) return undefined;
      if (NOT_A_NAME.has(word) || PLACE_AFTER.has(word) || roleOfTitle(word) !== undefined) break;
      runEnd = from + w.index + w[0].length;
    }
    if (runEnd === from) return end === nameAt ? undefined : end;
    end = runEnd;
    // a name spelled out letter by letter ("Officer O k a f u r"): the letters go with it
    if (end - from === 1) {
      SPACED_LETTERS.lastIndex = end;
      const spaced = SPACED_LETTERS.exec(text);
      if (spaced !== null) end += spaced[0].length;
    }
    if (!plural) return end;
    LIST_JOIN.lastIndex = end;
    const join = LIST_JOIN.exec(text);
    if (join === null) return end;
    from = end + join[0].length;
  }
}
