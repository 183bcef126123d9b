// Red team 18 (2026-12-03), helper g: the rules that KEEP a surname as a place or an everyday word published the
// officer. H1: the officer's full name (or a short form and the surname) before/as a place ("near Jin Park", "Tom
// Hill Park"); H3: a place-word surname after a memorial or sentence word ("RIP Park", "GOODBYE HILL", "near
// Hill"); H4: a street-word surname before a word that is no name ("Where Lake Fell", "Lake Family Asks"); M2: a
// lower-case everyday-word surname used as a person ("park was shot"). Each case is in requests/redteam18; each is
// tested with other names too, and the innocent places stay as written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

type Request = {
  officer: { name: string };
  incident: { summary?: string; location?: string };
  suspects: { lastSeen?: { location?: string } }[];
  text?: { wea90?: string };
};
type Case = { request: Request; options: Record<string, unknown> };
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam18/${name}.json`, import.meta.url), 'utf8')) as Case;

/** The build of a case with changes to its request. */
function built(name: string, change: (r: Request) => void = () => undefined) {
  const c = load(name);
  change(c.request);
  const res = safeBuildBlueAlert(c.request as never, c.options as never);
  if (!res.success) throw new Error(`${name}: refused ${JSON.stringify(res.issues).slice(0, 300)}`);
  return res.data;
}
/** Everything published. */
const published = (m: ReturnType<typeof built>): string => `${m.xml} ${JSON.stringify(m.text)}`;
/** The description's own sentences (before the "Place:" the library adds). */
function said(m: ReturnType<typeof built>): string {
  const d = m.text.description;
  return d.slice(0, d.indexOf(' Place:'));
}
/** The officer's full name, and the surname as a capitalised word, are nowhere in the alert. */
function expectWithheld(m: ReturnType<typeof built>, officer: string, written: string): void {
  const out = published(m);
  expect(out, written).not.toContain(officer);
  const surname = officer.split(' ').at(-1) as string;
  expect(out, written).not.toMatch(new RegExp(`\\b(?:${surname}|${surname.toUpperCase()})\\b`, 'u'));
}

describe('red team 18 H1: the officer\'s full name is no place', () => {
  it('the cases', () => {
    for (const c of ['H1-fullname-place-surname-after-near', 'H1b-fullname-place-surname-location-wea90', 'H1c-fullname-kept-wrong-token-redacted', 'H1d-fullname-after-titled-mention', 'H1f-fullname-wea90-override', 'H1g-nickname-place-surname']) {
      const c1 = load(c);
      expectWithheld(built(c), c1.request.officer.name, c);
    }
    const m = built('H1e-hyphenated-given-name-kept');
    expect(published(m)).not.toMatch(/Jin-Woo|\bPark\b/u);
    expect(said(m)).toBe('An officer was shot near an officer.');
    expect(built('H1b-fullname-place-surname-location-wea90').text.wea90).not.toContain('Hill');
  });
  it('other names, short forms, fields', () => {
    const grid: readonly (readonly [string, string])[] = [
      ['Tom Hill', 'Tom Hill'], ['Amy Street', 'Amy Street'], ['Sam Lake', 'Sam Lake'], ['Joe Church', 'Joe Church'],
      ['Jin Way', 'Jin Way'], ['Daniel Park', 'Dan Park'], ['Daniel Park', 'Danny Park'], ['Jennifer Street', 'Jen Street'],
      ['Thomas Hill', 'Tommy Hill'], ['Ana Ridge', 'Ana Ridge'],
    ];
    for (const [officer, written] of grid) {
      const m = built('H1-fullname-place-surname-after-near', (r) => {
        r.officer.name = officer;
        r.incident.summary = `An officer was shot near ${written}.`;
        r.suspects[0]!.lastSeen = { location: `I-25 near ${written}` };
      });
      expectWithheld(m, officer, written);
      expect(published(m)).not.toContain(written);
      const loc = built('H1b-fullname-place-surname-location-wea90', (r) => {
        r.officer.name = officer;
        r.incident.location = `${written} Park`;
      });
      expect(published(loc), written).not.toContain(written);
      expect(loc.text.headline, written).toContain('[name withheld]');
    }
  });
  it('places named with other words stay', () => {
    const places: readonly (readonly [string, string])[] = [
      ['Jin Park', 'He fled into Cheesman Park.'], ['Thomas Hill', 'He was seen near Capitol Hill.'],
      ['Sam Lake', 'He fled toward Sloan Lake.'], ['Amy Street', 'He ran down Main Street.'], ['Amy Bell', 'He ate at Taco Bell.'],
      ['Aurora Diaz', 'The suspect was seen in Rose Hill.'],
    ];
    for (const [officer, summary] of places) {
      expect(said(built('H1-fullname-place-surname-after-near', (r) => { r.officer.name = officer; r.incident.summary = summary; })), officer).toBe(summary);
    }
    const loc = built('H1b-fullname-place-surname-location-wea90', (r) => { r.officer.name = 'Daniel Boone'; r.incident.location = 'Daniel Boone Parkway'; });
    expect(loc.text.headline).toContain('Daniel Boone Parkway');
  });
});

describe('red team 18 H3: a memorial or sentence word opens no place', () => {
  it('the cases', () => {
    expect(said(built('H3-rip-place-word-surname'))).toBe('RIP an officer.');
    for (const c of ['H3-rip-place-word-surname', 'H3b-goodbye-allcaps-surname', 'H3c-spanish-qepd-surname', 'H3d-location-near-surname', 'H3e-rip-surname-wea90-override']) {
      expectWithheld(built(c), load(c).request.officer.name, c);
    }
  });
  it('other words, names and fields', () => {
    const words = ['RIP', 'Goodbye', 'Farewell', 'Remember', 'Honor', 'QEPD', 'Adiós', 'Thank you', 'Justice for', 'Pray for', 'GOODBYE', 'Unit', 'Badge'];
    for (const officer of ['Jin Park', 'Tom Hill', 'Eli Church', 'Ana Lane', 'Sam Lake', 'Bo Court']) {
      const surname = officer.split(' ')[1] as string;
      for (const w of words) {
        const text = w === w.toUpperCase() ? `${w} ${surname.toUpperCase()}.` : `${w} ${surname}.`;
        expectWithheld(built('H3-rip-place-word-surname', (r) => { r.officer.name = officer; r.incident.summary = text; }), officer, text);
      }
      for (const loc of [`near ${surname}`, `Unit ${surname}`, `RIP ${surname}`, `toward ${surname}`]) {
        expectWithheld(built('H3d-location-near-surname', (r) => { r.officer.name = officer; r.suspects[0]!.lastSeen = { location: loc }; r.incident.location = loc; }), officer, loc);
      }
    }
  });
  it('a place after a place word stays', () => {
    const m = built('H3d-location-near-surname', (r) => { r.suspects[0]!.lastSeen = { location: 'near Capitol Hill' }; r.incident.location = 'Federal Hill, Denver'; });
    expect(published(m)).toContain('near Capitol Hill');
    expect(published(m)).toContain('Federal Hill, Denver');
  });
});

describe('red team 18 H4: a street-word surname before a word that is no name', () => {
  it('the cases', () => {
    for (const c of ['H4-lake-where-fell', 'H4b-lake-residence-location', 'H4c-lake-family-prose', 'H4d-lake-down-allcaps']) {
      expectWithheld(built(c), load(c).request.officer.name, c);
    }
    expect(said(built('H4d-lake-down-allcaps'))).toBe('AN OFFICER DOWN, SHOTS FIRED.');
  });
  it('other surnames and phrasings', () => {
    for (const officer of ['Sam Lake', 'Ana Fort', 'Jo Glen']) {
      const s = officer.split(' ')[1] as string;
      for (const loc of [`Where ${s} Fell`, `${s} Residence, Aurora`, `${s.toUpperCase()} RESIDENCE`, `${s} Family Home`, `${s} Home`, `The ${s} House`, `Scene Of ${s} Shooting`, `${s} Down`]) {
        expectWithheld(built('H4-lake-where-fell', (r) => { r.officer.name = officer; r.incident.location = loc; }), officer, loc);
      }
      for (const text of [`${s} Family Asks For Privacy.`, `${s.toUpperCase()} DOWN, SHOTS FIRED.`, `${s} Strong rally at Civic Center Park.`, `The officer (${s} Unit 7) was shot.`, `Goodbye ${s}.`]) {
        expectWithheld(built('H4c-lake-family-prose', (r) => { r.officer.name = officer; r.incident.summary = text; }), officer, text);
      }
    }
  });
  it('a street word before a place\'s name stays', () => {
    for (const [officer, summary] of [['Sam Lake', 'He fled toward Lake Michigan.'], ['Ana Fort', 'He fled to Fort Collins.'], ['Pilar Calle', 'He fled down Calle Real.']] as const) {
      expect(said(built('H4c-lake-family-prose', (r) => { r.officer.name = officer; r.incident.summary = summary; }))).toBe(summary);
    }
  });
});

describe('red team 18 M2: a lower-case everyday-word surname used as a person', () => {
  it('the cases', () => {
    expect(said(built('M2-lowercase-everyday-surname-person-verb'))).toBe('A police officer was shot. An officer was shot in the chest.');
    expect(said(built('M2b-lowercase-surname-object'))).toBe('The suspect shot an officer twice.');
  });
  it('other words and verbs', () => {
    const grid: readonly (readonly [string, string])[] = [
      ['Tom Hill', 'hill died at Denver Health.'], ['Eli Church', 'church is in critical condition.'],
      ['Sam Lake', 'lake was wounded.'], ['Ana Rose', 'The suspect killed rose.'], ['Ana Bell', 'bell was hit twice.'],
      ['Al Brown', 'Witnesses say brown fell near the car.'], ['Roy King', 'The suspect ambushed king.'],
      ['Al Glass', 'glass was shot in the arm.'],
    ];
    for (const [officer, text] of grid) {
      const word = officer.split(' ')[1]!.toLowerCase();
      const m = built('M2-lowercase-everyday-surname-person-verb', (r) => { r.officer.name = officer; r.incident.summary = `An officer was shot. ${text}`; });
      expect(said(m), text).not.toMatch(new RegExp(`\\b${word}\\b`, 'iu'));
    }
  });
  it('the everyday word stays', () => {
    for (const [officer, text] of [['Jin Park', 'He was shot in the park near the lake.'], ['Al Glass', 'Witnesses heard broken glass.'], ['Jin Park', 'The suspect hit a park bench.']] as const) {
      expect(said(built('M2-lowercase-everyday-surname-person-verb', (r) => { r.officer.name = officer; r.incident.summary = text; }))).toBe(text);
    }
  });
});

describe('red team 18 O1: a place word before a place-word surname names a place', () => {
  it('"City Park", "Hill Street" stay; the officer after them does not', () => {
    for (const [officer, summary] of [['Chris Park', 'It happened at City Park.'], ['Chris Street', 'He fled near Hill Street.'], ['Jin Park', 'He fled toward City Park, then Lake Park.']] as const) {
      expect(said(built('O1-city-park-over-redacted', (r) => { r.officer.name = officer; r.incident.summary = summary; }))).toBe(summary);
    }
    expect(said(built('O1b-hill-street-over-redacted'))).not.toContain('an officer');
    for (const [officer, summary] of [['Hill Park', 'Shot near Hill Park.'], ['Chris Park', 'CITY PARK WAS CLOSED. RIP PARK.']] as const) {
      expectWithheld(built('O1-city-park-over-redacted', (r) => { r.officer.name = officer; r.incident.summary = summary; }), officer, summary);
    }
  });
});
