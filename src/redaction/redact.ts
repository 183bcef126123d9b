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
import type { IdentityMatcher, IdentityTerm, IdentityTermKind } from './matcher.js';
import { fieldMode, isSpanishField, mapStrings } from './fields.js';
import type { PhraseLanguage } from './phrases.js';
import { publicOfficer } from './release.js';
import { identityMatcher } from './identity.js';

export { officerRelease, type OfficerReleaseDecision, type ReleasableField } from './release.js';
export { identityMatcher, identityTerms } from './identity.js';

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

function reasonFor(kinds: readonly IdentityTermKind[]): string {
  const parts: string[] = [];
  if (kinds.includes('name') || kinds.includes('name-part')) parts.push('officer name replaced by a neutral phrase');
  if (kinds.includes('badge')) parts.push('badge number removed');
  if (kinds.includes('extra')) parts.push('requested term withheld');
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
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
    const language = options.language ?? (isSpanishField(normalized) ? 'es' : 'en');
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
