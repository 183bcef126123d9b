/**
 * Time zones and CAP date-times. The only module that talks to `Intl` for time.
 *
 * CAP 1.2 writes every time as `YYYY-MM-DDThh:mm:ss±hh:mm`: the offset is required, `Z` and fractions are not
 * allowed (CAP 1.2 §3.3.2; the XSD pattern). We write each time in the issuing authority's offset at that
 * instant, so DST changes are handled by the IANA database in `Intl`.
 */
import { LIMITS } from '../limits.js';
import { table } from '../table.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A faster source of the same zone facts for one runtime, asked before `Intl`. Each method returns `undefined`
 * when it cannot answer exactly as `Intl` would, and `Intl` answers instead. The CLI plugs in the process's own
 * time zone (src/cli/zone-engine.ts): the first `Intl` object of a process costs 10-20 ms of a cold start.
 */
export interface ZoneEngine {
  /** `true` when `timeZone` is known; `undefined` to let `Intl` decide. */
  isKnown(timeZone: string): true | undefined;
  /** Wall-clock fields of `date` in `timeZone`, or `undefined`. */
  wallClock(date: Date, timeZone: string): WallClock | undefined;
  /** The zone's short name at `date` as `zoneAbbreviation` writes it, or `undefined`. */
  abbreviation(date: Date, timeZone: string): string | undefined;
}

let engine: ZoneEngine | undefined;

/**
 * Installs (or with `undefined` removes) the zone engine asked before `Intl`; clears the recent answers.
 *
 * @example
 * setZoneEngine(processZoneEngine()); // the CLI, at start
 * setZoneEngine(undefined); // Intl only again
 */
export function setZoneEngine(next: ZoneEngine | undefined): void {
  engine = next;
  recentWallClocks.clear();
  recentAbbreviations.clear();
}

/**
 * One `Intl.DateTimeFormat` per zone, created on first use (construction is costly; reuse is cheap).
 * Returns `undefined` for a zone `Intl` does not know.
 */
function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  let f = formatters.get(timeZone);
  if (f !== undefined) return f;
  try {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    });
  } catch {
    return undefined;
  }
  formatters.set(timeZone, f);
  return f;
}

/**
 * Whether `timeZone` is an IANA zone this runtime knows (`America/Denver`, `Pacific/Honolulu`, `UTC`).
 *
 * @example
 * isValidTimeZone('America/Phoenix'); //=> true
 * isValidTimeZone('Mountain'); //=> false
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0) return false;
  return engine?.isKnown(timeZone) ?? formatterFor(timeZone) !== undefined;
}

/** Wall-clock fields of an instant in a zone (month 1-12, hour 0-23; the year astronomical: 1 BC is 0). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Recent answers of `wallClock`: a build asks for the same few instants many times, and formatToParts is slow. */
const recentWallClocks = new Map<string, WallClock>();

function wallClock(date: Date, timeZone: string): WallClock {
  const key = `${timeZone} ${date.getTime()}`;
  const known = recentWallClocks.get(key);
  if (known !== undefined) return { ...known };
  const w = computeWallClock(date, timeZone);
  if (recentWallClocks.size >= 256) recentWallClocks.clear();
  recentWallClocks.set(key, w);
  return { ...w };
}

function computeWallClock(date: Date, timeZone: string): WallClock {
  const fast = engine?.wallClock(date, timeZone);
  if (fast !== undefined) return fast;
  const f = formatterFor(timeZone);
  if (f === undefined) throw new RangeError(`Unknown time zone "${timeZone}".`);
  const w: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let bc = false;
  for (const p of f.formatToParts(date)) {
    switch (p.type) {
      case 'year':
        w.year = Number(p.value);
        break;
      case 'month':
        w.month = Number(p.value);
        break;
      case 'day':
        w.day = Number(p.value);
        break;
      case 'hour':
        w.hour = Number(p.value);
        break;
      case 'minute':
        w.minute = Number(p.value);
        break;
      case 'second':
        w.second = Number(p.value);
        break;
      case 'era':
        bc = p.value.startsWith('B');
        break;
      default:
        break;
    }
  }
  if (bc) w.year = 1 - w.year;
  return w;
}

