/**
 * Activation: does a request meet its plan's criteria, and what the build does about it.
 */
import { parseRequest } from '../request/parse.js';
import type { BlueAlertRequest } from '../request/schema.js';
import { BlueAlertError, isNonEmpty, issue, type BlueAlertIssue } from '../errors.js';
import { localParts } from '../time/zone.js';
import { SAME_MAX_PURGE_MINUTES } from '../lifecycle/same-header.js';
import {
  checkPlan,
  resolvePlan,
  type CriterionCheck,
  type CriterionResult,
  type CriterionStatus,
  type PlanProfile,
} from './plans.js';

export type { CriterionStatus } from './plans.js';

/**
 * One criterion as assessed: its id and the plan's words, the status, and which request fields decided it.
 *
 * @example
 * const c: CriterionAssessment = { id: 'national-1b', text: 'Any suspect involved has not been apprehended.', status: 'met', basis: 'criteria.suspectApprehended is false' };
 */
export interface CriterionAssessment {
  readonly id: string;
  readonly text: string;
  readonly status: CriterionStatus;
  readonly basis: string;
  readonly group?: string;
}

/**
 * One content item of the plan as assessed.
 *
 * @example
 * const c: ContentAssessment = { id: 'colorado-bap3-b', text: '…', status: 'met', required: false, basis: 'suspects[0].vehicle' };
 */
export interface ContentAssessment extends CriterionAssessment {
  readonly required: boolean;
}

/**
 * How a request measures up against a plan: every criterion that applies to the request's event, whether the plan
 * covers the event at all, and `qualifies` (covered and every criterion met).
 *
 * @example
 * const a: ActivationAssessment = assessActivation(request, 'national');
 * a.qualifies; //=> true
 * a.criteria.map((c) => `${c.id}: ${c.status}`); //=> ['national-request: met', 'national-1a: met', …]
 */
export interface ActivationAssessment {
  readonly plan: string;
  readonly event: BlueAlertRequest['event'];
  readonly covered: boolean;
  readonly qualifies: boolean;
  readonly criteria: readonly CriterionAssessment[];
  /** What the plan wants the alert to contain, as found in the request. */
  readonly content: readonly ContentAssessment[];
}

type Tri = boolean | undefined;

function tri(value: Tri, field: string, metWhen = true): CriterionResult {
  if (value === undefined) return { status: 'unknown', basis: `criteria.${field} is not given` };
  return { status: value === metWhen ? 'met' : 'unmet', basis: `criteria.${field} is ${String(value)}` };
}

/** Three-valued AND: any unmet -> unmet; all met -> met; else unknown. */
function all(...results: CriterionResult[]): CriterionResult {
  const basis = results.map((r) => r.basis).join('; ');
  if (results.some((r) => r.status === 'unmet')) return { status: 'unmet', basis };
  if (results.every((r) => r.status === 'met')) return { status: 'met', basis };
  return { status: 'unknown', basis };
}

function describedSuspect(r: BlueAlertRequest): number {
  return r.suspects.findIndex((s) => {
    const d = s.description;
    const hasDescription = d !== undefined && Object.values(d).some((v) => v !== undefined);
    return hasDescription || s.name !== undefined || s.alias !== undefined || s.vehicle !== undefined;
  });
}

