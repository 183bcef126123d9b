/**
 * The pipeline: request -> activation -> redaction -> area -> time -> text -> CAP model -> checks -> XML.
 */
import { parseRequest } from './request/parse.js';
import type { BlueAlertRequest, BlueAlertRequestInput, Officer } from './request/schema.js';
import type { ReadonlyRequestInput } from './request/types.js';
import { resolvePlan, type PlanProfile } from './activation/plans.js';
import { activationStage, planTimingIssues, type ActivationAssessment } from './activation/assess.js';
import { HOME_PLACE_REASON, blankVariants, identityMatcher, redactDetailed, scrubIssueMessages, type KeptIdentity, type Redaction } from './redaction/redact.js';
import { assertGuard, guardTokens, SPOKEN, type SpokenText } from './privacy/guard.js';
import { scrubRawIssues, stringTerms } from './privacy/scrub.js';
import { foreignScriptIssues, unknownIdentityIssues } from './privacy/lifecycle-check.js';
import type { IdentityMatcher } from './redaction/matcher.js';
import { identifierHoldsIdentity } from './redaction/machine.js';
import { resolveArea, type ResolvedArea } from './area/resolve.js';
import type { CountyLookup } from './area/lookup.js';
import { resolveNow, resolveTimes } from './time/expiry.js';
import { composeText, type TextBundle } from './text/compose.js';
import { blueAlertToCap } from './cap/blue-alert-model.js';
import type { CapAlert, CapValuePair } from './cap/model.js';
import { removeNonXmlChars, toCapXml } from './cap/xml.js';
import { LIMITS } from './limits.js';
import { validateCapModel } from './validate/validate.js';
import { sameHeader } from './lifecycle/same-header.js';
import { CAP_TOKEN_PATTERN } from './request/schema.js';
import {
  BlueAlertError,
  isNonEmpty,
  issue,
  partitionIssues,
  type BlueAlertIssue,
  type BlueAlertWarning,
} from './errors.js';

/**
 * Options of `buildBlueAlert` and `safeBuildBlueAlert`.
 *
 * @example
 * const options: BuildOptions = { now: '2026-11-22T14:20:00-07:00', identifier: 'CBI-BA-2026-001', plan: 'national' };
 */
export interface BuildOptions {
  /** The send time (Date or ISO string with a zone). When given, the library never reads the clock. */
  readonly now?: Date | string;
  /** The CAP identifier; else one is generated from the send time and a random part. */
  readonly identifier?: string;
  /** A built-in plan name (`national`, `colorado`) or a plan object. Default `national`. */
  readonly plan?: string | PlanProfile;
  /** `public` (default) or `law-enforcement` (officer details kept, scope Restricted, no public channel). */
  readonly audience?: 'public' | 'law-enforcement';
  /** Issue an Actual alert that does not meet the plan's criteria; the reason is required and reported. */
  readonly override?: { readonly reason: string };
  /**
   * More words or phrases to redact from all public text ("[withheld]"). A name ("Grace Adeyemi") is matched like
   * the officer's: also each of its words that is no everyday or place word, accents folded, possessive, in
   * hashtags and links, with a hyphenated extension ("Adéyemi", "Mrs. Adeyemi", "#AdeyemiFamily").
   */
  readonly redactTerms?: readonly string[];
  /**
   * County lookup from `blue-alert-cap/counties` (`countyLookup`). When given, SAME codes and county names are
   * derived from the geometry, circles and reach (added after any listed codes), and a warning names every other
   * state the area reaches into.
   */
  readonly counties?: CountyLookup;
  /** Also send each circle (and the reach) as a 64-sided polygon that contains it. Default false. */
  readonly circlesAsPolygons?: boolean;
}

/**
 * The result of a build; `blue-alert build --json` prints the same object.
 *
 * @example
 * const msg: BlueAlertMessage = buildBlueAlert(request, { now: '2026-11-22T14:20:00-07:00' });
 * msg.text.wea90.length <= 90; //=> true
 */
