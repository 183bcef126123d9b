/**
 * CAP 1.2 and IPAWS profile checks (`validateCap`).
 *
 * XML input is read with the hardened `parseCapDocument`, its structure is checked against the CAP 1.2 content
 * models, then the object model is checked: schema value rules, CAP 1.2 semantic rules (digest section 4.2) and,
 * for the `ipaws` profile, the IPAWS profile v1.0 rules, what the OASIS IPAWS profile schema requires, and the
 * EAS/WEA rules Google's validator lacks.
 */
import { parsesAsUrl } from './url.js';
import { isBase64, isLanguageTag, uriEscapeProblem } from './lexical.js';
import {
  CAP_CATEGORIES,
  CAP_CERTAINTIES,
  CAP_MSG_TYPES,
  CAP_RESPONSE_TYPES,
  CAP_SCOPES,
  CAP_SEVERITIES,
  CAP_STATUSES,
  CAP_URGENCIES,
  type CapAlert,
  type CapArea,
  type CapInfo,
} from '../cap/model.js';
import { CapParseError, capBytes, capTreeToAlert, parseCapDocument, type ParseCapOptions } from '../cap/parse.js';
import { CAP_SIZE_OPTIONS, checkSizeOptions } from '../cap/size-options.js';
import { IssueList, type CapIssue, type CapIssueCode } from './issues.js';
import { checkCapStructure } from './structure.js';
import { hasHtmlEntity, hasHtmlTag } from './markup.js';
import { polygonShape, readCircle, readPolygon, xmlTrim } from './polygon.js';
import { capModelShapeProblem } from './model-shape.js';
import { checkIpaws } from './ipaws.js';
import { checkModelCharacters } from './model-chars.js';
import { readDate, type CapDate } from './dates.js';
import { quoteValue as quote } from './quote.js';
import { BlueAlertError, issue } from '../errors.js';

export type { CapIssue, CapIssueCode } from './issues.js';

/**
 * Options of `validateCap`.
 *
 * @example
 * validateCap(xml, { profile: 'ipaws' });
 */
export interface ValidateOptions {
  /** `ipaws` (default, as the CLI): CAP 1.2 schema and semantic rules plus the IPAWS profile v1.0 and EAS/WEA rules. `cap`: CAP 1.2 alone. */
  readonly profile?: 'cap' | 'ipaws';
  /** Passed to the reader for XML input: largest accepted document in bytes (default 1 MiB). */
  readonly maxBytes?: number;
  /** Passed to the reader for XML input: deepest accepted nesting (default 32). */
  readonly maxDepth?: number;
  /** Passed to the reader for XML input: most elements in the document (default 50,000; `TOO_LARGE`). */
  readonly maxElements?: number;
  /** Passed to the reader for XML input: most attributes, namespace declarations included, on one element (default 64). */
  readonly maxAttributes?: number;
  /** Passed to the reader for XML input: most distinct namespace bindings (prefix and URI) in the document (default 64). */
  readonly maxNamespaceDeclarations?: number;
}

// ---- small helpers ---------------------------------------------------------------------------------------

const DATE_EXAMPLE = '"2002-05-24T16:49:00-07:00"';

const TOKEN = /^[^\s,&<]+$/;
// the IANA top-level media types (RFC 2046, 'font' RFC 8081, 'example' RFC 4735, 'haptics' RFC 9695)
const MIME_TOP = new Set(['application', 'audio', 'example', 'font', 'haptics', 'image', 'message', 'model', 'multipart', 'text', 'video']);
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
/** RFC 2045 token (type, subtype, parameter name) and a parameter value (token or quoted string). */
const MIME_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const MIME_QUOTED = /^"(?:[^"\\]|\\.)*"$/;


function enumCheck(out: IssueList, skip: Set<string>, path: string, name: string, value: string, allowed: readonly string[]): void {
  if (skip.has(path) || allowed.includes(value)) return;
  out.error('INVALID_ENUM_VALUE', path, `Invalid enum value <${name}> = ${quote(value)}. Must be one of ${allowed.join(', ')}.`);
}

function dateCheck(out: IssueList, skip: Set<string>, path: string, name: string, value: string | undefined): CapDate | undefined {
  if (value === undefined || skip.has(path)) return undefined;
  const d = readDate(value);
  if (d === undefined) {
    out.error('INVALID_DATE', path, `Invalid <${name}>: ${quote(value)}. Must be formatted like ${DATE_EXAMPLE}: a real date and time with a ±hh:mm offset, no "Z" and no fractional seconds.`);
  }
  return d;
}

