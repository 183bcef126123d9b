/**
 * Reader review 19t (black-box read of the public texts), findings fixed by helper tx2. Each case under
 * cases/rt19t reproduces with `safeBuildBlueAlert(c.request, c.options)`; the test names quote what was observed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

interface Case {
  readonly request: Record<string, unknown> & { suspects: Record<string, unknown>[] };
  readonly options: Record<string, unknown>;
}

const load = (id: string): Case => JSON.parse(readFileSync(new URL(`./cases/rt19t/${id}.json`, import.meta.url), 'utf8')) as Case;

const build = (c: Case) => {
  const r = safeBuildBlueAlert(c.request, c.options as never);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data.text;
};

const texts = (id: string) => build(load(id));

/** The case with its request changed. */
const variant = (id: string, change: (r: Case['request']) => void): Case => {
  const c = load(id);
  change(c.request);
  return c;
};

describe('T02: the 90 never pairs one suspect\'s "on foot" with another\'s sex', () => {
  it('T02: "Suspect on foot: male" for two suspects where only the woman is on foot', () => {
    const t = texts('T02');
    expect(t.wea90).not.toContain('Suspect on foot');
    expect(t.wea90).toContain('2 suspects, 1 on foot.');
  });

  it('T02b: "Suspect on foot: male" for three suspects all on foot', () => {
    const t = texts('T02b');
    expect(t.wea90).toContain('3 suspects on foot');
    expect(t.es?.wea90 ?? '').not.toMatch(/Sospechos[oa] a pie/u);
  });

  const sexes = ['male', 'female'] as const;
  const cases = sexes.flatMap((a) => sexes.flatMap((b) => [0, 1, 2].map((onFoot) => ({ a, b, onFoot }))));
  it.each(cases)('two suspects ($a, $b), $onFoot on foot: the count and the on-foot count are right', ({ a, b, onFoot }) => {
    const c = variant('T02', (r) => {
      const s = r.suspects as { description: { sex: string }; direction?: string }[];
      s.forEach((x, i) => {
        x.description.sex = i === 0 ? a : b;
        if (i < onFoot) x.direction = 'fled on foot';
        else delete x.direction;
      });
      r['incident'] = { ...(r['incident'] as object), location: 'W Madison St and N Pulaski Rd, Chicago' };
    });
    const t = build(c);
    expect(t.wea90).not.toMatch(/Suspect(?: on foot)?: /u);
    const head = onFoot === 0 ? '2 suspects' : onFoot === 2 ? '2 suspects on foot' : '2 suspects, 1 on foot';
    if (t.wea90.includes('suspects')) expect(t.wea90).toContain(head);
    expect(t.wea90.length).toBeLessThanOrEqual(90);
  });

  it('a list of several suspects marks only the one on foot', () => {
    const c = variant('T02', (r) => {
      r['issuer'] = { ...(r['issuer'] as object), name: 'ISP' };
      r['incident'] = { ...(r['incident'] as object), location: 'Gary' };
      (r.suspects as { description: Record<string, unknown> }[]).forEach((s) => {
        for (const k of ['height', 'clothing', 'hair', 'race']) delete s.description[k];
      });
    });
    const t = build(c);
    expect(t.wea90).toContain('2 suspects, 1 on foot');
    // (either the count alone, or each one with the woman marked on foot)
    if (t.wea90.includes(';')) expect(t.wea90).toMatch(/female, 22, on foot\./u);
  });

  it('"fled on foot toward the river" is on foot too', () => {
    const t = build(variant('T02b', (r) => (r.suspects as { direction?: string }[]).forEach((s) => (s.direction = 'fled on foot toward the Chattahoochee River'))));
    expect(t.wea90).toContain('3 suspects on foot');
  });
});

describe('T03: Spanish 90 agrees with a suspect who is a woman', () => {
  it('T03: "Sospechoso: Ford, NBH-2271" for a female suspect', () => {
    const t = texts('T03');
    expect(t.es?.wea90).toMatch(/Sospechosa: /u);
    expect(t.es?.wea90).not.toMatch(/Sospechoso: /u);
  });

  it.each(['male', 'female'] as const)('a %s suspect with a vehicle in a missing-officer alert', (sex) => {
    const t = build(variant('T03', (r) => ((r.suspects[0] as { description: { sex: string } }).description.sex = sex)));
    expect(t.es?.wea90).toContain(sex === 'female' ? 'Sospechosa: ' : 'Sospechoso: ');
  });
});

