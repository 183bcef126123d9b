/**
 * CAP 1.2 and IPAWS profile checks (`validateCap`).
 *
 * XML input is read with the hardened `parseCapDocument`, its structure is checked against the CAP 1.2 content
 * models, then the object model is checked: schema value rules, CAP 1.2 semantic rules (digest section 4.2) and,
 * for the `ipaws` profile, the IPAWS profile v1.0 rules, what the OASIS IPAWS profile schema requires, and the
 * EAS/WEA rules Google's validator lacks.
 */
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
import { CapParseError, capTreeToAlert, parseCapDocument } from '../cap/parse.js';
import { gsm7Length, isGsm7 } from '../text/gsm.js';
import { IssueList, type CapIssue, type CapIssueCode } from './issues.js';
import { checkCapStructure } from './structure.js';

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
}

// ---- small helpers ---------------------------------------------------------------------------------------

const DATE_EXAMPLE = '"2002-05-24T16:49:00-07:00"';

interface CapDate {
  readonly ms: number;
  readonly offsetMinutes: number;
}

/** Reads a CAP date-time (`YYYY-MM-DDThh:mm:ss±hh:mm`, no `Z`, no fractions); `undefined` if it is not one. */
function readDate(text: string): CapDate | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)([-+])(\d\d):(\d\d)$/.exec(text.trim());
  if (m === null) return undefined;
  const [y, mo, d, h, mi, s, sign, oh, om] = [m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9]].map((v) => v ?? '');
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  const offH = Number(oh);
  const offM = Number(om);
  if (month < 1 || month > 12 || day < 1 || minute > 59 || second > 59 || offM > 59 || offH > 14) return undefined;
  if (hour > 24 || (hour === 24 && (minute !== 0 || second !== 0))) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  const offsetMinutes = (sign === '-' ? -1 : 1) * (offH * 60 + offM);
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  return { ms, offsetMinutes };
}

