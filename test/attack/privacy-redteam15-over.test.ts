// Red team 15 (2026-12-03, black box): over-redaction and wording. Each request under requests/redteam15 was refused
// or published mangled text before its fix; the officer's name as a person is still withheld (tested with each).
// What is left is listed in docs/privacy.md ("Found by red team 15 and left").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, safeBuildBlueAlert } from '../../src/index.js';
import { findGuardLeaks } from '../../src/privacy/guard.js';

type Request = {
  officer: { name: string; badge?: string };
  incident: { summary?: string; location?: string };
  suspects: { name?: string; alias?: string; lastSeen?: { location?: string } }[];
  languages?: string[];
};
// the red team's time: the phone text shortens "Street" to "St" to fit
const OPTIONS = { now: '2026-11-22T14:30:00-07:00' };
const load = (name: string): Request => JSON.parse(readFileSync(new URL(`./requests/redteam15/${name}.json`, import.meta.url), 'utf8')) as Request;
const build = (r: Request) => buildBlueAlert(r as never, OPTIONS);
/** Every public text of a build, joined. */
const allText = (r: Request): string => {
  const m = build(r);
  return `${m.xml}\n${JSON.stringify(m.text)}\n${m.sameHeader}\n${m.area.areaDesc}`;
};

const STREET_WORDS = ['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Drive', 'Dr', 'Lane', 'Ln', 'Way', 'Court', 'Place', 'Highway', 'Parkway'];
const SPANISH_STREET_WORDS = ['Calle', 'Avenida', 'Camino'];

