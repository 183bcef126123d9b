/**
 * Issues and the error class shared by every stage of the pipeline.
 *
 * An issue always names where the problem is (`path`, a JSON path such as `area.same[1]`) and says what a
 * valid value looks like. Messages never repeat officer identity: the build scrubs them before they leave.
 */

/**
 * The severity of an issue. Errors stop a build; warnings and recommendations travel with the result.
 *
 * @example
 * const s: IssueSeverity = 'warning';
 */
export type IssueSeverity = 'error' | 'warning' | 'recommendation';

/**
 * Every code a build issue can carry. The list is closed so callers can switch on it; each code is explained in
 * `docs/issue-codes.md`.
 *
 * @example
 * const code: BlueAlertIssueCode = 'invalid_same_code';
 */
export type BlueAlertIssueCode =
  // request shape (zod)
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'unrecognized_key'
  | 'invalid_union'
  | 'invalid_request'
  | 'input_too_large'
  | 'unknown_event'
  | 'invalid_same_code'
  | 'invalid_fips_code'
  | 'invalid_sender'
  | 'invalid_identifier'
  | 'unknown_time_zone'
  | 'invalid_datetime'
  | 'invalid_url'
  | 'area_missing'
  | 'conflicting_fields'
  // time
  | 'expires_not_after_sent'
  | 'expires_in_past'
  | 'time_after_sent'
  | 'duration_outside_plan'
  | 'wea_duration_over_24h'
  | 'eas_duration_clamped'
  | 'invalid_now'
  // activation and plans
  | 'activation_not_qualified'
  | 'activation_overridden'
  | 'activation_not_actual'
  | 'unknown_plan'
  | 'invalid_plan'
  | 'event_not_covered'
  | 'outside_plan_hours'
  | 'plan_content_missing'
  // redaction
  | 'officer_identity_leak'
  | 'officer_identity_unknown'
  | 'law_enforcement_only'
  | 'officer_home_withheld'
  | 'suspect_plate_withheld'
  | 'reason_unchecked'
  // area
  | 'unknown_county'
  | 'unknown_state'
  | 'too_many_same_codes'
  | 'polygon_simplified'
  | 'polygon_invalid'
  | 'circle_invalid'
  | 'area_crosses_state'
  | 'area_duplicate_code'
  | 'area_no_geocode'
  | 'area_outside_us'
  | 'area_code_mismatch'
  | 'area_statewide'
  // text
  | 'text_too_long'
  | 'text_not_gsm7'
  | 'text_shortened'
  | 'eas_text_truncated'
  // lifecycle
  | 'chain_expired'
  | 'chain_mixed_senders'
  | 'chain_invalid'
  | 'reference_expired_dropped'
  // output checks
  | 'cap_invalid'
  // signature (blue-alert-cap/sign)
  | 'signature_present'
  | 'signature_missing'
  | 'signature_invalid'
  | 'signature_malformed'
  | 'signature_key_invalid'
  | 'signature_key_mismatch'
  | 'signature_certificate_not_valid'
  | 'signature_untrusted'
  | 'signature_signer_unchecked';

/**
 * One problem found in a request or a message.
 *
 * @example
 * const issue: BlueAlertIssue = {
 *   code: 'invalid_same_code',
 *   path: 'area.same[1]',
 *   message: 'A SAME code is 6 digits PSSCCC, e.g. "008031"; got 5 characters.',
 *   severity: 'error',
 * };
 */
export interface BlueAlertIssue {
  /** The stable code, for programs to switch on. */
  readonly code: BlueAlertIssueCode;
  /** The JSON path of the field in the request (`area.same[1]`), or `''` for the request as a whole. */
  readonly path: string;
  /** What is wrong and what a valid value looks like. */
  readonly message: string;
  /** `error` stops the build; `warning` and `recommendation` are reported with the result. */
  readonly severity: IssueSeverity;
}

/**
 * A warning as it appears in a result (`BlueAlertMessage.warnings`).
 *
 * @example
 * const w: BlueAlertWarning = { code: 'polygon_simplified', path: 'area.geometry', message: '…' };
 */
export interface BlueAlertWarning {
  readonly code: BlueAlertIssueCode;
  readonly path: string;
  readonly message: string;
}