export interface BlueAlertMessage {
  /** CAP 1.2 XML, IPAWS profile v1.0. */
  readonly xml: string;
  readonly identifier: string;
  readonly sent: string;
  readonly expires: string;
  readonly text: TextBundle;
  readonly sameHeader: string;
  readonly area: {
    readonly same: readonly string[];
    readonly polygons: readonly string[];
    readonly circles: readonly string[];
    readonly areaDesc: string;
    readonly states: readonly string[];
  };
  readonly redactions: readonly Redaction[];
  /** What looked like officer identity and was kept on purpose (a place, a suspect's name, a vehicle make…), with why. */
  readonly kept: readonly KeptIdentity[];
  readonly activation: ActivationAssessment;
  readonly warnings: readonly BlueAlertWarning[];
  /** The CAP object model the XML was written from. */
  readonly alert: CapAlert;
}

/**
 * The non-throwing result of `safeBuildBlueAlert`.
 *
 * @example
 * const r: SafeBuildResult = safeBuildBlueAlert(request);
 * if (!r.success) console.log(r.issues);
 */
export type SafeBuildResult =
  | { readonly success: true; readonly data: BlueAlertMessage; readonly issues?: never }
  | { readonly success: false; readonly data?: never; readonly issues: readonly [BlueAlertIssue, ...BlueAlertIssue[]] };

/** How a message relates to earlier ones (used by update and cancel). */
export interface MessageKind {
  readonly msgType: 'Alert' | 'Update' | 'Cancel';
  readonly references?: readonly string[];
  /** Officers of earlier requests (update): their identity is withheld from this message too. */
  readonly alsoWithhold?: readonly (Officer | undefined)[];
}

/**
 * Generates a CAP identifier from the sender's send time and 8 random hex digits, e.g.
 * `BLU-20261122T212000Z-3f9a0c1e`. Uses Web Crypto, available in Node 20 and browsers.
 */
function generateIdentifier(sent: Date): string {
  const stamp = sent.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `BLU-${stamp}-${hex}`;
}

function fail(issues: readonly BlueAlertIssue[]): never {
  const { errors } = partitionIssues(issues);
  if (isNonEmpty(errors)) throw new BlueAlertError(errors);
  throw new BlueAlertError([issue('invalid_request', '', 'The request could not be built.')]);
}

/**
 * Runs the whole pipeline on a parsed request. Throws `BlueAlertError` (with scrubbed messages) on bad input.
 * Shared by build, update and cancel.
 */
export function buildFromParsed(
  original: BlueAlertRequest,
  options: BuildOptions,
  kind: MessageKind,
): BlueAlertMessage {
  const terms = identityMatcher(original, redactOptions(options, kind));
  const scrub = (issues: readonly BlueAlertIssue[]): BlueAlertIssue[] => scrubIssues(issues, terms);
  try {
    return runPipeline(original, options, kind, terms);
  } catch (e) {
    if (e instanceof BlueAlertError) {
      const cleaned = scrub(e.issues);
      if (isNonEmpty(cleaned)) throw new BlueAlertError(cleaned);
    }
    throw e;
  }
}

/**
 * The options, the clock and the plan checked, then the activation criteria: the issues so far (a failure throws)
 * with the time, plan and activation decision the later stages use.
 */
function startStage(original: BlueAlertRequest, options: BuildOptions): { issues: BlueAlertIssue[]; now: Date; plan: PlanProfile; activation: BlueAlertMessage['activation'] } {
  const issues: BlueAlertIssue[] = [...optionIssues(options), ...identifierIssues(options.identifier)];
  const now = resolveNow(options.now);
  if (!(now instanceof Date)) issues.push(now);
  const plan = resolvePlan(options.plan);
  if (plan === undefined) {
    issues.push(issue('unknown_plan', 'options.plan', 'Unknown plan; use "national", "colorado" or a plan object.'));
  }
  if (!(now instanceof Date) || plan === undefined || partitionIssues(issues).errors.length > 0) fail(issues);
  const stage = activationStage(original, plan, options);
  issues.push(...stage.issues);
  return { issues, now, plan, activation: stage.activation };
}

