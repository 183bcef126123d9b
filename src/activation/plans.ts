/**
 * Plan profiles: what a state's (or the national) Blue Alert plan covers, requires and recommends.
 *
 * A plan is plain data plus, optionally, functions: the built-in criteria name one of the `CriterionCheckName`s,
 * so a plan can also be written as JSON; a TypeScript caller may give a function instead.
 */
import { unknownPlanKeys } from './plan-keys.js';
import type { BlueAlertEvent, BlueAlertRequest } from '../request/schema.js';
import { BLUE_ALERT_EVENTS } from '../request/schema.js';
import { issue, type BlueAlertIssue } from '../errors.js';

/**
 * The status of one activation criterion: `unknown` means the request does not say (the reviewer's checklist
 * field is absent).
 *
 * @example
 * const s: CriterionStatus = 'unknown';
 */
export type CriterionStatus = 'met' | 'unmet' | 'unknown';

/**
 * The built-in ways to decide a criterion from a request (each reads the `criteria` checklist, and for some the
 * event or the suspects):
 *
 * - `requested-by-primary-agency`: `criteria.requestedByPrimaryAgency`
 * - `officer-killed-or-seriously-injured`: `criteria.officerStatusConfirmed`; for `officer-attacked` also
 *   `criteria.indicationOfSeriousInjuryOrDeath`
 * - `officer-killed-or-life-threatening-injury`: `criteria.officerStatusConfirmed`; for `officer-injured` also
 *   `criteria.lifeThreateningInjury`
 * - `suspect-not-apprehended`: `criteria.suspectApprehended === false`
 * - `sufficient-suspect-description`: `criteria.sufficientSuspectDescription`; unmet when no suspect is described
 *   at all
 * - `threat-imminent-and-credible`: `criteria.threatImminentAndCredible`
 * - `suspect-wanted`: `criteria.suspectWanted`
 * - `missing-in-connection-with-duties`: `criteria.missingInConnectionWithDuties`
 * - `indication-of-serious-injury-or-death`: `criteria.indicationOfSeriousInjuryOrDeath`
 * - `suspect-fled`: `criteria.suspectFled`
 * - content checks: `suspect-description`, `suspect-transportation`, `incident-summary`
 *
 * @example
 * const c: CriterionCheckName = 'suspect-not-apprehended';
 */
export type CriterionCheckName =
  | 'requested-by-primary-agency'
  | 'officer-killed-or-seriously-injured'
  | 'officer-killed-or-life-threatening-injury'
  | 'suspect-not-apprehended'
  | 'sufficient-suspect-description'
  | 'threat-imminent-and-credible'
  | 'suspect-wanted'
  | 'missing-in-connection-with-duties'
  | 'indication-of-serious-injury-or-death'
  | 'suspect-fled'
  | 'suspect-description'
  | 'suspect-transportation'
  | 'incident-summary';

/**
 * What a check finds: the status, and which request fields it was decided from (field names only, never values).
 *
 * @example
 * const r: CriterionResult = { status: 'met', basis: 'criteria.suspectApprehended is false' };
 */
export interface CriterionResult {
  readonly status: CriterionStatus;
  readonly basis: string;
}

/**
 * How a criterion is decided: a built-in check name, or a function of the parsed request.
 *
 * @example
 * const check: CriterionCheck = (r) => ({ status: r.suspects.length > 0 ? 'met' : 'unknown', basis: 'suspects' });
 */
export type CriterionCheck = CriterionCheckName | ((request: BlueAlertRequest) => CriterionResult);

/**
 * One activation criterion of a plan.
 *
 * @example
 * const c: PlanCriterion = {
 *   id: 'national-1b',
 *   text: 'Any suspect involved has not been apprehended.',
 *   events: ['officer-killed', 'officer-injured', 'officer-attacked'],
 *   check: 'suspect-not-apprehended',
 * };
 */