// xs:anyURI collapses surrounding whitespace before checking, so the URI is read trimmed; white space inside is
// allowed (the schema escapes it as XLink does, as %20: xmllint accepts "https://example.gov/a b"), so the URL
// parser reads it escaped. A broken %-escape or a second '#' is refused, as the schema refuses it (report 19c C01).
const escapeSpaces = (s: string): string => s.replace(/[ \t\r\n]/g, '%20');
function isAbsoluteUri(raw: string): boolean {
  const s = xmlTrim(raw);
  return SCHEME.test(s) && uriEscapeProblem(s) === undefined && parsesAsUrl(escapeSpaces(s));
}
function isRelativeUri(raw: string): boolean {
  const s = xmlTrim(raw);
  return s !== '' && uriEscapeProblem(s) === undefined && parsesAsUrl(escapeSpaces(s), 'http://relative.invalid/');
}
/** Why a URI is refused when it is a broken %-escape or a second '#', for the message; '' otherwise. */
function uriNote(raw: string): string {
  const problem = uriEscapeProblem(xmlTrim(raw));
  return problem === undefined ? '' : ` It has ${problem}.`;
}

/** RFC 2046 / RFC 2045: `type/subtype` with a registered or `x-` top-level type, then any `; name=value` parameters. */
function isMimeType(raw: string): boolean {
  const parts = raw.split(';');
  const main = xmlTrim(parts[0] ?? '');
  const slash = main.indexOf('/');
  const top = main.slice(0, slash).toLowerCase();
  // RFC 2045 §5.1: an x-token ("x-world") is a valid top-level type, kept for experimental use
  if (slash <= 0 || !(MIME_TOP.has(top) || top.startsWith('x-'))) return false;
  if (!MIME_TOKEN.test(main.slice(0, slash)) || !MIME_TOKEN.test(main.slice(slash + 1))) return false;
  for (const param of parts.slice(1)) {
    const eq = param.indexOf('=');
    if (eq === -1) return false;
    const name = param.slice(0, eq).trim();
    const value = param.slice(eq + 1).trim();
    if (!MIME_TOKEN.test(name) || !(MIME_TOKEN.test(value) || MIME_QUOTED.test(value))) return false;
  }
  return true;
}

// ---- CAP 1.2: values and semantic rules ------------------------------------------------------------------

interface Ctx {
  readonly out: IssueList;
  readonly skip: Set<string>;
  readonly fromXml: boolean;
}

function checkText(ctx: Ctx, path: string, name: string, value: string | undefined): void {
  if (value === undefined) return;
  if (hasHtmlTag(value)) {
    ctx.out.warning('TEXT_CONTAINS_HTML_TAGS', path, `<${name}> contains HTML tags, which is discouraged: CAP text is plain text; write it without markup.`);
  }
  if (hasHtmlEntity(value)) {
    ctx.out.warning('TEXT_CONTAINS_HTML_ENTITIES', path, `<${name}> contains HTML entities, which is discouraged as per section 3.3.3 of the CAP 1.2 specification; write the character itself.`);
  }
}

/** The HTML checks on both strings of each eventCode, parameter or geocode. */
function checkPairs(ctx: Ctx, list: readonly { valueName: string; value: string }[], base: string): void {
  for (let k = 0; k < list.length; k++) {
    const p = list[k] as { valueName: string; value: string };
    // paths are built only for a string that has markup (most have none)
    if (hasHtmlTag(p.valueName) || hasHtmlEntity(p.valueName)) checkText(ctx, `${base}[${k + 1}]/valueName`, 'valueName', p.valueName);
    if (hasHtmlTag(p.value) || hasHtmlEntity(p.value)) checkText(ctx, `${base}[${k + 1}]/value`, 'value', p.value);
  }
}

