/**
 * The preview as data: what phones, TV and radio will show, where the alert goes, the checks before sending, the
 * redactions (fields only) and the issues, from a build result, a failed build or a CAP message. `renderPreviewHtml`
 * draws it; `blue-alert preview --json` prints it.
 */
import { safeBuildBlueAlert, type BlueAlertMessage, type BuildOptions } from '../build.js';
import type { BlueAlertIssue } from '../errors.js';
import type { CapAlert, CapInfo } from '../cap/model.js';
import { safeParseCap } from '../cap/parse.js';
import { decodeCapBytes } from '../cap/decode.js';
import { validateCap } from '../validate/validate.js';
import { sameHeader } from '../lifecycle/same-header.js';
import { gsm7Length } from '../text/gsm.js';
import { EAS_MAX_CHARS } from '../text/eas.js';

/**
 * A text with its length as the channel counts it and the channel's limit.
 *
 * @example
 * const t: CountedText = { text: 'BLUE ALERT ...', count: 14, limit: 90 };
 */
export interface CountedText {
  readonly text: string;
  /** GSM 7-bit septets for WEA, characters for EAS. */
  readonly count: number;
  readonly limit: number;
}

/**
 * One issue, in words, with the JSON path (request) or XML path (CAP message) it names.
 *
 * @example
 * const i: PreviewIssue = { severity: 'error', code: 'invalid_request', path: 'area.circles[0].lat', message: 'Latitude must be between -90 and 90.' };
 */
