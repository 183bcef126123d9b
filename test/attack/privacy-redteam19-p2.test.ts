// Red team 19 (2026-12-03, black box): names after a sentence or line that ends in a place word, second officers,
// spaced given names, aliases, unit brackets and false "an officer" (helper p2). Each request under
// requests/redteam19 is the red team's reproducer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

type Case = {
  request: { incident: { summary?: string; location?: string; es?: { summary?: string } }; officer: { name: string; rank?: string }; suspects: { alias?: string; name?: string }[] };
  options: Record<string, unknown>;
};
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam19/${name}.json`, import.meta.url), 'utf8')) as Case;
function built(c: Case) {
  const res = safeBuildBlueAlert(c.request as never, c.options as never);
  if (!res.success) throw new Error(`refused ${JSON.stringify(res.issues).slice(0, 200)}`);
  return res.data;
}
const everything = (m: { xml: string; text: unknown }): string => `${m.xml}\n${JSON.stringify(m.text)}`;
/** The published description up to the place line. */
const said = (c: Case): string => built(c).text.description.split(' Place:')[0] as string;
const absent = (c: Case, ...words: string[]): void => {
  const all = everything(built(c));
  for (const w of words) expect(all).not.toMatch(new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu'));
};

describe('red team 19 L6: a name after a sentence or a line that ends in a street or place word', () => {
  it('the reproducers: "Alameda Ave. Nguyen", "E Evans Ave. King", "Main St. Okafor\'s", "Sloan Lake. Okafor"', () => {
    expect(said(load('L6'))).toBe('An officer was shot during a pursuit near Federal Blvd and Alameda Ave. The officer returned fire.');
    absent(load('L6'), 'Nguyen');
    expect(said(load('L6b'))).toBe('A deputy was shot while serving a warrant on E Evans Ave. The deputy is in critical but stable condition.');
    absent(load('L6b'), 'King');
    expect(said(load('L6c'))).toBe("The officer stopped a gray pickup on Main St. The officer's partner called for help.");
    expect(said(load('L6e'))).toBe('The officer stopped a gray pickup near Sloan Lake. An officer returned fire and was hit.');
    for (const n of ['L6c', 'L6e', 'L6f', 'L6g']) absent(load(n), 'Okafor');
    absent(load('L6d'), 'Maria', 'María', 'Cruz');
  });
  it('a location field and a line break: "Main St. Okafor shooting scene", "W Colfax Ave\\nOkafor returned fire"', () => {
    expect(built(load('L6f')).text.headline).toContain('Main St. [name withheld] shooting scene');
    expect(said(load('L6g'))).toMatch(/^Shots were fired at W Colfax Ave\.? an officer returned fire and was hit\.$/iu);
  });
  it('other names, abbreviations and line endings (generated)', () => {
    const c = load('L6');
    const officers: [string, string, string][] = [
      ['Daniel Okafor', 'Okafor', 'Daniel'],
      ['Jordan Young', 'Young', 'Jordan'],
      ['Patrick O\'Brien', "O'Brien", 'Patrick'],
      ['Keoni Kahananui', 'Kahananui', 'Keoni'],
    ];
    const endings = ['Main St.', 'Alameda Ave.', '5th Ave.', 'Main St\n', 'Sloan Lake.', 'Sloan Lake\n', 'W Colfax Ave\n', 'Pine Mt.', 'Elm Av.'];
    for (const [name, surname, given] of officers) {
      c.request.officer.name = name;
      for (const end of endings) {
        for (const who of [surname, given]) {
          c.request.incident.summary = `Shots were fired on ${end}${end.endsWith('\n') ? '' : ' '}${who} returned fire and was hit.`;
          const all = everything(built(c));
          expect(all, `${name} / ${JSON.stringify(end)} / ${who}`).not.toContain(who);
        }
      }
    }
  });
  it('keeps the places: "St. John", "near Ft. Collins", "Mt. Evans", "Lake Young" (officers John, Collins, Evans, Young)', () => {
    const c = load('L6');
    const keepPlaces: [string, string][] = [
      ['Mary John', 'He fled toward St. John Church.'],
      ['Tom Collins', 'He fled toward Ft. Collins on I-25.'],
      ['Lee Evans', 'He was seen near Mt. Evans yesterday.'],
      ['Ann Young', 'He fled toward Lake Young.'],
      ['Rosa Reyes', 'Huyó por la Urb. Reyes.'],
    ];
    for (const [name, summary] of keepPlaces) {
      c.request.officer.name = name;
      c.request.incident.summary = summary;
      expect(said(c)).toBe(summary);
    }
  });
});

describe('red team 19 L7: a second officer after the titled form is withheld', () => {
  it('the reproducers: a plural title with a list, the surname again, the badge beside the name', () => {
    expect(said(load('L7a'))).toBe('Officers were shot. The officer was treated and released.');
    expect(said(load('L7b'))).toBe('An officer was killed. His partner, an officer, was wounded; the officer returned fire.');
    expect(said(load('L7c'))).toBe('An officer was killed. A deputy was wounded. The deputy is stable.');
    expect(said(load('L7d'))).toBe('An officer was killed. An officer was wounded.');
    absent(load('L7a'), 'Okafor', 'Tom');
    absent(load('L7c'), 'Sanchez-Ruiz', 'Sanchez');
    expect(everything(built(load('L7d')))).not.toContain('5512');
  });
  it('other names and titles (generated); other people and places named alike stay', () => {
    const c = load('L7a');
    for (const [title, role, a] of [['Sgt.', 'sergeant', 'a'], ['Deputy', 'deputy', 'a'], ['Officer', 'officer', 'an'], ['Trooper', 'trooper', 'a']] as const) {
      for (const [given, surname] of [['Maria', 'Lopez'], ['Kwame', 'Mensah'], ['Ana', 'Ruiz-Soto']]) {
        c.request.incident.summary = `Officer Okafor and ${title} ${given} ${surname} were shot. ${surname} is stable; ${surname}'s cruiser was hit.`;
        const text = said(c);
        expect(text).toBe(`An officer and ${a} ${role} were shot. The ${role} is stable; the ${role}'s cruiser was hit.`);
        expect(everything(built(c))).not.toContain(surname);
      }
    }
    c.request.incident.summary = 'Officers Okafur and Lopez were shot. Robert Lopez, a witness, called from Lopez Street in Lopez County.';
    expect(said(c)).toBe('Officers were shot. Robert Lopez, a witness, called from Lopez Street in Lopez County.');
  });
  it('a suspect named alike stays named', () => {
    const c = load('L7a');
    c.request.incident.summary = 'Officer Tom Hale was wounded. Hale fled on foot.';
    expect(said(c)).toBe('An officer was wounded. Hale fled on foot.');
  });
});

