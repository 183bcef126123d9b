import type { BlueAlertRequest } from '../request/schema.js';
import type { PlanProfile } from '../activation/plans.js';
import { issue, type BlueAlertIssue } from '../errors.js';
import { LIMITS } from '../limits.js';
import { dateTimeProblem, formatCapDateTime, parseIsoDateTime, truncateToSeconds, yearInRange, zoneOffsetMinutes } from './zone.js';

/**
 * The times of a message: instants and their CAP strings in the issuer's zone.
 *
 * @example
 * const t: MessageTimes = resolveTimes(request, plan, new Date()).times;
 * t.sentText; //=> '2026-11-22T14:20:00-07:00'
 */
export interface MessageTimes {
  readonly sent: Date;
  readonly expires: Date;
  readonly sentText: string;
  readonly expiresText: string;
}

/**
 * Reads `options.now` (a Date or an ISO string with a zone); `undefined` means the clock.
 *
 * @example
 * resolveNow('2026-11-22T14:20:00-07:00').toISOString(); //=> '2026-11-22T21:20:00.000Z'
 */
export function resolveNow(now: Date | string | undefined): Date | BlueAlertIssue {
  if (now === undefined) return truncateToSeconds(new Date());
  if (now instanceof Date) {
    if (Number.isNaN(now.getTime())) return issue('invalid_now', 'options.now', 'options.now is an invalid Date.');
    if (!yearInRange(now)) return issue('invalid_now', 'options.now', `options.now is in the year ${now.getUTCFullYear()}; CAP writes years ${LIMITS.minYear} to ${LIMITS.maxYear}.`);
    return truncateToSeconds(now);
  }
  const d = parseIsoDateTime(now);
  if (d === undefined) {
    return issue('invalid_now', 'options.now', `${dateTimeProblem(now)} A Date is accepted too.`);
  }
  if (!yearInRange(d)) return issue('invalid_now', 'options.now', `options.now is in the year ${d.getUTCFullYear()}; CAP writes years ${LIMITS.minYear} to ${LIMITS.maxYear}.`);
  return truncateToSeconds(d);
}

const HOUR = 3_600_000;

/**
 * Works out `sent` and `expires`: `expires` is the request's explicit value, else `sent + durationHours`, else the
 * plan's default duration. Both are written in the issuer's offset at their own instant (so a message that
 * crosses a DST change has two different offsets).
 *
 * @example
 * const { times, issues } = resolveTimes(request, nationalPlan, new Date('2026-11-22T21:20:00Z'));
 */
export function resolveTimes(
  request: BlueAlertRequest,
  plan: PlanProfile,
  now: Date,
): { times?: MessageTimes; issues: BlueAlertIssue[] } {
  const issues: BlueAlertIssue[] = [];
  const tz = request.issuer.timeZone;
  const sent = truncateToSeconds(now);
  if (zoneOffsetMinutes(sent, tz) === 0) {
    // the IPAWS profile (as google/cap-library checks it) refuses a <sent> at offset zero: a US alert is sent in
    // local time, so a zero-offset zone (UTC, Europe/London) is a wrong issuer zone, said here, not as a CAP failure
    issues.push(
      issue(
        'unknown_time_zone',
        'issuer.timeZone',
        `"${tz}" is at UTC offset 0 at the send time, which IPAWS refuses for a US alert; give the issuing authority's own zone, e.g. "America/Denver", "America/New_York" or "Pacific/Guam".`,
      ),
    );
    return { issues };
  }
  let expires: Date;
  let path = 'durationHours';
  if (request.expires !== undefined) {
    path = 'expires';
    const parsed = parseIsoDateTime(request.expires);
    if (parsed === undefined) {
      issues.push(issue('invalid_datetime', 'expires', dateTimeProblem(request.expires)));
      return { issues };
    }
    expires = truncateToSeconds(parsed);
  } else {
    const hours = request.durationHours ?? plan.defaultDurationHours;
    if (request.durationHours === undefined) path = '';
    expires = new Date(sent.getTime() + Math.round(hours * HOUR / 1000) * 1000);
  }
  if (expires.getTime() <= sent.getTime()) {
    issues.push(
      issue(
        path === 'expires' ? 'expires_in_past' : 'expires_not_after_sent',
        path,
        `The alert would expire at ${formatCapDateTime(expires, tz)}, at or before it is sent (${formatCapDateTime(sent, tz)}); give an expiry after the send time.`,
      ),
    );
    return { issues };
  }
  if (!yearInRange(expires)) {
    issues.push(issue('invalid_datetime', path, `The alert would expire in the year ${expires.getUTCFullYear()}; CAP writes years ${LIMITS.minYear} to ${LIMITS.maxYear}. Give a shorter duration.`));
    return { issues };
  }
  issues.push(...eventTimeIssues(request, sent, tz));
  const hours = (expires.getTime() - sent.getTime()) / HOUR;
  if (request.wea.enabled && hours > 24) {
    issues.push(
      issue(
        'wea_duration_over_24h',
        path,
        `The alert lasts ${formatHours(hours)}; IPAWS practice keeps WEA alerts to at most 24 hours. Consider an Update to extend it.`,
        'warning',
      ),
    );
  }
  return {
    times: { sent, expires, sentText: formatCapDateTime(sent, tz), expiresText: formatCapDateTime(expires, tz) },
    issues,
  };
}

/**
 * Hours as people say them: `1.5 h`, `24 h`.
 *
 * @example
 * formatHours(1.5); //=> '1.5 h'
 */
export function formatHours(hours: number): string {
  return `${Math.round(hours * 100) / 100} h`;
}

/**
 * The incident and last-seen times must not lie after the alert is sent: up to `LIMITS.futureSkewMinutes` later
 * is a warning (clocks differ by minutes), more is an error (a typo in the date, or a time zone gone wrong).
 * Code `time_after_sent`; a year before 1000 is `invalid_datetime`.
 *
 * @example
 * eventTimeIssues(request, new Date('2026-11-22T21:20:00Z'), 'America/Denver'); //=> [] when both are earlier
 */
export function eventTimeIssues(request: BlueAlertRequest, sent: Date, timeZone: string): BlueAlertIssue[] {
  const out: BlueAlertIssue[] = [];
  const check = (text: string | undefined, path: string, what: string) => {
    if (text === undefined) return;
    const t = parseIsoDateTime(text);
    if (t === undefined || !yearInRange(t)) {
      out.push(issue('invalid_datetime', path, t === undefined ? dateTimeProblem(text) : `The year ${t.getUTCFullYear()} is outside ${LIMITS.minYear} to ${LIMITS.maxYear}.`));
      return;
    }
    const ahead = (t.getTime() - sent.getTime()) / 60_000;
    if (ahead <= 0) return;
    const when = formatCapDateTime(t, timeZone);
    const sentText = formatCapDateTime(sent, timeZone);
    if (ahead <= LIMITS.futureSkewMinutes) {
      out.push(issue('time_after_sent', path, `The ${what} (${when}) is ${Math.ceil(ahead)} min after the alert is sent (${sentText}); check the clocks.`, 'warning'));
    } else {
      out.push(
        issue(
          'time_after_sent',
          path,
          `The ${what} (${when}) is after the alert is sent (${sentText}) by more than ${LIMITS.futureSkewMinutes} minutes; check the date, the time and its zone offset.`,
        ),
      );
    }
  };
  check(request.incident.occurredAt, 'incident.occurredAt', 'incident time');
  request.suspects.forEach((s, i) => check(s.lastSeen?.at, `suspects[${i}].lastSeen.at`, 'last-seen time'));
  return out;
}
