import { blueAlertRequestSchema, type BlueAlertRequest } from './schema.js';
import { describeReceived, keyHint, tooBigMessage, tooSmallMessage } from './received.js';
import { swappedPositionHint } from '../area/sanity.js';
import { removeNonXmlChars } from '../cap/xml.js';
import { normalizeIdentity, removeInvisible } from '../privacy/normalize.js';
import { misnamedOfficerIdentity } from '../privacy/raw-officer.js';
import { namedPathSegment, withoutNamedValues, type IdentityProbe } from '../privacy/quoted.js';
import { toPath, type BlueAlertIssue, type BlueAlertIssueCode } from '../errors.js';
import { requestLimitIssues } from './limits.js';
import { table } from '../table.js';
import { quoteValue } from '../validate/quote.js';

/** `text` without the trailing characters listed in `chars` (a scan from the end: linear, unlike `/[…]+$/`). */
function trimEndChars(text: string, chars: string): string {
  let e = text.length;
  while (e > 0 && chars.includes(text.charAt(e - 1))) e--;
  return e === text.length ? text : text.slice(0, e);
}

/**
 * The outcome of checking a request: the typed request, or the issues with their paths.
 *
 * @example
 * const r: RequestParseResult = parseRequest(json);
 */
export type RequestParseResult =
  | { readonly success: true; readonly data: BlueAlertRequest; readonly issues?: never }
  | { readonly success: false; readonly data?: never; readonly issues: readonly [BlueAlertIssue, ...BlueAlertIssue[]] };

/** Our codes for fields whose zod issue deserves a more specific name. */
function codeFor(path: string, zodCode: string): BlueAlertIssueCode {
  if (zodCode !== 'invalid_type') {
    if (path === 'event') return 'unknown_event';
    if (/^area\.same\[\d+\]$/.test(path)) return 'invalid_same_code';
    if (/^area\.fips\[\d+\]$/.test(path)) return 'invalid_fips_code';
    if (path === 'issuer.sender') return 'invalid_sender';
    if (path === 'issuer.timeZone') return 'unknown_time_zone';
  }
  if (path === 'area' && zodCode === 'custom') return 'area_missing';
  if (/(^|\.)(expires|occurredAt|at)$/.test(path) && zodCode === 'custom') return 'invalid_datetime';
  if (/(web|photoUrl)$/.test(path) && zodCode === 'custom') return 'invalid_url';
  switch (zodCode) {
    case 'invalid_type':
    case 'too_small':
    case 'too_big':
    case 'unrecognized_keys':
    case 'invalid_union':
    case 'invalid_value':
    case 'invalid_format':
      return zodCode === 'unrecognized_keys' ? 'unrecognized_key' : (zodCode as BlueAlertIssueCode);
    default:
      return 'invalid_request';
  }
}

/**
 * Checks an untrusted value against the request model. Never throws for bad input; never mutates it.
 * Messages say what was received by its type and size (a Date object, 6,012 characters), and quote a value only
 * for enum-like fields and date-times, so nothing typed into a free-text field (an officer's name, say) is echoed.
 *
 * @example
 * const r = parseRequest({ event: 'officer-lost' });
 * if (!r.success) console.log(r.issues[0].path); //=> 'event'
 */
export function parseRequest(input: unknown): RequestParseResult {
  try {
    return parseUnguarded(input);
  } catch {
    // review 24 V9: a getter, a Proxy trap or an array's `constructor` that throws while the request is read is an
    // issue, never a raw exception (the exception's text may quote the input, so it is not repeated)
    const message = 'Reading the request threw an exception (a getter, a Proxy or an array with its own "constructor"?); pass plain data, e.g. JSON.parse(JSON.stringify(request)).';
    return { success: false, issues: [{ code: 'invalid_request', path: '', message, severity: 'error' }] };
  }
}

