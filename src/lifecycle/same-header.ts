import type { CapAlert } from '../cap/model.js';
import { parseIsoDateTime } from '../time/zone.js';

/**
 * The EAS SAME header an encoder would derive from a CAP alert (47 CFR 11.31; ECIG §3.4), without station id.
 * (First version; the activation issue completes it with clamping warnings.)
 *
 * @example
 * sameHeader(alert); //=> 'ZCZC-CIV-BLU-008031+0300-3261420-'
 */
export function sameHeader(alert: CapAlert): string {
  const info = alert.info[0];
  const org = info?.parameter.find((p) => p.valueName === 'EAS-ORG')?.value ?? 'CIV';
  const event = info?.eventCode.find((p) => p.valueName === 'SAME')?.value ?? 'BLU';
  const codes = (info?.area ?? []).flatMap((a) => a.geocode.filter((g) => g.valueName === 'SAME').map((g) => g.value)).slice(0, 31);
  const sent = parseIsoDateTime(alert.sent) ?? new Date(0);
  const expires = info?.expires === undefined ? sent : (parseIsoDateTime(info.expires) ?? sent);
  const minutes = Math.max(0, Math.ceil((expires.getTime() - sent.getTime()) / 60_000));
  let step = minutes <= 60 ? Math.ceil(minutes / 15) * 15 : Math.ceil(minutes / 30) * 30;
  step = Math.min(step, 99 * 60 + 30);
  const tttt = `${String(Math.floor(step / 60)).padStart(2, '0')}${String(step % 60).padStart(2, '0')}`;
  const start = Date.UTC(sent.getUTCFullYear(), 0, 1);
  const jjj = String(Math.floor((sent.getTime() - start) / 86_400_000) + 1).padStart(3, '0');
  const hhmm = `${String(sent.getUTCHours()).padStart(2, '0')}${String(sent.getUTCMinutes()).padStart(2, '0')}`;
  return `ZCZC-${org}-${event}-${codes.join('-')}+${tttt}-${jjj}${hhmm}-`;
}
