/**
 * Public request + area + text + times -> the CAP object model of a Blue Alert (IPAWS profile v1.0).
 */
import type { BlueAlertRequest } from '../request/schema.js';
import type { ResolvedArea } from '../area/resolve.js';
import type { AlertText, TextBundle } from '../text/compose.js';
import type { CapAlert, CapArea, CapInfo, CapValuePair } from './model.js';
import { IPAWS_CHANNEL_LIMITS } from '../validate/channels.js';
import { photoResources } from '../text/photos.js';

/** The SAME event code for a Blue Alert (83 FR 2557). */
export const BLUE_ALERT_SAME_CODE = 'BLU';
/** The IPAWS profile version code (`<code>`). */
export const IPAWS_PROFILE_CODE = 'IPAWSv1.0';

/**
 * The urgency, severity and certainty of an alert. Imminent Threat needs Immediate|Expected, Extreme|Severe and
 * Observed|Likely (47 CFR 10.400(b)).
 *
 * @example
 * const usc: UrgencySeverityCertainty = { urgency: 'Immediate', severity: 'Severe', certainty: 'Observed' };
 */
export interface UrgencySeverityCertainty {
  readonly urgency: string;
  readonly severity: string;
  readonly certainty: string;
}

/**
 * Urgency, severity and certainty for an event and WEA class. A killed, injured, attacked or missing officer is an
 * observed fact; a threat is likely. Public Safety messages use Moderate severity so they do not qualify as
 * Imminent Threat by their values alone.
 *
 * @example
 * urgencySeverityCertainty('imminent-threat', 'Imminent Threat');
 * //=> { urgency: 'Immediate', severity: 'Severe', certainty: 'Likely' }
 */
export function urgencySeverityCertainty(
  event: BlueAlertRequest['event'],
  handling: BlueAlertRequest['wea']['handling'],
): UrgencySeverityCertainty {
  const certainty = event === 'imminent-threat' ? 'Likely' : 'Observed';
  if (handling === 'Public Safety') return { urgency: 'Expected', severity: 'Moderate', certainty };
  return { urgency: 'Immediate', severity: event === 'officer-killed' ? 'Extreme' : 'Severe', certainty };
}

/** What `blueAlertToCap` needs. */
export interface BlueAlertCapInput {
  readonly request: BlueAlertRequest;
  readonly identifier: string;
  readonly msgType: 'Alert' | 'Update' | 'Cancel';
  readonly sent: string;
  readonly expires: string;
  readonly area: ResolvedArea;
  readonly text: TextBundle;
  readonly references?: readonly string[];
  readonly scope?: 'Public' | 'Restricted';
  readonly restriction?: string;
  /** Extra `<parameter>`s, e.g. BLOCKCHANNEL for a law-enforcement-only message. */
  readonly extraParameters?: readonly CapValuePair[];
  /** Overrides urgency/severity/certainty (a Cancel uses Past/Minor/Observed would fail IPAWS; callers decide). */
  readonly usc?: UrgencySeverityCertainty;
  readonly responseType?: readonly string[];
}

function capArea(area: ResolvedArea): CapArea {
  return {
    areaDesc: area.areaDesc,
    polygon: area.polygons,
    circle: area.circles,
    geocode: area.same.map((value) => ({ valueName: 'SAME', value })),
  };
}

/**
 * True when weather radio (NWEM) would refuse the area: a circle, or a polygon of more coordinate pairs than
 * `IPAWS_CHANNEL_LIMITS.nwemMaxPolygonPairs` (secondary source: capgo). The build then blocks NWEM rather than
 * send the other channels a coarser polygon (one CAP area serves every channel).
 *
 * @example
 * nwemRefusesArea({ areaDesc: 'x', polygon: [], circle: ['39.7,-104.9 5'], geocode: [] }); //=> true
 */
export function nwemRefusesArea(area: CapArea): boolean {
  if (area.circle.length > 0 && !IPAWS_CHANNEL_LIMITS.nwemAllowsCircles) return true;
  return area.polygon.some((p) => p.trim().split(/\s+/).length > IPAWS_CHANNEL_LIMITS.nwemMaxPolygonPairs);
}

