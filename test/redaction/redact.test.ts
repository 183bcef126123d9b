import type { BlueAlertRequestInput } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import {
  BlueAlertError,
  buildBlueAlert,
  identityTerms,
  officerRelease,
  redactForPublic,
  BLUE_ALERT_EVENTS,
  type BlueAlertEvent,
} from '../../src/index.js';
import { parseRequest } from '../../src/request/parse.js';
import {
  blankFreeText,
  blankVariants,
  identityMatcher,
  redactParsed,
  scrubIssueMessages,
} from '../../src/redaction/redact.js';
import { requestFixtures } from '../support/fixtures.js';

const NOW = '2026-11-22T14:20:00-07:00';

function request(event: BlueAlertEvent, officer: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    event,
    status: 'Exercise' as const,
    issuer: { name: 'Colorado Bureau of Investigation', sender: 'cbi.bluealert@state.co.us', timeZone: 'America/Denver' },
    requestingAgency: {
      name: 'Denver Police Department',
      requestingOfficial: { name: 'Lt. Maria Young', email: 'maria.young@denvergov.org' },
    },
    incident: {
      summary: 'Sgt. Maria Young, badge #4471, was shot near Youngstown Plaza. Young’s cruiser was taken.',
      location: 'W Colfax Ave and Young St, Denver',
    },
    officer: { name: 'Maria Young', badge: '4471', rank: 'Sergeant', agency: 'Denver Police Department', ...officer },
    suspects: [
      {
        name: 'Marcus Hale',
        description: { sex: 'male', clothing: 'black hoodie', other: 'Known to M. Young from a 2024 arrest' },
        vehicle: { make: 'Ford', model: 'F-150', plate: { state: 'CO', number: 'ABC4471' }, features: 'took YOUNG’S radio' },
        lastSeen: { location: 'I-70 eastbound near Young’s home' },
        destinations: ['Kansas', 'Maria Young’s cabin'],
      },
    ],
    area: { description: 'Denver metro area, where Young worked', same: ['008031'] },
    text: { instruction: 'Do not approach. Call 911 with tips about the attack on Officer Young.' },
    note: 'Partner of Young requested this alert.',
    durationHours: 6,
    ...extra,
  };
}

function parsed(input: unknown) {
  const r = parseRequest(input);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

const ALL_STRINGS = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(ALL_STRINGS) : v !== null && typeof v === 'object' ? Object.values(v).flatMap(ALL_STRINGS) : [];

describe('redactForPublic: every event except officer-missing', () => {
  for (const event of BLUE_ALERT_EVENTS.filter((e) => e !== 'officer-missing')) {
    it(`${event}: drops the officer and scrubs every text field`, () => {
      const { request: pub, redactions } = redactForPublic(request(event));
      expect(pub.officer).toBeUndefined();
      const paths = redactions.map((r) => r.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'officer.name',
          'officer.badge',
          'officer.rank',
          'officer.agency',
          'incident.summary',
          'requestingAgency.requestingOfficial.name',
          'requestingAgency.requestingOfficial.email',
          'suspects[0].description.other',
          'suspects[0].vehicle.features',
          'suspects[0].lastSeen.location',
          'suspects[0].destinations[1]',
          'area.description',
          'text.instruction',
          'note',
        ]),
      );
      expect(pub.incident.summary).toBe("A sergeant was shot near Youngstown Plaza. The sergeant's cruiser was taken.");
      expect(pub.incident.location).toBe('W Colfax Ave and Young St, Denver');
      expect(pub.requestingAgency.requestingOfficial).toEqual({ name: 'A lieutenant' });
      expect(pub.suspects[0]?.vehicle?.features).toBe("took THE SERGEANT'S radio");
      expect(pub.suspects[0]?.vehicle?.plate?.number).toBe('ABC4471');
      expect(pub.suspects[0]?.destinations).toEqual(['Kansas', "the sergeant's cabin"]);
      expect(pub.text?.instruction).toBe('Do not approach. Call 911 with tips about the attack on an officer.');
      for (const r of redactions) {
        expect(r.reason).not.toMatch(/young|maria|4471/i);
      }
      for (const s of ALL_STRINGS(pub)) {
        expect(s).not.toMatch(/(?<![\p{L}-])(maria|young)(?![\p{L}-]| St)|(?<!\w)4471(?!\w)/iu);
      }
    });
  }

  it('never mutates the input', () => {
    const input = request('officer-killed');
    const copy = structuredClone(input);
    redactForPublic(input);
    expect(input).toEqual(copy);
  });

  it('redacts extraTerms everywhere as [withheld]', () => {
    const input = request('officer-injured', {}, { note: 'Unit 12 found the car.' });
    const { request: pub, redactions } = redactForPublic(input, { extraTerms: ['Unit 12'] });
    expect(pub.note).toBe('[withheld] found the car.');
    expect(redactions.find((r) => r.path === 'note')?.reason).toMatch(/withheld/);
  });

  it('throws BlueAlertError naming the path for invalid input, without echoing values', () => {
    const bad = request('officer-killed', { name: 42 });
    try {
      redactForPublic(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BlueAlertError);
      const err = e as BlueAlertError;
      expect(err.issues.map((i) => i.path)).toContain('officer.name');
      expect(err.message).not.toMatch(/young|4471/i);
    }
  });

  it('a field left empty is dropped', () => {
    const input = request('officer-attacked', {}, {});
    input.suspects[0]!.vehicle.features = 'badge #4471';
    const { request: pub, redactions } = redactForPublic(input);
    expect(pub.suspects[0]?.vehicle).not.toHaveProperty('features');
    expect(redactions.find((r) => r.path === 'suspects[0].vehicle.features')?.reason).toMatch(/removed/);
  });

  it('aliases are matched like names; URLs and e-mail addresses that contain identity are dropped whole', () => {
    const input = request('officer-killed', { aliases: ['Mimi Y.', 'Mimi'] }, { note: 'Mimi was on duty.' });
    (input.suspects[0] as Record<string, unknown>)['photoUrl'] = 'https://example.gov/young-case.jpg';
    const { request: pub, redactions } = redactForPublic(input);
    expect(pub.note).toBe('A sergeant was on duty.');
    expect(pub.suspects[0]?.photoUrl).toBeUndefined();
    expect(pub.requestingAgency.requestingOfficial?.email).toBeUndefined();
    expect(redactions.find((r) => r.path === 'suspects[0].photoUrl')?.reason).toMatch(/Removed/);
    expect(redactions.map((r) => r.path)).toContain('officer.aliases');
  });

  it('a suspect who shares the officer’s surname is still named; the officer’s full name in a suspect field is not', () => {
    const input = request('officer-killed');
    input.suspects[0]!.name = 'Marcus Young';
    (input.suspects[0] as Record<string, unknown>)['alias'] = 'Sgt. Young';
    const { request: pub } = redactForPublic(input);
    expect(pub.suspects[0]?.name).toBe('Marcus Young');
    // the officer's titled name as a suspect's alias is withheld, never a role (red team 15: "aka A sergeant" said a
    // sergeant is the suspect)
    expect(pub.suspects[0]?.alias).toBe('[name withheld]');
    input.suspects[0]!.name = 'Maria Young';
    // withheld, and never a false role ("Suspect: A sergeant" said a sergeant did it: red team 10)
    expect(redactForPublic(input).request.suspects[0]?.name).toBe('[name withheld]');
  });

  it('agency names keep place words that equal a surname', () => {
    const input = request('officer-killed', { name: 'George Washington', badge: '901' });
    input.requestingAgency.name = 'Washington County Sheriff';
    const { request: pub } = redactForPublic(input);
    expect(pub.requestingAgency.name).toBe('Washington County Sheriff');
  });
});

