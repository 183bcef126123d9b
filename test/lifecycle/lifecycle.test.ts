import type { BlueAlertRequestInput } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import {
  BlueAlertError,
  buildBlueAlert,
  cancelBlueAlert,
  parseCap,
  rebroadcastSchedule,
  sameHeader,
  sameHeaderDetails,
  samePurgeTime,
  updateBlueAlert,
  validateCap,
  LIMITS,
  type CapAlert,
} from '../../src/index.js';

const criteria = { requestedByPrimaryAgency: true, officerStatusConfirmed: true, suspectApprehended: false, sufficientSuspectDescription: true };

function request(extra: Record<string, unknown> = {}): BlueAlertRequestInput {
  return {
    event: 'officer-killed',
    issuer: {
      name: 'Colorado Bureau of Investigation',
      sender: 'cbi.bluealert@state.co.us',
      timeZone: 'America/Denver',
      web: 'https://cbi.colorado.gov/blue-alert',
    },
    requestingAgency: { name: 'Denver Police Department' },
    criteria,
    incident: { summary: 'An officer was shot during a traffic stop.' },
    officer: { name: 'Daniel Okafor', badge: '4471' },
    suspects: [{ description: { sex: 'male' }, vehicle: { make: 'Ford', model: 'F-150', color: 'gray' }, direction: 'east' }],
    area: { description: 'Denver metro area', same: ['008031', '008001'] },
    durationHours: 24,
    ...extra,
  } as BlueAlertRequestInput;
}

const ref = (a: { alert: CapAlert }): string => `${a.alert.sender},${a.alert.identifier},${a.alert.sent}`;
const errorsOf = (xml: string): string[] =>
  validateCap(xml, { profile: 'ipaws' })
    .filter((i) => i.severity === 'error')
    .map((i) => `${i.path}: ${i.message}`);

