// Re-attack 20 (2026-12-03), helper q1: relatives and the home named BEFORE the words that say whose they are.
// F1/F11 a list of relatives before a plural word for relatives ("Ada, 7, and Obi, 4, his children"): every name is
// withheld, not only the last; F10 a lone given name or a name and an age before "said her husband"; F2/F7/F9/F11 the
// officer's home address before "his residence", ", the family home", ", su casa" (prose, Cancel reason, vehicle
// features, and the same address in the location field); F3 the Spanish of "outside the officer's home". Each request
// under requests/redteam20 published the identity before its fix; innocent text stays as written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BlueAlertError, cancelBlueAlert, safeBuildBlueAlert } from '../../src/index.js';

type Req = Record<string, any>;
type Case = { request: Req; options: Record<string, unknown>; cancel?: { reason: string; now: string } };
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam20/${name}.json`, import.meta.url), 'utf8')) as Case;

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
/** Everything published: the XML and every text. */
function published(name: string, edit?: (r: Req) => void): string {
  const m = built(name, edit);
  return `${m.xml}\n${JSON.stringify(m.text)}`;
}
const summary = (s: string) => (r: Req) => void (r.incident.summary = s);
const KILLED = 'An officer was shot and killed.';

const CHILDREN = [
  ['Ada', 'Obi', 'Zoe'],
  ['Maria', 'Jose', 'Lucia'],
  ['Emeka', 'Chidi', 'Ngozi'],
  ['Tom', 'Lily', 'Sam'],
] as const;

describe('re-attack 20 F1: every name of a list before the word for relatives', () => {
  it.each([
    ['F1a', `${KILLED} [name withheld], 7, and [name withheld], 4, his children, were not hurt.`],
    ['F1b', `${KILLED} [name withheld] (7) and [name withheld] (4), his children, were not hurt.`],
    ['F1c', `${KILLED} [name withheld], 7, y [name withheld], 4, sus hijos, no resultaron heridos.`],
    ['F1d', `${KILLED} [name withheld], 7, [name withheld], 4, and [name withheld], 2, his kids, survive him.`],
    ['F1e', `${KILLED} [name withheld], who is his wife, was notified.`],
  ])('%s', (name, text) => {
    expect(said(name)).toBe(text);
    expect(published(name)).not.toMatch(/\bAda\b|\bObi\b|\bZoe\b/u);
  });

  it.each(CHILDREN)('every phrasing with %s, %s and %s', (a, b, c) => {
    for (const s of [
      `${a}, 7, and ${b}, 4, the officer's children, were not hurt.`,
      `${a} and ${b}, the officer's children, were at school.`,
      `${a}, 7, ${b}, 4, and ${c}, 2, his kids, survive him.`,
      `${a}, ${b}, and ${c}, his children, survive him.`,
      `He is survived by ${a}, 7, and ${b}, 4, his children.`,
      `${a}, 7, y ${b}, 4, sus hijos, no resultaron heridos.`,
      `${a} (7) and ${b} (4), his children, were not hurt.`,
      `${a} and ${b}, his sons, were not hurt.`,
      `${a} y ${b}, sus hijos, están a salvo.`,
      `${a} and ${b} lost their father today.`,
      `${a}, who is his wife, was notified.`,
      `${a} told reporters her father was a hero.`,
      `${a}, 16, said her dad loved the job.`,
    ]) {
      const out = published('F1a', summary(`Officer Daniel Okafor was shot and killed. ${s}`));
      for (const n of [a, b, c]) expect(out, s).not.toMatch(new RegExp(`\\b${n}\\b`, 'u'));
    }
  });

  it('a suspect\'s children and places before the list stay as written', () => {
    for (const s of [
      'Hale fled with Ada and Obi, his children.',
      'In Denver, the officer was shot. Residents of Aurora and Denver, his neighbors, helped.',
      'The suspect drove a Ford and a Chevy, his cars.',
    ]) {
      expect(said('F1a', `Officer Daniel Okafor was shot and killed. ${s}`), s).toBe(`${KILLED} ${s}`);
    }
    expect(said('F1a', 'Officer Daniel Okafor was shot and killed. In Denver, Ada and Obi, his children, mourn.')).toBe(`${KILLED} In Denver, [name withheld] and [name withheld], his children, mourn.`);
  });
});

