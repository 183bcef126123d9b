import { blueAlertRequestSchema, type BlueAlertRequest } from './schema.js';
import { removeNonXmlChars } from '../cap/xml.js';
import { toPath, type BlueAlertIssue, type BlueAlertIssueCode } from '../errors.js';
import { requestLimitIssues } from './limits.js';

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
 * Messages do not quote the values given, so nothing typed into a field (an officer's name, say) is echoed.
 *
 * @example
 * const r = parseRequest({ event: 'officer-lost' });
 * if (!r.success) console.log(r.issues[0].path); //=> 'event'
 */
export function parseRequest(input: unknown): RequestParseResult {
  // the caps (LIMITS) first, so nothing costly runs on an oversized request
  const [tooLarge, ...more] = requestLimitIssues(input);
  if (tooLarge !== undefined) return { success: false, issues: [tooLarge, ...more] };
  // reportInput tells a missing field from a wrong one; the input itself is never put in a message
  const result = blueAlertRequestSchema.safeParse(input, { reportInput: true });
  if (result.success) {
    const empties: BlueAlertIssue[] = [];
    const data = cleanStrings(result.data, [], empties) as BlueAlertRequest;
    const [first, ...rest] = empties;
    if (first !== undefined) return { success: false, issues: [first, ...rest] };
    return { success: true, data };
  }
  const issues: BlueAlertIssue[] = [];
  for (const zi of result.error.issues) {
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys) {
        const path = toPath([...zi.path, key]);
        issues.push({
          code: 'unrecognized_key',
          path,
          message: `Unknown field "${safeKey(key)}"; see schemas/blue-alert-request.schema.json for the fields a request may have.`,
          severity: 'error',
        });
      }
      continue;
    }
    const path = toPath(zi.path);
    issues.push({ code: codeFor(path, zi.code), path, message: messageFor(zi), severity: 'error' });
  }
  const [first, ...rest] = issues;
  if (first === undefined) {
    return { success: false, issues: [{ code: 'invalid_request', path: '', message: 'The request is not valid.', severity: 'error' }] };
  }
  return { success: false, issues: [first, ...rest] };
}

/**
 * Drops characters no CAP message can carry (a stray control character pasted from a form) and writes CR LF as
 * LF, so what the request says is exactly what the XML says. A string left empty is an issue at its path.
 */
function cleanStrings(value: unknown, path: PropertyKey[], issues: BlueAlertIssue[]): unknown {
  if (typeof value === 'string') {
    const cleaned = removeNonXmlChars(value).replace(/\r\n?/g, '\n');
    if (cleaned !== value && cleaned.trim() === '' && value.trim() !== '') {
      issues.push({ code: 'invalid_value', path: toPath(path), message: 'Must contain text; control characters are removed.', severity: 'error' });
    }
    return cleaned;
  }
  if (Array.isArray(value)) return value.map((v, i) => cleanStrings(v, [...path, i], issues));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cleanStrings(v, [...path, k], issues);
    return out;
  }
  return value;
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

function messageFor(zi: ZodIssueLike): string {
  // a message the schema wrote itself wins; zod/mini's own default is only "Invalid input"
  if (zi.message !== 'Invalid input' && zi.code !== 'invalid_type') return zi.message;
  switch (zi.code) {
    case 'invalid_type':
      if (zi.input === undefined) return `Required: expected ${String(zi.expected)}.`;
      return `Expected ${String(zi.expected)}.`;
    case 'too_small':
      if (zi.origin === 'string') return Number(zi.minimum) <= 1 ? 'Must not be empty.' : `Must be at least ${String(zi.minimum)} characters.`;
      if (zi.origin === 'array') return `Must have at least ${String(zi.minimum)} item(s).`;
      return zi.inclusive === false ? `Must be greater than ${String(zi.minimum)}.` : `Must be at least ${String(zi.minimum)}.`;
    case 'too_big':
      if (zi.origin === 'string') return `Must be at most ${String(zi.maximum)} characters.`;
      if (zi.origin === 'array') return `Must have at most ${String(zi.maximum)} item(s).`;
      return zi.inclusive === false ? `Must be less than ${String(zi.maximum)}.` : `Must be at most ${String(zi.maximum)}.`;
    case 'invalid_value':
      if (zi.message === 'Invalid input' && zi.values !== undefined) return `Must be ${zi.values.map((v) => JSON.stringify(v)).join(' or ')}.`;
      return zi.message;
    case 'invalid_union':
      if (zi.message === 'Invalid input') return 'Does not match any allowed form; see schemas/blue-alert-request.schema.json.';
      return zi.message;
    default:
      return zi.message === 'Invalid input' ? 'Not a valid value here; see schemas/blue-alert-request.schema.json.' : zi.message;
  }
}
