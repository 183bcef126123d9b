/**
 * The officer's home given as the incident's place (red team 19 L2): when the text says the officer was shot at,
 * outside or in front of his home ("Officer Okafor was ambushed outside his home"), a street address in the
 * incident's location is that home, and its house number is not published: the location keeps its other parts
 * (the town). Word scans, linear in the text.
 */
import { words, type Word } from './kin-words.js';
import { aboutSuspect, atHomeAddress, homeAddressKeys } from './kin.js';
import { fieldMode, isProse, mapStrings } from './fields.js';

/** Words for where someone lives, as the place of an attack (folded). */
const HOME_PLACE: ReadonlySet<string> = new Set([
  'home', 'house', 'residence', 'apartment', 'driveway', 'doorstep', 'porch', 'yard', 'garage', 'condo', 'townhouse',
  'trailer', 'casa', 'domicilio', 'residencia', 'hogar', 'vivienda', 'departamento', 'apartamento', 'cochera', 'entrada',
]);
/** Words that put an event at a place ("at", "outside", "in front of", "frente a"). */
const AT_PLACE: ReadonlySet<string> = new Set(['at', 'outside', 'near', 'in', 'inside', 'by', 'front', 'of', 'en', 'frente', 'afuera', 'fuera', 'cerca', 'dentro', 'a', 'de']);
/** Words that make the home the officer's or someone's to read from the sentence. */
const OWNER = /^(?:his|her|their|su|own|officer['’]s|deputy['’]s|trooper['’]s|agent['’]s|sergeant['’]s|detective['’]s|family['’]s|withheld\]['’]s)$/u;
/** Owners that make it the officer's for certain. */
const OFFICER_OWNER = /^(?:officer|deputy|trooper|agent|sergeant|detective)['’]s$/u;

/**
 * Whether `text` says the officer was at home where it happened: a home word after an owner ("his home", "the
 * officer's residence", "su casa") or alone ("at home", "en casa"), after a word that puts an event there ("outside
 * his home", "in front of his house", "frente a su casa"); "his"/"her"/"su" only in a sentence not about a suspect
 * ("The suspect fled to his home" is the suspect's).
 *
 * @example
 * saysAtOfficersHome('Officer Okafor was ambushed outside his home.', []); //=> true
 * saysAtOfficersHome('The suspect was arrested at his home.', []); //=> false
 */
export function saysAtOfficersHome(text: string, suspects: readonly string[]): boolean {
  // "shot at 1234 Maple Dr, his residence": the address, then the home (re-attack 20 F2)
  if (/\d/u.test(text) && atHomeAddress(text, suspects)) return true;
  if (!/home|house|resid|apartment|driveway|doorstep|porch|yard|garage|condo|trailer|casa|domicilio|hogar|vivienda|departamento|cochera|entrada/iu.test(text)) return false;
  const ws = words(text);
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (!HOME_PLACE.has(w.folded)) continue;
    let j = i - 1;
    // "his own home", "his family's home", "the officer's front yard"
    while (j > i - 3 && j > 0 && /^(?:own|front|back|family|mobile|new)$/u.test((ws[j] as Word).folded)) j--;
    const owner = (ws[j] as Word).folded;
    const alone = (w.folded === 'home' || w.folded === 'casa') && (owner === 'at' || owner === 'en');
    const at = ws[j - 1]?.folded === 'the' ? j - 2 : j - 1;
    if (!alone && !(OWNER.test(owner) && AT_PLACE.has(ws[at]?.folded ?? ''))) continue;
    if (OFFICER_OWNER.test(owner) || !aboutSuspect(text, w.start, suspects)) return true;
  }
  return false;
}

/**
 * A location with every comma part that starts with a house number left out ("1234 Maple Dr, Aurora" ->
 * "Aurora"), `undefined` when no part starts with one, and "[withheld]" when nothing else is left.
 *
 * @example
 * withoutHouseNumber('1234 Maple Dr, Aurora'); //=> 'Aurora'
 * withoutHouseNumber('W Colfax Ave and N Broadway, Denver'); //=> undefined
 */
export function withoutHouseNumber(location: string): string | undefined {
  const parts = location.split(',');
  // (and a house number already withheld as the home's: "[withheld], Aurora", re-attack 20 F2)
  const kept = parts.filter((p) => !/^\s*(?:(?:no\.?|#)\s*)?\d/iu.test(p) && !/^\s*\[(?:withheld|omitido)\]\s*$/u.test(p));
  if (kept.length === parts.length) return undefined;
  const out = kept.map((p) => p.trim()).filter((p) => p !== '').join(', ');
  return out === '' ? '[withheld]' : out;
}

/**
 * The home addresses the prose fields of a request give (keys: house number and the street's first word), at most
 * 20: the same address is withheld wherever it stands again, a location field too (re-attack 20 F2).
 *
 * @example
 * homeAddressesOf({ incident: { summary: 'He left 1234 Maple Dr, his home.' } }, []); //=> ['1234 maple']
 */
export function homeAddressesOf(request: Record<string, unknown>, suspects: readonly string[]): string[] {
  const found: string[] = [];
  mapStrings(request, [], (_p, normalized, value) => {
    if (found.length < 20 && isProse(fieldMode(normalized))) found.push(...homeAddressKeys(value, suspects));
    return value;
  });
  return found;
}