function checkArea(ctx: Ctx, area: CapArea, path: string): void {
  const { out } = ctx;
  checkText(ctx, `${path}/areaDesc`, 'areaDesc', area.areaDesc);
  checkPairs(ctx, area.geocode, `${path}/geocode`);
  area.polygon.forEach((poly, k) => {
    const pp = `${path}/polygon[${k + 1}]`;
    const points = readPolygon(poly);
    if (typeof points === 'string') {
      out.error('INVALID_POLYGON', pp, `Invalid <polygon> ${quote(poly, 40)}: ${points}. Expect a minimum of four [WGS 84] coordinates like: "12.3,-4.2 12.3,-4.3 12.4,-4.3 12.3,-4.2", where the first and last coordinates are equal.`);
      return;
    }
    const shape = polygonShape(points);
    const note = shape.vertices !== points.length - 1 ? ` (counted after skipping repeated points: ${shape.vertices} distinct vertices)` : '';
    if (shape.kind === 'crossing') {
      out.error('INVALID_POLYGON_SELF_INTERSECTION', pp, `Invalid <polygon>. The polygon edges must not intersect: edge ${shape.edges[0]} crosses edge ${shape.edges[1]}${note}. List the points in order around the boundary.`);
    } else if (shape.kind === 'spike') {
      out.warning('POLYGON_DEGENERATE', pp, `The <polygon> has a zero-width spike at vertex ${shape.vertex}${note}: the boundary doubles back along itself. Remove the vertex; receivers may draw the area differently.`);
    } else if (shape.kind === 'touching') {
      out.warning('POLYGON_DEGENERATE', pp, `The <polygon> boundary touches itself: edges ${shape.edges[0]} and ${shape.edges[1]} meet without crossing${note}. Receivers may draw the area differently; split it into two polygons.`);
    } else if (shape.kind === 'collapsed') {
      out.warning('POLYGON_DEGENERATE', pp, `The <polygon> has only ${shape.vertices} distinct vertices once repeated points are skipped, so it covers no area. Give at least three distinct corners.`);
    }
  });
  area.circle.forEach((circle, k) => {
    if (readCircle(circle) === undefined) {
      out.error('INVALID_CIRCLE', `${path}/circle[${k + 1}]`, `Invalid <circle> ${quote(circle, 40)}. Must be formatted like: "-12.345,67.89 15.2", which is a [WGS 84] coordinate followed by a radius in kilometers.`);
    }
  });
  if (!ctx.fromXml) {
    for (const key of ['altitude', 'ceiling'] as const) {
      const v = area[key];
      if (v !== undefined && !Number.isFinite(v)) out.error('INVALID_VALUE', `${path}/${key}`, `Unsupported value <${key}> = "${String(v)}". Must be a finite number of feet.`);
    }
  }
  if (area.ceiling !== undefined && area.altitude === undefined) {
    out.error('INVALID_AREA', `${path}/ceiling`, 'Invalid <area>; when ceiling is specified altitude must also be specified.');
  } else if (area.ceiling !== undefined && area.altitude !== undefined && Number.isFinite(area.ceiling) && Number.isFinite(area.altitude) && area.ceiling < area.altitude) {
    // CAP 1.2 §3.2.4: ceiling is the maximum altitude; equal values (a single level) are valid
    out.error('INVALID_ALTITUDE_CEILING_RANGE', `${path}/ceiling`, `Invalid <area>; ceiling (${area.ceiling}) must not be below altitude (${area.altitude}).`);
  }
}

