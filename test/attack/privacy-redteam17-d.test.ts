// Red team 17 (2026-12-03): over-redactions that made the alert say false things (O1–O9). Each request under
// requests/redteam17 (over-*) published garbled text before its fix ("Cheesman an officer", "Please an officer
// 911", "Neil an officer T-shirt"); the officer's name as a person is still withheld (tested with each, and with
// other names).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

type Request = {
  officer: { name: string };
  incident: { summary?: string; es?: { summary?: string } };
  text?: { instruction?: string };
};
type Case = { request: Request; options: Record<string, unknown> };
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam17/${name}.json`, import.meta.url), 'utf8')) as Case;

/** The build of a case with another officer name, summary or Spanish summary (undefined keeps the case's). */
function built(name: string, officer?: string, summary?: string, es?: string) {
  const c = load(name);
  if (officer !== undefined) c.request.officer.name = officer;
  if (summary !== undefined) c.request.incident.summary = summary;
  if (es !== undefined) c.request.incident.es = { summary: es };
  const res = safeBuildBlueAlert(c.request as never, c.options as never);
  if (!res.success) throw new Error(`${name} | ${officer ?? ''} | ${summary ?? ''}: refused ${JSON.stringify(res.issues).slice(0, 300)}`);
  return res.data;
}
/** The description's own sentences (before the "Place:" the library adds). */
function said(name: string, officer: string, summary: string): string {
  const d = built(name, officer, summary).text.description;
  return d.slice(0, d.indexOf(' Place:'));
}
/** The Spanish details sentence(s) of a case with a Spanish summary. */
function dicho(name: string, officer: string, es: string): string {
  const d = built(name, officer, undefined, es).text.es?.description ?? '';
  return d.slice(d.indexOf('Detalles: ') + 10, d.indexOf(' Sospechoso'));
}
/** The officer's full name and given name are nowhere in the published alert. */
function expectWithheld(name: string, officer: string, summary?: string, es?: string): void {
  const m = built(name, officer, summary, es);
  const out = `${m.xml} ${JSON.stringify(m.text)}`;
  expect(out, officer).not.toContain(officer);
  const given = officer.split(' ')[0] as string;
  expect(out.toLowerCase(), officer).not.toMatch(new RegExp(`\\b${given.toLowerCase()}\\b`, 'u'));
}

describe('red team 17: a surname that is a place word keeps the place (O1)', () => {
  const places: readonly (readonly [string, string, string])[] = [
    ['over-surname-is-place-word-park', 'Jin Park', 'He fled into Cheesman Park, then Washington Park.'],
    ['over-surname-is-place-word-park', 'Soo Park', 'He was seen near Central Park and Liberty Park.'],
    ['over-surname-is-place-word-street-hill', 'Mark Street', 'He fled on foot down Main Street toward Wall Street.'],
    ['over-surname-is-place-word-street-hill', 'Ann Church', 'He hid at First Baptist Church.'],
    ['over-surname-is-place-word-street-hill', 'Amy Bell', 'He ate at Taco Bell.'],
    ['over-surname-is-place-word-street-hill', 'Roy King', 'He ate at Burger King.'],
    ['over-surname-hill-neighbourhood', 'Robert Hill', 'He fled to Capitol Hill; he was seen on Federal Hill.'],
    ['over-surname-hill-neighbourhood', 'Tom Lake', 'He fled toward Sloan Lake.'],
    ['over-surname-hill-neighbourhood', 'Tom Lake', 'Cheesman Park was closed.'],
  ];
  it('the place as written', () => {
    for (const [c, officer, summary] of places) expect(said(c, officer, summary), officer).toBe(summary);
  });

  it('the case reproducers', () => {
    expect(built('over-surname-is-place-word-park').text.description).toContain('He fled into Cheesman Park, then Washington Park.');
    expect(built('over-surname-is-place-word-street-hill').text.description).toContain('down Main Street toward Wall Street.');
    expect(built('over-surname-hill-neighbourhood').text.description).toContain('He fled to Capitol Hill; he was seen on Federal Hill.');
  });

  it('the officer stays withheld where the text is about the officer', () => {
    const c = 'over-surname-is-place-word-park';
    expect(said(c, 'Jin Park', 'Officer Park was shot. Park returned fire. Yesterday Park was shot. Then Park fled.')).toBe(
      'An officer was shot. The officer returned fire. Yesterday the officer was shot. Then the officer fled.',
    );
    expect(said(c, 'Mark Street', 'He fled down Main Street. Street returned fire.')).toBe('He fled down Main Street. An officer returned fire.');
    expect(said(c, 'Robert Hill', 'Hill was shot near Capitol Hill.')).toBe('An officer was shot near Capitol Hill.');
    // another person who shares the surname is "[name withheld]", never kept and never a role
    expect(said(c, 'Jin Park', 'His wife Grace Park was told. Grace Park said he fled.')).toBe('His wife [name withheld] was told. [name withheld] said he fled.');
    expect(said(c, 'Jin Park', 'Lee Park pursued him. Danny Park was shot. Main Street closed.')).toBe('[name withheld] pursued him. [name withheld] was shot. Main Street closed.');
    expect(said(c, 'Jin Park', 'His wife Grace Park and her son were told. His wife, Grace Park, fled.')).toBe('His wife [name withheld] and her son were told. His wife, [name withheld], fled.');
    expect(said(c, 'Daniel Park', 'Danny Park was shot. Park Avenue was closed.')).toBe('An officer was shot. Park Avenue was closed.');
    expect(said(c, 'Tom Lake', 'He fled toward Lake Michigan. Lake Okafor said hi. Lake was shot.')).toBe('He fled toward Lake Michigan. [name withheld] Okafor said hi. An officer was shot.');
    for (const officer of ['Jin Park', 'Mark Street', 'Robert Hill']) expectWithheld(c, officer, `Officer ${officer.split(' ')[1]} was shot near Cheesman Park.`);
  });
});

describe('red team 17: a lower-case everyday word is the word (O2, O3)', () => {
  const kept: readonly (readonly [string, string, string])[] = [
    ['over-lowercase-everyday-surname-not-in-list', 'Jamie Glass', 'Witnesses heard broken glass; the hunt continues.'],
    ['over-lowercase-surname-walker-frost-hunt', 'Jamie Hunt', 'The hunt continues; a dog walker saw him.'],
    ['over-lowercase-surname-walker-frost-hunt', 'Lee Walker', 'A dog walker saw him.'],
    ['over-lowercase-surname-walker-frost-hunt', 'Eve Frost', 'There was frost on the windshield.'],
    ['over-lowercase-surname-call-instruction', 'Sarah Call', 'Please call 911 now.'],
    ['over-lowercase-surname-call-instruction', 'Kim Shot', 'He was shot twice.'],
    ['over-lowercase-surname-call-instruction', 'Bo Armed', 'The suspect is armed. Stay alert.'],
    ['over-lowercase-surname-call-instruction', 'Ana Stay', 'Please stay away from the area.'],
    ['over-lowercase-surname-call-instruction', 'Ana Crane', 'He hid behind a crane at the site.'],
    ['over-lowercase-surname-call-instruction', 'Ana Judge', 'A judge signed the warrant.'],
    ['over-lowercase-surname-call-instruction', 'Ana Guard', 'A security guard saw him.'],
    ['over-lowercase-surname-call-instruction', 'Ana Friend', 'He fled with a friend.'],
    ['over-lowercase-surname-call-instruction', 'Ana Dodge', 'He tried to dodge officers.'],
  ];
  it('kept in a text that uses capitals', () => {
    for (const [c, officer, summary] of kept) expect(said(c, officer, summary), officer).toBe(summary);
  });

  it('an instruction opening with the verb ("Call 911.", "Stay inside.")', () => {
    expect(built('over-lowercase-surname-call-instruction').text.instruction).toBe('Call 911. Lock your doors and call 911.');
    expect(said('over-lowercase-surname-call-instruction', 'Ana Stay', 'Stay inside. Stay away from him.')).toBe('Stay inside. Stay away from him.');
    expect(said('over-lowercase-surname-call-instruction', 'Bo Lock', 'Lock your doors.')).toBe('Lock your doors.');
  });

  it('Spanish lower-case words ("hacia el lago", "la montaña")', () => {
    expect(dicho('over-spanish-lowercase-word-false-officer', 'Juan Lago', 'Un agente fue baleado. Huyó hacia el lago.')).toBe('Un agente fue baleado. Huyó hacia el lago.');
    expect(dicho('over-spanish-lowercase-word-false-officer', 'Ana Montaña', 'Huyó hacia la montaña.')).toBe('Huyó hacia la montaña.');
    expect(built('over-spanish-lowercase-word-false-officer').text.es?.description).toContain('Huyó hacia el lago.');
  });

  it('the officer stays withheld: capitalised, titled, possessive, after a lake, or in a text all in lower case', () => {
    const c = 'over-lowercase-surname-call-instruction';
    expect(said(c, 'Sarah Call', 'Call was shot. Officer Call died. Call shot him.')).toBe('An officer was shot. The officer died. The officer shot him.');
    expect(said(c, 'Jamie Glass', "Glass was shot. Glass's radio was taken.")).toBe("An officer was shot. The officer's radio was taken.");
    expect(said(c, 'Jamie Hunt', 'Hunt returned fire.')).toBe('An officer returned fire.');
    expect(said(c, 'Kim Shot', 'Shot was shot.')).toBe('An officer was shot.');
    expect(said(c, 'Jamie Glass', 'witnesses heard broken glass. glass was shot.')).not.toMatch(/glass/u);
    expect(dicho(c, 'Juan Lago', 'Huyó hacia el lago. Lago fue baleado.')).toBe('Huyó hacia el lago. Un agente fue baleado.');
    for (const officer of ['Sarah Call', 'Jamie Glass', 'Jamie Hunt', 'Juan Lago']) expectWithheld(c, officer, `${officer.split(' ')[1]} was shot.`);
  });
});

describe('red team 17: a street word surname before a street name (O4)', () => {
  it('"la Calle Luna", "down Calle Real" for an officer Calle', () => {
    expect(dicho('over-spanish-calle-surname-every-street', 'Pilar Calle', 'Un agente fue baleado. Huyó por la Calle Luna.')).toBe('Un agente fue baleado. Huyó por la Calle Luna.');
    expect(said('over-spanish-calle-surname-every-street', 'Pilar Calle', 'He fled down Calle Real.')).toBe('He fled down Calle Real.');
    expect(said('over-spanish-calle-surname-every-street', 'Ana Camino', 'He fled down Camino Real.')).toBe('He fled down Camino Real.');
    expect(built('over-spanish-calle-surname-every-street').text.es?.description).toContain('Huyó por la Calle Luna.');
  });

  it('the officer Calle stays withheld', () => {
    expect(said('over-spanish-calle-surname-every-street', 'Pilar Calle', 'Calle returned fire. Calle was shot. Officer Calle died.')).toBe(
      'An officer returned fire. The officer was shot. The officer died.',
    );
    expectWithheld('over-spanish-calle-surname-every-street', 'Pilar Calle', 'Calle was shot on Calle Real.');
  });
});

describe('red team 17: short surnames that are function words (O5, O6)', () => {
  it('"DO NOT APPROACH" in capitals for an officer Do, Đỗ', () => {
    for (const officer of ['Minh Đỗ', 'Minh Do']) {
      expect(said('over-vietnamese-do-caps-instruction', officer, 'A police officer was shot. DO NOT APPROACH THE SUSPECT.'), officer).toBe('A police officer was shot. DO NOT APPROACH THE SUSPECT.');
      expect(said('over-vietnamese-do-caps-instruction', officer, 'DO WAS SHOT. Do returned fire.'), officer).toBe('AN OFFICER WAS SHOT. The officer returned fire.');
    }
  });

  it('"In the meantime", "IN CUSTODY: NONE" for an officer In', () => {
    expect(said('over-korean-surname-in-function-word', 'Jae In', 'A police officer was shot. In the meantime, call 911. IN CUSTODY: NONE.')).toBe(
      'A police officer was shot. In the meantime, call 911. IN CUSTODY: NONE.',
    );
    expect(said('over-korean-surname-in-function-word', 'Jae In', 'In was shot. IN WAS SHOT. Officer In died. In returned fire.')).toBe(
      'An officer was shot. THE OFFICER WAS SHOT. The officer died. The officer returned fire.',
    );
  });

  it('"Do not go near him", "Go to a safe place" for an officer Go', () => {
    expect(said('over-korean-surname-go-lowercase', 'Min Go', 'A police officer was shot. Do not go near him. Go to a safe place. Go inside.')).toBe(
      'A police officer was shot. Do not go near him. Go to a safe place. Go inside.',
    );
    expect(said('over-korean-surname-go-lowercase', 'Min Go', 'Go was shot. Officer Go died. GO WAS SHOT.')).toBe('An officer was shot. The officer died. THE OFFICER WAS SHOT.');
    expectWithheld('over-korean-surname-go-lowercase', 'Min Go', 'Go was shot. Go to a safe place.');
  });

  it('"NO WAS SHOT" in capitals is the officer No, "NO ARRESTS" the word', () => {
    expect(said('over-korean-surname-in-function-word', 'Kim No', 'NO ARRESTS. NO WAS SHOT.')).toBe('NO ARRESTS. AN OFFICER WAS SHOT.');
  });
});

describe('red team 17: another person, plurals and particles are no officer (O7, O8, O9)', () => {
  it('"a Neil Young T-shirt" for an officer Young: "[name withheld]", never a role', () => {
    expect(built('over-other-person-false-officer').text.description).toContain('He wore a [name withheld] T-shirt.');
    for (const [officer, summary] of [['Jordan Young', 'He wore a Neil Young T-shirt.'], ['Ann King', 'He quoted Stephen King.'], ['Ann Brown', 'He spoke to Bobby Brown.']] as const) {
      const d = said('over-other-person-false-officer', officer, summary);
      expect(d, officer).toContain('[name withheld]');
      expect(d, officer).not.toMatch(/officer/u);
    }
    expect(said('over-other-person-false-officer', 'Jordan Young', 'Young was shot.')).toBe('An officer was shot.');
  });

  it('a plural name part in a place name ("Daniels Park Rd", "Las Vegas", "Cherry Hills Village")', () => {
    expect(built('over-given-name-plural-as-family').text.description).toContain('He fled on Daniels Park Rd.');
    expect(built('over-plural-surname-las-vegas').text.description).toContain('He fled toward Las Vegas.');
    expect(said('over-plural-surname-las-vegas', 'Cherry Hill', 'He fled to Cherry Hills Village.')).toBe('He fled to Cherry Hills Village.');
    expect(said('over-plural-surname-las-vegas', 'Ana Flor', 'He fled toward Los Flores Park.')).toBe('He fled toward Los Flores Park.');
    // the family stays withheld
    expect(said('over-given-name-plural-as-family', 'Daniel Okafor', 'The Okafors were told. Okafor was shot.')).toBe("The officer's family were told. The officer was shot.");
    expect(said('over-plural-surname-las-vegas', 'Carmen Vega', 'The Vegas were told.')).not.toMatch(/Vega/u);
  });

  it('"Al\'s Diner" for an officer al-Rashid; the surname is still withheld', () => {
    expect(built('over-particle-al-possessive').text.description).toContain("He ate at Al's Diner.");
    expect(said('over-particle-al-possessive', 'Omar al-Rashid', 'Al-Rashid was shot. Officer al-Rashid died. Rashid fired. Al Rashid left.')).toBe(
      'An officer was shot. The officer died. The officer fired. The officer left.',
    );
    expect(said('over-particle-al-possessive', 'Nour el-Sayed', "He ate at El's Grill. El-Sayed was shot.")).toBe("He ate at El's Grill. An officer was shot.");
    expectWithheld('over-particle-al-possessive', 'Omar al-Rashid', 'Al-Rashid was shot.');
  });
});
