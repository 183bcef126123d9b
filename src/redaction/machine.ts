/**
 * Machine values the alert publishes as written (a CAP identifier, an incident identifier, a vehicle plate): they
 * are never rewritten, so the question is only whether one holds withheld identity. Each is read as written and
 * in the readings the matcher uses for prose (red team 15: "CBI-0KAF0R-2026", "CBI-D4N13L-01", plates "OKAF0R",
 * "0KAFOR", "OK4FOR", "D4NNY", "ОКАФОР" were published): digits for letters, Cyrillic and Greek transliterated.
 * Split from `redact.ts`.
 */
import { foldTerm } from './fold.js';
import type { IdentityMatcher, IdentityTerm } from './matcher.js';
import { digitLetterReadings, TRANSLIT, TRANSLITERATED_SCRIPT } from './readings.js';
import { RADIO_UNIT } from './badge-words.js';
import { withheldWord, type PhraseLanguage } from './phrases.js';

/**
 * An address or identifier read as words.
 *
 * @example
 * asWords('daniel.okafor@denver.gov'); //=> 'daniel okafor denver gov'
 */
export function asWords(value: string): string {
  return value.replace(/[-_./@+=?&%#:~]/g, ' ');
}

/**
 * Whether an identifier (a CAP `<identifier>` or an `<incidents>` entry) holds withheld identity: a name form, a
 * nickname or the badge, read as words ("CBI-OKAFOR-2026", "CBI-DANNY-2026"), with digits read as letters
 * ("CBI-0KAF0R-2026", "CBI-D4N13L-01"), transliterated ("CBI-Окафор-1"), or spelled with dots between its letters
 * ("CBI-O.K.A.F.O.R").
 *
 * @example
 * identifierHoldsIdentity('CBI-0KAF0R-2026', identityMatcher(request)); //=> true (officer Daniel Okafor)
 * identifierHoldsIdentity('CBI-2026-0042', identityMatcher(request)); //=> false
 */
export function identifierHoldsIdentity(value: string, matcher: IdentityMatcher): boolean {
  const words = asWords(value);
  // dots kept: letters with dots between them are read joined ("O.K.A.F.O.R") only in that form
  const dotted = value.replace(/[-_/@+=?&%#:~]/g, ' ');
  return matcher.find(words, 'address').length > 0 || matcher.find(words).length > 0 || matcher.find(dotted).length > 0;
}

/**
 * The folded letters and digits of a plate, and their readings: digits read as letters ("OKAF0R", "0KAFOR",
 * "OK4FOR", "D4NNY") and Cyrillic or Greek letters transliterated ("ОКАФОР"), letter for letter.
 *
 * @example
 * plateReadings('OK4FOR'); //=> ['ok4for', 'okafor', 'okafor']
 */
export function plateReadings(value: string): string[] {
  const compact = foldTerm(value).replace(/[^\p{L}\p{N}]+/gu, '');
  const out = [compact, ...digitLetterReadings(compact)];
  if (TRANSLITERATED_SCRIPT.test(value)) {
    let t = '';
    for (const ch of value.toLowerCase()) t += TRANSLIT[ch.normalize('NFD').replace(/\p{M}/gu, '')] ?? ch;
    out.push(foldTerm(t).replace(/[^\p{L}\p{N}]+/gu, ''));
  }
  return out;
}

/**
 * A plate that holds withheld identity: a name part (4+ letters on a suspect's plate, where random letter groups
 * are common; 3+ on the officer's own) anywhere in it or in a reading of it (`plateReadings`), or the badge (or
 * another withheld number) as a whole letter-digit run of it ("HPD 5519", "#4471"; not "ABC4471", a plate that
 * merely ends in the same digits).
 *
 * @example
 * plateHoldsIdentity('OKAF0R', nameTerms('Daniel Okafor'), 4); //=> true
 * plateHoldsIdentity('ABC1234', nameTerms('Daniel Okafor'), 4); //=> false
 */
export function plateHoldsIdentity(value: string, terms: readonly IdentityTerm[], minName: number): boolean {
  const folded = foldTerm(value);
  const readings = plateReadings(value);
  const runs = folded.split(/[^\p{L}\p{N}]+/u);
  return terms.some((t) => {
    const c = t.text.replace(/[^\p{L}\p{N}]+/gu, '');
    if (t.kind === 'badge' || t.kind === 'withheld') return c.length > 0 && runs.includes(c);
    return (t.kind === 'name-part' || t.kind === 'name') && c.length >= minName && readings.some((r) => r.includes(c));
  });
}

/**
 * Structured fields where no number is expected (hair, eyes, colour, vehicle type and make, sex, race): the badge
 * standing alone there is the badge ("hair: 4471", "color: 44-71 blue": red team 17), withheld.
 */
const NUMBERLESS: ReadonlySet<string> = new Set(['hair', 'eyes', 'color', 'type', 'make', 'sex', 'race']);
/** Structured fields whose numbers are the value itself (a phone number, a year, a measurement). */
const NUMBERED: ReadonlySet<string> = new Set(['phone', 'year', 'age', 'height', 'weight']);
/** Words that label a number as a badge or a unit's, anywhere in a structured value ("ID", "placa número"). */
const NUMBER_LABELS: ReadonlySet<string> = new Set([
  'id', 'badge', 'shield', 'star', 'placa', 'numero', 'number', 'num', 'no', 'nr', 'nro', 'employee', 'emp', 'serial', 'ofc', 'officer',
  'oficial', 'agente', 'deputy', 'trooper', 'sgt', 'sergeant', 'cpl', 'det', 'tpr', 'ptl', 'cop', 'police', 'policia', 'sheriff',
]);
/** An agency's initials ("DPD", "LASD", "CHP"), a label of a unit's number too. */
const AGENCY_INITIALS = /^[a-z]{0,3}(?:pd|so|sd|hp|sp|dps)$/u;

/** Whether a structured value has a word that labels a number as a badge or a unit's ("DPD unit", "ID", "Interceptor"). */
function hasNumberLabel(value: string): boolean {
  return foldTerm(value)
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => NUMBER_LABELS.has(w) || RADIO_UNIT.has(w) || (w.length <= 6 && AGENCY_INITIALS.test(w)));
}

/**
 * A structured value with the badge withheld where it is the badge (red team 17: "DPD unit 4471" in a vehicle type,
 * "Interceptor 4471" in a model, "ID 4471" in hair and "44-71 blue" in a colour were published): anywhere after a
 * unit, title or number label written in the value, and alone in a field where no number is expected (hair,
 * eyes, colour, type, make). A model's own number ("F-150", "Model 3") and a measurement, phone number or year
 * stay. The badge is found as prose finds it (separators, leading zeros); `undefined` when nothing changes.
 *
 * @example
 * withholdStructuredBadge('suspects[].vehicle.type', 'DPD unit 4471', matcher); //=> 'DPD unit [withheld]' (badge 4471)
 * withholdStructuredBadge('suspects[].vehicle.model', 'F-150', matcher); //=> undefined
 */
export function withholdStructuredBadge(normalized: string, value: string, matcher: IdentityMatcher, lang: PhraseLanguage = 'en'): string | undefined {
  const last = normalized.slice(normalized.lastIndexOf('.') + 1);
  if (NUMBERED.has(last) || !/\d/u.test(value)) return undefined;
  // a value that is nothing but the badge, in any field, a model's too ("4471": red team 18)
  const bare = value.trim();
  if (/^\d{3,}$/u.test(bare) && matcher.terms.some((t) => t.kind === 'badge' && t.text.replace(/^0+/u, '') === bare.replace(/^0+/u, ''))) return withheldWord(lang);
  if (!NUMBERLESS.has(last) && !hasNumberLabel(value)) return undefined;
  const badges = matcher.find(value).filter((h) => h.kind === 'badge');
  if (badges.length === 0) return undefined;
  let out = '';
  let at = 0;
  for (const h of [...badges].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    out += `${value.slice(at, h.start)}${withheldWord(lang)}`;
    at = h.end;
  }
  return out + value.slice(at);
}