describe('red team 15: a street named like the officer is a place, in every text', () => {
  it('"Cruz Street" and "Okafor Road" as the incident location build (the phone text writes "Cruz St")', () => {
    for (const f of ['refuse-street-named-after-officer', 'refuse-street-named-after-officer-okafor-road']) {
      const r = load(f);
      const res = safeBuildBlueAlert(r as never, OPTIONS);
      expect(res.success, f).toBe(true);
      const place = r.incident.location!;
      expect(res.data!.text.description, f).toContain(`Place: ${place}`);
      expect(res.data!.text.wea360, f).toMatch(/Officer killed at (?:Cruz St|Okafor Rd)\b/u);
    }
  });

  it('every street word, English and Spanish, in the incident and last-seen locations and in prose', () => {
    const failures: string[] = [];
    for (const officer of ['Ana Cruz', 'Daniel Okafor', 'Alejandro de la Cruz']) {
      const surname = officer.split(' ').at(-1)!.replace(/^./u, (c) => c.toUpperCase());
      for (const word of [...STREET_WORDS, ...SPANISH_STREET_WORDS]) {
        const place = SPANISH_STREET_WORDS.includes(word) ? `${word} ${surname}` : `${surname} ${word}`;
        for (const languages of [['en-US'], ['en-US', 'es-US']]) {
          for (const where of ['incident', 'lastSeen', 'summary'] as const) {
            const r = load('refuse-street-named-after-officer');
            r.officer.name = officer;
            r.languages = languages;
            r.incident.location = 'W Colfax Ave and N Broadway, Denver';
            if (where === 'incident') r.incident.location = place;
            if (where === 'lastSeen') r.suspects[0]!.lastSeen!.location = place;
            if (where === 'summary') r.incident.summary = `An officer was shot on ${place} during a traffic stop.`;
            const res = safeBuildBlueAlert(r as never, OPTIONS);
            if (!res.success) failures.push(`${officer} | ${where} | ${place} | ${languages.join('+')}`);
            else if (!res.data.text.description.includes(surname)) failures.push(`${officer} | ${where} | ${place}: place lost`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // the officer as a person is still withheld next to the kept street (its short form too)
    const r = load('refuse-street-named-after-officer');
    r.incident.summary = 'Officer Cruz was shot on Cruz Street. Ana Cruz died at the scene; Cruz St was closed.';
    const m = build(r);
    expect(m.text.description).toMatch(/^An officer was shot on Cruz Street\. (?:An|The) officer died at the scene; Cruz St was closed\./u);
    expect(allText(r)).not.toMatch(/Officer Cruz|Ana Cruz|\bAna\b/u);
  });

  it('the guard masks a kept street\'s short form only as whole words ("cruz st" is not the start of "Cruz Stanley")', () => {
    const tokens = [{ text: 'cruz', kind: 'name' as const }];
    expect(findGuardLeaks(tokens, { text: { a: 'Shots on Cruz St. today' } }, ['cruz st'])).toEqual([]);
    expect(findGuardLeaks(tokens, { text: { a: 'Cruz Stanley was seen' } }, ['cruz st'])).toEqual(['text.a']);
  });
});

describe('red team 15: "Washington, D.C." and "University of Washington" are places (officer Thomas Washington)', () => {
  it('kept in the location fields, in every text, English and Spanish', () => {
    const r = load('over-washington-dc-university');
    r.languages = ['en-US', 'es-US'];
    const m = build(r);
    expect(m.text.headline).toContain('Officer killed at Washington, D.C.');
    expect(m.text.description).toContain('Place: Washington, D.C.');
    expect(m.text.description).toContain('near University of Washington');
    expect(m.text.es!.description).toContain('Washington, D.C.');
    expect(allText(r)).not.toContain('withheld');
  });

  it('kept in prose in the forms people write, while the officer as a person is withheld', () => {
    const r = load('over-washington-dc-university');
    for (const place of ['Washington, D.C.', 'Washington D.C.', 'Washington, DC', 'Washington DC', 'the University of Washington', 'Washington University', 'Washington College']) {
      r.incident.summary = `An officer was shot in ${place} yesterday. Officer Washington and Tom Washington died; Washington was a veteran.`;
      const d = build(r).text.description;
      expect(d, place).toContain(`shot in ${place} yesterday.`);
      expect(d, place).toMatch(/(?:An|The) officer and the officer died; the officer was a veteran\./u);
    }
    r.incident.summary = 'Officer Washington, D.C. native, died. Sgt. Tom Washington of the University of Washington police responded.';
    const d = build(r).text.description;
    expect(d).toMatch(/^(?:An|The) officer, D\.C\. native, died\. The sergeant of the University of Washington police responded\./u);
    expect(allText(r)).not.toMatch(/Officer Washington|Tom Washington|Thomas/u);
  });
});

describe('red team 15: the officer\'s name as a suspect\'s alias or name never reads as a role', () => {
  it('"Officer Okafor", "okafor4471", "Sgt. Okafor" as alias or name are "[name withheld]", never "an officer"', () => {
    const r = load('other-alias-becomes-an-officer');
    expect(build(r).text.description).toContain('Suspect: Marcus Lee Hale (aka [name withheld]),');
    for (const value of ['Officer Okafor', 'okafor4471', 'Sgt. Okafor', 'Ofc. D. Okafor', 'Daniel Okafor']) {
      for (const field of ['alias', 'name'] as const) {
        const c = load('other-alias-becomes-an-officer');
        c.suspects[0]![field] = value;
        const m = build(c);
        const suspect = /Suspect: [^,]*/u.exec(m.text.description)?.[0] ?? '';
        expect(suspect, `${field}: ${value}`).toContain('[name withheld]');
        expect(suspect, `${field}: ${value}`).not.toMatch(/officer|sergeant/iu);
        expect(allText(c), `${field}: ${value}`).not.toMatch(/okafor|4471|daniel/iu);
      }
    }
    // in prose the titled name is still the role ("An officer was shot"), next to the alias
    r.incident.summary = 'Officer Okafor was shot.';
    expect(build(r).text.description).toMatch(/^An officer was shot\. .*\(aka \[name withheld\]\)/u);
  });
});

describe('red team 15: a surname that is an English function word ("An", "So") leaves the word alone', () => {
  /** The summary as the description publishes it, for an officer `name`. */
  const summaryOut = (name: string, summary: string): string => {
    const r = load('over-surname-an-article');
    r.officer.name = name;
    r.incident.summary = summary;
    return build(r).text.description.split(' Place:')[0] ?? '';
  };

  it('officer Minh An: "An officer was shot" is published as written, in every text', () => {
    const r = load('over-surname-an-article');
    r.languages = ['en-US', 'es-US'];
    const m = build(r);
    expect(m.text.description).toMatch(/^An officer was shot during a traffic stop\./u);
    expect(JSON.stringify(m.text)).not.toMatch(/officer officer/iu);
    expect(summaryOut('Minh An', 'He had an apple and an hour to go. An hour later the suspect fled.')).toBe('He had an apple and an hour to go. An hour later the suspect fled.');
    // the officer is still withheld: after a title, before what a person did, with the given name, possessive
    expect(summaryOut('Minh An', "An was shot. Officer An died; An's partner called it in. The suspect shot Minh An. An opened fire. An opens fire. An underwent surgery.")).toBe(
      "An officer was shot. The officer died; the officer's partner called it in. The suspect shot the officer. The officer opened fire. The officer opens fire. The officer underwent surgery.",
    );
  });

  it('officers Yu So, Kim Do, Wei Ng: "So far", "so cold", "Do not" stay; "So was shot", "So returned fire" are the officer', () => {
    expect(summaryOut('Yu So', 'So far the suspect has not been found. It was so cold.')).toBe('So far the suspect has not been found. It was so cold.');
    expect(summaryOut('Yu So', 'So was shot. So returned fire. Officer So died.')).toBe('An officer was shot. The officer returned fire. The officer died.');
    // and officers Do and Ng: ordinary text stays and the officer goes
    expect(summaryOut('Kim Do', 'Do not approach the suspect. Do was shot.')).toBe('Do not approach the suspect. An officer was shot.');
    expect(summaryOut('Wei Ng', 'Running and gunning, the suspect fled. Ng was shot.')).toBe('Running and gunning, the suspect fled. An officer was shot.');
  });
});

describe('red team 15: a phrase at the start of a location follows its place in the sentence', () => {
  it('"Okafor Ranch" as last seen or incident location reads "near the officer\'s Ranch", never "near The officer\'s"', () => {
    const r = load('other-capital-the-officers-midsentence');
    const m = build(r);
    expect(m.text.description).toContain("Last seen 2:12 PM MST near the officer's Ranch,");
    expect(m.text.wea360).toContain("Last seen near the officer's Ranch,");
    r.incident.location = 'Okafor Ranch';
    const all = allText(r);
    expect(all).toContain("Officer killed at the officer's Ranch");
    expect(all).not.toMatch(/\w The officer/u);
    expect(all).not.toMatch(/okafor|daniel|4471/iu);
    // free text still opens its sentence with a capital
    r.incident.summary = "Okafor's partner called for help.";
    expect(build(r).text.description).toMatch(/^The officer's partner called for help\./u);
  });
});
