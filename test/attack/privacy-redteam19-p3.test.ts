// Red team 19 (2026-12-03), helper p3: B3 (an officer named West, Lane, Street… was refused when the EAS text read
// a street abbreviation aloud as the surname), O7 (a nickname or given name that is a colour or everyday word wiped
// the suspect's colours), B1 (`redactTerms` matched only the exact phrase) and B4 ("Update: UPDATE: …"). Each request
// under requests/redteam19 failed before its fix; innocent text stays as written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert, updateBlueAlert } from '../../src/index.js';
import { findGuardLeaks, guardTokens, SPOKEN } from '../../src/privacy/guard.js';
import { parseRequest } from '../../src/request/parse.js';

type Case = {
  request: Record<string, any>;
  options: Record<string, unknown>;
  update?: { request: Record<string, any>; options: { now: string } };
};
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam19/${name}.json`, import.meta.url), 'utf8')) as Case;

/** The build of a case, changed by `edit` first. */
function built(name: string, edit?: (c: Case) => void) {
  const c = load(name);
  edit?.(c);
  const res = safeBuildBlueAlert(c.request as never, c.options as never);
  if (!res.success) throw new Error(`${name}: refused ${JSON.stringify(res.issues.map((i) => `${i.code}@${i.path}`))}`);
  return res.data;
}
/** Everything the alert publishes: the XML and every text. */
const published = (m: { xml: string; text: unknown }): string => `${m.xml} ${JSON.stringify(m.text)}`;

/** The summary's own sentences in the description (before the "Place:" the library adds). */
const said = (m: { text: { description: string } }): string => m.text.description.slice(0, m.text.description.indexOf(' Place:'));

describe('red team 19 B3: a street abbreviation read aloud as the surname is the library’s word', () => {
  it('B3a: the shipped example with an officer Daniel West builds; the EAS says "West Colfax Avenue"', () => {
    const m = built('B3a');
    expect(m.text.description).toContain('An officer was shot and killed during a traffic stop at W Colfax Ave and N Broadway.');
    expect(m.text.easText).toContain('at West Colfax Avenue and North Broadway');
    expect(m.text.description).not.toContain('Daniel');
  });
  it('B3b: an officer Karen Lane, "shot on Elm Ln": the EAS says "Elm Lane"', () => {
    const m = built('B3b');
    expect(m.text.easText).toContain('An officer was shot on Elm Lane during a traffic stop.');
    expect(published(m)).not.toContain('Karen');
  });
  it.each([
    ['West', 'W Colfax Ave'],
    ['North', 'N Broadway'],
    ['South', 'S Broadway'],
    ['Street', 'Elm St'],
    ['Avenue', 'Elm Ave'],
    ['Road', 'Elm Rd'],
    ['Drive', 'Elm Dr'],
    ['Lane', 'Elm Ln'],
    ['Court', 'Elm Ct'],
    ['Boulevard', 'Elm Blvd'],
    ['Highway', 'Elm Hwy'],
    ['Parkway', 'Elm Pkwy'],
    ['Place', 'Elm Pl'],
    ['Terrace', 'Elm Ter'],
  ])('an officer %s: "shot on %s" builds, in English and Spanish', (surname, street) => {
    for (const languages of [['en-US'], ['en-US', 'es-US']]) {
      const m = built('B3b', (c) => {
        c.request.officer.name = `Karen ${surname}`;
        c.request.incident.summary = `An officer was shot on ${street} during a traffic stop.`;
        c.request.languages = languages;
      });
      expect(m.text.description).toContain(`An officer was shot on ${street} during a traffic stop.`);
      expect(published(m)).not.toContain('Karen');
    }
  });
  it('units said in full: an officer Pound or Feet with "180 lb", "6 ft" in the summary', () => {
    for (const surname of ['Pound', 'Feet']) {
      const m = built('B3b', (c) => {
        c.request.officer.name = `Karen ${surname}`;
        c.request.incident.summary = 'The suspect is 6 ft tall, 180 lb.';
      });
      expect(m.text.easText).toContain('6 feet tall, 180 pounds.');
    }
  });
  it('the name the agency wrote is still withheld next to an abbreviation', () => {
    for (const [name, summary, gone] of [
      ['Daniel West', 'Officer West was shot at W Colfax Ave. West died at the scene.', 'Officer West'],
      ['Karen Lane', 'Officer Karen Lane was shot on Elm Ln. Lane was 34.', 'Karen'],
      ['Sam Street', 'Sgt. Sam Street was shot on Elm St near Main St.', 'Sam'],
    ] as const) {
      const m = built('B3b', (c) => {
        c.request.officer.name = name;
        c.request.incident.summary = summary;
      });
      expect(published(m)).not.toContain(gone);
    }
  });
  it('a surname right after a street abbreviation’s full stop, before what a person did, is the officer', () => {
    for (const [name, summary, out] of [
      ['Karen West', 'Officer Karen West was shot at W Colfax Ave. West is 34.', 'An officer was shot at W Colfax Ave. The officer is 34.'],
      ['Karen West', 'Shots at W Colfax Ave. West was hit.', 'Shots at W Colfax Ave. An officer was hit.'],
      ['Karen Street', 'Shots on Main St and Elm St. Street died.', 'Shots on Main St and Elm St. An officer died.'],
      ['Karen North', 'Shots at N Elm Ave. North died.', 'Shots at N Elm Ave. An officer died.'],
    ] as const) {
      const m = built('B3b', (c) => {
        c.request.officer.name = name;
        c.request.incident.summary = summary;
      });
      expect(said(m), summary).toBe(out);
      expect(m.text.easText, summary).not.toMatch(new RegExp(`${name.split(' ')[1]} (?:is|was|died)`, 'u'));
    }
    // a place after a street's full stop stays ("Elm St. Louis Park is closed" has no person)
    const kept = built('B3b', (c) => {
      c.request.officer.name = 'Karen West';
      c.request.incident.summary = 'Shots at W Colfax Ave. West Colfax is closed.';
    });
    expect(said(kept)).toBe('Shots at W Colfax Ave. West Colfax is closed.');
  });
  it('the guard counts only the words the library said longer: a "West" written in the text still counts', () => {
    const parsed = parseRequest(load('B3a').request);
    if (!parsed.success) throw new Error('parse');
    const tokens = guardTokens(parsed.data);
    const spoken = (written: string, said: string) => [{ paths: ['text.eas'], written, said }];
    const clean = { text: { eas: 'Shot at West Colfax Avenue.' }, [SPOKEN]: spoken('Shot at W Colfax Ave.', 'Shot at West Colfax Avenue.') };
    expect(findGuardLeaks(tokens, clean, [])).toEqual([]);
    const leak = {
      text: { eas: 'West was shot at West Colfax Avenue.' },
      [SPOKEN]: spoken('West was shot at W Colfax Ave.', 'West was shot at West Colfax Avenue.'),
    };
    expect(findGuardLeaks(tokens, leak, [])).toEqual(['text.eas']);
    // a path that carries no spoken text is not excused
    expect(findGuardLeaks(tokens, { text: { description: 'Shot at West Colfax Avenue.' }, [SPOKEN]: clean[SPOKEN] }, [])).toEqual(['text.description']);
    expect(findGuardLeaks(tokens, { text: { eas: 'Shot at West Colfax Avenue.' } }, [])).toEqual(['text.eas']);
  });
});


describe('red team 19 O7: a nickname or given name that is a colour or everyday word keeps the suspect’s colours', () => {
  it('O7a: officer Daniel "Red" Okafor: the red pickup, red hair and the red vehicle stay, WEA 90 too', () => {
    const m = built('O7a');
    expect(said(m)).toBe('The suspect fled in a red pickup.');
    expect(m.text.description).toContain('red hair');
    expect(m.text.description).toContain('Vehicle: red 2015 Ford F-150');
    expect(m.text.wea90).toContain('Red Ford F-150');
    expect(published(m)).not.toContain('[name withheld]');
  });
  it('O7b: officer Sandy Okafor: "a sandy beard", "hair: sandy blond"', () => {
    const m = built('O7b');
    expect(said(m)).toBe('The suspect has a sandy beard and wore a red cap.');
    expect(m.text.description).toContain('hair: sandy blond');
  });
  it('O7c: officer Daniel "Rusty" Okafor: "Vehicle: rusty brown", "navy jacket"', () => {
    const m = built('O7c');
    expect(m.text.description).toContain('Vehicle: rusty brown 2015 Ford F-150');
    expect(m.text.description).toContain('wearing navy jacket');
  });
  const WORDS = ['Red', 'Rusty', 'Sandy', 'Ginger', 'Dusty', 'Navy', 'Bear', 'Buck', 'Chip', 'Tank', 'Smoke'];
  it.each(WORDS)('%s as a nickname or a given name: the word stays in lower case, in prose and in values', (n) => {
    const low = n.toLowerCase();
    for (const name of [`Daniel "${n}" Okafor`, `Daniel (${n}) Okafor`, `${n} Okafor`]) {
      const m = built('O7a', (c) => {
        c.request.officer.name = name;
        c.request.incident.summary = `The suspect wore a ${low} cap and fled in a ${low} pickup.`;
        c.request.suspects[0].vehicle.color = low;
        c.request.suspects[0].description.hair = `${low} blond`;
        c.request.suspects[0].description.clothing = `${low} jacket`;
      });
      expect(said(m), name).toBe(`The suspect wore a ${low} cap and fled in a ${low} pickup.`);
      expect(m.text.description, name).toContain(`Vehicle: ${low} 2015 Ford F-150`);
      // ("red blond hair" or "hair: sandy blond", as the writer words a hair colour)
      expect(m.text.description, name).toMatch(new RegExp(`hair: ${low} blond|${low} blond hair`, 'u'));
      expect(m.text.description, name).toContain(`wearing ${low} jacket`);
    }
  });
  it.each(WORDS)('%s as the officer is still withheld: capitalised as a person, after a title, with the surname', (n) => {
    for (const name of [`Daniel "${n}" Okafor`, `${n} Okafor`]) {
      for (const summary of [
        `${n} Okafor was shot.`,
        `${n} was shot during a traffic stop.`,
        `Officer ${n} died at the scene.`,
        `The suspect shot ${n} twice.`,
        `${n}'s family asks for privacy.`,
        `#RIP${n} #${n}Strong`,
      ]) {
        const m = built('O7a', (c) => {
          c.request.officer.name = name;
          c.request.incident.summary = summary;
        });
        // (the vehicle colour "red" is the suspect's: "Red Ford F-150" in the WEA text)
        const out = published(m).replace(/Red Ford F-150/gu, '');
        expect(out, `${name}: ${summary}`).not.toMatch(new RegExp(`\\b${n}\\b`, 'u'));
        expect(out, `${name}: ${summary}`).not.toContain('Okafor');
      }
    }
  });
});

