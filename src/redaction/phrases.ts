/**
 * The neutral phrases a redacted name becomes, per language. The text writer composes Spanish from these
 * ("un agente", "el agente"), never from the English ones.
 */
import type { OfficerRole } from './titles.js';

/**
 * A language the redaction writes phrases in.
 *
 * @example
 * const l: PhraseLanguage = 'es';
 */
export type PhraseLanguage = 'en' | 'es';

const EN: Readonly<Record<OfficerRole, readonly [string, string]>> = {
  officer: ['an', 'officer'],
  deputy: ['a', 'deputy'],
  trooper: ['a', 'trooper'],
  sergeant: ['a', 'sergeant'],
  lieutenant: ['a', 'lieutenant'],
  corporal: ['a', 'corporal'],
  detective: ['a', 'detective'],
  investigator: ['an', 'investigator'],
  agent: ['an', 'agent'],
  ranger: ['a', 'ranger'],
  warden: ['a', 'game warden'],
  marshal: ['a', 'deputy marshal'],
  constable: ['a', 'constable'],
};

const ES: Readonly<Record<OfficerRole, string>> = {
  officer: 'agente',
  deputy: 'alguacil',
  trooper: 'agente estatal',
  sergeant: 'sargento',
  lieutenant: 'teniente',
  corporal: 'cabo',
  detective: 'detective',
  investigator: 'investigador',
  agent: 'agente',
  ranger: 'guardabosques',
  warden: 'guardia de caza',
  marshal: 'alguacil federal',
  constable: 'alguacil',
};

/**
 * The phrase for a redacted mention: indefinite for the first mention, definite after it, possessive for
 * "Okafor's". Spanish uses the masculine generic ("un agente", "el agente", "del agente"), the form Spanish
 * news text uses when the person is not named.
 *
 * @example
 * rolePhrase('deputy', 'en', 'indefinite'); //=> 'a deputy'
 * rolePhrase('officer', 'es', 'definite'); //=> 'el agente'
 */
export function rolePhrase(role: OfficerRole, lang: PhraseLanguage, form: 'indefinite' | 'definite' | 'possessive'): string {
  if (lang === 'es') {
    const noun = ES[role];
    return form === 'indefinite' ? `un ${noun}` : form === 'definite' ? `el ${noun}` : `del ${noun}`;
  }
  const [article, noun] = EN[role];
  return form === 'indefinite' ? `${article} ${noun}` : form === 'definite' ? `the ${noun}` : `the ${noun}'s`;
}

/**
 * Every phrase the redaction writes in place of identity, in both languages ("an officer", "el agente", "[name
 * withheld]"): the leak guard does not count a name part inside them (an officer Thanh An: "An officer was shot"
 * is the library's wording, red team 9).
 *
 * @example
 * libraryPhrases().includes('an officer'); //=> true
 */
export function libraryPhrases(): readonly string[] {
  const out: string[] = [];
  for (const role of Object.keys(EN) as OfficerRole[]) {
    for (const lang of ['en', 'es'] as const) for (const form of ['possessive', 'indefinite', 'definite'] as const) out.push(rolePhrase(role, lang, form));
  }
  for (const lang of ['en', 'es'] as const) out.push(sharedNameWord(lang), withheldWord(lang));
  return out;
}

/**
 * The words for a withheld link or identifier, and for a name shared with someone else in the alert.
 *
 * @example
 * withheldWord('es'); //=> '[omitido]'
 */
export function withheldWord(lang: PhraseLanguage): string {
  return lang === 'es' ? '[omitido]' : '[withheld]';
}

/**
 * The words for a name part that is shared with a suspect, so neither "an officer" (false) nor the name (a leak)
 * can stand there.
 *
 * @example
 * sharedNameWord('en'); //=> '[name withheld]'
 */
export function sharedNameWord(lang: PhraseLanguage): string {
  return lang === 'es' ? '[nombre omitido]' : '[name withheld]';
}

let toSpanish: RegExp | undefined;

/**
 * English neutral phrases the redaction wrote into a field that a Spanish text then shows as a place ("near an
 * officer" in a location field), in Spanish: "an officer" -> "un agente", "the corporal's" -> "del cabo",
 * "[withheld]" -> "[omitido]". Other text is unchanged.
 *
 * @example
 * phrasesToSpanish('W Colfax Ave y a corporal'); //=> 'W Colfax Ave y un cabo'
 */
export function phrasesToSpanish(text: string): string {
  if (!/officer|deputy|trooper|sergeant|lieutenant|corporal|detective|investigator|agent|ranger|warden|marshal|constable|withheld/i.test(text)) return text;
  if (toSpanish === undefined) {
    const nouns = Object.values(EN).map(([, noun]) => noun).sort((a, b) => b.length - a.length);
    toSpanish = new RegExp(`\\b(an?|the) (${nouns.join('|')})('s)?(?![\\p{L}\\p{N}])`, 'giu');
  }
  const roleOf = new Map((Object.entries(EN) as [OfficerRole, readonly [string, string]][]).map(([role, [, noun]]) => [noun, role]));
  return text
    .replace(toSpanish, (m: string, article: string, noun: string, possessive: string | undefined) => {
      const role = roleOf.get(noun.toLowerCase());
      if (role === undefined) return m;
      const out = rolePhrase(role, 'es', possessive !== undefined ? 'possessive' : article.toLowerCase() === 'the' ? 'definite' : 'indefinite');
      return /^\p{Lu}/u.test(article) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
    })
    .replace(/\[name withheld\]/g, sharedNameWord('es'))
    .replace(/\[withheld\]/g, withheldWord('es'));
}
