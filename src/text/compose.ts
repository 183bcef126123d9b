/**
 * Alert text: headline, description, instruction, WEA 90/360 and EAS display text.
 * (First version; the text issue makes it good.)
 */
import type { BlueAlertRequest } from '../request/schema.js';
import type { ResolvedArea } from '../area/resolve.js';
import type { BlueAlertIssue } from '../errors.js';
import { localTimeLabel } from '../time/zone.js';

/**
 * The text of one language.
 *
 * @example
 * const t: AlertText = result.text;
 */
export interface AlertText {
  readonly headline: string;
  readonly description: string;
  readonly instruction: string;
  readonly wea90: string;
  readonly wea360: string;
  /** EAS display text (ECIG 1.0 §3.6). */
  readonly eas: string;
}

/**
 * All text of a message: English, and Spanish when asked for.
 *
 * @example
 * result.text.es?.headline;
 */
export interface TextBundle extends AlertText {
  readonly es?: AlertText;
}

/**
 * What the text composer needs besides the (public) request.
 */
export interface TextContext {
  readonly request: BlueAlertRequest;
  readonly sent: Date;
  readonly expires: Date;
  readonly area: ResolvedArea;
}

const WHAT: Record<BlueAlertRequest['event'], string> = {
  'officer-killed': 'A law enforcement officer was killed',
  'officer-injured': 'A law enforcement officer was seriously injured',
  'officer-attacked': 'A law enforcement officer was attacked',
  'imminent-threat': 'There is an imminent threat to law enforcement officers',
  'officer-missing': 'A law enforcement officer is missing',
};

function fit(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max + 1);
  const sp = cut.lastIndexOf(' ');
  return cut.slice(0, sp > 0 ? sp : max).replace(/[ ,;:.-]+$/, '');
}

/**
 * Composes every text variant from the public request.
 */
export function composeText(ctx: TextContext): { text: TextBundle; issues: BlueAlertIssue[] } {
  const r = ctx.request;
  const tz = r.issuer.timeZone;
  const what = WHAT[r.event];
  const headline = `Blue Alert: ${what}`;
  const description = [r.incident.summary, `Area: ${ctx.area.areaDesc}.`].filter(Boolean).join(' ');
  const instruction = 'Do not approach the suspect. Call 911 if you see the suspect or have information.';
  const wea90 = fit(`BLUE ALERT: ${what}. Do not approach. Call 911.`, 90);
  const wea360 = fit(`BLUE ALERT from ${r.issuer.name}: ${what}. ${description} ${instruction}`, 360);
  const eas = `A CIVIL AUTHORITY HAS ISSUED A BLUE ALERT FOR THE FOLLOWING COUNTIES/AREAS: ${ctx.area.areaDesc}; AT ${localTimeLabel(ctx.sent, tz)} EFFECTIVE UNTIL ${localTimeLabel(ctx.expires, tz)}. Message from ${r.issuer.name}. ${description} ${instruction}`;
  return { text: { headline, description, instruction, wea90, wea360, eas }, issues: [] };
}