describe('updateBlueAlert', () => {
  const original = buildBlueAlert(request(), { now: '2026-11-22T14:20:00-07:00', identifier: 'CBI-BA-1' });

  it('references the original, keeps sender, category and eventCode, and passes validateCap(ipaws)', () => {
    const newer = request({ suspects: [{ vehicle: { make: 'Toyota', model: 'Camry', color: 'white' }, direction: 'north' }] });
    const u = updateBlueAlert(original.xml, newer, { now: '2026-11-22T15:05:00-07:00', identifier: 'CBI-BA-2' });
    expect(u.alert.msgType).toBe('Update');
    expect(u.identifier).toBe('CBI-BA-2');
    expect(u.references).toEqual(['cbi.bluealert@state.co.us,CBI-BA-1,2026-11-22T14:20:00-07:00']);
    const parsed = parseCap(u.xml);
    expect(parsed.references).toEqual([ref(original)]);
    expect(parsed.sender).toBe(original.alert.sender);
    expect(parsed.info[0]?.category).toEqual(original.alert.info[0]?.category);
    expect(parsed.info[0]?.eventCode).toEqual(original.alert.info[0]?.eventCode);
    expect(errorsOf(u.xml)).toEqual([]);
  });

  it('accepts the original as a parsed CapAlert or a build result, and generates a new identifier', () => {
    const now = '2026-11-22T15:05:00-07:00';
    const a = updateBlueAlert(original.alert, request(), { now });
    const b = updateBlueAlert(original, request(), { now });
    expect(a.references).toEqual([ref(original)]);
    expect(b.references).toEqual([ref(original)]);
    expect(a.identifier).not.toBe(original.identifier);
  });

  it('refuses a request from another sender, a reused identifier, and a fully expired chain', () => {
    const other = request({ issuer: { name: 'X', sender: 'other@example.gov', timeZone: 'America/Denver' } });
    expect(() => updateBlueAlert(original.xml, other, { now: '2026-11-22T15:05:00-07:00' })).toThrowError(/issuer\.sender/);
    expect(() => updateBlueAlert(original.xml, request(), { now: '2026-11-22T15:05:00-07:00', identifier: 'CBI-BA-1' })).toThrowError(
      /options\.identifier/,
    );
    try {
      updateBlueAlert(original.xml, request(), { now: '2026-11-24T15:05:00-07:00' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BlueAlertError);
      expect((e as BlueAlertError).issues[0]).toMatchObject({ code: 'chain_expired', path: 'previous' });
    }
  });
});

describe('cancelBlueAlert', () => {
  // The original lasts 2 hours; two updates last 24 hours. At 17:00 the original has expired.
  const original = buildBlueAlert(request({ durationHours: 2 }), { now: '2026-11-22T14:20:00-07:00', identifier: 'CBI-BA-1' });
  const u1 = updateBlueAlert(original.xml, request(), { now: '2026-11-22T15:00:00-07:00', identifier: 'CBI-BA-2' });
  const u2 = updateBlueAlert([original.xml, u1.xml], request(), { now: '2026-11-22T15:30:00-07:00', identifier: 'CBI-BA-3' });

  it('the second update references the original and the first update', () => {
    expect(u2.references).toEqual([ref(original), ref(u1)]);
  });

  it(`refuses more than LIMITS.previousMessages (${LIMITS.previousMessages}) earlier messages before reading any, and takes that many`, () => {
    const many = Array<string>(LIMITS.previousMessages + 1).fill(original.xml);
    expect(() => cancelBlueAlert(many, { now: '2026-11-22T15:10:00-07:00' })).toThrow(BlueAlertError);
    try {
      cancelBlueAlert(many, { now: '2026-11-22T15:10:00-07:00' });
    } catch (e) {
      expect((e as BlueAlertError).issues).toEqual([
        expect.objectContaining({ code: 'input_too_large', path: 'previous', message: expect.stringContaining(`${LIMITS.previousMessages + 1} earlier messages were given; the limit is ${LIMITS.previousMessages}`) }),
      ]);
    }
    expect(() => updateBlueAlert(many, request(), { now: '2026-11-22T15:10:00-07:00' })).toThrow(/LIMITS\.previousMessages/);
    const atCap = cancelBlueAlert(many.slice(1), { now: '2026-11-22T15:10:00-07:00' });
    expect(atCap.references).toContain(ref(original));
  });

  it(`refuses earlier messages holding more than LIMITS.previousMessagesBytes of XML together, before reading any`, () => {
    const padded = original.xml.replace('</alert>', `<!--${'x'.repeat(LIMITS.previousMessagesBytes / 5)}--></alert>`);
    expect(() => cancelBlueAlert([padded, padded, padded, padded, padded], { now: '2026-11-22T15:10:00-07:00' })).toThrow(/LIMITS\.previousMessagesBytes/);
    expect(cancelBlueAlert([padded, padded], { now: '2026-11-22T15:10:00-07:00' }).references).toEqual([ref(original)]);
  });

  it('after two updates, references all three while none has expired', () => {
    const c = cancelBlueAlert([original.xml, u1.xml, u2.xml], { now: '2026-11-22T16:00:00-07:00', reason: 'suspect-apprehended' });
    expect(c.alert.msgType).toBe('Cancel');
    expect(c.references).toEqual([ref(original), ref(u1), ref(u2)]);
    expect(parseCap(c.xml).references).toEqual([ref(original), ref(u1), ref(u2)]);
    expect(c.warnings.map((w) => w.code)).not.toContain('reference_expired_dropped');
  });

  it('leaves out an expired message (with a warning), even when a later message references it', () => {
    const c = cancelBlueAlert([u2.alert, original.xml, u1], { now: '2026-11-22T17:00:00-07:00', reason: 'officer-located' });
    expect(c.references).toEqual([ref(u1), ref(u2)]);
    expect(c.warnings.find((w) => w.code === 'reference_expired_dropped')?.path).toBe('previous[1]');
  });

  it('keeps sender, status, category, eventCode, EAS-ORG and area; no WEA parameters; passes validateCap(ipaws)', () => {
    const c = cancelBlueAlert([original.xml, u1.xml, u2.xml], { now: '2026-11-22T16:00:00-07:00', reason: 'suspect-apprehended', identifier: 'CBI-BA-4' });
    const info = c.alert.info[0];
    const last = u2.alert.info[0];
    expect(c.alert.sender).toBe('cbi.bluealert@state.co.us');
    expect(c.alert.status).toBe('Actual');
    expect(c.sent).toBe('2026-11-22T16:00:00-07:00');
    expect(info?.category).toEqual(last?.category);
    expect(info?.eventCode).toEqual([{ valueName: 'SAME', value: 'BLU' }]);
    expect(info?.area).toEqual(last?.area);
    expect(info?.expires).toBe(u2.expires);
    expect(info?.parameter).toEqual([{ valueName: 'EAS-ORG', value: 'CIV' }]);
    expect([info?.urgency, info?.severity, info?.certainty]).toEqual(['Past', 'Minor', 'Observed']);
    expect(errorsOf(c.xml)).toEqual([]);
    expect(c.sameHeader.startsWith('ZCZC-CIV-BLU-008031-008001+')).toBe(true);
  });

  it('says in plain words that the Blue Alert is cancelled and why', () => {
    const now = '2026-11-22T16:00:00-07:00';
    expect(cancelBlueAlert(u2.xml, { now, reason: 'suspect-apprehended' }).text.description).toMatch(
      /Blue Alert .* is cancelled\. The suspect has been apprehended\./,
    );
    expect(cancelBlueAlert(u2.xml, { now, reason: 'officer-located' }).text.description).toContain('The missing officer has been located.');
    const free = cancelBlueAlert(u2.xml, { now, reason: 'the suspect surrendered in Kansas' });
    expect(free.text.description).toContain('Reason: the suspect surrendered in Kansas.');
    expect(free.alert.info[0]?.description).toBe(free.text.description);
  });

  it('writes a Spanish info block for a bilingual chain', () => {
    const es = buildBlueAlert(request({ languages: ['en-US', 'es-US'] }), { now: '2026-11-22T14:20:00-07:00' });
    const c = cancelBlueAlert(es.xml, { now: '2026-11-22T16:00:00-07:00', reason: 'suspect-apprehended' });
    expect(c.alert.info.map((i) => i.language)).toEqual(es.alert.info.map((i) => i.language));
    expect(es.alert.info).toHaveLength(2);
    expect(c.text.es?.headline).toBe('Alerta Azul cancelada');
    expect(c.alert.info[1]?.description).toMatch(/^La Alerta Azul emitida por .* ha sido cancelada\. El sospechoso ha sido detenido\.$/);
    expect(errorsOf(c.xml)).toEqual([]);
  });

  it('refuses mixed senders (naming the message), an already cancelled chain, and a reason naming the officer', () => {
    const foreign: CapAlert = { ...u1.alert, sender: 'someone@else.gov', identifier: 'X-9' };
    try {
      cancelBlueAlert([original.xml, foreign], { now: '2026-11-22T16:00:00-07:00' });
      expect.unreachable();
    } catch (e) {
      expect((e as BlueAlertError).issues[0]).toMatchObject({ code: 'chain_mixed_senders', path: 'previous[1]' });
    }
    const c = cancelBlueAlert(u2.xml, { now: '2026-11-22T16:00:00-07:00' });
    expect(() => cancelBlueAlert([u2.xml, c.xml], { now: '2026-11-22T16:10:00-07:00' })).toThrowError(/previous\[1\]/);
    try {
      cancelBlueAlert(u2.xml, { now: '2026-11-22T16:00:00-07:00', reason: 'Okafor was found', redactTerms: ['Okafor'] });
      expect.unreachable();
    } catch (e) {
      const i = (e as BlueAlertError).issues[0];
      expect(i).toMatchObject({ code: 'officer_identity_leak', path: 'options.reason' });
      expect(i.message).not.toContain('Okafor');
    }
    // whole words, any case and accents, as redaction matches them
    expect(() => cancelBlueAlert(u2.xml, { now: '2026-11-22T16:00:00-07:00', reason: 'OKAFÓR located', redactTerms: ['Daniel Okafor'] })).toThrowError(/officer_identity_leak/);
    expect(cancelBlueAlert(u2.xml, { now: '2026-11-22T16:00:00-07:00', reason: 'Suspect arrested in Youngstown', redactTerms: ['Maria Young'] }).xml).toContain('Youngstown');
  });

  it('given only the latest message, carries over the earlier messages it references', () => {
    const c = cancelBlueAlert(u2.xml, { now: '2026-11-22T16:00:00-07:00' });
    expect(c.references).toEqual([ref(original), ref(u1), ref(u2)]);
    const broken: CapAlert = { ...u2.alert, references: ['not-a-reference', ref(u1)] };
    const d = cancelBlueAlert(broken, { now: '2026-11-22T16:00:00-07:00' });
    expect(d.references).toEqual([ref(u1), ref(u2)]);
    expect(d.warnings.find((w) => w.code === 'chain_invalid')?.path).toBe('previous.references[0]');
  });

  it('refuses a chain whose messages have all expired', () => {
    expect(() => cancelBlueAlert(original.xml, { now: '2026-11-22T17:00:00-07:00' })).toThrowError(/chain_expired/);
  });

  it('refuses unreadable XML with the path of the message', () => {
    expect(() => cancelBlueAlert([u2.xml, '<alert><oops'], { now: '2026-11-22T16:00:00-07:00' })).toThrowError(/previous\[1\]/);
  });
});

describe('sameHeader', () => {
  const sent = '2026-11-22T14:20:00-07:00';
  const at = (hours: number): BlueAlertRequestInput => request({ durationHours: hours, wea: { enabled: false } });
  const header = (hours: number): string => sameHeader(buildBlueAlert(at(hours), { now: sent }).alert);

  it.each([
    [10 / 60, '0015'],
    [1, '0100'],
    [75 / 60, '0130'],
    [24, '2400'],
  ])('%f hours -> +%s, Julian day and UTC time of sent', (hours, tttt) => {
    expect(header(hours)).toBe(`ZCZC-CIV-BLU-008031-008001+${tttt}-3262120-`);
  });

  it('200 hours is clamped to +9930 with a warning', () => {
    const alert = buildBlueAlert(request({ expires: '2026-11-30T22:20:00-07:00', durationHours: undefined, wea: { enabled: false } }), { now: sent }).alert;
    const d = sameHeaderDetails(alert);
    expect(d.header).toBe('ZCZC-CIV-BLU-008031-008001+9930-3262120-');
    expect(d.warnings.map((w) => w.code)).toEqual(['eas_duration_clamped']);
    const built = buildBlueAlert(request({ expires: '2026-11-30T22:20:00-07:00', durationHours: undefined, wea: { enabled: false } }), { now: sent });
    expect(built.warnings.find((w) => w.code === 'eas_duration_clamped')?.path).toBe('expires');
  });

  it('rounds up: 15-minute steps to an hour, 30-minute steps after', () => {
    expect([1, 15, 16, 59, 60, 61, 90, 91, 5970, 5971].map((m) => samePurgeTime(m).text)).toEqual([
      '0015', '0015', '0030', '0100', '0100', '0130', '0130', '0200', '9930', '9930',
    ]);
    expect(samePurgeTime(5971).clamped).toBe(true);
  });

  it('takes only the first 31 SAME codes in order, with a warning', () => {
    const base = buildBlueAlert(request(), { now: sent }).alert;
    const codes = Array.from({ length: 33 }, (_, i) => `0080${String(i * 2 + 1).padStart(2, '0')}`);
    const info = base.info[0];
    if (info === undefined) throw new Error('no info');
    const alert: CapAlert = {
      ...base,
      info: [{ ...info, area: [{ areaDesc: 'x', polygon: [], circle: [], geocode: codes.map((value) => ({ valueName: 'SAME', value })) }] }],
    };
    const d = sameHeaderDetails(alert);
    expect(d.header).toContain(`-${codes.slice(0, 31).join('-')}+`);
    expect(d.header).not.toContain(codes[31]);
    expect(d.warnings.map((w) => w.code)).toContain('too_many_same_codes');
  });

  it('JJJ is the UTC day: a send late on 31 Dec local time is day 001 of the next year', () => {
    const alert = buildBlueAlert(request(), { now: '2026-12-31T20:30:00-07:00' }).alert;
    expect(sameHeader(alert).endsWith('+2400-0010330-')).toBe(true);
  });
});

describe('rebroadcastSchedule', () => {
  it('Colorado over 3 hours: every 15 minutes for 2 hours, then every 30 minutes, before expiry', () => {
    const times = rebroadcastSchedule('colorado', '2026-11-22T14:20:00-07:00', '2026-11-22T17:20:00-07:00');
    expect(times.map((t) => t.minutesAfterSent)).toEqual([15, 30, 45, 60, 75, 90, 105, 120, 150]);
    expect(times[0]?.cap).toBe('2026-11-22T14:35:00-07:00');
    expect(times[8]?.cap).toBe('2026-11-22T16:50:00-07:00');
    expect(times[8]?.at.toISOString()).toBe('2026-11-22T23:50:00.000Z');
  });

  it('national has no cadence; Dates give UTC CAP times; a bad time names its argument', () => {
    expect(rebroadcastSchedule('national', new Date('2026-11-22T21:20:00Z'), new Date('2026-11-23T21:20:00Z'))).toEqual([]);
    expect(rebroadcastSchedule('colorado', new Date('2026-11-22T21:20:00Z'), new Date('2026-11-22T21:50:00Z')).map((t) => t.cap)).toEqual([
      '2026-11-22T21:35:00-00:00',
    ]);
    expect(() => rebroadcastSchedule('colorado', 'yesterday', '2026-11-22T17:20:00-07:00')).toThrowError(/sent/);
  });
});

describe('Update and Cancel against the official schemas', () => {
  it('pass the OASIS CAP 1.2 schema and the IPAWS profile schema (info with category, eventCode, expires, area)', async () => {
    const { validateWithXsd } = await import('../support/xsd.js');
    const original = buildBlueAlert(request({ languages: ['en-US', 'es-US'] }), { now: '2026-11-22T14:20:00-07:00', identifier: 'CBI-BA-1' });
    const update = updateBlueAlert(original.xml, request({ languages: ['en-US', 'es-US'] }), { now: '2026-11-22T15:00:00-07:00', identifier: 'CBI-BA-2' });
    const cancel = cancelBlueAlert([original.xml, update.xml], { now: '2026-11-22T16:00:00-07:00', reason: 'suspect-apprehended', identifier: 'CBI-BA-3' });
    const docs = [
      { name: 'update', xml: update.xml },
      { name: 'cancel', xml: cancel.xml },
    ];
    for (const schema of ['official', 'ipaws-profile'] as const) {
      const r = await validateWithXsd(docs, schema);
      if (r.skipped) {
        console.log(`skipped: ${r.reason}`);
        continue;
      }
      expect(r.results.map((x) => [x.name, x.valid, x.errors])).toEqual([
        ['update', true, []],
        ['cancel', true, []],
      ]);
    }
  });
});