function runBuiltIn(name: string, r: BlueAlertRequest): CriterionResult {
  const c = r.criteria;
  switch (name) {
    case 'requested-by-primary-agency':
      return tri(c.requestedByPrimaryAgency, 'requestedByPrimaryAgency');
    case 'officer-killed-or-seriously-injured': {
      const confirmed = tri(c.officerStatusConfirmed, 'officerStatusConfirmed');
      if (r.event === 'officer-attacked') {
        return all(confirmed, tri(c.indicationOfSeriousInjuryOrDeath, 'indicationOfSeriousInjuryOrDeath'));
      }
      if (r.event === 'officer-killed' || r.event === 'officer-injured') return confirmed;
      return { status: 'unmet', basis: `event is ${r.event}` };
    }
    case 'officer-killed-or-life-threatening-injury': {
      const confirmed = tri(c.officerStatusConfirmed, 'officerStatusConfirmed');
      if (r.event === 'officer-killed') return confirmed;
      if (r.event === 'officer-injured') return all(confirmed, tri(c.lifeThreateningInjury, 'lifeThreateningInjury'));
      return { status: 'unmet', basis: `event is ${r.event}` };
    }
    case 'suspect-not-apprehended':
      return tri(c.suspectApprehended, 'suspectApprehended', false);
    case 'sufficient-suspect-description': {
      // a reviewer's "true" cannot stand in for a description the alert does not carry
      if (describedSuspect(r) < 0) {
        const none = r.suspects.length === 0 ? 'suspects is empty' : 'no suspect has a name, alias, description or vehicle';
        return { status: 'unmet', basis: `${none} (criteria.sufficientSuspectDescription cannot be met without one)` };
      }
      if (c.sufficientSuspectDescription !== undefined) {
        return tri(c.sufficientSuspectDescription, 'sufficientSuspectDescription');
      }
      return { status: 'unknown', basis: 'criteria.sufficientSuspectDescription is not given' };
    }
    case 'threat-imminent-and-credible':
      return tri(c.threatImminentAndCredible, 'threatImminentAndCredible');
    case 'suspect-wanted':
      return tri(c.suspectWanted, 'suspectWanted');
    case 'missing-in-connection-with-duties':
      return tri(c.missingInConnectionWithDuties, 'missingInConnectionWithDuties');
    case 'indication-of-serious-injury-or-death':
      return tri(c.indicationOfSeriousInjuryOrDeath, 'indicationOfSeriousInjuryOrDeath');
    case 'suspect-fled':
      return tri(c.suspectFled, 'suspectFled');
    case 'suspect-description': {
      const i = describedSuspect(r);
      if (i < 0) return { status: 'unmet', basis: 'no suspect has a description' };
      const located = r.suspects.some((s) => s.lastSeen !== undefined);
      return located
        ? { status: 'met', basis: `suspects[${i}] and a suspect's lastSeen` }
        : { status: 'unmet', basis: `suspects[${i}] is described, but no suspect has lastSeen` };
    }
    case 'suspect-transportation': {
      const i = r.suspects.findIndex((s) => s.vehicle !== undefined || s.direction !== undefined);
      return i < 0
        ? { status: 'unmet', basis: 'no suspect has a vehicle or direction' }
        : { status: 'met', basis: `suspects[${i}].vehicle or direction` };
    }
    case 'incident-summary':
      return r.incident.summary === undefined
        ? { status: 'unmet', basis: 'incident.summary is not given' }
        : { status: 'met', basis: 'incident.summary' };
    default:
      return { status: 'unknown', basis: `unknown check "${name}"` };
  }
}

function runCheck(check: CriterionCheck, r: BlueAlertRequest): CriterionResult {
  if (typeof check === 'function') {
    try {
      const out = check(r);
      if (out.status === 'met' || out.status === 'unmet' || out.status === 'unknown') return out;
      return { status: 'unknown', basis: 'the plan check returned no status' };
    } catch {
      return { status: 'unknown', basis: 'the plan check failed' };
    }
  }
  return runBuiltIn(check, r);
}

/**
 * Assesses a parsed request against a plan (no parsing; the build uses it).
 *
 * @example
 * assessParsedActivation(parsed, coloradoPlan).qualifies; //=> false for an imminent-threat request
 */
export function assessParsedActivation(request: BlueAlertRequest, plan: PlanProfile): ActivationAssessment {
  const covered = plan.events.includes(request.event);
  const criteria: CriterionAssessment[] = plan.criteria
    .filter((c) => c.events.includes(request.event))
    .map((c) => {
      const { status, basis } = runCheck(c.check, request);
      return { id: c.id, text: c.text, status, basis, ...(c.group === undefined ? {} : { group: c.group }) };
    });
  const content: ContentAssessment[] = (plan.content ?? [])
    .filter((c) => c.events === undefined || c.events.includes(request.event))
    .map((c) => {
      const { status, basis } = runCheck(c.check, request);
      return { id: c.id, text: c.text, status, basis, required: c.required };
    });
  const qualifies = covered && criteria.every((c) => c.status === 'met');
  return { plan: plan.name, event: request.event, covered, qualifies, criteria, content };
}

/**
 * Which activation criteria of a plan a request meets. Parses the request first (throws `BlueAlertError` with
 * path-named issues when it is not valid, or `unknown_plan` for an unknown plan name).
 *
 * @example
 * const a = assessActivation(request, 'colorado');
 * a.covered;   //=> false for event 'imminent-threat'
 * a.qualifies; //=> false
 */
