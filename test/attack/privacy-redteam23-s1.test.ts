// Re-attack 23 (2026-12-03), helper s1: P1, the officer's own surname published when the text writes it with an
// apostrophe, ʻokina, ‘ ’ ` ʼ or a space the name field does not have ("Patrick OBrien" on file, "Patrick O'Brien
// was shot" -> "An officer O'Brien was shot"; "Ka'aihue" on file, "Kaʻaihue" kept; "Yellowhorse" on file, "Yellow
// Horse" kept), and the independent guard silent on all of them. Cases from /tmp/rt23/findings/cases/P1*.json
// (copied under requests/redteam23) and generated variants; the everyday words and a place written apart stay.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';
import { findGuardLeaks, guardTokens } from '../../src/privacy/guard.js';

type Req = Record<string, any>;
const load = (name: string): Req => JSON.parse(readFileSync(new URL(`./requests/redteam23/${name}.json`, import.meta.url), 'utf8')) as Req;
const NOW = { now: '2026-11-22T14:20:00-07:00' };
const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 40);

/** The build of a case with the officer's name and the summary (and the Spanish summary) replaced when given. */
function built(name: string, officer?: string, summary?: string, es?: string) {
  const r = load(name);
  if (officer !== undefined) r.officer.name = officer;
  if (summary !== undefined) r.incident.summary = summary;
  if (es !== undefined) {
    r.languages = ['en-US', 'es-US'];
    r.incident.es = { summary: es };
  }
  const res = safeBuildBlueAlert(r as never, NOW as never);
  if (!res.success) throw new Error(`${name}: refused ${JSON.stringify(res.issues).slice(0, 300)}`);
  return res.data;
}
/** The English description's own sentences (before the "Place:" the library adds). */
function said(name: string, officer?: string, summary?: string): string {
  const d = built(name, officer, summary).text.description;
  return d.slice(0, d.indexOf(' Place:'));
}
/** Everything published: the XML, every text and the warnings. */
function published(name: string, officer?: string, summary?: string, es?: string): string {
  const m = built(name, officer, summary, es);
  return `${m.xml}\n${JSON.stringify(m.text)}\n${JSON.stringify(m.warnings)}`;
}
/** The published text folded with apostrophe-like marks, hyphens and spaces left out: the surname in any spelling. */
const squeezed = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’‘`ʼʻ\s-]/gu, '');

describe('re-attack 23 P1: the reproducers', () => {
  it('P1 (Hawaiian: "Ka\'aihue" on file, "Kaʻaihue" in the text)', () => {
    expect(said('P1')).toBe('An officer was shot during a traffic stop in Waipahu. THE OFFICER WAS A 12-YEAR VETERAN.');
    expect(squeezed(published('P1'))).not.toContain('kaaihue');
  });
  it('P1b (Irish: "Patrick OBrien" on file, "O\'Brien" in the text)', () => {
    const out = published('P1b');
    expect(squeezed(out)).not.toContain('obrien');
    expect(said('P1b')).toMatch(/^An officer was shot/);
  });
  it('P1c (Navajo: "Aiyana Yellowhorse" on file, "Yellow Horse" in the text)', () => {
    expect(squeezed(published('P1c'))).not.toContain('yellowhorse');
  });
});

describe('re-attack 23 P1: every apostrophe-like mark and space, every field form', () => {
  const marks = ["'", '\u02bb', '\u2018', '\u2019', '`', '\u02bc'];
  it.each([
    ['Keola Kaaihue', 'Ka', 'aihue'],
    ["Keola Ka'aihue", 'Ka', 'aihue'],
    ['Keola Ka\u2019aihue', 'Ka', 'aihue'],
    ['Sina Faamausili', 'Fa', 'amausili'],
    ['Tevita Toomata', 'To', 'omata'],
    ['Mia DAmico', 'D', 'Amico'],
    ['Rosa Dangelo', 'D', 'Angelo'],
    ['Shaquille ONeal', 'O', 'Neal'],
  ])('%s with %s?%s in the text', (officer, head, tail) => {
    for (const mark of marks) {
      const surname = `${head}${mark}${tail}`;
      const text = `${surname} was shot during a traffic stop. ${surname.toUpperCase()} WAS A 12-YEAR VETERAN. Officer ${surname} served 12 years. Prayers for the ${surname} family.`;
      const out = published('P1', officer, text);
      expect(squeezed(out), `${officer} / ${surname}`).not.toContain(squeezed(`${head}${tail}`));
    }
  });

  it.each([
    ['Aiyana Yellowhorse', 'Yellow Horse'],
    ['Tom Runningwater', 'Running Water'],
    ['Ada Littlebear', 'Little Bear'],
    ['Ann VanDyke', 'Van Dyke'],
    ['Luis RuizDiaz', 'Ruiz Diaz'],
    ['Jo Whitehorse', 'White Horse'],
  ])('%s with "%s" in the text', (officer, apart) => {
    const text = `${apart} was shot during a traffic stop. RIP ${apart.toUpperCase()}. Officer ${apart} served 12 years. Prayers for the ${apart} family.`;
    expect(squeezed(published('P1', officer, text))).not.toContain(squeezed(apart));
  });

  it('the role phrases stay: "Officer O\'Brien" is "An officer", the possessive and all caps keep their form', () => {
    expect(said('P1', 'Patrick OBrien', "Officer O'Brien was shot. O\u2019Brien's cruiser was hit. O'BRIEN WAS A VETERAN.")).toBe(
      "An officer was shot. The officer's cruiser was hit. THE OFFICER WAS A VETERAN.",
    );
    expect(said('P1', 'Aiyana Yellowhorse', 'Aiyana Yellow Horse was shot. YELLOW HORSE WAS A VETERAN.')).toBe('An officer was shot. THE OFFICER WAS A VETERAN.');
  });

  it('Spanish text: "O\'Brien fue herido" reads "Un agente fue herido"', () => {
    const m = built('P1', 'Patrick OBrien', 'An officer was shot.', "O'Brien fue herido en Waipahu. La familia O’Brien pide privacidad. O'BRIEN ERA UN VETERANO.");
    const es = (m.text as unknown as { es: { description: string } }).es.description;
    expect(es).toContain('Detalles: Un agente fue herido en Waipahu. La familia del agente pide privacidad. EL AGENTE ERA UN VETERANO.');
    expect(squeezed(JSON.stringify(m.text))).not.toContain('obrien');
    const y = built('P1', 'Aiyana Yellowhorse', 'An officer was shot.', 'Aiyana Yellow Horse murió. YELLOW HORSE ERA UN VETERANO.');
    expect(squeezed(JSON.stringify(y.text))).not.toContain('yellowhorse');
  });

  it('other free-text fields: the note, a suspect description, the location', () => {
    const r = load('P1b');
    r.incident.location = "Near the O'Brien home, W Colfax Ave";
    r.suspects[0].description.marks = "tattoo reading O'BRIEN on left arm";
    r.note = "Contact Patrick O'Brien's sergeant.";
    const res = safeBuildBlueAlert(r as never, NOW as never);
    const out = res.success ? `${res.data.xml}\n${JSON.stringify(res.data.text)}` : '';
    expect(res.success).toBe(true);
    expect(squeezed(out)).not.toContain('obrien');
  });

  it('generated: any mark, any split of the surname, any case, in any of four sentences', () => {
    const surnames = fc.constantFrom('Kaaihue', 'Faamausili', 'Yellowhorse', 'Runningwater', 'Obrien', 'Damico', 'Vandyke');
    const sep = fc.constantFrom("'", '\u02bb', '\u2019', '\u2018', '`', ' ');
    const frame = fc.constantFrom((n: string) => `${n} was shot.`, (n: string) => `Officer ${n} died.`, (n: string) => `RIP ${n.toUpperCase()}.`, (n: string) => `The ${n} family asks for privacy.`);
    fc.assert(
      fc.property(surnames, sep, fc.integer({ min: 1, max: 4 }), frame, (surname, mark, at, write) => {
        const cut = Math.min(at, surname.length - 2);
        const apart = `${surname.slice(0, cut)}${mark}${surname.charAt(cut).toUpperCase()}${surname.slice(cut + 1)}`;
        // a space splits only into pieces of two letters or more (a one-letter word is no piece of a name)
        if (mark === ' ' && cut < 2) return;
        expect(squeezed(published('P1', `Ann ${surname}`, write(apart)))).not.toContain(surname.toLowerCase());
      }),
      { numRuns: NUM_RUNS, seed: 2323 },
    );
  });
});

