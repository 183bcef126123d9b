/**
 * Officer privacy (COPS Office Blue Alert guidance, chapter 7; Iowa Code 80H.3(3)-(4)): nothing about the identity
 * of the officer who is the subject of a Blue Alert is released, unless the officer is missing, and then only what
 * the investigating agency approves.
 *
 * The public view of a request is built here; `buildBlueAlert` always builds from it. An independent guard
 * (`src/privacy/guard.ts`) then checks every public output before it is returned.
 */
import type { BlueAlertRequest, Officer } from '../request/schema.js';
import { parseRequest } from '../request/parse.js';
import { BlueAlertError, type BlueAlertIssue } from '../errors.js';
import { foldTerm } from './fold.js';
import {
  badgeTerm,
  createIdentityMatcher,
  nameTerms,
  withheldIdTerm,
  type IdentityMatcher,
  type IdentityTerm,
  type IdentityTermKind,
  type ProtectedPhrase,
  type ScanMode,
} from './matcher.js';
import { roleOfTitle, type OfficerRole } from './titles.js';
import { fieldMode, mapStrings } from './fields.js';
import type { PhraseLanguage } from './phrases.js';

/**
 * One thing removed from the public view of a request. `reason` never quotes what was removed.
 *
 * @example
 * const r: Redaction = { path: 'officer.name', reason: 'Officer identity is not released for officer-killed alerts.' };
 */
export interface Redaction {
  readonly path: string;
  readonly reason: string;
}

/**
 * Options for redaction.
 *
 * @example
 * const o: RedactOptions = { extraTerms: ['Unit 12', 'Okafor family'] };
 */
export interface RedactOptions {
  /** More words or phrases to remove from every text field (matched as whole words, case and accents folded). */
  readonly extraTerms?: readonly string[];
  /**
   * The language of the neutral phrases: `en` (default: "an officer", "the officer's") or `es` ("un agente",
   * "el agente", "del agente"). The text writer composes Spanish text from the `es` view.
   */
  readonly language?: PhraseLanguage;
}

/**
 * The public view of a request and the list of what was removed.
 *
 * @example
 * const { request, redactions }: RedactResult = redactForPublic(json);
 */
export interface RedactResult {
  readonly request: BlueAlertRequest;
  readonly redactions: Redaction[];
  /** What looked like identity and was kept on purpose (a place, a suspect's name, a vehicle make…), with why. */
  readonly kept: KeptIdentity[];
}

/**
 * The officer details a missing-officer alert can release, one switch each.
 *
 * @example
 * const f: ReleasableField = 'lastKnownLocation';
 */
export type ReleasableField = 'name' | 'rank' | 'badge' | 'description' | 'vehicle' | 'lastKnownLocation' | 'photo';

/**
 * Which officer details the public may see.
 *
 * @example
 * const r: OfficerReleaseDecision = officerRelease(request);
 * r.name; //=> false unless approved
 */
export type OfficerReleaseDecision = Readonly<Record<ReleasableField, boolean>>;

const IDENTITY_FIELDS: readonly ReleasableField[] = ['name', 'rank', 'badge', 'photo'];
const CIRCUMSTANCE_FIELDS: readonly ReleasableField[] = ['description', 'vehicle', 'lastKnownLocation'];

/** Officer keys and the release switch that governs each; `undefined` = kept with any released officer detail. */
const FIELD_OF_KEY: Readonly<Record<keyof Officer, ReleasableField | 'control' | 'agency'>> = {
  name: 'name',
  aliases: 'name',
  rank: 'rank',
  title: 'rank',
  badge: 'badge',
  photoUrl: 'photo',
  description: 'description',
  injuries: 'description',
  vehicle: 'vehicle',
  lastKnownLocation: 'lastKnownLocation',
  agency: 'agency',
  releaseApproved: 'control',
  release: 'control',
};

const WHAT: Readonly<Record<ReleasableField, string>> = {
  name: 'name',
  rank: 'rank or title',
  badge: 'badge number',
  description: 'description',
  vehicle: 'vehicle',
  lastKnownLocation: 'last known location',
  photo: 'photo',
};

/**
 * Decides which officer details may be published.
 *
 * For every event except `officer-missing`, nothing is released. For `officer-missing` (the agency decides,
 * COPS guidance ch. 7), each field is decided in this order, first answer wins:
 * 1. `officer.release.<field>` when it is given (`true` or `false`): the finer list always wins, in both
 *    directions (it can withhold the badge under a blanket approval, or release the name alone);
 * 2. for name (with aliases), rank (with title), badge and photo: `officer.releaseApproved === true`;
 * 3. otherwise the default: description (with injuries), vehicle and last known location are released (they help
 *    find the officer); name, rank, badge and photo are withheld.
 *
 * The officer's agency is kept for a missing officer. Rank on its own is never searched for in free text.
 *
 * @example
 * officerRelease({ ...request, event: 'officer-missing', officer: { name: 'Ann Lee', releaseApproved: true, release: { badge: false } } });
 * //=> { name: true, rank: true, badge: false, photo: true, description: true, vehicle: true, lastKnownLocation: true }
 */