export interface PlanCriterion {
  /** Stable id, e.g. `national-1b`. */
  readonly id: string;
  /** The criterion as the plan words it. */
  readonly text: string;
  /** Events this criterion applies to. */
  readonly events: readonly BlueAlertEvent[];
  /** How the criterion is decided from the request. */
  readonly check: CriterionCheck;
  /** The criterion set it belongs to, as the plan titles it (e.g. the national set 1). */
  readonly group?: string;
}

/**
 * Something a plan wants the alert to contain. A missing `required` item gives a warning (`plan_content_missing`);
 * a missing recommended one is only reported in the assessment.
 *
 * @example
 * const item: PlanContentItem = { id: 'colorado-bap3-b', text: 'Information involving the suspect(s) mode of transportation.', check: 'suspect-transportation', required: false };
 */
export interface PlanContentItem {
  readonly id: string;
  readonly text: string;
  readonly check: CriterionCheck;
  readonly required: boolean;
  /** Events the item applies to; all when absent. */
  readonly events?: readonly BlueAlertEvent[];
}

/**
 * A duration limit in hours; `hard: true` refuses a duration beyond it, else it only warns.
 *
 * @example
 * const min: DurationLimit = { hours: 24, hard: false };
 */
export interface DurationLimit {
  readonly hours: number;
  readonly hard: boolean;
}

/**
 * One phase of a rebroadcast cadence: air again every `everyMinutes` from `fromMinutes` after sending until
 * `untilMinutes` (or the expiry when absent).
 *
 * @example
 * const phase: RebroadcastPhase = { fromMinutes: 0, untilMinutes: 120, everyMinutes: 15 };
 */
export interface RebroadcastPhase {
  readonly fromMinutes: number;
  readonly untilMinutes?: number;
  readonly everyMinutes: number;
}

/**
 * Local hours an alert may be sent in (e.g. a plan that sends only between 06:00 and 23:00), in the issuer's zone.
 * An Actual alert outside them is refused like the plan's other rules (an override with a reason lets it through
 * with a warning); `hard: false` makes it only a warning.
 *
 * @example
 * const hours: PlanHours = { from: '06:00', to: '23:00', hard: false };
 */
export interface PlanHours {
  /** `HH:MM`, 24-hour clock, inclusive. */
  readonly from: string;
  /** `HH:MM`, 24-hour clock, exclusive; may be earlier than `from` for a window across midnight. */
  readonly to: string;
  /** Default true: refuse an Actual alert outside the hours; false: only warn. */
  readonly hard?: boolean;
}

/**
 * A Blue Alert plan profile.
 *
 * @example
 * const p: PlanProfile = { ...nationalPlan, name: 'my-state', defaultDurationHours: 6 };
 */
export interface PlanProfile {
  readonly name: string;
  readonly title: string;
  /** Where the plan's wording comes from. */
  readonly source?: string;
  /** The covered events; a request for any other event is refused. */
  readonly events: readonly BlueAlertEvent[];
  /** Activation criteria; a request qualifies when every criterion that applies to its event is met. */
  readonly criteria: readonly PlanCriterion[];
  /** Default duration of an alert in hours when the request gives neither `expires` nor `durationHours`. */
  readonly defaultDurationHours: number;
  readonly minDuration?: DurationLimit;
  readonly maxDuration?: DurationLimit;
  /** How often the plan asks the alert to be aired again; none when absent or empty. */
  readonly rebroadcast?: readonly RebroadcastPhase[];
  /** What the plan wants the alert to contain. */
  readonly content?: readonly PlanContentItem[];
  /** Local hours alerts may be sent in; any time when absent. */
  readonly hours?: PlanHours;
  /** How long the plan keeps an alert active, in its own words. */
  readonly durationNote?: string;
}

const NATIONAL_SOURCE =
  'Effective Blue Alert Plans: Guidance and Recommendations (COPS Office, 2017), chapters 1 and 6';