/** `parseRequest` without the guard against input that throws while it is read. */
function parseUnguarded(input: unknown): RequestParseResult {
  // the caps (LIMITS) first, so nothing costly runs on an oversized request
  const [tooLarge, ...more] = requestLimitIssues(input);
  if (tooLarge !== undefined) return { success: false, issues: [tooLarge, ...more] };
  // reportInput lets a message say what it received (its type or size); the input itself is never put in a message
  const result = blueAlertRequestSchema.safeParse(input, { reportInput: true });
  if (result.success) {
    const issues: BlueAlertIssue[] = [];
    // zod's output is a fresh tree (objects, arrays), so the few strings that need cleaning are replaced in place.
    // Measured (node --cpu-prof, 2,000 builds of the README example): the old copying cleaner cost 35-70 µs a build,
    // this walk 2-4 µs. The rest of the parse's cost inside a build is zod's schema walk running with cold CPU caches
    // (the same parse takes ~10x longer right after 32 MB of memory is touched), not Intl: no DateTimeFormat is built per call.
    cleanStringsInPlace(result.data, [], issues);
    issues.push(...requestRules(result.data));
    const [first, ...rest] = issues;
    if (first !== undefined) return { success: false, issues: [first, ...rest] };
    return { success: true, data: result.data };
  }
  const issues: BlueAlertIssue[] = [];
  for (const zi of result.error.issues) {
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys) {
        const path = toPath([...zi.path, key]);
        issues.push({
          code: 'unrecognized_key',
          path,
          message: unknownFieldMessage(key, siblingKeys(zi.path)),
          severity: 'error',
        });
      }
      continue;
    }
    const path = toPath(zi.path);
    const hint = coordinateHint(input, zi.path) || geometryTypeHint(zi, path);
    issues.push({ code: codeFor(path, zi.code), path, message: `${messageFor(zi, path)}${hint}`, severity: 'error' });
  }
  const [first, ...rest] = withholdOfficerTerms(issues, input);
  if (first === undefined) {
    return { success: false, issues: [{ code: 'invalid_request', path: '', message: 'The request is not valid.', severity: 'error' }] };
  }
  return { success: false, issues: [first, ...rest] };
}

/**
 * The officer's name, aliases and badge as typed in the raw input (a request that failed to parse has not reached
 * the redaction module), with the name's parts of three letters or more; also what the officer block holds under
 * keys the model does not have (red team 13: `officer.fullName`, `officer.badgeNumber`).
 */
function rawOfficerTerms(input: unknown): string[] {
  const officer = at(input, ['officer']);
  if (officer === null || typeof officer !== 'object') return [];
  const o = officer as Record<string, unknown>;
  const misnamed = misnamedOfficerIdentity(o);
  // the schema allows at most 120 characters for a name: longer strings are refused anyway and are not terms
  const whole = [o['name'], o['badge'], ...(Array.isArray(o['aliases']) ? o['aliases'].slice(0, 20) : []), ...misnamed.names, ...misnamed.badges].filter(
    (v): v is string => typeof v === 'string' && v.trim().length >= 2 && v.length <= 200,
  );
  const parts = whole.flatMap((w) => w.split(/[^\p{L}\p{N}'’-]+/u)).filter((w) => w.length >= 3);
  return [...new Set([...whole.map((w) => w.trim()), ...parts])].sort((a, b) => b.length - a.length);
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Where `term` occurs in `text` as a whole word (case-insensitive), as [start, end) pairs. */
function wholeWordHits(text: string, term: string): [number, number][] {
  const hay = text.toLowerCase();
  const needle = term.toLowerCase();
  const hits: [number, number][] = [];
  if (needle.length === 0 || hay.length !== text.length || needle.length !== term.length) {
    // lowercasing changed lengths (rare scripts): fall back to a plain, exact search
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) hits.push([i, i + term.length]);
    return hits;
  }
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + needle.length])) hits.push([i, i + needle.length]);
  }
  return hits;
}

function withhold(text: string, terms: readonly string[], libraryWords = false): { text: string; first: number } {
  let out = text;
  let first = -1;
  for (const t of terms) {
    // outside quotes a plain lower-case word is the library's own ("the fields a request may have")
    const hits = wholeWordHits(out, t).filter(([a, b]) => !libraryWords || !/^[a-z]+$/.test(out.slice(a, b)));
    if (hits.length === 0) continue;
    const start = hits[0]?.[0] ?? 0;
    first = first < 0 ? start : Math.min(first, start);
    for (const [a, b] of hits.reverse()) out = `${out.slice(0, a)}[withheld]${out.slice(b)}`;
  }
  return { text: out, first };
}