function runPipeline(
  original: BlueAlertRequest,
  options: BuildOptions,
  kind: MessageKind,
  terms: IdentityMatcher,
): BlueAlertMessage {
  const { issues, now, plan, activation } = startStage(original, options);

  // redaction
  const lawEnforcement = options.audience === 'law-enforcement';
  const { request, redactions, kept, keptWindows } = redactionStage(original, options, kind, terms, issues);

  // area
  const areaResult = resolveArea(request.area, {
    easEnabled: request.eas.enabled,
    ...(options.counties === undefined ? {} : { counties: options.counties }),
    ...(options.circlesAsPolygons === undefined ? {} : { circlesAsPolygons: options.circlesAsPolygons }),
  });
  for (const i of areaResult.issues) issues.push(i); // never a spread: a long list overflows the call stack
  const area: ResolvedArea = areaResult.area;

  // time
  const timeResult = resolveTimes(request, plan, now);
  issues.push(...timeResult.issues);
  if (timeResult.times === undefined || partitionIssues(issues).errors.length > 0) fail(issues);
  const times = timeResult.times;
  issues.push(...planTimingIssues(plan, original, times.sent, times.expires, options.override));
  if (partitionIssues(issues).errors.length > 0) fail(issues);

  // text
  const textResult = composeText({ request, sent: times.sent, expires: times.expires, area, msgType: kind.msgType });
  issues.push(...textResult.issues);
  if (partitionIssues(issues).errors.length > 0) fail(issues);

  // CAP model
  const identifier = options.identifier ?? generateIdentifier(times.sent);
  if (lawEnforcement) issues.push(LAW_ENFORCEMENT_WARNING);
  const capInput = capInputOf({ request, identifier, kind, times, area, text: textResult.text, lawEnforcement });
  const alert = blueAlertToCap(capInput);

  // checks: the message must pass the IPAWS profile before it is returned
  const capErrors = validateCapModel(alert, { profile: 'ipaws' }).filter((i) => i.severity === 'error');
  if (capErrors.length > 0) {
    fail(capErrors.map((c) => issue('cap_invalid', c.path, `Internal check failed: ${c.message} (${c.code})`)));
  }

  const xml = toCapXml(alert);
  const { warnings } = partitionIssues(issues);
  const message: BlueAlertMessage = {
    xml,
    identifier,
    sent: times.sentText,
    expires: times.expiresText,
    text: textResult.text,
    sameHeader: sameHeader(alert),
    area: {
      same: area.same,
      polygons: area.polygons,
      circles: area.circles,
      areaDesc: area.areaDesc,
      states: area.states,
    },
    redactions,
    kept,
    activation,
    warnings: scrubIssues(warnings, terms).map(({ code, path, message: m }) => ({ code, path, message: m })),
    alert,
  };
  // officer privacy: an independent guard scans every public output (compared with a build from blanked free text)
  if (!lawEnforcement) guardStage({ original, options, kind, request, message, keptWindows, times, area, capInput, spoken: textResult.spoken });
  return message;
}

const LAW_ENFORCEMENT_WARNING: BlueAlertIssue = issue(
  'law_enforcement_only',
  'options.audience',
  'Law-enforcement message: officer details are kept, scope is Restricted and every public channel (WEA, EAS, NWEM, public feeds) is blocked; do not release it to the public.',
  'warning',
);

/** What the privacy guard compares: the built message and what it was built from. */
interface GuardInput {
  readonly original: BlueAlertRequest;
  readonly options: BuildOptions;
  readonly kind: MessageKind;
  readonly request: BlueAlertRequest;
  readonly message: BlueAlertMessage;
  readonly keptWindows: readonly string[];
  readonly times: { readonly sent: Date; readonly expires: Date };
  readonly area: ResolvedArea;
  readonly capInput: Parameters<typeof blueAlertToCap>[0];
  /** The descriptions the EAS texts read aloud, as written and as said. */
  readonly spoken: ReturnType<typeof composeText>['spoken'];
}