export function officerRelease(request: BlueAlertRequest): OfficerReleaseDecision {
  const officer = request.officer;
  const missing = request.event === 'officer-missing';
  const decide = (f: ReleasableField): boolean => {
    if (!missing || officer === undefined) return false;
    const explicit = officer.release?.[f];
    if (explicit !== undefined) return explicit;
    if (IDENTITY_FIELDS.includes(f)) return officer.releaseApproved === true;
    return CIRCUMSTANCE_FIELDS.includes(f);
  };
  return {
    name: decide('name'),
    rank: decide('rank'),
    badge: decide('badge'),
    description: decide('description'),
    vehicle: decide('vehicle'),
    lastKnownLocation: decide('lastKnownLocation'),
    photo: decide('photo'),
  };
}

/**
 * Something that looks like officer identity and was deliberately kept in the public view, with the reason
 * (a place, a suspect's name, a vehicle make, a measurement …). Never quotes the value.
 *
 * @example
 * const k: KeptIdentity = { path: 'suspects[0].vehicle.make', termKind: 'name-part', reason: 'a value in a structured field (vehicle, description)' };
 */
export interface KeptIdentity {
  readonly path: string;
  readonly termKind: IdentityTermKind;
  readonly reason: string;
}

/** Options that only the library passes (update and cancel). */
interface InternalOptions extends RedactOptions {
  /** Officers of earlier requests in the chain: their identity is withheld too. */
  readonly alsoWithhold?: readonly (Officer | undefined)[];
}

