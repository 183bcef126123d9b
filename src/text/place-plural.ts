/**
 * Plurals of the place nouns (`place-terms.ts`): "exits" -> "salidas", "on-ramps" -> "rampas de entrada",
 * "overpasses" -> "pasos elevados". Written by rule (English: the last word; Spanish: the noun and the adjectives
 * right after it) so the plural of every noun is known and never left in English.
 */
import { table } from '../table.js';

/**
 * The English plural of a place noun: the last word takes "s", "es" after s, x, z, ch, sh, "ies" for a consonant
 * and "y"; "port of entry" pluralises its first word.
 *
 * @param en - The singular, lower case ("on-ramp", "parking lot").
 * @returns The plural ("on-ramps", "parking lots").
 * @example
 * pluralEn('overpass'); //=> 'overpasses'
 * pluralEn('pharmacy'); //=> 'pharmacies'
 * pluralEn('port of entry'); //=> 'ports of entry'
 */
export function pluralEn(en: string): string {
  const of = en.indexOf(' of ');
  if (of > 0) return `${pluralEn(en.slice(0, of))}${en.slice(of)}`;
  const cut = en.lastIndexOf(' ') + 1;
  const head = en.slice(0, cut);
  const w = en.slice(cut);
  if (/(?:s|x|z|ch|sh)$/.test(w)) return `${head}${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${head}${w.slice(0, -1)}ies`;
  return `${head}${w}s`;
}

/** The stressed vowel an added syllable moves: "intersección" -> "intersecciones", "almacén" -> "almacenes". */
const UNSTRESS: Readonly<Record<string, string>> = table({ á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' });

/**
 * One Spanish word in the plural: a vowel takes "s"; a consonant takes "es" (z -> "ces"), and an accent on the
 * last syllable goes ("intersección" -> "intersecciones"); words in "s" or "x" and codes in capitals ("HOV",
 * "campus") do not change.
 *
 * @param word - A Spanish noun or adjective.
 * @returns Its plural.
 * @example
 * pluralWordEs('carril'); //=> 'carriles'
 * pluralWordEs('callejón'); //=> 'callejones'
 * pluralWordEs('rampa'); //=> 'rampas'
 */
export function pluralWordEs(word: string): string {
  if (!/\p{Ll}$/u.test(word) || /[sx]$/.test(word)) return word;
  if (/[aeiouáéó]$/.test(word)) return `${word}s`;
  if (word.endsWith('z')) return `${word.slice(0, -1)}ces`;
  const m = /^(.*)([áéíóú])([^aeiouáéíóú]+)$/.exec(word);
  const base = m === null ? word : `${m[1] ?? ''}${UNSTRESS[m[2] ?? ''] ?? ''}${m[3] ?? ''}`;
  return `${base}es`;
}

/** Compass words after a noun ("lado norte") agree with nothing. */
const INVARIANT = /^(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|exprés)$/;

/**
 * A Spanish place noun phrase in the plural: the noun and the adjectives right after it change, what follows a
 * preposition stays ("rampa de entrada" -> "rampas de entrada", "paso elevado" -> "pasos elevados").
 *
 * @param es - The singular noun phrase, without its article.
 * @returns The plural.
 * @example
 * pluralEs('rampa de entrada'); //=> 'rampas de entrada'
 * pluralEs('centro comercial'); //=> 'centros comerciales'
 * pluralEs('carril HOV'); //=> 'carriles HOV'
 */
export function pluralEs(es: string): string {
  const words = es.split(' ');
  const out: string[] = [];
  let open = true;
  for (const [i, w] of words.entries()) {
    if (i > 0 && /^(?:de|del|en|con|para)$/.test(w)) open = false;
    out.push(open && !INVARIANT.test(w) ? pluralWordEs(w) : w);
  }
  return out.join(' ');
}
