/**
 * A location field that is nothing but the officer's name in some form: read as prose, it is all name (red team
 * 15: "heading Daniel"; red team 16: destinations "Daniel", "D4nny", "Okafors", a location "RIP 0kaf0r",
 * "(0kaf0r)", "Danny O."). Word scans, linear.
 */
import { createIdentityMatcher, type IdentityMatcher, type IdentityTerm, type IdentityTermKind } from './matcher.js';
import { sharedNameWord, type PhraseLanguage } from './phrases.js';
import { nameSets } from './word-hits.js';
import { isStateName } from '../area/codes.js';
import { LOCATIVE } from './context.js';
import { GIVEN_NAME_PLACES } from './given-name-places.js';

/** Words that say a name is remembered or called, not a place ("RIP 0kaf0r", "Call 0kaf0r!", "Justice for Danny"). */
const MEMORIAL: ReadonlySet<string> = new Set([
  'rip', 'r.i.p', 'call', 'pray', 'for', 'justice', 'free', 'love', 'remember', 'remembering', 'save', 'help', 'find',
  'bring', 'officer', 'in', 'memory', 'of', 'honor', 'honour', 'and', 'or', 'descanse', 'en', 'paz', 'por', 'justicia',
]);

/** Fields where a lone name is never a place: where the suspect is heading. */
const HEADING: ReadonlySet<string> = new Set(['suspects[].direction', 'suspects[].destinations[]']);

/** Whether every hit is a given name or a short form that names no town: the name, wherever it is given alone. */
function givenNameOnly(hits: readonly { kind: IdentityTermKind; term: string; start: number; end: number }[], terms: readonly IdentityTerm[], value: string): boolean {
  const { surnames } = nameSets(terms);
  return hits.every((h) => {
    const written = value.slice(h.start, h.end);
    return h.kind === 'name-part' && !surnames.has(h.term) && !GIVEN_NAME_PLACES.has(letters(written)) && !isStateName(written);
  });
}

/**
 * "[name withheld]" for each hit when what is left are words before a place ("near", "at") or a state ("near Danny",
 * "Danny, CO"), and every hit is a given name or short form that names no town (red team 17). Undefined otherwise.
 */
function givenNameNearPlace(value: string, hits: readonly { kind: IdentityTermKind; term: string; start: number; end: number }[], words: readonly string[], terms: readonly IdentityTerm[], language: PhraseLanguage): string | undefined {
  if (!givenNameOnly(hits, terms, value)) return undefined;
  // every other word is one before a place or a state ("near Danny, CO"), or each name has a word before a place
  // right before it or a family or home word after it, inside a longer location ("I-25 near Danny", "Danny &
  // Family Home": red team 18)
  const alone = words.every((w) => LOCATIVE.has(w) || isStateName(w));
  if (!alone && !hits.every((h) => LOCATIVE.has(lastWord(value.slice(Math.max(0, h.start - 16), h.start))) || FAMILY_OR_HOME.has(firstWord(value.slice(h.end, h.end + 16))))) return undefined;
  let out = '';
  let at = 0;
  for (const h of hits) {
    out += value.slice(at, h.start) + sharedNameWord(language);
    at = h.end;
  }
  return out + value.slice(at);
}

/** Words after a name that make it a family's or a home's ("Danny & Family Home", "Danny's house"). */
const FAMILY_OR_HOME: ReadonlySet<string> = new Set(['family', 'familia', 'home', 'house', 'residence', 'casa', 'hogar', 's']);

/** The last word of `text` in lower case (letters and digits), or '' (a scan from the end). */
function lastWord(text: string): string {
  let e = text.length;
  while (e > 0 && !/[\p{L}\p{N}]/u.test(text.charAt(e - 1))) e--;
  let s = e;
  while (s > 0 && /[\p{L}\p{N}]/u.test(text.charAt(s - 1))) s--;
  return text.slice(s, e).toLowerCase();
}

