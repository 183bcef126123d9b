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
import { BlueAlertError, issue, type BlueAlertIssue } from '../errors.js';
import { foldTerm } from './fold.js';
import type { IdentityMatcher, IdentityTerm, IdentityTermKind } from './matcher.js';
import type { DetailedRedaction, KeptIdentity, RedactOptions, RedactResult } from './redact-types.js';
import { fieldMode, isProse, isSpanishField, mapStrings, namesPeople } from './fields.js';
import { withheldWord } from './phrases.js';
import { officerRelease, publicOfficer } from './release.js';
import { redactTitledNames } from './titled.js';
import { digitLetterReadings, percentDecoded } from './readings.js';
import { decodeReferences } from '../privacy/references.js';
import { addressReadings } from '../privacy/encoded.js';
import { withoutNamedValues, type IdentityProbe } from '../privacy/quoted.js';
import { identityMatcher } from './identity.js';
import { senderSpellsOfficer } from './sender.js';
import { kinContext, withholdHome, withholdRelatives } from './kin.js';
import { relativeNameWords, withholdRelativeNames, relativeInLink, type RelativesContext } from './relatives.js';
import { homeAddressesOf, saysAtOfficersHome, withoutHouseNumber } from './home-place.js';
import { givenNameForms } from './nicknames.js';
import { asWords, identifierHoldsIdentity, plateHoldsIdentity, withholdStructuredBadge } from './machine.js';
import { agencyWords, withoutAgencyWords, type AgencyWords } from './agency.js';
import { shortForms } from '../text/words.js';
import { isStateName } from '../area/codes.js';
import { spokenForms } from '../text/eas.js';
import { spanishForms } from '../text/place-join-es.js';
import { nameAsPlace } from './place-name.js';
import { nameGluedInWord } from './identifier-words.js';

export { officerRelease, type OfficerReleaseDecision, type ReleasableField } from './release.js';
export { identityMatcher, identityTerms } from './identity.js';
export type { DetailedRedaction, KeptIdentity, Redaction, RedactOptions, RedactResult } from './redact-types.js';

