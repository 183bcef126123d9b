/**
 * CAP 1.2 and IPAWS profile checks. (First version: a few structural checks; the validation issue completes it.)
 */
import type { CapAlert } from '../cap/model.js';
import { CAP_DATETIME_PATTERN } from '../time/zone.js';
import { parseCap } from '../cap/parse.js';
import type { IssueSeverity } from '../errors.js';

/**
 * One finding of `validateCap`: a stable code, a severity, an XPath-like path and a message that says what is valid.
 *
 * @example
 * const i: CapIssue = { code: 'EXPIRES_IS_REQUIRED', severity: 'error', path: '/alert/info[1]/expires', message: '<expires> is required.' };
 */
export interface CapIssue {
  readonly code: string;
  readonly severity: IssueSeverity;
  readonly path: string;
  readonly message: string;
}

/**
 * Options of `validateCap`.
 *
 * @example
 * validateCap(xml, { profile: 'ipaws' });
 */
export interface ValidateOptions {
  readonly profile?: 'cap' | 'ipaws';
}

/**
 * Checks a CAP message (XML text or the object model) and lists what is wrong.
 *
 * @example
 * validateCap(result.xml, { profile: 'ipaws' }).filter((i) => i.severity === 'error'); //=> []
 */
export function validateCap(xmlOrAlert: string | CapAlert, options: ValidateOptions = {}): CapIssue[] {
  const alert = typeof xmlOrAlert === 'string' ? parseCap(xmlOrAlert) : xmlOrAlert;
  const issues: CapIssue[] = [];
  if (!CAP_DATETIME_PATTERN.test(alert.sent)) {
    issues.push({ code: 'INVALID_DATE', severity: 'error', path: '/alert/sent', message: 'Must be formatted like "2002-05-24T16:49:00-07:00".' });
  }
  if (options.profile === 'ipaws') {
    if (!alert.code.includes('IPAWSv1.0')) issues.push({ code: 'VERSION_CODE_REQUIRED', severity: 'error', path: '/alert', message: '<code>IPAWSv1.0</code> required.' });
    alert.info.forEach((info, i) => {
      if (info.expires === undefined) issues.push({ code: 'EXPIRES_IS_REQUIRED', severity: 'error', path: `/alert/info[${i + 1}]`, message: '<expires> is required.' });
      if (info.area.length === 0) issues.push({ code: 'AREA_IS_REQUIRED', severity: 'error', path: `/alert/info[${i + 1}]`, message: 'At least one <area> must be present.' });
    });
  }
  return issues;
}
