/**
 * The role's phrase written into the sentence around a withheld name: articles, the Spanish contractions and
 * gender, an agency's name before the title, an adjective before it ("retired"), a vocative, capitals. Split from
 * `matcher.ts`.
 */
import { isHonorific, roleOfTitle, type OfficerRole } from './titles.js';
import { rolePhrase, sharedNameWord, type PhraseLanguage } from './phrases.js';
import { dottedCodeEnd, sentenceInitial } from './context.js';
import { agencyLead } from './agency-lead.js';
import type { Hit } from './scanner.js';

/**
 * Whether a text is written in capitals (two capitals and no lower-case letter).
 *
 * @example
 * allCaps('OFFICER OKAFOR'); //=> true
 */
export function allCaps(s: string): boolean {
  return /\p{Lu}{2}/u.test(s) && !/\p{Ll}/u.test(s);
}

/**
 * The Spanish phrase joined to the words before it: after "al" or "del" without its own article, after "a" as
 * "al", after "los"/"las" as "los familiares del agente".
 */
function spanishJoin(out: string, phrase: string): [string, string] {
  const m = /(?:^|[^\p{L}])(al|del|a|los|las) $/iu.exec(out.slice(-5));
  const word = m?.[1];
  if (word === undefined) return [out, phrase];
  const bare = phrase.replace(/^(?:el|la|un|una|del|de la) /i, '');
  const lower = word.toLowerCase();
  if (lower === 'al' || lower === 'del') return [out, bare];
  if (lower === 'a' && /^(?:el|un) /i.test(phrase)) return [`${out.slice(0, -2)}${word === 'A' ? 'Al' : 'al'} `, bare];
  // (plural, so the verb still agrees: "Los Blanco piden" -> "Los familiares del agente piden")
  if ((lower === 'los' || lower === 'las') && /^(?:el|un) /i.test(phrase)) return [`${out.slice(0, -(word.length + 1))}${word.charAt(0) === 'L' ? 'Los' : 'los'} familiares `, `del ${bare}`];
  return [out, phrase];
}

