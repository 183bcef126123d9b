// Re-attack 20 (2026-12-03), helper q2: over-redactions and a wrong refusal. F4/F11: a nickname that is a word
// ("Tattoo", "Hoodie", "Boots") erased that thing from the suspect's description and from prose; F5: a nickname
// "Dent" or "Tail" refused a build whose vehicle has a "dented tailgate"; F6/F8: an officer West, North, Lane or
// Street turned "West of Federal", "West Denver", "Street closures", "North and south lanes" into the role. Each
// request under requests/redteam20 failed before its fix; the officer stays withheld where the word names them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cancelBlueAlert, safeBuildBlueAlert } from '../../src/index.js';

type Case = { request: Record<string, any>; options: Record<string, unknown> };
const load = (id: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam20/${id}.json`, import.meta.url), 'utf8')) as Case;

/** The build of a case, changed by `edit` first; throws when refused. */
function built(id: string, edit?: (r: Record<string, any>) => void) {
  const c = load(id);
  edit?.(c.request);
  const res = safeBuildBlueAlert(c.request as never, c.options as never);
  if (!res.success) throw new Error(`${id}: refused ${JSON.stringify(res.issues.map((i) => `${i.code}@${i.path}`))}`);
  return res.data;
}
/** Everything the alert publishes: the XML and every text. */
const published = (m: { xml: string; text: unknown }): string => `${m.xml} ${JSON.stringify(m.text)}`;
/** The summary's own sentences in the description (before the "Place:" the library adds). */
const said = (m: { text: { description: string } }): string => m.text.description.slice(0, m.text.description.indexOf(' Place:'));
/** A whole word, any case. */
const word = (w: string): RegExp => new RegExp(`\\b${w}\\b`, 'iu');

describe('re-attack 20 F4/F11: a nickname that is a word keeps that word in the suspect description and in prose', () => {
  it('F4: "Tattoo" keeps the suspect\'s "tattoo on neck" (and the Spanish "tatuaje en el cuello")', () => {
    const m = built('F4');
    expect(m.text.description).toContain('blue eyes, tattoo on neck, wearing black hoodie');
    expect(m.text.es?.description).toContain('tatuaje en el cuello');
    expect(m.text.es?.description).not.toContain('en inglés: [name withheld]');
    expect(published(m)).not.toContain('[name withheld]');
  });
  it('F4b: "Hoodie" keeps "black hoodie"; "Hoodie was well liked" and the quoted name are withheld', () => {
    const m = built('F4b');
    expect(m.text.description).toContain('wearing black hoodie, jeans, baseball cap, boots');
    expect(said(m)).toBe('An officer was shot. The officer was well liked.');
    expect(published(m)).not.toMatch(/Hoodie|Okafor|Daniel/u);
  });
  it('F4c: "Boots" keeps "boots"; "Boots was well liked" is withheld', () => {
    const m = built('F4c');
    expect(m.text.description).toContain('baseball cap, boots');
    expect(said(m)).toBe('An officer was shot. The officer was well liked.');
    expect(published(m)).not.toMatch(/Boots|Okafor|Daniel/u);
  });
  it('F11: an officer-missing alert keeps "He has a tattoo on his arm"', () => {
    const m = built('F11');
    expect(m.text.description).toContain('He has a tattoo on his arm.');
    expect(published(m)).not.toMatch(/Tattoo|Okafor|Daniel/u);
  });

  // generated: 12 thing-word nicknames x the suspect's description and prose
  const NICKS = ['Tattoo', 'Hoodie', 'Boots', 'Sneakers', 'Bandana', 'Goggles', 'Tank', 'Jacket', 'Beanie', 'Piercing', 'Stripes', 'Dreads'];
  it.each(NICKS)('a nickname "%s": its lower-case word stays; as a name it is withheld', (nick) => {
    const lower = nick.toLowerCase();
    const m = built('F4', (r) => {
      r.officer.name = `Daniel "${nick}" Okafor`;
      r.incident.summary = `Officer Daniel "${nick}" Okafor was shot. ${nick} was well liked. Friends called him "${nick}". The suspect shot ${lower} twice. Witnesses saw a ${lower} at the scene.`;
      r.suspects[0].description.clothing = `${lower}, jeans`;
      r.suspects[0].description.marks = `${lower} on left arm`;
    });
    expect(m.text.description).toContain(`Witnesses saw a ${lower} at the scene.`);
    expect(m.text.description).toContain(`${lower} on left arm`);
    expect(m.text.description).toContain(`wearing ${lower}, jeans`);
    // the officer: capitalised before what a person did, in quotes, as the object of "shot", with the name
    expect(said(m)).not.toMatch(new RegExp(`\\b${nick}\\b`, 'u'));
    expect(said(m)).toContain('The suspect shot the officer twice.');
    expect(`${m.xml} ${JSON.stringify(m.text)}`.match(new RegExp(`\\b${nick}\\b`, 'gu'))).toBeNull();
    expect(published(m)).not.toMatch(/Okafor|Daniel/u);
  });
  it.each(['Tattoo', 'Hoodie', 'Ziggy'])('a nickname "%s" in text all in lower case, or after "known as", stays withheld', (nick) => {
    const lower = nick.toLowerCase();
    const m = built('F4', (r) => {
      r.officer.name = `Daniel "${nick}" Okafor`;
      r.incident.summary = `Officer Okafor was shot. He was known to friends as ${lower}. He was called ${lower} at work.`;
      r.suspects[0].description.clothing = `officer ${lower} was shot`;
    });
    expect(said(m)).not.toMatch(word(lower));
    expect(m.text.description).not.toContain(`officer ${lower}`);
  });
  it.each(['Hoss', 'Tattoo', 'Ziggy'])('a nickname "%s" in lower case with no article or thing verb before it is withheld', (nick) => {
    const lower = nick.toLowerCase();
    const m = built('F4', (r) => {
      r.officer.name = `Daniel "${nick}" Okafor`;
      r.incident.summary = `Officer Okafor was shot. We love you ${lower}. Rest easy ${lower}. Thank you, ${lower}.`;
    });
    expect(said(m)).not.toMatch(word(lower));
  });
  it.each(['Boots', 'Tattoo', 'Hoodie', 'Hoss', 'Dent', 'Caps'])('a nickname "%s" as a person in lower case, after an article too, is withheld', (nick) => {
    const lower = nick.toLowerCase();
    for (const s of [`rip ${lower}`, `Goodbye ${lower}, you were the best.`, `Everyone loved ${lower}.`, `Friends knew him as ${lower}.`, `Fly high ${lower}!`, `The ${lower} we knew was a hero.`, `A ${lower} was beloved by all.`, `Tribute to ${lower} tonight.`]) {
      const m = built('F4', (r) => {
        r.officer.name = `Daniel "${nick}" Okafor`;
        r.incident.summary = `The officer was shot. ${s}`;
      });
      expect(said(m)).not.toMatch(word(lower));
    }
  });
  it.each(['Boots', 'Tattoo', 'Hoodie'])('a nickname "%s": the thing after an article, a possessive or "wore" stays in prose', (nick) => {
    const lower = nick.toLowerCase();
    const m = built('F4', (r) => {
      r.officer.name = `Daniel "${nick}" Okafor`;
      r.incident.summary = `Officer Okafor was shot. The suspect wore ${lower} and a cap. He had a ${lower} on. Police found two ${lower}s.`;
    });
    expect(said(m)).toBe(`An officer was shot. The suspect wore ${lower} and a cap. He had a ${lower} on. Police found two ${lower}s.`);
  });
  it('a nickname that is a given name ("Danny") stays a strong term: withheld in lower case too', () => {
    const m = built('F4', (r) => {
      r.officer.name = 'Daniel "Danny" Okafor';
      r.incident.summary = 'The officer was shot. Friends said danny loved the job.';
    });
    expect(published(m)).not.toMatch(/danny/iu);
  });
});

describe('re-attack 20 F4 in a Cancel reason: the thing is kept, the officer refused', () => {
  it('a Cancel reason with "a tattoo" is accepted; "Tattoo\'s killer" and "shot tattoo" are refused', () => {
    const c = load('F4');
    const res = safeBuildBlueAlert(c.request as never, c.options as never);
    if (!res.success) throw new Error('refused');
    const cancel = (reason: string) => () => cancelBlueAlert(res.data, { reason, now: '2026-11-22T22:00:00Z', request: c.request } as never);
    expect(cancel('Suspect arrested. He has a tattoo on his neck.')()).toBeDefined();
    expect(cancel("Tattoo's killer arrested.")).toThrow(/officer_identity_leak|names the officer/u);
    expect(cancel('Suspect who shot tattoo arrested.')).toThrow(/officer_identity_leak|names the officer/u);
  });
});

describe('re-attack 20 F5: a nickname inside a longer word is not the nickname', () => {
  it.each(['F5', 'F5b'])('%s: the build succeeds and keeps "dented tailgate"', (id) => {
    const m = built(id);
    expect(m.text.description).toContain('dented tailgate');
    expect(m.text.es?.description).toContain('compuerta trasera abollada');
    expect(published(m)).not.toMatch(/Okafor|Daniel/u);
  });
  it.each([
    ['Dent', 'The incident was an accident near a dentist office.', 'dented tailgate'],
    ['Tail', 'The suspect fled past a retail store.', 'tailgate dented, cocktail sticker'],
    ['Hood', 'The suspect fled toward a neighborhood park.', 'dented hood, childhood photo decal'],
    ['Spike', 'Police used spike strips.', 'spiked wheels'],
  ])('a nickname "%s" inside longer words of prose and vehicle features: builds, words kept', (nick, summary, features) => {
    const m = built('F5', (r) => {
      r.officer.name = `Daniel "${nick}" Okafor`;
      r.incident.summary = `Officer Okafor was shot. ${summary} ${nick} was well liked.`;
      r.suspects[0].vehicle.features = features;
    });
    expect(said(m)).toBe(`An officer was shot. ${summary} The officer was well liked.`);
    expect(m.text.description).toContain(features);
  });
});

describe('re-attack 20 F6/F8: compass and street surnames as directions and street words', () => {
  it('F6: "West of Federal" is kept', () => {
    expect(said(built('F6'))).toBe('The officer was shot at Federal Blvd. West of Federal, traffic is stopped.');
  });
  it.each([
    ['F8a', 'An officer was shot on 5th St. Street closures are in effect.'],
    ['F8b', 'The officer was shot near Main St. An officer was 29. Street parking on Main St. is closed.'],
    ['F8c', 'The officer was shot. The left lane of I-25 is closed. Lane closures on Colfax Ave. An officer returned fire.'],
    ['F8d', 'An officer was shot at N. Broadway. North and south lanes are closed.'],
    ['F8e', 'The officer was shot. The suspect fled on 6th Ave. West on 6th Ave. is closed.'],
    ['F8f', 'The officer was shot in West Denver. An officer died.'],
  ])('%s: the everyday word stays, the officer goes', (id, text) => {
    const m = built(id);
    expect(said(m)).toBe(text);
    expect(published(m)).not.toContain('Amy');
  });

  // generated: each compass surname in the direction senses, and the officer's own uses withheld
  const COMPASS = ['West', 'North', 'South', 'East'];
  it.each(COMPASS)('an officer Amy %s: directions kept, the officer withheld', (x) => {
    const m = built('F6', (r) => {
      r.officer.name = `Amy ${x}`;
      r.incident.summary =
        `Officer Amy ${x} was shot. ${x} of Federal, traffic is stopped. ${x} Aurora is quiet. ${x} on I-25 is closed. ` +
        `${x} side streets are closed. ${x}, 34, was a veteran. ${x} was shot twice. Ofc. ${x} died. ${x} said nothing. The suspect shot ${x} twice. ${x}'s radio was found.`;
    });
    expect(said(m)).toBe(
      `An officer was shot. ${x} of Federal, traffic is stopped. ${x} Aurora is quiet. ${x} on I-25 is closed. ` +
        `${x} side streets are closed. The officer, 34, was a veteran. The officer was shot twice. The officer died. The officer said nothing. The suspect shot the officer twice. The officer's radio was found.`,
    );
    expect(published(m)).not.toContain('Amy');
  });
  it.each(['Street', 'Lane', 'Road', 'Way', 'Court', 'Drive'])('an officer Amy %s: "%s closures" kept, the officer withheld', (x) => {
    const m = built('F6', (r) => {
      r.officer.name = `Amy ${x}`;
      r.incident.summary = `Officer Amy ${x} was shot. ${x} closures are in effect. ${x} parking is limited. ${x} returned fire. ${x}, 34, died. ${x} returns fire.`;
    });
    expect(said(m)).toBe(`An officer was shot. ${x} closures are in effect. ${x} parking is limited. The officer returned fire. The officer, 34, died. The officer returns fire.`);
    expect(published(m)).not.toContain('Amy');
  });
  it('a compass word before a place is the officer when the sentence says what the person did or names an agency', () => {
    const m = built('F6', (r) => {
      r.officer.name = 'Amy West';
      r.incident.summary =
        'The officer was shot. West of Denver PD was shot twice. West of District 4 died. West on I-25 returned fire. West of Federal remains closed, police said.';
    });
    expect(said(m)).toBe('The officer was shot. An officer of Denver PD was shot twice. The officer of District 4 died. The officer on I-25 returned fire. West of Federal remains closed, police said.');
  });
  it('two capitalised compass words may be two officers: "West and North were shot" withholds West', () => {
    const m = built('F6', (r) => {
      r.officer.name = 'Amy West';
      r.incident.summary = 'West and North were shot. North- and southbound lanes are closed.';
    });
    expect(said(m)).not.toMatch(/^West/u);
  });
});

