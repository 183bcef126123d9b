/**
 * blue-alert-cap: a typed Blue Alert request -> a validated CAP 1.2 message for IPAWS.
 * Named exports only; this entry imports no `node:` module and no county data.
 */
export { buildBlueAlert, safeBuildBlueAlert } from './build.js';
export type { BuildOptions, BlueAlertMessage, SafeBuildResult } from './build.js';
export { BlueAlertError, formatIssues, isBlueAlertError } from './errors.js';
export type { BlueAlertIssue, BlueAlertIssueCode, BlueAlertWarning, IssueSeverity } from './errors.js';
export { blueAlertRequestSchema, BLUE_ALERT_EVENTS } from './request/schema.js';
export { parseBlueAlertRequest } from './request/parse.js';
export type { RequestParseResult } from './request/parse.js';
export type {
  BlueAlertRequest,
  BlueAlertRequestInput,
  ReadonlyRequestInput,
  DeepReadonly,
  BlueAlertEvent,
  RequestStatus,
  EasOriginator,
  WeaHandling,
  RequestLanguage,
  Suspect,
  Vehicle,
  LicensePlate,
  LastSeen,
  PersonDescription,
  Officer,
  OfficerReleaseList,
  RequestArea,
  GeoJsonPosition,
  PolygonGeometry,
  MultiPolygonGeometry,
  AreaCircle,
  AreaReach,
  ActivationCriteria,
  ContactPerson,
  RequestingAgency,
  Incident,
  TextOverrides,
  TextOverridesEs,
  PersonDescriptionEs,
  DmsLayout,
  Issuer,
  IssuerInput,
  WeaOptions,
  WeaOptionsInput,
} from './request/types.js';
export { parseCap, safeParseCap, CapParseError, isCapParseError } from './cap/parse.js';
export type { ParseCapOptions, CapParseErrorCode, SafeParseCapResult } from './cap/parse.js';
export { toCapXml } from './cap/xml.js';
export type { CapAlert, CapInfo, CapArea, CapResource, CapValuePair } from './cap/model.js';
export { validateCap } from './validate/validate.js';
export type { CapIssue, CapIssueCode, ValidateOptions } from './validate/validate.js';
export { sameHeader, sameHeaderDetails, samePurgeTime } from './lifecycle/same-header.js';
export type { SameHeaderDetails } from './lifecycle/same-header.js';
export { updateBlueAlert } from './lifecycle/update.js';
export type { BlueAlertUpdate, UpdateOptions } from './lifecycle/update.js';
export { cancelBlueAlert } from './lifecycle/cancel.js';
export type { BlueAlertCancel, CancelOptions, CancelReason, CancelText } from './lifecycle/cancel.js';
export type { PreviousMessage, PreviousMessages } from './lifecycle/chain.js';
export { rebroadcastSchedule } from './lifecycle/rebroadcast.js';
export type { RebroadcastTime } from './lifecycle/rebroadcast.js';
export { redactForPublic, officerRelease, identityTerms } from './redaction/redact.js';
export type { KeptIdentity } from './redaction/redact.js';
export type { Redaction, RedactOptions, RedactResult, ReleasableField, OfficerReleaseDecision } from './redaction/redact.js';
export type { IdentityTerm, IdentityTermKind } from './redaction/matcher.js';
export { assessActivation } from './activation/assess.js';
export type { ActivationAssessment, CriterionAssessment, ContentAssessment, CriterionStatus } from './activation/assess.js';
export { nationalPlan, coloradoPlan, resolvePlan, BUILT_IN_PLANS } from './activation/plans.js';
export type {
  PlanProfile,
  PlanCriterion,
  PlanContentItem,
  PlanHours,
  DurationLimit,
  RebroadcastPhase,
  CriterionCheck,
  CriterionCheckName,
  CriterionResult,
} from './activation/plans.js';
export type { TextBundle, AlertText } from './text/compose.js';
export { composeText } from './text/compose.js';
export type { TextContext } from './text/compose.js';
export { isGsm7, gsm7Length, toGsm7 } from './text/gsm.js';
export { easText, EAS_MAX_CHARS } from './text/eas.js';
export type { EasTextParts } from './text/eas.js';
export type { ResolvedArea } from './area/resolve.js';
export { resolveArea, areaShapes, reachRadiusKm, toCapCircle, MAX_SAME_CODES } from './area/resolve.js';
export { areaSanityIssues, swappedPositionHint } from './area/sanity.js';
export type { AreaOptions, AreaShape } from './area/resolve.js';
export type { CountyLookup, CountyRecord } from './area/lookup.js';
export { simplifyPolygonToLimit, capPolygonProblems, toCapPolygon, circleToRings, splitAtAntimeridian } from './area/geometry.js';
export type { LonLat, SimplifiedRing } from './area/geometry.js';
export { isKnownCounty, stateInfo, sameCodeProblem } from './area/codes.js';
export type { StateInfo } from './area/codes.js';
export { describeSameCodes } from './area/describe.js';
export { LIMITS, type LimitName } from './limits.js';
