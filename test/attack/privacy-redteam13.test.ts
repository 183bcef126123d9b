// Red team 13 (2026-12-03, black box) attacked red team 12's rules. Each request under requests/redteam13 published
// identity, refused a valid alert or wrote a false phrase before its fix; what is left is listed in docs/privacy.md
// ("Known limits"). Error paths and nicknames are in privacy-redteam13-errors.test.ts.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, safeBuildBlueAlert } from '../../src/index.js';
import { fcParams } from '../support/arbitraries.js';

interface Case {
  request: {
    officer: { name: string; badge?: string };
    incident: { summary?: string; location?: string };
    area: { description?: string };
    issuer: { sender: string };
    suspects: { destinations?: string[]; es?: { destinations?: string[] } }[];
    languages: string[];
  };
  options: { now: string; identifier: string };
}
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam13/${name}.json`, import.meta.url), 'utf8')) as Case;
/** Everything a build publishes (texts and XML), or the refusal. */
const published = (c: Case): string => {
  const r = safeBuildBlueAlert(c.request as never, c.options);
  return r.success ? JSON.stringify({ ...r.data, redactions: undefined, kept: undefined, alert: undefined }) : `REFUSED ${JSON.stringify(r.issues)}`;
};
const texts = (c: Case) => buildBlueAlert(c.request as never, c.options).text;

describe('red team 13: an area named like the officer', () => {
  const AREAS: readonly [string, RegExp, RegExp][] = [
    ['Washington County', /Alert area: Washington County\./u, /Área de la alerta: condado de Washington\./u],
    ['Adams, Arapahoe and Washington counties', /Alert area: Adams, Arapahoe and Washington counties\./u, /condados de Adams, Arapahoe y Washington\./u],
    ['Washington and Adams counties', /Alert area: Washington and Adams counties\./u, /condados de Washington y Adams\./u],
    ['Washington, Adams & Weld Counties', /Alert area: Washington, Adams & Weld Counties\./u, /Área de la alerta: /u],
  ];

  it('the Spanish "condado de Washington" the library writes itself is not refused, and the area is kept whole', () => {
    const c = load('10-county-es-refused');
    for (const [area, en, es] of AREAS) {
      const r = structuredClone(c);
      r.request.area.description = area;
      const out = published(r);
      expect(out, area).not.toMatch(/^REFUSED/u);
      expect(texts(r).description, area).toMatch(en);
      expect(texts(r).es?.description, area).toMatch(es);
      expect(out, area).not.toMatch(/an officer counties|An officer and|condados? de (?:un|el) agente/iu);
    }
  });

  it('for any officer surname that is also a county, the bilingual build goes through (property)', () => {
    const c = load('10-county-es-refused');
    const county = fc.constantFrom('Washington', 'Adams', 'Jefferson', 'Douglas', 'Weld', 'Lincoln', 'Grant', 'Clay');
    const form = fc.constantFrom('X County', 'X and Polk counties', 'Polk, Kent and X counties', 'X, Kent and Polk counties', 'X Parish');
    fc.assert(
      fc.property(county, form, (name, f) => {
        const r = structuredClone(c);
        r.request.officer.name = `Jordan ${name}`;
        r.request.area.description = f.replace('X', name);
        const out = published(r);
        expect(out).not.toMatch(/^REFUSED/u);
        expect(texts(r).es?.description).toContain(name);
      }),
      fcParams,
    );
  });

  it('the officer written before an area in prose is still withheld ("Washington was shot near Adams County")', () => {
    const c = load('10-county-es-refused');
    c.request.incident.summary = 'Washington was shot near Adams County. Officer Washington died at the scene.';
    expect(texts(c).description.split(' Place:')[0]).toBe('An officer was shot near Adams County. The officer died at the scene.');
  });

  it('"condado de", "estado de" and other Spanish place nouns before the name are places', () => {
    const c = load('12-spanish-place-fields');
    const out = published(c);
    expect(out).toContain('posiblemente hacia el estado de Washington');
    expect(out).toContain('condado de Washington');
    expect(out).not.toMatch(/estado de un agente|condado de un agente/u);
  });

  it('"el estado de Washington" is the officer\'s condition, not a state, when Washington is no state name', () => {
    const c = load('12-spanish-place-fields');
    c.request.officer.name = 'Daniel Okafor';
    c.request.incident.summary = 'Se desconoce el estado de Okafor.';
    expect(published(c)).not.toMatch(/Okafor/u);
  });
});

/** The summary as the description publishes it. */
const summaryOut = (c: Case, officer: string, summary: string): string => {
  const r = structuredClone(c);
  r.request.officer.name = officer;
  r.request.incident.summary = summary;
  return texts(r).description.split(' Place:')[0] ?? '';
};

describe('red team 13: a name written on a handle with initials or an agency', () => {
  const OFFICERS: readonly [string, string[]][] = [
    ['Daniel Okafor', ['dokafor', 'Dokafor', 'okaford', 'danielo', 'okaforpd', 'dpdokafor', 'DOkafor', 'odaniel']],
    ['Jordan Washington', ['jwashington', 'washingtonj', 'jwashingtonpd']],
    ['Maria Young', ['myoung', 'youngm']],
    ['Chris Rose', ['crose', 'rosec']],
    ['Tom Hunter', ['thunter']],
    ['José Luis García Márquez', ['jlgarcia', 'jlgarciamarquez', 'garciamarquezj', 'jgarcia']],
    ['Seán Ó Briain', ['sobriain']],
    ['Li Wei', ['lwei']],
  ];

  it('is withheld in prose, and a handle "@dokafor" goes whole', () => {
    const c = load('01-joined-initial-surname');
    for (const [officer, words] of OFFICERS) {
      for (const w of words) {
        const out = summaryOut(c, officer, `Shots fired. Friends of ${w} ask for tips; see posts by @${w}.`);
        expect(out, `${officer}: ${w}`).not.toContain(w);
        expect(out, `${officer}: @${w}`).not.toMatch(/@an officer|@the officer/u);
      }
    }
    expect(published(c)).not.toMatch(/okafor/iu);
  });

  it('initials that are not the officer\'s, and everyday words, are kept ("arose", "brain", "djokafor" is no initial run)', () => {
    const c = load('01-joined-initial-surname');
    expect(summaryOut(c, 'Chris Rose', 'The suspect arose and ran.')).toBe('The suspect arose and ran.');
    expect(summaryOut(c, 'Daniel Okafor', 'He was shot in the brain area; Okaforville residents called.')).toBe('He was shot in the brain area; Okaforville residents called.');
  });

  it('is "[withheld]", never a role that makes a false sentence of an English word ("took a swing" for Sam Wing)', () => {
    const c = load('01-joined-initial-surname');
    expect(summaryOut(c, 'Sam Wing', 'The suspect took a swing at him.')).toBe('The suspect took a [withheld] at him.');
    expect(summaryOut(c, 'Daniel Okafor', 'Friends of dokafor ask for tips.')).toBe('Friends of [withheld] ask for tips.');
  });

  it('any handle of the officer\'s initials and surname is withheld (property)', () => {
    const c = load('01-joined-initial-surname');
    const officer = fc.constantFrom<[string, string, string]>(['Daniel', 'Okafor', ''], ['Jordan', 'Washington', ''], ['Maria', 'Young', 'Elena'], ['Tom', 'Hunter', 'J']);
    const shape = fc.constantFrom('IS', 'SI', 'IMS', 'S pd', 'dpdS', 'GS', 'SG', '@IS', '#IS');
    fc.assert(
      fc.property(officer, shape, fc.boolean(), ([given, surname, middle], sh, upper) => {
        const name = middle === '' ? `${given} ${surname}` : `${given} ${middle} ${surname}`;
        const i = given.charAt(0).toLowerCase();
        const m = middle === '' ? i : middle.charAt(0).toLowerCase();
        let w = sh.replace('IMS', `${i}${m}${surname.toLowerCase()}`).replace('IS', `${i}${surname.toLowerCase()}`).replace('SI', `${surname.toLowerCase()}${i}`);
        w = w.replace('S pd', `${surname.toLowerCase()}pd`).replace('dpdS', `dpd${surname.toLowerCase()}`).replace('GS', `${given}${surname}`.toLowerCase()).replace('SG', `${surname}${given}`.toLowerCase());
        if (upper) w = w.toUpperCase();
        const out = summaryOut(c, name, `Tips to the family. Posts by ${w} were shared.`);
        expect(out.toLowerCase()).not.toContain(surname.toLowerCase());
      }),
      fcParams,
    );
  });
});

describe('red team 13: a badge glued to a title, an agency or a name', () => {
  it('"officer4471", "ofc4471", "sgt4471", "dpd4471", "No.4471", "Ofc4471s", "4471ofc", "ofc.4471" are the badge', () => {
    const c = load('02-title-joined-badge');
    for (const w of ['officer4471', 'ofc4471', 'sgt4471', 'dep4471', 'ptl4471', 'po4471', 'pd4471', 'dpd4471', 'no4471', 'No.4471', 'Ofc4471s', '4471ofc', '4471dpd', 'ofc.4471', 'Ofc4471']) {
      const out = summaryOut(c, 'Daniel Okafor', `Dispatch lost contact with ${w}; the suspect fled.`);
      expect(out, w).toBe('Dispatch lost contact with [withheld]; the suspect fled.');
    }
    expect(published(c)).not.toContain('4471');
  });

  it('a plate written in capitals with the same digits is another number', () => {
    const c = load('02-title-joined-badge');
    expect(summaryOut(c, 'Daniel Okafor', 'A car with plate ABC4471 was seen.')).toBe('A car with plate ABC4471 was seen.');
  });

  it('a missing officer\'s withheld badge glued to the released name is withheld', () => {
    const c = load('05-missing-badge-joined-to-released-name');
    const out = published(c);
    expect(out).not.toContain('4471');
    expect(out).toContain('Daniel Okafor');
  });
});

describe('red team 13: the officer\'s name in a suspect\'s description or vehicle', () => {
  it('is "[name withheld]", never "an officer", which would say something false about the suspect', () => {
    const c = load('13-role-in-suspect-description');
    const out = published(c);
    expect(out).not.toMatch(/wearing An officer|Air the officer|An officer plates frame|(?:viste|inglés:) (?:un|el) agente/u);
    expect(out).not.toMatch(/Washington|Jordan/u);
    expect(out).toContain('wearing [name withheld] Nationals cap, Air [name withheld] sneakers');
  });

  it('for any name part in any suspect description or vehicle field (property)', () => {
    const c = load('13-role-in-suspect-description');
    const field = fc.constantFrom('clothing', 'marks', 'features');
    const surname = fc.constantFrom('Washington', 'Okafor', 'Hunter', 'Blanco', 'Kowalski');
    fc.assert(
      fc.property(field, surname, (where, name) => {
        const r = structuredClone(c) as Case & { request: { suspects: { description: Record<string, string>; vehicle: Record<string, string> }[] } };
        r.request.officer.name = `Jordan ${name}`;
        const suspect = r.request.suspects[0]!;
        const value = `${name} logo on the back`;
        if (where === 'features') suspect.vehicle.features = value;
        else suspect.description[where] = value;
        const d = texts(r).description;
        expect(d).not.toContain(name);
        expect(d).not.toMatch(/An officer logo|the officer logo/u);
      }),
      fcParams,
    );
  });

  it('the officer titled there is still the officer ("photo of Officer Washington on the shirt")', () => {
    const c = load('13-role-in-suspect-description') as Case & { request: { suspects: { description: Record<string, string> }[] } };
    c.request.suspects[0]!.description['clothing'] = 'shirt with a photo of Officer Washington';
    expect(texts(c).description).toContain('shirt with a photo of an officer');
  });
});

describe('red team 13: a missing officer\'s family home as the last known location', () => {
  it('"Okafor Ranch, Elbert County" names the officer when the name is withheld', () => {
    const c = load('14-missing-lkl-surname-place');
    const out = published(c);
    expect(out).not.toMatch(/Okafor/u);
    expect(out).toContain('Elbert County');
  });

  it('a county named like the officer with a unit word is still the county', () => {
    const c = load('14-missing-lkl-surname-place') as Case & { request: { officer: { lastKnownLocation: string } } };
    c.request.officer.name = 'Daniel Elbert';
    expect(published(c)).toContain('Elbert County');
  });
});

describe('red team 13: a name spelled in the phonetic alphabet, and digits for letters next to digits', () => {
  it('"Oscar Kilo Alpha Foxtrot Oscar Romeo" is the officer Okafor, in any case and with any separator', () => {
    const c = load('06-nato-phonetic');
    expect(published(c)).not.toMatch(/Oscar Kilo|OSCAR KILO/iu);
    for (const w of ['Oscar Kilo Alpha Foxtrot Oscar Romeo', 'OSCAR KILO ALPHA FOXTROT OSCAR ROMEO', 'oscar-kilo-alpha-foxtrot-oscar-romeo', 'Oscar, Kilo, Alpha, Foxtrot, Oscar, Romeo']) {
      expect(summaryOut(c, 'Daniel Okafor', `Radio: unit ${w} is down.`), w).toMatch(/^Radio: unit an officer is down\.$/iu);
    }
    expect(summaryOut(c, 'Maria Young', 'Call sign Yankee Oscar Uniform November Golf.')).toBe('Call sign an officer.');
  });

  it('code words that spell anything else are kept ("Alpha Bravo Charlie team")', () => {
    const c = load('06-nato-phonetic');
    expect(summaryOut(c, 'Daniel Okafor', 'The Alpha Bravo Charlie team responded.')).toBe('The Alpha Bravo Charlie team responded.');
  });

  it('any name spelled in code words is withheld (property)', () => {
    const c = load('06-nato-phonetic');
    const CODE: Record<string, string> = { a: 'Alpha', b: 'Bravo', c: 'Charlie', d: 'Delta', e: 'Echo', f: 'Foxtrot', g: 'Golf', h: 'Hotel', i: 'India', j: 'Juliett', k: 'Kilo', l: 'Lima', m: 'Mike', n: 'November', o: 'Oscar', p: 'Papa', q: 'Quebec', r: 'Romeo', s: 'Sierra', t: 'Tango', u: 'Uniform', v: 'Victor', w: 'Whiskey', x: 'X-ray', y: 'Yankee', z: 'Zulu' };
    fc.assert(
      fc.property(fc.constantFrom('Okafor', 'Young', 'Washington', 'Hunter', 'Kowalski'), fc.constantFrom(' ', ', ', '-', ' / '), (surname, sep) => {
        const spelled = [...surname.toLowerCase()].map((ch) => CODE[ch]).join(sep);
        expect(summaryOut(c, `Sam ${surname}`, `Unit ${spelled} did not answer.`)).toMatch(/^(?:Unit an officer|\[name withheld\]) did not answer\.$/u);
      }),
      fcParams,
    );
  });

  it('a long run of code words costs one pass (no stall), and is kept when it spells nothing', () => {
    const c = load('06-nato-phonetic');
    const long = `${'alpha '.repeat(20_000)}alphax`;
    const out = summaryOut(c, 'Daniel Okafor', long.slice(0, 4000));
    expect(out.length).toBeGreaterThan(3000);
  });

  it('"D4n13l": 3, 4, 5, 7 next to another digit read as letters', () => {
    const c = load('07b-leet-3-4');
    expect(published(c)).not.toMatch(/D4n13l/iu);
    expect(summaryOut(c, 'Daniel Okafor', 'D4n13l was shot; the RAV4 fled.')).toBe('An officer was shot; the RAV4 fled.');
  });
});