function parameters(input: BlueAlertCapInput, text: AlertText, area: CapArea): CapValuePair[] {
  const r = input.request;
  const out: CapValuePair[] = [{ valueName: 'EAS-ORG', value: r.issuer.easOrg }];
  if (r.wea.enabled) {
    out.push({ valueName: 'WEAHandling', value: r.wea.handling });
    out.push({ valueName: 'CMAMtext', value: text.wea90 });
    out.push({ valueName: 'CMAMlongtext', value: text.wea360 });
  } else {
    out.push({ valueName: 'BLOCKCHANNEL', value: 'CMAS' });
  }
  if (!r.eas.enabled) {
    out.push({ valueName: 'BLOCKCHANNEL', value: 'EAS' });
    out.push({ valueName: 'BLOCKCHANNEL', value: 'NWEM' });
  } else {
    if (nwemRefusesArea(area)) out.push({ valueName: 'BLOCKCHANNEL', value: 'NWEM' });
    if (text.easText !== undefined && text.easText !== '') {
      // ECIG v1.0 §2.1.2: the text every EAS device airs after the FCC required sentence, so all show the same crawl
      out.push({ valueName: 'EASText', value: text.easText });
    }
  }
  if (input.extraParameters !== undefined) {
    for (const p of input.extraParameters) {
      if (!out.some((o) => o.valueName === p.valueName && o.value === p.value)) out.push(p);
    }
  }
  return out;
}

function info(input: BlueAlertCapInput, language: 'en-US' | 'es-US', event: string, text: AlertText, area: CapArea): CapInfo {
  const r = input.request;
  const usc = input.usc ?? urgencySeverityCertainty(r.event, r.wea.handling);
  return {
    language,
    category: ['Security'],
    event,
    responseType: input.responseType ?? ['Monitor'],
    urgency: usc.urgency,
    severity: usc.severity,
    certainty: usc.certainty,
    eventCode: [{ valueName: 'SAME', value: BLUE_ALERT_SAME_CODE }],
    expires: input.expires,
    senderName: r.issuer.name,
    headline: text.headline,
    description: text.description,
    instruction: text.instruction,
    ...(r.issuer.web === undefined ? {} : { web: r.issuer.web }),
    ...(r.issuer.phone === undefined ? {} : { contact: r.issuer.phone }),
    parameter: parameters(input, text, area),
    // released photos (suspects; a missing officer's when the redaction module releases it)
    resource: input.msgType === 'Cancel' ? [] : photoResources(r, language === 'es-US' ? 'es' : 'en'),
    area: [area],
  };
}

/**
 * Builds the CAP object model of a Blue Alert: `code` IPAWSv1.0, category Security, event "Blue Alert", SAME
 * eventCode BLU, EAS-ORG, WEA parameters, one area; a second `<info>` in es-US when Spanish text is present.
 *
 * @example
 * const alert = blueAlertToCap({ request, identifier: 'X-1', msgType: 'Alert', sent, expires, area, text });
 * alert.info[0]?.event; //=> 'Blue Alert'
 */
export function blueAlertToCap(input: BlueAlertCapInput): CapAlert {
  const r = input.request;
  const area = capArea(input.area);
  const infos: CapInfo[] = [];
  if (r.languages.includes('en-US') || input.text.es === undefined) infos.push(info(input, 'en-US', 'Blue Alert', input.text, area));
  if (input.text.es !== undefined && r.languages.includes('es-US')) infos.push(info(input, 'es-US', 'Alerta Azul', input.text.es, area));
  return {
    identifier: input.identifier,
    sender: r.issuer.sender,
    sent: input.sent,
    status: r.status,
    msgType: input.msgType,
    scope: input.scope ?? 'Public',
    ...(input.restriction === undefined ? {} : { restriction: input.restriction }),
    code: [IPAWS_PROFILE_CODE],
    ...(r.note === undefined ? {} : { note: r.note }),
    ...(input.references === undefined || input.references.length === 0 ? {} : { references: input.references }),
    ...(r.incidents === undefined || r.incidents.length === 0 ? {} : { incidents: r.incidents.join(' ') }),
    info: infos,
  };
}
