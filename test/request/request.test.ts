import type { BlueAlertRequestInput } from '../../src/index.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, safeBuildBlueAlert, BlueAlertError, parseCap } from '../../src/index.js';
import { requestJsonSchema } from '../../src/request/json-schema.js';
import { ROOT } from '../support/fixtures.js';

const base = (): BlueAlertRequestInput => ({
  event: 'officer-killed',
  issuer: { name: 'Colorado Bureau of Investigation', sender: 'cbi@state.co.us', timeZone: 'America/Denver' },
  requestingAgency: { name: 'Denver Police Department' },
  criteria: { requestedByPrimaryAgency: true, officerStatusConfirmed: true, suspectApprehended: false, sufficientSuspectDescription: true },
  suspects: [{ vehicle: { make: 'Ford', model: 'F-150', color: 'gray', plate: { state: 'CO', number: 'ABC1234' } }, direction: 'east' }],
  area: { same: ['008031'] },
});
const now = '2026-11-22T14:20:00-07:00';

function issuesOf(request: unknown, options = {}) {
  const r = safeBuildBlueAlert(request, { now, identifier: 'T-1', ...options });
  if (r.success) throw new Error('expected the build to fail');
  return r.issues;
}

describe('bad input names the path and says what is valid', () => {
  it('unknown event', () => {
    const [i] = issuesOf({ ...base(), event: 'officer-lost' });
    expect(i).toMatchObject({ code: 'unknown_event', path: 'event' });
    expect(i?.message).toContain('officer-missing');
  });
  it('a SAME code that is not 6 digits', () => {
    const [i] = issuesOf({ ...base(), area: { same: ['008031', '08031'] } });
    expect(i).toMatchObject({ code: 'invalid_same_code', path: 'area.same[1]' });
    expect(i?.message).toMatch(/6 digits/);
  });
  it('a FIPS code that is not 2 or 5 digits', () => {
    const [i] = issuesOf({ ...base(), area: { fips: ['8031'] } });
    expect(i).toMatchObject({ code: 'invalid_fips_code', path: 'area.fips[0]' });
    expect(i?.message).toMatch(/2 digits .* or 5 digits/);
  });
  it.each(['cbi state.co.us', 'cbi,co', 'cbi<co', 'cbi&co'])('a sender with a forbidden character: %j', (sender) => {
    const [i] = issuesOf({ ...base(), issuer: { ...base().issuer, sender } });
    expect(i).toMatchObject({ code: 'invalid_sender', path: 'issuer.sender' });
  });
  it('an unknown time zone', () => {
    const [i] = issuesOf({ ...base(), issuer: { ...base().issuer, timeZone: 'Mountain Time' } });
    expect(i).toMatchObject({ code: 'unknown_time_zone', path: 'issuer.timeZone' });
    expect(i?.message).toContain('America/Denver');
  });
  it('an expires in the past', () => {
    const [i] = issuesOf({ ...base(), expires: '2026-11-21T14:05:00-07:00' });
    expect(i).toMatchObject({ code: 'expires_in_past', path: 'expires' });
  });
  it('a misspelt field is named, not ignored', () => {
    const [i] = issuesOf({ ...base(), durationHour: 2 });
    expect(i).toMatchObject({ code: 'unrecognized_key', path: 'durationHour' });
  });
  it('no area at all', () => {
    const [i] = issuesOf({ ...base(), area: {} });
    expect(i).toMatchObject({ code: 'area_missing', path: 'area' });
  });
  it('a bad identifier option', () => {
    const [i] = issuesOf(base(), { identifier: 'has space' });
    expect(i).toMatchObject({ code: 'invalid_identifier', path: 'options.identifier' });
  });
  it('not an object at all', () => {
    expect(issuesOf(null)[0]).toMatchObject({ code: 'invalid_type', path: '' });
    expect(issuesOf('{}')[0]).toMatchObject({ code: 'invalid_type', path: '' });
  });
  it('buildBlueAlert throws a BlueAlertError whose message lists the paths', () => {
    try {
      // @ts-expect-error a wrong event is what this test sends (plain JavaScript callers can)
      buildBlueAlert({ ...base(), event: 'x', area: { same: ['1'] } }, { now });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BlueAlertError);
      const err = e as BlueAlertError;
      expect(err.issues.map((i) => i.path)).toEqual(['event', 'area.same[0]']);
      expect(err.message).toContain('area.same[0]:');
    }
  });
});