const SET1 = 'Death or serious injury of a law enforcement officer in the line of duty.';
const SET2 = 'Threat to cause death or serious injury to a law enforcement officer.';
const SET3 = 'Law enforcement officer missing in connection with official duties.';
const NOT_APPREHENDED = 'Any suspect involved has not been apprehended.';
const SUFFICIENT =
  'There is sufficient descriptive information about the suspect, including any relevant vehicle and license tag information.';
const BAP1 = 'CBI-BAP1';
const HARMED: readonly BlueAlertEvent[] = ['officer-killed', 'officer-injured', 'officer-attacked'];

/**
 * The national guidance (COPS Office 2017): the three criteria sets of chapter 1 word for word, and chapter 6's
 * "at least 24 hours" as the default and a soft minimum; "24–48 hours" in most states as a soft maximum.
 *
 * @example
 * nationalPlan.defaultDurationHours; //=> 24
 */
export const nationalPlan: PlanProfile = {
  name: 'national',
  title: 'National Blue Alert Network guidance (COPS Office, 2017)',
  source: NATIONAL_SOURCE,
  events: [...BLUE_ALERT_EVENTS],
  criteria: [
    {
      id: 'national-request',
      text: 'A request has been made by a law enforcement agency having primary jurisdiction over the incident in question.',
      events: [...BLUE_ALERT_EVENTS],
      check: 'requested-by-primary-agency',
    },
    {
      id: 'national-1a',
      text: 'The agency confirms that a law enforcement officer has been i. killed, ii. seriously injured, iii. attacked and with indications of death or serious injury.',
      events: HARMED,
      check: 'officer-killed-or-seriously-injured',
      group: SET1,
    },
    { id: 'national-1b', text: NOT_APPREHENDED, events: HARMED, check: 'suspect-not-apprehended', group: SET1 },
    { id: 'national-1c', text: SUFFICIENT, events: HARMED, check: 'sufficient-suspect-description', group: SET1 },
    {
      id: 'national-2a',
      text: 'The requesting agency confirms that the threat is imminent and credible.',
      events: ['imminent-threat'],
      check: 'threat-imminent-and-credible',
      group: SET2,
    },
    {
      id: 'national-2b',
      text: 'At the time of receipt of the threat, any suspect involved is wanted by a law enforcement agency.',
      events: ['imminent-threat'],
      check: 'suspect-wanted',
      group: SET2,
    },
    { id: 'national-2c', text: NOT_APPREHENDED, events: ['imminent-threat'], check: 'suspect-not-apprehended', group: SET2 },
    { id: 'national-2d', text: SUFFICIENT, events: ['imminent-threat'], check: 'sufficient-suspect-description', group: SET2 },
    {
      id: 'national-3a',
      text: "The agency concludes that the law enforcement officer is missing in connection with the officer's official duties.",
      events: ['officer-missing'],
      check: 'missing-in-connection-with-duties',
      group: SET3,
    },
    {
      id: 'national-3b',
      text: 'There is an indication of serious injury to or death of the law enforcement officer.',
      events: ['officer-missing'],
      check: 'indication-of-serious-injury-or-death',
      group: SET3,
    },
    { id: 'national-3c', text: NOT_APPREHENDED, events: ['officer-missing'], check: 'suspect-not-apprehended', group: SET3 },
    { id: 'national-3d', text: SUFFICIENT, events: ['officer-missing'], check: 'sufficient-suspect-description', group: SET3 },
  ],
  defaultDurationHours: 24,
  minDuration: { hours: 24, hard: false },
  maxDuration: { hours: 48, hard: false },
  rebroadcast: [],
  content: [],
  durationNote:
    'Blue Alerts should remain active for a period of at least 24 hours, but not longer than is reasonably necessary; in most states an alert remains active for 24–48 hours.',
};

/**
 * Colorado's Blue Alert Program (8 CCR 1507-27): a peace officer killed or with a life-threatening injury and the
 * suspect fled; active until the suspect is apprehended or the alert is cancelled (default 24 hours, the longest a
 * WEA alert should last; renew with an Update); rebroadcast every 15 minutes for 2 hours, then every 30 minutes.
 *
 * @example
 * coloradoPlan.events; //=> ['officer-killed', 'officer-injured']
 */
