// Red team 19 (2026-12-03), helper p1: the officer's relatives (L1 a name before the word for a relative, L12 a
// relative sharing a word with a suspect's name, L13 lists of relatives, L10 the surname inside a relative's double
// surname, L8 a relative in a released description) and the home address (L2, L3), and the Cancel reason (L4).
// Each request under requests/redteam19 published a relative's name or the home before its fix; the suspect's
// relatives and innocent text stay as written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BlueAlertError, cancelBlueAlert, safeBuildBlueAlert } from '../../src/index.js';

type Req = {
  event: string;
  officer: { name: string; releaseApproved?: boolean; lastKnownLocation?: string; description?: Record<string, unknown> };
  incident: { summary?: string; location?: string; es?: { summary?: string } };
};
type Case = { request: Req; options: Record<string, unknown> };
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam19/${name}.json`, import.meta.url), 'utf8')) as Case;

/** The build of a case, with its request changed by `edit` when given. */
function built(name: string, edit?: (r: Req) => void) {
  const c = load(name);
  edit?.(c.request);
  const res = safeBuildBlueAlert(c.request as never, c.options as never);
  if (!res.success) throw new Error(`${name}: refused ${JSON.stringify(res.issues).slice(0, 300)}`);
  return res.data;
}
/** The English description's own sentences (before the "Place:" the library adds). */
function said(name: string, summary?: string): string {
  const d = built(name, summary === undefined ? undefined : (r) => void (r.incident.summary = summary)).text.description;
  return d.slice(0, d.indexOf(' Place:'));
}
/** The Spanish details of a case (es-US `<description>`), with another es.summary when given. */
function dicho(name: string, summary?: string): string {
  const xml = built(name, summary === undefined ? undefined : (r) => void (r.incident.es = { summary })).xml;
  return /Detalles: ([\s\S]*?) Sospechoso:/u.exec(xml)?.[1] ?? '';
}
/** `words` are nowhere in the published alert (xml and every text). */
function expectAbsent(name: string, edit: ((r: Req) => void) | undefined, words: readonly string[]): void {
  const m = built(name, edit);
  const out = `${m.xml} ${JSON.stringify(m.text)}`;
  for (const w of words) expect(out, `${w} in ${name}`).not.toContain(w);
}
const summary = (s: string) => (r: Req) => void (r.incident.summary = s);

const RELATIVES = [
  ['Grace Adeyemi', 'Grace', 'Adeyemi'],
  ['Ngozi Balogun', 'Ngozi', 'Balogun'],
  ['Thi Lan Tran', 'Thi', 'Tran'],
  ['Fatima Hassan', 'Fatima', 'Hassan'],
] as const;

describe('red team 19 L1: a relative named before the word for a relative, or with it bare', () => {
  it.each([
    ['L1a', 'An officer was shot and killed. The officer leaves behind a wife, [name withheld], and two children.'],
    ['L1b', 'An officer was shot and killed. "We are heartbroken," said [name withheld], the officer\'s wife.'],
    ['L1c', 'An officer was shot and killed. [name withheld] (wife) thanked the public.'],
    ['L1d', 'An officer was shot and killed. The family, including wife [name withheld], asks for privacy.'],
    ['L1f', 'An officer was shot and killed. [name withheld] said her husband was a hero.'],
    ['L1g', 'An officer was shot and killed. [name withheld], wife of the officer, spoke to reporters.'],
    ['L1h', "An officer was shot and killed. A GoFundMe for [name withheld], the officer's widow, has been set up."],
  ])('%s', (name, text) => {
    expect(said(name)).toBe(text);
    expectAbsent(name, undefined, ['Adeyemi', 'Grace']);
  });
  it('L1e: a missing officer whose name is released: the wife is not', () => {
    expect(said('L1e')).toBe('Officer Daniel Okafor is missing after a traffic stop. "Please bring him home," said [name withheld], the officer\'s wife.');
    expectAbsent('L1e', undefined, ['Adeyemi']);
  });
  it('L1i: Spanish', () => {
    expect(dicho('L1i')).toBe('La viuda, [name withheld], pide privacidad. [name withheld] dijo que su esposo era un héroe.');
    expectAbsent('L1i', undefined, ['Adeyemi']);
    for (const [full, , surname] of RELATIVES) {
      for (const s of [`${full}, esposa del agente, pide privacidad.`, `${full}, viuda del agente, pide privacidad.`, `El agente estaba casado con ${full}.`, `El agente era hijo de ${full}.`]) {
        expect(dicho('L1i', s), s).not.toContain(surname);
      }
    }
  });
  it.each(RELATIVES)('every phrasing with %s', (full, given, surname) => {
    for (const s of [
      `The officer leaves behind a wife, ${full}, and two children.`,
      `${full}, the officer's wife, spoke to reporters.`,
      `${full} — the officer's wife — spoke.`,
      `${full}, wife of the officer, spoke.`,
      `${full}, wife of the fallen officer, spoke.`,
      `${full}, wife of Officer Okafor, spoke.`,
      `${full} said her husband was a hero.`,
      `${full} lost her husband today.`,
      `"He was my world," ${full} said of her husband.`,
      `"He was my world," ${given} said of her husband.`,
      `Family: wife ${full}.`,
      `Wife ${full} spoke to reporters.`,
      `A GoFundMe for ${full}, the officer's widow, has been set up.`,
      `The officer's wife is named ${full}.`,
      `He was married to ${full}.`,
      `He was engaged to ${full}.`,
      `He is the father of ${full}, 12.`,
      `He was the son of ${full}.`,
      `${full} is his widow.`,
      `${full} became a widow today.`,
      `${full} and their two children survive him.`,
      `${full} (his daughter) thanked the public.`,
      `The widow, ${full}, asked for privacy.`,
    ]) expectAbsent('L1a', summary(`Officer Okafor was killed. ${s}`), [surname]);
  });
  it("keeps other people's names: suspects' relatives, quoted officials, priests", () => {
    for (const [s, out] of [
      ["Marcus Hale's mother, Rita Hale, urged him to surrender.", "Marcus Hale's mother, Rita Hale, urged him to surrender."],
      ['Suspect Marcus Hale, 31, fled. Hale\'s wife, Rita Stone, is cooperating.', "Suspect Marcus Hale, 31, fled. Hale's wife, Rita Stone, is cooperating."],
      ['The suspect, Marcus Hale, fled with his girlfriend.', 'The suspect, Marcus Hale, fled with his girlfriend.'],
      ['Father Michael Kelly led a vigil.', 'Father Michael Kelly led a vigil.'],
      ['Witness Tom Baker said the suspect fled in a gray truck.', 'Witness Tom Baker said the suspect fled in a gray truck.'],
      ['Marcus Hale told his mother he was sorry.', 'Marcus Hale told his mother he was sorry.'],
      ['Denver Police said his wife was not hurt.', 'Denver Police said his wife was not hurt.'],
    ]) expect(said('L1a', s as string)).toBe(out);
  });
});

