import type { BlueAlertRequestInput } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import {
  assessActivation,
  BlueAlertError,
  buildBlueAlert,
  coloradoPlan,
  nationalPlan,
  resolvePlan,
  safeBuildBlueAlert,
  type PlanProfile,
} from '../../src/index.js';

const NOW = '2026-11-22T14:20:00-07:00';

type Criteria = Record<string, boolean>;

function request(event: string, criteria: Criteria, extra: Record<string, unknown> = {}): BlueAlertRequestInput {
  return {
    event,
    issuer: { name: 'Colorado Bureau of Investigation', sender: 'cbi.bluealert@state.co.us', timeZone: 'America/Denver' },
    requestingAgency: { name: 'Denver Police Department' },
    criteria,
    incident: { summary: 'An officer was shot during a traffic stop.' },
    suspects: [
      {
        description: { sex: 'male', age: '30-35', clothing: 'black hoodie' },
        vehicle: { make: 'Ford', model: 'F-150', color: 'gray', plate: { state: 'CO', number: 'ABC1234' } },
        lastSeen: { location: 'I-70 eastbound at Colorado Blvd' },
        direction: 'east',
      },
    ],
    area: { description: 'Denver metro area', same: ['008031'] },
    durationHours: 24,
    ...extra,
  } as BlueAlertRequestInput;
}

const common = { requestedByPrimaryAgency: true, suspectApprehended: false, sufficientSuspectDescription: true };

/** For each national set: an event, criteria that meet it, and for each criterion id the field that unmeets it. */
const SETS = [
  {
    set: 1,
    event: 'officer-killed',
    criteria: { ...common, officerStatusConfirmed: true },
    ids: ['national-request', 'national-1a', 'national-1b', 'national-1c'],
    unmet: {
      'national-request': { requestedByPrimaryAgency: false },
      'national-1a': { officerStatusConfirmed: false },
      'national-1b': { suspectApprehended: true },
      'national-1c': { sufficientSuspectDescription: false },
    } as Record<string, Criteria>,
  },
  {
    set: 1,
    event: 'officer-attacked',
    criteria: { ...common, officerStatusConfirmed: true, indicationOfSeriousInjuryOrDeath: true },
    ids: ['national-request', 'national-1a', 'national-1b', 'national-1c'],
    unmet: { 'national-1a': { indicationOfSeriousInjuryOrDeath: false } } as Record<string, Criteria>,
  },
  {
    set: 2,
    event: 'imminent-threat',
    criteria: { ...common, threatImminentAndCredible: true, suspectWanted: true },
    ids: ['national-request', 'national-2a', 'national-2b', 'national-2c', 'national-2d'],
    unmet: {
      'national-2a': { threatImminentAndCredible: false },
      'national-2b': { suspectWanted: false },
      'national-2c': { suspectApprehended: true },
      'national-2d': { sufficientSuspectDescription: false },
    } as Record<string, Criteria>,
  },
  {
    set: 3,
    event: 'officer-missing',
    criteria: { ...common, missingInConnectionWithDuties: true, indicationOfSeriousInjuryOrDeath: true },
    ids: ['national-request', 'national-3a', 'national-3b', 'national-3c', 'national-3d'],
    unmet: {
      'national-3a': { missingInConnectionWithDuties: false },
      'national-3b': { indicationOfSeriousInjuryOrDeath: false },
      'national-3c': { suspectApprehended: true },
      'national-3d': { sufficientSuspectDescription: false },
    } as Record<string, Criteria>,
  },
] as const;

