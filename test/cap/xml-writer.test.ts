/**
 * Our CAP writer against xmlbuilder2's document API (the field's usual XML writer, kept as a dev dependency for
 * this check): byte-for-byte the same XML for every fixture and for generated alerts.
 */
import fc from 'fast-check';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, parseCap } from '../../src/index.js';
import { escapeXmlText, toCapXml } from '../../src/cap/xml.js';
import { CAP_NAMESPACE, type CapAlert, type CapArea, type CapInfo, type CapValuePair } from '../../src/cap/model.js';
import { requestFixtures } from '../support/fixtures.js';
import { fcParams } from '../support/arbitraries.js';

/** The same alert written with xmlbuilder2 (escaping `&` first: xmlbuilder2 leaves entity-like `&…;` alone). */
function referenceXml(alert: CapAlert): string {
  const t = (p: XMLBuilder, name: string, v: string | number | undefined) => {
    if (v !== undefined) p.ele(name).txt(String(v).replace(/&/g, '&amp;'));
  };
  const pairs = (p: XMLBuilder, name: string, list: readonly CapValuePair[]) => {
    for (const x of list) {
      const e = p.ele(name);
      t(e, 'valueName', x.valueName);
      t(e, 'value', x.value);
    }
  };
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const a = doc.ele(CAP_NAMESPACE, 'alert');
  t(a, 'identifier', alert.identifier);
  t(a, 'sender', alert.sender);
  t(a, 'sent', alert.sent);
  t(a, 'status', alert.status);
  t(a, 'msgType', alert.msgType);
  t(a, 'source', alert.source);
  t(a, 'scope', alert.scope);
  t(a, 'restriction', alert.restriction);
  t(a, 'addresses', alert.addresses);
  for (const c of alert.code) t(a, 'code', c);
  t(a, 'note', alert.note);
  if (alert.references?.length) t(a, 'references', alert.references.join(' '));
  t(a, 'incidents', alert.incidents);
  for (const info of alert.info) {
    const i = a.ele('info');
    t(i, 'language', info.language);
    for (const c of info.category) t(i, 'category', c);
    t(i, 'event', info.event);
    for (const r of info.responseType) t(i, 'responseType', r);
    t(i, 'urgency', info.urgency);
    t(i, 'severity', info.severity);
    t(i, 'certainty', info.certainty);
    t(i, 'audience', info.audience);
    pairs(i, 'eventCode', info.eventCode);
    for (const k of ['effective', 'onset', 'expires', 'senderName', 'headline', 'description', 'instruction', 'web', 'contact'] as const) t(i, k, info[k]);
    pairs(i, 'parameter', info.parameter);
    for (const r of info.resource) {
      const e = i.ele('resource');
      for (const k of ['resourceDesc', 'mimeType', 'size', 'uri', 'derefUri', 'digest'] as const) t(e, k, r[k]);
    }
    for (const ar of info.area) {
      const e = i.ele('area');
      t(e, 'areaDesc', ar.areaDesc);
      for (const p of ar.polygon) t(e, 'polygon', p);
      for (const c of ar.circle) t(e, 'circle', c);
      pairs(e, 'geocode', ar.geocode);
      t(e, 'altitude', ar.altitude);
      t(e, 'ceiling', ar.ceiling);
    }
  }
  return `${doc.end({ prettyPrint: true, indent: '  ', newline: '\n' })}\n`;
}

describe('toCapXml', () => {
  for (const f of requestFixtures()) {
    it(`writes ${f.name} exactly as xmlbuilder2 does`, () => {
      const r = buildBlueAlert(f.request, f.options);
      expect(r.xml).toBe(referenceXml(r.alert));
    });
  }

  it('writes generated alerts exactly as xmlbuilder2 does, and they parse back', () => {
    const text = fc.string({ unit: fc.constantFrom(...Array.from('aZ 09&;<>"\'é€😀\n\t-]')), maxLength: 16 });
    const pair: fc.Arbitrary<CapValuePair> = fc.record({ valueName: text, value: text });
    const area: fc.Arbitrary<CapArea> = fc.record({ areaDesc: text, polygon: fc.array(text, { maxLength: 2 }), circle: fc.array(text, { maxLength: 2 }), geocode: fc.array(pair, { maxLength: 2 }) });
    const info: fc.Arbitrary<CapInfo> = fc.record({
      language: text, category: fc.array(text, { maxLength: 2 }), event: text, responseType: fc.array(text, { maxLength: 2 }),
      urgency: text, severity: text, certainty: text, eventCode: fc.array(pair, { maxLength: 2 }), expires: text,
      headline: text, description: text, parameter: fc.array(pair, { maxLength: 3 }), resource: fc.constant([]), area: fc.array(area, { maxLength: 2 }),
    });
    const alert: fc.Arbitrary<CapAlert> = fc.record({
      identifier: text, sender: text, sent: text, status: text, msgType: text, scope: text, note: text,
      code: fc.array(text, { maxLength: 2 }), references: fc.array(fc.stringMatching(/^[a-z0-9,:-]{1,12}$/), { minLength: 1, maxLength: 3 }),
      info: fc.array(info, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(alert, (a) => {
        const xml = toCapXml(a);
        expect(xml).toBe(referenceXml(a));
      }),
      fcParams,
    );
  });

  it('keeps carriage returns and drops characters XML 1.0 cannot carry', () => {
    expect(escapeXmlText('a\r\nb')).toBe('a&#xD;\nb');
    expect(escapeXmlText('bell\u0007 and \uFFFF and lone \uD800 end')).toBe('bell and  and lone  end');
    expect(escapeXmlText('pair 😀 kept')).toBe('pair 😀 kept');
    const r = buildBlueAlert(
      {
        event: 'officer-killed',
        issuer: { name: 'CBI', sender: 'cbi@state.co.us', timeZone: 'America/Denver' },
        requestingAgency: { name: 'Denver PD' },
        criteria: { requestedByPrimaryAgency: true, officerStatusConfirmed: true, suspectApprehended: false, sufficientSuspectDescription: true },
        incident: { summary: 'Shots fired\r\nnear the bell\u0007 tower.' },
        suspects: [{ vehicle: { plate: { number: 'ABC123' } } }],
        area: { same: ['008031'] },
      },
      { now: '2026-11-22T14:20:00-07:00', identifier: 'X-1' },
    );
    expect(parseCap(r.xml)).toEqual(r.alert);
  });
});