export const coloradoPlan: PlanProfile = {
  name: 'colorado',
  title: 'Colorado Blue Alert Program (8 CCR 1507-27)',
  source: '8 CCR 1507-27, Blue Alert Program (Colorado Department of Public Safety), eff. 09/30/2011',
  events: ['officer-killed', 'officer-injured'],
  criteria: [
    {
      id: 'colorado-bap1-request',
      text: 'A local law enforcement agency, operating under their individual policy and procedures, involving an investigation, […] may notify the CBI at the main number and request that the information be conveyed to the bureau for a blue alert broadcast.',
      events: ['officer-killed', 'officer-injured'],
      check: 'requested-by-primary-agency',
      group: BAP1,
    },
    {
      id: 'colorado-bap1-officer',
      text: 'Upon verifying that a peace officer has been killed or has received a life-threatening injury.',
      events: ['officer-killed', 'officer-injured'],
      check: 'officer-killed-or-life-threatening-injury',
      group: BAP1,
    },
    {
      id: 'colorado-bap1-fled',
      text: 'The suspect or suspects have fled the scene of the offense.',
      events: ['officer-killed', 'officer-injured'],
      check: 'suspect-fled',
      group: BAP1,
    },
    {
      id: 'colorado-notification-period',
      text: '"Notification Period" - the alert will be active until the suspect(s) is apprehended or the requesting agency provides information that the alert is no longer necessary and should be canceled.',
      events: ['officer-killed', 'officer-injured'],
      check: 'suspect-not-apprehended',
    },
  ],
  defaultDurationHours: 24,
  rebroadcast: [
    { fromMinutes: 0, untilMinutes: 120, everyMinutes: 15 },
    { fromMinutes: 120, everyMinutes: 30 },
  ],
  content: [
    {
      id: 'colorado-bap3-a',
      text: 'The physical description of the suspect(s) and identification information to include last known location.',
      check: 'suspect-description',
      required: false,
    },
    {
      id: 'colorado-bap3-b',
      text: 'Information involving the suspect(s) mode of transportation.',
      check: 'suspect-transportation',
      required: false,
    },
    {
      id: 'colorado-bap3-c',
      text: 'Brief description of events leading to the offense.',
      check: 'incident-summary',
      required: false,
    },
  ],
  durationNote:
    'The alert will be active until the suspect(s) is apprehended or the requesting agency provides information that the alert is no longer necessary and should be canceled.',
};

/**
 * The names of the built-in plans.
 *
 * @example
 * BUILT_IN_PLANS; //=> ['national', 'colorado']
 */
export const BUILT_IN_PLANS = ['national', 'colorado'] as const;

/**
 * Finds a built-in plan by name (case-insensitive), or returns the object given; `undefined` means `national`.
 * Returns `undefined` for an unknown name.
 *
 * @example
 * resolvePlan('colorado')?.name; //=> 'colorado'
 * resolvePlan('atlantis'); //=> undefined
 */
