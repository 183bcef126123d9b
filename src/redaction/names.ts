/**
 * The terms that stand for one person: every written form of a name (with nicknames, particles joined or
 * spaced, hyphenated parts, initials) and of a badge number.
 */
import { foldTerm } from './fold.js';
import { knownTitles } from './titles.js';
import { givenNameForms, isKnownGivenName } from './nicknames.js';
import { CYRILLIC_GREEK, TRANSLIT } from './readings.js';
import { EVERYDAY } from './context.js';
import { COMMON_WORD_SURNAMES } from './everyday-words.js';
import { table } from '../table.js';

/**
 * The strength of an identity term.
 * - `name`: a whole-name form ("maria young", "m. young", "young, maria"); matched in every field.
 * - `name-part`: one part on its own ("young", "maria", a nickname); matched as a whole word in free text.
 * - `initial`: the surname's initial or a one-letter surname; matched only right after a rank or title
 *   ("Sgt. Y.").
 * - `badge`: the badge identifier; matched with or without separators ("4471", "44-71", "#4471").
 * - `withheld`: another withheld identifier (a plate); matched like a badge, replaced by "[withheld]".
 * - `extra`: caller-supplied terms and withheld phrases, matched as whole words, replaced by "[withheld]".
 *
 * @example
 * const k: IdentityTermKind = 'name-part';
 */
export type IdentityTermKind = 'name' | 'name-part' | 'initial' | 'badge' | 'withheld' | 'extra';

/**
 * One piece of withheld officer identity, in folded form (lower case, no accents).
 *
 * @example
 * const t: IdentityTerm = { text: 'maria young', kind: 'name' };
 */
export interface IdentityTerm {
  readonly text: string;
  readonly kind: IdentityTermKind;
  /**
   * A nickname from the name field that is a word of its own ("Tattoo", "Hoodie", "Dent"): a name part read in
   * context, kept where it is written as the lower-case thing (`nicknameWordSense`).
   */
  readonly nicknameWord?: true;
}

/** Name particles: a surname starts at the first one ("María de la Cruz"). */
export const PARTICLES: readonly string[] = [
  'de', 'del', 'della', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'st', 'st.', 'ter',
  'ten', 'bin', 'ibn', 'al', 'el', 'mac', 'mc', 'y', 'saint', 'sainte', 'ste', 'ste.',
];
/** Letters that are words on their own (English "a", "I"; Spanish "a", "o", "y", "e", "u"). */
const LETTER_WORDS: ReadonlySet<string> = new Set(['a', 'i', 'o', 'y', 'e', 'u']);
const SUFFIX = /^(?:jr|sr|ii|iii|iv|v|esq)\.?$/;
const INITIAL = /^\p{L}\.?$/u;
const NICKNAME = /(^|[\s,])["“”«»‘’']([^"“”«»‘’']{2,40})["“”«»‘’'](?=[\s,]|$)|\(([^()]{2,40})\)/gu;

let titleSet: ReadonlySet<string> | undefined;
function isTitleWord(token: string): boolean {
  titleSet ??= new Set(knownTitles());
  return titleSet.has(token.replace(/\.$/, ''));
}

function uniq(list: readonly string[]): string[] {
  return [...new Set(list.filter((t) => t.length > 0))];
}

/** Splits nicknames written inside a name field ("Daniel 'Danny' Okafor", "Daniel (Danny) Okafor"). */
function splitNicknames(name: string): { main: string; nicknames: string[] } {
  const nicknames: string[] = [];
  const main = name.replace(NICKNAME, (_m, lead: string | undefined, quoted: string | undefined, paren: string | undefined) => {
    nicknames.push((quoted ?? paren ?? '').trim());
    return lead ?? ' ';
  });
  return { main, nicknames: nicknames.filter((n) => n.length > 0) };
}