describe('re-attack 23 P1: the other direction, the surname spaced on file and written together in the text', () => {
  it.each([
    ['Aiyana Yellow Horse', 'Aiyana Yellowhorse was shot. Prayers for Aiyana Yellowhorse and family.', 'An officer was shot. Prayers for the officer and family.'],
    ['Ray White Horse', 'Ray Whitehorse was shot.', 'An officer was shot.'],
    ['Ana Ruiz Diaz', 'Ana RuizDiaz was shot.', 'An officer was shot.'],
  ])('%s: one mention, one role ("[name withheld] an officer" before)', (officer, text, out) => {
    expect(said('P1', officer, text)).toBe(out);
  });
});

describe('re-attack 23 P1: the guard reads a name written apart', () => {
  it.each([
    ['Patrick OBrien', "O'Brien was shot"],
    ['Sina Faamausili', 'Faʻamausili was shot'],
    ['Keola Kaaihue', 'KA\u2018AIHUE'],
    ['Aiyana Yellowhorse', 'YELLOW HORSE was a veteran'],
    ['Mia DAmico', "D\u2019Amico's cruiser"],
    ['Ann VanDyke', 'Van Dyke'],
  ])('%s: "%s" is a leak', (officer, text) => {
    const r = load('P1');
    r.officer.name = officer;
    expect(findGuardLeaks(guardTokens(r as never), { text: { description: text } }, [])).toEqual(['text.description']);
  });
  it('words that only begin like the name are no leak ("a yellow horseshoe")', () => {
    const r = load('P1');
    r.officer.name = 'Aiyana Yellowhorse';
    expect(findGuardLeaks(guardTokens(r as never), { text: { description: 'a yellow horseshoe' } }, [])).toEqual([]);
  });
});

