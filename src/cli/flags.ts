/**
 * Issues as CLI users see them: the library names its options (`options.now`, `options.override.reason`), the CLI
 * names its flags (`--now`, `--override-reason`). Paths and messages are translated at the CLI boundary.
 */
import type { BlueAlertIssue } from '../errors.js';

/** Library option paths and the flags that set them, longest first so `options.override.reason` wins over `options.override`. */
const OPTION_FLAGS: readonly (readonly [string, string])[] = [
  ['options.override.reason', '--override-reason'],
  ['options.override', '--override-reason'],
  ['options.identifier', '--id'],
  ['options.timeZone', '--time-zone'],
  ['options.audience', '--audience'],
  ['options.counties', '--no-counties'],
  ['options.request', '--request'],
  ['options.reason', '--reason'],
  ['options.plan', '--plan'],
  ['options.now', '--now'],
];

/**
 * The CLI's name for a library option path: `options.now` -> `--now`, `options.plan.defaultDurationHours` ->
 * `--plan (defaultDurationHours)`. Other paths are returned as they are.
 *
 * @example
 * cliPath('options.override.reason'); //=> '--override-reason'
 */
export function cliPath(path: string): string {
  for (const [option, flag] of OPTION_FLAGS) {
    if (path === option) return flag;
    if (path.startsWith(`${option}.`) || path.startsWith(`${option}[`)) {
      const rest = path.slice(option.length).replace(/^\./, '');
      return `${flag} (${rest})`;
    }
  }
  return path;
}

/**
 * Rewrites option names inside a message: "options.now must be a Date …" -> "--now must be a Date …".
 *
 * @example
 * cliMessage('Give options.override.reason to issue it anyway.'); //=> 'Give --override-reason to issue it anyway.'
 */
export function cliMessage(message: string): string {
  let out = message;
  for (const [option, flag] of OPTION_FLAGS) out = out.split(`\`${option}\``).join(flag).split(option).join(flag);
  out = out.replace(/\bor a plan object\b/, 'or a JSON file holding a plan object (a name ending in .json)');
  // the API's "A Date is accepted too" means nothing on a command line (conformance report 19c C09)
  out = out.split(' A Date is accepted too.').join('');
  return out.replace(/--now is an invalid Date|--now must be a Date or an ISO 8601/g, (m) => (m.startsWith('--now is') ? '--now is not a valid date' : '--now must be an ISO 8601'));
}

/**
 * An issue with its path and message in CLI terms.
 *
 * @example
 * cliIssue({ code: 'invalid_now', path: 'options.now', message: 'options.now is an invalid Date.', severity: 'error' }).path; //=> '--now'
 */
export function cliIssue<T extends Pick<BlueAlertIssue, 'path' | 'message'>>(issue: T): T {
  return { ...issue, path: cliPath(issue.path), message: cliMessage(issue.message) };
}