describe('escaping and purity', () => {
  it('free text with <, &, ]]> and quotes is escaped and the XML stays parseable', () => {
    const tricky = 'Suspect said "stop" & ran <fast> ]]> toward O\'Neil St';
    const r = buildBlueAlert(
      { ...base(), incident: { summary: tricky, location: 'A&B <corner>' }, area: { same: ['008031'], description: 'Zone "A" & <B>' } },
      { now, identifier: 'T-1' },
    );
    expect(r.xml).not.toContain('<fast>');
    expect(r.xml).not.toContain(']]>');
    const alert = parseCap(r.xml);
    expect(alert.info[0]?.area[0]?.areaDesc).toContain('Zone "A" & <B>');
  });
  it('never mutates the request object', () => {
    const req = base();
    const copy = structuredClone(req);
    buildBlueAlert(req, { now, identifier: 'T-1' });
    expect(req).toEqual(copy);
  });
  it('reads no clock when now is given: the same input gives the same XML', () => {
    const a = buildBlueAlert(base(), { now, identifier: 'T-1' }).xml;
    const b = buildBlueAlert(base(), { now, identifier: 'T-1' }).xml;
    expect(a).toBe(b);
  });
  it('generates a CAP-safe identifier when none is given', () => {
    const r = buildBlueAlert(base(), { now });
    expect(r.identifier).toMatch(/^BLU-20261122T212000Z-[0-9a-f]{8}$/);
  });
});

describe('CAP content', () => {
  const r = buildBlueAlert({ ...base(), area: { same: ['008031'], fips: ['08001', '08'] } }, { now, identifier: 'T-1' });
  const info = r.alert.info[0]!;
  it('has the IPAWS profile code, Public scope, Security category, BLU and EAS-ORG', () => {
    expect(r.alert.code).toEqual(['IPAWSv1.0']);
    expect(r.alert.scope).toBe('Public');
    expect(info.category).toEqual(['Security']);
    expect(info.event).toBe('Blue Alert');
    expect(info.eventCode).toEqual([{ valueName: 'SAME', value: 'BLU' }]);
    expect(info.parameter).toContainEqual({ valueName: 'EAS-ORG', value: 'CIV' });
    expect(info.expires).toBe(r.expires);
  });
  it('converts FIPS to SAME (county 0SSCCC, state 0SS000) after the SAME codes, in order', () => {
    expect(r.area.same).toEqual(['008031', '008001', '008000']);
  });
  it('fits the Imminent Threat class by default (47 CFR 10.400(b))', () => {
    expect(['Immediate', 'Expected']).toContain(info.urgency);
    expect(['Extreme', 'Severe']).toContain(info.severity);
    expect(['Observed', 'Likely']).toContain(info.certainty);
    expect(info.parameter).toContainEqual({ valueName: 'WEAHandling', value: 'Imminent Threat' });
  });
  it('carries CMAMtext and CMAMlongtext within 90 and 360 characters', () => {
    const t90 = info.parameter.find((p) => p.valueName === 'CMAMtext')?.value ?? '';
    const t360 = info.parameter.find((p) => p.valueName === 'CMAMlongtext')?.value ?? '';
    expect(t90.length).toBeGreaterThan(10);
    expect(t90.length).toBeLessThanOrEqual(90);
    expect(t360.length).toBeLessThanOrEqual(360);
  });
});

describe('schemas/blue-alert-request.schema.json', () => {
  it('is the schema generated from the zod model (run npm run gen:schema when this fails)', () => {
    const onDisk = JSON.parse(readFileSync(`${ROOT}schemas/blue-alert-request.schema.json`, 'utf8')) as unknown;
    expect(onDisk).toEqual(requestJsonSchema());
  });
});

describe('32 SAME codes', () => {
  const same = Array.from({ length: 32 }, (_, i) => `0080${String(i * 2 + 1).padStart(2, '0')}`).map((c) => (c === '008063' ? '008014' : c));
  const req = (eas: boolean) => ({ ...base(), area: { same }, eas: { enabled: eas } });
  it('fail with EAS on, naming area.same', () => {
    const [i] = issuesOf(req(true));
    expect(i).toMatchObject({ code: 'too_many_same_codes', path: 'area.same' });
  });
  it('build with a warning when EAS is off (the validator sees BLOCKCHANNEL EAS)', () => {
    const r = buildBlueAlert(req(false), { now, identifier: 'T-1' });
    expect(r.area.same).toHaveLength(32);
    expect(r.warnings.map((w) => w.code)).toContain('too_many_same_codes');
    expect(r.alert.info[0]?.parameter).toContainEqual({ valueName: 'BLOCKCHANNEL', value: 'EAS' });
  });
});

describe('options from plain JavaScript callers', () => {
  it.each([
    [{ counties: true }, 'options.counties'],
    [{ audience: 'press' }, 'options.audience'],
    [{ override: 'because' }, 'options.override'],
    [{ redactTerms: 'Smith' }, 'options.redactTerms'],
    [{ identifier: 42 }, 'options.identifier'],
    [{ now: 1764000000000 }, 'options.now'],
    [{ circlesAsPolygons: 'yes' }, 'options.circlesAsPolygons'],
  ])('%j is a BlueAlertError naming %s, not a TypeError', (options, path) => {
    const r = safeBuildBlueAlert(base(), options as never);
    expect(r.success).toBe(false);
    expect(r.issues?.map((i) => i.path)).toContain(path);
  });
  it('options that are not an object', () => {
    expect(safeBuildBlueAlert(base(), null as never).issues?.[0]).toMatchObject({ path: 'options', code: 'invalid_type' });
  });
});
