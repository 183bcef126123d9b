/**
 * Reader review 19t, the findings the lead fixed: the Spanish alert area (T06), the exercise wording (T28) and the
 * Spanish description's English splices (T16; the tables are tested in es-wear.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

const build = (id: string) => {
  const c = JSON.parse(readFileSync(new URL(`./cases/rt19t/${id}.json`, import.meta.url), 'utf8')) as { request: unknown; options: never };
  const r = safeBuildBlueAlert(c.request, c.options);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data.text;
};

describe('reader review 19t', () => {
  it('T06: a county named after a state and an island read in Spanish, never "en inglés" inside the EAS sentence', () => {
    const a = build('T06');
    expect(a.es?.eas).toContain('CONDADOS/ÁREAS: condado de Hawái;');
    expect(a.es?.description).toContain('Área de la alerta: condado de Hawái.');
    const b = build('T06b');
    expect(b.es?.eas).toContain('CONDADOS/ÁREAS: isla de Oahu;');
    for (const t of [a, b]) expect(t.es?.eas.slice(0, 200)).not.toContain('en inglés');
  });

  it('T28: an exercise phone text says no action is needed without a blunt command', () => {
    const t = build('T28');
    expect(t.es?.wea90).toContain('No tiene que hacer nada.');
    expect(t.es?.wea90).not.toContain('No haga nada');
  });

  it('T16: hair, race and clothing read in Spanish, or keep their label', () => {
    const texts = ['T16', 'T16b', 'T16c'].map((id) => build(id).es?.description ?? '');
    for (const d of texts) {
      expect(d).not.toMatch(/libras, \(en inglés/);
      expect(d).not.toContain('(en inglés: Filipino)');
      expect(d).not.toContain('(en inglés: police uniform)');
    }
  });
});