describe('re-attack 20 F10: a lone given name, or a name and an age, before "said her husband"', () => {
  it.each([
    ['F10a', `${KILLED} [name withheld] said her husband loved the job.`],
    ['F10b', `${KILLED} [name withheld], 34, said her husband loved the job.`],
    ['F10c', `${KILLED} [name withheld] dijo que su esposo amaba su trabajo.`],
  ])('%s', (name, text) => {
    expect(said(name)).toBe(text);
    expect(published(name)).not.toMatch(/Grace|Adeyemi/u);
  });

  it.each(['Grace', 'Ngozi', 'Fatima', 'Lan'])('every phrasing with %s', (given) => {
    for (const s of [
      `${given} said her husband loved the job.`,
      `${given}, 34, said her husband loved the job.`,
      `${given} Mensah, 34, said her husband loved the job.`,
      `${given} lost her husband today.`,
      `${given} thanked the public and said her husband was a hero.`,
      `${given} dijo que su esposo amaba su trabajo.`,
      `${given} said his wife loved the job.`,
    ]) {
      const out = published('F10a', summary(`Officer Daniel Okafor was shot and killed. ${s}`));
      expect(out, s).not.toMatch(new RegExp(`\\b${given}\\b|Mensah`, 'u'));
    }
  });

  it('pronouns, agencies, groups and the suspect stay as written', () => {
    for (const s of [
      'She said her husband loved the job.',
      'Police said her husband loved the job.',
      'Denver police said her husband loved the job.',
      'Witnesses said his wife drove the car.',
      'Friends said her husband loved the job.',
      'Neighbors told reporters his wife was kind.',
      'Hale told his wife to hide.',
      'Yesterday marked her husband\'s birthday.',
      'CBI said his family was safe.',
    ]) {
      expect(said('F10a', `Officer Daniel Okafor was shot and killed. ${s}`), s).toBe(`${KILLED} ${s}`);
    }
  });
});

const ADDRESSES = ['1234 Maple Dr', '55 N Elm St.', '4410 W. 38th Ave', '12 Oak Street', '9 Ridge Rd'] as const;
/** The house number and street of an address (what must not be published). */
const street = (a: string): RegExp => new RegExp(a.split(' ').slice(0, 2).join(' ').replace('.', '\\.'), 'u');

describe('re-attack 20 F2: the home address before the words that say it is the home', () => {
  it('F2', () => {
    const m = built('F2');
    expect(m.text.description).toContain('An officer was shot and killed at [withheld], his residence. Place: Aurora.');
    expect(`${m.xml}${JSON.stringify(m.text)}`).not.toMatch(/1234 Maple/u);
  });

  it.each(ADDRESSES)('every phrasing with %s', (a) => {
    for (const s of [
      `Officer Daniel Okafor was shot and killed at ${a}, his residence.`,
      `Officer Daniel Okafor was shot at ${a} (his residence).`,
      `Officer Daniel Okafor was shot at ${a}, his home.`,
      `Officer Daniel Okafor was shot at ${a}, the home he shared with his wife.`,
      `Officer Daniel Okafor was shot outside ${a}, the family home.`,
      `El oficial Daniel Okafor fue baleado en ${a}, su casa.`,
      `Officer Daniel Okafor was shot at ${a}, where he lived.`,
      `Officer Daniel Okafor was shot at ${a}, the officer's house.`,
      `Officer Daniel Okafor was shot at ${a}, Aurora, the officer's home.`,
      `El oficial fue baleado en ${a}, donde vivía.`,
    ]) {
      const out = published('F2', (r) => {
        r.incident.summary = s;
        r.incident.location = `${a}, Aurora`;
      });
      expect(out, s).not.toMatch(street(a));
      expect(out, s).toContain('Aurora');
    }
  });

  it('a suspect\'s home and an address that is no home stay as written', () => {
    for (const a of ADDRESSES) {
      for (const s of [`The suspect fled to ${a}, his residence.`, `Officer Daniel Okafor was shot at ${a}, a gas station.`, `Officer Daniel Okafor was shot at ${a}. His home is in Aurora.`]) {
        const m = built('F2', (r) => {
          r.incident.summary = s;
          r.incident.location = `${a}, Aurora`;
        });
        expect(m.text.description, s).toContain(a.replace(/\.$/u, ''));
      }
    }
  });
});

