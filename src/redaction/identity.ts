/**
 * The withheld identity of a request as terms to match, the facts stated elsewhere in the request that protect a
 * name part where free text repeats them, and the matcher built from both. Split from `redact.ts`, which
 * re-exports it.
 */
import type { BlueAlertRequest, Officer } from '../request/schema.js';
import { foldTerm } from './fold.js';
import { badgeTerm, createIdentityMatcher, nameTerms, withheldIdTerm, type IdentityMatcher, type IdentityTerm, type ProtectedPhrase, type ScanMode } from './matcher.js';
import { cjkTitledForms, spellingVariants } from './names.js';
import { roleOfTitle, type OfficerRole } from './titles.js';
import type { RedactOptions } from './redact.js';
import { type OfficerReleaseDecision, officerRelease } from './release.js';
import { extraTermParts } from './extra-terms.js';

/** Options that only the library passes (update and cancel). */
export interface InternalOptions extends RedactOptions {
  /** Officers of earlier requests in the chain: their identity is withheld too. */
  readonly alsoWithhold?: readonly (Officer | undefined)[];
}

export function officerTerms(officer: Officer | undefined, release: OfficerReleaseDecision): IdentityTerm[] {
  if (officer === undefined) return [];
  const terms: IdentityTerm[] = [];
  if (!release.name) {
    // every spelling the fold does not bring together ("Müller" / "Mueller", "Kahaleʻole" / "Kahaleole")
    const seen = new Set<string>();
    for (const name of [officer.name, ...(officer.aliases ?? [])]) {
      if (name === undefined) continue;
      for (const spelling of [name, ...spellingVariants(name)]) {
        for (const t of nameTerms(spelling)) {
          const key = `${t.kind}\u0000${t.text}`;
          if (seen.has(key)) continue;
          seen.add(key);
          terms.push(t);
        }
      }
      // one part of a Chinese, Japanese or Korean name with a title ("王警官", "Officer 王")
      for (const form of cjkTitledForms(name)) {
        const text = foldTerm(form);
        if (!seen.has(`name\u0000${text}`)) {
          seen.add(`name\u0000${text}`);
          terms.push({ text, kind: 'name' });
        }
      }
    }
  }
  if (!release.badge && officer.badge !== undefined) {
    const b = badgeTerm(officer.badge);
    if (b !== undefined) {
      terms.push(b);
      // its digits alone, as text often writes them: without leading zeros ("04471" as "4471") or without a
      // letter prefix ("DPD-4471" as "4471", "A-113" as "113"); three digits at least (red team 9)
      const digits = badgeDigits(b.text);
      if (digits !== undefined && digits !== b.text) terms.push({ text: digits, kind: 'badge' });
    }
  }
  if (!release.photo && officer.photoUrl !== undefined) terms.push({ text: foldTerm(officer.photoUrl), kind: 'extra' });
  if (!release.vehicle && officer.vehicle !== undefined) {
    const plate = officer.vehicle.plate?.number;
    const p = plate === undefined ? undefined : withheldIdTerm(plate);
    if (p !== undefined) terms.push(p);
    const v = officer.vehicle;
    const phrase = [v.color, v.year, v.make, v.model].filter((x) => x !== undefined).join(' ');
    if (v.make !== undefined && v.model !== undefined) terms.push({ text: foldTerm(phrase), kind: 'extra' });
  }
  if (!release.description) {
    const d = officer.description;
    for (const value of [officer.injuries, d?.clothing, d?.marks, d?.other]) {
      if (value !== undefined && foldTerm(value).length >= 12) terms.push({ text: foldTerm(value), kind: 'extra' });
    }
  }
  if (!release.lastKnownLocation && officer.lastKnownLocation !== undefined && foldTerm(officer.lastKnownLocation).length >= 8) {
    terms.push({ text: foldTerm(officer.lastKnownLocation), kind: 'extra' });
  }
  return terms;
}