describe('red team 19 B1: redactTerms are matched like names', () => {
  const withTerms = (terms: string[], summary: string) =>
    built('B1a', (c) => {
      c.options.redactTerms = terms;
      c.request.incident.summary = summary;
    });
  it('B1a: accents, a hashtag and a hyphenated extension', () => {
    const m = built('B1a');
    expect(said(m)).toBe('An officer was shot. [withheld] thanked the public. [withheld] thanks you. [withheld] thanked the public.');
    expect(published(m)).not.toMatch(/ad[eé]yemi/iu);
  });
  it('B1b: a part of the term after an honorific ("Mrs. Adeyemi")', () => {
    const m = built('B1b');
    expect(said(m)).toBe('An officer was shot. His wife asked for privacy; Mrs. [withheld] thanked the public.');
    expect(published(m)).not.toMatch(/adeyemi/iu);
  });
  it.each([
    ['Grace Adeyemi', 'Adeyemi', "Adeyemi's son, G. Adeyemi, ADEYEMI and Grace Adéyemi spoke. See https://gofundme.com/f/adeyemi-family and @GraceAdeyemi."],
    ['Ngozi Balogun', 'Balogun', 'Mrs. Balogun and NGOZI spoke. #BalogunStrong. Ngozi Balogun-Smith thanked all.'],
    ['Tamsin Whitcombe', 'Whitcombe', 'Ms. Whitcombe, Tamsin Whitcombe-Ray and #WhitcombeFamily thank you. Whitcombe’s son spoke.'],
    ['Grace Park', 'Mrs. Park', 'Mrs. Park thanked the public. Grace Park spoke.'],
  ])('variants of %s', (term, gone, summary) => {
    const m = withTerms([term], summary);
    expect(published(m), summary).not.toContain(gone);
    expect(published(m), summary).not.toContain(term);
  });
  it('keeps everyday and place words, and terms that are no name, as before', () => {
    expect(said(withTerms(['Grace Park'], 'The suspect fled past Cheesman Park. Do not park near the scene.'))).toBe(
      'The suspect fled past Cheesman Park. Do not park near the scene.',
    );
    expect(said(withTerms(['Unit 12'], 'Unit 12 responded. Route 12 is closed.'))).toBe('[withheld] responded. Route 12 is closed.');
    expect(said(withTerms(['Grace Adeyemi'], 'An officer was shot. Witnesses thanked the public.'))).toBe('An officer was shot. Witnesses thanked the public.');
  });
});