/**
 * The output paths that carry a description read aloud: its language's EAS texts and the XML (red team 19 B3: "W
 * Colfax Ave" said "West Colfax Avenue" is the library's word, not an officer West).
 */
function spokenTexts(spoken: ReturnType<typeof composeText>['spoken']): SpokenText[] {
  return spoken.map((s) => {
    const at = s.language === 'en-US' ? 'text' : 'text.es';
    return { paths: [`${at}.eas`, `${at}.easText`, 'xml'], written: s.written, said: s.said };
  });
}

/**
 * The independent guard over every public output of a build, compared with builds from blanked free text (what
 * the library writes itself); throws `officer_identity_leak` when withheld identity is found.
 */
function guardStage(g: GuardInput): void {
  const { original, options, kind, request, message, keptWindows, times, area, capInput } = g;
  const tokens = guardTokens(original, stringTerms(options.redactTerms), kind.alsoWithhold ?? []);
  // (the words said longer when the EAS text is read aloud go with the output, under a key no public string has)
  assertGuard(tokens, { ...message, [SPOKEN]: spokenTexts(g.spoken) }, keptWindows, () =>
    blankVariants(request).map((bare) => {
      const { text: t, spoken } = composeText({ request: bare, sent: times.sent, expires: times.expires, area, msgType: kind.msgType });
      // a neutral identifier: the caller's identifier is compared, not excused
      const a = blueAlertToCap({ ...capInput, identifier: 'BASELINE', request: bare, text: t });
      return { ...message, identifier: 'BASELINE', xml: toCapXml(a), text: t, sameHeader: sameHeader(a), [SPOKEN]: spokenTexts(spoken) };
    }),
  );
}

/** The identifier the caller gave, checked: a CAP token XML can carry, within the string limit. */
function identifierIssues(identifier: unknown): BlueAlertIssue[] {
  if (typeof identifier !== 'string') return [];
  if (!CAP_TOKEN_PATTERN.test(identifier)) {
    return [issue('invalid_identifier', 'options.identifier', 'A CAP identifier must not be empty or contain spaces, commas, "<" or "&".')];
  }
  // refused, never silently changed: the XML could not carry the identifier the caller will look for
  if (removeNonXmlChars(identifier) !== identifier) {
    return [
      issue('invalid_identifier', 'options.identifier', 'The identifier contains a character XML cannot carry (a control character such as NUL, or an unpaired surrogate); use letters, digits and punctuation.'),
    ];
  }
  if (identifier.length > LIMITS.stringChars) {
    return [issue('input_too_large', 'options.identifier', `The identifier has ${identifier.length} characters; the limit is ${LIMITS.stringChars} (LIMITS.stringChars).`)];
  }
  return [];
}

const IDENTIFIER_NAMES_OFFICER: BlueAlertIssue = issue(
  'officer_identity_leak',
  'options.identifier',
  "The identifier holds the withheld officer's identity (a name or the badge), and every CAP message publishes it in <identifier>. Use one without it (e.g. CBI-2026-0042).",
);

/** The public request (officer identity withheld) and what was withheld; the request as given for law enforcement. */
function redactionStage(original: BlueAlertRequest, options: BuildOptions, kind: MessageKind, terms: IdentityMatcher, issues: BlueAlertIssue[]) {
  if (options.audience === 'law-enforcement') {
    return { request: original, redactions: [] as Redaction[], kept: [] as KeptIdentity[], keptWindows: [] as string[] };
  }
  if ((options.redactTerms ?? []).length === 0) issues.push(...unknownIdentityIssues(original, kind.alsoWithhold ?? []));
  issues.push(...foreignScriptIssues(original));
  // the caller's identifier is published in every message and referenced by every later one: one that names the
  // officer in any reading ("CBI-0KAF0R-2026", "CBI-DANNY-2026": red team 15) is refused, like an incident
  if (typeof options.identifier === 'string' && identifierHoldsIdentity(options.identifier, terms)) issues.push(IDENTIFIER_NAMES_OFFICER);
  const redacted = redactDetailed(original, { ...redactOptions(options, kind), matcher: terms });
  // the incident's place was the officer's home: its house number is gone, and the agency should know (red team 19 L2)
  if (redacted.redactions.some((r) => r.reason === HOME_PLACE_REASON)) issues.push(HOME_PLACE_WARNING);
  // a suspect's plate that holds the badge number or a part of the officer's name is left out of every public text:
  // the operator should know the most useful fact is missing (reader review 21t T02: it went without a word)
  for (const r of redacted.redactions) if (SUSPECT_PLATE.test(r.path)) issues.push(suspectPlateWarning(r.path));
  return redacted;
}

