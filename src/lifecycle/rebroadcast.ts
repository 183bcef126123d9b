/**
 * Rebroadcast schedule: when a plan asks the alert to be aired again (e.g. Colorado: every 15 minutes for the
 * first 2 hours, then every 30 minutes).
 */
import { BlueAlertError, issue } from '../errors.js';
import { parseIsoDateTime } from '../time/zone.js';
import { resolvePlan, type PlanProfile } from '../activation/plans.js';

/**
 * One time the alert should be aired again.
 *
 * @example
 * const slot: RebroadcastTime = rebroadcastSchedule('colorado', sent, expires)[0];
 * slot.minutesAfterSent; //=> 15
 * slot.cap;              //=> '2026-11-22T14:35:00-07:00'
 */
export interface RebroadcastTime {
  readonly at: Date;
  readonly minutesAfterSent: number;
  /** The time as a CAP date-time, in the offset of `sent` when it was given as text, else `-00:00` (UTC). */
  readonly cap: string;
}

/** At most this many times are listed (99.5 hours at one a minute is below it). */
const MAX_SLOTS = 6000;

function toDate(v: Date | string, path: string): { date: Date; offset?: number } {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new BlueAlertError([issue('invalid_datetime', path, `${path} is an invalid Date.`)]);
    return { date: v };
  }
  const d = parseIsoDateTime(v);
  if (d === undefined) {
    throw new BlueAlertError([issue('invalid_datetime', path, `${path} must be an ISO 8601 date-time with a zone, e.g. "2026-11-22T14:20:00-07:00".`)]);
  }
  const m = /([+-])(\d\d):(\d\d)$/.exec(v);
  if (m === null) return { date: d, offset: 0 };
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return { date: d, offset: m[1] === '-' ? -minutes : minutes };
}

function formatAt(date: Date, offsetMinutes: number | undefined): string {
  const off = offsetMinutes ?? 0;
  const local = new Date(date.getTime() + off * 60_000);
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const sign = offsetMinutes === undefined || off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return (
    `${local.getUTCFullYear()}-${p2(local.getUTCMonth() + 1)}-${p2(local.getUTCDate())}T` +
    `${p2(local.getUTCHours())}:${p2(local.getUTCMinutes())}:${p2(local.getUTCSeconds())}${sign}${p2(Math.floor(abs / 60))}:${p2(abs % 60)}`
  );
}

/**
 * The times a plan asks an alert to be aired again, after `sent` and before `expires` (the first airing at `sent`
 * is not listed). Each cadence phase runs from `fromMinutes` to `untilMinutes` (or the expiry); a time at a phase
 * boundary is listed once. A plan without a cadence gives `[]`. Throws `BlueAlertError` for an unknown plan name
 * or an unreadable time.
 *
 * @example
 * rebroadcastSchedule('colorado', '2026-11-22T14:20:00-07:00', '2026-11-22T17:20:00-07:00').map((t) => t.minutesAfterSent);
 * //=> [15, 30, 45, 60, 75, 90, 105, 120, 150]
 */
export function rebroadcastSchedule(plan: string | PlanProfile, sent: Date | string, expires: Date | string): RebroadcastTime[] {
  const p = resolvePlan(plan);
  if (p === undefined) throw new BlueAlertError([issue('unknown_plan', 'plan', 'Unknown plan; use "national", "colorado" or a plan object.')]);
  const s = toDate(sent, 'sent');
  const e = toDate(expires, 'expires');
  const total = (e.date.getTime() - s.date.getTime()) / 60_000;
  const minutes = new Set<number>();
  for (const phase of p.rebroadcast ?? []) {
    if (!(phase.everyMinutes >= 1) || !(phase.fromMinutes >= 0)) continue;
    const end = Math.min(phase.untilMinutes ?? Infinity, total);
    for (let m = phase.fromMinutes + phase.everyMinutes; m <= end && minutes.size < MAX_SLOTS; m += phase.everyMinutes) {
      if (m > 0 && m < total) minutes.add(m);
    }
  }
  return [...minutes]
    .sort((a, b) => a - b)
    .map((m) => {
      const at = new Date(s.date.getTime() + m * 60_000);
      return { at, minutesAfterSent: m, cap: formatAt(at, s.offset) };
    });
}
