/**
 * The caller's `redactTerms` (`extraTerms`) read like a person's name when they are one (red team 19 B1: with
 * "Grace Adeyemi" withheld, "Adéyemi", "#AdeyemiFamily", "Grace Adeyemi-Okafor" and "Mrs. Adeyemi" were published):
 * besides the whole term, each word of a name-like term is a term of its own, so it is matched as the officer's
 * name parts are, accents folded, in hashtags and links, with a possessive; a hyphenated extension goes with it
 * (`word-hits.ts`). A word that is an everyday or place word ("Grace", "Park", "Rose") is matched only in the
 * whole term: alone it stays ("Amazing Grace", "Cheesman Park").
 */
import { foldTerm } from './fold.js';
import type { IdentityTerm } from './names.js';
import { EVERYDAY, PLACE_AFTER } from './context.js';
import { COMMON_WORD_SURNAMES } from './everyday-words.js';
import { knownTitles } from './titles.js';

/** Honorifics and particles: no name of their own. */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'rev', 'prof', 'sr', 'sra', 'srta', 'jr', 'ii', 'iii', 'iv',
  'de', 'del', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'st', 'al', 'el', 'y', 'bin', 'ibn',
]);
/** Honorifics before a surname. */
const HONORIFICS: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'dr'];
/** A word of a name: letters, with apostrophes, hyphens or a closing period ("O'Brien", "Adeyemi-Okafor", "Jr."). */
const NAME_WORD = /^\p{L}[\p{L}\p{M}'’-]*\.?$/u;

/**
 * The words of a name-like extra term (two to four words of letters) as terms of their own, kind `extra`: every
 * word of 3+ letters that is no honorific, particle, title, everyday or place word, and each piece of a
 * hyphenated one. A term with digits or other signs ("Unit 12") gives none.
 *
 * @example
 * extraTermParts('Grace Adeyemi').map((t) => t.text); //=> ['adeyemi']
 * extraTermParts('Unit 12'); //=> []
 */
export function extraTermParts(term: string): IdentityTerm[] {
  const words = term.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return [];
  const titles = new Set(knownTitles());
  const out = new Set<string>();
  for (const w of words) {
    const folded = foldTerm(w).replace(/\.$/u, '');
    for (const piece of [folded, ...(folded.includes('-') ? folded.split('-') : [])]) {
      const bare = piece.replace(/['’]/gu, '');
      if (bare.length < 3 || NOT_A_NAME.has(bare) || titles.has(bare) || EVERYDAY.has(bare) || COMMON_WORD_SURNAMES.has(bare) || PLACE_AFTER.has(bare)) continue;
      out.add(piece);
    }
  }
  // an everyday or place word after an honorific is the person ("Mrs. Park" for "Grace Park")
  for (const w of words.slice(1)) {
    const folded = foldTerm(w).replace(/\.$/u, '');
    if (!out.has(folded) && folded.length >= 2 && !NOT_A_NAME.has(folded)) for (const h of HONORIFICS) out.add(`${h} ${folded}`).add(`${h}. ${folded}`);
  }
  const whole = foldTerm(term);
  return [...out].filter((p) => p !== whole).map((text) => ({ text, kind: 'extra' as const }));
}
