/**
 * Sender addresses made the way agencies make them (red team 13: "dokafor@", "dokafor4471@" and "ofc4471@" were
 * published as the CAP <sender>, which every message carries): an initial and a name part ("dokafor", "okaford",
 * "jwashington", "jlgarcia"), a title and a name part ("ofcokafor"), or the badge with a title, a name, an initial
 * or a short tag ("ofc4471", "okafor4471", "b4471"). Digits added to a name ("dokafor12") do not hide it.
 *
 * Red team 15: digits written for letters ("d0kaf0r"), percent-escapes ("okaf%6Fr") and a domain label that spells
 * the officer ("@dokafor", "alerts@dokafor.us") are read too; a two-letter surname counts with an initial
 * ("jco" for an officer Jose Co) unless the piece is the agency's initials; the agency's own domain labels (a
 * state code: "state.co.us" for that officer) are not read (see agency.ts).
 */
import { foldTerm } from './fold.js';
import type { IdentityTerm } from './matcher.js';
import { knownTitles } from './titles.js';
import { digitLetterReadings, percentDecoded } from './readings.js';
import { agencyWords, isAgencyLabel, type AgencyWords } from './agency.js';

/** Labels written before a badge in an address, beside the titles ("pd4471", "unit4471"). */
const BADGE_TAGS = ['pd', 'badge', 'unit', 'id', 'no', 'star', 'shield', 'dpd'];

/** What an address is compared with: the name parts (letters only), their initials, the badges and the titles. */
interface SenderIdentity {
  readonly parts: ReadonlySet<string>;
  /** Two-letter name parts ("co"): a name form only with an initial beside them ("jco"). */
  readonly shortParts: ReadonlySet<string>;
  readonly initials: ReadonlySet<string>;
  readonly badges: readonly string[];
  readonly titles: readonly string[];
}

function senderIdentity(terms: readonly IdentityTerm[]): SenderIdentity {
  const letters = (t: string): string => t.replace(/[^\p{L}]+/gu, '');
  const names = terms.filter((t) => t.kind === 'name' || t.kind === 'name-part').map((t) => letters(t.text));
  const singles = terms.filter((t) => t.kind === 'name-part' || t.kind === 'initial').map((t) => letters(t.text));
  return {
    parts: new Set(names.filter((n) => n.length >= 3)),
    shortParts: new Set(names.filter((n) => n.length === 2)),
    initials: new Set(singles.filter((n) => n.length >= 1).map((n) => [...n][0] as string)),
    badges: terms.filter((t) => t.kind === 'badge').map((t) => t.text.replace(/[^\p{L}\p{N}]+/gu, '')).filter((b) => b.length >= 3),
    titles: [...knownTitles(), ...BADGE_TAGS].map((t) => t.replace(/[^\p{L}]+/gu, '')).filter((t) => t.length >= 2),
  };
}

/**
 * Whether a run of letters is a name part with up to two of the officer's initials before or after it, or a
 * two-letter name part with one or two ("jco").
 */
function initialAndPart(s: string, id: SenderIdentity): boolean {
  if (id.parts.has(s)) return true;
  for (let k = 1; k <= 2 && k < s.length - 1; k++) {
    const head = s.slice(0, k);
    const tail = s.slice(s.length - k);
    const part = (p: string): boolean => (p.length >= 3 ? id.parts.has(p) : id.shortParts.has(p));
    if ([...head].every((c) => id.initials.has(c)) && part(s.slice(k))) return true;
    if ([...tail].every((c) => id.initials.has(c)) && part(s.slice(0, s.length - k))) return true;
  }
  return false;
}

/** Whether a run of letters is a name form, with or without a title before it ("ofcokafor"). */
function nameLike(s: string, id: SenderIdentity): boolean {
  if (s.length < 3) return false;
  if (initialAndPart(s, id)) return true;
  return id.titles.some((t) => s.length > t.length + 2 && s.startsWith(t) && initialAndPart(s.slice(t.length), id));
}

/** A run of letters and digits as written and with digits read as letters ("0kaf0r" reads "okafor"). */
function asLetters(s: string): string[] {
  return [s, ...digitLetterReadings(s)];
}

/**
 * Whether one piece of an address (letters and digits) spells the officer: the badge with nothing, a short tag, a
 * title or a name form beside it, or a name form; as written or with digits read as letters ("d0kaf0r",
 * "0kaf0r4471"). A piece that is the agency's initials ("cbi" for an officer Carl Bi) does not.
 */
function pieceSpellsOfficer(piece: string, id: SenderIdentity, agency: AgencyWords): boolean {
  if (agency.acronyms.has(piece)) return false;
  for (const b of id.badges) {
    const at = piece.indexOf(b);
    if (at < 0 || /\d/.test(piece.charAt(at - 1)) || /\d/.test(piece.charAt(at + b.length))) continue;
    const beside = piece.slice(0, at) + piece.slice(at + b.length);
    if (beside.replace(/\d+/g, '').length <= 3) return true;
    for (const r of asLetters(beside)) {
      const rest = r.replace(/\d+/g, '');
      if (id.titles.includes(rest) || nameLike(rest, id)) return true;
    }
  }
  return asLetters(piece).some((r) => nameLike(r.replace(/\d+/g, ''), id));
}

/** The pieces of one part of an address: whole, and between dots, hyphens, underscores and plus signs. */
function piecesOf(part: string): string[] {
  const pieces = [part, ...part.split(/[._+\-]+/)].map((p) => p.replace(/[^\p{L}\p{N}]+/gu, '')).filter((p) => p.length > 0);
  return [...new Set(pieces)];
}

/**
 * Whether a sender address spells the officer as an agency address would: an initial and a name part, a title and
 * a name part, or the badge with a title, a name or a short tag; the local part (before the last "@") read whole
 * and by its pieces between dots, hyphens, underscores and plus signs, as written, with percent-escapes decoded
 * and with digits read as letters; and each label of the domain that is not the agency's (`agencyNames`: the
 * issuer's and requesting agency's names; state codes and domain words are never the officer's).
 *
 * @example
 * const terms = nameTerms('Daniel Okafor').concat([{ text: '4471', kind: 'badge' }]);
 * senderSpellsOfficer('dokafor@denverpd.gov', terms); //=> true
 * senderSpellsOfficer('d0kaf0r@denverpd.gov', terms); //=> true
 * senderSpellsOfficer('ofc4471@denverpd.gov', terms); //=> true
 * senderSpellsOfficer('cbi.bluealert@state.co.us', terms); //=> false
 * senderSpellsOfficer('cbi.bluealert@state.co.us', nameTerms('Jose Co'), ['Colorado Bureau of Investigation']); //=> false
 */
export function senderSpellsOfficer(sender: string, terms: readonly IdentityTerm[], agencyNames: readonly (string | undefined)[] = []): boolean {
  const at = sender.lastIndexOf('@');
  const id = senderIdentity(terms);
  if (id.parts.size === 0 && id.shortParts.size === 0 && id.badges.length === 0) return false;
  const agency = agencyWords(agencyNames);
  const raw = (at < 0 ? sender : sender.slice(0, at)).slice(0, 200);
  const local = foldTerm(raw);
  const decoded = raw.includes('%') ? percentDecoded(raw) : local;
  const labels = at < 0 ? [] : foldTerm(sender.slice(at + 1, at + 201)).split('.').filter((l) => l.length > 0 && !isAgencyLabel(l, agency));
  const pieces = new Set([...piecesOf(local), ...piecesOf(decoded), ...labels.flatMap(piecesOf)]);
  return [...pieces].some((p) => pieceSpellsOfficer(p, id, agency));
}