describe('T17: several suspects pose the threat, in both languages', () => {
  it('T17: "Un sospechoso representa…" with two suspects', () => {
    const t = texts('T17');
    expect(t.es?.description).toMatch(/^Dos sospechosos representan una amenaza inminente/u);
  });

  it.each([
    [2, 'male', 'Dos sospechosos representan', 'Two suspects pose'],
    [3, 'female', 'Tres sospechosas representan', 'Three suspects pose'],
    [1, 'female', 'Una sospechosa representa', 'A suspect poses'],
    [1, 'male', 'Un sospechoso representa', 'A suspect poses'],
  ] as const)('%i %s suspect(s): "%s" / "%s"', (n, sex, es, en) => {
    const c = variant('T17', (r) => {
      const one = r.suspects[0] as { description: { sex: string } };
      r.suspects = Array.from({ length: n }, () => ({ ...one, description: { ...one.description, sex } }));
      delete (r['incident'] as Record<string, unknown>)['summary'];
    });
    const t = build(c);
    expect(t.es?.description.startsWith(es)).toBe(true);
    expect(t.description.startsWith(en)).toBe(true);
  });
});

describe('T21: the instruction calls armed only the suspects who are', () => {
  it('T21: "Consider the suspects armed and dangerous" when only suspect 1 is armed', () => {
    const t = texts('T21');
    expect(t.instruction).toMatch(/^Consider suspect 1 armed and dangerous\./u);
    expect(t.instruction).toContain('Do not approach or try to stop the suspects.');
  });

  it.each([
    [[false, true], 'Consider suspect 2 armed and dangerous.', 'Considere al sospechoso 2 armado y peligroso.'],
    [[true, true], 'Consider the suspects armed and dangerous.', 'Considere a los sospechosos armados y peligrosos.'],
    [[true, false, true], 'Consider suspects 1 and 3 armed and dangerous.', 'Considere a los sospechosos 1 y 3 armados y peligrosos.'],
  ] as const)('armed %j', (armed, en, es) => {
    const c = variant('T21', (r) => {
      const base = r.suspects;
      r.suspects = armed.map((a, i) => {
        const s = { ...(base[i % base.length] as Record<string, unknown>) };
        if (a) s['armedAndDangerous'] = true;
        else delete s['armedAndDangerous'];
        delete s['weapons'];
        return s;
      });
      r['languages'] = ['en-US', 'es-US'];
    });
    const t = build(c);
    expect(t.instruction).toContain(en);
    expect(t.es?.instruction).toContain(es);
  });

  it('a woman alone armed among several: "a la sospechosa 2 armada y peligrosa"', () => {
    const c = variant('T21', (r) => {
      (r.suspects[0] as Record<string, unknown>)['armedAndDangerous'] = false;
      const s2 = r.suspects[1] as { description: { sex: string }; armedAndDangerous?: boolean };
      s2.description.sex = 'female';
      s2.armedAndDangerous = true;
      r['languages'] = ['en-US', 'es-US'];
    });
    expect(build(c).es?.instruction).toContain('Considere a la sospechosa 2 armada y peligrosa.');
  });
});

describe('T23: one label, one sentence', () => {
  it('T23: "Suspect 2: heading south on I-65. Suspect 2: armed and dangerous."', () => {
    const t = texts('T23');
    expect(t.wea360).toContain('Suspect 2: heading south on I-65, armed and dangerous.');
  });

  it('T02 (360): "Suspect 2: Keisha Monroe… Suspect 2: on foot." in both languages', () => {
    const t = texts('T02');
    expect(t.wea360).toMatch(/Suspect 2: Keisha Monroe[^.]*, on foot\./u);
    expect(t.es?.wea360).toMatch(/Sospechosa 2: Keisha Monroe[^.]*, a pie\./u);
  });

  it.each([1, 2, 3])('no label twice in a row in the 360 (%i suspects, the last one armed)', (n) => {
    const c = variant('T23', (r) => {
      const last = r.suspects[1] as Record<string, unknown>;
      r.suspects = Array.from({ length: n }, (_, i) => (i === n - 1 ? last : { ...(r.suspects[0] as object), direction: i === 0 ? 'east on I-70' : 'north on US-31' }));
      r['languages'] = ['en-US', 'es-US'];
    });
    const t = build(c);
    for (const text of [t.wea360, t.es?.wea360 ?? '']) {
      // every sentence's label, a vehicle's too ("Suspect 1 vehicle:", "Vehiculo del sospechoso 1:"): two sentences in a
      // row, not two of one suspect with the vehicle between them
      const labels = [...text.matchAll(/(?:^|\. )((?:Suspect|Sospechos[oa]s?|Vehiculo d[a-z ]+)(?: [\d, y and]+)?(?: vehicle)?): /gu)].map((m) => m[1]);
      labels.forEach((l, i) => {
        if (i > 0) expect(`${labels[i - 1]} -> ${l}`).not.toBe(`${l} -> ${l}`);
      });
      expect(text.length).toBeLessThanOrEqual(360);
    }
  });
});