export function assessActivation(request: unknown, plan?: string | PlanProfile): ActivationAssessment {
  const parsed = parseRequest(request);
  if (!parsed.success) throw new BlueAlertError(parsed.issues);
  const resolved = resolvePlan(plan);
  if (resolved === undefined) throw new BlueAlertError([unknownPlan()]);
  const planIssues = checkPlan(resolved);
  if (isNonEmpty(planIssues)) throw new BlueAlertError(planIssues);
  return assessParsedActivation(parsed.data, resolved);
}

function unknownPlan(): BlueAlertIssue {
  return issue('unknown_plan', 'options.plan', 'Unknown plan; use "national", "colorado" or a plan object.');
}

/** The activation options of a build. */
interface ActivationOptions {
  readonly override?: { readonly reason: string };
}

const FIELD_HINT = /criteria\.(\w+)/;

function listCriteria(list: readonly CriterionAssessment[]): string {
  return list
    .map((c) => {
      const field = FIELD_HINT.exec(c.basis)?.[1];
      return `${c.id} (${c.status === 'unknown' ? 'not confirmed' : 'not met'}${field === undefined ? '' : `: criteria.${field}`})`;
    })
    .join(', ');
}

/**
 * The activation stage of a build: resolves and checks the plan, assesses the request, and turns the result into
 * issues. An event the plan does not cover is refused; an `Actual` alert that does not qualify is refused
 * (`activation_not_qualified`, naming the criteria) unless `options.override.reason` is given (then
 * `activation_overridden`, a warning); Exercise, Test and Draft build with a warning (`activation_not_actual`).
 *
 * @example
 * const { activation, issues } = activationStage(parsed, coloradoPlan, {});
 */
export function activationStage(
  request: BlueAlertRequest,
  plan: PlanProfile,
  options: ActivationOptions,
): { activation: ActivationAssessment; issues: BlueAlertIssue[] } {
  const issues = checkPlan(plan);
  if (issues.length > 0) {
    return { activation: { plan: String(plan.name), event: request.event, covered: false, qualifies: false, criteria: [], content: [] }, issues };
  }
  const activation = assessParsedActivation(request, plan);
  if (!activation.covered) {
    issues.push(
      issue(
        'event_not_covered',
        'event',
        `The ${plan.name} plan does not cover "${request.event}"; it covers ${plan.events.map((e) => `"${e}"`).join(', ')}. Use another plan (options.plan) if one applies.`,
      ),
    );
    return { activation, issues };
  }
  const failing = activation.criteria.filter((c) => c.status !== 'met');
  if (failing.length > 0) {
    const what = `${failing.length} of the ${plan.name} plan's criteria for "${request.event}" ${failing.length === 1 ? 'is' : 'are'} not met or not confirmed: ${listCriteria(failing)}.`;
    if (request.status !== 'Actual') {
      issues.push(issue('activation_not_actual', 'status', `${article(request.status)} ${request.status} message is built although ${what}`, 'warning'));
    } else if (options.override !== undefined) {
      const reason = typeof options.override.reason === 'string' ? options.override.reason.trim() : '';
      if (reason === '') {
        issues.push(issue('activation_not_qualified', 'options.override.reason', `An override needs a non-empty reason; ${what}`));
      } else {
        issues.push(issue('activation_overridden', 'options.override.reason', `Issued by override (reason: ${reason}); ${what}`, 'warning'));
      }
    } else {
      issues.push(
        issue(
          'activation_not_qualified',
          'criteria',
          `This Actual alert does not qualify: ${what} Confirm them in the request's criteria, send it as an Exercise or Test, or pass options.override with a reason.`,
        ),
      );
    }
  } else if (request.status !== 'Actual') {
    issues.push(issue('activation_not_actual', 'status', `${article(request.status)} ${request.status} message: EAS and WEA do not air it as an actual alert.`, 'warning'));
  }
  for (const c of activation.content) {
    if (c.required && c.status !== 'met') {
      issues.push(issue('plan_content_missing', '', `The ${plan.name} plan asks the alert to contain: ${c.text} (${c.id}; ${c.basis}).`, 'warning'));
    }
  }
  return { activation, issues };
}