function checkInfo(ctx: Ctx, info: CapInfo, path: string, sent: CapDate | undefined): void {
  const { out, skip } = ctx;
  // xs:language collapses surrounding whitespace; an empty element takes the schema's default="en-US"
  if (info.language !== undefined && info.language !== '' && !isLanguageTag(xmlTrim(info.language))) {
    out.error('INVALID_LANGUAGE', `${path}/language`, `Invalid <language> ${quote(info.language)}. Must follow RFC 3066, e.g. "en-US" or "es".`);
  }
  if (!ctx.fromXml && info.category.length === 0) {
    out.error('MISSING_REQUIRED_ELEMENT', path, 'The content of <info> is not complete: at least one <category> is required.');
  }
  info.category.forEach((c, k) => enumCheck(out, skip, `${path}/category[${k + 1}]`, 'category', c, CAP_CATEGORIES));
  info.responseType.forEach((c, k) => enumCheck(out, skip, `${path}/responseType[${k + 1}]`, 'responseType', c, CAP_RESPONSE_TYPES));
  enumCheck(out, skip, `${path}/urgency`, 'urgency', info.urgency, CAP_URGENCIES);
  enumCheck(out, skip, `${path}/severity`, 'severity', info.severity, CAP_SEVERITIES);
  enumCheck(out, skip, `${path}/certainty`, 'certainty', info.certainty, CAP_CERTAINTIES);
  dateCheck(out, skip, `${path}/effective`, 'effective', info.effective);
  dateCheck(out, skip, `${path}/onset`, 'onset', info.onset);
  const expires = dateCheck(out, skip, `${path}/expires`, 'expires', info.expires);
  // CAP 1.2 §3.2.2 orders nothing between <sent> and <expires> and the XSD is silent; no IPAWS source that the
  // team could read makes it an error either, so under both profiles this is a warning (docs/validation.md).
  if (expires !== undefined && sent !== undefined && expires.ms <= sent.ms) {
    out.warning('EXPIRES_NOT_AFTER_SENT', `${path}/expires`, `<expires> ${quote(info.expires ?? '')} is not after <sent>: receivers may treat the alert as already expired. Valid CAP, but check the times.`);
  }
  for (const [name, value] of [
    ['event', info.event], ['audience', info.audience], ['senderName', info.senderName], ['headline', info.headline],
    ['description', info.description], ['instruction', info.instruction], ['contact', info.contact],
  ] as const) {
    checkText(ctx, `${path}/${name}`, name, value);
  }
  checkPairs(ctx, info.eventCode, `${path}/eventCode`);
  checkPairs(ctx, info.parameter, `${path}/parameter`);
  if (info.web !== undefined && xmlTrim(info.web) === '') {
    // xs:anyURI allows the empty string; real IPAWS and NAAD messages carry <web></web>
    out.warning('EMPTY_ELEMENT', `${path}/web`, `<web> is empty${info.web === '' ? '' : ` (only white space: ${quote(info.web)})`}; leave it out when there is no link. Valid CAP, but receivers may show an empty link.`);
  } else if (info.web !== undefined && !isAbsoluteUri(info.web)) {
    out.error('INVALID_WEB', `${path}/web`, `Invalid <web>: ${quote(info.web)}. Must be a full absolute URI, e.g. "https://example.gov/alert".${uriNote(info.web)}`);
  }
  info.resource.forEach((r, k) => {
    const rp = `${path}/resource[${k + 1}]`;
    checkText(ctx, `${rp}/resourceDesc`, 'resourceDesc', r.resourceDesc);
    if (!skip.has(`${rp}/mimeType`) && !isMimeType(r.mimeType)) {
      out.error('INVALID_MIME_TYPE', `${rp}/mimeType`, `Invalid <mimeType> ${quote(r.mimeType)}. Must follow RFC 2046: type/subtype with a type of ${[...MIME_TOP].join(', ')} or an experimental x- type, optionally with parameters, e.g. "image/jpeg" or "text/plain; charset=utf-8".`);
    }
    checkText(ctx, `${rp}/digest`, 'digest', r.digest);
    checkSize(ctx, `${rp}/size`, r.size);
    if (r.uri !== undefined) {
      if (xmlTrim(r.uri) === '') {
        // xs:anyURI allows the empty string; a real IPAWS message (a Puerto Rico monthly test) carries <uri></uri>
        out.warning('EMPTY_ELEMENT', `${rp}/uri`, `<uri> is empty${r.uri === '' ? '' : ` (only white space: ${quote(r.uri)})`}; leave it out when the resource has no link. Valid CAP, but receivers cannot fetch the resource from it.`);
      } else if (isAbsoluteUri(r.uri)) {
        // fine
      } else if (!isRelativeUri(r.uri)) {
        out.error('INVALID_URI', `${rp}/uri`, `Invalid <uri>: ${quote(r.uri)}. Must be a full absolute or relative URI (RFC 3986: "%" only before two hexadecimal digits, at most one "#").${uriNote(r.uri)}`);
      } else if (r.derefUri === undefined) {
        out.error('RELATIVE_URI_MISSING_DEREF_URI', `${rp}/uri`, `Relative <uri> ${quote(r.uri)} must reference the content of <derefUri>; give an absolute URI or add <derefUri>.`);
      }
    }
    if (r.derefUri !== undefined && !isBase64(r.derefUri)) {
      out.error('INVALID_DEREF_URI', `${rp}/derefUri`, 'Invalid <derefUri>. Must be base64-encoded content (A-Z, a-z, 0-9, +, / with = padding).');
    }
  });
  info.area.forEach((a, k) => checkArea(ctx, a, `${path}/area[${k + 1}]`));
}