/**
 * The UTC offset of `timeZone` at the instant `date`, in minutes east of UTC (Denver in winter: -420).
 *
 * @example
 * zoneOffsetMinutes(new Date('2026-07-01T12:00:00Z'), 'America/Denver'); //=> -360
 */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const whole = new Date(Math.floor(date.getTime() / 1000) * 1000);
  const w = wallClock(whole, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - whole.getTime()) / 60_000);
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/**
 * Writes an instant as a CAP date-time in the offset `timeZone` has at that instant, truncated to whole seconds.
 * UTC is written `-00:00` as CAP asks, never `Z`.
 *
 * @example
 * formatCapDateTime(new Date('2026-11-22T21:05:00Z'), 'America/Denver'); //=> '2026-11-22T14:05:00-07:00'
 * formatCapDateTime(new Date('2026-11-22T21:05:00Z'), 'UTC'); //=> '2026-11-22T21:05:00-00:00'
 */
export function formatCapDateTime(date: Date, timeZone: string): string {
  const whole = new Date(Math.floor(date.getTime() / 1000) * 1000);
  const w = wallClock(whole, timeZone);
  const offset = zoneOffsetMinutes(whole, timeZone);
  const sign = offset > 0 ? '+' : '-';
  const off = `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${off}`;
}

/** The CAP 1.2 date-time pattern (XSD): offset required, no `Z`, no fractions. */
export const CAP_DATETIME_PATTERN = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d$/;

const ISO_WITH_ZONE =
  /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?(Z|[-+](\d\d):?(\d\d))$/i;

/**
 * Parses an ISO 8601 date-time that carries a zone (`Z` or `±hh:mm`), as requests and CAP messages give them.
 * Returns `undefined` for anything else, including a date-time without a zone (it would be ambiguous).
 *
 * @example
 * parseIsoDateTime('2026-11-22T14:05:00-07:00')?.toISOString(); //=> '2026-11-22T21:05:00.000Z'
 * parseIsoDateTime('2026-11-22T14:05:00'); //=> undefined
 */
export function parseIsoDateTime(text: string): Date | undefined {
  const m = ISO_WITH_ZONE.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  // years before 1000 are refused: CAP writes 4-digit years, and Date.UTC would read 0099 as 1999
  if (year < LIMITS.minYear) return undefined;
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  let t = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return undefined;
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const offsetMin = Number(oh) * 60 + Number(om);
    if (Number(oh) > 23 || Number(om) > 59) return undefined;
    t -= (zone.startsWith('-') ? -1 : 1) * offsetMin * 60_000;
  }
  return new Date(t);
}

/**
 * Why a date-time text is refused, in words for an issue message: a year before 1000, or not ISO 8601 with a zone
 * at all.
 *
 * @example
 * dateTimeProblem('0099-11-22T14:05:00-07:00'); //=> 'The year 0099 is before 1000; …'
 */
export function dateTimeProblem(text: string): string {
  const m = ISO_WITH_ZONE.exec(text);
  if (m !== null && Number(m[1]) < LIMITS.minYear) {
    return `The year ${m[1] ?? ''} is before ${LIMITS.minYear}; give a real date-time with a 4-digit year and a zone, e.g. "2026-11-22T14:05:00-07:00".`;
  }
  return 'Must be an ISO 8601 date-time with a zone, e.g. "2026-11-22T14:05:00-07:00".';
}

/**
 * Is this instant's year, in UTC and within a day of it in any zone, one CAP can write (1000..9999)?
 *
 * @example
 * yearInRange(new Date('2026-11-22T21:05:00Z')); //=> true
 * yearInRange(new Date('0099-11-22T21:05:00Z')); //=> false
 */
