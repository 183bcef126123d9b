/**
 * The date-times of an update/cancel chain, read as `validateCap` reads them (review 24 V1: the chain read
 * `<sent>`/`<expires>` more strictly than the validator, so white space around them or `T24:00:00` made a valid
 * message "need a sent date-time", or its expiry was silently ignored), and written back in the CAP 1.2 form when
 * the earlier message did not use it (review 24 V3: a `Z` or a fraction in it made the new message invalid).
 */
import { readDate } from '../validate/dates.js';
import { xmlTrim } from '../cap/xml-chars.js';
import { parseIsoDateTime } from '../time/zone.js';

/**
 * A date-time of an earlier message: its instant, its offset, and its text in the CAP 1.2 form.
 *
 * @example
 * const d: ChainDate = { ms: 0, offsetMinutes: -420, text: '1969-12-31T17:00:00-07:00', asWritten: true };
 */
export interface ChainDate {
  readonly ms: number;
  readonly offsetMinutes: number;
  /**
   * The value in the CAP 1.2 form: the collapsed text as written when it is one (`T24:00:00` kept, as a reference
   * copies the earlier `sent` exactly), else the instant written at its offset (`Z` becomes `-00:00`, CAP's UTC;
   * fractions are dropped).
   */
  readonly text: string;
  /** False when the earlier message wrote it in a form CAP 1.2 refuses (`Z`, fractional seconds). */
  readonly asWritten: boolean;
}

/**
 * An instant written as a CAP date-time at an offset (minutes east of UTC); offset 0 is written `-00:00`, the form
 * CAP 1.2 §3.3.2 gives UTC.
 *
 * @example
 * capDateText(Date.parse('2026-11-22T21:20:00Z'), -420); //=> '2026-11-22T14:20:00-07:00'
 * capDateText(Date.parse('2026-11-22T21:20:00Z'), 0);    //=> '2026-11-22T21:20:00-00:00'
 */
export function capDateText(ms: number, offsetMinutes: number): string {
  const local = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000);
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const abs = Math.abs(offsetMinutes);
  return (
    `${String(local.getUTCFullYear()).padStart(4, '0')}-${p2(local.getUTCMonth() + 1)}-${p2(local.getUTCDate())}` +
    `T${p2(local.getUTCHours())}:${p2(local.getUTCMinutes())}:${p2(local.getUTCSeconds())}${offsetMinutes > 0 ? '+' : '-'}${p2(Math.floor(abs / 60))}:${p2(abs % 60)}`
  );
}

/**
 * Reads a date-time of an earlier message: first exactly as `validateCap` does (XML white space collapsed,
 * `T24:00:00` is the next day's midnight), else as ISO 8601 with a zone (`Z`, fractional seconds), which an
 * alerting official must still be able to cancel (`asWritten: false`). `undefined` for anything else.
 *
 * @example
 * readChainDate(' 2026-11-21T24:00:00-07:00\n')?.text; //=> '2026-11-21T24:00:00-07:00'
 * readChainDate('2026-11-22T21:20:00Z')?.text;          //=> '2026-11-22T21:20:00-00:00'
 */
export function readChainDate(raw: string): ChainDate | undefined {
  const t = xmlTrim(raw);
  const cap = readDate(t);
  if (cap !== undefined) return { ms: cap.ms, offsetMinutes: cap.offsetMinutes, text: t, asWritten: true };
  const iso = parseIsoDateTime(t);
  if (iso === undefined) return undefined;
  const zone = /([+-])(\d\d):?(\d\d)$/.exec(t);
  const offsetMinutes = zone === null ? 0 : (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3]));
  return { ms: iso.getTime(), offsetMinutes, text: capDateText(iso.getTime(), offsetMinutes), asWritten: false };
}

/**
 * Whether a date-time read from an earlier message can be copied into a new IPAWS message as written: CAP 1.2
 * form, not `T24:00:00` (which some receivers misread), and not at offset 0 (IPAWS wants the local offset).
 *
 * @example
 * copiesAsWritten(readChainDate('2026-11-23T14:20:00-07:00')!); //=> true
 * copiesAsWritten(readChainDate('2026-11-23T21:20:00-00:00')!); //=> false
 */
export function copiesAsWritten(d: ChainDate): boolean {
  return d.asWritten && d.offsetMinutes !== 0 && d.text.slice(11, 13) !== '24';
}