/**
 * <size>: xs:integer in the schema, so a negative or huge whole number is valid CAP, but CAP 1.2 §3.2.3 says it is
 * a size in bytes: a warning, the same from XML and from the model (report 19c C03). Above 2^53 - 1 a JavaScript
 * number cannot hold it exactly: parseCap rounds it and toCapXml refuses it (report 19c C02). Not a whole number
 * (only a model can hold 1.5 or NaN): an error.
 */
function checkSize(ctx: Ctx, path: string, size: number | undefined): void {
  if (size === undefined || ctx.skip.has(path)) return;
  if (!Number.isInteger(size)) {
    // from XML the structure check has already refused the text
    if (!ctx.fromXml) ctx.out.error('INVALID_VALUE', path, `Unsupported value <size> = "${String(size)}". Must be a whole number of bytes, e.g. 48213.`);
  } else if (size < 0) {
    ctx.out.warning('INVALID_VALUE', path, `<size> is ${size}: a size in bytes cannot be negative (CAP 1.2 §3.2.3). The schema (xs:integer) accepts it, so this is a warning; give the resource's size in bytes or leave <size> out.`);
  } else if (!Number.isSafeInteger(size)) {
    ctx.out.warning('INVALID_VALUE', path, `<size> is about ${size.toLocaleString('en-US')} bytes, larger than 9,007,199,254,740,991 (2^53 - 1): no real resource is that large, and this library cannot hold it exactly (parseCap rounds it; toCapXml refuses to write it). Give the resource's size in bytes or leave <size> out.`);
  }
}

/**
 * CAP 1.2 §3.2.1: <addresses> and <incidents> are space-delimited lists whose entries with white space are enclosed
 * in double quotes; an odd number of quotes leaves one open, so the entries cannot be told apart (report 17 F14).
 */
function checkQuotedList(out: IssueList, name: 'addresses' | 'incidents', value: string | undefined): void {
  if (value === undefined) return;
  let quotes = 0;
  let last = -1;
  for (let i = value.indexOf('"'); i !== -1; i = value.indexOf('"', i + 1)) {
    quotes++;
    last = i;
  }
  if (quotes % 2 === 0) return;
  out.warning('UNBALANCED_QUOTE', `/alert/${name}`, () => `<${name}> has an unclosed double quote (character ${last + 1} of ${quote(value, 60)}): receivers cannot tell where the quoted entry ends. Close it: entries with white space are written in double quotes, e.g. "Joe Smith" joe@example.gov.`);
}

function checkCapRules(ctx: Ctx, alert: CapAlert): CapDate | undefined {
  const { out, skip } = ctx;
  if (!skip.has('/alert/identifier') && !TOKEN.test(alert.identifier)) {
    out.error('INVALID_IDENTIFIER', '/alert/identifier', `Invalid <identifier> ${quote(alert.identifier)}. Must be non-empty and not include spaces, commas, or restricted characters (< and &).`);
  }
  if (!skip.has('/alert/sender') && !TOKEN.test(alert.sender)) {
    out.error('INVALID_SENDER', '/alert/sender', `Invalid <sender> ${quote(alert.sender)}. Must be non-empty and not include spaces, commas, or restricted characters (< and &).`);
  }
  const sent = dateCheck(out, skip, '/alert/sent', 'sent', alert.sent);
  enumCheck(out, skip, '/alert/status', 'status', alert.status, CAP_STATUSES);
  enumCheck(out, skip, '/alert/msgType', 'msgType', alert.msgType, CAP_MSG_TYPES);
  enumCheck(out, skip, '/alert/scope', 'scope', alert.scope, CAP_SCOPES);
  if (alert.restriction !== undefined && alert.restriction.trim() !== '' && alert.scope !== 'Restricted') {
    out.error('RESTRICTION_SCOPE_MISMATCH', '/alert/restriction', '<restriction> should be used only when <scope> is Restricted; remove it or set <scope>Restricted</scope>.');
  }
  if (alert.scope === 'Private' && (alert.addresses === undefined || alert.addresses.trim() === '')) {
    out.error('ADDRESSES_REQUIRED', alert.addresses === undefined ? '/alert' : '/alert/addresses', '<addresses> is required when <scope> is Private: list the intended recipients, space-separated.');
  }
  for (const [name, value] of [['source', alert.source], ['restriction', alert.restriction], ['addresses', alert.addresses], ['note', alert.note], ['incidents', alert.incidents]] as const) {
    checkText(ctx, `/alert/${name}`, name, value);
  }
  checkQuotedList(out, 'addresses', alert.addresses);
  checkQuotedList(out, 'incidents', alert.incidents);
  alert.code.forEach((c, k) => checkText(ctx, `/alert/code[${k + 1}]`, 'code', c));
  for (const ref of alert.references ?? []) {
    const parts = ref.split(',');
    const refSent = parts.length === 3 ? readDate(parts[2] ?? '') : undefined;
    if (parts.length !== 3 || !TOKEN.test(parts[0] ?? '') || !TOKEN.test(parts[1] ?? '') || refSent === undefined) {
      out.error('INVALID_REFERENCES', '/alert/references', () => `Invalid <references> entry ${quote(ref)}. Must be a non-empty, space-separated list of sender,identifier,sent triplets, e.g. "cbi@state.co.us,BLU-1,2026-11-22T14:20:00-07:00".`);
      continue;
    }
    // CAP 1.2 §3.2.1: an identifier is unique per sender, so only the same sender and identifier is this message
    // (google/cap-library compares the identifier alone, which calls another sender's message circular)
    if (parts[0] === alert.sender && parts[1] === alert.identifier) {
      out.error('CIRCULAR_REFERENCE', '/alert/references', () => `Invalid <references>: ${quote(ref)}. Alert cannot reference itself (the same sender and identifier); list only earlier messages.`);
    }
    if (sent !== undefined && refSent.ms > sent.ms) {
      out.warning('POSTDATED_REFERENCE', '/alert/references', () => `Invalid <references>: ${quote(ref)}. Alert should not have post-dated references: a referenced message is sent before this one.`);
    }
  }
  alert.info.forEach((info, i) => checkInfo(ctx, info, `/alert/info[${i + 1}]`, sent));
  if (alert.info.length > 1) checkSameText(out, alert.info);
  return sent;
}

