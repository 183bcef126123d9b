/**
 * Sender addresses made the way agencies make them (red team 13: "dokafor@", "dokafor4471@" and "ofc4471@" were
 * published as the CAP <sender>, which every message carries): an initial and a name part ("dokafor", "okaford",
 * "jwashington", "jlgarcia"), a title and a name part ("ofcokafor"), or the badge with a title, a name, an initial
 * or a short tag ("ofc4471", "okafor4471", "b4471"). Digits added to a name ("dokafor12") do not hide it.
 */
import { foldTerm } from './fold.js';
import type { IdentityTerm } from './matcher.js';
import { knownTitles } from './titles.js';

/** Labels written before a badge in an address, beside the titles ("pd4471", "unit4471"). */
const BADGE_TAGS = ['pd', 'badge', 'unit', 'id', 'no', 'star', 'shield', 'dpd'];

/** What an address is compared with: the name parts (letters only), their initials, the badges and the titles. */
interface SenderIdentity {
  readonly parts: ReadonlySet<string>;
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
    initials: new Set(singles.filter((n) => n.length >= 1).map((n) => [...n][0] as string)),
    badges: terms.filter((t) => t.kind === 'badge').map((t) => t.text.replace(/[^\p{L}\p{N}]+/gu, '')).filter((b) => b.length >= 3),
    titles: [...knownTitles(), ...BADGE_TAGS].map((t) => t.replace(/[^\p{L}]+/gu, '')).filter((t) => t.length >= 2),
  };
}

/** Whether a run of letters is a name part with up to two of the officer's initials before or after it. */
function initialAndPart(s: string, id: SenderIdentity): boolean {
  if (id.parts.has(s)) return true;
  for (let k = 1; k <= 2 && k < s.length - 2; k++) {
    const head = s.slice(0, k);
    const tail = s.slice(s.length - k);
    if ([...head].every((c) => id.initials.has(c)) && id.parts.has(s.slice(k))) return true;
    if ([...tail].every((c) => id.initials.has(c)) && id.parts.has(s.slice(0, s.length - k))) return true;
  }
  return false;
}

/** Whether a run of letters is a name form, with or without a title before it ("ofcokafor"). */
function nameLike(s: string, id: SenderIdentity): boolean {
  if (s.length < 3) return false;
  if (initialAndPart(s, id)) return true;
  return id.titles.some((t) => s.length > t.length + 2 && s.startsWith(t) && initialAndPart(s.slice(t.length), id));
}

/** Whether one piece of a local part (letters and digits) spells the officer. */
function pieceSpellsOfficer(piece: string, id: SenderIdentity): boolean {
  for (const b of id.badges) {
    const at = piece.indexOf(b);
    if (at < 0 || /\d/.test(piece.charAt(at - 1)) || /\d/.test(piece.charAt(at + b.length))) continue;
    const rest = (piece.slice(0, at) + piece.slice(at + b.length)).replace(/\d+/g, '');
    // the badge with nothing, a short tag, a title or a name form beside it
    if (rest.length <= 3 || id.titles.includes(rest) || nameLike(rest, id)) return true;
  }
  return nameLike(piece.replace(/\d+/g, ''), id);
}

/**
 * Whether the local part of a sender address (before the last "@") spells the officer as an agency address would:
 * an initial and a name part, a title and a name part, or the badge with a title, a name or a short tag; read whole
 * and by its pieces between dots, hyphens, underscores and plus signs.
 *
 * @example
 * const terms = nameTerms('Daniel Okafor').concat([{ text: '4471', kind: 'badge' }]);
 * senderSpellsOfficer('dokafor@denverpd.gov', terms); //=> true
 * senderSpellsOfficer('ofc4471@denverpd.gov', terms); //=> true
 * senderSpellsOfficer('cbi.bluealert@state.co.us', terms); //=> false
 */
export function senderSpellsOfficer(sender: string, terms: readonly IdentityTerm[]): boolean {
  const at = sender.lastIndexOf('@');
  const local = foldTerm(at < 0 ? sender : sender.slice(0, at)).slice(0, 200);
  const id = senderIdentity(terms);
  if (id.parts.size === 0 && id.badges.length === 0) return false;
  const pieces = [local, ...local.split(/[._+\-]+/)].map((p) => p.replace(/[^\p{L}\p{N}]+/gu, '')).filter((p) => p.length > 0);
  return [...new Set(pieces)].some((p) => pieceSpellsOfficer(p, id));
}