function article(word: string): string {
  return /^[AEIOU]/i.test(word) ? 'An' : 'A';
}

const HOUR = 3_600_000;

/**
 * Checks a message's duration and send time against the plan: a duration below `minDuration` or above
 * `maxDuration` warns (`duration_outside_plan`), or refuses when the limit is `hard`; an EAS alert over 99.5 h
 * warns (`eas_duration_clamped`); a send outside the plan's local hours (`outside_plan_hours`) is refused for an
 * Actual alert unless `override` gives a reason or the plan's hours say `hard: false` (then it warns). `path` is
 * where the duration came from.
 *
 * @example
 * planTimingIssues(nationalPlan, request, sent, new Date(sent.getTime() + 6 * 3_600_000))[0]?.code; //=> 'duration_outside_plan'
 */
export function planTimingIssues(
  plan: PlanProfile,
  request: BlueAlertRequest,
  sent: Date,
  expires: Date,
  override?: { readonly reason: string },
): BlueAlertIssue[] {
  const out: BlueAlertIssue[] = [];
  const path = request.expires !== undefined ? 'expires' : request.durationHours !== undefined ? 'durationHours' : '';
  const hours = (expires.getTime() - sent.getTime()) / HOUR;
  const shown = `${Math.round(hours * 100) / 100} h`;
  const { minDuration: min, maxDuration: max } = plan;
  if (min !== undefined && hours < min.hours) {
    out.push(
      issue(
        'duration_outside_plan',
        path,
        `The alert lasts ${shown}; the ${plan.name} plan ${min.hard ? 'requires' : 'recommends'} at least ${min.hours} h.`,
        min.hard ? 'error' : 'warning',
      ),
    );
  }
  if (max !== undefined && hours > max.hours) {
    out.push(
      issue(
        'duration_outside_plan',
        path,
        `The alert lasts ${shown}; the ${plan.name} plan ${max.hard ? 'allows' : 'recommends'} at most ${max.hours} h.`,
        max.hard ? 'error' : 'warning',
      ),
    );
  }
  if (request.eas.enabled && hours * 60 > SAME_MAX_PURGE_MINUTES) {
    out.push(
      issue(
        'eas_duration_clamped',
        path,
        `The alert lasts ${shown}; the EAS header can say at most 99 h 30 min (+9930), so EAS stations purge it earlier. Keep it to 99.5 h or less, or send an Update to extend it.`,
        'warning',
      ),
    );
  }
  if (plan.hours !== undefined && !withinHours(plan.hours.from, plan.hours.to, sent, request.issuer.timeZone)) {
    out.push(hoursIssue(plan, plan.hours, request, sent, override));
  }
  return out;
}

/**
 * A send outside the plan's hours is refused like the plan's other rules: an error for an Actual alert (unless
 * the plan's hours are `hard: false`, or an override with a reason is given: then a warning); a warning for
 * Exercise, Test and Draft.
 */
function hoursIssue(
  plan: PlanProfile,
  hours: NonNullable<PlanProfile['hours']>,
  request: BlueAlertRequest,
  sent: Date,
  override: { readonly reason: string } | undefined,
): BlueAlertIssue {
  const p = localParts(sent, request.issuer.timeZone);
  const local = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  const what = `The ${plan.name} plan sends alerts only between ${hours.from} and ${hours.to} local time (${request.issuer.timeZone}); this one would be sent at ${local}.`;
  const reason = typeof override?.reason === 'string' ? override.reason.trim() : '';
  if (hours.hard === false) return issue('outside_plan_hours', 'options.now', what, 'warning');
  if (request.status !== 'Actual') return issue('outside_plan_hours', 'options.now', `${what} Built because it is ${request.status === 'Exercise' ? 'an' : 'a'} ${request.status} message.`, 'warning');
  if (reason !== '') return issue('outside_plan_hours', 'options.override.reason', `${what} Issued by override (reason: ${reason}).`, 'warning');
  return issue('outside_plan_hours', 'options.now', `${what} Wait until ${hours.from}, or pass options.override with a reason.`);
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

function withinHours(from: string, to: string, at: Date, timeZone: string): boolean {
  const p = localParts(at, timeZone);
  const now = p.hour * 60 + p.minute;
  const a = minutesOf(from);
  const b = minutesOf(to);
  if (a === b) return true;
  return a < b ? now >= a && now < b : now >= a || now < b;
}