const QUOTED = /"(?:[^"\\]|\\.)*"/g;

/** `withhold` for a message: quoted values in full, the wording outside quotes except plain lower-case words. */
function withholdMessage(text: string, terms: readonly string[]): { text: string; first: number } {
  let out = '';
  let first = -1;
  let last = 0;
  const add = (part: string, quoted: boolean): void => {
    const r = withhold(part, terms, !quoted);
    if (r.first >= 0 && first < 0) first = out.length + r.first;
    out += r.text;
  };
  for (const m of text.matchAll(QUOTED)) {
    add(text.slice(last, m.index), false);
    add(m[0], true);
    last = m.index + m[0].length;
  }
  add(text.slice(last), false);
  return { text: out, first };
}

/** What `withoutNamedValues` and `namedPathSegment` compare with: the raw terms, folded with no separators. */
function termsProbe(terms: readonly string[]): IdentityProbe {
  const compact = terms.map((t) => normalizeIdentity(t).replace(/[^\p{L}\p{N}]+/gu, '')).filter((t) => t.length > 0);
  const digits = (t: string): boolean => /\p{N}/u.test(t);
  return { find: () => false, names: compact.filter((t) => !digits(t)), badges: compact.filter(digits) };
}

/**
 * Keeps the officer's identity out of parse errors: a message that would quote it (a field name, an enum-like
 * value) says "[withheld]" instead, and a path through a field named after it stops at the object holding it.
 */