describe('re-attack 23 P1: what stays', () => {
  it('everyday words written apart in lower case, in a text with capitals', () => {
    expect(said('P1', 'Aiyana Yellowhorse', 'A suspect towed a yellow horse trailer. Witnesses saw running water.')).toBe(
      'A suspect towed a yellow horse trailer. Witnesses saw running water.',
    );
    const m = built('P1c');
    expect(m.text.description).not.toMatch(/yellow horse/i);
  });
  it('a vehicle field keeps "yellow horse trailer"', () => {
    const r = load('P1c');
    r.suspects[0].vehicle.features = 'towing a yellow horse trailer';
    const res = safeBuildBlueAlert(r as never, NOW as never);
    expect(res.success).toBe(true);
    if (res.success) expect(JSON.stringify(res.data.text)).toContain('yellow horse trailer');
  });
  it('a place written apart is a place, as the name written together is ("White Horse Road")', () => {
    expect(said('P1', 'Jo Whitehorse', 'The suspect fled on White Horse Road.')).toBe('The suspect fled on White Horse Road.');
    expect(said('P1', 'Jo Whitehorse', 'The suspect fled on Whitehorse Road.')).toBe('The suspect fled on Whitehorse Road.');
  });
  it('possessives and contractions are no split name ("Okafor\'s", "don\'t")', () => {
    expect(said('P1', 'Daniel Okafor', "Okafor's cruiser was hit. Don't approach.")).toBe("The officer's cruiser was hit. Don't approach.");
  });
});
