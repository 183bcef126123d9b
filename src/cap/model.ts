/**
 * The CAP 1.2 object model: plain, immutable-by-convention data in the element order of the CAP 1.2 schema.
 * Times are kept as the CAP strings they are written as, so a parsed message round-trips exactly.
 */

/** The CAP 1.2 namespace. */
export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';

/** CAP `status` values. */
export const CAP_STATUSES = ['Actual', 'Exercise', 'System', 'Test', 'Draft'] as const;
/** CAP `msgType` values. */
export const CAP_MSG_TYPES = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'] as const;
/** CAP `scope` values. */
export const CAP_SCOPES = ['Public', 'Restricted', 'Private'] as const;
/** CAP `category` values. */
export const CAP_CATEGORIES = ['Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other'] as const;
/** CAP `responseType` values. */
export const CAP_RESPONSE_TYPES = ['Shelter', 'Evacuate', 'Prepare', 'Execute', 'Avoid', 'Monitor', 'Assess', 'AllClear', 'None'] as const;
/** CAP `urgency` values. */
export const CAP_URGENCIES = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
/** CAP `severity` values. */
export const CAP_SEVERITIES = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
/** CAP `certainty` values. */
export const CAP_CERTAINTIES = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;

/**
 * A `valueName`/`value` pair (`eventCode`, `parameter`, `geocode`).
 *
 * @example
 * const same: CapValuePair = { valueName: 'SAME', value: 'BLU' };
 */
export interface CapValuePair {
  readonly valueName: string;
  readonly value: string;
}

/**
 * A CAP `<resource>`.
 *
 * @example
 * const r: CapResource = { resourceDesc: 'Suspect photo', mimeType: 'image/jpeg', uri: 'https://example.gov/p.jpg' };
 */
export interface CapResource {
  readonly resourceDesc: string;
  readonly mimeType: string;
  readonly size?: number;
  readonly uri?: string;
  readonly derefUri?: string;
  readonly digest?: string;
}

/**
 * A CAP `<area>`. Polygons are `lat,lon` pairs separated by spaces; circles are `lat,lon radiusKm`.
 *
 * @example
 * const a: CapArea = { areaDesc: 'Denver County, CO', polygon: [], circle: ['39.74,-104.99 40'], geocode: [{ valueName: 'SAME', value: '008031' }] };
 */
export interface CapArea {
  readonly areaDesc: string;
  readonly polygon: readonly string[];
  readonly circle: readonly string[];
  readonly geocode: readonly CapValuePair[];
  readonly altitude?: number;
  readonly ceiling?: number;
}

/**
 * A CAP `<info>` block.
 *
 * @example
 * const info: CapInfo = buildBlueAlert(request, { now }).alert.info[0];
 */
export interface CapInfo {
  readonly language?: string;
  readonly category: readonly string[];
  readonly event: string;
  readonly responseType: readonly string[];
  readonly urgency: string;
  readonly severity: string;
  readonly certainty: string;
  readonly audience?: string;
  readonly eventCode: readonly CapValuePair[];
  readonly effective?: string;
  readonly onset?: string;
  readonly expires?: string;
  readonly senderName?: string;
  readonly headline?: string;
  readonly description?: string;
  readonly instruction?: string;
  readonly web?: string;
  readonly contact?: string;
  readonly parameter: readonly CapValuePair[];
  readonly resource: readonly CapResource[];
  readonly area: readonly CapArea[];
}

/**
 * A CAP 1.2 `<alert>`. `references` holds the `sender,identifier,sent` triplets one per entry; `incidents` and
 * `addresses` hold their whitespace-separated tokens.
 *
 * @example
 * const alert: CapAlert = parseCap(xml);
 * alert.info[0]?.eventCode; //=> [{ valueName: 'SAME', value: 'BLU' }]
 */
export interface CapAlert {
  readonly identifier: string;
  readonly sender: string;
  readonly sent: string;
  readonly status: string;
  readonly msgType: string;
  readonly source?: string;
  readonly scope: string;
  readonly restriction?: string;
  readonly addresses?: string;
  readonly code: readonly string[];
  readonly note?: string;
  readonly references?: readonly string[];
  readonly incidents?: string;
  readonly info: readonly CapInfo[];
}