function withholdOfficerTerms(issues: BlueAlertIssue[], input: unknown): BlueAlertIssue[] {
  const terms = rawOfficerTerms(input);
  if (terms.length === 0) return issues;
  const probe = termsProbe(terms);
  return issues.map((i) => {
    const message = withholdMessage(withoutNamedValues(i.message, probe), terms);
    const path = withhold(i.path, terms);
    // a key that spells a term another way ("O K A F O R", "0kaf0r": red team 13) is a hit where it starts
    const named = namedPathSegment(i.path, probe)?.[0] ?? -1;
    if (named >= 0 && (path.first < 0 || named < path.first)) path.first = named;
    if (message.text === i.message && path.first < 0) return i;
    if (path.first < 0) return { ...i, message: message.text };
    const cut = trimEndChars(i.path.slice(0, path.first), '.[').replace(/\["?$/, '');
    return { ...i, path: cut, message: `${message.text} (a field name here holds officer identity and is not shown)` };
  });
}

/**
 * Checks JSON of unknown shape (a file, a form, a message queue) as a Blue Alert request, with the same checks and
 * messages as `buildBlueAlert`, and returns the typed request with every default filled in, or the issues with
 * their paths. Never throws for bad input; never mutates it.
 *
 * @example
 * const r = parseBlueAlertRequest(JSON.parse(text));
 * if (r.success) buildBlueAlert(r.data, { now: '2026-11-22T14:20:00-07:00' });
 * else console.error(formatIssues(r.issues));
 */
export function parseBlueAlertRequest(input: unknown): RequestParseResult {
  return parseRequest(input);
}

/** Rules between fields, checked after the shape is known to be right. */
function requestRules(r: BlueAlertRequest): BlueAlertIssue[] {
  const out: BlueAlertIssue[] = [];
  if (r.expires !== undefined && r.durationHours !== undefined) {
    out.push({
      code: 'conflicting_fields',
      path: 'expires',
      message: 'expires and durationHours are both given; give one: expires (an end time) or durationHours (hours from the send time).',
      severity: 'error',
    });
  }
  return out;
}

/** Strings that need cleaning: characters XML cannot carry, or a CR. */
const NEEDS_CLEANING = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\ufffe\uffff\ud800-\udfff]/;

/**
 * Drops characters no CAP message can carry (a stray control character pasted from a form) and writes CR LF as
 * LF, so what the request says is exactly what the XML says. Invisible characters that hide text from a reviewer
 * (zero-width spaces, soft hyphens, word joiners, bidi marks and overrides, tags) are removed too
 * (`removeInvisible`, docs/privacy.md). A string left empty is an issue at its path.
 * Walks the tree once without allocating; only a string that changes is replaced.
 */
function cleanStringsInPlace(value: unknown, path: PropertyKey[], issues: BlueAlertIssue[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === 'string') {
        if (NEEDS_CLEANING.test(v) || removeInvisible(v) !== v) value[i] = cleanString(v, [...path, i], issues);
      } else if (v !== null && typeof v === 'object') {
        path.push(i);
        cleanStringsInPlace(v, path, issues);
        path.pop();
      }
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  for (const k in o) {
    const v = o[k];
    if (typeof v === 'string') {
      if (NEEDS_CLEANING.test(v) || removeInvisible(v) !== v) o[k] = cleanString(v, [...path, k], issues);
    } else if (v !== null && typeof v === 'object') {
      path.push(k);
      cleanStringsInPlace(v, path, issues);
      path.pop();
    }
  }
}

function cleanString(value: string, path: PropertyKey[], issues: BlueAlertIssue[]): string {
  const cleaned = removeInvisible(removeNonXmlChars(value)).replace(/\r\n?/g, '\n');
  if (cleaned !== value && cleaned.trim() === '' && value.trim() !== '') {
    issues.push({ code: 'invalid_value', path: toPath(path), message: 'Must contain text; control characters are removed.', severity: 'error' });
  }
  return cleaned;
}

/** Keys are echoed in messages; keep them printable and short. */
function safeKey(key: string): string {
  const k = key.replace(/[^\x20-\x7e]/g, '?');
  return k.length > 40 ? `${k.slice(0, 40)}…` : k;
}

interface ZodIssueLike {
  readonly code: string;
  readonly message: string;
  readonly expected?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly origin?: unknown;
  readonly inclusive?: unknown;
  readonly input?: unknown;
  readonly values?: readonly unknown[];
}

/** Fields whose values are words from a fixed list (safe to quote back). */
const ENUM_LIKE = /^(event|status|issuer\.easOrg|wea\.handling|languages\[\d+\]|area\.geometry\.type)$/;
/** Date-time fields (their values are quoted back only when they hold nothing but date characters). */
const DATE_LIKE = /(^|\.)(expires|occurredAt|at)$/;

function messageFor(zi: ZodIssueLike, path: string): string {
  const received = describeReceived(zi.input, { quote: ENUM_LIKE.test(path), date: DATE_LIKE.test(path) });
  switch (zi.code) {
    case 'invalid_type': {
      if (zi.input === undefined) return `Required: expected ${expectedWord(zi.expected, path)}.`;
      return `Expected ${expectedWord(zi.expected, path)}, received ${received}.`;
    }
    case 'too_small':
      if (zi.message !== 'Invalid input') return `${zi.message.replace(/\.$/, '')}; received ${received}.`;
      return tooSmallMessage(zi.origin, Number(zi.minimum), zi.inclusive !== false, zi.input);
    case 'too_big':
      if (zi.message !== 'Invalid input') return `${zi.message.replace(/\.$/, '')}; received ${received}.`;
      return tooBigMessage(zi.origin, Number(zi.maximum), zi.inclusive !== false, zi.input);
    case 'invalid_value':
      if (zi.message === 'Invalid input' && zi.values !== undefined) return `Must be ${zi.values.map((v) => JSON.stringify(v)).join(' or ')}; received ${received}.`;
      return `${zi.message.replace(/\.$/, '')}; received ${received}.`;
    case 'invalid_union':
      if (zi.message === 'Invalid input') return `Does not match any allowed form (received ${received}); see schemas/blue-alert-request.schema.json.`;
      return `${zi.message.replace(/\.$/, '')}; received ${received}.`;
    default:
      if (zi.message === 'Invalid input') return `Not a valid value here (received ${received}); see schemas/blue-alert-request.schema.json.`;
      return `${zi.message.replace(/\.$/, '')}; received ${received}.`;
  }
}

/** What zod expected, in words; date-time fields name the format. */
function expectedWord(expected: unknown, path: string): string {
  if (DATE_LIKE.test(path) && expected === 'string') return 'an ISO 8601 string with a zone, e.g. "2026-11-22T14:05:00-07:00"';
  switch (expected) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    case 'array':
    case 'tuple':
      return 'a list';
    default:
      return String(expected);
  }
}

