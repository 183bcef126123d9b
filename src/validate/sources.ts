/**
 * Where each `validateCap` rule comes from. One table, read by the docs generator (docs/validation-codes.md),
 * the conformance test and the docs test, so the code, the two docs pages and the tests cannot disagree.
 */
import type { CapIssueCode } from './issues.js';

/**
 * The kind of source behind a rule: `xml` (XML 1.0 well-formedness and the reader's hardening), `xsd` (the official
 * OASIS CAP 1.2 schema), `cap` (CAP 1.2 text the schema cannot express), `ipaws` (USA IPAWS profile v1.0 or its
 * OASIS schema), `fcc` (47 CFR), `ecig` (ECIG CAP-EAS Implementation Guide), `google` (google/cap-library, the
 * reference validator), `secondary` (another implementation, unconfirmed: capgo), `ours` (the team's judgement).
 *
 * @example
 * const k: CapRuleSourceKind = 'xsd';
 */
export type CapRuleSourceKind = 'xml' | 'xsd' | 'cap' | 'ipaws' | 'fcc' | 'ecig' | 'google' | 'secondary' | 'ours';

/**
 * The source of one rule: its kind and a citation a reader can check.
 *
 * @example
 * const s: CapRuleSource = { kind: 'cap', cite: 'CAP 1.2 §3.2.4 (ceiling)' };
 */
export interface CapRuleSource {
  readonly kind: CapRuleSourceKind;
  readonly cite: string;
}

const XML: CapRuleSource = { kind: 'xml', cite: 'XML 1.0; the reader refuses it before parsing (docs/validation.md)' };
const XSD: CapRuleSource = { kind: 'xsd', cite: 'official CAP 1.2 XSD (content models)' };
const GOOGLE_IPAWS = 'IPAWS profile v1.0, as quoted by google/cap-library Ipaws1Profile';
const CAPGO = 'secondary: capgo (IPAWS validator in Go); warning only; numbers in IPAWS_CHANNEL_LIMITS';

/**
 * The source of every code. `cap`-kind rules are the ones the official XSD cannot express (its type there is
 * plain `xs:string`, or the rule ties two elements together).
 *
 * @example
 * CAP_ISSUE_SOURCES.INVALID_ALTITUDE_CEILING_RANGE.kind; //=> 'cap'
 */