/**
 * The digits of a badge core after up to four letters and its leading zeros, and before up to two letters
 * ("dpd4471", "04471", "4471a" give "4471"), when three or more remain; a scan, not a regular expression (zeros
 * and digits overlap).
 */
function badgeDigits(core: string): string | undefined {
  let i = 0;
  while (i < 4 && i < core.length && /\p{L}/u.test(core[i] as string)) i++;
  while (core[i] === '0') i++;
  // and up to two letters after the digits ("4471a", "4471-b": red team 10)
  let end = core.length;
  while (end > i && core.length - end < 2 && /\p{L}/u.test(core[end - 1] as string)) end--;
  const rest = core.slice(i, end);
  return rest.length >= 3 && /^\d+$/.test(rest) ? rest : undefined;
}

export const ALL_WITHHELD: OfficerReleaseDecision = {
  name: false, rank: false, badge: false, description: true, vehicle: true, lastKnownLocation: true, photo: false,
};

/**
 * Every piece of withheld officer identity, folded (lower case, no accents), for matching: name forms and parts
 * (nicknames, particles joined and spaced), aliases, the badge, and for a missing officer the withheld plate,
 * photo address, description and last known location; then `extraTerms`. Released details are not listed.
 *
 * @example
 * identityTerms(parseBlueAlertRequest(json)).map((t) => t.text);
 * //=> ['daniel okafor', 'okafor, daniel', …, 'daniel', 'okafor', '4471']
 */
export function identityTerms(request: BlueAlertRequest, options: RedactOptions = {}): IdentityTerm[] {
  const terms = officerTerms(request.officer, officerRelease(request));
  for (const other of (options as InternalOptions).alsoWithhold ?? []) terms.push(...officerTerms(other, ALL_WITHHELD));
  for (const extra of options.extraTerms ?? []) {
    const text = foldTerm(extra);
    if (text.length > 0) terms.push({ text, kind: 'extra' });
    // and each word of a name ("Mrs. Adeyemi", "#AdeyemiFamily" for "Grace Adeyemi": red team 19 B1)
    terms.push(...extraTermParts(extra));
  }
  const seen = new Set<string>();
  return terms.filter((t) => (seen.has(`${t.kind}:${t.text}`) ? false : (seen.add(`${t.kind}:${t.text}`), true)));
}

export const PLACE_PREPOSITIONS = ['in', 'near', 'at', 'to', 'from', 'toward', 'towards', 'outside', 'of', 'en', 'cerca de', 'hacia'];
export const VEHICLE_WORDS = ['truck', 'pickup', 'sedan', 'suv', 'van', 'car', 'coupe', 'hatchback', 'wagon', 'motorcycle', 'minivan'];

export interface Candidate extends ProtectedPhrase {
  readonly source: string;
  readonly mode: ScanMode;
}

/**
 * Facts the request states in structured fields, protected where free text repeats them: suspects' names,
 * vehicle phrases ("gray Ford F-150"), locations. A fact that itself names the officer (a title before the name,
 * the whole name) protects nothing.
 */
export function protectedCandidates(request: BlueAlertRequest): Candidate[] {
  const out: Candidate[] = [];
  const add = (text: string | undefined, reason: string, mode: ScanMode): void => {
    const f = text === undefined ? '' : foldTerm(text);
    if (text === undefined || f.length < 3) return;
    if (f.includes(' ')) out.push({ text: f, reason, source: text, mode });
    // a one-word place ("Aurora") is protected only where the text says it is a place ("in Aurora", "near Aurora")
    else if (mode === 'place') for (const prep of PLACE_PREPOSITIONS) out.push({ text: `${prep} ${f}`, reason, source: text, mode });
  };
  for (const s of request.suspects) {
    add(s.name, "the suspect's name, given in suspects[].name", 'institutional');
    add(s.alias, "the suspect's alias", 'institutional');
    const v = s.vehicle;
    if (v?.make !== undefined) {
      const year = v.year === undefined ? undefined : String(v.year);
      const reason = 'the suspect vehicle, given in suspects[].vehicle';
      for (const combo of [
        [v.make, v.model], [year, v.make], [v.color, v.make], [v.color, year, v.make], [year, v.make, v.model],
        [v.color, v.make, v.model], [v.color, year, v.make, v.model], [v.make, v.type],
        ...VEHICLE_WORDS.map((w) => [v.make, w]), ...VEHICLE_WORDS.map((w) => [v.make, v.model, w]),
      ]) {
        if (combo.every((c) => c !== undefined)) add(combo.join(' '), reason, 'structured');
      }
    }
    for (const place of [s.lastSeen?.location, ...(s.destinations ?? [])]) addPlace(place, add);
  }
  addPlace(request.incident.location, add);
  return out;
}