describe('red team 19 L12: a relative sharing a word with a suspect\'s name is still withheld', () => {
  it.each([
    ['L12a', 'An officer was shot. His wife, [name withheld], is safe.'],
    ['L12b', 'An officer was shot. His wife, [name withheld], is safe.'],
  ])('%s', (name, text) => {
    expect(said(name)).toBe(text);
    expectAbsent(name, undefined, ['Smith', 'Grace']);
  });
  it('variants (suspect Marcus Lee Hale)', () => {
    for (const [s, gone] of [
      ['His son, Marcus Adeyemi, was in the car.', 'Adeyemi'],
      ['His daughter, Anna Lee, 9, was in the car.', 'Anna'],
      ['The officer leaves his wife, Lee Adeyemi.', 'Adeyemi'],
      ['Su esposa Lee Ann Smith pide privacidad.', 'Smith'],
      ['Lee Ann Smith, his wife, is safe.', 'Smith'],
      ['His son Marcus, 12, was in the car.', 'Marcus, 12'],
    ]) {
      expect(said('L12a', `Officer Okafor was shot. ${s}`), s).not.toContain(gone);
    }
    expect(said('L12a', 'Officer Okafor was shot. His son Marcus, 12, was in the car.')).toBe('An officer was shot. His son [name withheld], 12, was in the car.');
  });
  it('the suspect named as a relative stays named', () => {
    expect(said('L12a', "The officer's brother, Marcus Hale, is the suspect.")).toBe("The officer's brother, Marcus Hale, is the suspect.");
    expect(said('L12a', 'Marcus Lee Hale fled with his brother Tom.')).toBe('Marcus Lee Hale fled with his brother Tom.');
  });
});