function reasonFor(kinds: readonly IdentityTermKind[]): string {
  const parts: string[] = [];
  if (kinds.includes('name') || kinds.includes('name-part')) parts.push('officer name replaced by a neutral phrase');
  if (kinds.includes('badge')) parts.push('badge number removed');
  if (kinds.includes('extra')) parts.push('requested term withheld');
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * An address (a link, an e-mail, a photo file name) that holds withheld identity written into a longer piece of
 * it, where the word-by-word reading does not see it (red team): a name part at the start of a piece or after
 * one or two initials, up to its end or a capital or digit ("OkaforPortrait.jpg", "Okafor2.jpg", "DOkafor",
 * "dokafor.jpg"), and not inside another word ("hillsborough" for an officer Hill); the badge at the end of a
 * piece after letters ("badge4471.jpg", "p4471", "DO4471"). Percent-escapes are read first.
 */
function addressHoldsIdentity(value: string, terms: readonly IdentityTerm[]): boolean {
  const plain = value.includes('%') ? percentDecoded(value) : value;
  const pieces = plain.split(/[^\p{L}\p{N}]+/u).filter((x) => x !== '');
  return pieces.some((piece) => {
    const lower = foldTerm(piece);
    if (lower.length !== piece.length) return false;
    return terms.some((t) => {
      const c = t.text.replace(/[^\p{L}\p{N}]+/gu, '');
      if (c.length < 3) return false;
      if (t.kind === 'badge' || t.kind === 'withheld') return lower.endsWith(c) && /^\p{L}*$/u.test(lower.slice(0, -c.length));
      if (t.kind !== 'name-part' && t.kind !== 'name') return false;
      for (let i = lower.indexOf(c); i !== -1; i = lower.indexOf(c, i + 1)) {
        const startOk = i <= 2 || /\p{Lu}/u.test(piece[i] as string);
        const next = piece[i + c.length];
        const endOk = next === undefined || /[\p{Lu}\p{N}]/u.test(next);
        if (startOk && endOk) return true;
      }
      return false;
    });
  });
}

const SHOWN = /^[^\p{Cc}\p{Cs}\p{Co}\p{Cn}]$/u;
const INVISIBLE_CHAR = /^\p{Default_Ignorable_Code_Point}$/u;

/**
 * Character references read as the characters an HTML viewer shows ("Ok&#97;for", "Ram&oacute;n", "Oka&shy;for",
 * "O&apos;Neil"; see src/privacy/references.ts): no one writes a name that way in plain text except to hide it.
 * Invisible ones are read as nothing (they are removed from every string anyway); control characters stay written.
 * The text is published as written unless it holds identity; then it is published as read.
 */
function withLetterReferences(value: string): string {
  if (!value.includes('&')) return value;
  return decodeReferences(value, (ch) => SHOWN.test(ch), (ch) => (INVISIBLE_CHAR.test(ch) ? '' : ch));
}

const FAMILY_REASON = "The officer's family is not named and their home address is not released (guidance chapter 7).";

/**
 * The reason given when the incident's location loses its house number because the text says it happened at the
 * officer's home (red team 19 L2); the build warns `officer_home_withheld` when it sees it.
 *
 * @example
 * result.redactions.some((r) => r.reason === HOME_PLACE_REASON);
 */
export const HOME_PLACE_REASON =
  "The text says this happened at the officer's home, so the location's house number is not released (guidance chapter 7); only the rest of the location is published.";
const TITLED_REASON = "A titled person's name (another officer, or the officer named another way) is not released in a Blue Alert.";

/** Free-text fields a request must have: emptied by the redaction, they refuse it. */
const REQUIRED_NAMES: ReadonlySet<string> = new Set(['issuer.name', 'requestingAgency.name']);

/** The agency's names (issuer, short name, requesting agency) and the words they give its addresses. */
interface AgencyNames {
  readonly names: readonly (string | undefined)[];
  readonly words: AgencyWords;
}

function agencyNamesOf(request: BlueAlertRequest): AgencyNames {
  const names = [request.issuer.name, request.issuer.shortName, request.requestingAgency.name];
  return { names, words: agencyWords(names) };
}

/**
 * What the redaction does with a machine field (left as written) that holds withheld identity: plates and
 * released officer details are removed (the reason is returned); the sender cannot be left out of a CAP message,
 * so a sender address made of the officer's name refuses the request.
 */
function machineFieldIdentity(normalized: string, value: string, matcher: IdentityMatcher, path: string, agency: AgencyNames): string | undefined {
  if (normalized === 'issuer.sender') {
    // as words ("daniel.okafor@"), and as agencies make addresses ("dokafor@", "ofc4471@": red team 13); the
    // agency's own domain labels are not the officer's ("state.co.us" for an officer Co: red team 15)
    const own = withoutAgencyWords(value, agency.words);
    if (matcher.find(asWords(own), 'address').length === 0 && !senderSpellsOfficer(own, matcher.terms, agency.names)) return undefined;
    throw new BlueAlertError([
      issue(
        'officer_identity_leak',
        'issuer.sender',
        "The sender address holds the withheld officer's identity, and every CAP message publishes it. Use the issuing agency's address (e.g. bluealert@agency.gov).",
      ),
    ]);
  }
  if (normalized === 'incidents[]') {
    // (and a name glued to other letters, the agency's own words aside: "…/okaforstrong", red team 17)
    if (!identifierHoldsIdentity(value, matcher) && !nameGluedInWord(withoutAgencyWords(value, agency.words), matcher.terms)) return undefined;
    // an incident identifier ties the chain of messages together: it is not rewritten, the request is refused
    throw new BlueAlertError([
      issue('officer_identity_leak', path, "The incident identifier holds the withheld officer's identity (a name or the badge), and every CAP message publishes it in <incidents>. Use one without it (e.g. CBI-2026-0042)."),
    ]);
  }
  if (normalized.endsWith('plate.state')) {
    // a state code ("CO"); a name or the badge written there (red team: "Daniel Okafor" was published) goes; a
    // state's code or name is never the officer's, even for an officer Oh, Ma or Co (red team 16: the plate state
    // of every alert for them was dropped)
    if (isStateName(value)) return undefined;
    return matcher.find(asWords(value), 'address').length > 0 || matcher.find(value, 'structured').length > 0
      ? 'Removed: the plate state holds withheld officer identity (a name or the badge number).'
      : undefined;
  }
  if (normalized.endsWith('plate.number')) {
    return plateHoldsIdentity(value, matcher.terms, normalized.startsWith('officer.') ? 3 : 4)
      ? 'Removed: the plate holds withheld officer identity (a name or the badge number).'
      : undefined;
  }
  // released details of a missing officer: one that spells a withheld one ("keoni-kahale.jpg" with the name withheld)
  if (normalized.startsWith('officer.') && (matcher.find(asWords(value), 'address').length > 0 || (/[/@.]/.test(value) && addressHoldsIdentity(value, matcher.terms)))) {
    return 'Removed: it spells withheld officer identity.';
  }
  return undefined;
}

/** What follows the host of a link or the @ of an address ("…/groups/okaforstrong"); the value when it has neither. */
function linkPath(value: string): string {
  const scheme = value.indexOf('://');
  const from = scheme < 0 ? 0 : scheme + 3;
  const slash = value.indexOf('/', from);
  if (slash >= 0) return value.slice(slash);
  const at = value.indexOf('@');
  return at >= 0 ? value.slice(0, at) : scheme < 0 && !value.includes('.') ? value : '';
}

/** A suspect's name fields: the officer's name there is "[name withheld]", never a role (red team 15). */
const SUSPECT_NAMES: ReadonlySet<string> = new Set(['suspects[].name', 'suspects[].alias']);
/** Words that say a description quotes lettering ("tattoo reading", "ring engraved", "name tape", quotes). */
const LETTERING = /["“”«»]|\b(?:read(?:s|ing)?|says?|saying|engraved|inscribed|letter(?:s|ed|ing)|name tape|tag|decal|sticker|logo|dice|grabado|tatuaje|letrero|calcoman[ií]a)\b/iu;

/**
 * Whether a withheld name in this field never becomes a role: a suspect's name, a missing officer's vehicle, and
 * lettering in the officer's description ('tattoo reading "OKAFOR"' read 'tattoo reading "AN OFFICER"', a tattoo
 * people would look for: re-attack 23 P15); "[name withheld]" there. ("Maria has a scar" still reads "A sergeant
 * has a scar".)
 */
const noRoleAt = (path: string, value: string): boolean =>
  SUSPECT_NAMES.has(path) || path.startsWith('officer.vehicle.') || (path.startsWith('officer.description.') && LETTERING.test(value));

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
  const titledNamesWithheld = !officerRelease(request).name;
  let suspects: readonly string[] | undefined;
  const suspectNames = (): readonly string[] =>
    (suspects ??= request.suspects.flatMap((x) => [x.name, x.alias]).filter((x): x is string => x !== undefined).map(foldTerm));
  // with one word of the name on file ("Daniel"), "Officer Daniel Okafor" is the officer whole: the pass takes it
  const fullName = (request.officer?.name ?? '').trim().split(/\s+/).length > 1;
  // and a name that goes on past the matcher's match into a word ending in a name part ("Officer Daniel
  // Smith-Okafor": red team) is taken whole too; a word that only starts with one ("Okafor-Smithe", "Okaforstown")
  // is another name or a place
  // (the words of the name as the request writes it: "McOkafor" ends in a piece of a hyphenated name, not in it)
  const officerWords = foldTerm(request.officer?.name ?? '').split(/\s+/);
  const nameWords = officerWords.filter((x) => x.length >= 3);
  const endsInPart = (rest: string): boolean =>
    foldTerm(rest)
      .split(/\s+/)
      .some((w) => nameWords.some((p) => w === p || w.endsWith(`-${p}`)));
  // and so is one the matcher finds only the start of ("Officer Daniel Okafur": it took "Daniel" and published
  // "An officer Okafur"; red team 4): the matcher keeps a titled name when its match reaches the name's end or
  // ends in the surname ("Officer Daniel Okafor Denver": the matcher knows where the name ends)
  const surname = officerWords.at(-1) ?? '';
  const officerWord = (titled: string, at: number): boolean =>
    fullName &&
    matcher
      .find(titled)
      .some(
        (h) =>
          h.start <= at &&
          h.end > at &&
          !endsInPart(titled.slice(h.end)) &&
          (/^[\s.'’]*$/u.test(titled.slice(h.end)) || (surname !== '' && foldTerm(titled.slice(h.start, h.end)).endsWith(surname))),
      );
  // (in every event: a double surname the matcher leaves, "Grace Adeyemi-Okafor", is a relative's, red team 19 L10)
  const kinAll = kinContext(request.officer?.name ?? '', suspectNames());
  const released = request.event === 'officer-missing' && officerRelease(request).name;
  // (not for a hyphenated surname of the officer's own: "Aa-Aa-Smithe" is read as another name there)
  const kin = released || kinAll === undefined ? kinAll : kinAll.surname.includes('-') ? undefined : { ...kinAll, doubleOnly: true };
  // (a suspect's own words: "Hale may be at his family home at 55 Ridge Rd" keeps the suspect's address; never the
  // officer's words, which a suspect may share)
  let ownWords: string[] | undefined;
  const suspectWords = (): string[] => (ownWords ??= suspectNames().flatMap((n) => n.split(/\s+/)).filter((x) => x.length >= 3 && !officerWords.includes(x)));
  const agency = agencyNamesOf(request);
  const { officer: _dropped, ...rest } = request;
  const base: Record<string, unknown> = officer === undefined ? { ...rest } : { ...rest, officer };
  // the officer's relatives by name, any surname, any event (red team 17 L3): the names found after a word for a
  // relative anywhere in the request are withheld wherever they stand again ("Grace", "gofundme.com/f/grace-adeyemi")
  const relatives = relativesOf(request, base, officerWords, suspectNames());
  // the officer's home as the incident's place: "ambushed outside his home" with "1234 Maple Dr, Aurora" (red team 19 L2)
  let atHome: boolean | undefined;
  const homeIsPlace = (): boolean => {
    if (atHome !== undefined) return atHome;
    atHome = false;
    mapStrings(base, [], (_p, normalized, value) => {
      if (!atHome && isProse(fieldMode(normalized)) && saysAtOfficersHome(value, suspectWords())) atHome = true;
      return value;
    });
    return atHome;
  };
  // the home addresses the prose gives, withheld wherever they stand again (re-attack 20 F2)
  let homeKeys: string[] | undefined;
  const homes = (): string[] => (homeKeys ??= homeAddressesOf(base, suspectWords()));
  const family = (text: string, location: boolean): string =>
    withholdHome(withholdRelativeNames(kin === undefined ? text : withholdRelatives(text, kin), relatives.ctx, relatives.known), suspectWords(), location, homes());
  const scanned = mapStrings(base, [], (path, normalized, value) => {
    const mode = fieldMode(normalized);
    if (mode === 'skip') {
      const removed = machineFieldIdentity(normalized, value, matcher, path, agency);
      if (removed === undefined) return value;
      redactions.push({ path, reason: removed });
      return undefined;
    }
    // a vanity number that spells the name ("303-Okafor-1", "1-800-DOKAFOR": red team) goes whole
    if (normalized.endsWith('phone') && /\p{L}{3}/u.test(value) && addressHoldsIdentity(value, matcher.terms)) {
      redactions.push({ path, reason: 'Removed: the phone number spells withheld officer identity.' });
      return undefined;
    }
    if (mode === 'drop') {
      // as written, and with references, punycode hosts and base64 tokens decoded (red team 11)
      // the agency's own words in its link or address are the agency's ("cbi.colorado.gov/blue-alert" for an
      // officer Colorado or Blue: red team 15)
      const holds = (v: string): boolean => {
        const own = withoutAgencyWords(v, agency.words);
        // (and a name glued to other letters in a path word: "…/groups/okaforstrong", red team 17)
        // (the path only: a host is an organisation's, "hillsboroughcounty.org" for an officer Hill)
        return matcher.find(asWords(own), 'address').length > 0 || addressHoldsIdentity(own, matcher.terms) || nameGluedInWord(linkPath(own), matcher.terms);
      };
      // (and with digits read as letters: "…/d0kaf0r" is "dokafor", an initial and the surname)
      if (!holds(value) && !addressReadings(value).some(holds) && !digitLetterReadings(foldTerm(value)).some(holds) && !relativeInLink(value, relatives.known)) return value;
      redactions.push({ path, reason: 'Removed: it contains withheld officer identity.' });
      return undefined;
    }
    // a Spanish version of free text (any `es` object: incident.es.summary, text.es.wea360…) gets Spanish phrases
    const language = options.language ?? (isSpanishField(normalized) ? 'es' : 'en');
    // first every titled name that is not the officer's as the request writes it: another spelling or name of the
    // officer, or another officer (the matcher then does the officer's own, where it knows the name ends)
    const input = withLetterReferences(value);
    // the badge in a structured value, where it is the badge ("DPD unit 4471", "hair: 4471": red team 17)
    const badgeless = mode === 'structured' ? withholdStructuredBadge(normalized, input, matcher, language) : undefined;
    if (badgeless !== undefined) {
      if (badgeless.trim() === withheldWord(language)) {
        redactions.push({ path, reason: `${reasonFor(['badge'])} Nothing was left, so the field was removed.` });
        return undefined;
      }
      redactions.push({ path, reason: reasonFor(['badge']) });
    }
    const source = badgeless ?? input;
    // (and in a structured value a person can be written into: "hair: Officer Okafur": red team 17)
    const titled = namesPeople(normalized, mode) && titledNamesWithheld ? redactTitledNames(source, language, suspectNames(), officerWord) : source;
    const direction = mode === 'place' ? nameAsPlace(normalized, titled, matcher, language) : undefined;
    const { text: matched, kinds, kept: keptHere } = direction ?? matcher.redact(titled, mode, language, noRoleAt(normalized, titled));
    for (const k of keptHere) {
      if (!kept.some((x) => x.path === path && x.termKind === k.kind && x.reason === k.reason)) kept.push({ path, termKind: k.kind, reason: k.reason });
      // and as the text module may shorten it ("cruz street" written "cruz st" in a phone text: red team 15)
      for (const w of k.windows) keptWindows.push(w, ...shortForms(w), ...spokenForms(w), ...spanishForms(w));
    }
    // the family: relatives of a missing officer whose name is released, and the home's street address (any event)
    const homed = isProse(mode) || mode === 'place' ? family(matched, mode === 'place') : matched;
    const town = normalized === 'incident.location' && homeIsPlace() ? withoutHouseNumber(homed) : undefined;
    if (town !== undefined) redactions.push({ path, reason: HOME_PLACE_REASON });
    const text = town ?? homed;
    if (text !== matched) {
      redactions.push({ path, reason: FAMILY_REASON });
      if (kinds.length === 0 && titled === input) return text;
    }
    if (titled !== source && kinds.length === 0) {
      redactions.push({ path, reason: TITLED_REASON });
      return text;
    }
    if (kinds.length === 0) return titled === input ? value : text;
    if (text.trim().length === 0) {
      // an agency name the request cannot do without (red team: issuer.name "4471" crashed the text writer)
      if (REQUIRED_NAMES.has(normalized)) {
        throw new BlueAlertError([
          issue('officer_identity_leak', path, "This name is nothing but the withheld officer's identity, and the message cannot go out without it. Give the agency's own name (e.g. \"Colorado Bureau of Investigation\")."),
        ]);
      }
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
  return mapStrings(rest, [], (_path, normalized, value) => (isProse(fieldMode(normalized)) ? filler : value)) as BlueAlertRequest;
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
 * Replaces withheld identity in issue messages by "[redacted]", and a quoted value that names the officer in any
 * reading by "(a value that names the officer)" (messages should never quote it; this is the second line of
 * defence).
 *
 * @example
 * scrubIssueMessages(issues, identityMatcher(request));
 */
export function scrubIssueMessages(issues: readonly BlueAlertIssue[], matcher: IdentityMatcher): BlueAlertIssue[] {
  let probe: IdentityProbe | undefined;
  const compact = (kinds: readonly IdentityTermKind[]): string[] =>
    matcher.terms.filter((t) => kinds.includes(t.kind)).map((t) => t.text.replace(/[^\p{L}\p{N}]+/gu, ''));
  return issues.map((i) => {
    // a quoted value that names the officer in any reading goes whole (red team 11), then every match
    probe ??= { find: (text) => matcher.find(text).length > 0, names: compact(['name', 'name-part', 'extra']), badges: compact(['badge', 'withheld']) };
    const message = matcher.scrub(withoutNamedValues(i.message, probe));
    return message === i.message ? i : { ...i, message };
  });
}

/**
 * The relatives scan's view of a request: the officer's name words and given-name forms, the suspects' name words,
 * and the relatives' name words found in its prose and location fields.
 */
function relativesOf(request: BlueAlertRequest, base: Record<string, unknown>, officerWords: readonly string[], suspects: readonly string[]): { ctx: RelativesContext; known: string[] } {
  const officer = new Set(officerWords.filter((x) => x !== ''));
  for (const g of officerWords) for (const f of givenNameForms(g)) officer.add(foldTerm(f));
  for (const a of request.officer?.aliases ?? []) for (const w of foldTerm(a).split(/\s+/)) officer.add(w);
  const ctx: RelativesContext = { officer, suspects: new Set(suspects.flatMap((n) => n.split(/\s+/)).filter((x) => x.length >= 2)), suspectNames: suspects };
  const texts: string[] = [];
  mapStrings(base, [], (_path, normalized, value) => {
    const mode = fieldMode(normalized);
    if (isProse(mode) || mode === 'place') texts.push(value);
    return value;
  });
  return { ctx, known: relativeNameWords(texts, ctx) };
}