export const CAP_ISSUE_SOURCES: Readonly<Record<CapIssueCode, CapRuleSource>> = {
  TOO_LARGE: XML,
  DOCTYPE_FORBIDDEN: XML,
  ENTITY_FORBIDDEN: XML,
  TOO_DEEP: XML,
  MALFORMED_XML: { kind: 'xml', cite: 'XML 1.0 §2 (well-formed), §4.3.3 (encodings: a byte the encoding cannot carry is fatal)' },
  NOT_CAP: { kind: 'xsd', cite: 'official CAP 1.2 XSD (root <alert> in urn:oasis:names:tc:emergency:cap:1.2)' },
  CAP_1_1: { kind: 'xsd', cite: 'CAP 1.2 namespace; CAP 1.1 is a different schema' },
  CAP_1_0: { kind: 'xsd', cite: 'CAP 1.2 namespace; CAP 1.0 is a different schema' },
  MISSING_REQUIRED_ELEMENT: XSD,
  INVALID_SEQUENCE: XSD,
  DUPLICATE_ELEMENT: XSD,
  UNSUPPORTED_ELEMENT: XSD,
  UNSUPPORTED_ATTRIBUTE: XSD,
  INVALID_CHARACTERS: { kind: 'xsd', cite: 'official CAP 1.2 XSD (element-only content)' },
  INVALID_DATE: { kind: 'xsd', cite: 'official CAP 1.2 XSD (xs:dateTime + pattern); CAP 1.2 §3.3.2' },
  INVALID_ENUM_VALUE: { kind: 'xsd', cite: 'official CAP 1.2 XSD (enumerations of xs:string: no whitespace collapse)' },
  INVALID_VALUE: { kind: 'xsd', cite: 'official CAP 1.2 XSD (xs:integer size, xs:decimal altitude and ceiling)' },
  INVALID_LANGUAGE: { kind: 'xsd', cite: 'official CAP 1.2 XSD (xs:language); CAP 1.2 §3.2.2 (RFC 3066)' },
  INVALID_IDENTIFIER: { kind: 'cap', cite: 'CAP 1.2 §3.2.1 identifier: no spaces, commas or < &' },
  INVALID_SENDER: { kind: 'cap', cite: 'CAP 1.2 §3.2.1 sender: no spaces, commas or < &' },
  INVALID_REFERENCES: { kind: 'cap', cite: 'CAP 1.2 §3.2.1 references: sender,identifier,sent triplets' },
  INVALID_CIRCLE: { kind: 'cap', cite: 'CAP 1.2 §3.2.4 circle: "lat,lon radius" (km)' },
  INVALID_POLYGON: { kind: 'cap', cite: 'CAP 1.2 §3.2.4 polygon: 4 or more pairs, first equals last' },
  RESTRICTION_SCOPE_MISMATCH: { kind: 'cap', cite: 'CAP 1.2 §3.2.1 restriction: used when scope is Restricted' },
  ADDRESSES_REQUIRED: { kind: 'cap', cite: 'CAP 1.2 §3.2.1 addresses: required when scope is Private' },
  CIRCULAR_REFERENCE: { kind: 'cap', cite: 'CAP 1.2 §3.2.1 references name earlier messages (google/cap-library CapValidator)' },
  POSTDATED_REFERENCE: { kind: 'google', cite: 'google/cap-library CapValidator (warning)' },
  SAME_TEXT_DIFFERENT_LANGUAGE: { kind: 'google', cite: 'google/cap-library CapValidator (warning)' },
  INVALID_AREA: { kind: 'cap', cite: 'CAP 1.2 §3.2.4 ceiling: only with altitude' },
  INVALID_ALTITUDE_CEILING_RANGE: { kind: 'cap', cite: 'CAP 1.2 §3.2.4 ceiling: the maximum altitude (equal is valid)' },
  INVALID_POLYGON_SELF_INTERSECTION: { kind: 'cap', cite: 'CAP 1.2 §3.2.4 polygon delineates an area; edges that properly cross (google/cap-library CapValidator)' },
  POLYGON_DEGENERATE: { kind: 'ours', cite: 'ours: a spike or a boundary touching itself is valid CAP but drawn differently by receivers (warning)' },
  UNBALANCED_QUOTE: { kind: 'cap', cite: 'CAP 1.2 §3.2.1 addresses and incidents: entries with white space are enclosed in double quotes; an unclosed quote leaves the list ambiguous (warning; the XSD types them xs:string)' },
  INVALID_MIME_TYPE: { kind: 'cap', cite: 'CAP 1.2 §3.2.3 mimeType: RFC 2046 (parameters and RFC 2045 x- types allowed)' },
  INVALID_URI: { kind: 'cap', cite: 'CAP 1.2 §3.2.3 uri: a full absolute or relative URI' },
  RELATIVE_URI_MISSING_DEREF_URI: { kind: 'cap', cite: 'CAP 1.2 §3.2.3 uri: a relative URI names the content of derefUri' },
  INVALID_DEREF_URI: { kind: 'cap', cite: 'CAP 1.2 §3.2.3 derefUri: base64' },
  INVALID_WEB: { kind: 'cap', cite: 'CAP 1.2 §3.2.2 web: a full absolute URI' },
  EMPTY_ELEMENT: { kind: 'ours', cite: 'ours: the XSD types web and uri xs:anyURI and references xs:string, which allow an empty value, and real IPAWS and NAAD messages carry them empty; an empty link is useless, so a warning under both profiles' },
  TEXT_CONTAINS_HTML_ENTITIES: { kind: 'google', cite: 'CAP 1.2 §3.3.3; google/cap-library CapValidator (warning)' },
  TEXT_CONTAINS_HTML_TAGS: { kind: 'google', cite: 'google/cap-library CapValidator (warning)' },
  EXPIRES_NOT_AFTER_SENT: { kind: 'ours', cite: 'ours: CAP 1.2 §3.2.2 orders nothing between sent and expires and no IPAWS source was found, so a warning under both profiles' },
  SENT_INCLUDE_TIMEZONE_OFFSET: { kind: 'google', cite: 'google/cap-library Ipaws1Profile (an offset of 0 is unlikely for US alerts)' },
  VERSION_CODE_REQUIRED: { kind: 'ipaws', cite: GOOGLE_IPAWS },
  VERSION_CODE_WHITESPACE: { kind: 'ours', cite: 'ours: <code> is xs:string, so white space around IPAWSv1.0 is part of the value; the profile version is recognised and the white space is a warning' },
  UPDATE_OR_CANCEL_MUST_REFERENCE: { kind: 'ipaws', cite: GOOGLE_IPAWS },
  EVENT_CODES_MUST_MATCH: { kind: 'ipaws', cite: GOOGLE_IPAWS },
  CATEGORIES_MUST_MATCH: { kind: 'ipaws', cite: GOOGLE_IPAWS },
  EXPIRES_IS_REQUIRED: { kind: 'ipaws', cite: GOOGLE_IPAWS },
  EXPIRES_INCLUDE_TIMEZONE_OFFSET: { kind: 'google', cite: 'google/cap-library Ipaws1Profile (an offset of 0 is unlikely for US alerts)' },
  SAME_EVENT_CODE_REQUIRED: { kind: 'ipaws', cite: GOOGLE_IPAWS },
  AREA_IS_REQUIRED: { kind: 'ipaws', cite: GOOGLE_IPAWS },
  INFO_EFFECTIVE_IS_IGNORED: { kind: 'ipaws', cite: GOOGLE_IPAWS },
  INFO_ONSET_IS_IGNORED: { kind: 'ipaws', cite: GOOGLE_IPAWS },
  INFO_DESCRIPTION_RECOMMENDED: { kind: 'ipaws', cite: GOOGLE_IPAWS },
  INFO_INSTRUCTION_RECOMMENDED: { kind: 'ipaws', cite: GOOGLE_IPAWS },
  AREA_SAME_GEOCODE_RECOMMENDED: { kind: 'ipaws', cite: GOOGLE_IPAWS },
  INFO_IS_REQUIRED: { kind: 'ipaws', cite: 'OASIS IPAWS profile schema (pr02): info 1..*' },
  EAS_ORG_REQUIRED: { kind: 'ipaws', cite: 'IPAWS profile v1.0: messages intended for EAS and/or HazCollect (not when BLOCKCHANNEL blocks both EAS and NWEM)' },
  INVALID_EAS_ORG: { kind: 'fcc', cite: '47 CFR 11.31 originator codes EAS, CIV, WXR, PEP' },
  INVALID_SAME_GEOCODE: { kind: 'fcc', cite: '47 CFR 11.31 location code PSSCCC' },
  TOO_MANY_SAME_GEOCODES: { kind: 'fcc', cite: '47 CFR 11.31: at most 31 location codes (a warning when EAS is blocked)' },
  CMAM_TEXT_TOO_LONG: { kind: 'fcc', cite: '47 CFR 10.430 (90 characters); NWS CAP documentation (CMAMtext)' },
  CMAM_LONGTEXT_TOO_LONG: { kind: 'fcc', cite: '47 CFR 10.430 (360 characters); NWS CAP documentation (CMAMlongtext)' },
  CMAM_NOT_GSM7: { kind: 'fcc', cite: 'WEA text is sent in the GSM 7-bit alphabet (3GPP TS 23.038)' },
  POLYGON_TOO_MANY_VERTICES: { kind: 'secondary', cite: 'secondary: IPAWS-OPEN polygon limit of 100 points (capgo, EDXL CAPLib); kept an error as in version 1' },
  WEA_HANDLING_MISMATCH: { kind: 'fcc', cite: '47 CFR 10.400(b): Imminent Threat urgency, severity and certainty' },
  INVALID_EAS_MUST_CARRY: { kind: 'ecig', cite: 'ECIG CAP-EAS Implementation Guide v1.0: EAS-Must-Carry = TRUE' },
  WEA_DURATION_OVER_24H: { kind: 'secondary', cite: 'secondary: IPAWS practice of WEA alerts of at most 24 hours (warning)' },
  NWEM_CIRCLE: { kind: 'secondary', cite: CAPGO },
  NWEM_POLYGON_TOO_MANY_VERTICES: { kind: 'secondary', cite: CAPGO },
  WEA_TOO_MANY_SHAPES: { kind: 'secondary', cite: CAPGO },
  WEA_TOO_MANY_COORDINATES: { kind: 'secondary', cite: CAPGO },
  WEA_COORDINATE_PRECISION: { kind: 'secondary', cite: CAPGO },
  CMAM_RESTRICTED_CHARACTERS: { kind: 'secondary', cite: CAPGO },
};