describe('red team 19 L13: every name of a list of relatives', () => {
  it.each([
    ['L13a', 'An officer was killed. He leaves his children [name withheld], [name withheld] and [name withheld].'],
    ['L13b', 'An officer was killed. His children [name withheld], 7, and [name withheld], 4, ask for privacy.'],
  ])('%s', (name, text) => {
    expect(said(name)).toBe(text);
    expectAbsent(name, undefined, ['Ada', 'Obi', 'Chidi']);
  });
  it('variants', () => {
    for (const [s, out] of [
      ['His children Ada (7) and Obi (4) ask for privacy.', 'His children [name withheld] (7) and [name withheld] (4) ask for privacy.'],
      ['His brothers Tom, Sam and Ike flew in from Lagos.', 'His brothers [name withheld], [name withheld] and [name withheld] flew in from Lagos.'],
      ['He is survived by his wife, Nkechi, and sons Emeka, Obi, and Chidi.', 'He is survived by his wife, [name withheld], and sons [name withheld], [name withheld], and [name withheld].'],
      ['Sus hijos Ana, Luis y Pedro piden privacidad.', 'Sus hijos [name withheld], [name withheld] y [name withheld] piden privacidad.'],
    ]) expect(said('L13a', s), s).toBe(out);
  });
  it('a comma after a relative that opens no list keeps what follows', () => {
    expect(said('L13a', 'His wife, Grace, Denver police said, is safe.')).toBe('His wife, [name withheld], Denver police said, is safe.');
    expect(said('L13a', 'His son Emeka, 12, was in the car, Aurora police said.')).toBe('His son [name withheld], 12, was in the car, Aurora police said.');
  });
});

describe("red team 19 L10: officer-killed withholds the officer's surname inside a relative's double surname", () => {
  it.each([
    ['L10a', 'An officer was shot. [name withheld], 12, the officer\'s son, spoke.'],
    ['L10b', 'An officer was shot. [name withheld] thanked the public.'],
  ])('%s', (name, text) => {
    expect(said(name)).toBe(text);
    expectAbsent(name, undefined, ['Okafor']);
  });
  it('variants, and other events', () => {
    for (const event of ['officer-killed', 'officer-injured']) {
      for (const s of ['Grace Okafor-Smith thanked the public.', 'Ngozi Balogun-Okafor thanked the public.', 'Emeka Adeyemi-Okafor (his son) spoke.']) {
        expectAbsent('L10b', (r) => {
          r.event = event;
          r.incident.summary = `Officer Daniel Okafor was shot. ${s}`;
        }, ['Okafor']);
      }
    }
  });
});

