/**
 * Text whose capitals say nothing: all in capitals ("SCENE OF OKAFOR SHOOTING") or in title case with its small
 * words capitalised too ("Scene Of Okafor Shooting", "Where Young Fell"). There a capitalised word after a name
 * does not make the name a place's (red team 17: "OKAFOR WAS SHOT", "NGUYEN WAS SHOT HERE" were published as
 * places); the words are read instead. Word scans, linear.
 */

/**
 * Small words that title case writes in lower case and a sentence has: capitalised, they show the whole text is
 * capitalised word by word ("Scene Of Okafor Shooting"), not a place's name ("Castle Rock").
 */
const SMALL_WORDS: ReadonlySet<string> = new Set([
  'of', 'at', 'in', 'on', 'the', 'and', 'or', 'to', 'for', 'by', 'with', 'from', 'near', 'where', 'here', 'there',
  'was', 'is', 'were', 'his', 'her', 'who', 'when', 'de', 'del', 'la', 'el', 'en', 'y', 'donde', 'fue',
]);

/**
 * Words after a name that make a sentence about a person, never a place's name ("Okafor Shooting", "Young Fell"),
 * in any case.
 *
 * @example
 * SENTENCE_NEXT.has('shot'); //=> true
 */
export const SENTENCE_NEXT: ReadonlySet<string> = new Set([
  'was', 'is', 'were', 'has', 'had', 'shot', 'shooting', 'fell', 'died', 'killed', 'slain', 'wounded', 'hit',
  'returned', 'fired', 'down', 'here', 'there', 'memorial', 'tribute', 'vigil', 'murder', 'killing', 'death',
  'fue', 'murio', 'cayo', 'herido', 'asesinado',
]);

/**
 * Last words of places' names that are no street word ("Castle Rock", "Lone Tree", "Glenwood Springs"): after a
 * name part in text whose capitals say nothing, the name is the place's.
 *
 * @example
 * TOWN_TAIL.has('rock'); //=> true
 */
export const TOWN_TAIL: ReadonlySet<string> = new Set([
  'rock', 'rocks', 'tree', 'grove', 'fork', 'forks', 'gap', 'glen', 'hollow', 'meadows', 'woods', 'gardens', 'estates',
  'acres', 'landing', 'ferry', 'mill', 'mills', 'wells', 'bluff', 'bluffs', 'shores', 'shore', 'ranch', 'vista',
  'view', 'cove', 'lakes', 'pines', 'oaks', 'forest', 'national', 'state', 'county', 'town', 'center', 'city',
  'harbour', 'grand', 'springs', 'heights', 'hills', 'valley', 'beach', 'falls', 'island', 'islands', 'point',
  'park', 'lake', 'river', 'creek', 'mountain', 'mesa', 'canyon', 'ridge', 'village', 'junction',
]);

let lastText = '';
let lastAnswer = false;

/**
 * Whether the capitals of a text say nothing: it has no lower-case letter (and two capitals or more), or every word
 * of two letters or more starts with a capital and one of them is a small word ("Of", "Was", "Where").
 *
 * @example
 * uniformCase('SCENE OF OKAFOR SHOOTING'); //=> true
 * uniformCase('Where Young Fell'); //=> true
 * uniformCase('Castle Rock'); //=> false
 * uniformCase('where Young fell'); //=> false
 */
export function uniformCase(text: string): boolean {
  if (text === lastText) return lastAnswer;
  let lower = 0;
  let upper = 0;
  let lowerStart = false;
  let small = false;
  let word = '';
  let first = '';
  const end = (): void => {
    if (word.length >= 2) {
      if (/\p{Ll}/u.test(first)) lowerStart = true;
      else if (SMALL_WORDS.has(word.toLowerCase())) small = true;
    }
    word = '';
  };
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      if (word === '') first = ch;
      word += ch;
      if (/\p{Ll}/u.test(ch)) lower++;
      else if (/\p{Lu}/u.test(ch)) upper++;
    } else if (ch !== "'" && ch !== '\u2019') end();
  }
  end();
  lastText = text;
  lastAnswer = (lower === 0 && upper >= 2) || (!lowerStart && small);
  return lastAnswer;
}