export function addPlace(place: string | undefined, add: (t: string | undefined, r: string, m: ScanMode) => void): void {
  if (place === undefined) return;
  const reason = 'a place, given in a location field';
  add(place, reason, 'place');
  for (const part of place.split(/[,;]/)) add(part.trim(), reason, 'place');
}

/**
 * Officer name parts that are also parts of a suspect's name: alone, they cannot be told apart. `namesOfficer`
 * says whether a text names the officer (the plain matcher's answer, asked once per text and mode).
 *
 * @example
 * sharedParts(request, terms, (text, mode) => plain.find(text, mode).length > 0); //=> ['young'] for a suspect "Marcus Young"
 */
export function sharedParts(request: BlueAlertRequest, terms: readonly IdentityTerm[], namesOfficer: (text: string, mode: ScanMode) => boolean): string[] {
  const suspectWords = new Set<string>();
  for (const s of request.suspects) {
    for (const n of [s.name, s.alias]) {
      if (n === undefined || namesOfficer(n, 'institutional')) continue;
      for (const w of foldTerm(n).split(/[^\p{L}\p{N}'-]+/u)) suspectWords.add(w);
    }
  }
  return terms.filter((t) => t.kind === 'name-part' && suspectWords.has(t.text)).map((t) => t.text);
}

/**
 * The matcher for a request's withheld identity. Its neutral phrase comes from the officer's title or rank
 * ("Deputy" -> "a deputy"); a title written before the name in the text wins for that place.
 *
 * @example
 * identityMatcher(request).redact('Officer Okafor was shot.').text; //=> 'An officer was shot.'
 */
export function identityMatcher(request: BlueAlertRequest, options: RedactOptions = {}): IdentityMatcher {
  const officer = request.officer;
  const role: OfficerRole =
    (officer?.title === undefined ? undefined : roleOfTitle(officer.title)) ??
    (officer?.rank === undefined ? undefined : roleOfTitle(officer.rank)) ??
    'officer';
  const terms = identityTerms(request, options);
  const plain = createIdentityMatcher(terms, { defaultRole: role });
  if (request.suspects.length === 0 && request.incident.location === undefined) return plain;
  // a one-word place gives a dozen candidates with the same source ("in aurora", "near aurora" …), and a suspect's
  // name is both a candidate and asked about for shared parts: each text and mode asked once
  const answers = new Map<string, boolean>();
  const names = (source: string, mode: ScanMode): boolean => {
    const key = `${mode}\u0000${source}`;
    let hit = answers.get(key);
    if (hit === undefined) {
      hit = plain.find(source, mode).length > 0;
      answers.set(key, hit);
    }
    return hit;
  };
  const shared = sharedParts(request, terms, names);
  // the facts are listed, and each asked whether it names the officer, only when a scan has a match they could
  // protect, and only where they occur in its text (most fields have no match; most facts occur in no field)
  const protect = (): ProtectedPhrase[] =>
    protectedCandidates(request).map(({ text, reason, source, mode }) => ({ text, reason, protects: () => !names(source, mode) }));
  return createIdentityMatcher(terms, { defaultRole: role, protect, shared });
}
