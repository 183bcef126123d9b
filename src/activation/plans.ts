/**
 * Plan profiles: what a state's (or the national) Blue Alert plan covers, requires and recommends.
 * (First version: the activation issue completes it.)
 */
import type { BlueAlertEvent } from '../request/schema.js';

/**
 * One activation criterion of a plan.
 *
 * @example
 * const c: PlanCriterion = { id: 'suspect-at-large', text: 'Any suspect involved has not been apprehended.', events: ['officer-killed'] };
 */
export interface PlanCriterion {
  /** Stable id, e.g. `national-1b`. */
  readonly id: string;
  /** The criterion as the plan words it. */
  readonly text: string;
  /** Events this criterion applies to. */
  readonly events: readonly BlueAlertEvent[];
}

/**
 * A Blue Alert plan profile.
 *
 * @example
 * const p: PlanProfile = nationalPlan;
 */
export interface PlanProfile {
  readonly name: string;
  readonly title: string;
  readonly events: readonly BlueAlertEvent[];
  readonly criteria: readonly PlanCriterion[];
  /** Default duration of an alert in hours when the request gives neither `expires` nor `durationHours`. */
  readonly defaultDurationHours: number;
  readonly minDurationHours?: number;
  readonly maxDurationHours?: number;
}

/**
 * The national guidance (COPS Office 2017), chapter 1 and chapter 6 (at least 24 hours).
 *
 * @example
 * nationalPlan.defaultDurationHours; //=> 24
 */
export const nationalPlan: PlanProfile = {
  name: 'national',
  title: 'National Blue Alert Network guidance (COPS Office, 2017)',
  events: ['officer-killed', 'officer-injured', 'officer-attacked', 'imminent-threat', 'officer-missing'],
  criteria: [],
  defaultDurationHours: 24,
};

/**
 * Finds a built-in plan by name, or returns the object given.
 *
 * @example
 * resolvePlan('national').name; //=> 'national'
 */
export function resolvePlan(plan: string | PlanProfile | undefined): PlanProfile | undefined {
  if (plan === undefined) return nationalPlan;
  if (typeof plan !== 'string') return plan;
  return plan === 'national' ? nationalPlan : undefined;
}