export function resolvePlan(plan: string | PlanProfile | undefined): PlanProfile | undefined {
  if (plan === undefined) return nationalPlan;
  if (typeof plan !== 'string') return plan;
  switch (plan.trim().toLowerCase()) {
    case 'national':
      return nationalPlan;
    case 'colorado':
    case 'co':
      return coloradoPlan;
    default:
      return undefined;
  }
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Checks a plan object a caller wrote (the built-ins pass): names, events, durations, cadence and hours.
 * Issues have code `invalid_plan` and paths under `options.plan`.
 *
 * @example
 * checkPlan({ ...nationalPlan, defaultDurationHours: 0 })[0]?.path; //=> 'options.plan.defaultDurationHours'
 */
export function checkPlan(plan: PlanProfile): BlueAlertIssue[] {
  const out: BlueAlertIssue[] = [];
  const bad = (path: string, message: string): void => {
    out.push(issue('invalid_plan', `options.plan${path === '' ? '' : `.${path}`}`, message));
  };
  if (typeof plan !== 'object' || plan === null) {
    bad('', 'A plan is a built-in name ("national", "colorado") or a plan object.');
    return out;
  }
  for (const [path, message] of unknownPlanKeys(plan)) bad(path, message);
  if (typeof plan.name !== 'string' || plan.name.trim() === '') bad('name', 'Give the plan a non-empty name.');
  if (!Array.isArray(plan.events) || plan.events.length === 0) {
    bad('events', `List at least one covered event: ${BLUE_ALERT_EVENTS.join(', ')}.`);
  } else {
    plan.events.forEach((e, i) => {
      if (!(BLUE_ALERT_EVENTS as readonly string[]).includes(e)) bad(`events[${i}]`, `Must be one of ${BLUE_ALERT_EVENTS.join(', ')}.`);
    });
  }
  if (!Array.isArray(plan.criteria)) bad('criteria', 'Give a list of criteria (it may be empty).');
  else {
    const seen = new Set<string>();
    plan.criteria.forEach((c, i) => {
      if (typeof c.id !== 'string' || c.id === '' || seen.has(c.id)) bad(`criteria[${i}].id`, 'Each criterion needs a unique, non-empty id.');
      seen.add(c.id);
      if (typeof c.text !== 'string' || c.text.trim() === '') bad(`criteria[${i}].text`, 'Give the criterion as the plan words it.');
      if (typeof c.check !== 'function' && !CHECK_NAMES.includes(c.check)) {
        bad(`criteria[${i}].check`, `Must be a function or one of ${CHECK_NAMES.join(', ')}.`);
      }
    });
  }
  const d = plan.defaultDurationHours;
  if (typeof d !== 'number' || !(d > 0) || d > 99.5) bad('defaultDurationHours', 'Must be a number of hours above 0 and at most 99.5.');
  const min = plan.minDuration?.hours;
  const max = plan.maxDuration?.hours;
  if (min !== undefined && !(min >= 0)) bad('minDuration.hours', 'Must be 0 or more hours.');
  if (max !== undefined && !(max > 0)) bad('maxDuration.hours', 'Must be more than 0 hours.');
  if (min !== undefined && max !== undefined && min > max) bad('minDuration.hours', 'Must not be above maxDuration.hours.');
  (plan.rebroadcast ?? []).forEach((p, i) => {
    if (!(p.everyMinutes >= 1)) bad(`rebroadcast[${i}].everyMinutes`, 'Must be at least 1 minute.');
    if (!(p.fromMinutes >= 0)) bad(`rebroadcast[${i}].fromMinutes`, 'Must be 0 or more minutes.');
    if (p.untilMinutes !== undefined && !(p.untilMinutes > p.fromMinutes)) {
      bad(`rebroadcast[${i}].untilMinutes`, 'Must be after fromMinutes.');
    }
  });
  if (plan.hours !== undefined) {
    if (!HHMM.test(plan.hours.from)) bad('hours.from', 'Must be a 24-hour time "HH:MM", e.g. "06:00".');
    if (!HHMM.test(plan.hours.to)) bad('hours.to', 'Must be a 24-hour time "HH:MM", e.g. "23:00".');
    const hard: unknown = plan.hours.hard;
    if (hard !== undefined && typeof hard !== 'boolean') bad('hours.hard', 'Must be true (refuse an Actual alert outside the hours; the default) or false (only warn).');
  }
  return out;
}

const CHECK_NAMES: readonly string[] = [
  'requested-by-primary-agency',
  'officer-killed-or-seriously-injured',
  'officer-killed-or-life-threatening-injury',
  'suspect-not-apprehended',
  'sufficient-suspect-description',
  'threat-imminent-and-credible',
  'suspect-wanted',
  'missing-in-connection-with-duties',
  'indication-of-serious-injury-or-death',
  'suspect-fled',
  'suspect-description',
  'suspect-transportation',
  'incident-summary',
] satisfies readonly CriterionCheckName[];
