/**
 * Officer privacy (COPS Office Blue Alert guidance, chapter 7; Iowa Code 80H.3(3)-(4)): nothing about the identity
 * of the officer who is the subject of a Blue Alert is released, unless the officer is missing, and then only what
 * the investigating agency approves.
 *
 * The public view of a request is built here; `buildBlueAlert` always builds from it. The same matcher then checks
 * every public output before it is returned (`assertNoIdentityLeak`).
 */
import type { BlueAlertRequest, Officer } from '../request/schema.js';
import { parseRequest } from '../request/parse.js';
import { BlueAlertError, issue, isNonEmpty, toPath, type BlueAlertIssue } from '../errors.js';
import { foldTerm } from './fold.js';
import {
  badgeTerm,
  createIdentityMatcher,
  nameTerms,
  type IdentityMatch,
  type IdentityMatcher,
  type IdentityTerm,
  type IdentityTermKind,
  type ScanMode,
} from './matcher.js';
import { roleOfTitle, type OfficerRole } from './titles.js';

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
 * Every piece of withheld officer identity, folded (lower case, no accents), for matching: name forms and parts,
 * aliases, the badge number, and `extraTerms`. Released details (missing officer, approved) are not listed.
 *
 * @example
 * identityTerms(parseBlueAlertRequest(json)).map((t) => t.text);
 * //=> ['daniel okafor', 'okafor, daniel', …, 'daniel', 'okafor', '4471']
 */
export function identityTerms(request: BlueAlertRequest, options: RedactOptions = {}): IdentityTerm[] {
  const officer = request.officer;
  const release = officerRelease(request);
  const terms: IdentityTerm[] = [];
  if (officer !== undefined) {
    if (!release.name) {
      if (officer.name !== undefined) terms.push(...nameTerms(officer.name));
      for (const alias of officer.aliases ?? []) terms.push(...nameTerms(alias));
    }
    if (!release.badge && officer.badge !== undefined) {
      const b = badgeTerm(officer.badge);
      if (b !== undefined) terms.push(b);
    }
  }
  for (const extra of options.extraTerms ?? []) {
    const text = foldTerm(extra);
    if (text.length > 0) terms.push({ text, kind: 'extra' });
  }
  const seen = new Set<string>();
  return terms.filter((t) => (seen.has(t.text) ? false : (seen.add(t.text), true)));
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
  return createIdentityMatcher(identityTerms(request, options), role);
}

type FieldMode = ScanMode | 'skip' | 'drop';

/** Machine fields: codes, times, enumerations, identifiers, plates. Everything else is text and is scanned. */
const SKIP: readonly string[] = [
  '$schema', 'event', 'status', 'issuer.sender', 'issuer.timeZone', 'issuer.easOrg', 'issuer.cogId', 'area.same[]',
  'area.fips[]', 'languages[]', 'wea.handling', 'incidents[]', 'expires', 'incident.occurredAt', 'suspects[].lastSeen.at',
  'suspects[].vehicle.plate.state', 'suspects[].vehicle.plate.number', 'officer.vehicle.plate.state',
  'officer.vehicle.plate.number',
  // released identity of a missing officer (withheld ones are gone before the scan)
  'officer.name', 'officer.aliases[]', 'officer.rank', 'officer.title', 'officer.badge', 'officer.photoUrl',
];
/**
 * Names of agencies and of suspects: whole officer names, badges, extra terms and titled name parts ("Sgt. Young")
 * are removed, but a lone name part stays, so "Washington County Sheriff" survives an officer Washington and a
 * suspect "Marcus Young" is still named when the officer is Maria Young.
 */
const INSTITUTIONAL: readonly string[] = ['issuer.name', 'requestingAgency.name', 'officer.agency', 'suspects[].name', 'suspects[].alias'];
const DROP = /(?:^|\.)(?:photoUrl|web|email|phone)$/;

function fieldMode(normalized: string): FieldMode {
  if (SKIP.includes(normalized)) return 'skip';
  if (INSTITUTIONAL.includes(normalized)) return 'institutional';
  if (DROP.test(normalized)) return 'drop';
  return 'free';
}

