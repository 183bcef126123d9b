/**
 * Words for a relative and the word scan that the family rules (`kin.ts`) and the relatives rule (`relatives.ts`)
 * both read: one list, one scan.
 */
import { foldTerm } from './fold.js';

/**
 * Words for a relative (folded), English and Spanish, singular and plural.
 *
 * @example
 * KIN_WORDS.has('esposa'); //=> true
 */
export const KIN_WORDS: ReadonlySet<string> = new Set(
  ('wife husband spouse son sons daughter daughters mother father mom dad brother brothers sister sisters child children ' +
    'kids parents parent fiance fiancee girlfriend boyfriend partner stepson stepdaughter grandson granddaughter ' +
    'grandmother grandfather uncle aunt nephew niece cousin widow widower stepfather stepmother twin ' +
    'esposa esposo hijo hija hijos hijas madre padre hermano hermana hermanos hermanas novia novio pareja abuela abuelo ' +
    'tio tia sobrino sobrina primo prima viuda viudo prometida prometido mama papa ' +
    // (red team 18 H2: in-laws, step-, grand-, god-, Spanish in-laws and grandchildren)
    'inlaws in-laws grandchildren grandchild grandkids grandparents grandma grandpa granddad godson goddaughter ' +
    'godfather godmother godparents godchild stepchildren stepchild stepbrother stepsister halfbrother halfsister ' +
    'suegra suegro suegros cunado cunada cunados nieto nieta nietos nietas hijastro hijastra hijastros nuera yerno ' +
    'bisabuelo bisabuela bisnieto bisnieta padrastro madrastra padrino madrina ahijado ahijada abuelos tios primos ' +
    'sobrinos novios exesposa exesposo exmarido marido mujer padres ' +
    // (re-attack 23 P4: "His bride, Malia Fonoti", "his high school sweetheart", "Su compañera Lucía Mendoza")
    'bride groom bridegroom sweetheart companera companero').split(' '),
);

/**
 * Whether a folded word is a word for a relative: a listed word, or one with "ex-", "step-", "great-", "grand-",
 * "half-", "god-" before it or "-in-law", "-to-be" after it ("mother-in-law", "ex-wife", "great-grandson").
 *
 * @example
 * isKinWord('mother-in-law'); //=> true
 */
export function isKinWord(folded: string): boolean {
  let f = folded.replace(/['’]s?$/u, '');
  if (KIN_WORDS.has(f)) return true;
  // plurals of the listed words: "twins", "nieces", "cousins", "aunts", "wives" (re-attack 22 F1)
  if (f.endsWith('s') && f !== 'papas' && (KIN_WORDS.has(f.slice(0, -1)) || f === 'wives')) return true;
  for (let i = 0; i < 3; i++) f = f.replace(/^(?:ex|step|great|grand|half|god)-?/u, '').replace(/-(?:in-laws?|to-be)$/u, '');
  return f !== folded && KIN_WORDS.has(f);
}

/**
 * A word and where it stands.
 *
 * @example
 * const w: Word = { text: 'Okafor', folded: 'okafor', start: 0, end: 6 };
 */
export interface Word {
  readonly text: string;
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

const WORD_RE = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

/**
 * The words of a text with their offsets, closing periods, apostrophes and hyphens left off ("Okafor's." ->
 * "Okafor's").
 *
 * @example
 * words('his wife, Grace.').map((w) => w.text); //=> ['his', 'wife', 'Grace']
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    let e = m[0].length;
    while (e > 1 && ".'’-".includes(m[0][e - 1] as string)) e--;
    const raw = m[0].slice(0, e);
    out.push({ text: raw, folded: foldTerm(raw), start: m.index, end: m.index + raw.length });
  }
  return out;
}