const SUSPECT_PLATE = /^suspects\[\d+\]\.vehicle\.plate\.number$/u;

function suspectPlateWarning(path: string): BlueAlertIssue {
  return issue(
    'suspect_plate_withheld',
    path,
    "This suspect plate is left out of every public text: a group of it is the officer's badge number or a part of the officer's name, which are withheld. If the plate is right, the badge is not needed in the request (it is never published): leave officer.badge out and build again.",
    'warning',
  );
}

const HOME_PLACE_WARNING: BlueAlertIssue = issue(
  'officer_home_withheld',
  'incident.location',
  "The text says this happened at the officer's home, so the location's house number is not published (only the rest, e.g. the town). If the place is not the officer's home, reword the text.",
  'warning',
);

/** What the CAP model is made from; a law-enforcement message is Restricted with every public channel blocked. */
function capInputOf(p: {
  request: BlueAlertRequest;
  identifier: string;
  kind: MessageKind;
  times: { sentText: string; expiresText: string };
  area: ResolvedArea;
  text: Parameters<typeof blueAlertToCap>[0]['text'];
  lawEnforcement: boolean;
}): Parameters<typeof blueAlertToCap>[0] {
  const extraParameters: CapValuePair[] = ['CMAS', 'EAS', 'NWEM', 'PUBLIC'].map((value) => ({ valueName: 'BLOCKCHANNEL', value }));
  return {
    request: p.request,
    identifier: p.identifier,
    msgType: p.kind.msgType,
    sent: p.times.sentText,
    expires: p.times.expiresText,
    area: p.area,
    text: p.text,
    ...(p.kind.references === undefined ? {} : { references: p.kind.references }),
    ...(p.lawEnforcement ? { scope: 'Restricted' as const, restriction: 'Law enforcement only: not for public release.', extraParameters } : {}),
  };
}

/**
 * Checks the options a plain-JavaScript caller (or a script passing JSON) may get wrong, so a wrong option is a
 * `BlueAlertError` naming it, never a `TypeError` from deep inside the pipeline.
 */
function optionIssues(options: BuildOptions): BlueAlertIssue[] {
  const o = options as Record<string, unknown>;
  const out: BlueAlertIssue[] = [];
  const bad = (path: string, message: string) => out.push(issue('invalid_value', `options.${path}`, message));
  if (o['identifier'] !== undefined && typeof o['identifier'] !== 'string') bad('identifier', 'Must be a string (a CAP identifier).');
  if (o['now'] !== undefined && typeof o['now'] !== 'string' && !(o['now'] instanceof Date)) bad('now', 'Must be a Date or an ISO 8601 string with a zone.');
  if (o['plan'] !== undefined && typeof o['plan'] !== 'string' && (typeof o['plan'] !== 'object' || o['plan'] === null)) bad('plan', 'Must be a plan name ("national", "colorado") or a plan object.');
  if (o['audience'] !== undefined && o['audience'] !== 'public' && o['audience'] !== 'law-enforcement') bad('audience', 'Must be "public" or "law-enforcement".');
  const override = o['override'];
  if (override !== undefined && (typeof override !== 'object' || override === null || typeof (override as Record<string, unknown>)['reason'] !== 'string')) {
    bad('override', 'Must be { reason: "…" } with the reason for issuing an alert that does not meet the plan.');
  }
  const terms = o['redactTerms'];
  if (terms !== undefined && (!Array.isArray(terms) || !terms.every((t) => typeof t === 'string'))) bad('redactTerms', 'Must be a list of strings.');
  const counties = o['counties'] as Record<string, unknown> | null | undefined;
  if (counties !== undefined && (typeof counties !== 'object' || counties === null || typeof counties['countiesTouching'] !== 'function' || typeof counties['countyName'] !== 'function')) {
    bad('counties', 'Must be the county lookup of blue-alert-cap/counties: import { countyLookup } from "blue-alert-cap/counties" and pass { counties: countyLookup }.');
  }
  if (o['circlesAsPolygons'] !== undefined && typeof o['circlesAsPolygons'] !== 'boolean') bad('circlesAsPolygons', 'Must be true or false.');
  return out;
}