describe('national plan', () => {
  it('words the criteria exactly as chapter 1 of the COPS guidance', () => {
    const byId = new Map(nationalPlan.criteria.map((c) => [c.id, c.text]));
    expect(byId.get('national-1b')).toBe('Any suspect involved has not been apprehended.');
    expect(byId.get('national-1c')).toBe(
      'There is sufficient descriptive information about the suspect, including any relevant vehicle and license tag information.',
    );
    expect(byId.get('national-2a')).toBe('The requesting agency confirms that the threat is imminent and credible.');
    expect(byId.get('national-2b')).toBe('At the time of receipt of the threat, any suspect involved is wanted by a law enforcement agency.');
    expect(byId.get('national-3a')).toBe(
      "The agency concludes that the law enforcement officer is missing in connection with the officer's official duties.",
    );
    expect(byId.get('national-3b')).toBe('There is an indication of serious injury to or death of the law enforcement officer.');
    expect(nationalPlan.defaultDurationHours).toBe(24);
  });

  for (const s of SETS) {
    it(`set ${s.set} (${s.event}) met: qualifies, every criterion met, and the alert builds`, () => {
      const a = assessActivation(request(s.event, s.criteria));
      expect(a.covered).toBe(true);
      expect(a.qualifies).toBe(true);
      expect(a.criteria.map((c) => c.id)).toEqual(s.ids);
      expect(a.criteria.every((c) => c.status === 'met')).toBe(true);
      const msg = buildBlueAlert(request(s.event, s.criteria), { now: NOW });
      expect(msg.activation.qualifies).toBe(true);
      expect(msg.warnings.map((w) => w.code)).not.toContain('activation_overridden');
    });

    for (const [id, change] of Object.entries(s.unmet)) {
      it(`set ${s.set} (${s.event}) unmet: ${id} fails, the Actual alert is refused naming it`, () => {
        const req = request(s.event, { ...s.criteria, ...change });
        const a = assessActivation(req, 'national');
        expect(a.qualifies).toBe(false);
        expect(a.criteria.filter((c) => c.status === 'unmet').map((c) => c.id)).toEqual([id]);
        const r = safeBuildBlueAlert(req, { now: NOW });
        expect(r.success).toBe(false);
        const i = r.issues?.find((x) => x.code === 'activation_not_qualified');
        expect(i?.path).toBe('criteria');
        expect(i?.message).toContain(id);
      });
    }
  }

  it('an absent checklist field is unknown, and unknown does not qualify', () => {
    const a = assessActivation(request('officer-killed', { ...common }));
    expect(a.criteria.find((c) => c.id === 'national-1a')?.status).toBe('unknown');
    expect(a.qualifies).toBe(false);
  });

  it('no described suspect makes the description criterion unmet when the checklist is silent', () => {
    const { sufficientSuspectDescription: _s, ...rest } = common;
    const a = assessActivation(request('officer-killed', { ...rest, officerStatusConfirmed: true }, { suspects: [] }));
    expect(a.criteria.find((c) => c.id === 'national-1c')?.status).toBe('unmet');
  });

  it('an override with a reason builds with a warning; an empty reason is refused', () => {
    const req = request('officer-killed', { ...common, suspectApprehended: true, officerStatusConfirmed: true });
    const msg = buildBlueAlert(req, { now: NOW, override: { reason: 'Second suspect still at large' } });
    expect(msg.warnings.find((w) => w.code === 'activation_overridden')?.path).toBe('options.override.reason');
    const r = safeBuildBlueAlert(req, { now: NOW, override: { reason: '  ' } });
    expect(r.success).toBe(false);
    expect(r.issues?.[0]?.path).toBe('options.override.reason');
  });

  it('never echoes officer identity in activation messages (an override reason naming the officer is scrubbed)', () => {
    const req = request('officer-killed', { ...common, suspectApprehended: true, officerStatusConfirmed: true }, { officer: { name: 'Daniel Okafor', badge: '4471' } });
    const msg = buildBlueAlert(req, { now: NOW, override: { reason: 'Okafor family asked for it' } });
    const w = msg.warnings.find((x) => x.code === 'activation_overridden');
    expect(w).toBeDefined();
    expect(JSON.stringify(msg.warnings)).not.toContain('Okafor');
  });

  it('Exercise, Test and Draft build with a warning even when criteria are not met', () => {
    for (const status of ['Exercise', 'Test', 'Draft']) {
      const msg = buildBlueAlert(request('officer-killed', {}, { status }), { now: NOW });
      expect(msg.activation.qualifies).toBe(false);
      expect(msg.warnings.find((w) => w.code === 'activation_not_actual')?.path).toBe('status');
    }
  });

  it('a duration below the recommended 24 hours warns, and a hard limit refuses', () => {
    const req = request('officer-killed', { ...common, officerStatusConfirmed: true }, { durationHours: 6 });
    const msg = buildBlueAlert(req, { now: NOW });
    const w = msg.warnings.find((x) => x.code === 'duration_outside_plan');
    expect(w?.path).toBe('durationHours');
    const strict: PlanProfile = { ...nationalPlan, name: 'strict', minDuration: { hours: 24, hard: true } };
    const r = safeBuildBlueAlert(req, { now: NOW, plan: strict });
    expect(r.success).toBe(false);
    expect(r.issues?.[0]?.code).toBe('duration_outside_plan');
  });

  it('plan hours: a send outside the window warns (soft) or refuses (hard)', () => {
    const req = request('officer-killed', { ...common, officerStatusConfirmed: true });
    const day: PlanProfile = { ...nationalPlan, name: 'day', hours: { from: '06:00', to: '11:00', hard: false } };
    expect(buildBlueAlert(req, { now: NOW, plan: day }).warnings.map((w) => w.code)).toContain('outside_plan_hours');
    expect(buildBlueAlert(req, { now: '2026-11-22T09:00:00-07:00', plan: day }).warnings.map((w) => w.code)).not.toContain(
      'outside_plan_hours',
    );
    const r = safeBuildBlueAlert(req, { now: NOW, plan: { ...day, hours: { from: '06:00', to: '11:00', hard: true } } });
    expect(r.issues?.[0]?.code).toBe('outside_plan_hours');
  });

  it('a custom plan with a function check is used, and a broken plan object is refused with paths', () => {
    const custom: PlanProfile = {
      ...nationalPlan,
      name: 'custom',
      criteria: [{ id: 'has-plate', text: 'A plate is known.', events: ['officer-killed'], check: (r) => ({ status: r.suspects.some((s) => s.vehicle?.plate) ? 'met' : 'unmet', basis: 'suspects[].vehicle.plate' }) }],
    };
    expect(assessActivation(request('officer-killed', {}), custom).qualifies).toBe(true);
    expect(() => assessActivation(request('officer-killed', {}), { ...custom, defaultDurationHours: 0 })).toThrowError(
      /options\.plan\.defaultDurationHours/,
    );
    expect(() => assessActivation(request('officer-killed', {}), 'atlantis')).toThrowError(BlueAlertError);
  });
});