/** The language of an info: an absent or empty <language> is the schema's default, en-US. */
function languageOf(info: CapInfo): string {
  return info.language === undefined || info.language === '' ? 'en-US' : info.language;
}

/** The same text in infos of different languages (the language of its first occurrence is compared). */
function checkSameText(out: IssueList, infos: readonly CapInfo[]): void {
  for (const field of ['headline', 'description', 'instruction', 'event'] as const) {
    // a few infos (the usual two): compare with the earlier ones, no hashing of long texts; many: a map
    const seen = infos.length > 8 ? new Map<string, string>() : undefined;
    infos.forEach((info, i) => {
      const text = info[field];
      if (text === undefined || text.trim() === '') return;
      const lang = languageOf(info);
      let other: string | undefined;
      if (seen === undefined) {
        const j = infos.findIndex((x) => x[field] === text);
        other = j < i && infos[j] !== undefined ? languageOf(infos[j]) : undefined;
      } else other = seen.get(text);
      if (other !== undefined && other !== lang) {
        out.warning('SAME_TEXT_DIFFERENT_LANGUAGE', `/alert/info[${i + 1}]/${field}`, `Text in <${field}> appears in multiple <info> blocks but each specifies a different <language> (${other}, ${lang}). Translate the text for each language.`);
      } else if (other === undefined) seen?.set(text, lang);
    });
  }
}

/**
 * Checks a CAP message (XML text or bytes, or the object model) and lists what is wrong, in a stable order.
 * Each issue has a stable `code`, a `severity` (`error`, `warning`, `recommendation`), an XPath-like `path` and a
 * message that says what is valid. XML that cannot be read (hostile, malformed, not CAP 1.2) gives one error
 * whose code is the `CapParseError` code; `validateCap` never throws for bad input. It throws a `BlueAlertError`
 * only for misused options: a second argument that is not an object (`validateCap(xml, 'cap')`), a `profile`
 * other than `'cap'` or `'ipaws'` (`'IPAWS'`, `'ipaws '`), so the wrong profile never runs silently, or a size
 * option (`maxBytes`, `maxDepth`, `maxElements`, `maxAttributes`, `maxNamespaceDeclarations`, as `parseCap` takes
 * them) that is not a positive whole number. For an object model, a string holding a character XML 1.0 forbids is
 * `INVALID_CHARACTERS` at its path.
 *
 * - `cap`: the CAP 1.2 schema (order, required elements, multiplicity, enumerations, date-times,
 *   identifier/sender characters, references triplets, circle format) and the CAP 1.2 semantic rules.
 * - `ipaws` (the default, as in the CLI): all of `cap` plus IPAWS profile v1.0: `IPAWSv1.0` code, one SAME event code, `expires` and `area` in
 *   every info, EAS-ORG, SAME geocodes, WEA text length and character set, polygon vertices, WEAHandling.
 *
 * @example
 * validateCap(result.xml, { profile: 'ipaws' }).filter((i) => i.severity === 'error'); //=> []
 * validateCap('<alert/>')[0]?.code; //=> 'NOT_CAP'
 */