describe('T27: the 90 names the suspect rather than saying only "male"', () => {
  it.each(['Jo Ann Li', 'Cy Li'])('T27 with a shorter name (%s): the name, not "Suspect: male."', (name) => {
    const t = build(variant('T27', (r) => ((r.suspects[0] as Record<string, unknown>)['name'] = name)));
    expect(t.wea90).toContain(`Suspect: ${name}`);
    expect(t.wea90).toContain('Springfield');
    expect(t.wea90.length).toBeLessThanOrEqual(90);
  });

  it('a killed officer\'s alert with a named suspect and room: the name and the look', () => {
    const c = variant('T27', (r) => {
      r['event'] = 'officer-killed';
      r['criteria'] = { ...(r['criteria'] as object), officerStatusConfirmed: true };
      (r.suspects[0] as Record<string, unknown>)['name'] = 'Cy Li';
      r['incident'] = { ...(r['incident'] as object), place: 'Ava' };
      r['issuer'] = { ...(r['issuer'] as object), shortName: undefined };
    });
    expect(build(c).wea90).toContain('Blue Alert: officer killed in Ava. Suspect: Cy Li, white male');
  });

  it.each(['Jo Ann Li', 'Cy Li'])('killed, town kept: the name (%s) before "male"', (name) => {
    const c = variant('T27', (r) => {
      r['event'] = 'officer-killed';
      r['criteria'] = { ...(r['criteria'] as object), officerStatusConfirmed: true };
      (r.suspects[0] as Record<string, unknown>)['name'] = name;
    });
    const t = build(c).wea90;
    expect(t).toContain('Springfield');
    expect(t).toContain(`Suspect: ${name}`);
  });
});

describe('T24: an age group reads as an adjective', () => {
  it('T24: "Black male, in teens"', () => {
    const t = texts('T24');
    expect(t.wea360).toContain('Black teenage male');
    expect(`${t.wea360} ${t.description} ${t.eas}`).not.toMatch(/in teens/u);
  });

  it.each([
    ['teens', 'female', 'white', 'white teenage female'],
    ['teen', 'male', undefined, 'teenage male'],
    ['elderly', 'female', 'Asian', 'Asian elderly female'],
    ['early teens', 'male', 'Black', 'Black male, early teens'],
    ['25', 'male', 'Black', 'Black male, age 25'],
  ] as const)('age "%s", %s, %s: "%s"', (age, sex, race, expected) => {
    const t = build(
      variant('T24', (r) => {
        for (const s of r.suspects as { description: Record<string, unknown> }[]) {
          s.description['age'] = age;
          s.description['sex'] = sex;
          if (race === undefined) delete s.description['race'];
          else s.description['race'] = race;
        }
      }),
    );
    expect(t.description).toContain(`Suspect 1: ${expected}.`);
  });
});

describe('T05, T30: the preposition before a location', () => {
  it('T05: "Officer seriously injured 8 Mile Rd and Woodward Ave" (no "at")', () => {
    const t = texts('T05');
    expect(t.wea360).toMatch(/Officer seriously injured at 8 Mile Rd/u);
    expect(t.headline).toContain('Officer seriously injured at 8 Mile Rd and Woodward Ave, Detroit');
    expect(texts('T05b').headline).toContain('injured at 8 Mile Rd');
  });

  it.each(['8 Mile Rd and Woodward Ave, Detroit', '2 Mile Rd, Flint', '1 Km Road, Las Cruces'])('a road named for a distance (%s) takes "at"', (loc) => {
    const t = build(variant('T05', (r) => (r['incident'] = { ...(r['incident'] as object), location: loc })));
    expect(t.headline).toContain(`injured at ${loc}`);
  });

  it.each([
    ['3 miles east of Havre', 'injured 3 miles east of Havre'],
    ['2 mi N of Flint', 'injured 2 mi N of Flint'],
    ['1.5 miles from the Ambassador Bridge', 'injured 1.5 miles from the Ambassador Bridge'],
  ])('a distance from a place (%s) keeps its own preposition', (loc, expected) => {
    const t = build(variant('T05', (r) => (r['incident'] = { ...(r['incident'] as object), location: loc })));
    expect(t.headline).toContain(expected);
  });

  it('T30: "killed at SR 20 at milepost 112" -> "killed on SR 20 at milepost 112"', () => {
    const t = texts('T30');
    expect(t.wea360).toContain('killed on SR 20 at milepost 112');
    expect(t.headline).toContain('Officer killed on SR 20 at milepost 112');
  });

  it.each([
    ['I-70 EB near MM 104, Indianapolis', 'on I-70 EB near MM 104'],
    ['US-59 near Cleveland, Liberty County', 'on US-59 near Cleveland'],
    ['KY 15 near Hazard', 'on KY 15 near Hazard'],
    ['Hwy 2 at milepost 380, Havre', 'on Hwy 2 at milepost 380'],
    ['I-25 and Colfax Ave, Denver', 'at I-25 and Colfax Ave'],
    ['US 36 & Wadsworth Blvd, Broomfield', 'at US 36 & Wadsworth Blvd'],
    ['NW 27th Ave and NW 79th St, Miami', 'at NW 27th Ave and NW 79th St'],
    ['MM 104 on I-70', 'at MM 104 on I-70'],
  ])('%s: "%s"', (loc, expected) => {
    const t = build(variant('T30', (r) => (r['incident'] = { ...(r['incident'] as object), location: loc })));
    expect(t.headline).toContain(`killed ${expected}`);
  });
});

