import type { BlueAlertRequestInput } from '../../src/index.js';
/** Leak class 7: every public string is scanned by output, and messages are scrubbed. */
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, safeBuildBlueAlert } from '../../src/build.js';
import { findGuardLeaks, guardTokens, publicStrings } from '../../src/privacy/guard.js';
import { parseRequest } from '../../src/request/parse.js';
import { BlueAlertError } from '../../src/errors.js';
import { NOW, allPublicText, build, requestWith } from './support.js';

const IDENTITY = /okafor|4471|daniel/i;

describe('every free-text field of the request reaches no output with identity', () => {
  const fields: [string, Record<string, unknown>][] = [
    ['note', { note: 'Okafor family asked for privacy.' }],
    ['incidents', { incidents: ['INC-1'] }],
    ['area.description', { area: { same: ['008031'], description: 'Where Officer Okafor patrolled' } }],
    ['text.headline', { text: { headline: 'Officer Okafor shot' } }],
    ['text.wea90', { text: { wea90: 'Okafor shot. Call 911.' } }],
    ['text.eas', { text: { eas: 'OFFICER DANIEL OKAFOR SHOT' } }],
    ['requestingAgency.requestingOfficial', { requestingAgency: { name: 'Denver PD', requestingOfficial: { name: 'Okafor', title: 'Partner of Sgt. Okafor' } } }],
    ['suspects[].weapons', { suspects: [{ weapons: 'Okafor’s service pistol', vehicle: { plate: { number: 'XYZ123' } } }] }],
    ['languages es', { languages: ['en-US', 'es-US'], incident: { summary: 'El agente Okafor fue baleado.' } }],
  ];
  for (const [label, extra] of fields) {
    it(label, () => {
      const m = build({ extra });
      expect(allPublicText(m)).not.toMatch(IDENTITY);
    });
  }

  it('the caller identifier is public output: one that names the officer is refused', () => {
    const r = safeBuildBlueAlert(requestWith(), { now: NOW, identifier: 'CBI-OKAFOR-1' });
    expect(r.success).toBe(false);
    expect(r.issues?.map((i) => i.code)).toContain('officer_identity_leak');
    expect(JSON.stringify(r.issues)).not.toMatch(IDENTITY);
  });
});

describe('messages are scrubbed', () => {
  it('a request-format error echoing a key named after the officer does not quote it', () => {
    const r = safeBuildBlueAlert({ ...requestWith(), Okafor: true, incident: { summary: 'x', okafor4471: 1 } }, { now: NOW });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.issues)).not.toMatch(IDENTITY);
    expect(r.issues?.length).toBeGreaterThan(0);
  });

  it('an override reason naming the officer never reaches a warning', () => {
    const req = { ...requestWith(), status: 'Actual', criteria: {} };
    const r = safeBuildBlueAlert(req, { now: NOW, override: { reason: 'Sgt. Okafor’s family asked, badge 4471' } });
    const text = r.success ? allPublicText(r.data) : JSON.stringify(r.issues);
    expect(text).not.toMatch(IDENTITY);
  });

  it('errors thrown by the build are scrubbed too', () => {
    try {
      buildBlueAlert(requestWith({ extra: { text: { wea90: `Officer Daniel Okafor ${'x'.repeat(380)}` } } }) as unknown as BlueAlertRequestInput, { now: NOW });
    } catch (e) {
      expect(e).toBeInstanceOf(BlueAlertError);
      expect((e as Error).message).not.toMatch(IDENTITY);
    }
  });
});

describe('the guard reads every string of the result by path', () => {
  it('lists nested paths, skips only the CAP model and the library lists', () => {
    const paths = [...publicStrings({ xml: 'a', text: { es: { headline: 'b' } }, warnings: [{ message: 'c' }], alert: { x: 'd' }, redactions: [{ path: 'e' }], anything: { later: ['f'] } }).keys()];
    expect(paths).toEqual(['xml', 'text.es.headline', 'warnings[0].message', 'anything.later[0]']);
  });

  it('a field added to the result later is scanned without a code change', () => {
    const parsed = parseRequest(requestWith());
    if (!parsed.success) throw new Error('bad');
    expect(findGuardLeaks(guardTokens(parsed.data), { newOutput: { preview: 'Officer Okafor' } }, [])).toEqual(['newOutput.preview']);
  });
});
