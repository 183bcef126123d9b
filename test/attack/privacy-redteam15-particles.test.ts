// Red team 15 (found while fixing over-redaction): a surname that is a name particle ("Thi Le", "Ana La", "Minh
// De") was never a term on its own, so "Officer Le died" and "Le was shot" were published. The particle is now the
// officer's when it is the last word of the name, and read like the short function-word surnames: in lower case,
// at a sentence start before an article's noun or a Spanish verb, and before a capitalised word it is the word.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';

const BASE = JSON.parse(readFileSync(new URL('../../examples/request.json', import.meta.url), 'utf8')) as Record<string, any>;
const build = (officer: string, summary: string, es?: string) => {
  const r = structuredClone(BASE);
  r['officer'].name = officer;
  r['incident'].summary = summary;
  if (es !== undefined) {
    r['languages'] = ['en-US', 'es-US'];
    r['incident'].es = { summary: es };
  }
  return buildBlueAlert(r as never, { now: '2026-11-22T21:30:00Z' });
};
const lead = (m: ReturnType<typeof build>) => m.text.description.split(' Place:')[0] ?? '';

describe('red team 15: particle surnames', () => {
  it.each([
    ['Thi Le', 'Officer Le died at the scene. Sgt. Le was shot.', 'An officer died at the scene. The sergeant was shot.'],
    ['Ana La', 'Officer La was shot. Deputy La died.', 'An officer was shot. The deputy died.'],
    ['Thi Le', 'Le was shot near the store.', 'An officer was shot near the store.'],
    ['Minh De', 'Officer De was shot.', 'An officer was shot.'],
    ['Van Le', 'Officer Van Le was shot; officer Le died.', 'An officer was shot; the officer died.'],
  ])('%s: "%s" is withheld', (officer, summary, expected) => {
    const m = build(officer, summary);
    expect(lead(m)).toBe(expected);
  });

  it('articles, prepositions, Spanish text, places and other names stay, in both languages', () => {
    const summary = 'La agente fue herida. De acuerdo con testigos, le dispararon en la calle de la Cruz. Le Mans and La Paz are places. Van Buren Street. The van drove off.';
    const es = 'La agente fue herida en la Avenida de la Constitución. Le dispararon desde una van. El sospechoso huyó hacia Del Rio.';
    for (const officer of ['Thi Le', 'Ana La', 'Minh De', 'Ana Del', 'Jan Van']) {
      const m = build(officer, summary, es);
      expect(lead(m), officer).toBe(summary);
      expect(m.text.es?.description, officer).toContain(es);
    }
  });
});