describe('red team 19 L11, B2, O4: a hyphenated given name written spaced or joined, and a name on file surname first', () => {
  it('the reproducers: "Ji Hoon Park is stable" and "Ji Hoon Park was shot twice." (no refusal)', () => {
    expect(said(load('L11a'))).toBe('An officer was shot. The officer is stable.');
    const b2 = built(load('B2'));
    expect(b2.text.description.startsWith('An officer was shot twice.')).toBe(true);
    for (const n of ['L11a', 'B2']) absent(load(n), 'Ji', 'Hoon', 'Park', 'Jihoon');
  });
  it('other names, both orders, spaced and joined (generated)', () => {
    const c = load('L11a');
    for (const [name, forms] of [
      ['Ji-hoon Park', ['Ji Hoon Park', 'Jihoon Park', 'Park Ji Hoon', 'Park Jihoon']],
      ['Park Ji-hoon', ['Ji Hoon Park', 'Jihoon Park', 'Park Ji Hoon', 'Park Jihoon', 'Ji-hoon Park']],
      ['Seo-yeon Kim', ['Seo Yeon Kim', 'Seoyeon Kim', 'Kim Seo Yeon']],
      ['Maria Garcia-Lopez', ['Maria Garcia Lopez', 'Garcia Lopez Maria']],
    ] as const) {
      c.request.officer.name = name;
      for (const form of forms) {
        c.request.incident.summary = `${form} was shot twice. ${form} is stable.`;
        expect(said(c), `${name}: ${form}`).toBe('An officer was shot twice. The officer is stable.');
      }
    }
  });
  it('O4: "Cheesman Park" stays a park for an officer Park Ji-hoon, as for Ji-hoon Park', () => {
    expect(said(load('O4a'))).toBe('He may be hiding in Cheesman Park.');
    const c = load('O4a');
    c.request.incident.summary = 'Officer Park was shot. Park returned fire. He fled to Cheesman Park.';
    expect(said(c)).toBe('An officer was shot. The officer returned fire. He fled to Cheesman Park.');
  });
});