describe('T22: a missing officer\'s last known location is not the place said again', () => {
  it('T22: "Carretera PR-2 km 82, Hatillo" then "Last known location: PR-2 km 82, Hatillo"', () => {
    const t = texts('T22');
    expect(t.wea360).not.toContain('Last known location');
    expect(t.description).not.toContain('Last known location');
    expect(t.es?.wea360 ?? '').not.toContain('Ultima ubicacion');
    expect(t.es?.description ?? '').not.toContain('Última ubicación');
  });

  it.each([
    ['Hwy 50 near Canon City', 'Highway 50 near Canon City', false],
    ['Hatillo', 'Carretera PR-2 km 82, Hatillo', false],
    ['PR-2 km 90, Camuy', 'Carretera PR-2 km 82, Hatillo', true],
    ['W Colfax Ave, Hatillo', 'Hatillo', true],
  ])('last known %s, place %s: said again %s', (known, place, said) => {
    const c = variant('T22', (r) => {
      r['incident'] = { ...(r['incident'] as object), location: place };
      r['officer'] = { ...(r['officer'] as object), lastKnownLocation: known };
    });
    expect(build(c).description.includes('Last known location')).toBe(said);
  });
});

describe('T10: the town before a county is the place of the 90', () => {
  it('T10: "officer killed in Liberty County" for "US-59 near Cleveland, Liberty County"', () => {
    const t = texts('T10');
    expect(t.wea90).toContain('Cleveland');
    expect(t.wea90).not.toContain('Liberty County');
  });

  it('T10b: "Perry County Blue Alert" for "KY 15 near Hazard, Perry County"', () => {
    const t = texts('T10b');
    expect(t.wea90).toContain('Hazard');
    expect(t.wea90).not.toContain('Perry County');
  });

  it.each([
    ['Main St, Elgin, Kane County', 'Elgin'],
    ['LA 1 near Thibodaux, Lafourche Parish', 'Thibodaux'],
    ['Main St, Liberty County', 'Liberty County'],
  ])('%s: %s', (loc, town) => {
    const t = build(variant('T10', (r) => (r['incident'] = { ...(r['incident'] as object), location: loc })));
    expect(t.wea90).toContain(town);
  });
});

describe('T07: the headline keeps the town when the whole location does not fit with the vehicle', () => {
  it('T07: "Alerta Azul: Agente asesinado; vehículo…" (no place)', () => {
    const t = texts('T07');
    expect(t.es?.headline).toContain('Agente asesinado en Rio Rico; vehículo del sospechoso');
  });

  it('T07b: "Alerta Azul: Agente desaparecida; vehículo…" (no place)', () => {
    const t = texts('T07b');
    expect(t.es?.headline).toContain('Agente desaparecida, vista por última vez en Hilo; vehículo');
  });

  it.each(['en', 'es'] as const)('a location too long for the headline in %s: the town is kept, the line stays within 160', (lang) => {
    const c = variant('T07', (r) => {
      r['incident'] = { ...(r['incident'] as object), location: 'Interstate 19 northbound between the Ruby Road exit and the Palo Parado Road exit, about a mile past the border checkpoint, Rio Rico' };
    });
    const t = build(c);
    const h = lang === 'en' ? t.headline : (t.es?.headline ?? '');
    expect(h).toContain('Rio Rico');
    expect(h.length).toBeLessThanOrEqual(160);
  });
});