const TOKEN = /^[^\s,&<]+$/;
const LANGUAGE = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)`;
const POINT = new RegExp(`^(${NUMBER}),(${NUMBER})$`);
const CIRCLE = new RegExp(`^\\s*(${NUMBER}),(${NUMBER})\\s+(\\+?(?:\\d+(?:\\.\\d*)?|\\.\\d+))\\s*$`);
const MIME_TOP = new Set(['application', 'audio', 'image', 'message', 'model', 'multipart', 'text', 'video']);
const BASE64 = /^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)?$/;
const HTML_TAG = /<([^\s>]+)(.*?)>/s;
const HTML_ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#x[0-9a-fA-F]{1,6});/;
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
const EAS_ORGS = ['EAS', 'CIV', 'WXR', 'PEP'] as const;
const WEA_URGENCY = ['Immediate', 'Expected'];
const WEA_SEVERITY = ['Extreme', 'Severe'];
const WEA_CERTAINTY = ['Observed', 'Likely'];
const MAX_SAME_GEOCODES = 31;
const MAX_WEA_VERTICES = 100;
const MAX_INTERSECTION_CHECK = 1000;

function quote(s: string, max = 60): string {
  const t = s.length > max ? `${s.slice(0, max)}…` : s;
  return `"${t}"`;
}

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

function isAbsoluteUri(s: string): boolean {
  return SCHEME.test(s) && !/\s/.test(s) && URL.canParse(s);
}
function isRelativeUri(s: string): boolean {
  return s !== '' && !/\s/.test(s) && URL.canParse(s, 'http://relative.invalid/');
}

interface Point {
  readonly lat: number;
  readonly lon: number;
}

/** Parses a polygon; returns the points or a reason it is not one. */
function readPolygon(text: string): Point[] | string {
  const tokens = text.trim().split(/\s+/).filter((t) => t !== '');
  const points: Point[] = [];
  for (const t of tokens) {
    const m = POINT.exec(t);
    if (m === null) return `the pair ${quote(t, 30)} is not "lat,lon"`;
    const lat = Number(m[1]);
    const lon = Number(m[2]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return `the pair ${quote(t, 30)} is outside latitude -90..90, longitude -180..180`;
    points.push({ lat, lon });
  }
  if (points.length < 4) return `it has ${points.length} point${points.length === 1 ? '' : 's'}`;
  const a = points[0] as Point;
  const z = points[points.length - 1] as Point;
  if (a.lat !== z.lat || a.lon !== z.lon) return 'the first and last points differ';
  return points;
}

function orient(p: Point, q: Point, r: Point): number {
  const v = (q.lon - p.lon) * (r.lat - p.lat) - (q.lat - p.lat) * (r.lon - p.lon);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}
function onSegment(p: Point, q: Point, r: Point): boolean {
  return Math.min(p.lon, r.lon) <= q.lon && q.lon <= Math.max(p.lon, r.lon) && Math.min(p.lat, r.lat) <= q.lat && q.lat <= Math.max(p.lat, r.lat);
}
function segmentsIntersect(p1: Point, p2: Point, p3: Point, p4: Point): boolean {
  const d1 = orient(p3, p4, p1);
  const d2 = orient(p3, p4, p2);
  const d3 = orient(p1, p2, p3);
  const d4 = orient(p1, p2, p4);
  if (d1 !== d2 && d3 !== d4 && d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0) return true;
  if (d1 === 0 && onSegment(p3, p1, p4)) return true;
  if (d2 === 0 && onSegment(p3, p2, p4)) return true;
  if (d3 === 0 && onSegment(p1, p3, p2)) return true;
  if (d4 === 0 && onSegment(p1, p4, p2)) return true;
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** The first pair of crossing non-adjacent edges (1-based edge numbers), if any. */
function selfIntersection(points: readonly Point[]): [number, number] | undefined {
  const n = points.length - 1; // edges
  // edge bounding boxes: most pairs are ruled out by them before the orientation test
  const box = new Float64Array(n * 4);
  for (let k = 0; k < n; k++) {
    const a = points[k] as Point;
    const b = points[k + 1] as Point;
    box[k * 4] = Math.min(a.lat, b.lat);
    box[k * 4 + 1] = Math.max(a.lat, b.lat);
    box[k * 4 + 2] = Math.min(a.lon, b.lon);
    box[k * 4 + 3] = Math.max(a.lon, b.lon);
  }
  for (let i = 0; i < n; i++) {
    const [la0, la1, lo0, lo1] = [box[i * 4] as number, box[i * 4 + 1] as number, box[i * 4 + 2] as number, box[i * 4 + 3] as number];
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // first and last edges share the closing point
      if ((box[j * 4] as number) > la1 || (box[j * 4 + 1] as number) < la0 || (box[j * 4 + 2] as number) > lo1 || (box[j * 4 + 3] as number) < lo0) continue;
      if (segmentsIntersect(points[i] as Point, points[i + 1] as Point, points[j] as Point, points[j + 1] as Point)) return [i + 1, j + 1];
    }
  }
  return undefined;
}

// ---- CAP 1.2: values and semantic rules ------------------------------------------------------------------

interface Ctx {
  readonly out: IssueList;
  readonly skip: Set<string>;
  readonly fromXml: boolean;
}

function checkText(ctx: Ctx, path: string, name: string, value: string | undefined): void {
  if (value === undefined) return;
  if (HTML_TAG.test(value)) {
    ctx.out.warning('TEXT_CONTAINS_HTML_TAGS', path, `<${name}> contains HTML tags, which is discouraged: CAP text is plain text; write it without markup.`);
  }
  if (HTML_ENTITY.test(value)) {
    ctx.out.warning('TEXT_CONTAINS_HTML_ENTITIES', path, `<${name}> contains HTML entities, which is discouraged as per section 3.3.3 of the CAP 1.2 specification; write the character itself.`);
  }
}

function checkArea(ctx: Ctx, area: CapArea, path: string): void {
  const { out } = ctx;
  checkText(ctx, `${path}/areaDesc`, 'areaDesc', area.areaDesc);
  area.polygon.forEach((poly, k) => {
    const pp = `${path}/polygon[${k + 1}]`;
    const points = readPolygon(poly);
    if (typeof points === 'string') {
      out.error('INVALID_POLYGON', pp, `Invalid <polygon> ${quote(poly, 40)}: ${points}. Expect a minimum of four [WGS 84] coordinates like: "12.3,-4.2 12.3,-4.3 12.4,-4.3 12.3,-4.2", where the first and last coordinates are equal.`);
      return;
    }
    if (points.length <= MAX_INTERSECTION_CHECK) {
      const hit = selfIntersection(points);
      if (hit !== undefined) {
        out.error('INVALID_POLYGON_SELF_INTERSECTION', pp, `Invalid <polygon>. The polygon edges must not intersect: edge ${hit[0]} crosses edge ${hit[1]}. List the points in order around the boundary.`);
      }
    }
  });
  area.circle.forEach((circle, k) => {
    const m = CIRCLE.exec(circle);
    const ok = m !== null && Math.abs(Number(m[1])) <= 90 && Math.abs(Number(m[2])) <= 180;
    if (!ok) {
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
  } else if (area.ceiling !== undefined && area.altitude !== undefined && Number.isFinite(area.ceiling) && Number.isFinite(area.altitude) && area.ceiling <= area.altitude) {
    out.error('INVALID_ALTITUDE_CEILING_RANGE', `${path}/ceiling`, `Invalid <area>; ceiling (${area.ceiling}) must be greater than altitude (${area.altitude}).`);
  }
}

function checkInfo(ctx: Ctx, info: CapInfo, path: string, sent: CapDate | undefined): void {
  const { out, skip } = ctx;
  if (info.language !== undefined && !LANGUAGE.test(info.language)) {
    out.error('INVALID_LANGUAGE', `${path}/language`, `Invalid <language> ${quote(info.language)}. Must follow RFC 3066, e.g. "en-US" or "es".`);
  }
  if (!ctx.fromXml && info.category.length === 0) {
    out.error('MISSING_REQUIRED_ELEMENT', `${path}/category[1]`, 'The content of <info> is not complete: at least one <category> is required.');
  }
  info.category.forEach((c, k) => enumCheck(out, skip, `${path}/category[${k + 1}]`, 'category', c, CAP_CATEGORIES));
  info.responseType.forEach((c, k) => enumCheck(out, skip, `${path}/responseType[${k + 1}]`, 'responseType', c, CAP_RESPONSE_TYPES));
  enumCheck(out, skip, `${path}/urgency`, 'urgency', info.urgency, CAP_URGENCIES);
  enumCheck(out, skip, `${path}/severity`, 'severity', info.severity, CAP_SEVERITIES);
  enumCheck(out, skip, `${path}/certainty`, 'certainty', info.certainty, CAP_CERTAINTIES);
  dateCheck(out, skip, `${path}/effective`, 'effective', info.effective);
  dateCheck(out, skip, `${path}/onset`, 'onset', info.onset);
  const expires = dateCheck(out, skip, `${path}/expires`, 'expires', info.expires);
  if (expires !== undefined && sent !== undefined && expires.ms <= sent.ms) {
    out.error('EXPIRES_NOT_AFTER_SENT', `${path}/expires`, `<expires> ${quote(info.expires ?? '')} is not after <sent>. An alert must expire after it is sent.`);
  }
  for (const [name, value] of [
    ['event', info.event], ['audience', info.audience], ['senderName', info.senderName], ['headline', info.headline],
    ['description', info.description], ['instruction', info.instruction], ['contact', info.contact],
  ] as const) {
    checkText(ctx, `${path}/${name}`, name, value);
  }
  if (info.web !== undefined && !isAbsoluteUri(info.web)) {
    out.error('INVALID_WEB', `${path}/web`, `Invalid <web>: ${quote(info.web)}. Must be a full absolute URI, e.g. "https://example.gov/alert".`);
  }
  info.resource.forEach((r, k) => {
    const rp = `${path}/resource[${k + 1}]`;
    checkText(ctx, `${rp}/resourceDesc`, 'resourceDesc', r.resourceDesc);
    if (!skip.has(`${rp}/mimeType`)) {
      const slash = r.mimeType.indexOf('/');
      const top = slash === -1 ? '' : r.mimeType.slice(0, slash).toLowerCase();
      if (slash <= 0 || slash === r.mimeType.length - 1 || !MIME_TOP.has(top) || /\s/.test(r.mimeType)) {
        out.error('INVALID_MIME_TYPE', `${rp}/mimeType`, `Invalid <mimeType> ${quote(r.mimeType)}. Must follow RFC 2046: type/subtype with a type of ${[...MIME_TOP].join(', ')}, e.g. "image/jpeg".`);
      }
    }
    if (!ctx.fromXml && r.size !== undefined && !(Number.isInteger(r.size) && r.size >= 0)) {
      out.error('INVALID_VALUE', `${rp}/size`, `Unsupported value <size> = "${String(r.size)}". Must be a whole number of bytes.`);
    }
    if (r.uri !== undefined) {
      if (isAbsoluteUri(r.uri)) {
        // fine
      } else if (!isRelativeUri(r.uri)) {
        out.error('INVALID_URI', `${rp}/uri`, `Invalid <uri>: ${quote(r.uri)}. Must be a full absolute or relative URI, without spaces.`);
      } else if (r.derefUri === undefined) {
        out.error('RELATIVE_URI_MISSING_DEREF_URI', `${rp}/uri`, `Relative <uri> ${quote(r.uri)} must reference the content of <derefUri>; give an absolute URI or add <derefUri>.`);
      }
    }
    if (r.derefUri !== undefined && !BASE64.test(r.derefUri.replace(/\s+/g, ''))) {
      out.error('INVALID_DEREF_URI', `${rp}/derefUri`, 'Invalid <derefUri>. Must be base64-encoded content (A-Z, a-z, 0-9, +, / with = padding).');
    }
  });
  info.area.forEach((a, k) => checkArea(ctx, a, `${path}/area[${k + 1}]`));
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
    out.error('ADDRESSES_REQUIRED', '/alert/addresses', '<addresses> is required when <scope> is Private: list the intended recipients, space-separated.');
  }
  for (const [name, value] of [['source', alert.source], ['restriction', alert.restriction], ['note', alert.note]] as const) {
    checkText(ctx, `/alert/${name}`, name, value);
  }
  for (const ref of alert.references ?? []) {
    const parts = ref.split(',');
    const refSent = parts.length === 3 ? readDate(parts[2] ?? '') : undefined;
    if (parts.length !== 3 || !TOKEN.test(parts[0] ?? '') || !TOKEN.test(parts[1] ?? '') || refSent === undefined) {
      out.error('INVALID_REFERENCES', '/alert/references', `Invalid <references> entry ${quote(ref)}. Must be a non-empty, space-separated list of sender,identifier,sent triplets, e.g. "cbi@state.co.us,BLU-1,2026-11-22T14:20:00-07:00".`);
      continue;
    }
    if (parts[1] === alert.identifier) {
      out.error('CIRCULAR_REFERENCE', '/alert/references', `Invalid <references>: ${quote(ref)}. Alert cannot reference itself; list only earlier messages.`);
    }
    if (sent !== undefined && refSent.ms > sent.ms) {
      out.warning('POSTDATED_REFERENCE', '/alert/references', `Invalid <references>: ${quote(ref)}. Alert should not have post-dated references: a referenced message is sent before this one.`);
    }
  }
  alert.info.forEach((info, i) => checkInfo(ctx, info, `/alert/info[${i + 1}]`, sent));
  // the same text in infos of different languages
  const fields = ['headline', 'description', 'instruction', 'event'] as const;
  for (const field of fields) {
    const seen = new Map<string, string>();
    alert.info.forEach((info, i) => {
      const text = info[field];
      if (text === undefined || text.trim() === '') return;
      const lang = info.language ?? 'en-US';
      const other = seen.get(text);
      if (other !== undefined && other !== lang) {
        out.warning('SAME_TEXT_DIFFERENT_LANGUAGE', `/alert/info[${i + 1}]/${field}`, `Text in <${field}> appears in multiple <info> blocks but each specifies a different <language> (${other}, ${lang}). Translate the text for each language.`);
      } else if (other === undefined) seen.set(text, lang);
    });
  }
  return sent;
}

// ---- IPAWS profile v1.0 ------------------------------------------------------------------------------------

function pairSet(list: readonly { valueName: string; value: string }[]): string {
  return [...new Set(list.map((p) => `${p.valueName}\u0000${p.value}`))].sort().join('\u0001');
}

function checkIpawsInfo(out: IssueList, info: CapInfo, path: string, first: CapInfo | undefined, isFirst: boolean, sent: CapDate | undefined): void {
  if (!isFirst && first !== undefined) {
    if (pairSet(info.eventCode) !== pairSet(first.eventCode)) {
      out.error('EVENT_CODES_MUST_MATCH', `${path}/eventCode[1]`, 'All <info> blocks must contain the same <eventCode>s as the first <info>.');
    }
    if ([...new Set(info.category)].sort().join() !== [...new Set(first.category)].sort().join()) {
      out.error('CATEGORIES_MUST_MATCH', `${path}/category[1]`, 'All <info> blocks must contain the same <category>s as the first <info>.');
    }
  }
  const sameCodes = info.eventCode.filter((e) => e.valueName === 'SAME');
  if (sameCodes.length !== 1 || !/^[A-Z]{3}$/.test(sameCodes[0]?.value ?? '')) {
    out.error('SAME_EVENT_CODE_REQUIRED', `${path}/eventCode[1]`, `Messages intended for EAS, CMAS and HazCollect dissemination MUST include one and only one instance of <eventCode> with a <valueName> of "SAME" and using a SAME-standard three-letter value, e.g. "BLU"; found ${sameCodes.length === 1 ? quote(sameCodes[0]?.value ?? '') : `${sameCodes.length}`}.`);
  }
  if (info.expires === undefined || info.expires.trim() === '') {
    out.error('EXPIRES_IS_REQUIRED', `${path}/expires`, '<expires> is required, with the local timezone offset, e.g. "2026-11-22T20:20:00-07:00".');
  } else {
    const d = readDate(info.expires);
    if (d !== undefined && d.offsetMinutes === 0) {
      out.error('EXPIRES_INCLUDE_TIMEZONE_OFFSET', `${path}/expires`, '<expires> should include the timezone offset. An offset of 0 is unlikely for US alerts; write the local offset, e.g. "-07:00".');
    }
  }
  if (info.area.length === 0) out.error('AREA_IS_REQUIRED', `${path}/area[1]`, 'At least one <area> must be present.');
  if (info.effective !== undefined) out.recommend('INFO_EFFECTIVE_IS_IGNORED', `${path}/effective`, '<effective> is ignored if present. Alerts SHALL be effective upon issuance.');
  if (info.onset !== undefined) out.recommend('INFO_ONSET_IS_IGNORED', `${path}/onset`, '<onset> is ignored if present. Alerts SHALL be effective upon issuance.');
  if (info.description === undefined || info.description.trim() === '') {
    out.recommend('INFO_DESCRIPTION_RECOMMENDED', `${path}/description`, 'Messages should have meaningful values for the <description>.');
  }
  if (info.instruction === undefined || info.instruction.trim() === '') {
    out.recommend('INFO_INSTRUCTION_RECOMMENDED', `${path}/instruction`, 'Messages should have meaningful values for the <instruction>.');
  }
  // parameters: EAS-ORG, WEA text, WEA handling
  let easOrgs = 0;
  let weaHandling: string | undefined;
  info.parameter.forEach((p, k) => {
    const pp = `${path}/parameter[${k + 1}]/value`;
    if (p.valueName === 'EAS-ORG') {
      easOrgs++;
      if (!(EAS_ORGS as readonly string[]).includes(p.value)) {
        out.error('INVALID_EAS_ORG', pp, `Invalid EAS-ORG ${quote(p.value)}. Must be one of ${EAS_ORGS.join(', ')} (CIV for civil authorities such as law enforcement).`);
      }
    } else if (p.valueName === 'CMAMtext' || p.valueName === 'CMAMlongtext') {
      const limit = p.valueName === 'CMAMtext' ? 90 : 360;
      const length = gsm7Length(p.value);
      if (length > limit) {
        out.error(
          p.valueName === 'CMAMtext' ? 'CMAM_TEXT_TOO_LONG' : 'CMAM_LONGTEXT_TOO_LONG',
          pp,
          `${p.valueName} is ${length} characters; WEA allows at most ${limit} (GSM extension characters ^{}\\[~]|€ count 2). Shorten the text.`,
        );
      }
      if (!isGsm7(p.value)) {
        const bad = [...p.value].filter((ch) => !isGsm7(ch));
        out.error('CMAM_NOT_GSM7', pp, `${p.valueName} contains characters outside the GSM 7-bit set (${[...new Set(bad)].slice(0, 5).map((c) => `"${c}"`).join(', ')}). Use only GSM 03.38 characters: straight quotes, "-" for dashes, no emoji; "é ñ ü ¿ ¡" are allowed, "á í ó ú" are not.`);
      }
    } else if (p.valueName === 'WEAHandling') weaHandling = p.value;
    else if (p.valueName === 'EAS-Must-Carry' && p.value.trim().toUpperCase() !== 'TRUE') {
      out.error('INVALID_EAS_MUST_CARRY', pp, `Invalid EAS-Must-Carry ${quote(p.value)}. The only value is "TRUE", for gubernatorial must-carry alerts; otherwise leave the parameter out.`);
    }
  });
  // WEA: IPAWS practice keeps a WEA alert to at most 24 hours (extend it with an Update)
  const forWea = info.parameter.some((p) => p.valueName === 'CMAMtext' || p.valueName === 'CMAMlongtext' || p.valueName === 'WEAHandling');
  const blocksWea = info.parameter.some((p) => p.valueName === 'BLOCKCHANNEL' && p.value.toUpperCase() === 'CMAS');
  const until = info.expires === undefined ? undefined : readDate(info.expires);
  if (forWea && !blocksWea && sent !== undefined && until !== undefined && until.ms - sent.ms > 24 * 3_600_000) {
    const hours = Math.round(((until.ms - sent.ms) / 3_600_000) * 10) / 10;
    out.warning('WEA_DURATION_OVER_24H', `${path}/expires`, `The alert lasts ${hours} h; IPAWS practice keeps WEA alerts to at most 24 hours. Shorten it, or block CMAS and extend with an Update.`);
  }
  if (easOrgs === 0) {
    out.error('EAS_ORG_REQUIRED', `${path}/parameter`, 'Messages intended for EAS and/or HazCollect dissemination MUST include a <parameter> with a <valueName> of "EAS-ORG" and the originator\'s SAME organization code (EAS, CIV, WXR or PEP).');
  }
  if (weaHandling === 'Imminent Threat') {
    const bad: string[] = [];
    if (!WEA_URGENCY.includes(info.urgency)) bad.push(`urgency ${info.urgency} (needs ${WEA_URGENCY.join(' or ')})`);
    if (!WEA_SEVERITY.includes(info.severity)) bad.push(`severity ${info.severity} (needs ${WEA_SEVERITY.join(' or ')})`);
    if (!WEA_CERTAINTY.includes(info.certainty)) bad.push(`certainty ${info.certainty} (needs ${WEA_CERTAINTY.join(' or ')})`);
    if (bad.length > 0) {
      out.error('WEA_HANDLING_MISMATCH', `${path}/parameter`, `WEAHandling "Imminent Threat" needs an Imminent Threat urgency, severity and certainty; found ${bad.join(', ')}.`);
    }
  }
  // areas: SAME geocodes and polygon size
  let sameCount = 0;
  info.area.forEach((area, a) => {
    const ap = `${path}/area[${a + 1}]`;
    let validSame = 0;
    area.geocode.forEach((g, k) => {
      if (g.valueName !== 'SAME') return;
      sameCount++;
      if (/^\d{6}$/.test(g.value)) validSame++;
      else out.error('INVALID_SAME_GEOCODE', `${ap}/geocode[${k + 1}]/value`, `Invalid SAME geocode ${quote(g.value)}. Must be 6 digits PSSCCC: county subdivision, state FIPS, county FIPS, e.g. "008031" (000000 = all of the US).`);
    });
    if (validSame === 0) {
      out.recommend('AREA_SAME_GEOCODE_RECOMMENDED', `${ap}/geocode`, 'At least one instance of <geocode> with a <valueName> of "SAME" and a value of a SAME 6-digit location (extended FIPS) SHOULD be used.');
    }
    area.polygon.forEach((poly, k) => {
      const points = readPolygon(poly);
      if (typeof points !== 'string' && points.length > MAX_WEA_VERTICES) {
        out.error('POLYGON_TOO_MANY_VERTICES', `${ap}/polygon[${k + 1}]`, `The polygon has ${points.length} points; IPAWS (WEA) accepts at most ${MAX_WEA_VERTICES}. Simplify the polygon.`);
      }
    });
  });
  if (sameCount > MAX_SAME_GEOCODES) {
    // The 31-code limit is EAS's (47 CFR 11.31); a message that blocks the EAS channel only warns.
    const easBlocked = info.parameter.some((p) => p.valueName === 'BLOCKCHANNEL' && p.value.toUpperCase() === 'EAS');
    const message = `The <info> lists ${sameCount} SAME geocodes; an EAS message carries at most ${MAX_SAME_GEOCODES} location codes. Use fewer, or a whole-state code (0SS000).`;
    if (easBlocked) out.warning('TOO_MANY_SAME_GEOCODES', `${path}/area[1]`, `${message} (EAS is blocked for this message, so only the EAS header would be affected.)`);
    else out.error('TOO_MANY_SAME_GEOCODES', `${path}/area[1]`, message);
  }
}

function checkIpaws(out: IssueList, alert: CapAlert, sent: CapDate | undefined): void {
  if (sent !== undefined && sent.offsetMinutes === 0) {
    out.error('SENT_INCLUDE_TIMEZONE_OFFSET', '/alert/sent', '<sent> should include the timezone offset. An offset of 0 is unlikely for US alerts; write the local offset, e.g. "-07:00".');
  }
  if (!alert.code.includes('IPAWSv1.0')) {
    out.error('VERSION_CODE_REQUIRED', `/alert/code[${alert.code.length + 1}]`, '<code>IPAWSv1.0</code> required: it names the IPAWS profile version in use.');
  }
  if ((alert.msgType === 'Update' || alert.msgType === 'Cancel') && (alert.references ?? []).length === 0) {
    out.error('UPDATE_OR_CANCEL_MUST_REFERENCE', '/alert/references', 'All related messages that have not yet expired MUST be referenced for "Update" and "Cancel" messages (sender,identifier,sent triplets).');
  }
  if (alert.info.length === 0) {
    out.error('INFO_IS_REQUIRED', '/alert/info[1]', 'The IPAWS profile requires at least one <info> block, also for Cancel messages (same category, eventCode and area as the alert cancelled).');
  }
  const first = alert.info[0];
  alert.info.forEach((info, i) => checkIpawsInfo(out, info, `/alert/info[${i + 1}]`, first, i === 0, sent));
}

/**
 * Checks a CAP message (XML text or bytes, or the object model) and lists what is wrong, in a stable order.
 * Each issue has a stable `code`, a `severity` (`error`, `warning`, `recommendation`), an XPath-like `path` and a
 * message that says what is valid. XML that cannot be read (hostile, malformed, not CAP 1.2) gives one error
 * whose code is the `CapParseError` code; `validateCap` never throws for bad input.
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
export function validateCap(xmlOrAlert: string | Uint8Array | CapAlert, options: ValidateOptions = {}): CapIssue[] {
  const out = new IssueList();
  const skip = new Set<string>();
  let alert: CapAlert;
  const fromXml = typeof xmlOrAlert === 'string' || xmlOrAlert instanceof Uint8Array;
  if (fromXml) {
    try {
      const root = parseCapDocument(xmlOrAlert, {
        ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
        ...(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }),
      });
      checkCapStructure(root, out, skip);
      alert = capTreeToAlert(root);
    } catch (e) {
      if (e instanceof CapParseError) return [{ code: e.code, severity: 'error', path: '/', message: e.message }];
      throw e;
    }
  } else {
    alert = xmlOrAlert;
  }
  const structural = out.items.length;
  const sent = checkCapRules({ out, skip, fromXml }, alert);
  if ((options.profile ?? 'ipaws') === 'ipaws') checkIpaws(out, alert, sent);
  // a missing required element is reported once: drop later findings about the same path
  return out.items.filter((item, k) => k < structural || !skip.has(item.path));
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
    'INVALID_MIME_TYPE', 'INVALID_URI', 'RELATIVE_URI_MISSING_DEREF_URI', 'INVALID_DEREF_URI', 'INVALID_WEB',
    'TEXT_CONTAINS_HTML_ENTITIES', 'TEXT_CONTAINS_HTML_TAGS', 'EXPIRES_NOT_AFTER_SENT',
    'SENT_INCLUDE_TIMEZONE_OFFSET', 'VERSION_CODE_REQUIRED', 'UPDATE_OR_CANCEL_MUST_REFERENCE', 'EVENT_CODES_MUST_MATCH',
    'CATEGORIES_MUST_MATCH', 'EXPIRES_IS_REQUIRED', 'EXPIRES_INCLUDE_TIMEZONE_OFFSET', 'SAME_EVENT_CODE_REQUIRED',
    'AREA_IS_REQUIRED', 'INFO_EFFECTIVE_IS_IGNORED', 'INFO_ONSET_IS_IGNORED', 'INFO_DESCRIPTION_RECOMMENDED',
    'INFO_INSTRUCTION_RECOMMENDED', 'AREA_SAME_GEOCODE_RECOMMENDED',
    'INFO_IS_REQUIRED', 'EAS_ORG_REQUIRED', 'INVALID_EAS_ORG', 'INVALID_SAME_GEOCODE', 'TOO_MANY_SAME_GEOCODES',
    'CMAM_TEXT_TOO_LONG', 'CMAM_LONGTEXT_TOO_LONG', 'CMAM_NOT_GSM7', 'POLYGON_TOO_MANY_VERTICES', 'WEA_HANDLING_MISMATCH',
    'INVALID_EAS_MUST_CARRY', 'WEA_DURATION_OVER_24H',
  ];
}
