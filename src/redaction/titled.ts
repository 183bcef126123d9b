/**
 * A police title before a capitalised name that is not the officer's as the request writes it: another spelling
 * ("Officer Okafur"), another given name or a middle name ("Officer Chidi Okafor"), a name the request does not
 * give at all (a badge-only or "Unknown" officer), or a second officer. In a Blue Alert the public learns no
 * officer's name, so free text loses every titled name that is left after the identity matcher ran (red team:
 * each of these was published).
 */
import { foldTerm } from './fold.js';
import { PLACE_AFTER, sentenceInitial, wordBefore } from './context.js';
import { rolePhrase, type PhraseLanguage } from './phrases.js';
import { roleOfTitle } from './titles.js';

/** Police ranks and titles (not honorifics such as Mr. or Dr., not words that also name a body: Guardia, Policía). */
const POLICE_TITLES = [
  'police officer', 'patrol officer', 'officer', 'ofc', 'ofcr', 'patrolman', 'patrolwoman', 'deputy sheriff', 'deputy chief',
  'deputy marshal', 'deputy', 'dep', 'dpty', 'state trooper', 'trooper', 'tpr', 'sergeant', 'sgt', 'lieutenant', 'lt',
  'lieut', 'corporal', 'cpl', 'detective', 'det', 'investigator', 'inv', 'special agent', 'agent', 'ranger', 'warden',
  'marshal', 'constable', 'captain', 'capt', 'cpt', 'sheriff', 'undersheriff', 'chief', 'commander', 'cmdr', 'inspector',
  'insp', 'p.o', 'cadet', 'major', 'maj', 'colonel', 'col', 'agente', 'oficial', 'sargento', 'sgto', 'teniente', 'tte',
  'cabo', 'capitan', 'capitana', 'comandante', 'cmdte', 'investigador', 'investigadora', 'inspectora', 'subinspector',
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
    'box crimes crime case cases crash accident general america orange crunch morgan').split(' '),
);

/** Vehicle makes: "Ford Ranger XLT", "Jeep Commander Limited" are vehicles, not titles before a name. */
const MAKES: ReadonlySet<string> = new Set(
  ('ford jeep chevrolet chevy dodge gmc ram toyota nissan honda kia hyundai lincoln mercury buick cadillac pontiac ' +
    'chrysler plymouth subaru mazda mitsubishi volkswagen vw bmw audi lexus acura infiniti tesla volvo saturn').split(' '),
);

/** Titles written short with a period ("Sgt.", "Det."). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['ofc', 'ofcr', 'dep', 'dpty', 'tpr', 'sgt', 'lt', 'lieut', 'cpl', 'det', 'inv', 'capt', 'cpt', 'cmdr', 'insp', 'p.o', 'maj', 'col', 'sgto', 'tte', 'cmdte']);

/**
 * Space between a title and a name: any Unicode space or line break, and the invisible ones \s does not cover
 * (zero-width space and joiners, word joiner, Mongolian vowel separator): "Officer\u00a0Okafur" and
 * "Officer\u200bOkafur" are read as written (red team 4).
 */
const SPACE = '[\\s\\u180e\\u200b-\\u200d\\u2060]';
/** The same inside a name: no line break ("Officer Okafur\nDenver Police" is two lines, not one name). */
const INLINE_SPACE = '(?:[^\\S\\n\\r\\u2028\\u2029]|[\\u180e\\u200b-\\u200d\\u2060])';
/** An opening quote or bracket between a title and a name ("Officer \"Okafur\"", "Officer (Okafur)", "Officer: Okafur"). */
const OPEN_CLOSE: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’', "'": "'", '(': ')', '[': ']', ':': '' };

const PARTICLE: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'y', 'el', 'al', 'st']);

const ARTICLE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:a|an|the|un|una|el|la|los|las|del|al)\s+$/iu;

let titleRe: RegExp | undefined;

