/**
 * CAP 1.2 date-times (`xs:dateTime` as the CAP data dictionary restricts it: a ±hh:mm offset, no `Z`, no
 * fractional seconds), read for the validator.
 */
import { xmlTrim } from './polygon.js';

/**
 * A CAP date-time read: the instant (ms since the epoch) and the written offset in minutes.
 *
 * @example
 * const d: CapDate = { ms: 0, offsetMinutes: -420 };
 */
export interface CapDate {
  readonly ms: number;
  readonly offsetMinutes: number;
}

/** The value of the `count` ASCII digits at `s[i]`, or -1 when one of them is not a digit. */
function digitsAt(s: string, i: number, count: number): number {
  let v = 0;
  for (let k = i; k < i + count; k++) {
    const c = s.charCodeAt(k) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Reads a CAP date-time (`YYYY-MM-DDThh:mm:ss±hh:mm`, no `Z`, no fractions); `undefined` if it is not one.
 * Read by character codes, not a regular expression: it runs several times per message in a feed.
 *
 * @example
 * readDate('2026-11-22T14:20:00-07:00')?.offsetMinutes; //=> -420
 * readDate('2026-11-22T14:20:00Z'); //=> undefined
 */
export function readDate(text: string): CapDate | undefined {
  // xs:dateTime collapses surrounding whitespace (XSD Part 2, whiteSpace facet) before the pattern is checked
  const t = xmlTrim(text);
  if (t.length !== 25 || t[4] !== '-' || t[7] !== '-' || t[10] !== 'T' || t[13] !== ':' || t[16] !== ':' || t[22] !== ':') return undefined;
  const sign = t[19];
  if (sign !== '-' && sign !== '+') return undefined;
  const year = digitsAt(t, 0, 4);
  const month = digitsAt(t, 5, 2);
  const day = digitsAt(t, 8, 2);
  const hour = digitsAt(t, 11, 2);
  const minute = digitsAt(t, 14, 2);
  const second = digitsAt(t, 17, 2);
  const offH = digitsAt(t, 20, 2);
  const offM = digitsAt(t, 23, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || offH < 0 || offM < 0) return undefined;
  // xs:dateTime has no year 0000 (XSD 1.0) and offsets within ±14:00
  if (year === 0 || month < 1 || month > 12 || day < 1 || minute > 59 || second > 59 || offM > 59 || offH * 60 + offM > 840) return undefined;
  if (hour > 24 || (hour === 24 && (minute !== 0 || second !== 0))) return undefined;
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day); // not Date.UTC, which maps years 0-99 to 1900-1999
  if (at.getUTCDate() !== day) return undefined;
  const offsetMinutes = (sign === '-' ? -1 : 1) * (offH * 60 + offM);
  const ms = at.getTime() + ((hour * 60 + minute) * 60 + second) * 1000 - offsetMinutes * 60_000;
  return { ms, offsetMinutes };
}