describe('left by red team 19, fixed in re-attack 20 q2: a double surname with "y", and "Mrs." before a double surname', () => {
  it.each([
    ['María de la Cruz y Pérez', 'Deputy', 'María De la Cruz', 'De la Cruz', 'María Pérez', 'deputy'],
    ['José García y Márquez', 'Officer', 'José García', 'García', 'José Márquez', 'officer'],
    ['Ana de León y del Río', 'Officer', 'Ana De León', 'De León', 'Ana del Río', 'officer'],
  ])('an officer %s: each surname with its particles, after the given name or alone, is the officer', (name, title, first, alone, second, role) => {
    const m = built('F6', (r) => {
      r.officer.name = name;
      r.officer.rank = title;
      r.incident.summary = `${title} ${name} was shot. ${first} was taken to the hospital. ${alone} is stable. ${second} thanked nurses.`;
    });
    expect(said(m)).toBe(`${role === 'officer' ? 'An' : 'A'} ${role} was shot. The ${role} was taken to the hospital. The ${role} is stable. The ${role} thanked nurses.`);
  });
  it.each(['Mrs.', 'Ms.', 'Mr.', 'Sra.'])('"%s Adeyemi-Okafor thanked the public" withholds the relative, no role', (h) => {
    const m = built('F6', (r) => {
      r.officer.name = 'Daniel Okafor';
      r.incident.summary = `Officer Daniel Okafor was shot and killed. ${h} Adeyemi-Okafor thanked the public.`;
    });
    expect(said(m)).toBe('An officer was shot and killed. [name withheld] thanked the public.');
    expect(published(m)).not.toMatch(/Adeyemi|Okafor/u);
  });
  it('a rank before the double surname is still the officer ("Officer Okafor-Smith died")', () => {
    const m = built('F6', (r) => {
      r.officer.name = 'Daniel Okafor';
      r.incident.summary = 'Officer Daniel Okafor was shot. Officer Okafor-Smith died.';
    });
    expect(said(m)).toBe('An officer was shot. The officer died.');
  });
});