export interface PreviewIssue {
  readonly severity: 'error' | 'warning' | 'recommendation';
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

/**
 * Everything the preview shows. JSON-safe.
 *
 * @example
 * const data: PreviewData = previewOfMessage(buildBlueAlert(request, { now }), { request });
 * data.phones[0]?.wea90?.count; //=> e.g. 88
 */
export interface PreviewData {
  /** `message`: a built alert; `invalid`: a request that did not build; `cap`: a CAP message checked. */
  readonly source: 'message' | 'invalid' | 'cap';
  /** True when nothing stops sending (no error). */
  readonly ready: boolean;
  readonly summary: {
    readonly identifier?: string;
    readonly status?: string;
    readonly msgType?: string;
    readonly scope?: string;
    readonly sender?: string;
    readonly sent?: string;
    readonly expires?: string;
    readonly headline?: string;
  };
  /** Per language: the 90- and 360-character WEA texts. */
  readonly phones: readonly { readonly language: string; readonly wea90?: CountedText; readonly wea360?: CountedText }[];
  readonly broadcast: { readonly eas: readonly ({ readonly language: string } & CountedText)[]; readonly sameHeader?: string };
  readonly area: {
    readonly description: string;
    readonly same: readonly string[];
    readonly polygons: readonly string[];
    readonly circles: readonly string[];
    readonly lastSeen: readonly { readonly lat: number; readonly lon: number }[];
    readonly reach?: { readonly lat: number; readonly lon: number };
  };
  readonly checklist?: {
    readonly plan: string;
    readonly qualifies: boolean;
    readonly criteria: readonly { readonly status: string; readonly text: string }[];
  };
  /** The fields redacted and why; never their values. */
  readonly redactions: readonly { readonly path: string; readonly reason: string }[];
  readonly issues: readonly PreviewIssue[];
  /** The CAP XML that will be sent (or that was checked). */
  readonly xml?: string;
}

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const obj = (v: unknown): Record<string, unknown> | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/** The last-seen points and the reach point of a request: numbers only, no text of the request is read. */
function requestPoints(request: unknown): Pick<PreviewData['area'], 'lastSeen' | 'reach'> {
  const r = obj(request);
  const suspects = Array.isArray(r?.['suspects']) ? (r['suspects'] as unknown[]) : [];
  const lastSeen = suspects.flatMap((s) => {
    const ls = obj(obj(s)?.['lastSeen']);
    const lat = ls?.['lat'];
    const lon = ls?.['lon'];
    return num(lat) && num(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [{ lat, lon }] : [];
  });
  const reach = obj(obj(r?.['area'])?.['reach']);
  const lat = reach?.['lat'];
  const lon = reach?.['lon'];
  return { lastSeen, ...(num(lat) && num(lon) ? { reach: { lat, lon } } : {}) };
}

function wea(text: string, limit: number): CountedText {
  return { text, count: gsm7Length(text), limit };
}

/**
 * The preview of a built message. Pass the request to show its last-seen points and reach point (only their
 * coordinates are read).
 *
 * @example
 * previewOfMessage(buildBlueAlert(request, { now: '2026-11-22T14:20:00-07:00' }), { request }).ready; //=> true
 */
export function previewOfMessage(m: BlueAlertMessage, options: { readonly request?: unknown } = {}): PreviewData {
  const info = m.alert.info[0];
  const languages = [{ language: info?.language ?? 'en-US', t: m.text }, ...(m.text.es === undefined ? [] : [{ language: 'es-US', t: m.text.es }])];
  const publicChannels = m.alert.scope === 'Public';
  return {
    source: 'message',
    ready: true,
    summary: {
      identifier: m.identifier,
      status: m.alert.status,
      msgType: m.alert.msgType,
      scope: m.alert.scope,
      sender: info?.senderName ?? m.alert.sender,
      sent: m.sent,
      expires: m.expires,
      headline: m.text.headline,
    },
    phones: publicChannels ? languages.map(({ language, t }) => ({ language, wea90: wea(t.wea90, 90), wea360: wea(t.wea360, 360) })) : [],
    broadcast: {
      eas: publicChannels ? languages.map(({ language, t }) => ({ language, text: t.eas, count: t.eas.length, limit: EAS_MAX_CHARS })) : [],
      sameHeader: m.sameHeader,
    },
    area: { description: m.area.areaDesc, same: m.area.same, polygons: m.area.polygons, circles: m.area.circles, ...requestPoints(options.request) },
    checklist: {
      plan: m.activation.plan,
      qualifies: m.activation.qualifies,
      criteria: m.activation.criteria.map((c) => ({ status: c.status, text: c.text })),
    },
    redactions: m.redactions.map((r) => ({ path: r.path, reason: r.reason })),
    issues: m.warnings.map((w) => ({ severity: 'warning' as const, code: w.code, path: w.path, message: w.message })),
    xml: m.xml,
  };
}

const ring = (v: unknown): string | undefined => {
  if (!Array.isArray(v)) return undefined;
  const pairs = v.flatMap((p: unknown) => (Array.isArray(p) && num(p[0]) && num(p[1]) ? [`${p[1]},${p[0]}`] : []));
  return pairs.length >= 4 && pairs.length === v.length ? pairs.join(' ') : undefined;
};

/**
 * The shapes and codes a request asks for, in CAP notation, read without building: so a request that fails (too
 * many codes, a polygon far away, swapped coordinates) still shows where it would go. Numbers and 6-digit codes
 * only; the map leaves out anything out of range.
 */
function requestArea(request: unknown): Pick<PreviewData['area'], 'same' | 'polygons' | 'circles'> {
  const area = obj(obj(request)?.['area']);
  const same = (Array.isArray(area?.['same']) ? (area['same'] as unknown[]) : []).filter((c): c is string => typeof c === 'string' && /^\d{6}$/.test(c));
  const circles = (Array.isArray(area?.['circles']) ? (area['circles'] as unknown[]) : []).flatMap((c) => {
    const o = obj(c);
    return num(o?.['lat']) && num(o['lon']) && num(o['radiusKm']) ? [`${o['lat']},${o['lon']} ${o['radiusKm']}`] : [];
  });
  const reach = obj(area?.['reach']);
  if (num(reach?.['lat']) && num(reach['lon'])) {
    const r = reach as { lat: number; lon: number; radiusKm?: unknown; hours?: unknown; speedKmh?: unknown };
    const km = num(r.radiusKm) ? r.radiusKm : num(r.hours) && num(r.speedKmh) ? r.hours * r.speedKmh : undefined;
    if (km !== undefined) circles.push(`${r.lat},${r.lon} ${km}`);
  }
  const geometry = obj(area?.['geometry']);
  const coords = geometry?.['coordinates'];
  const polys = geometry?.['type'] === 'Polygon' ? [coords] : geometry?.['type'] === 'MultiPolygon' && Array.isArray(coords) ? coords : [];
  const polygons = polys.flatMap((p: unknown) => {
    const outer = Array.isArray(p) ? ring(p[0]) : undefined;
    return outer === undefined ? [] : [outer];
  });
  return { same, polygons, circles };
}

/**
 * The preview of a request that did not build: its errors and warnings, and where it asked the alert to go (its
 * shapes, SAME codes, last-seen and reach points, read as numbers and codes only).
 *
 * @example
 * const r = safeBuildBlueAlert(request);
 * if (!r.success) previewOfIssues(r.issues, { request }).ready; //=> false
 */
export function previewOfIssues(issues: readonly BlueAlertIssue[], options: { readonly request?: unknown } = {}): PreviewData {
  return {
    source: 'invalid',
    ready: !issues.some((i) => i.severity === 'error'),
    summary: {},
    phones: [],
    broadcast: { eas: [] },
    area: { description: '', ...requestArea(options.request), ...requestPoints(options.request) },
    redactions: [],
    issues: issues.map((i) => ({ severity: i.severity, code: i.code, path: i.path, message: i.message })),
  };
}

/**
 * Builds a request and previews the result, or its issues when it does not build. Never throws for bad input.
 *
 * @example
 * previewRequest(JSON.parse(text), { now: '2026-11-22T14:20:00-07:00' }).issues;
 */
export function previewRequest(request: unknown, options: BuildOptions = {}): PreviewData {
  const r = safeBuildBlueAlert(request, options);
  return r.success ? previewOfMessage(r.data, { request }) : previewOfIssues(r.issues, { request });
}

function param(info: CapInfo | undefined, name: string): string | undefined {
  return info?.parameter.find((p) => p.valueName === name)?.value;
}

function capPreview(alert: CapAlert, xml: string, issues: readonly PreviewIssue[]): PreviewData {
  const info = alert.info[0];
  const phones = alert.info.flatMap((i) => {
    const w90 = param(i, 'CMAMtext');
    const w360 = param(i, 'CMAMlongtext');
    if (w90 === undefined && w360 === undefined) return [];
    return [{ language: i.language ?? 'en-US', ...(w90 === undefined ? {} : { wea90: wea(w90, 90) }), ...(w360 === undefined ? {} : { wea360: wea(w360, 360) }) }];
  });
  const eas = alert.info.flatMap((i) => {
    const text = [i.headline, i.description, i.instruction].filter((t) => t !== undefined && t !== '').join(' ');
    return text === '' ? [] : [{ language: i.language ?? 'en-US', text, count: text.length, limit: EAS_MAX_CHARS }];
  });
  const areas = info?.area ?? [];
  let header: string | undefined;
  try {
    header = info === undefined ? undefined : sameHeader(alert);
  } catch {
    header = undefined;
  }
  return {
    source: 'cap',
    ready: !issues.some((i) => i.severity === 'error'),
    summary: {
      identifier: alert.identifier,
      status: alert.status,
      msgType: alert.msgType,
      scope: alert.scope,
      sender: info?.senderName ?? alert.sender,
      sent: alert.sent,
      ...(info?.expires === undefined ? {} : { expires: info.expires }),
      ...(info?.headline === undefined ? {} : { headline: info.headline }),
    },
    phones,
    broadcast: { eas, ...(header === undefined ? {} : { sameHeader: header }) },
    area: {
      description: areas.map((a) => a.areaDesc).join('; '),
      same: areas.flatMap((a) => a.geocode.filter((g) => g.valueName === 'SAME').map((g) => g.value)),
      polygons: areas.flatMap((a) => a.polygon),
      circles: areas.flatMap((a) => a.circle),
      lastSeen: [],
    },
    redactions: [],
    issues,
    xml,
  };
}

/**
 * The preview of a CAP message checked against CAP 1.2 and the IPAWS profile: its texts, SAME header, area and
 * issues. A document that cannot be parsed gives a preview with one error and nothing else.
 *
 * @example
 * previewOfCap(readFileSync('alert.xml')).issues.filter((i) => i.severity === 'error');
 */
export function previewOfCap(input: string | Uint8Array): PreviewData {
  const parsed = safeParseCap(input);
  const xml = typeof input === 'string' ? input : readableText(input);
  if (!parsed.success) {
    return {
      source: 'cap',
      ready: false,
      summary: {},
      phones: [],
      broadcast: { eas: [] },
      area: { description: '', same: [], polygons: [], circles: [], lastSeen: [] },
      redactions: [],
      issues: [{ severity: 'error', code: parsed.error.code, path: '/', message: parsed.error.message }],
      xml,
    };
  }
  const issues = validateCap(input, { profile: 'ipaws' }).map((i) => ({ severity: i.severity, code: i.code, path: i.path, message: i.message }));
  return capPreview(parsed.data, xml, issues);
}

/** The bytes as text to show: decoded as declared, or (when they cannot be) with U+FFFD for display only. */
function readableText(bytes: Uint8Array): string {
  const d = decodeCapBytes(bytes);
  return d.ok ? d.text : new TextDecoder().decode(bytes);
}
