// Re-attack 20 (2026-12-03), helper q2: over-redactions and a wrong refusal. F4/F11: a nickname that is a word
// ("Tattoo", "Hoodie", "Boots") erased that thing from the suspect's description and from prose; F5: a nickname
// "Dent" or "Tail" refused a build whose vehicle has a "dented tailgate"; F6/F8: an officer West, North, Lane or
// Street turned "West of Federal", "West Denver", "Street closures", "North and south lanes" into the role. Each
// request under requests/redteam20 failed before its fix; the officer stays withheld where the word names them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

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
  it('a nickname that is a given name ("Danny") stays a strong term: withheld in lower case too', () => {
    const m = built('F4', (r) => {
      r.officer.name = 'Daniel "Danny" Okafor';
      r.incident.summary = 'The officer was shot. Friends said danny loved the job.';
    });
    expect(published(m)).not.toMatch(/danny/iu);
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