describe('red team 19 L5: the officer\'s full name with a nickname between its parts in a suspect\'s alias', () => {
  const aka = (c: Case): string => /aka [^)]*\)/u.exec(built(c).text.description)?.[0] ?? '';
  it('the reproducer and other quotes, brackets and names (generated): "aka [name withheld]"', () => {
    expect(aka(load('L5'))).toBe('aka [name withheld])');
    absent(load('L5'), 'Okafor', 'Daniel', 'Danny');
    const c = load('L5');
    for (const [name, given, nick, surname] of [
      ['Daniel Okafor', 'Daniel', 'Danny', 'Okafor'],
      ['Maria Lopez', 'Maria', 'Bear', 'Lopez'],
      ['Kwame Mensah', 'Kwame', 'K', 'Mensah'],
    ]) {
      c.request.officer.name = name as string;
      for (const [o, e] of [['"', '"'], ['(', ')'], ['“', '”'], ["'", "'"]]) {
        c.request.suspects[0]!.alias = `${given} ${o}${nick}${e} ${surname}`;
        expect(aka(c), c.request.suspects[0]!.alias).toBe('aka [name withheld])');
        expect(everything(built(c))).not.toContain(surname);
      }
    }
  });
  it("a suspect's own alias with a nickname stays", () => {
    const c = load('L5');
    c.request.suspects[0]!.alias = 'Marcus "Tank" Hale';
    expect(aka(c)).toBe('aka Marcus "Tank" Hale)');
  });
});

describe('red team 19 L9: a name beside a radio unit in a location field', () => {
  it('the reproducers: "Unit 12 (Okafor)", "(Unit 12, King)", all capitals', () => {
    expect(built(load('L9a')).text.headline).toContain('Unit 12 ([name withheld]) traffic stop, W Colfax Ave');
    expect(built(load('L9b')).text.headline).toContain('W Colfax Ave (Unit 12, [name withheld])');
    absent(load('L9a'), 'Okafor');
    absent(load('L9b'), 'King');
    absent(load('L9c'), 'Okafor');
  });
  it('other names and unit forms (generated); a place named like the officer elsewhere in the field stays', () => {
    const c = load('L9a');
    for (const [name, surname] of [['Maria Young', 'Young'], ['Tom Hill', 'Hill'], ['Kwame Mensah', 'Mensah']] as const) {
      c.request.officer.name = name;
      for (const loc of [`Unit 12 (${surname}) traffic stop, W Colfax Ave`, `W Colfax Ave (Unit 7B, ${surname})`, `Car 305 - ${surname}, I-25 at 6th Ave`]) {
        c.request.incident.location = loc;
        expect(everything(built(c)), loc).not.toMatch(new RegExp(`\\b${surname}\\b`, 'u'));
      }
    }
    c.request.officer.name = 'Daniel Okafor';
    c.request.incident.location = 'Unit 12 traffic stop, Okafor Park';
    expect(built(c).text.headline).toContain('Unit 12 traffic stop, Okafor Park');
  });
});