export function yearInRange(date: Date): boolean {
  const t = date.getTime();
  if (Number.isNaN(t)) return false;
  const day = 86_400_000;
  return new Date(t - day).getUTCFullYear() >= LIMITS.minYear && new Date(t + day).getUTCFullYear() <= LIMITS.maxYear;
}

/**
 * Truncates an instant to whole seconds (CAP has no fractions).
 *
 * @example
 * truncateToSeconds(new Date('2026-11-22T21:05:00.987Z')).toISOString(); //=> '2026-11-22T21:05:00.000Z'
 */
export function truncateToSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

/**
 * The local wall-clock time of an instant in a zone as `h:mm AM/PM` plus a zone abbreviation where the runtime
 * has one (`2:05 PM MST`), for alert text.
 *
 * @example
 * localTimeLabel(new Date('2026-11-22T21:05:00Z'), 'America/Denver'); //=> '2:05 PM MST'
 */
export function localTimeLabel(date: Date, timeZone: string): string {
  const w = wallClock(date, timeZone);
  const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  const ampm = w.hour < 12 ? 'AM' : 'PM';
  return `${h12}:${pad(w.minute)} ${ampm} ${zoneAbbreviation(date, timeZone)}`.trim();
}

const abbrFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The short name of a zone at an instant (`MST`, `EDT`, `HST`); falls back to `UTC-4` style where the runtime has
 * no abbreviation (America/Puerto_Rico gives `AST`).
 *
 * @example
 * zoneAbbreviation(new Date('2026-07-01T12:00:00Z'), 'America/New_York'); //=> 'EDT'
 */
export function zoneAbbreviation(date: Date, timeZone: string): string {
  const key = `${timeZone} ${date.getTime()}`;
  const known = recentAbbreviations.get(key);
  if (known !== undefined) return known;
  const name = computeZoneAbbreviation(date, timeZone);
  if (recentAbbreviations.size >= 256) recentAbbreviations.clear();
  recentAbbreviations.set(key, name);
  return name;
}

/** Recent answers of `zoneAbbreviation` (formatToParts is slow; a build asks for the same instants often). */
const recentAbbreviations = new Map<string, string>();

function computeZoneAbbreviation(date: Date, timeZone: string): string {
  const fast = engine?.abbreviation(date, timeZone);
  if (fast !== undefined) return fast;
  let f = abbrFormatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' });
    abbrFormatters.set(timeZone, f);
  }
  const name = f.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '';
  if (/^GMT[-+]/.test(name)) {
    const known = FALLBACK_ABBREVIATIONS[`${timeZone}@${zoneOffsetMinutes(date, timeZone)}`];
    if (known !== undefined) return known;
    return name.replace('GMT', 'UTC');
  }
  return name === 'GMT' ? 'UTC' : name;
}

/** Zone names that ICU's en-US data leaves as `GMT-4` although US usage has a name. */
const FALLBACK_ABBREVIATIONS: Record<string, string> = table({
  'America/Puerto_Rico@-240': 'AST',
  'America/St_Thomas@-240': 'AST',
  'America/Virgin@-240': 'AST',
  'Pacific/Guam@600': 'ChST',
  'Pacific/Saipan@600': 'ChST',
  'Pacific/Pago_Pago@-660': 'SST',
  'America/Adak@-600': 'HST',
  'America/Adak@-540': 'HDT',
});

/**
 * Wall-clock parts of an instant in a zone, for text that needs a date (`Nov 22`).
 *
 * @example
 * localDateLabel(new Date('2026-11-22T21:05:00Z'), 'America/Denver'); //=> 'Nov 22'
 */
export function localDateLabel(date: Date, timeZone: string): string {
  const w = wallClock(date, timeZone);
  return `${MONTHS[w.month - 1] ?? ''} ${w.day}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Wall-clock fields of an instant in a zone (year, month 1-12, day, hour 0-23, minute, second).
 *
 * @example
 * localParts(new Date('2026-11-22T21:05:00Z'), 'America/Denver').hour; //=> 14
 */
export function localParts(date: Date, timeZone: string): Readonly<WallClock> {
  return wallClock(date, timeZone);
}