/** The first word of `text` in lower case, past any "&", "and" or apostrophe ("& Family" -> "family"), or ''. */
function firstWord(text: string): string {
  const words = restWords(text.replace(/[’']/gu, ' '));
  const w = words[0] === 'and' || words[0] === 'y' ? words[1] : words[0];
  return w ?? '';
}

/** The text with each word before a place ("near", "toward", "at") written as spaces: offsets stay. */
function withoutLocatives(value: string): string {
  let out = '';
  let word = '';
  const flush = (): void => {
    out += LOCATIVE.has(word.toLowerCase()) ? ' '.repeat(word.length) : word;
    word = '';
  };
  for (const ch of value) {
    if (/[\p{L}\p{N}]/u.test(ch)) word += ch;
    else {
      flush();
      out += ch;
    }
  }
  flush();
  return out;
}

const PLAIN = new WeakMap<readonly IdentityTerm[], IdentityMatcher>();

/** A matcher of the same terms that protects no phrase of the request, built once per term list. */
function plainMatcher(terms: readonly IdentityTerm[]): IdentityMatcher {
  let m = PLAIN.get(terms);
  if (m === undefined) {
    m = createIdentityMatcher(terms);
    PLAIN.set(terms, m);
  }
  return m;
}

/** The letters of a text in lower case, without accents' marks kept apart (a comparison key). */
function letters(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD').toLowerCase()) if (/\p{L}/u.test(ch)) out += ch;
  return out;
}

/**
 * The words of `rest` (what the name hits leave), split at every character that is no letter or digit.
 */
function restWords(rest: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of rest.toLowerCase()) {
    if (/[\p{L}\p{N}]/u.test(ch)) word += ch;
    else if (word !== '') {
      out.push(word);
      word = '';
    }
  }
  if (word !== '') out.push(word);
  return out;
}

/**
 * "[name withheld]" when a location field (by its path with indexes as `[]`) is nothing but the officer's name:
 * every word that the name hits leave is an initial ("Danny O.") or a memorial word ("RIP", "Call"). Where the
 * suspect is heading a lone name is the name ("toward Daniel"); in the other location fields only a name that no
 * place is written as: with a digit for a letter ("0kaf0r"), an initial, a memorial word, brackets, a plural
 * ("Okafors") or repeated, or a given name or short form that names no town ("Danny"; "Aurora" is the town).
 * Undefined otherwise ("east", "toward Aurora", "Okafor Park", "Dan River").
 *
 * @example
 * nameAsPlace('suspects[].destinations[]', 'D4nny', matcher, 'en'); //=> { text: '[name withheld]', kinds: ['name-part'], kept: [] }
 * nameAsPlace('incident.location', 'Dan River', matcher, 'en'); //=> undefined
 */
export function nameAsPlace(
  normalized: string,
  value: string,
  matcher: IdentityMatcher,
  language: PhraseLanguage,
): { text: string; kinds: IdentityTermKind[]; kept: [] } | undefined {
  // without the request's protected phrases: the location itself is one of them (it names no officer as a place)
  // (and with the words before a place blanked: "toward Danny" reads the name as a place after "toward")
  const hits = plainMatcher(matcher.terms).find(withoutLocatives(value), 'free');
  if (hits.length === 0) return undefined;
  let rest = '';
  let at = 0;
  let marked = hits.length > 1;
  for (const h of hits) {
    rest += value.slice(at, h.start);
    const written = value.slice(h.start, h.end);
    // a digit for a letter, a plural or an initial: the hit is more than the term as written
    if (/\d/.test(written) || letters(written) !== letters(h.term)) marked = true;
    at = h.end;
  }
  rest += value.slice(at);
  const words = restWords(rest);
  let left = '';
  for (const w of words) {
    if (w === 's') continue;
    if (w.length === 1 || MEMORIAL.has(w)) marked = true;
    else left += w;
  }
  if (left !== '') {
    const near = givenNameNearPlace(value, hits, words, matcher.terms, language);
    return near === undefined ? undefined : { text: near, kinds: [...new Set(hits.map((h) => h.kind))], kept: [] };
  }
  if (/[()[\]#@]/.test(rest) || words.includes('s')) marked = true;
  // a given name or a short form alone is the officer's in every location field ("Danny", "Daniel": red team 17)
  if (!HEADING.has(normalized) && !marked && !givenNameOnly(hits, matcher.terms, value)) return undefined;
  return { text: sharedNameWord(language), kinds: [...new Set(hits.map((h) => h.kind))], kept: [] };
}