export function validateCap(xmlOrAlert: string | Uint8Array | CapAlert, options: ValidateOptions | null = {}): CapIssue[] {
  options ??= {};
  checkOptions(options, 'validateCap');
  if ((xmlOrAlert as unknown) instanceof String) {
    // a String object is neither text nor a model (report 19c C09)
    return [{ code: 'NOT_CAP', severity: 'error', path: '/', message: 'Expected CAP XML text, its bytes or an alert model; received a String object (new String(…)). Pass a primitive string: String(value) or value.valueOf().' }];
  }
  const out = new IssueList();
  const skip = new Set<string>();
  let alert: CapAlert;
  // bytes in any binary form (ArrayBuffer, DataView, a typed array), as parseCap reads them (red team 14)
  const bytes = typeof xmlOrAlert === 'string' ? undefined : capBytes(xmlOrAlert);
  const fromXml = typeof xmlOrAlert === 'string' || bytes !== undefined;
  if (fromXml) {
    try {
      const root = parseCapDocument(typeof xmlOrAlert === 'string' ? xmlOrAlert : (bytes as Uint8Array), readerOptions(options));
      checkCapStructure(root, out, skip);
      alert = capTreeToAlert(root);
    } catch (e) {
      if (e instanceof CapParseError) return [{ code: e.code, severity: 'error', path: '/', message: e.message }];
      throw e;
    }
  } else {
    const shape = capModelShapeProblem(xmlOrAlert);
    if (shape !== undefined) return [{ code: 'NOT_CAP', severity: 'error', path: shape[0], message: `Not a CAP alert model: ${shape[1]}.` }];
    alert = xmlOrAlert as CapAlert;
  }
  return checkModel(out, skip, fromXml, alert, options);
}

/** The size options of `options` that are set, for the reader (every one, as `parseCap` takes them: report 17 F03). */
function readerOptions(options: ValidateOptions): ParseCapOptions {
  const picked: Record<string, number> = {};
  for (const name of CAP_SIZE_OPTIONS) {
    const v = options[name];
    if (v !== undefined) picked[name] = v;
  }
  return picked;
}

const PROFILES: readonly string[] = ['cap', 'ipaws'];

/** What a wrong option received, for the message: a short string quoted and escaped, anything else by its type. */
function describe(v: unknown): string {
  if (typeof v === 'string') return v === '' ? 'an empty string' : quote(v, 40);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  return typeof v === 'object' ? 'an object' : typeof v;
}

/**
 * Refuses misused options with a `BlueAlertError` naming the option, what it received and what is valid: a
 * second argument that is not an object (`validateCap(xml, 'cap')`) or an unknown profile (`'IPAWS'`, `'ipaws '`).
 * A mistake here would otherwise run the wrong profile without a word.
 */
function checkOptions(options: unknown, fn: string): asserts options is ValidateOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    const hint = typeof options === 'string' && PROFILES.includes(options) ? ` Write ${fn}(xml, { profile: '${options}' }).` : '';
    throw new BlueAlertError([issue('invalid_type', 'options', `The options must be an object such as { profile: 'ipaws' }; received ${describe(options)}.${hint}`)]);
  }
  const profile = (options as { profile?: unknown }).profile;
  if (profile !== undefined && !(typeof profile === 'string' && PROFILES.includes(profile))) {
    throw new BlueAlertError([issue('invalid_value', 'options.profile', `Unknown profile: must be 'cap' or 'ipaws' (or left out for 'ipaws'), lower case and without spaces; received ${describe(profile)}.`)]);
  }
  // the size options are checked for every input, the object model too, as parseCap checks them
  checkSizeOptions(options);
}

function checkModel(out: IssueList, skip: Set<string>, fromXml: boolean, alert: CapAlert, options: ValidateOptions): CapIssue[] {
  // a missing required element is reported once: drop later findings about the same path
  out.drop = skip;
  if (!fromXml) checkModelCharacters(out, alert);
  const sent = checkCapRules({ out, skip, fromXml }, alert);
  if ((options.profile ?? 'ipaws') === 'ipaws') checkIpaws(out, alert, sent);
  return out.list();
}

