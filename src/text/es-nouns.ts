/**
 * Spanish noun phrases for the values agencies write in English (clothing, marks, vehicle features): a noun with
 * its gender and number, colours that agree with it, an article before a body part or a side of a car, lists joined
 * with "y". Shared by `es-wear.ts` and `es-vehicle-parts.ts`; every function returns `undefined` for what it does
 * not know, so callers translate all or nothing.
 */
import { COLOR_NAMES, colorEs, type Gender } from './es-values.js';
import { table } from '../table.js';

/** A Spanish noun phrase: head noun, a tail before the colour ("de béisbol"), a tail after it ("con capucha"). */
export interface Noun {
  readonly head: string;
  readonly g: Gender;
  readonly pl: boolean;
  /** Written right after the head, before the colour: "gorra de béisbol roja". */
  readonly de?: string;
  /** Written after the colour: "sudadera negra con capucha". */
  readonly con?: string;
}

/**
 * A noun: head, gender, plural, the tails around the colour.
 *
 * @example
 * noun('gorra', 'f', false, 'de béisbol').de; //=> 'de béisbol'
 */
export const noun = (head: string, g: Gender, pl = false, de?: string, con?: string): Noun => ({ head, g, pl, ...(de === undefined ? {} : { de }), ...(con === undefined ? {} : { con }) });

/** Colours of clothing the vehicle colours do not have. */
const OWN_COLORS: Readonly<Record<string, string>> = table({ olive: 'verde olivo', 'olive green': 'verde olivo', khaki: 'caqui', 'navy blue': 'azul marino' });

/**
 * English words that make one colour group ("dark blue", "black and white", "red/black").
 *
 * @example
 * COLOR_WORDS.has('navy'); //=> true
 */
export const COLOR_WORDS: ReadonlySet<string> = new Set([...COLOR_NAMES, 'and', '/', ...Object.keys(OWN_COLORS).filter((k) => !k.includes(' '))]);

/** Spanish colours that do not change with number (and multi-word colours, which do not either). */
const INVARIABLE = new Set(['beige', 'crema', 'vino', 'champán', 'bronce', 'caqui', 'verde olivo']);

/**
 * A Spanish adjective in the plural; invariable colours and multi-word colours stay as they are.
 *
 * @example
 * plural('negra'); //=> 'negras'
 * plural('azul'); //=> 'azules'
 * plural('azul marino'); //=> 'azul marino'
 */
export function plural(word: string): string {
  if (INVARIABLE.has(word) || word.includes(' ')) return word;
  if (/[aeiouéó]$/u.test(word)) return `${word}s`;
  return `${word}es`;
}

/**
 * A colour group in Spanish agreeing with the noun `of` in gender and number, or undefined.
 *
 * @example
 * colorsFor(['black', 'and', 'white'], noun('zapatos', 'm', true)); //=> 'negros y blancos'
 */
export function colorsFor(words: readonly string[], of: Noun): string | undefined {
  const text = words.join(' ').split('/').map((t) => t.trim()).join(' and ');
  const own = OWN_COLORS[text];
  if (own !== undefined) return of.pl ? plural(own) : own;
  if (/\b(?:olive|khaki)\b/.test(text)) return undefined;
  const es = colorEs(text, of.g);
  if (es === undefined) return undefined;
  if (!of.pl) return es;
  // "negro y blanco" -> "negros y blancos"; a colour with a shade ("azul oscuro") does not change
  return es.split(/(, | y )/).map((part) => (part === ', ' || part === ' y ' || part.includes(' ') ? part : plural(part))).join('');
}

/** A list item cut at the words "and", "with" and "&" ("black hoodie and blue jeans": two pieces). */
function splitAtJoins(part: string): string[] {
  const pieces: string[][] = [[]];
  for (const w of part.trim().split(/\s+/)) {
    if (/^(?:and|with|&)$/i.test(w)) pieces.push([]);
    else pieces[pieces.length - 1]?.push(w);
  }
  return pieces.map((p) => p.join(' '));
}

/**
 * A list in Spanish, item by item with `one`: commas and semicolons, then "and" / "with" between items ("black
 * hoodie and jeans"); undefined when any item is, unless `unknown` is given: then an item `one` cannot translate is
 * what `unknown` makes of it (marked "(en inglés: …)", or left out when it gives undefined), and the list is
 * undefined only when no item is translated (reader review 21t T04: one unknown item left the whole list in
 * English). Items are joined "a, b y c".
 *
 * @example
 * listEs('a, b and c', (x) => x.toUpperCase()); //=> 'A, B y C'
 * listEs('a, zz', (x) => (x === 'a' ? 'A' : undefined), (x) => `(${x})`); //=> 'A y (zz)'
 */
export function listEs(text: string, one: (item: string) => string | undefined, unknown?: (item: string) => string | undefined): string | undefined {
  if (text.length > 400) return undefined;
  const out: string[] = [];
  let known = 0;
  for (const part of text.split(/[,;]/)) {
    if (part.trim() === '') continue;
    const item = part.replace(/^\s*(?:and|with)\s+/i, '');
    const whole = one(item);
    if (whole !== undefined) {
      out.push(whole);
      known++;
      continue;
    }
    // "black and white shoes" is one item; "black hoodie and blue jeans" two
    const pieces = splitAtJoins(part).map((p) => one(p));
    if (pieces.length >= 2 && pieces.every((p) => p !== undefined)) {
      out.push(...(pieces as string[]));
      known += pieces.length;
      continue;
    }
    if (unknown === undefined) return undefined;
    const marked = unknown(item.trim());
    if (marked !== undefined) out.push(marked);
  }
  if (out.length === 0 || known === 0) return undefined;
  return out.length === 1 ? out[0] : `${out.slice(0, -1).join(', ')} y ${out[out.length - 1] ?? ''}`;
}

/**
 * A place on a body or a thing after a preposition: article, part and side agreeing ("debajo del ojo izquierdo"),
 * "both" as "ambos"/"ambas"; undefined for a part not in `parts`.
 *
 * @example
 * placedEs('debajo de', ['left', 'eye'], new Map([['eye', noun('ojo', 'm')]])); //=> 'debajo del ojo izquierdo'
 */
export function placedEs(prep: string, words: readonly string[], parts: ReadonlyMap<string, Noun>): string | undefined {
  let rest = words[0] === 'the' || words[0] === 'his' || words[0] === 'her' ? words.slice(1) : words;
  let side: string | undefined;
  if (rest[0] === 'left' || rest[0] === 'right' || rest[0] === 'both') {
    side = rest[0];
    rest = rest.slice(1);
  }
  const part = parts.get(rest.join(' '));
  if (part === undefined) return undefined;
  if (side === 'both') {
    if (!part.pl) return undefined;
    return `${prep} ${part.g === 'f' ? 'ambas' : 'ambos'} ${part.head}`;
  }
  const article = part.pl ? (part.g === 'f' ? 'las' : 'los') : part.g === 'f' ? 'la' : 'el';
  const sideEs = side === undefined ? '' : ` ${side === 'left' ? 'izquierd' : 'derech'}${part.g === 'f' ? 'a' : 'o'}${part.pl ? 's' : ''}`;
  const joined = `${prep} ${article}`.replace(/\bde el$/, 'del').replace(/\ba el$/, 'al');
  return `${joined} ${part.head}${sideEs}`;
}