describe('officer-missing release rules', () => {
  const missing = (officer: Record<string, unknown>) =>
    request('officer-missing', {
      description: { sex: 'female', clothing: 'uniform', other: 'Maria has a scar' },
      vehicle: { make: 'Ford', model: 'Explorer', plate: { number: 'DPD217' } },
      lastKnownLocation: 'Cherry Creek Trail',
      photoUrl: 'https://example.gov/photo.jpg',
      ...officer,
    });

  it('without approval: description, vehicle and last known location are released; name, rank, badge, photo are not', () => {
    const { request: pub, redactions } = redactForPublic(missing({}));
    expect(pub.officer?.name).toBeUndefined();
    expect(pub.officer?.badge).toBeUndefined();
    expect(pub.officer?.rank).toBeUndefined();
    expect(pub.officer?.photoUrl).toBeUndefined();
    expect(pub.officer?.vehicle?.plate?.number).toBe('DPD217');
    expect(pub.officer?.lastKnownLocation).toBe('Cherry Creek Trail');
    expect(pub.officer?.description?.other).toBe('A sergeant has a scar');
    expect(pub.officer?.agency).toBe('Denver Police Department');
    expect(redactions.find((r) => r.path === 'officer.name')?.reason).toMatch(/releaseApproved/);
    expect(pub.incident.summary).not.toMatch(/Young\b/);
  });

  it('releaseApproved releases everything and nothing is scanned for', () => {
    const input = missing({ releaseApproved: true });
    const { request: pub, redactions } = redactForPublic(input);
    expect(pub.officer?.name).toBe('Maria Young');
    expect(pub.officer?.badge).toBe('4471');
    expect(pub.officer?.photoUrl).toBe('https://example.gov/photo.jpg');
    expect(pub.incident.summary).toBe(input.incident.summary);
    expect(redactions).toEqual([]);
    expect(identityTerms(parsed(input))).toEqual([]);
  });

  it('the release list wins over releaseApproved in both directions', () => {
    const narrowed = redactForPublic(missing({ releaseApproved: true, release: { badge: false } }));
    expect(narrowed.request.officer?.name).toBe('Maria Young');
    expect(narrowed.request.officer?.badge).toBeUndefined();
    expect(narrowed.request.incident.summary).toBe('Sgt. Maria Young was shot near Youngstown Plaza. Young’s cruiser was taken.');

    const widened = redactForPublic(missing({ releaseApproved: false, release: { name: true } }));
    expect(widened.request.officer?.name).toBe('Maria Young');
    expect(widened.request.officer?.rank).toBeUndefined();

    const hidden = redactForPublic(missing({ release: { vehicle: false, lastKnownLocation: false } }));
    expect(hidden.request.officer?.vehicle).toBeUndefined();
    expect(hidden.request.officer?.lastKnownLocation).toBeUndefined();
    expect(hidden.redactions.find((r) => r.path === 'officer.vehicle')?.reason).toMatch(/release\.vehicle is false/);
  });

  it('officerRelease documents the decision', () => {
    expect(officerRelease(parsed(missing({ releaseApproved: true, release: { badge: false } })))).toEqual({
      name: true, rank: true, badge: false, photo: true, description: true, vehicle: true, lastKnownLocation: true,
    });
    expect(Object.values(officerRelease(parsed(request('officer-killed', { releaseApproved: true }))))).not.toContain(true);
  });
});