function officerTerms(officer: Officer | undefined, release: OfficerReleaseDecision): IdentityTerm[] {
  if (officer === undefined) return [];
  const terms: IdentityTerm[] = [];
  if (!release.name) {
    if (officer.name !== undefined) terms.push(...nameTerms(officer.name));
    for (const alias of officer.aliases ?? []) terms.push(...nameTerms(alias));
  }
  if (!release.badge && officer.badge !== undefined) {
    const b = badgeTerm(officer.badge);
    if (b !== undefined) terms.push(b);
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

const ALL_WITHHELD: OfficerReleaseDecision = {
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
  }
  const seen = new Set<string>();
  return terms.filter((t) => (seen.has(`${t.kind}:${t.text}`) ? false : (seen.add(`${t.kind}:${t.text}`), true)));
}

const PLACE_PREPOSITIONS = ['in', 'near', 'at', 'to', 'from', 'toward', 'towards', 'outside', 'of', 'en', 'cerca de', 'hacia'];
const VEHICLE_WORDS = ['truck', 'pickup', 'sedan', 'suv', 'van', 'car', 'coupe', 'hatchback', 'wagon', 'motorcycle', 'minivan'];

interface Candidate extends ProtectedPhrase {
  readonly source: string;
  readonly mode: ScanMode;
}

/**
 * Facts the request states in structured fields, protected where free text repeats them: suspects' names,
 * vehicle phrases ("gray Ford F-150"), locations. A fact that itself names the officer (a title before the name,
 * the whole name) protects nothing.
 */
function protectedCandidates(request: BlueAlertRequest): Candidate[] {
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

function addPlace(place: string | undefined, add: (t: string | undefined, r: string, m: ScanMode) => void): void {
  if (place === undefined) return;
  const reason = 'a place, given in a location field';
  add(place, reason, 'place');
  for (const part of place.split(/[,;]/)) add(part.trim(), reason, 'place');
}

/** Officer name parts that are also parts of a suspect's name: alone, they cannot be told apart. */
function sharedParts(request: BlueAlertRequest, terms: readonly IdentityTerm[], plain: IdentityMatcher): string[] {
  const suspectWords = new Set<string>();
  for (const s of request.suspects) {
    for (const n of [s.name, s.alias]) {
      if (n === undefined || plain.find(n, 'institutional').length > 0) continue;
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
  const shared = sharedParts(request, terms, plain);
  const candidates = protectedCandidates(request);
  // a one-word place gives a dozen candidates with the same source ("in aurora", "near aurora" …): asked once
  const namesOfficer = new Map<string, boolean>();
  const names = (c: Candidate): boolean => {
    const key = `${c.mode}\u0000${c.source}`;
    let hit = namesOfficer.get(key);
    if (hit === undefined) {
      hit = plain.find(c.source, c.mode).length > 0;
      namesOfficer.set(key, hit);
    }
    return hit;
  };
  const protect = candidates.filter((c) => !names(c)).map(({ text, reason }) => ({ text, reason }));
  return createIdentityMatcher(terms, { defaultRole: role, protect, shared });
}
function reasonFor(kinds: readonly IdentityTermKind[]): string {
  const parts: string[] = [];
  if (kinds.includes('name') || kinds.includes('name-part')) parts.push('officer name replaced by a neutral phrase');
  if (kinds.includes('badge')) parts.push('badge number removed');
  if (kinds.includes('extra')) parts.push('requested term withheld');
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The officer as the public may see it, and what was withheld. */
function publicOfficer(request: BlueAlertRequest): { officer: Officer | undefined; redactions: Redaction[] } {
  const officer = request.officer;
  if (officer === undefined) return { officer: undefined, redactions: [] };
  const redactions: Redaction[] = [];
  if (request.event !== 'officer-missing') {
    for (const key of Object.keys(officer) as (keyof Officer)[]) {
      if (FIELD_OF_KEY[key] === 'control') continue;
      redactions.push({
        path: `officer.${key}`,
        reason: `Officer identity is not released for ${request.event} alerts (COPS Blue Alert guidance, ch. 7); only an officer-missing alert may release approved details.`,
      });
    }
    return { officer: undefined, redactions };
  }
  const release = officerRelease(request);
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(officer) as [keyof Officer, unknown][]) {
    const field = FIELD_OF_KEY[key];
    if (field === 'control' || field === 'agency' || release[field]) {
      kept[key] = value;
      continue;
    }
    const how = IDENTITY_FIELDS.includes(field)
      ? `set officer.release.${field} or officer.releaseApproved to true when the investigating agency approves`
      : `officer.release.${field} is false`;
    redactions.push({
      path: `officer.${key}`,
      reason: `Withheld: the officer is missing but release of the ${WHAT[field]} is not approved (${how}).`,
    });
  }
  return { officer: kept as Officer, redactions };
}

/**
 * What `redactParsed` returns inside the library: the public result plus, for the independent guard, the folded
 * phrases around each kept match (never published).
 *
 * @example
 * const d: DetailedRedaction = redactDetailed(parsed);
 */
export interface DetailedRedaction extends RedactResult {
  readonly keptWindows: readonly string[];
}

/** A released plate that spells a withheld name ("OKAFOR1"). */
function plateSpellsName(value: string, terms: readonly IdentityTerm[]): boolean {
  const compact = foldTerm(value).replace(/[^\p{L}\p{N}]+/gu, '');
  return terms.some((t) => (t.kind === 'name-part' || t.kind === 'name') && t.text.length >= 3 && compact.includes(t.text.replace(/[^\p{L}\p{N}]+/gu, '')));
}

/** A path inside a Spanish version of free text (`incident.es.summary`, `suspects[].es.weapons`, `text.es.wea90`). */
const SPANISH_FIELD = /(?:^|\.)es(?:\.|$)/;

/**
 * Like `redactParsed`, with the kept windows for the guard. `alsoWithhold` (update, cancel) lists officers of
 * earlier requests whose identity is withheld too.
 *
 * @example
 * redactDetailed(parsed, { alsoWithhold: [previous.officer] }).keptWindows;
 */
export function redactDetailed(
  request: BlueAlertRequest,
  options: RedactOptions & { readonly alsoWithhold?: readonly (Officer | undefined)[]; readonly matcher?: IdentityMatcher } = {},
): DetailedRedaction {
  // the build passes the matcher it already made from the same request and options (building one costs as much
  // as the scan); anyone else gets a fresh one
  const matcher = options.matcher ?? identityMatcher(request, options);
  const { officer, redactions } = publicOfficer(request);
  const kept: KeptIdentity[] = [];
  const keptWindows: string[] = [];
  const { officer: _dropped, ...rest } = request;
  const base: Record<string, unknown> = officer === undefined ? { ...rest } : { ...rest, officer };
  const scanned = mapStrings(base, [], (path, normalized, value) => {
    const mode = fieldMode(normalized);
    if (mode === 'skip') {
      if (normalized === 'officer.vehicle.plate.number' && plateSpellsName(value, matcher.terms)) {
        redactions.push({ path, reason: 'Removed: the released plate spells the withheld officer name.' });
        return undefined;
      }
      return value;
    }
    if (mode === 'drop') {
      if (matcher.find(value.replace(/[-_./@+=?&%#:~]/g, ' '), 'address').length === 0) return value;
      redactions.push({ path, reason: 'Removed: it contains withheld officer identity.' });
      return undefined;
    }
    // a Spanish version of free text (any `es` object: incident.es.summary, text.es.wea360…) gets Spanish phrases
    const language = options.language ?? (SPANISH_FIELD.test(normalized) ? 'es' : 'en');
    const { text, kinds, kept: keptHere } = matcher.redact(value, mode, language);
    for (const k of keptHere) {
      if (!kept.some((x) => x.path === path && x.termKind === k.kind && x.reason === k.reason)) kept.push({ path, termKind: k.kind, reason: k.reason });
      keptWindows.push(...k.windows);
    }
    if (kinds.length === 0) return value;
    if (text.trim().length === 0) {
      redactions.push({ path, reason: `${reasonFor(kinds)} Nothing was left, so the field was removed.` });
      return undefined;
    }
    redactions.push({ path, reason: reasonFor(kinds) });
    return text;
  });
  return { request: scanned as BlueAlertRequest, redactions, kept, keptWindows: [...new Set(keptWindows)] };
}

/**
 * The public view of a parsed request (used by `buildBlueAlert`). Never mutates the request.
 *
 * - Every event except `officer-missing`: the whole `officer` object is dropped.
 * - `officer-missing`: details are kept or withheld as `officerRelease` decides.
 * - Then every string of the request is read by its meaning (`fieldMode`): free text is scanned for every form
 *   of the withheld identity (names become "an officer", "a deputy", "the officer's"…, badges are removed,
 *   other withheld details and `extraTerms` become "[withheld]", links that hold identity are replaced whole);
 *   agency and suspect names, locations and structured values (vehicle make, measurements, phone numbers) keep a
 *   lone name part or a badge-like number, and say so in `kept`. URLs and e-mail addresses that contain withheld
 *   identity are dropped whole. A field left empty is dropped.
 *
 * @example
 * const { request: publicRequest, redactions, kept } = redactParsed(parsed, { extraTerms: ['Unit 12'] });
 * redactions[0]; //=> { path: 'officer.name', reason: 'Officer identity is not released for officer-killed alerts …' }
 */
export function redactParsed(request: BlueAlertRequest, options: RedactOptions = {}): RedactResult {
  const { request: r, redactions, kept } = redactDetailed(request, options);
  return { request: r, redactions, kept };
}

/**
 * The request as the public may see it, and the list of redactions. Checks the request first: invalid input
 * throws `BlueAlertError` whose issues name the JSON path (and never quote the values given).
 *
 * @example
 * const { request, redactions } = redactForPublic({
 *   event: 'officer-killed',
 *   issuer: { name: 'CBI', sender: 'cbi@state.co.us', timeZone: 'America/Denver' },
 *   requestingAgency: { name: 'Denver PD' },
 *   incident: { summary: 'Officer Daniel Okafor, badge #4471, was shot.' },
 *   officer: { name: 'Daniel Okafor', badge: '4471' },
 *   area: { same: ['008031'] },
 * });
 * request.incident.summary; //=> 'An officer was shot.'
 * redactions.map((r) => r.path); //=> ['officer.name', 'officer.badge', 'incident.summary']
 */
export function redactForPublic(request: unknown, options: RedactOptions = {}): RedactResult {
  const parsed = parseRequest(request);
  if (!parsed.success) throw new BlueAlertError(parsed.issues);
  return redactParsed(parsed.data, options);
}

/**
 * A copy of a (public) request with every free-text field replaced by `filler` and the `text` overrides removed
 * (so the library writes its own wording): a baseline for the leak guard, so a word that the library's own
 * wording brings into the output ("Do not approach" for an officer Do) is not taken for a leak.
 *
 * @example
 * blankFreeText(publicRequest).incident.summary; //=> 'x'
 */
export function blankFreeText(request: BlueAlertRequest, filler = 'x'): BlueAlertRequest {
  const { text: _overrides, ...rest } = request;
  return mapStrings(rest, [], (_path, normalized, value) => (fieldMode(normalized) === 'free' ? filler : value)) as BlueAlertRequest;
}

/**
 * The baselines the build compares with: free text blanked short (full wording) and long (shortened wording, as
 * WEA and EAS texts use when space runs out).
 *
 * @example
 * blankVariants(publicRequest).length; //=> 2
 */
export function blankVariants(request: BlueAlertRequest): BlueAlertRequest[] {
  return [blankFreeText(request), blankFreeText(request, Array<string>(40).fill('xxxxxx').join(' '))];
}

/**
 * Replaces withheld identity in issue messages by "[redacted]" (messages should never quote it; this is the
 * second line of defence).
 *
 * @example
 * scrubIssueMessages(issues, identityMatcher(request));
 */
export function scrubIssueMessages(issues: readonly BlueAlertIssue[], matcher: IdentityMatcher): BlueAlertIssue[] {
  return issues.map((i) => {
    const message = matcher.scrub(i.message);
    return message === i.message ? i : { ...i, message };
  });
}
