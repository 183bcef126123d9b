/**
 * An agency's name before a withheld titled name (red team 19 O1): "Denver Police Officer Daniel Okafor was shot"
 * read "Denver an officer was shot"; the agency's words go after the article of the role's phrase instead: "A Denver
 * officer was shot", "An Adams County deputy was shot", "A DPD officer was shot". Bounded slices only.
 */

/** Last words of an agency's name before a title ("Colorado State Patrol Trooper", "Adams County Sheriff's Deputy"). */
const AGENCY_END: ReadonlySet<string> = new Set(['police', 'patrol', 'county', 'department', "sheriff's", 'sheriff’s', 'sheriff', 'office', 'parish', 'city', 'state', 'township', 'university', 'campus', 'transit', 'pd']);
/** Title words an agency's name leaves in the withheld span ("Police Officer", "Sheriff's Deputy", "State Trooper"). */
const AGENCY_TITLE = /^(?:police|sheriff['’]?s?|state|county|patrol|city|university|campus|transit)\s/iu;
/** Capitalised words that open a sentence and no agency's name ("Yesterday Officer Okafor", "The Officer"). */
const NOT_AGENCY: ReadonlySet<string> = new Set(
  ('the a an this that our his her their its yesterday today tonight then when after before also and but monday tuesday ' +
    'wednesday thursday friday saturday sunday rip breaking update alert urgent new wanted bolo attn fyi eow note missing ' +
    'cancel blue amber please help pray honor remember').split(' '),
);
/** Acronyms said with a vowel sound first ("an FBI agent", "an NYPD officer", "an LAPD officer"). */
const VOWEL_ACRONYM = /^[AEFHILMNORSX]/u;

/**
 * The text before a withheld titled name and the role's phrase with an agency's name moved after the phrase's
 * article, or `undefined` when no agency's name opens the sentence before it.
 *
 * @param before - The text written so far (only its last 80 characters are read).
 * @param original - The withheld span ("Police Officer Daniel Okafor").
 * @param phrase - The English role phrase ("an officer", "the deputy", "the officer's").
 * @example
 * agencyLead('Denver ', 'Police Officer Daniel Okafor', 'an officer'); //=> { before: '', phrase: 'a Denver officer' }
 * agencyLead('A Denver ', 'Police Officer Daniel Okafor', 'an officer'); //=> { before: '', phrase: 'a Denver officer' }
 * agencyLead('Yesterday ', 'Officer Daniel Okafor', 'an officer'); //=> undefined
 */
export function agencyLead(before: string, original: string, phrase: string): { before: string; phrase: string } | undefined {
  const article = /^(an?|the) /u.exec(phrase)?.[1];
  if (article === undefined) return undefined;
  const tail = before.slice(-80);
  if (!tail.endsWith(' ')) return undefined;
  // one to four capitalised words right before ("Denver ", "Adams County ", "DPD "), after a sentence's start, a
  // comma or a lower-case word ("Witnesses saw Denver Police Officer Okafor fall")
  const parts = tail.slice(0, -1).split(' ');
  let n = 0;
  while (n < 5 && n < parts.length && /^\p{Lu}[\p{L}'’-]*$/u.test(parts[parts.length - 1 - n] as string)) n++;
  const prev = parts[parts.length - 1 - n];
  if (n === 0 || (prev === undefined && tail.length < before.length) || (prev !== undefined && !/[.!?:;,]$|^\p{Ll}/u.test(prev))) return undefined;
  let words = parts.slice(parts.length - n);
  // the writer's own article goes too: "A Denver Police Officer Okafor" -> "A Denver officer", "saw a Denver Police
  // Officer Okafor fall" -> "saw a Denver officer fall" (re-attack 22 F8)
  const ownLower = prev !== undefined && /^(?:a|an|the)$/u.test(prev) ? prev : undefined;
  const own = ownLower ?? (/^(?:a|an|the)$/iu.test(words[0] as string) && words.length > 1 ? (words[0] as string).toLowerCase() : undefined);
  const lead = `${ownLower === undefined ? '' : `${ownLower} `}${words.join(' ')} `;
  if (own !== undefined && ownLower === undefined) words = words.slice(1);
  if (words.length > 4 || NOT_AGENCY.has((words[0] as string).toLowerCase())) return undefined;
  const last = (words.at(-1) as string).toLowerCase();
  const acronym = /^\p{Lu}{2,6}$/u.test(words.at(-1) as string);
  if (!acronym && !AGENCY_END.has(last) && !AGENCY_TITLE.test(original)) return undefined;
  const first = words[0] as string;
  const an = /^\p{Lu}{2,6}$/u.test(first) ? VOWEL_ACRONYM.test(first) : /^[AEIOU]/u.test(first) && !/^(?:Uni|Eu|One|Use)/u.test(first);
  const art = article === 'the' || own === 'the' ? 'the' : an ? 'an' : 'a';
  return { before: before.slice(0, before.length - lead.length), phrase: `${art} ${words.join(' ')} ${phrase.slice(article.length + 1)}` };
}