describe('red team 19 L7 (seen in the wide run): a surname joined to another word stays for the matcher', () => {
  it('"Paul Saint—Louis" after "Officer Paul Ste. Louis" for an officer Paul St. Louis reads "The officer"', () => {
    const c = load('L7a');
    c.request.officer.name = 'Paul St. Louis';
    c.request.incident.summary = 'Officer Paul Ste. Louis was shot. Witnesses saw Paul Saint-Louis fall. Paul Saint—Louis is in surgery.';
    expect(said(c)).toBe('An officer was shot. Witnesses saw an officer fall. The officer is in surgery.');
  });
});

describe('red team 19 O2: another person whose surname is the officer\'s given name is never "an officer"', () => {
  it('the reproducer and other names (generated): "[name withheld]", no role', () => {
    expect(said(load('O2a'))).toBe('A deputy was shot. A second man, [name withheld], 24, is wanted for questioning.');
    const c = load('O2a');
    for (const [officer, given] of [['Jordan King', 'Jordan'], ['Daniel Okafor', 'Daniel'], ['Rosa Paz', 'Rosa']] as const) {
      c.request.officer.name = officer;
      for (const other of ['Tyrell', 'Michael', 'Ana']) {
        c.request.incident.summary = `Police are also looking for ${other} ${given}, 24.`;
        const text = said(c);
        expect(text).toBe('Police are also looking for [name withheld], 24.');
        expect(text).not.toMatch(/officer|deputy/u);
      }
    }
  });
  it('the officer alone, with a title, and a place stay as before', () => {
    const c = load('O2a');
    c.request.incident.summary = 'Officer Jordan was hit. He fled toward Jordan Park.';
    expect(said(c)).toBe('An officer was hit. He fled toward Jordan Park.');
  });
});

describe('red team 19 O3: "Martin Luther King Jr Blvd" for officers named King or Martin', () => {
  it('the reproducers and other streets named after people (generated) stay as written', () => {
    expect(said(load('O3a'))).toBe('He fled toward Martin Luther King Jr Blvd.');
    expect(said(load('O3b'))).toBe('He fled toward Martin Luther King Jr Blvd.');
    const c = load('O3a');
    for (const [officer, street] of [
      ['Daniel King', 'Martin Luther King Jr. Blvd'],
      ['Maria Chavez', 'Cesar E Chavez Avenue'],
      ['Tom Kennedy', 'John F Kennedy Parkway'],
      ['Ann Young', 'Brigham Young Hwy'],
    ]) {
      c.request.officer.name = officer as string;
      c.request.incident.summary = `He fled toward ${street}.`;
      expect(said(c), street).toBe(`He fled toward ${street}.`);
    }
  });
  it('the officer is still withheld beside it', () => {
    const c = load('O3a');
    c.request.incident.summary = 'King returned fire. Daniel King Jr was shot on Martin Luther King Jr Blvd.';
    expect(said(c)).toBe('An officer returned fire. The officer was shot on Martin Luther King Jr Blvd.');
  });
});

describe('red team 19 O5: Spanish titles before the officer\'s name', () => {
  const detalles = (c: Case): string => /Detalles: [^.]*\./u.exec(built(c).text.es?.description ?? '')?.[0] ?? '';
  it('"El alguacil García", "El ayudante del sheriff García", "El patrullero García" keep one title and lose the name', () => {
    expect(detalles(load('O5a'))).toBe('Detalles: El alguacil fue herido.');
    expect(detalles(load('O5b'))).toBe('Detalles: El alguacil fue herido.');
    const c = load('O5a');
    for (const title of ['alguacil', 'patrullero', 'agente estatal', 'ayudante del sheriff']) {
      c.request.incident.es!.summary = `El ${title} García fue herido.`;
      const d = detalles(c);
      expect(d).toMatch(/^Detalles: El (?:alguacil|agente estatal) fue herido\.$/u);
      expect(everything(built(c))).not.toMatch(/garc[ií]a/iu);
    }
  });
});
