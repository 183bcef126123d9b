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

