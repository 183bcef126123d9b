/**
 * Re-attack 22 (2026-12-03, black box, after the re-attack 20 fixes), F13: the officer's two surnames joined by a
 * hyphen with no title ("Maria Cruz-Perez" for María de la Cruz y Pérez) were published. Both halves the officer's
 * own surnames: the officer, with or without a given name or title, in any case.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

const BASE = JSON.parse(readFileSync(new URL('../../fixtures/officer-killed-denver/request.json', import.meta.url), 'utf8')) as Record<string, any>;

function build(name: string, summary: string) {
  const r = structuredClone(BASE);
  r.officer.name = name;
  r.incident.summary = summary;
  r.languages = ['en-US', 'es-US'];
  const out = safeBuildBlueAlert(r, { now: '2026-11-22T21:30:00Z', override: { reason: 'x' } });
  if (!out.success) throw new Error(out.issues.map((i) => i.code).join(', '));
  return out.data;
}

describe('re-attack 22 F13: a hyphenated pair of the officer\'s own surnames', () => {
  it.each([
    ['María de la Cruz y Pérez', 'Maria Cruz-Perez was shot.', /cruz|p[eé]rez/iu],
    ['María de la Cruz y Pérez', 'María Pérez-Cruz was shot.', /cruz|p[eé]rez/iu],
    ['María de la Cruz y Pérez', 'Cruz-Pérez was shot.', /cruz|p[eé]rez/iu],
    ['María de la Cruz y Pérez', 'CRUZ-PEREZ WAS SHOT.', /cruz|p[eé]rez/iu],
    ['María de la Cruz y Pérez', 'Maria de la Cruz-Perez was shot.', /cruz|p[eé]rez/iu],
    ['Ana García y Márquez', 'Ana García-Márquez fue baleada.', /garc[ií]a|m[aá]rquez/iu],
    ['Luis Ortega y Ruiz', 'Ruiz-Ortega was shot.', /ortega|ruiz/iu],
  ])('%s: "%s" publishes neither surname', (name, summary, names) => {
    const d = build(name, summary);
    expect(`${d.xml}\n${JSON.stringify(d.text)}\n${JSON.stringify(d.warnings)}`).not.toMatch(names);
  });

  it('another person\'s double surname with one of the officer\'s stays a relative or a stranger, as before', () => {
    expect(build('Daniel Okafor', 'Grace Adeyemi-Okafor thanked the public.').text.description).toContain('[name withheld] thanked the public');
    expect(build('Daniel Okafor', 'Officer Okafor-Jones was shot.').text.description).toContain('An officer was shot');
  });
});

describe('re-attack 22 F14: "señora" written out before a relative\'s double surname', () => {
  it.each(['la señora Adeyemi-Okafor habló.', 'La señora Adeyemi-Okafor habló.', 'Habló la señorita Adeyemi-Okafor.'])('"%s" publishes no Okafor', (text) => {
    const d = build('Daniel Okafor', `Officer Daniel Okafor was shot and killed. ${text}`);
    expect(`${d.xml}\n${JSON.stringify(d.text)}`).not.toMatch(/okafor/iu);
    expect(d.text.description).toContain('[name withheld]');
  });
});