describe('red team 19 L8: a relative inside a released description of a missing officer', () => {
  const marks = (m: string) => (r: Req) => void (r.officer.description = { ...(r.officer.description ?? {}), marks: m });
  it.each([
    ['L8', "tattoo of his wife's name, [name withheld], on left forearm"],
    ['L8b', 'tattoo "[name withheld]" (his wife) on left forearm'],
  ])('%s', (name, text) => {
    expect(built(name).text.description).toContain(`Officer: black male, age 34, black hair, ${text}.`);
    expectAbsent(name, undefined, ['Adeyemi', 'Grace']);
  });
  it('variants, with the name released too', () => {
    for (const [m, gone] of [
      ["tattoo of his son's name, Emeka, on wrist", 'Emeka'],
      ['tattoo "Emeka" (son\'s name) on wrist', 'Emeka'],
      ["tattoo of his daughter's name, Ngozi Balogun, on chest", 'Balogun'],
    ] as const) {
      expectAbsent('L8', marks(m), [gone]);
      expectAbsent('L8', (r) => {
        marks(m)(r);
        r.officer.releaseApproved = true;
      }, [gone]);
    }
    expect(built('L8', marks('rose tattoo on left forearm, "Mom" on right arm')).text.description).toContain('rose tattoo on left forearm, "Mom" on right arm');
  });
});

describe("red team 19 L2: the officer's home as the incident's place", () => {
  const at = (s: string, loc: string) => (r: Req) => {
    r.incident.summary = s;
    r.incident.location = loc;
  };
  it('L2: the house number goes, the town stays, and the build warns', () => {
    const m = built('L2');
    expect(m.text.headline).toContain('Officer killed in Aurora;');
    expect(m.text.description).toContain('An officer was ambushed and shot outside his home as he left for his shift. Place: Aurora.');
    expect(m.warnings.map((w) => w.code)).toContain('officer_home_withheld');
    expectAbsent('L2', undefined, ['1234 Maple', 'Maple']);
  });
  it('variants', () => {
    for (const s of [
      'An off-duty officer was shot at his home.',
      'Officer Okafor was shot in front of his house.',
      "The suspect shot the officer in the officer's driveway.",
      'Officer Okafor was shot at home.',
      'Officer Okafor was shot outside of his residence by Marcus Hale.',
      'El agente fue baleado frente a su casa.',
    ]) expectAbsent('L2', at(s, '5678 Oak St, Aurora, CO'), ['5678', 'Oak St']);
  });
  it('a place that is not the home stays as written, with no warning', () => {
    for (const [s, loc] of [
      ['Officer Okafor was shot during a traffic stop.', '1234 Maple Dr, Aurora'],
      ['Officer Okafor was shot during a traffic stop. The suspect was arrested at his home.', '1234 Maple Dr, Aurora'],
      ['Officer Okafor was shot outside his home.', 'W Colfax Ave and N Broadway, Denver'],
    ] as const) {
      const m = built('L2', at(s, loc));
      expect(m.text.description, s).toContain(`Place: ${loc}.`);
      expect(m.warnings.map((w) => w.code)).not.toContain('officer_home_withheld');
    }
  });
});

describe('red team 19 L4: a Cancel reason naming a relative or the home is refused', () => {
  const cancel = (name: string, reason: string, withRequest = true) => {
    const c = load(name);
    const b = safeBuildBlueAlert(c.request as never, c.options as never);
    if (!b.success) throw new Error('build refused');
    try {
      const x = cancelBlueAlert(b.data.xml, { reason, now: '2026-11-22T23:30:00Z', ...(withRequest ? { request: c.request as never } : {}) });
      return { ok: true as const, xml: x.xml };
    } catch (e) {
      if (!(e instanceof BlueAlertError)) throw e;
      return { ok: false as const, codes: e.issues.map((i) => i.code) };
    }
  };
  it.each([
    ['L4a', 'Suspect in custody. His wife, Grace Adeyemi, thanks the public.'],
    ['L4b', "Suspect arrested at the officer's home at 1234 Maple Dr."],
  ])('%s', (name, reason) => {
    const r = cancel(name, reason);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.codes).toContain('officer_identity_leak');
  });
  it('variants, with and without the request', () => {
    for (const reason of [
      'The family of the officer, including his wife Grace Adeyemi, thanks the public.',
      "The suspect was arrested at 1234 Maple Dr, the officer's home.",
      "Grace Adeyemi, the officer's widow, thanks the public.",
      'Suspect in custody. His children Ada, Obi and Chidi are safe.',
    ]) {
      expect(cancel('L4a', reason).ok, reason).toBe(false);
      expect(cancel('L4a', reason, false).ok, reason).toBe(false);
    }
  });
  it('an ordinary reason goes out as written', () => {
    for (const reason of ['Suspect Marcus Hale was arrested at 1234 Maple Dr in Aurora.', 'Suspect in custody. The family thanks the public.', "Hale was arrested at his mother's home in Aurora."]) {
      const r = cancel('L4a', reason);
      expect(r.ok, reason).toBe(true);
      if (r.ok) expect(r.xml).toContain(reason);
    }
  });
});

