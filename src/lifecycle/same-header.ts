/**
 * The EAS SAME header an encoder derives from a CAP alert (47 CFR 11.31; ECIG CAP-to-EAS guide §3.4), without
 * the station id an EAS device adds.
 */
import type { CapAlert, CapInfo } from '../cap/model.js';
import { issue, type BlueAlertWarning } from '../errors.js';
import { parseIsoDateTime } from '../time/zone.js';

/**
 * "There may be 31 Location codes in an EAS alert" (47 CFR 11.31(c)).
 *
 * @example
 * SAME_MAX_LOCATIONS; //=> 31
 */
export const SAME_MAX_LOCATIONS = 31;
/**
 * The longest SAME valid time period, 99 h 30 min (`+9930`), in minutes.
 *
 * @example
 * SAME_MAX_PURGE_MINUTES; //=> 5970
 */
export const SAME_MAX_PURGE_MINUTES = 99 * 60 + 30;

/**
 * The SAME header and what an encoder would have to change or leave out to make it.
 *
 * @example
 * const d: SameHeaderDetails = sameHeaderDetails(alert);
 * d.header;   //=> 'ZCZC-CIV-BLU-008031+0300-3261420-'
 * d.warnings; //=> []
 */
export interface SameHeaderDetails {
  readonly header: string;
  /** `TTTT`, the valid time period as written. */
  readonly purgeTime: string;
  readonly warnings: readonly BlueAlertWarning[];
}

/**
 * Rounds a duration up to a SAME valid time period `TTTT`: 15-minute steps up to one hour, 30-minute steps after,
 * at most `9930`. Returns the minutes, the `HHMM` text and whether it had to be clamped.
 *
 * @example
 * samePurgeTime(10);   //=> { minutes: 15, text: '0015', clamped: false }
 * samePurgeTime(75);   //=> { minutes: 90, text: '0130', clamped: false }
 * samePurgeTime(12000); //=> { minutes: 5970, text: '9930', clamped: true }
 */
export function samePurgeTime(durationMinutes: number): { minutes: number; text: string; clamped: boolean } {
  const d = Math.max(0, Math.ceil(durationMinutes - 1e-9));
  let minutes = d <= 60 ? Math.ceil(d / 15) * 15 : Math.ceil(d / 30) * 30;
  const clamped = minutes > SAME_MAX_PURGE_MINUTES;
  if (clamped) minutes = SAME_MAX_PURGE_MINUTES;
  const text = `${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;
  return { minutes, text, clamped };
}

/**
 * `JJJHHMM`: the ordinal day of the year and the hour and minute of an instant, all in UTC.
 *
 * @example
 * sameOriginTime(new Date('2026-11-22T21:20:00Z')); //=> '3262120'
 */
export function sameOriginTime(at: Date): string {
  const start = Date.UTC(at.getUTCFullYear(), 0, 1);
  const day = Math.floor((at.getTime() - start) / 86_400_000) + 1;
  const hh = String(at.getUTCHours()).padStart(2, '0');
  const mm = String(at.getUTCMinutes()).padStart(2, '0');
  return `${String(day).padStart(3, '0')}${hh}${mm}`;
}

function pick(info: CapInfo | undefined, name: string, list: 'parameter' | 'eventCode'): string | undefined {
  const v = info?.[list].find((p) => p.valueName.toUpperCase() === name)?.value.trim();
  return v === undefined || v === '' ? undefined : v;
}

/**
 * Builds the SAME header of an alert, with warnings for what an encoder would clamp or miss: ORG from the
 * `EAS-ORG` parameter, EEE from the SAME eventCode, the first 31 SAME geocodes in the order met (duplicates
 * once), `+TTTT` from `expires - sent` rounded up, `JJJHHMM` from `sent` in UTC. Uses the first `<info>` (EAS
 * airs the first block of a language; all blocks share eventCode and area).
 *
 * @example
 * sameHeaderDetails(buildBlueAlert(request, { now: '2026-11-22T14:20:00-07:00' }).alert).header;
 * //=> 'ZCZC-CIV-BLU-008031+2400-3262120-'
 */
export function sameHeaderDetails(alert: CapAlert): SameHeaderDetails {
  const warnings: BlueAlertWarning[] = [];
  const warn = (code: Parameters<typeof issue>[0], path: string, message: string): void => {
    const { severity: _s, ...w } = issue(code, path, message, 'warning');
    warnings.push(w);
  };
  const info = alert.info[0];
  let org = pick(info, 'EAS-ORG', 'parameter');
  if (org === undefined) {
    warn('cap_invalid', '/alert/info[1]/parameter', 'No EAS-ORG parameter; an EAS encoder needs one of EAS, CIV, WXR, PEP. CIV assumed.');
    org = 'CIV';
  }
  let event = pick(info, 'SAME', 'eventCode');
  if (event === undefined) {
    warn('cap_invalid', '/alert/info[1]/eventCode', 'No SAME eventCode; an EAS encoder will not air this message. BLU assumed.');
    event = 'BLU';
  }
  const seen = new Set<string>();
  for (const area of info?.area ?? []) {
    for (const g of area.geocode) {
      if (g.valueName.toUpperCase() === 'SAME' || g.valueName.toUpperCase() === 'FIPS6') seen.add(g.value.trim());
    }
  }
  const all = [...seen];
  if (all.length === 0) {
    warn('area_no_geocode', '/alert/info[1]/area', 'No SAME geocode; an EAS encoder needs at least one PSSCCC location code.');
  }
  if (all.length > SAME_MAX_LOCATIONS) {
    warn(
      'too_many_same_codes',
      '/alert/info[1]/area',
      `${all.length} SAME location codes; an EAS header carries only the first ${SAME_MAX_LOCATIONS}, so ${all.length - SAME_MAX_LOCATIONS} are left out.`,
    );
  }
  const codes = all.slice(0, SAME_MAX_LOCATIONS);
  const sent = parseIsoDateTime(alert.sent);
  const expires = info?.expires === undefined ? undefined : parseIsoDateTime(info.expires);
  let tttt = '0000';
  if (sent === undefined) {
    warn('invalid_datetime', '/alert/sent', 'sent is not a date-time with a zone; the origination time is unknown.');
  } else if (expires === undefined) {
    warn('invalid_datetime', '/alert/info[1]/expires', 'expires is missing or not a date-time with a zone; the valid time period is unknown.');
  } else if (expires.getTime() <= sent.getTime()) {
    warn('expires_not_after_sent', '/alert/info[1]/expires', 'expires is not after sent; an EAS encoder treats the message as expired.');
  } else {
    const p = samePurgeTime((expires.getTime() - sent.getTime()) / 60_000);
    tttt = p.text;
    if (p.clamped) {
      warn(
        'eas_duration_clamped',
        '/alert/info[1]/expires',
        'The alert lasts longer than 99 h 30 min, the longest SAME valid time period; the header says +9930.',
      );
    }
  }
  const jjjhhmm = sent === undefined ? '0000000' : sameOriginTime(sent);
  return { header: `ZCZC-${org}-${event}-${codes.join('-')}+${tttt}-${jjjhhmm}-`, purgeTime: tttt, warnings };
}

/**
 * The EAS SAME header an encoder would derive from a CAP alert, e.g. `ZCZC-CIV-BLU-008031+0300-3261420-` (no
 * station id). See `sameHeaderDetails` for the warnings.
 *
 * @example
 * sameHeader(alert); //=> 'ZCZC-CIV-BLU-008031+0300-3261420-'
 */
export function sameHeader(alert: CapAlert): string {
  return sameHeaderDetails(alert).header;
}
