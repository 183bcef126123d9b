/**
 * Time labels for alert text, in the issuer's zone, built on `src/time/zone.ts`. Deterministic: no clock reads.
 */
import { localParts, localTimeLabel, zoneAbbreviation } from '../time/zone.js';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/**
 * `2:05 PM` (no zone) in `timeZone`.
 *
 * @example
 * clockLabel(new Date('2026-11-22T21:05:00Z'), 'America/Denver'); //=> '2:05 PM'
 */
export function clockLabel(date: Date, timeZone: string): string {
  const w = localParts(date, timeZone);
  const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  return `${h12}:${String(w.minute).padStart(2, '0')} ${w.hour < 12 ? 'AM' : 'PM'}`;
}

/**
 * `2:05 PM MST` in `timeZone` (the zone abbreviation the runtime knows).
 *
 * @example
 * clockZoneLabel(new Date('2026-11-22T21:05:00Z'), 'America/Denver'); //=> '2:05 PM MST'
 */
export function clockZoneLabel(date: Date, timeZone: string): string {
  return localTimeLabel(date, timeZone);
}

/**
 * The zone abbreviation at an instant (`MST`).
 *
 * @example
 * zoneLabel(new Date('2026-11-22T21:05:00Z'), 'America/Denver'); //=> 'MST'
 */
export function zoneLabel(date: Date, timeZone: string): string {
  return zoneAbbreviation(date, timeZone);
}

/**
 * Whether two instants fall on the same local calendar day in `timeZone`.
 *
 * @example
 * sameLocalDay(new Date('2026-11-22T21:05:00Z'), new Date('2026-11-23T03:00:00Z'), 'America/Denver'); //=> true
 */
export function sameLocalDay(a: Date, b: Date, timeZone: string): boolean {
  const x = localParts(a, timeZone);
  const y = localParts(b, timeZone);
  return x.year === y.year && x.month === y.month && x.day === y.day;
}

/**
 * English date: `Nov 22` (with `, 2026` when `withYear`).
 *
 * @example
 * dateLabelEn(new Date('2026-11-22T21:05:00Z'), 'America/Denver', true); //=> 'Nov 22, 2026'
 */
export function dateLabelEn(date: Date, timeZone: string, withYear = false): string {
  const w = localParts(date, timeZone);
  return `${MONTHS_EN[w.month - 1] ?? ''} ${w.day}${withYear ? `, ${w.year}` : ''}`;
}

/**
 * Spanish date: `22 de noviembre` (with ` de 2026` when `withYear`).
 *
 * @example
 * dateLabelEs(new Date('2026-11-22T21:05:00Z'), 'America/Denver'); //=> '22 de noviembre'
 */
export function dateLabelEs(date: Date, timeZone: string, withYear = false): string {
  const w = localParts(date, timeZone);
  return `${w.day} de ${MONTHS_ES[w.month - 1] ?? ''}${withYear ? ` de ${w.year}` : ''}`;
}

/**
 * The time of `date` as text relative to `reference` (the send time): `2:05 PM` on the same day, else
 * `2:05 PM Nov 21`; with the zone when `withZone`.
 *
 * @example
 * whenLabelEn(new Date('2026-11-22T21:05:00Z'), new Date('2026-11-22T21:20:00Z'), 'America/Denver', true); //=> '2:05 PM MST'
 * whenLabelEn(new Date('2026-11-23T21:05:00Z'), new Date('2026-11-22T21:20:00Z'), 'America/Denver', true); //=> '2:05 PM MST Nov 23'
 */
export function whenLabelEn(date: Date, reference: Date, timeZone: string, withZone = false): string {
  const clock = withZone ? clockZoneLabel(date, timeZone) : clockLabel(date, timeZone);
  // each instant's local day read once for the same-day and same-year checks (was: twice for each)
  const d = localParts(date, timeZone);
  const r = localParts(reference, timeZone);
  if (d.year === r.year && d.month === r.month && d.day === r.day) return clock;
  return `${clock} ${dateLabelEn(date, timeZone, d.year !== r.year)}`;
}

/**
 * Whether two instants fall in the same local year: a date in another year than the send time says its year.
 *
 * @example
 * sameLocalYear(new Date('2026-12-31T12:00:00Z'), new Date('2027-01-01T12:00:00Z'), 'UTC'); //=> false
 */
export function sameLocalYear(a: Date, b: Date, timeZone: string): boolean {
  return localParts(a, timeZone).year === localParts(b, timeZone).year;
}

/**
 * Spanish clock time with its article: `las 2:05 p. m.`, `la 1:30 p. m.` (with the zone when `withZone`).
 *
 * @example
 * clockLabelEs(new Date('2026-11-22T20:30:00Z'), 'America/Denver'); //=> 'la 1:30 p. m.'
 */
export function clockLabelEs(date: Date, timeZone: string, withZone = false): string {
  const w = localParts(date, timeZone);
  const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  const zone = withZone ? ` ${zoneAbbreviation(date, timeZone)}` : '';
  return `${h12 === 1 ? 'la' : 'las'} ${h12}:${String(w.minute).padStart(2, '0')} ${w.hour < 12 ? 'a. m.' : 'p. m.'}${zone}`;
}

/**
 * Spanish form of {@link whenLabelEn}: `las 2:05 p. m.` or `el 21 de noviembre a las 2:05 p. m.`.
 *
 * @example
 * whenLabelEs(new Date('2026-11-22T21:05:00Z'), new Date('2026-11-22T21:20:00Z'), 'America/Denver'); //=> 'las 2:05 p. m.'
 */
export function whenLabelEs(date: Date, reference: Date, timeZone: string, withZone = false): string {
  const clock = clockLabelEs(date, timeZone, withZone);
  // each instant's local day read once, as in whenLabelEn
  const d = localParts(date, timeZone);
  const r = localParts(reference, timeZone);
  if (d.year === r.year && d.month === r.month && d.day === r.day) return clock;
  return `el ${dateLabelEs(date, timeZone, d.year !== r.year)} a ${clock}`;
}