describe('red team 19 B4: an Update does not say "Update:" twice', () => {
  const update = (summary: string) => {
    const c = load('B4');
    const first = built('B4');
    const next = c.update as NonNullable<Case['update']>;
    next.request.incident.summary = summary;
    return updateBlueAlert(first.xml, next.request as never, { ...(c.options as object), now: next.options.now, previousRequest: c.request } as never);
  };
  it.each([
    'UPDATE: The suspect vehicle was found abandoned in Aurora.',
    'Update - The suspect vehicle was found abandoned in Aurora.',
    'Updated: The suspect vehicle was found abandoned in Aurora.',
    'UPDATE #2: The suspect vehicle was found abandoned in Aurora.',
    'update: the suspect vehicle was found abandoned in Aurora.',
  ])('%s', (summary) => {
    const u = update(summary);
    expect(u.text.description).toMatch(/^Update: The suspect vehicle was found abandoned in Aurora\. /u);
    expect(u.text.easText).toContain('Update: The suspect vehicle was found abandoned in Aurora.');
    expect(u.xml).not.toMatch(/Update: update/iu);
  });
  it('a summary that only starts like one stays as written', () => {
    expect(update('Updates will follow. The vehicle was found.').text.description).toMatch(/^Update: Updates will follow\. /u);
  });
});
