// Red team 17 (2026-12-03): location fields. All-capitals or title-case locations kept the surname ("OKAFOR WAS
// SHOT", "Scene Of Okafor Shooting"), a given name alone in incident.location or lastSeen.location was published,
// wea90 used a location that is no town as its town prefix, and an incidents entry with the surname glued into a
// path word was accepted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';
import type { BlueAlertMessage } from '../../src/index.js';
import { uniformCase } from '../../src/redaction/uniform-case.js';
import { isTownName, shortPlace } from '../../src/text/place.js';

interface Case {
  request: Record<string, unknown>;
  options: Record<string, unknown>;
}
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam17/${name}.json`, import.meta.url), 'utf8')) as Case;

type Req = {
  officer: { name: string };
  incident: { location?: string };
  suspects: { lastSeen: { location?: string }; destinations?: string[]; direction?: string }[];
  incidents?: string[];
};

function build(name: string, edit: (r: Req) => void = () => {}): { ok: true; m: BlueAlertMessage } | { ok: false; codes: string[] } {
  const c = load(name);
  const req = structuredClone(c.request) as unknown as Req;
  edit(req);
  const r = safeBuildBlueAlert(req as never, c.options as never);
  if (!r.success) return { ok: false, codes: r.issues.map((i) => i.code) };
  return { ok: true, m: r.data };
}

function message(name: string, edit?: (r: Req) => void): BlueAlertMessage {
  const r = build(name, edit);
  if (!r.ok) throw new Error(`refused: ${r.codes.join(', ')}`);
  return r.m;
}

const everything = (m: BlueAlertMessage): string => `${m.xml}\n${JSON.stringify(m.text)}`;

/** Every location field set to `loc`, for the officer `officer`. */
const atLocation = (officer: string, loc: string) => (r: Req): void => {
  r.officer.name = officer;
  r.incident.location = loc;
  const s = r.suspects[0]!;
  s.lastSeen.location = loc;
  s.destinations = [loc];
};

describe('red team 17 L4: all-capitals or title-case location values', () => {
  it.each([
    ['leak-location-caps-surname-sentence', /okafor/iu],
    ['leak-location-titlecase-scene-of', /\byoung\b/iu],
    ['leak-location-caps-vietnamese-surname', /nguyen/iu],
  ])('%s: the surname is in no output', (name, surname) => {
    const m = message(name);
    expect(everything(m)).not.toMatch(surname);
  });

  it('the published text reads the rest as written', () => {
    expect(message('leak-location-caps-surname-sentence').text.headline).toContain('Officer killed at SCENE OF [name withheld] SHOOTING');
    expect(message('leak-location-titlecase-scene-of').text.description).toContain('near Scene Of [name withheld] Shooting');
    expect(message('leak-location-caps-vietnamese-surname').text.description).toContain('Place: [name withheld] WAS SHOT HERE.');
  });

  const sentences = (s: string): string[] => [
    `${s.toUpperCase()} WAS SHOT`,
    `${s.toUpperCase()} SHOT HERE`,
    `SCENE OF ${s.toUpperCase()} SHOOTING`,
    `Scene Of ${s} Shooting`,
    `WHERE ${s.toUpperCase()} FELL`,
    `Where ${s} Fell`,
    `${s} Was Shot Here`,
    `${s} Shooting`,
  ];
  it.each([
    ['Daniel Okafor', 'Okafor'],
    ['Jordan Young', 'Young'],
    ['Thanh Nguyen', 'Nguyen'],
    ['Keoni Kahale', 'Kahale'],
    ['Maria Price', 'Price'],
    ['Thi Le', 'Le'],
    ['Pieter Van', 'Van'],
    ['Sean Street', 'Street'],
  ])('officer %s: every sentence form in every location field is withheld', (officer, surname) => {
    for (const loc of sentences(surname)) {
      const m = message('leak-location-caps-surname-sentence', atLocation(officer, loc));
      expect(everything(m), loc).not.toMatch(new RegExp(`\\b${surname}\\b`, 'iu'));
    }
  });

  it('"LE RETURNED FIRE" and "Le Returned Fire" for an officer Le', () => {
    for (const loc of ['LE RETURNED FIRE', 'Le Returned Fire']) {
      const m = message('leak-location-caps-surname-sentence', atLocation('Thi Le', loc));
      expect(m.text.description).toContain(`Place: [name withheld] ${loc.slice(3)}.`);
    }
  });

  it('places named like the officer, in any case, stay as written', () => {
    for (const [officer, loc] of [
      ['Daniel Castle', 'CASTLE ROCK'],
      ['Daniel Castle', 'CASTLE ROCK, CO'],
      ['Daniel Castle', 'In Castle Rock'],
      ['Daniel Castle', 'Castle Rock'],
      ['Jordan Young', 'YOUNG ST AND COLFAX AVE'],
      ['Jordan Young', 'Young Street'],
      ['Jordan Young', 'YOUNG PARK'],
      ['Daniel Okafor', 'OKAFOR PARK'],
      ['Daniel Okafor', 'Near Okafor Park'],
      ['Thi Le', 'LE MARS, IA'],
      ['Thi Le', 'Le Mars'],
      ['Maria Price', 'PRICE, UT'],
      ['Aurora Hill', 'AURORA'],
    ] as const) {
      const m = message('leak-location-caps-surname-sentence', atLocation(officer, loc));
      expect(m.text.description, `${officer}: ${loc}`).toContain(`Place: ${loc}.`);
    }
  });

  it('uniformCase: capitals that say nothing', () => {
    expect(uniformCase('SCENE OF OKAFOR SHOOTING')).toBe(true);
    expect(uniformCase('Scene Of Okafor Shooting')).toBe(true);
    expect(uniformCase('Castle Rock')).toBe(false);
    expect(uniformCase('W Colfax Ave and N Broadway, Denver')).toBe(false);
    expect(uniformCase('where Young fell')).toBe(false);
  });
});

describe('red team 17 L7: a given name or a short form alone in any location field', () => {
  it('leak-location-given-name-only: "Danny" and "Daniel" are in no output', () => {
    const m = message('leak-location-given-name-only');
    expect(everything(m)).not.toMatch(/danny|daniel/iu);
    expect(m.text.headline).toContain('Officer killed at [name withheld]');
    expect(m.text.wea90).not.toMatch(/^\[name withheld\]/u);
  });

  it.each([
    ['Daniel Okafor', ['Danny', 'Daniel', 'DANNY', 'Dan']],
    ['William Carter', ['Bill', 'Billy', 'William', 'Liam']],
    ['Elizabeth Nguyen', ['Liz', 'Beth', 'Elizabeth']],
    ['Roberto Garcia', ['Beto', 'Roberto', 'Berto']],
  ])('officer %s: %j alone in incident.location and lastSeen.location', (officer, names) => {
    for (const n of names) {
      const m = message('leak-location-given-name-only', atLocation(officer, n));
      expect(everything(m), n).not.toMatch(new RegExp(`\\b${n}\\b`, 'iu'));
    }
  });

  it('after a place word or before a state the given name is withheld, the words around stay', () => {
    for (const [loc, out] of [
      ['near Danny', 'near [name withheld]'],
      ['at Daniel', 'at [name withheld]'],
      ['NEAR DANNY', 'NEAR [name withheld]'],
      ['Danny, CO', '[name withheld], CO'],
      ['toward Danny', 'toward [name withheld]'],
    ] as const) {
      const m = message('leak-location-given-name-only', atLocation('Daniel Okafor', loc));
      expect(m.text.description, loc).toContain(`Place: ${out}.`);
      expect(everything(m), loc).not.toMatch(/danny|daniel/iu);
    }
    const heading = message('leak-location-given-name-only', (r) => {
      r.suspects[0]!.direction = 'toward Danny';
      r.suspects[0]!.destinations = ['near Danny', 'toward Aurora'];
    });
    expect(heading.text.description).toContain('heading toward [name withheld], possibly toward near [name withheld] or toward Aurora.');
    for (const loc of ['near Aurora', 'Aurora, CO', 'near Dan River', 'toward Aurora']) {
      const m = message('leak-location-given-name-only', atLocation(loc.includes('Dan ') ? 'Daniel Okafor' : 'Aurora Hill', loc));
      expect(m.text.description, loc).toContain(`Place: ${loc}.`);
    }
  });

  it('a town named like the given name, or a place with it, stays', () => {
    for (const [officer, loc] of [
      ['Aurora Hill', 'Aurora'],
      ['Austin Reyes', 'Austin'],
      ['Virginia Price', 'Virginia'],
      ['Daniel Okafor', 'Dan River'],
      ['Daniel Okafor', 'Daniel Boone Park'],
    ] as const) {
      const m = message('leak-location-given-name-only', atLocation(officer, loc));
      expect(m.text.description, loc).toContain(`Place: ${loc}.`);
    }
  });
});

describe('red team 17 B4: the wea90 town prefix is a town', () => {
  it('other-wea90-location-as-town-prefix: "THE OFFICER\'S HOME" is no town', () => {
    const m = message('other-wea90-location-as-town-prefix');
    expect(m.text.wea90).not.toContain("OFFICER'S HOME");
    expect(everything(m)).not.toMatch(/okafor/iu);
  });

  it('a redaction phrase, a home or a sentence is no town; towns are', () => {
    for (const loc of ["THE OFFICER'S HOME", 'the officer', 'An Officer', "His Home", 'Scene', '[name withheld]', 'WHERE X FELL']) expect(shortPlace(loc), loc).toBeUndefined();
    for (const loc of ['Castle Rock', "Lee's Summit", 'Denver', 'Grand Junction']) expect(isTownName(loc), loc).toBe(true);
    const m = message('other-wea90-location-as-town-prefix', (r) => {
      r.incident.location = 'Main St, Castle Rock';
    });
    expect(m.text.wea90.startsWith('Castle Rock Blue Alert')).toBe(true);
  });
});

describe('red team 17 L12: an incidents entry with a name glued into a word', () => {
  it('leak-incidents-url-with-surname is refused', () => {
    const r = build('leak-incidents-url-with-surname');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.codes).toContain('officer_identity_leak');
  });

  it.each(['facebook.com/groups/okaforstrong', 'gofundme.com/f/strongokafor', 'facebook.com/danielstrong', 'CBI-2026-teamokaforstrong', 'facebook.com/groups/okafor%73trong'])(
    '%s is refused',
    (entry) => {
      const r = build('leak-incidents-url-with-surname', (q) => {
        q.incidents = [entry];
      });
      expect(r.ok).toBe(false);
    },
  );

  it('identifiers without the name, and the agency\'s own words, build', () => {
    for (const entry of ['CBI-2026-0042', 'DPD-2026-11-22-001', 'cbi.colorado.gov/case/2026-0042']) {
      const r = build('leak-incidents-url-with-surname', (q) => {
        q.incidents = [entry];
      });
      expect(r.ok, entry).toBe(true);
    }
  });
});