type Visit = (path: string, normalized: string, value: string) => string | undefined;

/** Copies a JSON-like value, passing every string through `visit`; `undefined` removes the string. */
function mapStrings(value: unknown, segments: readonly (string | number)[], visit: Visit): unknown {
  if (typeof value === 'string') {
    const path = toPath(segments);
    return visit(path, path.replace(/\[\d+\]/g, '[]'), value);
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    value.forEach((v, i) => {
      const m = mapStrings(v, [...segments, i], visit);
      if (m !== undefined) out.push(m);
    });
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const m = mapStrings(v, [...segments, k], visit);
      if (m !== undefined) out[k] = m;
    }
    return out;
  }
  return value;
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
 * The public view of a parsed request (used by `buildBlueAlert`). Never mutates the request.
 *
 * - Every event except `officer-missing`: the whole `officer` object is dropped.
 * - `officer-missing`: details are kept or withheld as `officerRelease` decides.
 * - Then every text field of the request (incident summary and location, every suspect text field, area
 *   description, `text` overrides, `note`, contact names and titles, agency names, released officer details, and
 *   any field added later) is scanned for the withheld identity; names become "an officer", "a deputy", "the
 *   officer's" …, badge numbers are removed, `extraTerms` become "[withheld]". URLs, e-mail addresses and phone
 *   numbers that contain withheld identity are dropped whole. A field left empty is dropped.
 *
 * Agency names and suspects' names and aliases lose whole officer names, badges and titled name parts
 * ("Sgt. Young") but keep a lone name part, so a suspect who shares the officer's surname is still named.
 *
 * Known limit: a common-word surname or given name ("Young", "Price", "Rose", "Bill", "Law", "Do") is replaced
 * wherever it stands as a word on its own, even when it was meant as the ordinary word ("a young male" becomes
 * "an officer male" for an officer Young); privacy wins. Words that merely contain it ("Youngstown") are kept,
 * and so are place names ("Young Street", "Fort Collins").
 *
 * @example
 * const { request: publicRequest, redactions } = redactParsed(parsed, { extraTerms: ['Unit 12'] });
 * redactions[0]; //=> { path: 'officer.name', reason: 'Officer identity is not released for officer-killed alerts …' }
 */