/**
 * `validateCap` for an object model only: the same checks, without the XML reader, so a program that only builds
 * messages (`buildBlueAlert`) does not bundle the reader.
 *
 * @example
 * validateCapModel(result.alert, { profile: 'ipaws' }).filter((i) => i.severity === 'error'); //=> []
 */
export function validateCapModel(alert: CapAlert, options: ValidateOptions = {}): CapIssue[] {
  checkOptions(options, 'validateCapModel');
  return checkModel(new IssueList(), new Set<string>(), false, alert, options);
}

/**
 * Every `CapIssueCode`, for tools that list or document them.
 *
 * @example
 * capIssueCodes().includes('EAS_ORG_REQUIRED'); //=> true
 */
export function capIssueCodes(): CapIssueCode[] {
  return [
    'TOO_LARGE', 'DOCTYPE_FORBIDDEN', 'ENTITY_FORBIDDEN', 'TOO_DEEP', 'MALFORMED_XML', 'NOT_CAP', 'CAP_1_1', 'CAP_1_0',
    'MISSING_REQUIRED_ELEMENT', 'INVALID_SEQUENCE', 'DUPLICATE_ELEMENT', 'UNSUPPORTED_ELEMENT', 'UNSUPPORTED_ATTRIBUTE',
    'INVALID_CHARACTERS', 'INVALID_DATE', 'INVALID_ENUM_VALUE', 'INVALID_IDENTIFIER', 'INVALID_SENDER',
    'INVALID_REFERENCES', 'INVALID_CIRCLE', 'INVALID_POLYGON', 'INVALID_VALUE', 'INVALID_LANGUAGE',
    'RESTRICTION_SCOPE_MISMATCH', 'ADDRESSES_REQUIRED', 'CIRCULAR_REFERENCE', 'POSTDATED_REFERENCE',
    'SAME_TEXT_DIFFERENT_LANGUAGE', 'INVALID_AREA', 'INVALID_ALTITUDE_CEILING_RANGE', 'INVALID_POLYGON_SELF_INTERSECTION',
    'INVALID_MIME_TYPE', 'INVALID_URI', 'RELATIVE_URI_MISSING_DEREF_URI', 'INVALID_DEREF_URI', 'INVALID_WEB', 'EMPTY_ELEMENT',
    'TEXT_CONTAINS_HTML_ENTITIES', 'TEXT_CONTAINS_HTML_TAGS', 'EXPIRES_NOT_AFTER_SENT', 'POLYGON_DEGENERATE',
    'UNBALANCED_QUOTE',
    'SENT_INCLUDE_TIMEZONE_OFFSET', 'VERSION_CODE_REQUIRED', 'VERSION_CODE_WHITESPACE', 'UPDATE_OR_CANCEL_MUST_REFERENCE', 'EVENT_CODES_MUST_MATCH',
    'CATEGORIES_MUST_MATCH', 'EXPIRES_IS_REQUIRED', 'EXPIRES_INCLUDE_TIMEZONE_OFFSET', 'SAME_EVENT_CODE_REQUIRED',
    'AREA_IS_REQUIRED', 'INFO_EFFECTIVE_IS_IGNORED', 'INFO_ONSET_IS_IGNORED', 'INFO_DESCRIPTION_RECOMMENDED',
    'INFO_INSTRUCTION_RECOMMENDED', 'AREA_SAME_GEOCODE_RECOMMENDED',
    'INFO_IS_REQUIRED', 'EAS_ORG_REQUIRED', 'INVALID_EAS_ORG', 'INVALID_SAME_GEOCODE', 'TOO_MANY_SAME_GEOCODES',
    'CMAM_TEXT_TOO_LONG', 'CMAM_LONGTEXT_TOO_LONG', 'CMAM_NOT_GSM7', 'POLYGON_TOO_MANY_VERTICES', 'WEA_HANDLING_MISMATCH',
    'INVALID_EAS_MUST_CARRY', 'WEA_DURATION_OVER_24H',
    'NWEM_CIRCLE', 'NWEM_POLYGON_TOO_MANY_VERTICES', 'WEA_TOO_MANY_SHAPES', 'WEA_TOO_MANY_COORDINATES',
    'WEA_COORDINATE_PRECISION', 'CMAM_RESTRICTED_CHARACTERS',
  ];
}