/** The titles, longest first, accent-insensitive, with an optional period and any spaces inside. */
function titles(): RegExp {
  if (titleRe === undefined) {
    const accent: Record<string, string> = { a: '[aá]', e: '[eé]', i: '[ií]', o: '[oó]', u: '[uúü]', n: '[nñ]' };
    const alts = [...POLICE_TITLES].sort((x, y) => y.length - x.length).map((t) => [...t].map((c) => (c === ' ' ? '\\s+' : c === '.' ? '\\.' : accent[c] ?? c)).join(''));
    // after the title: spaces; or an abbreviating period right before the name ("Sgt.Okafur"); or an opening
    // quote, bracket or colon with optional spaces ("Officer \"Okafur\"", "Officer: Okafur")
    // groups: 1 the title, 2 its period, 3 an opening quote, bracket or colon
    titleRe = new RegExp(`(?<![\\p{L}\\p{N}])(${alts.join('|')})(\\.?)(?:${SPACE}*([:"“‘'(\\[])${SPACE}*|${SPACE}+|(?=\\p{Lu}))`, 'giu');
  }
  return titleRe;
}

/** A capitalised name word, an initial ("D."), or a run of them with particles or a quoted nickname between. */
const NAME_WORD = '(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}\\p{Cf}\\x7f-\\x9f]*(?:[\'’-](?!s(?![\\p{L}\\p{M}]))\\p{L}[\\p{L}\\p{M}\\p{Cf}\\x7f-\\x9f]*)*)';
const GAP = `(?:${INLINE_SPACE}+(?:(?:de|del|la|las|los|van|von|der|den|da|di|du|le|st\\.?|y|bin|ibn|al|el)${INLINE_SPACE}+)*|${INLINE_SPACE}*["“][^"”\\n]{1,24}["”]${INLINE_SPACE}*)`;
const NAME_RUN = new RegExp(`${NAME_WORD}(?:${GAP}${NAME_WORD}){0,3}`, 'uy');
const WORD = new RegExp(NAME_WORD, 'gu');
const AFTER = /(?<![ \t\u00a0])[ \t\u00a0]+(\p{L}+)/uy;
const POSSESSIVE = /['’]s?(?![\p{L}\p{N}])/uy;

/**
 * The text with every police title before a capitalised name replaced by the role's neutral phrase ("Officer
 * Okafur was shot" -> "An officer was shot"), or the same string when there is none. Run before the identity
 * matcher: a name that `isOfficer` (the title and name, and where the name starts in them: the matcher finds the
 * officer's name there) is left to it ("Officer Daniel Okafor Jr."). A name stated as a suspect's
 * (`keep`, folded) stays; so does a place ("Captain Cook Highway"), alert wording after the title ("Officer
 * Down", "Deputy Shot Near Denver") and a title in capitals (an all-caps text cannot tell a name). After an
 * article only the name goes ("el agente García" -> "el agente", "an officer Towing" -> "an officer").
 *
 * @example
 * redactTitledNames('Officer Okafur and Sgt. Lee were shot.', 'en', [], (titled, at) => titled.startsWith('Okafor', at));
 * //=> 'An officer and a sergeant were shot.'
 */
export function redactTitledNames(text: string, lang: PhraseLanguage, keep: readonly string[], isOfficer: (titled: string, nameAt: number) => boolean = () => false): string {
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
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const title = (m[1] ?? '') + (m[2] ?? '');
    const opener = m[3];
    const nameAt = m.index + m[0].length;
    // a period after a whole word ends the sentence ("shot the officer. Former …"); after "Sgt" it abbreviates;
    // a name right after the title with nothing between needs that period ("Sgt.Okafur", not "OfficerOkafur")
    const word = m[1] ?? '';
    if ((!/\p{Ll}/u.test(title) && !word.includes('.')) || (m[2] === '.' && !ABBREVIATIONS.has(foldTerm(word).replace(/[\s.]+/g, '.')))) continue;
    // written together: "Sgt.Okafur", or a capitalised title glued to a capitalised name ("OfficerOkafur", what
    // is left of "Officer\u200bOkafur" once invisible characters are cleaned)
    if (m[0].length === title.length && m[2] !== '.' && !(/^\p{Lu}\p{Ll}+$/u.test(word) && /^\p{Lu}\p{Ll}/u.test(text.slice(nameAt, nameAt + 2)))) continue;
    // "Ford Ranger XLT", "Jeep Commander Limited": a model named like a title
    if (MAKES.has(foldTerm(wordBefore(text, m.index)))) continue;
    NAME_RUN.lastIndex = nameAt;
    const run = NAME_RUN.exec(text);
    if (run === null) continue;
    // the name ends before the first word that is not one ("Officer Smith Said" -> "Smith")
    let end = nameAt;
    WORD.lastIndex = 0;
    for (let w = WORD.exec(run[0]); w !== null; w = WORD.exec(run[0])) {
      const word = foldTerm(w[0]).replace(/\.$/, '');
      // "De La Cruz", "Van Der Berg": a particle written with a capital goes on to the rest of the name
      if (PARTICLE.has(word)) continue;
      // a place word anywhere makes it a place ("Captain Cook Highway"); a title ends the name
      if (PLACE_AFTER.has(word) && end > nameAt) {
        end = nameAt;
        break;
      }
      if (NOT_A_NAME.has(word) || PLACE_AFTER.has(word) || roleOfTitle(word) !== undefined) break;
      end = nameAt + w.index + w[0].length;
    }
    // a name that starts with the officer's (or a form of it) is the identity matcher's: it knows where it ends
    if (end === nameAt || isOfficer(text.slice(m.index, end), nameAt - m.index)) continue;
    const name = foldTerm(text.slice(nameAt, end));
    AFTER.lastIndex = end;
    const after = AFTER.exec(text)?.[1];
    if (after !== undefined && PLACE_AFTER.has(foldTerm(after))) continue;
    // a suspect's name, whole or some of its words ("Deputy Marcus Hale" for a suspect Marcus Lee Hale)
    const nameWords = name.split(/[^\p{L}\p{N}]+/u).filter((x) => x !== '');
    if (keep.some((k) => k.includes(name) || nameWords.every((x) => k.split(/[^\p{L}\p{N}]+/u).includes(x)))) continue;
    POSSESSIVE.lastIndex = end;
    const possessive = POSSESSIVE.exec(text)?.[0] ?? '';
    let stop = end + possessive.length;
    if (possessive !== '') {
      // "Captain Jack's Bar": a business named after someone is a place
      AFTER.lastIndex = stop;
      const next = AFTER.exec(text)?.[1];
      if (next !== undefined && PLACE_AFTER.has(foldTerm(next))) continue;
    }
    // the closing quote or bracket goes with the name ("Officer \"Okafur\" was shot" -> "An officer was shot")
    const close = opener === undefined ? '' : OPEN_CLOSE[opener] ?? '';
    if (close !== '' && text.startsWith(close, stop)) stop += close.length;
    if (ARTICLE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) {
      // "el agente García", "the officer Towing" (as the matcher wrote it): the title stays, the name goes
      write(text.slice(at, m.index) + title + (possessive === '' ? '' : "'s"));
      at = stop;
      re.lastIndex = stop;
      continue;
    }
    write(text.slice(at, m.index));
    let phrase = rolePhrase(roleOfTitle(title) ?? 'officer', lang, possessive === '' ? 'indefinite' : 'possessive');
    if (sentenceInitial(tail)) phrase = phrase.charAt(0).toUpperCase() + phrase.slice(1);
    write(phrase);
    at = stop;
    re.lastIndex = stop;
  }
  return at === 0 ? text : out.join('') + text.slice(at);
}