export function redactParsed(request: BlueAlertRequest, options: RedactOptions = {}): RedactResult {
  const matcher = identityMatcher(request, options);
  const { officer, redactions } = publicOfficer(request);
  const { officer: _dropped, ...rest } = request;
  const base: Record<string, unknown> = officer === undefined ? { ...rest } : { ...rest, officer };
  const scanned = mapStrings(base, [], (path, normalized, value) => {
    const mode = fieldMode(normalized);
    if (mode === 'skip') return value;
    if (mode === 'drop') {
      // in addresses, "-", "_", "." and the like separate words: "young-case.jpg" names the officer
      if (matcher.find(value.replace(/[-_./@+=?&%#:~]/g, ' '), 'address').length === 0) return value;
      redactions.push({ path, reason: 'Removed: it contains withheld officer identity.' });
      return undefined;
    }
    const { text, kinds } = matcher.redact(value, mode);
    if (kinds.length === 0) return value;
    if (text.trim().length === 0) {
      redactions.push({ path, reason: `${reasonFor(kinds)} Nothing was left, so the field was removed.` });
      return undefined;
    }
    redactions.push({ path, reason: reasonFor(kinds) });
    return text;
  });
  return { request: scanned as BlueAlertRequest, redactions };
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
 * A copy of a (public) request with every scanned free-text field replaced by `filler` and the `text` overrides
 * removed (so the library writes its own wording): a baseline for the leak check, so a word that the library's
 * own wording, an agency name or a county name brings into the output is not taken for a leak.
 *
 * @example
 * blankFreeText(publicRequest).incident.summary; //=> 'x'
 */
export function blankFreeText(request: BlueAlertRequest, filler = 'x'): BlueAlertRequest {
  const { text: _overrides, ...rest } = request;
  return mapStrings(rest, [], (_path, normalized, value) =>
    fieldMode(normalized) === 'free' ? filler : value,
  ) as BlueAlertRequest;
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
 * The public outputs of a build that the leak check reads: the XML, the text bundle (every string in it, the
 * Spanish block included) and the warnings.
 *
 * @example
 * const o: PublicOutputs = { xml: msg.xml, text: msg.text, warnings: msg.warnings };
 */
export interface PublicOutputs {
  readonly xml: string;
  readonly text: unknown;
  readonly warnings: readonly { readonly message: string }[];
}

function outputFields(outputs: PublicOutputs): Map<string, string> {
  const fields = new Map<string, string>([['xml', outputs.xml]]);
  mapStrings(outputs.text, ['text'], (path, _n, value) => {
    fields.set(path, value);
    return value;
  });
  outputs.warnings.forEach((w, i) => fields.set(`warnings[${i}].message`, w.message));
  return fields;
}

/**
 * The output fields (`xml`, `text.wea90`, `text.es.headline`, `warnings[0].message` …) that contain withheld
 * identity.
 *
 * `baseline` gives the same outputs built from the blanked public request (`blankVariants`); it is computed only
 * when a match is found. With it, wording that does not come from the request's free text is not taken for a leak:
 * - a single name part that is a word the library writes itself anywhere in a baseline (an officer Do and "Do not
 *   approach", an officer Law and "law enforcement") is not counted;
 * - every other match counts, and a field leaks when it has more matches than its twin in any baseline (agency,
 *   sender and county names are the same in both).
 *
 * @example
 * findIdentityLeaks(matcher, { xml, text, warnings }); //=> [] or ['text.wea360']
 */
export function findIdentityLeaks(
  matcher: IdentityMatcher,
  outputs: PublicOutputs,
  baseline?: () => readonly PublicOutputs[],
): string[] {
  if (matcher.terms.length === 0) return [];
  const found = new Map<string, IdentityMatch[]>();
  for (const [path, value] of outputFields(outputs)) {
    const m = matcher.find(value);
    if (m.length > 0) found.set(path, m);
  }
  if (found.size === 0) return [];
  let bases: Map<string, string>[] = [];
  if (baseline !== undefined) {
    try {
      bases = baseline().map(outputFields);
    } catch {
      bases = [];
    }
  }
  const vocabulary = new Set<string>();
  for (const base of bases) for (const value of base.values()) for (const w of foldTerm(value).split(/[^\p{L}\p{N}'-]+/u)) vocabulary.add(w);
  const counted = (list: readonly IdentityMatch[]) =>
    list.filter((m) => !(m.kind === 'name-part' && vocabulary.has(m.term))).length;
  const leaks: string[] = [];
  for (const [path, list] of found) {
    const n = counted(list);
    if (n === 0) continue;
    const allowed = Math.max(0, ...bases.map((b) => counted(matcher.find(b.get(path) ?? ''))));
    if (n > allowed) leaks.push(path);
  }
  return leaks;
}

/**
 * Throws `BlueAlertError` (code `officer_identity_leak`, one issue per output field) when any public output
 * contains withheld identity. The message names the field, never the value.
 *
 * @example
 * assertNoIdentityLeak(identityMatcher(request), { xml, text, warnings }, () => [baselineOutputs]);
 */
export function assertNoIdentityLeak(
  matcher: IdentityMatcher,
  outputs: PublicOutputs,
  baseline?: () => readonly PublicOutputs[],
): void {
  const issues: BlueAlertIssue[] = findIdentityLeaks(matcher, outputs, baseline).map((path) =>
    issue(
      'officer_identity_leak',
      path,
      `Withheld officer identity was found in the public output "${path}", so no message was returned. This is a bug in the library; the law-enforcement audience keeps officer details on purpose.`,
    ),
  );
  if (isNonEmpty(issues)) throw new BlueAlertError(issues);
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