/**
 * For a latitude out of range in a GeoJSON position or a circle, says that positions are [longitude, latitude]
 * and shows the swapped pair when that would fall in the US.
 */
function coordinateHint(input: unknown, path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  const parentPath = path.slice(0, -1);
  const parent = at(input, parentPath);
  if (Array.isArray(parent) && (last === 0 || last === 1) && parentPath.includes('coordinates')) {
    const [lon, lat] = parent as unknown[];
    if (typeof lon === 'number' && typeof lat === 'number') return swappedPositionHint(lon, lat, 'position');
  }
  if ((last === 'lat' || last === 'lon') && parent !== null && typeof parent === 'object' && parentPath.includes('area')) {
    const p = parent as Record<string, unknown>;
    if (typeof p['lon'] === 'number' && typeof p['lat'] === 'number') return swappedPositionHint(p['lon'], p['lat'], 'fields');
  }
  return '';
}

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

/**
 * An unknown field: the nearest known one when it is a slip, and the fields that may stand there (rt24 V12: "see
 * schemas/…" alone sent a script writer to a file not in their project).
 */
function unknownFieldMessage(key: string, known: readonly string[]): string {
  const hint = keyHint(key, known);
  const list = known.length === 0 ? '' : known.length <= 30 ? `; the fields here are ${known.join(', ')}` : `; the fields here include ${known.slice(0, 30).join(', ')}, …`;
  return `Unknown field "${safeKey(key)}"${hint}${list} (schemas/blue-alert-request.schema.json has them all).`;
}

/** GeoJSON types a map library hands over that are not a geometry of ours, and what to pass instead. */
const GEOJSON_INSTEAD = table<string>({
  Feature: 'pass the Feature\'s geometry (feature.geometry)',
  FeatureCollection: 'pass one Feature\'s geometry (features[0].geometry), or several polygons as one MultiPolygon',
  GeometryCollection: 'pass its polygons as one MultiPolygon',
  Point: 'a point is no area: give a circle instead (area.circles: [{ lat, lon, radiusKm }])',
  MultiPoint: 'points are no area: give circles instead (area.circles)',
  LineString: 'a line is no area: close it into a Polygon ring, or give circles along it (area.circles)',
  MultiLineString: 'lines are no area: give a Polygon or circles (area.circles)',
});

/**
 * For `area.geometry` of another GeoJSON type or a misspelled one, what was received and what to do (rt24 V5: a
 * GeoJSON Feature read "received an object").
 */
function geometryTypeHint(zi: ZodIssueLike, path: string): string {
  if (zi.code !== 'invalid_union' || !/^area\.geometry(?:\.type)?$/.test(path) || zi.input === null || typeof zi.input !== 'object') return '';
  const type = (zi.input as Record<string, unknown>)['type'];
  if (typeof type !== 'string') return type === undefined ? ' The geometry has no "type" ("Polygon" or "MultiPolygon").' : '';
  const shown = quoteValue(type, 40);
  const instead = Object.hasOwn(GEOJSON_INSTEAD, type) ? GEOJSON_INSTEAD[type] : undefined;
  if (instead !== undefined) return ` Its "type" is ${shown}: ${instead}.`;
  return ` Its "type" is ${shown}${keyHint(type, ['Polygon', 'MultiPolygon'])}.`;
}

/** The field names a request object at `path` may have (for "did you mean"). */
function siblingKeys(path: readonly PropertyKey[]): string[] {
  let schema: unknown = blueAlertRequestSchema;
  for (const k of path) {
    schema = unwrap(schema);
    const def = (schema as { _zod?: { def?: { shape?: Record<string, unknown>; element?: unknown } } } | undefined)?._zod?.def;
    if (typeof k === 'number') schema = def?.element;
    else schema = def?.shape?.[String(k)];
  }
  const shape = (unwrap(schema) as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
  return shape === undefined ? [] : Object.keys(shape);
}

function unwrap(schema: unknown): unknown {
  let s = schema as { _zod?: { def?: { innerType?: unknown } } } | undefined;
  for (let i = 0; i < 5 && s?._zod?.def?.innerType !== undefined; i++) s = s._zod.def.innerType as typeof s;
  return s;
}
