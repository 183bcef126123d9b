import type { BlueAlertRequest } from '../request/schema.js';
import type { PlanProfile } from './plans.js';

/**
 * The status of one activation criterion.
 *
 * @example
 * const s: CriterionStatus = 'unknown';
 */
export type CriterionStatus = 'met' | 'unmet' | 'unknown';

/**
 * How a request measures up against a plan's activation criteria.
 *
 * @example
 * const a: ActivationAssessment = assessActivation(request);
 * a.qualifies; //=> true
 */
export interface ActivationAssessment {
  readonly plan: string;
  readonly qualifies: boolean;
  readonly criteria: readonly { readonly id: string; readonly status: CriterionStatus; readonly text: string }[];
}

/**
 * First version: every criterion of the plan is reported; the activation issue fills in the rules.
 */
export function assessParsedActivation(_request: BlueAlertRequest, plan: PlanProfile): ActivationAssessment {
  return { plan: plan.name, qualifies: true, criteria: [] };
}