function redactOptions(options: BuildOptions, kind: MessageKind): { extraTerms?: readonly string[]; alsoWithhold?: readonly (Officer | undefined)[] } {
  return {
    ...(options.redactTerms === undefined ? {} : { extraTerms: stringTerms(options.redactTerms) }),
    ...(kind.alsoWithhold === undefined ? {} : { alsoWithhold: kind.alsoWithhold }),
  };
}

/** Removes officer identity from issue messages (defence in depth: messages should never quote it anyway). */
function scrubIssues(issues: readonly BlueAlertIssue[], terms: IdentityMatcher): BlueAlertIssue[] {
  return scrubIssueMessages(issues, terms);
}

/**
 * Builds a Blue Alert CAP 1.2 message for IPAWS from a request. Throws `BlueAlertError` with path-named issues
 * when the request is not valid; never mutates the request. The request is typed, so an object literal with a
 * misspelt field or event fails to compile; JSON of unknown shape goes through `parseBlueAlertRequest` (then pass
 * its `data`) or `safeBuildBlueAlert`. The request is still checked at run time, so plain JavaScript is safe too.
 *
 * @example
 * const msg = buildBlueAlert(request, { now: '2026-11-22T14:20:00-07:00', identifier: 'CBI-BA-2026-001' });
 * msg.xml;        // '<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">…'
 * msg.sameHeader; // 'ZCZC-CIV-BLU-008031+2400-3262120-'
 */
export function buildBlueAlert(request: ReadonlyRequestInput, options?: BuildOptions): BlueAlertMessage;
// (the request's own type last: editor errors name it, and a read-only request is taken by the signature above)
export function buildBlueAlert(request: BlueAlertRequestInput, options?: BuildOptions): BlueAlertMessage;
export function buildBlueAlert(request: ReadonlyRequestInput, options: BuildOptions = {}): BlueAlertMessage {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new BlueAlertError([issue('invalid_type', 'options', 'Options must be an object, e.g. { now: "2026-11-22T14:20:00-07:00" }.')]);
  }
  const parsed = parseRequest(request);
  if (!parsed.success) throw new BlueAlertError(scrubRawIssues(parsed.issues, request, options?.redactTerms));
  return buildFromParsed(parsed.data, options ?? {}, { msgType: 'Alert' });
}

/**
 * Like `buildBlueAlert`, but takes input of unknown shape (parsed JSON) and returns `{ success: false, issues }`
 * instead of throwing for bad input.
 *
 * @example
 * const r = safeBuildBlueAlert({ event: 'officer-lost' });
 * r.success; //=> false
 * r.issues?.[0]?.path; //=> 'event'
 */
export function safeBuildBlueAlert(request: unknown, options: BuildOptions = {}): SafeBuildResult {
  try {
    return { success: true, data: buildBlueAlert(request as BlueAlertRequestInput, options) };
  } catch (e) {
    if (e instanceof BlueAlertError) return { success: false, issues: e.issues };
    // review 24 V9: input whose getters or Proxy traps throw while it is read is an issue too, never a raw exception
    // (the exception's text may quote the input, so it is not repeated)
    const message = 'Reading the request threw an exception (a getter, a Proxy or an array with its own "constructor"?); pass plain data, e.g. JSON.parse(JSON.stringify(request)).';
    return { success: false, issues: [{ code: 'invalid_request', path: '', message, severity: 'error' }] };
  }
}
