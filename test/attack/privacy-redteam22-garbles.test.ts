/**
 * Re-attack 22 (2026-12-03), the garbles left at its end, fixed in the next session:
 * - F8: a sentence's own article before an agency and a titled name ("A Denver Police Officer Daniel Okafor was shot"
 *   read "A Denver an officer was shot").
 * - F9: Spanish "El agente de Denver Daniel Okafor" read "El agente de [nombre omitido] un alguacil" (the town taken
 *   for another person's given name, then a role after a title), "agente de la policía Daniel Okafor" read "agente
 *   de la agente".
 * - F15: a courtesy title before the surname alone ("Mrs. Okafor", "la señora Okafor") read as the officer: "Mr. and
 *   an officer asked for privacy", "The officer's wife, the officer, …".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

const BASE = JSON.parse(readFileSync(new URL('../../fixtures/officer-killed-denver/request.json', import.meta.url), 'utf8')) as Record<string, any>;

function build(summary: string, es?: string) {
  const r = structuredClone(BASE);
  r.officer.name = 'Daniel Okafor';
  delete r.officer.rank;
  r.incident.summary = summary;
  r.languages = ['en-US', 'es-US'];
  if (es !== undefined) r.incident.es = { ...(r.incident.es ?? {}), summary: es };
  const out = safeBuildBlueAlert(r, { now: '2026-11-22T21:30:00Z', override: { reason: 'x' } });
  if (!out.success) throw new Error(out.issues.map((i) => i.code).join(', '));
  return out.data;
}

const published = (d: ReturnType<typeof build>): string => `${d.xml}\n${JSON.stringify(d.text)}\n${JSON.stringify(d.warnings)}`;

describe('F8: the writer\'s article before an agency and a titled name', () => {
  it.each([
    ['A Denver Police Officer Daniel Okafor was shot.', 'A Denver officer was shot.'],
    ['The Denver Police Officer Daniel Okafor was shot.', 'The Denver officer was shot.'],
    ['Witnesses saw a Denver Police Officer Daniel Okafor fall.', 'Witnesses saw a Denver officer fall.'],
    ['Witnesses saw Denver Police Officer Daniel Okafor fall.', 'Witnesses saw a Denver officer fall.'],
    ["A Los Angeles County Sheriff's Deputy Daniel Okafor was shot.", 'A Los Angeles County deputy was shot.'],
    ['An Adams County Deputy Daniel Okafor was shot.', 'An Adams County deputy was shot.'],
    ['An NYPD Officer Daniel Okafor was shot.', 'An NYPD officer was shot.'],
  ])('"%s" -> "%s"', (summary, expected) => {
    const d = build(summary);
    expect(d.text.description.startsWith(expected)).toBe(true);
    expect(published(d)).not.toMatch(/okafor|daniel/iu);
  });
});

describe('F9: Spanish, a title and its town or agency before the name', () => {
  it.each([
    ['El agente de Denver Daniel Okafor fue herido.', 'El agente de Denver fue herido.'],
    ['El agente de Aurora Daniel Okafor fue herido.', 'El agente de Aurora fue herido.'],
    ['El agente de la policía Daniel Okafor fue herido.', 'El agente de la policía fue herido.'],
    ['El agente de la policía de Ponce Daniel Okafor fue herido.', 'El agente de la policía de Ponce fue herido.'],
  ])('"%s" -> "%s"', (es, expected) => {
    const d = build('Officer Daniel Okafor was shot.', es);
    expect(d.text.es?.description).toContain(expected);
    expect(published(d)).not.toMatch(/okafor|daniel/iu);
  });

  it('an unknown first name before the officer\'s full name is withheld with it, as one person', () => {
    const d = build('Tyrell Daniel Okafor was shot.', 'La familia de Tyrell Daniel Okafor pidió privacidad.');
    expect(d.text.description).toContain('[name withheld] was shot.');
    expect(d.text.es?.description).toContain('La familia de [nombre omitido] pidió privacidad.');
    expect(published(d)).not.toMatch(/okafor|daniel|tyrell/iu);
  });

  it('"An officer from Aurora Daniel Okafor" loses the name, not the town', () => {
    expect(build('An officer from Aurora Daniel Okafor was shot.').text.description).toContain('An officer from Aurora was shot.');
  });
});

describe('F15: a courtesy title before the surname alone is no police role', () => {
  it.each([
    ['Officer Daniel Okafor was shot. Mr. and Mrs. Okafor asked for privacy.', '[name withheld] asked for privacy.'],
    ['Officer Daniel Okafor was shot. Miss Okafor spoke.', '[name withheld] spoke.'],
    ["Officer Daniel Okafor was shot. Okafor's wife, Mrs. Okafor, asked for privacy.", "The officer's wife, [name withheld], asked for privacy."],
    ['Officer Daniel Okafor was shot. Dr. Okafor treated him.', '[name withheld] treated him.'],
  ])('"%s" -> "%s"', (summary, expected) => {
    const d = build(summary);
    expect(d.text.description).toContain(expected);
    expect(published(d)).not.toMatch(/okafor/iu);
  });

  it.each([
    ['La señora Okafor habló.', 'La [nombre omitido] habló.'],
    ['El señor y la señora Okafor pidieron privacidad.', '[nombre omitido] pidieron privacidad.'],
  ])('Spanish "%s" -> "%s"', (es, expected) => {
    const d = build('Officer Daniel Okafor was shot.', es);
    expect(d.text.es?.description).toContain(expected);
    expect(published(d)).not.toMatch(/okafor/iu);
  });

  it('the full name after a courtesy title is still the officer', () => {
    expect(build('Mr. Daniel Okafor was shot.').text.description).toContain('An officer was shot.');
  });
});