describe('re-attack 20 F7: a Cancel reason with the address before "the officer\'s home" is refused', () => {
  const cancel = (reason: string, withRequest = true) => {
    const c = load('F7');
    const b = safeBuildBlueAlert(c.request as never, c.options as never);
    if (!b.success) throw new Error('build refused');
    try {
      const x = cancelBlueAlert(b.data.xml, { reason, now: '2026-11-22T22:00:00Z', ...(withRequest ? { request: c.request as never } : {}) });
      return { ok: true as const, xml: x.xml };
    } catch (e) {
      if (!(e instanceof BlueAlertError)) throw e;
      return { ok: false as const, codes: e.issues.map((i) => i.code) };
    }
  };
  it('F7', () => {
    const r = cancel(load('F7').cancel?.reason ?? '');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.codes).toContain('officer_identity_leak');
  });
  it('variants, with and without the request', () => {
    for (const a of ADDRESSES) {
      for (const reason of [`Suspect arrested at ${a}, Aurora, the officer's home.`, `Suspect in custody. The officer was ambushed at ${a}, his residence.`, `Sospechoso arrestado en ${a}, la casa del agente.`]) {
        expect(cancel(reason).ok, reason).toBe(false);
        expect(cancel(reason, false).ok, reason).toBe(false);
      }
    }
  });
  it('a relative named before the words for one (F1, F10) is refused too', () => {
    for (const reason of ['Suspect in custody. Grace said her husband was a hero.', 'Suspect in custody. Ada, 7, and Obi, 4, his children, are safe.']) {
      expect(cancel(reason).ok, reason).toBe(false);
      expect(cancel(reason, false).ok, reason).toBe(false);
    }
  });
  it('an ordinary reason goes out as written', () => {
    for (const reason of ['Suspect in custody. She said her husband was a hero.', 'Suspect Marcus Hale was arrested at 1234 Maple Dr in Aurora.', 'Suspect arrested at 1234 Maple Dr, a motel.', 'The suspect was arrested at 55 Elm St, his residence.', 'Suspect arrested at 55 Elm St, his residence.']) {
      const r = cancel(reason);
      expect(r.ok, reason).toBe(true);
      if (r.ok) expect(r.xml).toContain(reason);
    }
  });
});

describe('re-attack 20 F9: the address in vehicle features', () => {
  it('F9', () => {
    const m = built('F9');
    expect(m.text.description).not.toContain('1234 Maple');
    expect(`${m.xml}${JSON.stringify(m.text)}`).not.toMatch(/1234 Maple/u);
  });
  it.each(ADDRESSES)('with %s', (a) => {
    for (const f of [`registered to ${a}, Aurora, the officer's home`, `registered to ${a}, his residence`, `seen at ${a} (the officer's home)`]) {
      const out = published('F9', (r) => void (r.suspects[0].vehicle.features = f));
      expect(out, f).not.toMatch(street(a));
    }
  });
});