function partsOf(token: string): string[] {
  const bare = token.replace(/\.$/, '');
  const out = [bare];
  if (/['-]/.test(bare)) {
    const pieces = bare.split(/['-]/).filter((p) => p.length > 0);
    // a particle opening the word is no name of its own ("al-Rashid": "Al's Diner" is no officer, red team 17)
    const own = pieces.filter((p, i) => p.length >= 2 && !(i === 0 && pieces.length > 1 && PARTICLES.includes(p)));
    out.push(...own, pieces.join(''), pieces.join(' '));
    // every run of two or more pieces: "al-ulketeja-vinkareke" is also written "ulketeja-vinkareke"
    for (let i = 0; i < pieces.length && i < 6; i++) {
      for (let j = i + 2; j <= Math.min(pieces.length, i + 4); j++) {
        const run = pieces.slice(i, j);
        out.push(run.join('-'), run.join(''), run.join(' '));
      }
    }
  }
  return out;
}

function tokensOf(name: string): string[] {
  let folded = foldTerm(name.replace(/[^\p{L}\p{M}\p{N}\s'’.,-]/gu, ' '));
  // every comma with the spaces around it becomes ", " (split and trim: linear, unlike /\s*,\s*/g)
  const pieces = folded.split(',');
  if (pieces.length > 1) folded = pieces.map((x, i) => (i === 0 ? x.trimEnd() : i === pieces.length - 1 ? x.trimStart() : x.trim())).join(', ');
  const comma = folded.indexOf(', ');
  if (comma > 0 && !SUFFIX.test(folded.slice(comma + 2))) folded = `${folded.slice(comma + 2)} ${folded.slice(0, comma)}`;
  let tokens = folded.replace(/,/g, ' ').split(' ').filter((t) => t.length > 0 && t !== "'" && t !== '.');
  while (tokens.length > 1 && isTitleWord(tokens[0] ?? '')) tokens = tokens.slice(1);
  while (tokens.length > 1 && SUFFIX.test(tokens[tokens.length - 1] ?? '')) tokens = tokens.slice(0, -1);
  // a name has a handful of parts; a longer "name" is not one (and must not cost quadratic work)
  return tokens.slice(0, 12);
}

/**
 * Other spellings of a name that the fold does not bring together (red team: each was published): German
 * umlauts written out and back ("Müller" / "Mueller"), Scandinavian letters ("Ødegård" / "Oedegaard",
 * "Odegaard"), and the Hawaiian ʻokina or an apostrophe dropped or written as "'" ("Kahaleʻole" / "Kahaleole").
 * Writing out a vowel pair ("ue" -> "u") is tried only in words of five letters or more.
 *
 * @example
 * spellingVariants('Jürgen Müller'); //=> ['Juergen Mueller']
 * spellingVariants('Juergen Mueller'); //=> ['Jurgen Muller']
 */
export function spellingVariants(name: string): string[] {
  const out = new Set<string>();
  const add = (v: string): void => {
    if (v !== name) out.add(v);
  };
  const LETTERS: Record<string, string> = { ü: 'ue', ö: 'oe', ä: 'ae', Ü: 'Ue', Ö: 'Oe', Ä: 'Ae', å: 'aa', Å: 'Aa', ø: 'oe', Ø: 'Oe', æ: 'ae', Æ: 'Ae' };
  if (/[üöäÜÖÄåÅøØæÆ]/.test(name)) {
    add(name.replace(/[üöäÜÖÄåÅøØæÆ]/g, (c) => LETTERS[c] ?? c));
    // "Ødegård" is also written "Odegaard": ø as o, å as aa
    add(name.replace(/[åÅ]/g, (c) => (c === 'å' ? 'aa' : 'Aa')).replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O')));
  } else {
    add(name.replace(/\p{L}{5,}/gu, (w) => w.replace(/([aouAOU])e/g, '$1')));
  }
  if (/[ʻʼ'’`]/.test(name)) {
    add(name.replace(/[ʻʼ'’`]/g, ''));
    add(name.replace(/[ʻʼ’`]/g, "'"));
  }
  // a name on file in Cyrillic or Greek is also written in Latin letters ("Иван Петров" as "Ivan Petrov",
  // "Ольга" as "Olga", "Γεωργίου" as "Georgiou": red team 9), letter for letter and with the usual digraphs
  if (CYRILLIC_GREEK.test(name)) {
    const plain = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[ьъ]/g, '');
    add([...plain].map((c) => TRANSLIT[c] ?? c).join(''));
    add([...plain.replace(/ου/g, 'ou').replace(/αυ/g, 'av').replace(/ευ/g, 'ev')].map((c) => DIGRAPH[c] ?? TRANSLIT[c] ?? c).join(''));
  }
  // an Arabic surname is written with or without its article ("الأحمد" and "أحمد": red team 9)
  if (/[\u0600-\u06ff]/.test(name)) add(name.replace(/(^|\s)ال(?=[\u0600-\u06ff]{2})/gu, '$1'));
  // "Saint", "St." and "St" are one word in a name ("Anne Marie Saint Clair" written "St. Clair" or "ST CLAIR":
  // red team 11, all three were published); "Sainte", "Ste." and "Ste" likewise
  if (SAINT.test(name)) {
    for (let k = 0; k < 3; k++) add(name.replace(SAINT, (m) => (/^(?:sainte|ste\b)/i.test(m) ? SAINTE_FORMS : SAINT_FORMS)[k] as string));
  }
  // (Chinese, Japanese and Korean names joined, spaced or dotted: cjkTitledForms)
  return [...out];
}

/** "Saint" (or "Sainte") and its short forms as a word of a name after its first word. */
const SAINT = /(?<=\s)(?:Saint|Sainte|Ste?\.?)(?=\s+\p{L})/giu;
const SAINT_FORMS = ['Saint', 'St.', 'St'] as const;
const SAINTE_FORMS = ['Sainte', 'Ste.', 'Ste'] as const;

/** A Scottish or Irish surname with its prefix ("MacDonald", "McDonald"): prefix, then the rest (3+ letters). */
const MAC_NAME = /(?:^|[\s-])(Ma?c)(\p{Lu}\p{Ll}{2,})/gu;

/**
 * The other ways "Mc" and "Mac" surnames are written (red team 11: "McDonald" in the text for an officer MacDonald
 * was published): the other prefix, and either prefix spaced, hyphenated or written "M'" ("Mc Donald",
 * "Mac-Donald", "M'Donald"), as parts; with the given name as whole names. The rest alone ("Donald") is no part.
 *
 * @example
 * macForms('Ian MacDonald', 'ian'); //=> { parts: ['mcdonald', 'mc donald', …], names: ['ian mcdonald', …] }
 */
export function macForms(name: string, given: string): { parts: string[]; names: string[] } {
  const parts: string[] = [];
  const names: string[] = [];
  for (const m of name.matchAll(MAC_NAME)) {
    const rest = foldTerm(m[2] ?? '');
    for (const prefix of ['mc', 'mac']) {
      // joined, spaced, and with any mark between (red team 12: "Mac–Donald", "Mc'Donald", "Mc. Donald")
      parts.push(`${prefix}${rest}`, `${prefix} ${rest}`);
      for (const mark of ['-', '\u2013', '\u2014', "'", '.', '. ', '_', '/']) parts.push(`${prefix}${mark}${rest}`);
      if (given !== '') names.push(`${given} ${prefix}${rest}`, `${given} ${prefix} ${rest}`);
    }
    parts.push(`m'${rest}`);
  }
  return { parts, names };
}

/** Cyrillic and Greek letters as English usually writes them in names (Petrov, Zhukov, Shevchenko, Theodoros). */
const DIGRAPH: Readonly<Record<string, string>> = table({
  ж: 'zh', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'yu', я: 'ya', й: 'y', ы: 'y', є: 'ye', ї: 'yi',
  θ: 'th', χ: 'ch', ψ: 'ps', φ: 'f', β: 'v', η: 'i', υ: 'y', ω: 'o', γ: 'g', ξ: 'x',
});

const CJK_LETTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

/**
 * The parts of a Chinese, Japanese or Korean name (surname first): as written when spaced or dotted, else its first
 * character and the rest; undefined for any other name.
 *
 * @example
 * cjkNameParts('王伟'); //=> ['王', '伟']
 * cjkNameParts('佐藤 健'); //=> ['佐藤', '健']
 */
export function cjkNameParts(name: string): string[] | undefined {
  const parts = name.trim().split(/[\s\u00b7\u30fb\u2027]+/u).filter((p) => p !== '');
  if (parts.length === 0 || !parts.every((p) => CJK_LETTER.test(p))) return undefined;
  if (parts.length > 1) return parts;
  const chars = [...(parts[0] as string)];
  return chars.length >= 2 ? [chars[0] as string, chars.slice(1).join('')] : undefined;
}

/** How Chinese, Japanese and Korean text puts a title or an honorific after a name ("王警官", "健さん", "김 경관"). */
const CJK_TITLES = ['警官', '警员', '警察', '巡警', '探员', '警长', '队长', '先生', '女士', '小姐', 'さん', '巡査', '警部', '刑事', '氏', '경관', '경찰관', '경사', '씨', '님'];

/**
 * The forms in which a Chinese, Japanese or Korean officer is named: the whole name joined, spaced or with any
 * middle dot ("王伟", "王 伟", "王·伟"; a name on file as one run splits after its first character, the usual surname),
 * and one part with a title, before it ("王警官", "김 경관") or after a Latin one ("Officer 王").
 *
 * @example
 * cjkTitledForms('王伟').includes('王警官'); //=> true
 */
export function cjkTitledForms(name: string): string[] {
  const parts = cjkNameParts(name);
  if (parts === undefined) return [];
  // the whole name with each separator too (a middle dot is no word boundary to the name terms)
  const out: string[] = ['', ' ', '\u00b7', '\u30fb', '\u2027'].map((sep) => parts.join(sep));
  // the whole name with a title too, so the longest form wins ("Officer 王伟", not "an officer伟": red team 10)
  for (const p of [...parts, parts.join('')]) {
    for (const t of CJK_TITLES) out.push(`${p}${t}`, `${p} ${t}`);
    for (const t of ['officer', 'ofc.', 'ofc', 'sgt.', 'sgt', 'sergeant', 'deputy', 'det.', 'detective', 'trooper', 'agent']) out.push(`${t} ${p}`);
  }
  return out;
}

/**
 * The terms for one person's name: whole-name forms (`name`), single parts (`name-part`) and the surname
 * initial after a title (`initial`). Nicknames in quotes or brackets are parts of their own and also combine
 * with the surname; particles are matched spaced and joined ("de la cruz", "delacruz"); hyphenated and
 * apostrophe names by each part and joined ("smith-jones", "smith jones", "smithjones", "o'brien", "obrien").
 *
 * @example
 * nameTerms("Daniel 'Danny' Okafor").some((t) => t.text === 'danny okafor'); //=> true
 */
export function nameTerms(name: string): IdentityTerm[] {
  const { main, nicknames } = splitNicknames(name);
  const tokens = tokensOf(main);
  if (tokens.length === 0) return nicknames.flatMap((n) => nameTerms(n));
  const strong: string[] = [];
  const weak: string[] = [];
  const initials: string[] = [];
  const bare = (t: string): string => t.replace(/\.$/, '');
  let surname = '';
  if (tokens.length === 1) {
    const only = bare(tokens[0] ?? '');
    weak.push(...partsOf(only));
    surname = only;
  } else {
    const given = tokens[0] ?? '';
    let p = tokens.length - 1;
    for (let i = 1; i < tokens.length - 1; i++) {
      if (PARTICLES.includes(tokens[i] ?? '')) {
        p = i;
        break;
      }
    }
    const surnameTokens = tokens.slice(p);
    surname = surnameTokens.join(' ');
    const middles = tokens.slice(1, p);
    const g = bare(given).charAt(0);
    const mi = middles.map((m) => bare(m).charAt(0));
    strong.push(tokens.join(' '), `${given} ${surname}`, `${surname}, ${given}`, `${surname} ${given}`);
    // the initial without its period only where it is no word of its own: "a brown" is "a brown hoodie" for an
    // officer Ángel Brown, "y lopez" is "y López" (property test: "a brown hoodie" became "an officer hoodie")
    const bareInitial = (t: string): string[] => (LETTER_WORDS.has(g) ? [] : [`${g} ${t}`]);
    strong.push(`${g}. ${surname}`, `${g}.${surname}`, ...bareInitial(surname), `${surname}, ${g}.`);
    if (mi.length > 0) {
      const m = mi.join('.');
      strong.push(`${g}.${m}. ${surname}`, `${g}. ${mi.join('. ')}. ${surname}`, `${given} ${mi.join('. ')}. ${surname}`);
      strong.push(`${given} ${mi.join(' ')} ${surname}`);
    }
    const inits = [g, ...mi, ...surnameTokens.filter((t) => !PARTICLES.includes(t)).map((t) => t.charAt(0))];
    if (inits.length >= 2) strong.push(`${inits.join('.')}.`, `${inits.join('. ')}.`);
    // three or more initials are the officer's also written together ("MGL" for María García-López: red team 17)
    const allInits = [g, ...mi, ...surnameTokens.filter((t) => !PARTICLES.includes(t)).flatMap((t) => t.split('-').filter((x) => x.length > 0).map((x) => x.charAt(0)))];
    if (allInits.length >= 3) strong.push(allInits.join(''));
    if (!INITIAL.test(given)) weak.push(...partsOf(given));
    // a hyphenated given name spaced or joined with the surname ("Ji Hoon Park", "Jihoon Park", "Park Ji Hoon" for
    // Ji-hoon Park: red team 19, "Ji the officer is stable", and the guard refused "Ji Hoon Park was shot"); and
    // a name on file surname first ("Park Ji-hoon") the same way
    const unhyphen = (w: string): string[] => (w.includes('-') ? [w.replace(/-/g, ' '), w.replace(/-/g, '')] : []);
    for (const g2 of unhyphen(given)) strong.push(`${g2} ${surname}`, `${surname} ${g2}`, `${surname}, ${g2}`);
    if (tokens.length === 2) for (const s2 of unhyphen(surname)) strong.push(`${given} ${s2}`, `${s2} ${given}`, `${s2}, ${given}`);
    // written surname first with a Korean-style given name after it ("Park Ji-hoon": a lower-case letter after the
    // hyphen): the first word is the surname too, so its place sense holds ("Cheesman Park", red team 19 O4)
    if (tokens.length === 2 && main.length <= 60 && SURNAME_FIRST.test(main.trim())) strong.push(`${surname.charAt(0)}. ${given}`);
    if (surnameTokens.length > 1) {
      // particles spaced or joined: "de la cruz", "delacruz", "dela cruz", "de lacruz"; a short particle with its
      // period or a hyphen ("st.louis", "saint-louis": red team 12)
      const joined = surnameTokens.map(bare).join('');
      weak.push(joined, surname, surnameTokens.join(''), ...['-', '\u2013', '\u2014'].map((d) => surnameTokens.map(bare).join(d)));
      strong.push(`${given} ${joined}`);
      for (let k = 1; k < surnameTokens.length; k++) {
        weak.push(`${surnameTokens.slice(0, k).join('')} ${surnameTokens.slice(k).join('')}`);
      }
      // two surnames joined by "y", each with its particles ("de la cruz y pérez"): each is the surname, alone and
      // after the given name ("María De la Cruz" read "[name withheld] De the deputy": red team 19)
      const y = surnameTokens.indexOf('y');
      if (y > 0 && y < surnameTokens.length - 1) {
        for (const side of [surnameTokens.slice(0, y).join(' '), surnameTokens.slice(y + 1).join(' ')]) {
          strong.push(`${given} ${side}`);
          if (side.includes(' ')) weak.push(side);
        }
      }
    }
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i] ?? '';
      // a particle is part of the surname after it ("de la Cruz"); the last word is the surname itself, particle or
      // not ("Thi Le", "Ana La": red team 15, "Officer Le died" was published)
      if (PARTICLES.includes(t) && i < tokens.length - 1) continue;
      if (INITIAL.test(t)) {
        initials.push(bare(t));
        continue;
      }
      weak.push(...partsOf(t));
      strong.push(`${given} ${t}`, `${g}. ${t}`, `${g}.${t}`, ...bareInitial(t), `${t}, ${given}`, `${t}, ${g}.`);
      for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) strong.push(tokens.slice(i, j + 1).join(' '));
    }
    // two surnames joined by "y", spaced or hyphenated ("garcía y márquez", "garcía-y-márquez": red team 12)
    for (let i = 1; i + 1 < tokens.length; i++) {
      const a = tokens[i] ?? '';
      const b = tokens[i + 1] ?? '';
      if (tokens.length >= 3 && !PARTICLES.includes(a) && !PARTICLES.includes(b) && !INITIAL.test(a) && !INITIAL.test(b)) weak.push(`${a} y ${b}`, `${a}-y-${b}`);
    }
    // the words after the given name written together ("Aiyana Yellow Horse" written "Yellowhorse", "Ana Ruiz Diaz"
    // written "RuizDiaz"): the surname with its spaces removed, as the text may write it (re-attack 23 P1, the other
    // direction: "[name withheld] an officer was shot", "VANDYKE" read "[name withheld]")
    const rest = tokens.slice(1).map(bare);
    if (rest.length >= 2 && rest.length <= 3 && rest.every((w) => !INITIAL.test(w) && /^\p{L}+$/u.test(w))) {
      weak.push(rest.join(''));
      strong.push(`${bare(given)} ${rest.join('')}`);
    }
    const lastToken = bare(surnameTokens[surnameTokens.length - 1] ?? '');
    initials.push(lastToken.charAt(0));
  }
  // the everyday short forms of the given name ("dan", "danny" for daniel) and, for a short form on file, its
  // formal name ("thomas" for tom: red team 13), as parts and with the surname; of every word of the name, since a
  // name may be on file surname first ("Okafor Daniel") or with more after it ("Daniel Okafor, badge 4471": red
  // team 17, "Danny" was published for both)
  {
    // and of a two-word given name with short forms of its own ("maría josé": majo, red team 15)
    const pair = tokens.length > 2 ? `${bare(tokens[0] ?? '')} ${bare(tokens[1] ?? '')}` : '';
    // (the first word as a given name always; any other only when the tables know it as one)
    const words = tokens.map(bare).filter((t, i) => !PARTICLES.includes(t) && !INITIAL.test(t) && /^\p{L}/u.test(t) && (i === 0 || isKnownGivenName(t)));
    for (const nick of [...words.flatMap(givenNameForms), ...(pair === '' ? [] : givenNameForms(pair))]) {
      if (words.includes(nick)) continue;
      weak.push(nick);
      if (surname.length > 0 && tokens.length > 1) strong.push(`${nick} ${surname}`);
    }
  }
  const nicknameWords = new Set<string>();
  for (const nick of nicknames) {
    for (const n of tokensOf(nick)) weak.push(...partsOf(n));
    const nf = tokensOf(nick).join(' ');
    // a nickname that is an everyday word ("Red", "Rusty", "Bear") is a part, read in context like one: "a red
    // pickup", "hair: red" are the colour; "Red was shot", "Officer Red" and "Red Okafor" the officer (red team 19 O7)
    const word = !nf.includes(' ') && (EVERYDAY.has(nf) || COMMON_WORD_SURNAMES.has(nf));
    // so is any one-word nickname that is no given name ("Tattoo", "Hoodie", "Dent": re-attack 20 F4/F5, "[name
    // withheld] on neck" and a refused "dented tailgate"): a nickname given in quotes names a thing or a trait
    const thing = nicknameIsWord(nf);
    if (thing || (word && nf.length >= 3)) nicknameWords.add(nf);
    if (nf.length > 0 && surname.length > 0 && nf !== surname) strong.push(`${nf} ${surname}`, ...(word || thing ? [] : [nf]));
  }
  const mac = macForms(main, tokens.length > 1 ? bare(tokens[0] ?? '') : '');
  weak.push(...mac.parts);
  strong.push(...mac.names);
  const strongSet = uniq(strong).filter((t) => t.length >= 2);
  const weakSet = uniq(weak).filter((t) => t.length >= 2 && !strongSet.includes(t));
  return [
    ...strongSet.map((text) => ({ text, kind: 'name' as const })),
    ...weakSet.map((text) => (nicknameWords.has(text) ? { text, kind: 'name-part' as const, nicknameWord: true as const } : { text, kind: 'name-part' as const })),
    ...uniq(initials)
      .filter((t) => t.length === 1 && /\p{L}/u.test(t))
      .map((text) => ({ text, kind: 'initial' as const })),
  ];
}

/**
 * Whether a folded one-word nickname is a word of its own rather than a given name: three or more letters, and no
 * given name or short form the tables know ("tattoo", "hoodie", "dent" are; "danny", "pepe" are not).
 *
 * @example
 * nicknameIsWord('tattoo'); //=> true
 * nicknameIsWord('danny'); //=> false
 */
export function nicknameIsWord(nick: string): boolean {
  return /^\p{Ll}{3,24}$/u.test(nick) && !isKnownGivenName(nick);
}

/** A two-word name whose second word is a given name in the Korean style, "Ji-hoon" (a lower-case letter after its hyphen). */
const SURNAME_FIRST = /^\p{Lu}[\p{L}'’]{0,20} \p{Lu}\p{Ll}{1,10}-\p{Ll}{1,10}$/u;

const BADGE_LABEL = /^(?:(?:badge|shield|star|id|serial|unit|no|nr|num|number|n[º°o])\b\.?|[#:.\-–\s]|n[º°]|№)+/u;

/**
 * The term for a badge: its identifier, whatever label it was written with ("Badge: 4471", "#4471",
 * "No. 4471", "Shield 44-71" all give `4471`). Separators inside the identifier are dropped; the matcher finds
 * it with or without them.
 *
 * @example
 * badgeTerm('Badge: #44-71'); //=> { text: '4471', kind: 'badge' }
 */
export function badgeTerm(badge: string): IdentityTerm | undefined {
  let core = foldTerm(badge).replace('№', 'no ').replace(BADGE_LABEL, '').replace(/[\s.\-–]+/g, '');
  // trailing characters that are not letters or digits, dropped by a scan from the end (linear)
  let e = core.length;
  while (e > 0) {
    const lo = core.charCodeAt(e - 1);
    const w = lo >= 0xdc00 && lo <= 0xdfff && e >= 2 && core.charCodeAt(e - 2) >= 0xd800 && core.charCodeAt(e - 2) <= 0xdbff ? 2 : 1;
    if (/^[\p{L}\p{N}]$/u.test(core.slice(e - w, e))) break;
    e -= w;
  }
  core = core.slice(0, e);
  return core.length === 0 ? undefined : { text: core, kind: 'badge' };
}

/**
 * The term for another withheld identifier (a licence plate): letters and digits only.
 *
 * @example
 * withheldIdTerm('ABC-1234'); //=> { text: 'abc1234', kind: 'withheld' }
 */
export function withheldIdTerm(id: string): IdentityTerm | undefined {
  const core = foldTerm(id).replace(/[^\p{L}\p{N}]+/gu, '');
  return core.length < 2 ? undefined : { text: core, kind: 'withheld' };
}
