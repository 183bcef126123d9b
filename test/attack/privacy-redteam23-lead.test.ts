/**
 * Re-attack 23 (2026-12-03, black box), the garbles fixed by the lead:
 * - P14: an adjective before a title ("the son of retired Sgt. Lucia Mendoza") read "the son of retired a sergeant".
 * - P16: Spanish "Sgto.", "Agte." were not read as titles ("El Sgto. Un agente fue herido"), and the participle's
 *   gender was lost ("El agente fue herida").
 * - P17: a vocative ("We love you Justice.") read "We love you the officer."
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cancelBlueAlert, safeBuildBlueAlert } from '../../src/index.js';

const BASE = JSON.parse(readFileSync(new URL('../../fixtures/officer-killed-denver/request.json', import.meta.url), 'utf8')) as Record<string, any>;

function build(name: string, summary: string, es?: string) {
  const r = structuredClone(BASE);
  r.officer.name = name;
  delete r.officer.rank;
  r.incident.summary = summary;
  r.languages = ['en-US', 'es-US'];
  if (es !== undefined) r.incident.es = { ...(r.incident.es ?? {}), summary: es };
  const out = safeBuildBlueAlert(r, { now: '2026-11-22T21:30:00Z', override: { reason: 'x' } });
  if (!out.success) throw new Error(out.issues.map((i) => i.code).join(', '));
  return out.data;
}

const published = (d: ReturnType<typeof build>): string => `${d.xml}\n${JSON.stringify(d.text)}\n${JSON.stringify(d.warnings)}`;

describe('P14: an adjective before a withheld title goes after the article', () => {
  it.each([
    ['Officer Daniel Okafor is the son of retired Sgt. Lucia Mendoza.', 'the son of a retired sergeant.'],
    ['Officer Daniel Okafor was shot. His father, retired Captain Tomas Okoro, also served.', 'His father, a retired officer, also served.'],
    ['The former Officer Daniel Okafor was shot.', 'The former officer was shot.'],
    ['A retired Sgt. Daniel Okafor was shot.', 'A retired sergeant was shot.'],
    ['Fallen Officer Daniel Okafor was honored.', 'A fallen officer was honored.'],
  ])('"%s" -> "%s"', (summary, expected) => {
    const d = build('Daniel Okafor', summary);
    expect(d.text.description).toContain(expected);
    expect(published(d)).not.toMatch(/okafor|daniel/iu);
  });
});

describe('P16: Spanish abbreviated titles and the participle\'s gender', () => {
  it('"El Sgto. Okafor", "Agte. Okafor", "Ofc. Okafor fue herida"', () => {
    const d = build('Daniel Okafor', 'Officer Okafor was shot.', 'El Sgto. Okafor fue herido por el sospechoso. Agte. Okafor herido en Bayamón. Ofc. Okafor fue herida en la PR-2.');
    expect(d.text.es?.description).toContain('El sargento fue herido por el sospechoso. El agente herido en Bayamón. La agente fue herida en la PR-2.');
    expect(published(d)).not.toMatch(/okafor/iu);
  });

  it.each([
    ['Okafor fue herida de gravedad.', 'Una agente fue herida'],
    ['Okafor resultó gravemente baleada.', 'Una agente resultó gravemente baleada'],
    ['Okafor fue herido.', 'Un agente fue herido'],
  ])('"%s" -> "%s"', (es, expected) => {
    const d = build('Maria Okafor', 'Officer Okafor was shot.', es);
    expect(d.text.es?.description).toContain(expected);
  });
});

describe('P17: a vocative', () => {
  it.each([
    ['Officer Justice Oyelaran was shot. We love you Justice.', 'We love you, officer.'],
    ['Officer Justice Oyelaran was shot. Thank you Officer Oyelaran for your service.', 'Thank you, officer for your service.'],
  ])('"%s" -> "%s"', (summary, expected) => {
    const d = build('Justice Oyelaran', summary);
    expect(d.text.description).toContain(expected);
    expect(published(d)).not.toMatch(/oyelaran/iu);
  });
});

describe('P15: a missing officer\'s description and vehicle never read "an officer"', () => {
  it('a tattoo reading the surname, a decal with it: "[name withheld]", the rest as written', () => {
    const r = JSON.parse(readFileSync(new URL('./requests/redteam23/P15.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const out = safeBuildBlueAlert(r, { now: '2026-11-22T14:20:00-07:00' });
    if (!out.success) throw new Error(out.issues.map((i) => i.code).join(', '));
    const d = out.data;
    expect(d.text.description).toContain('tattoo reading "[name withheld]" across upper back');
    expect(d.text.description).toContain('"[name withheld] PLUMBING" decal on doors');
    expect(`${d.xml}\n${JSON.stringify(d.text)}`).not.toMatch(/okafor/iu);
    expect(d.text.description).not.toMatch(/"AN OFFICER/u);
  });
});

describe('P12: a Cancel reason in the sender\'s own words without the original request', () => {
  const original = build('Daniel Okafor', 'Officer Daniel Okafor was shot.');
  const reason = 'Suspect arrested. The Okafor family thanks the public. Rest easy Danny.';
  it('goes out with the warning reason_unchecked, which says what to do', () => {
    const c = cancelBlueAlert(original.xml, { reason, now: '2026-11-22T22:30:00Z', timeZone: 'America/Denver' });
    const w = c.warnings.find((x) => x.code === 'reason_unchecked');
    expect(w?.path).toBe('options.reason');
    expect(w?.message).toContain('options.request');
    expect(w?.message).not.toMatch(/okafor|danny/iu);
  });
  it('with the request it is refused, as before', () => {
    const r = structuredClone(BASE);
    r.officer.name = 'Daniel Okafor';
    r.officer.nickname = 'Danny';
    expect(() => cancelBlueAlert(original.xml, { reason, request: r as never, now: '2026-11-22T22:30:00Z', timeZone: 'America/Denver' })).toThrow();
  });
  it('a fixed reason gives no such warning', () => {
    const c = cancelBlueAlert(original.xml, { reason: 'suspect-apprehended', now: '2026-11-22T22:30:00Z', timeZone: 'America/Denver' });
    expect(c.warnings.some((x) => x.code === 'reason_unchecked')).toBe(false);
  });
});