describe('red team 19 L3: more home-address phrasings', () => {
  it.each([
    ['L3a', 'An officer was shot at home ([withheld]).'],
    ['L3b', 'An officer was shot at the home of his parents, [withheld].'],
    ['L3c', 'The suspect followed an officer home to [withheld] and shot him.'],
    ['L3d', 'An officer was shot at his home, which is at [withheld].'],
    ['L3e', 'An officer was shot at his home at [withheld].'],
    ['L3f', 'An officer was shot at his home at [withheld], Maple Mobile Home Park.'],
  ])('%s', (name, text) => {
    expect(said(name)).toBe(text);
    expectAbsent(name, undefined, ['1234 ', 'Maple Dr', 'Lot 12']);
  });
  it.each([
    ['L3g', 'Place: [withheld], Aurora (officer residence).'],
    ['L3h', 'Place: Residence of victim officer: [withheld], Aurora.'],
  ])('%s (location)', (name, text) => {
    expect(built(name).text.description).toContain(text);
    expectAbsent(name, undefined, ['1234 ', 'Maple Dr']);
  });
  it.each([
    ['L3i', 'Last known location: [withheld], Aurora, where he lives.'],
    ['L3j', 'Last known location: his driveway, [withheld], Aurora.'],
    ['L3k', "Last known location: leaving his girlfriend's apartment, [withheld], Aurora."],
  ])('%s (last known location)', (name, text) => {
    expect(built(name).text.description).toContain(text);
    expectAbsent(name, undefined, ['1234 ', 'Maple Dr']);
  });
  it('variants', () => {
    for (const s of [
      'Officer Okafor was shot at home (5678 Oak St).',
      'Officer Okafor was shot at the home of her mother, 5678 Oak St.',
      'The gunman followed Deputy Okafor home to 5678 Oak St and fired.',
      'Officer Okafor was shot at his house, which was at 5678 Oak St.',
      'Officer Okafor was shot at his home at 5678 S. Oak St in Aurora.',
      'Officer Okafor was shot at his home at Space 12, Oak Mobile Home Park.',
      'Officer Okafor was shot at 5678 Oak St, where he lives.',
    ]) expectAbsent('L3a', summary(s), ['5678', 'Oak St', 'Space 12']);
    expect(dicho('L1i', 'El agente fue baleado en la casa de sus padres, 5678 Oak St.')).toBe('El agente fue baleado en la casa de sus padres, [withheld].');
    for (const loc of ['outside 5678 Oak St, Aurora, where he lives', '5678 Oak St, Aurora (officer home)', 'his mother-in-law\'s house, 5678 Oak St, Aurora']) {
      expectAbsent('L3i', (r) => void (r.officer.lastKnownLocation = loc), ['5678', 'Oak St']);
    }
  });
  it("a suspect's home and other addresses stay", () => {
    for (const s of [
      'The suspect fled toward 1234 Maple Dr.',
      'Officer Okafor was shot at his home on Elm Street.',
      'Marcus Hale was arrested at home (1234 Maple Dr).',
      'The suspect was last seen at 1234 Maple Dr, where he lives.',
      'Hale fled to the home of his parents, 1234 Maple Dr.',
    ]) expect(said('L3a', s), s).toBe(s.replace('Officer Okafor', 'An officer'));
    expect(built('L3i', (r) => void (r.officer.lastKnownLocation = '1234 Maple Dr, Aurora')).text.description).toContain('Last known location: 1234 Maple Dr, Aurora.');
  });
});