/**
 * Thrown by `buildBlueAlert`, `updateBlueAlert` and `cancelBlueAlert` when the input cannot become a valid
 * message. `issues` is never empty and every issue names a path.
 *
 * @example
 * try {
 *   buildBlueAlert({ event: 'officer-lost' });
 * } catch (e) {
 *   if (e instanceof BlueAlertError) console.log(e.issues.map((i) => `${i.path}: ${i.message}`));
 * }
 */
export class BlueAlertError extends Error {
  override name = 'BlueAlertError' as const;
  readonly issues: readonly [BlueAlertIssue, ...BlueAlertIssue[]];

  constructor(issues: readonly [BlueAlertIssue, ...BlueAlertIssue[]]) {
    super(formatIssues(issues));
    this.issues = issues;
    Object.defineProperty(this, BLUE_ALERT_ERROR_BRAND, { value: true, enumerable: false });
  }

  /**
   * The code of the first issue (Node's `error.code` convention), e.g. `officer_identity_unknown`.
   *
   * @example
   * if (e instanceof BlueAlertError && e.code === 'officer_identity_leak') reword();
   */
  get code(): BlueAlertIssue['code'] {
    return this.issues[0].code;
  }
}

/**
 * The brand every `BlueAlertError` carries. `Symbol.for` gives the same symbol in every copy of the library loaded
 * into one process (the ESM and the CommonJS build, two versions in `node_modules`), where `instanceof` fails.
 */
const BLUE_ALERT_ERROR_BRAND = Symbol.for('blue-alert-cap.BlueAlertError');

/**
 * Whether a value is a `BlueAlertError` from any copy of this library (ESM or CommonJS build, or another version
 * loaded beside it), where `instanceof BlueAlertError` would answer false. Checks the brand and that `issues` is a
 * non-empty list.
 *
 * @example
 * try {
 *   buildBlueAlert(request);
 * } catch (e) {
 *   if (isBlueAlertError(e)) console.error(formatIssues(e.issues));
 *   else throw e;
 * }
 */
export function isBlueAlertError(value: unknown): value is BlueAlertError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const v = value as { readonly [BLUE_ALERT_ERROR_BRAND]?: unknown; readonly issues?: unknown };
    return v[BLUE_ALERT_ERROR_BRAND] === true && Array.isArray(v.issues) && v.issues.length > 0;
  } catch {
    return false; // a Proxy whose getter throws is not one of ours
  }
}

/**
 * Formats issues one a line as `path: message (code)`, the way the CLI prints them.
 *
 * @example
 * formatIssues([{ code: 'area_missing', path: 'area', message: 'Give at least one of …', severity: 'error' }]);
 * //=> 'area: Give at least one of … (area_missing)'
 */
export function formatIssues(issues: readonly BlueAlertIssue[]): string {
  return issues.map((i) => `${i.path === '' ? '(request)' : i.path}: ${i.message} (${i.code})`).join('\n');
}

/**
 * Makes an issue; a small helper so every stage builds them the same way.
 *
 * @example
 * issue('unknown_county', 'area.fips[0]', 'No county 08999 exists.');
 */
export function issue(
  code: BlueAlertIssueCode,
  path: string,
  message: string,
  severity: IssueSeverity = 'error',
): BlueAlertIssue {
  return { code, path, message, severity };
}

/**
 * Joins path segments into the JSON path notation used in issues: `['area', 'same', 1]` -> `area.same[1]`.
 *
 * @example
 * toPath(['suspects', 0, 'vehicle', 'plate']); //=> 'suspects[0].vehicle.plate'
 */
export function toPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? String(s) : `.${String(s)}`;
  }
  return out;
}

/**
 * Splits issues into the errors (which stop a build) and the rest.
 *
 * @example
 * const { errors, warnings } = partitionIssues(list);
 */
export function partitionIssues(issues: readonly BlueAlertIssue[]): {
  errors: BlueAlertIssue[];
  warnings: BlueAlertIssue[];
} {
  const errors: BlueAlertIssue[] = [];
  const warnings: BlueAlertIssue[] = [];
  for (const i of issues) (i.severity === 'error' ? errors : warnings).push(i);
  return { errors, warnings };
}

/**
 * Narrows a list to a non-empty tuple, as `BlueAlertError` wants.
 *
 * @example
 * if (isNonEmpty(errors)) throw new BlueAlertError(errors);
 */
export function isNonEmpty<T>(list: readonly T[]): list is readonly [T, ...T[]] {
  return list.length > 0;
}
