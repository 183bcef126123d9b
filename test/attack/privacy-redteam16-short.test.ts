// Red team 16 (2026-12-03, black box): over-redaction and refused builds. Each request under requests/redteam16
// (over-*, refuse-*, other-imperative-*) was refused or published garbled text before its fix; the officer's name
// as a person is still withheld (tested with each). What is left is listed in docs/privacy.md ("Found by red team
// 16 and left").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

type Request = {
  officer: { name: string };
  incident: { summary?: string; location?: string };
  suspects: { vehicle?: { plate?: { state?: string; number?: string } } }[];
};
type Case = { request: Request; options: Record<string, unknown> };
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam16/${name}.json`, import.meta.url), 'utf8')) as Case;

/** The build of a case with another officer name and summary (undefined keeps the case's). */
function built(name: string, officer?: string, summary?: string, location?: string) {
  const c = load(name);
  if (officer !== undefined) c.request.officer.name = officer;
  if (summary !== undefined) c.request.incident.summary = summary;
  if (location !== undefined) c.request.incident.location = location;
  const res = safeBuildBlueAlert(c.request as never, c.options as never);
  if (!res.success) throw new Error(`${name} | ${officer ?? ''} | ${summary ?? ''}: refused ${JSON.stringify(res.issues).slice(0, 200)}`);
  return res.data;
}
/** The description's own sentences (before the "Place:" the library adds). */
const said = (name: string, officer: string, summary: string): string => {
  const d = built(name, officer, summary).text.description;
  return d.slice(0, d.indexOf(' Place:'));
};


describe('red team 16: more street words (O5)', () => {
  const words = ['Paseo', 'Calzada', 'Callejón', 'Bulevar', 'Privada', 'Plaza'];
  it('Spanish street words before the name, in the location and in prose', () => {
    for (const w of words) {
      const m = built('over-spanish-street-words', undefined, `Shots were fired at ${w} Okafor 45.`, `${w} Okafor 45, Denver`);
      expect(m.text.headline, w).toContain(`Officer killed at ${w} Okafor 45, Denver`);
      expect(m.text.description, w).toContain(`Shots were fired at ${w} Okafor 45.`);
    }
  });

  it('"Okafor Loop" is a place; "Youngstown Plaza. Okafor was shot" is still the officer', () => {
    expect(said('over-spanish-street-words', 'Daniel Okafor', 'Shots were fired at Okafor Loop.')).toBe('Shots were fired at Okafor Loop.');
    expect(said('over-spanish-street-words', 'Daniel Okafor', 'Near Youngstown Plaza. Okafor was shot.')).toBe('Near Youngstown Plaza. An officer was shot.');
  });
});

describe('red team 16: short surnames keep their everyday senses (O3)', () => {
  const cases: readonly (readonly [string, string, string, string])[] = [
    ['over-function-word-surnames', 'Hoa Do', 'Do NOT approach the suspect. Do call 911.', 'Do NOT approach the suspect. Do call 911.'],
    ['over-function-word-surnames', 'Hoa Do', 'Officer Do was shot. Do was shot.', 'An officer was shot. The officer was shot.'],
    ['over-function-word-surnames', 'Kim No', 'No arrests yet. No, he is not in custody. NO PLATE visible. No. 5 bus route.', 'No arrests yet. No, he is not in custody. NO PLATE visible. No. 5 bus route.'],
    ['over-function-word-surnames', 'Kim No', 'No was shot. Officer No died.', 'An officer was shot. The officer died.'],
    ['over-an-surname-article', 'Minh An', 'An armed man fled. An SUV was seen. An eyewitness called 911. An unmarked car left.', 'An armed man fled. An SUV was seen. An eyewitness called 911. An unmarked car left.'],
    ['over-an-surname-article', 'Minh An', 'An opened fire. An was shot. Officer An died.', 'An officer opened fire. The officer was shot. The officer died.'],
    ['over-state-code-in-prose', 'Kim Oh', 'Suspect may flee to Toledo, OH.', 'Suspect may flee to Toledo, OH.'],
    ['over-state-code-in-prose', 'Kim Oh', 'Officer Oh was shot. Oh was shot.', 'An officer was shot. The officer was shot.'],
    ['over-state-code-in-prose', 'Jose Co', 'Larimer Co. deputies responded. CO plate ABC1234 seen.', 'Larimer Co. deputies responded. CO plate ABC1234 seen.'],
    ['over-state-code-in-prose', 'Jose Co', 'Officer Co was shot. Co was shot.', 'An officer was shot. The officer was shot.'],
    ['over-van-surname-vehicle', 'Jan Van', 'The suspect fled in a white Van. Suspect drove a Dodge Van.', 'The suspect fled in a white Van. Suspect drove a Dodge Van.'],
    ['over-van-surname-vehicle', 'Jan Van', 'Officer Van was shot. Van was shot.', 'An officer was shot. The officer was shot.'],
    ['over-le-particle-business', 'Thi Le', 'Witnesses saw a man at Cafe Le Monde.', 'Witnesses saw a man at Cafe Le Monde.'],
    ['over-le-particle-business', 'Thi Le', 'Officer Le was shot. Le was shot.', 'An officer was shot. The officer was shot.'],
  ];
  // each everyday case with the officer as a person right after it (still withheld)
  for (let i = 0; i < cases.length; i += 2) {
    const [file, officer, summary, expected] = cases[i]!;
    const [, , person, withheld] = cases[i + 1]!;
    it(`${officer}: "${summary}" (and "${person}" withheld)`, () => {
      expect(said(file, officer, summary)).toBe(expected);
      expect(said(file, officer, person)).toBe(withheld);
    });
  }
});

describe('red team 16: an imperative verb is no relative\'s given name (other 1)', () => {
  it('"Help Okafor\'s family" keeps the verb', () => {
    expect(said('other-imperative-verb-swallowed', 'Daniel Okafor', "Share Okafor's story. Help Okafor's family.")).toBe("Share the officer's story. Help the officer's family.");
    expect(said('other-imperative-verb-swallowed', 'Daniel Okafor', 'Remember Okafor.')).toBe('Remember an officer.');
    // a relative named at a sentence start is still withheld
    expect(said('other-imperative-verb-swallowed', 'Daniel Okafor', 'Grace Okafor reported it.')).toBe('[name withheld] reported it.');
  });
});

describe('red team 16: no capital "An" mid-sentence after a dotted code (other 3)', () => {
  it('"Washington D.C. officer Washington was shot" goes on in lower case; a new sentence still starts capitalised', () => {
    expect(said('other-capital-an-midsentence', 'Thomas Washington', 'Washington D.C. officer Washington was shot.')).toBe('Washington D.C. an officer was shot.');
    expect(said('other-capital-an-midsentence', 'Thomas Washington', 'He fled. Officer Washington was shot.')).toBe('He fled. An officer was shot.');
  });
});

describe('red team 16: a particle surname before an English past tense is the officer', () => {
  it('"Van drove a van", "Le shot the suspect" withhold the officer; the article and vehicle senses stay', () => {
    expect(said('other-imperative-verb-swallowed', 'Tom Van', 'Van drove a van.')).toBe('An officer drove a van.');
    expect(said('other-imperative-verb-swallowed', 'Thi Le', 'Le shot the suspect.')).toBe('An officer shot the suspect.');
    expect(said('other-imperative-verb-swallowed', 'Tom Van', 'A white van fled.')).toBe('A white van fled.');
    expect(said('other-imperative-verb-swallowed', 'Minh An', 'An hour later, the suspect fled.')).toBe('An hour later, the suspect fled.');
  });
});