describe('fixtures: each event shows its redactions', () => {
  for (const f of requestFixtures()) {
    it(f.name, () => {
      const input = f.request as { event: string; officer?: { releaseApproved?: boolean } };
      const msg = buildBlueAlert(f.request, f.options);
      const { redactions } = redactForPublic(f.request);
      expect(msg.redactions).toEqual(redactions);
      if (input.officer !== undefined && input.event !== 'officer-missing') {
        expect(redactions.map((r) => r.path)).toContain('officer.name');
      }
      if (input.event === 'officer-missing' && input.officer?.releaseApproved === true) {
        expect(redactions.map((r) => r.path)).not.toContain('officer.name');
      }
      if (input.event === 'officer-missing' && input.officer?.releaseApproved !== true) {
        expect(redactions.map((r) => r.path)).toContain('officer.name');
      }
    });
  }
});

describe('buildBlueAlert: audiences and the leak guard', () => {
  it('the public build has no withheld identity anywhere and lists the redactions', () => {
    const msg = buildBlueAlert(request('officer-killed'), { now: NOW, identifier: 'T-1', redactTerms: ['Cherry Creek'] });
    const outputs = [msg.xml, ...ALL_STRINGS(msg.text), ...msg.warnings.map((w) => w.message)];
    for (const s of outputs) expect(s).not.toMatch(/(?<![\p{L}-])(maria|young)(?![\p{L}-]| St)|(?<!\w)4471(?!\w)/iu);
    expect(msg.xml).toContain('Youngstown');
    expect(msg.redactions.map((r) => r.path)).toContain('officer.name');
  });

  it('warnings that quote caller text (an override reason) are scrubbed', () => {
    const input = { ...request('officer-killed'), status: 'Actual' };
    const msg = buildBlueAlert(input as BlueAlertRequestInput, { now: NOW, identifier: 'T-4', override: { reason: 'Chief approved for Sgt. Maria Young, badge 4471' } });
    const w = msg.warnings.find((x) => x.code === 'activation_overridden');
    expect(w?.message).toContain('[redacted]');
    expect(w?.message).not.toMatch(/young|4471/i);
  });

  it('the law-enforcement build keeps officer details, is Restricted and blocks public channels', () => {
    const msg = buildBlueAlert(request('officer-killed'), { now: NOW, identifier: 'T-2', audience: 'law-enforcement' });
    expect(msg.redactions).toEqual([]);
    expect(msg.alert.scope).toBe('Restricted');
    expect(msg.xml).toContain('<scope>Restricted</scope>');
    expect(msg.xml).toMatch(/<restriction>[^<]+<\/restriction>/);
    for (const ch of ['CMAS', 'EAS', 'NWEM', 'PUBLIC']) {
      expect(msg.xml).toMatch(new RegExp(`<valueName>BLOCKCHANNEL</valueName>\\s*<value>${ch}</value>`));
    }
    expect(msg.xml).toContain('Maria Young');
    expect(msg.warnings.map((w) => w.code)).toContain('law_enforcement_only');
  });

  it('a surname that is also a word of the library’s own wording does not block the alert', () => {
    for (const name of ['Anna Law', 'Tuan Do', 'Sam Blue', 'Pat Call']) {
      const msg = buildBlueAlert(request('officer-killed', { name, badge: '911' }), { now: NOW, identifier: 'T-3' });
      expect(msg.xml.length).toBeGreaterThan(0);
    }
  });

  it('messages are scrubbed and blankFreeText blanks only free text', () => {
    const req = parsed(request('officer-killed'));
    const m = identityMatcher(req);
    const [scrubbed] = scrubIssueMessages([{ code: 'invalid_request', path: 'x', message: 'near Maria Young', severity: 'error' }], m);
    expect(scrubbed?.message).toBe('near [redacted]');
    const blank = blankFreeText(redactParsed(req).request);
    expect(blank.incident.summary).toBe('x');
    expect(blank.issuer.name).toBe('Colorado Bureau of Investigation');
    expect(blank.area.same).toEqual(['008031']);
    expect(blank.text).toBeUndefined();
    expect(blankVariants(redactParsed(req).request)[1]?.incident.summary?.length).toBeGreaterThan(200);
  });
});