describe('colorado plan', () => {
  const co = { requestedByPrimaryAgency: true, officerStatusConfirmed: true, suspectFled: true, suspectApprehended: false };

  it('resolves by name and has no imminent-threat or missing-officer coverage', () => {
    expect(resolvePlan('colorado')).toBe(coloradoPlan);
    expect(coloradoPlan.events).toEqual(['officer-killed', 'officer-injured']);
  });

  it('refuses an imminent-threat request (event not covered), even as an Exercise or with an override', () => {
    const req = request('imminent-threat', { ...common, threatImminentAndCredible: true, suspectWanted: true });
    expect(assessActivation(req, 'colorado').covered).toBe(false);
    for (const opts of [{}, { override: { reason: 'test' } }]) {
      const r = safeBuildBlueAlert(req, { now: NOW, plan: 'colorado', ...opts });
      expect(r.success).toBe(false);
      expect(r.issues?.[0]).toMatchObject({ code: 'event_not_covered', path: 'event' });
    }
    const ex = safeBuildBlueAlert({ ...req, status: 'Exercise' }, { now: NOW, plan: 'colorado' });
    expect(ex.issues?.[0]?.code).toBe('event_not_covered');
    // the national plan covers it
    expect(safeBuildBlueAlert(req, { now: NOW }).success).toBe(true);
  });

  it('an injured officer qualifies only with a life-threatening injury and the suspect fled', () => {
    expect(assessActivation(request('officer-injured', { ...co, lifeThreateningInjury: true }), 'colorado').qualifies).toBe(true);
    const a = assessActivation(request('officer-injured', { ...co, lifeThreateningInjury: false }), 'colorado');
    expect(a.criteria.find((c) => c.id === 'colorado-bap1-officer')?.status).toBe('unmet');
    const b = assessActivation(request('officer-killed', { ...co, suspectFled: false }), 'colorado');
    expect(b.criteria.filter((c) => c.status !== 'met').map((c) => c.id)).toEqual(['colorado-bap1-fled']);
  });

  it('reports the recommended content of CBI-BAP3 without refusing', () => {
    const a = assessActivation(request('officer-killed', co, { suspects: [{ description: { sex: 'male' } }] }), 'colorado');
    expect(a.content.find((c) => c.id === 'colorado-bap3-b')?.status).toBe('unmet');
    expect(a.qualifies).toBe(true);
  });

  it('builds a qualifying Colorado alert without a duration warning', () => {
    const msg = buildBlueAlert(request('officer-killed', co), { now: NOW, plan: 'colorado' });
    expect(msg.activation.plan).toBe('colorado');
    expect(msg.warnings.map((w) => w.code)).not.toContain('duration_outside_plan');
  });
});

