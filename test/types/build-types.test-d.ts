/**
 * Type tests, compiled by `tsc` in `npm run typecheck` (an unused `@ts-expect-error` is itself an error, so every
 * line below that must fail to compile is proved to fail).
 */
import { expectTypeOf } from 'vitest';
import {
  buildBlueAlert,
  isBlueAlertError,
  parseBlueAlertRequest,
  safeBuildBlueAlert,
  type BlueAlertError,
  type BlueAlertIssue,
  type BlueAlertMessage,
  type BlueAlertRequest,
  type BlueAlertRequestInput,
  type ReadonlyRequestInput,
  type SafeBuildResult,
} from '../../src/index.js';

const issuer = { name: 'Colorado Bureau of Investigation', sender: 'cbi.bluealert@state.co.us', timeZone: 'America/Denver' };

// an inline object literal is checked field by field
buildBlueAlert({ event: 'officer-killed', issuer, requestingAgency: { name: 'Denver PD' }, area: { same: ['008031'] } });

// @ts-expect-error a misspelt event
buildBlueAlert({ event: 'officer-kiled', issuer, requestingAgency: { name: 'Denver PD' }, area: { same: ['008031'] } });

// @ts-expect-error a misspelt field (durationHour for durationHours)
buildBlueAlert({ event: 'officer-killed', issuer, requestingAgency: { name: 'Denver PD' }, area: { same: ['008031'] }, durationHour: 2 });

// @ts-expect-error a misspelt nested field (modle for model)
buildBlueAlert({ event: 'officer-killed', issuer, requestingAgency: { name: 'Denver PD' }, area: { same: ['008031'] }, suspects: [{ vehicle: { modle: 'F-150' } }] });

// @ts-expect-error a required field left out (area)
buildBlueAlert({ event: 'officer-killed', issuer, requestingAgency: { name: 'Denver PD' } });

// @ts-expect-error a wrong type (durationHours as text)
buildBlueAlert({ event: 'officer-killed', issuer, requestingAgency: { name: 'Denver PD' }, area: { same: ['008031'] }, durationHours: '6' });

// @ts-expect-error a status that does not exist
buildBlueAlert({ event: 'officer-killed', status: 'Live', issuer, requestingAgency: { name: 'Denver PD' }, area: { same: ['008031'] } });

declare const json: unknown;
// @ts-expect-error JSON of unknown shape cannot go straight into buildBlueAlert
buildBlueAlert(json);

// ... it goes through parseBlueAlertRequest (typed output, defaults filled in) or safeBuildBlueAlert
const parsed = parseBlueAlertRequest(json);
if (parsed.success) {
  expectTypeOf(parsed.data).toEqualTypeOf<BlueAlertRequest>();
  expectTypeOf(parsed.data.status).toEqualTypeOf<'Actual' | 'Exercise' | 'Test' | 'Draft'>();
  expectTypeOf(parsed.data.suspects).toBeArray();
  expectTypeOf(buildBlueAlert(parsed.data)).toEqualTypeOf<BlueAlertMessage>();
} else {
  expectTypeOf(parsed.issues).toEqualTypeOf<readonly [BlueAlertIssue, ...BlueAlertIssue[]]>();
}
expectTypeOf(safeBuildBlueAlert(json)).toEqualTypeOf<SafeBuildResult>();
expectTypeOf(safeBuildBlueAlert).parameter(0).toBeUnknown();
// (two signatures: the read-only request, and BlueAlertRequestInput, the type editor errors name)
declare const typed: BlueAlertRequestInput;
expectTypeOf(buildBlueAlert(typed)).toEqualTypeOf<BlueAlertMessage>();
expectTypeOf<BlueAlertRequestInput>().toExtend<ReadonlyRequestInput>();

// a request held read-only (vendor review 24 V10): lists written `as const` or typed ReadonlyArray
const SAME = ['008031', '008001'] as const;
const frozen = { event: 'officer-killed', issuer, requestingAgency: { name: 'Denver PD' }, area: { same: SAME }, suspects: [{ vehicle: { make: 'Ford' } }] } as const;
expectTypeOf(buildBlueAlert(frozen)).toEqualTypeOf<BlueAlertMessage>();
const codes: readonly string[] = ['008031'];
const withCodes: ReadonlyRequestInput = { ...frozen, area: { same: codes, geometry: { type: 'Polygon', coordinates: [[[-105, 39.6], [-104.6, 39.6], [-104.6, 39.9], [-105, 39.6]]] } } };
expectTypeOf(buildBlueAlert(withCodes)).toEqualTypeOf<BlueAlertMessage>();
// @ts-expect-error a read-only request still has its fields checked
buildBlueAlert({ ...frozen, area: { same: codes }, durationHour: 2 } as const);

// a parsed request is also a valid input (output ⊂ input)
expectTypeOf<BlueAlertRequest>().toExtend<BlueAlertRequestInput>();

// isBlueAlertError narrows
declare const caught: unknown;
if (isBlueAlertError(caught)) {
  expectTypeOf(caught).toEqualTypeOf<BlueAlertError>();
  expectTypeOf(caught.issues).toEqualTypeOf<readonly [BlueAlertIssue, ...BlueAlertIssue[]]>();
}

// the request type prints as itself: a named interface, not an expanded zod type
type IsInterfaceName<T> = T extends BlueAlertRequestInput ? (BlueAlertRequestInput extends T ? true : false) : false;
expectTypeOf<IsInterfaceName<BlueAlertRequestInput>>().toEqualTypeOf<true>();