describe('re-attack 20 F11: a missing officer whose name is released', () => {
  it.each([
    ['F11a', 'Officer Daniel Okafor is missing. [name withheld], 7, and [name withheld], 4, his children, are with family.', ['Ada', 'Obi']],
    ['F11b', 'Officer Daniel Okafor is missing. He was last seen leaving [withheld], his home.', ['1234 Maple']],
    ['F11c', 'Officer Daniel Okafor is missing. [name withheld] said her husband never came home.', ['Grace']],
  ] as const)('%s', (name, text, absent) => {
    expect(said(name)).toBe(text);
    const out = published(name);
    for (const w of absent) expect(out).not.toContain(w);
  });
});

describe('re-attack 20 F3: "outside the officer\'s home" in Spanish', () => {
  it('F3', () => {
    const xml = built('F3').xml;
    expect(xml).toContain('afuera de la casa del agente, [omitido], Aurora');
    expect(xml).not.toContain('de del agente');
  });
  it('other places and roles', () => {
    for (const [loc, es] of [
      ["near the officer's house, Aurora", 'cerca de la casa del agente, Aurora'],
      ["outside the officer's home", 'afuera de la casa del agente'],
      ["in front of the deputy's home, Aurora", 'frente a la casa del alguacil, Aurora'],
      ["outside an officer's home", 'afuera de la casa de un agente'],
    ] as const) {
      const xml = built('F3', (r) => void (r.incident.location = loc)).xml;
      expect(xml, loc).not.toMatch(/de del |del \p{L}+ la casa/u);
      expect(xml, loc).toContain(es);
    }
  });
});

describe('red team 19 O1: an agency\'s name before a withheld titled name', () => {
  it.each([
    ['Denver Police Officer Daniel Okafor was shot during a traffic stop.', 'A Denver officer was shot during a traffic stop.'],
    ["Adams County Sheriff's Deputy Daniel Okafor was shot.", 'An Adams County deputy was shot.'],
    ['DPD Officer Daniel Okafor was shot.', 'A DPD officer was shot.'],
    ['Aurora police officer Daniel Okafor was shot.', 'An Aurora officer was shot.'],
    ['Colorado State Patrol Trooper Daniel Okafor was struck.', 'A Colorado State Patrol trooper was struck.'],
    ['FBI Agent Daniel Okafor was shot.', 'An FBI agent was shot.'],
    ['Witnesses saw Denver Police Officer Okafor fall.', 'Witnesses saw a Denver officer fall.'],
    ["Denver Police Officer Okafor's car was hit.", "The Denver officer's car was hit."],
  ])('%s', (s, want) => {
    expect(said('F2', s)).toBe(want);
    expect(published('F2', summary(s))).not.toMatch(/Okafor|Daniel/u);
  });
  it('a word that is no agency stays before the phrase', () => {
    expect(said('F2', 'Yesterday Officer Okafor was shot.')).toBe('Yesterday an officer was shot.');
    expect(said('F2', 'Hale shot Officer Okafor.')).toBe('Hale shot an officer.');
    expect(said('F2', 'Police Officer Daniel Okafor was shot.')).toBe('An officer was shot.');
  });
});

describe('red team 19 O6: "Descanse en paz, Rosa." for an officer Rosa Paz', () => {
  const dicho = (es: string): string => {
    const xml = built('F2', (r) => {
      r.officer.name = 'Rosa Paz';
      r.incident.summary = 'The officer was shot.';
      r.incident.es = { summary: es };
    }).xml;
    return /Detalles: ([\s\S]*?) Sospechoso:/u.exec(xml)?.[1] ?? '';
  };
  it('"paz" stays the word, the given name goes', () => {
    expect(dicho('Descanse en paz, Rosa.')).toBe('Descanse en paz, un agente.');
    expect(dicho('La agente Paz murió. Descanse en paz, Rosa.')).toBe('La agente murió. Descanse en paz, el agente.');
    expect(dicho('Paz, Rosa murió.')).toBe('Un agente murió.');
    expect(dicho('Descanse en paz, Rosa Paz.')).not.toMatch(/Rosa|Paz/u);
  });
});