describe('activation rules of round two', () => {
  const full = { requestedByPrimaryAgency: true, officerStatusConfirmed: true, suspectApprehended: false, sufficientSuspectDescription: true };

  it('an empty suspects list makes sufficient-suspect-description unmet even when the reviewer ticked it', () => {
    const req = { ...request('officer-killed', full), suspects: [] };
    const description = assessActivation(req, 'national').criteria.find((x) => x.basis.includes('suspects is empty'));
    expect(description?.status).toBe('unmet');
    expect(assessActivation(req, 'national').qualifies).toBe(false);
    const r = safeBuildBlueAlert(req, { now: NOW });
    expect(r.success).toBe(false);
    expect(r.issues?.[0]?.code).toBe('activation_not_qualified');
  });

  it('suspects with no description at all (only a direction) leave it unmet; a described one meets it', () => {
    const bare = { ...request('officer-killed', full), suspects: [{ direction: 'east' }, {}] };
    const a = assessActivation(bare, 'national');
    expect(a.criteria.some((x) => x.status === 'unmet' && x.basis.includes('no suspect has a name, alias, description or vehicle'))).toBe(true);
    const described = { ...bare, suspects: [{ direction: 'east', description: { clothing: 'red jacket' } }] };
    expect(assessActivation(described, 'national').qualifies).toBe(true);
  });

  it('plan hours refuse an Actual alert by default, name the local time, and yield to an override or a non-Actual status', () => {
    const req = request('officer-killed', full);
    const day: PlanProfile = { ...nationalPlan, name: 'day', hours: { from: '06:00', to: '23:00' } };
    const late = '2026-11-22T23:30:00-07:00';
    const r = safeBuildBlueAlert(req, { now: late, plan: day });
    expect(r.success).toBe(false);
    expect(r.issues?.[0]).toMatchObject({ code: 'outside_plan_hours', severity: 'error' });
    expect(r.issues?.[0]?.message).toContain('23:30');
    expect(r.issues?.[0]?.message).toContain('06:00 and 23:00');
    // 05:59 is outside, 06:00 inside, 22:59 inside
    expect(safeBuildBlueAlert(req, { now: '2026-11-22T05:59:00-07:00', plan: day }).success).toBe(false);
    expect(safeBuildBlueAlert(req, { now: '2026-11-22T06:00:00-07:00', plan: day }).success).toBe(true);
    expect(safeBuildBlueAlert(req, { now: '2026-11-22T22:59:00-07:00', plan: day }).success).toBe(true);
    // the issuer's zone decides: 23:30 in Denver is 01:30 in New York, but the plan reads the issuer's clock
    const over = buildBlueAlert(req, { now: late, plan: day, override: { reason: 'Chief approved a night alert' } });
    expect(over.warnings.find((w) => w.code === 'outside_plan_hours')?.path).toBe('options.override.reason');
    const exercise = buildBlueAlert({ ...req, status: 'Exercise' }, { now: late, plan: day });
    expect(exercise.warnings.map((w) => w.code)).toContain('outside_plan_hours');
  });

  it('a plan whose hours.hard is not a boolean is refused with its path', () => {
    const bad = { ...nationalPlan, name: 'bad', hours: { from: '06:00', to: '23:00', hard: 'yes' } } as unknown as PlanProfile;
    expect(() => assessActivation(request('officer-killed', full), bad)).toThrowError(/options\.plan\.hours\.hard/);
  });
});