/** Spanish words a surname follows to say whose ("la familia Blanco", "la casa Okafor"). */
const FAMILY_BEFORE_ES = /(?:^|[^\p{L}])(?:familia|casa|hogar|esposa|esposo|viuda|hijos?|hijas?|padres|madre|padre|rancho|finca|hacienda)\s$/iu;
/** A title, "de"/"of"/"from", and one to four words of an agency or a town, right before a name. */
const TITLE_COMPLEMENT = /(?:^|[^\p{L}\p{N}])(\p{L}+) (?:de|del|of|from) (?:(?:la|el|los|the) )?((?:[\p{L}'’.-]+ ){1,4})$/u;
/** Institution words written in lower case in such a complement ("agente de la policía de Ponce"). */
const INSTITUTION = /^(?:policía|policia|police|sheriff|guardia|departamento|department|oficina|office|cuartel|precinto|precinct|distrito|district|condado|county|ciudad|city|estado|state|[\p{Lu}\d])/u;

/**
 * Whether the text so far ends with a police title and its agency or town ("El agente de Denver ", "officer of the
 * Aurora PD ", "agente de la policía de Ponce "), so a name after it is an apposition the sentence can lose.
 *
 * @example
 * titleComplementBefore('El agente de Denver '); //=> true
 * titleComplementBefore('The family of '); //=> false
 */
export function titleComplementBefore(out: string): boolean {
  const m = TITLE_COMPLEMENT.exec(out.slice(-90));
  if (m === null) return false;
  const title = m[1] as string;
  const role = roleOfTitle(title);
  if (role === undefined || isHonorific(title)) return false;
  return (m[2] as string).trim().split(' ').every((w) => INSTITUTION.test(w) || /^(?:de|del|la|el|of|the)$/u.test(w));
}

/** A courtesy title and "and" before another one ("Mr. and ", "Mr. & ", "el señor y "), with what goes before it. */
const COUPLE_BEFORE = /(^|[^\p{L}\p{N}])(?:(?:el|los) )?(?:mr|dr|sr|señor|senor)\.? (?:and|&|y) $/iu;


/**
 * A courtesy title and the surname alone ("Mrs. Okafor", "Dr. Okafor", "la señora Okafor"): maybe a relative, never
 * said to be an officer (re-attack 22 F15); a couple goes whole ("Mr. and Mrs. Okafor asked" -> "[name withheld]
 * asked"). Returns the text before and the phrase.
 *
 * @example
 * honorificInSentence('Mr. and ', 'Mrs. Okafor', hit, 'en'); //=> ['', '[name withheld]']
 */
export function honorificInSentence(out: string, original: string, h: Hit, lang: PhraseLanguage): [string, string] {
  const couple = COUPLE_BEFORE.exec(out.slice(-20));
  const before = couple === null ? out : out.slice(0, out.length - couple[0].length + (couple[1]?.length ?? 0));
  const article = couple === null && h.article !== undefined ? `${original.slice(0, h.article.length)} ` : '';
  return [before, `${article}${sharedNameWord(lang)}${h.possessive === true ? "'s" : ''}`];
}

/** Adjectives written before a title that go after the article ("retired Sgt. X" -> "a retired sergeant", P14). */
const ROLE_ADJECTIVE = /(?:^|[^\p{L}\p{N}-])(retired|former|fallen|late|veteran|off-duty|on-duty|rookie|slain|beloved) $/iu;
/** Words a vocative name follows ("we love you Danny", "thank you Officer Okafor", P17). */
const VOCATIVE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:love|miss|thank|thanks|bless|salute) (?:you|ya)(?: so much| all)?,? $/iu;
/** Spanish participles and adjectives said of a woman after the name ("fue herida", "resultó baleada", P16). */
const FEMININE_AFTER = /^,? (?:(?:fue|está|esta|resultó|resulto|quedó|quedo|sigue|permanece|murió|murio|ha sido|había sido|habia sido) )?(?:gravemente |críticamente |criticamente )?(?:herida|baleada|asesinada|atacada|lesionada|desaparecida|muerta|secuestrada|hospitalizada|atropellada|apuñalada|apunalada|golpeada|amenazada|ultimada|agredida|estable|viuda|madre)(?![\p{L}])/iu;

/**
 * Where a withheld name stands: the text written so far, the original text right after the name (a short slice),
 * the name as written, its hit, the language and role, whether the phrase is definite, and whether the field is
 * written into a sentence.
 *
 * @example
 * const c: RoleContext = { out: 'retired ', rest: ' served.', original: 'Sgt. Okafor', h, lang: 'en', role: 'sergeant', definite: false, embedded: false };
 */
export interface RoleContext {
  readonly out: string;
  readonly rest: string;
  readonly original: string;
  readonly h: Hit;
  readonly lang: PhraseLanguage;
  readonly role: OfficerRole;
  readonly definite: boolean;
  readonly embedded: boolean;
}

/**
 * The role's phrase for a withheld name in its sentence, and the text before it as it must now read.
 *
 * @example
 * roleInSentence({ out: 'the son of retired ', rest: '.', original: 'Sgt. Okafor', h, lang: 'en', role: 'sergeant', definite: false, embedded: false });
 * //=> ['the son of ', 'a retired sergeant']
 */
export function roleInSentence(c: RoleContext): [string, string] {
  const { h, lang, role, original } = c;
  let out = c.out;
  let phrase = rolePhrase(role, lang, h.possessive === true ? 'possessive' : c.definite ? 'definite' : 'indefinite');
  if (h.plural === true) phrase = lang === 'es' ? `la familia ${rolePhrase(role, lang, 'possessive')}` : `${rolePhrase(role, lang, 'possessive')} family`;
  // "la familia Blanco", "la casa Okafor": the officer's family, "la familia del agente" (red team 11)
  else if (lang === 'es' && FAMILY_BEFORE_ES.test(out)) phrase = rolePhrase(role, lang, 'possessive');
  // the writer's gender stays: "la agente", "una sargento"; and the participle's: "Okafor fue herida" -> "La
  // agente fue herida" (re-attack 23 P16)
  if (lang === 'es' && (h.article === 'la' || h.article === 'una' || (h.article === undefined && h.possessive !== true && FEMININE_AFTER.test(c.rest)))) {
    phrase = phrase.replace(/^el /, 'la ').replace(/^un /, 'una ').replace(/^del /, 'de la ');
  }
  if (lang === 'es' && / de $/i.test(out) && phrase.startsWith('el ')) {
    out = out.slice(0, -3);
    phrase = `del ${phrase.slice(3)}`;
  }
  // "al"/"del" hold the article ("Al agente Okafor" is "Al agente", not "Al un agente"), "a" takes it ("A
  // Okafor lo trasladaron": "Al agente lo trasladaron"), and "los Blanco" are the officer's family (red team 12)
  if (lang === 'es') [out, phrase] = spanishJoin(out, phrase);
  // in Spanish "a" before a name is the preposition, not an article: "A Blanco lo trasladaron" -> "Al agente"
  if (lang === 'es' && h.article?.toLowerCase() === 'a') phrase = `al ${phrase.replace(/^(?:el|la|un|una) /i, '')}`;
  if (lang === 'en' && h.possessive !== true && h.plural !== true && !allCaps(original)) [out, phrase] = englishAround(out, phrase);
  // an agency's name before the title goes after the article: "A Denver officer was shot" (red team 19 O1)
  const lead = lang === 'en' && !allCaps(original) ? agencyLead(out, original, phrase) : undefined;
  if (lead !== undefined) [out, phrase] = [lead.before, lead.phrase];
  if (allCaps(original)) phrase = phrase.toUpperCase();
  // (not after a dotted code when the text goes on in lower case: "Washington D.C. officer Washington")
  else if (sentenceInitial(out) && !(c.embedded && out.trim() === '') && !(/^\p{Ll}/u.test(original) && dottedCodeEnd(out))) phrase = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  return [out, phrase];
}

/**
 * English words before the name that change the phrase: an adjective goes after the article ("son of retired Sgt.
 * Okafor" -> "son of a retired sergeant", was "son of retired a sergeant", re-attack 23 P14), and a vocative drops
 * it ("We love you Danny" -> "We love you, officer", was "We love you the officer", P17).
 */
function englishAround(out: string, phrase: string): [string, string] {
  const article = /^(an?|the) /u.exec(phrase)?.[1];
  if (article === undefined) return [out, phrase];
  if (VOCATIVE_BEFORE.test(out.slice(-24))) return [out.replace(/,? $/u, ''), `, ${phrase.slice(article.length + 1)}`];
  return adjectiveFirst(out, phrase);
}

/**
 * An English adjective written before a withheld title goes after the phrase's article ("the son of retired Sgt.
 * Mendoza" -> "the son of a retired sergeant", was "…of retired a sergeant", re-attack 23 P14); the writer's own
 * article stays ("The former Officer Okafor" -> "The former officer").
 *
 * @example
 * adjectiveFirst('the son of retired ', 'a sergeant'); //=> ['the son of ', 'a retired sergeant']
 */
export function adjectiveFirst(out: string, phrase: string): [string, string] {
  const article = /^(an?|the) /u.exec(phrase)?.[1];
  const adj = article === undefined ? null : ROLE_ADJECTIVE.exec(out.slice(-24));
  if (article === undefined || adj?.[1] === undefined) return [out, phrase];
  const word = adj[1];
  let before = out.slice(0, out.length - word.length - 1);
  const own = /(?:^|[^\p{L}\p{N}])(an?|the|An?|The) $/u.exec(before.slice(-5))?.[1];
  if (own !== undefined) before = before.slice(0, before.length - own.length - 1);
  const art = own?.toLowerCase() === 'the' || article === 'the' ? 'the' : /^[aeiou]/iu.test(word) ? 'an' : 'a';
  return [before, `${art} ${word.toLowerCase()} ${phrase.slice(article.length + 1)}`];
}
