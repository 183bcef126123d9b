// Red team 15 (2026-12-03, black box): free-text leaks of the officer's identity. Each request under
// requests/redteam15 published identity before its fix; what is left is listed in docs/privacy.md ("Found by red
// team 15 and left").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';

type Request = {
  officer: { name: string; badge?: string };
  incident: { summary?: string };
  suspects: { direction?: string; weapons?: string }[];
  area: { description?: string };
  note?: string;
};
const OPTIONS = { now: '2026-11-22T21:30:00Z', override: { reason: 'test' } };
const load = (name: string): Request => JSON.parse(readFileSync(new URL(`./requests/redteam15/${name}.json`, import.meta.url), 'utf8')) as Request;
const build = (r: Request) => buildBlueAlert(r as never, OPTIONS);
/** The summary as the description publishes it, for an officer (and badge) given. */
const summaryOut = (r: Request, summary: string, officer?: string, badge?: string): string => {
  const c = structuredClone(r);
  if (officer !== undefined) c.officer.name = officer;
  if (badge !== undefined) c.officer.badge = badge;
  c.incident.summary = summary;
  return build(c).text.description.split(' Place:')[0] ?? '';
};
/** Every text the XML publishes, lower case, for a `not.toContain`. */
const published = (r: Request): string => build(r).xml.toLowerCase();

describe('red team 15: the name written together with digits', () => {
  it('"danielokafor1", "danielokafor2026", "dannyokafor1", "okafordaniel1" are withheld', () => {
    const r = load('leak-joined-fullname-with-digits');
    expect(published(r)).not.toContain('danielokafor1');
    for (const w of ['danielokafor1', 'danielokafor2026', 'dannyokafor1', 'okafordaniel1', '2danielokafor']) {
      expect(summaryOut(r, `The suspect posted as ${w} on social media.`), w).toBe('The suspect posted as [withheld] on social media.');
    }
  });

  it('"thomaswashington2" for an officer Thomas Washington; kept for another officer', () => {
    const r = load('leak-joined-fullname-with-digits');
    expect(summaryOut(r, 'Posted as thomaswashington2 today.', 'Thomas Washington', '3318')).toBe('Posted as [withheld] today.');
    expect(summaryOut(r, 'Posted as thomaswashington2 today.')).toBe('Posted as thomaswashington2 today.');
  });
});

describe('red team 15: digits for letters at the end of a field, letters written apart as a whole field', () => {
  it('"RIP 0kaf0r", "Call 0kaf0r", "0kaf0r" are redacted as "RIP 0kaf0r, hero" was', () => {
    const r = load('leak-leet-surname-at-end-of-text');
    expect(published(r)).not.toContain('0kaf0r');
    for (const [text, out] of [['RIP 0kaf0r', 'RIP an officer.'], ['Call 0kaf0r', 'Call an officer.'], ['0kaf0r', 'An officer.'], ['RIP 0kaf0r, hero', 'RIP an officer, hero.']]) {
      expect(summaryOut(r, text as string), text).toBe(out);
    }
  });

  it('"O-K-A-F-O-R" as a whole note, weapons, area description or direction is withheld', () => {
    const r = load('leak-leet-surname-at-end-of-text');
    for (const field of ['note', 'weapons', 'area', 'direction'] as const) {
      const c = structuredClone(r);
      c.incident.summary = 'An officer was shot.';
      if (field === 'note') c.note = 'O-K-A-F-O-R';
      if (field === 'weapons') c.suspects[0]!.weapons = 'O-K-A-F-O-R';
      if (field === 'area') c.area.description = 'O-K-A-F-O-R';
      if (field === 'direction') c.suspects[0]!.direction = 'O-K-A-F-O-R';
      expect(published(c), field).not.toContain('o-k-a-f-o-r');
    }
  });
});

describe('red team 15: handles with a particle surname\'s initials', () => {
  it('"alejandrodlc", "alexdlc", "dlcruz", "adlcruz" are withheld for an officer Alejandro de la Cruz; "dlc content" stays', () => {
    const r = load('leak-handle-particle-initials');
    expect(build(r).text.description).toContain('The suspect posted as [withheld] and [withheld] on social media.');
    for (const w of ['alejandrodlc', 'alexdlc', 'dlcruz', 'adlcruz']) {
      expect(summaryOut(r, `Posted as ${w} today.`), w).toBe('Posted as [withheld] today.');
    }
    // the letters alone and ordinary words stay
    expect(summaryOut(r, 'The dlc content and cruz control.')).toBe('The dlc content and cruz control.');
  });
});

describe('red team 15: a badge with a hyphen and a letter or call sign', () => {
  it('"unit 4471-A", "car 4471-Adam", "Call sign 4471-B" are withheld; "F-150", "I-25", "X5", "C300" stay', () => {
    const r = load('leak-badge-hyphen-letter-suffix');
    expect(build(r).text.description).toContain('Radio traffic from unit [withheld] stopped; car [withheld] went silent.');
    expect(summaryOut(r, 'Call sign 4471-B went quiet.')).toBe('Call sign [withheld] went quiet.');
    expect(summaryOut(r, 'Officer 4471-A was shot.')).not.toContain('4471');
    // without a unit word the number and letter are a model's or a plate's
    expect(summaryOut(r, 'Model 4471-B, partial plate 4471-B.')).toBe('Model 4471-B, partial plate 4471-B.');
    // models and roads stay for a badge of their number
    expect(summaryOut(r, 'Seen in a F-150 on I-25.', undefined, '150')).toBe('Seen in a F-150 on I-25.');
    expect(summaryOut(r, 'Seen in a F-150-A on I-25-B.', undefined, '25')).toBe('Seen in a F-150-A on I-25-B.');
    expect(summaryOut(r, 'A X5, a C300 and a Glock 19.')).toBe('A X5, a C300 and a Glock 19.');
  });
});

describe('red team 15: short forms of given names', () => {
  it('"Thom" for Thomas', () => {
    const r = load('leak-nickname-thom-for-thomas');
    expect(build(r).text.description).not.toContain('Thom ');
    expect(summaryOut(r, 'Thom was shot.')).toBe('An officer was shot.');
  });

  it('"Majo", "Mari", "Pepa" for María José', () => {
    const r = load('leak-nickname-majo-for-maria-jose');
    expect(build(r).text.description).not.toContain('Majo');
    for (const n of ['Majo', 'Mari', 'Pepa']) expect(summaryOut(r, `${n} was shot.`), n).toBe('An officer was shot.');
  });

  it('"Jandro", "Sandro" for Alejandro; "Kat", "Cathleen" for Kathleen', () => {
    const r = load('leak-nickname-jandro-for-alejandro');
    expect(build(r).text.description).not.toContain('Jandro');
    expect(summaryOut(r, 'Sandro was shot.')).toBe('An officer was shot.');
    for (const n of ['Kat', 'Cathleen']) expect(summaryOut(r, `${n} was shot.`, 'Kathleen Moore', '5120'), n).toBe('An officer was shot.');
  });
});

describe('red team 15: a name as the suspect\'s direction', () => {
  it('"Daniel", "Danny", "D4n13l" as the direction is "[name withheld]"; "east toward Dan River" stays', () => {
    const r = load('leak-direction-given-name');
    expect(build(r).text.description).toContain('heading [name withheld]');
    for (const d of ['Danny', 'D4n13l']) {
      const c = structuredClone(r);
      c.suspects[0]!.direction = d;
      expect(build(c).text.description, d).toContain('heading [name withheld]');
    }
    // a compass direction and a place stay
    const c = load('leak-direction-given-name');
    c.suspects[0]!.direction = 'east toward Dan River';
    expect(build(c).text.description).toContain('heading east toward Dan River');
  });
});

describe('red team 15: a surname split by a hyphen inside the word', () => {
  it('"Oka-for" in the note and the weapons is withheld; "well-known", "Oklahoma", "Okafor-Jones shop" stay', () => {
    const r = load('leak-hyphen-split-surname');
    expect(published(r)).not.toContain('oka-for');
    expect(summaryOut(r, 'Oka-for was shot.')).toBe('An officer was shot.');
    // hyphenated words and places stay
    const text = 'A well-known co-operation in Oklahoma; the Okafor-Jones shop; for-profit.';
    expect(summaryOut(r, text)).toBe(text);
  });
});

describe('red team 15: a handle replaced in part', () => {
  it('"d_0kaf0r", "d_okafor", "okafor.daniel1", "alejandro.dlc" are withheld whole', () => {
    const r = load('other-partial-handle-garbled');
    expect(build(r).text.description).toContain('The suspect posted as [withheld] on social media.');
    for (const w of ['d_0kaf0r', 'd_okafor', 'okafor.daniel1', 'okafor_1']) {
      expect(summaryOut(r, `Posted as ${w} today.`), w).toBe('Posted as [withheld] today.');
    }
    expect(summaryOut(r, 'Posted as alejandro.dlc today.', 'Alejandro de la Cruz', '5120')).toBe('Posted as [withheld] today.');
    // a sentence with no space after its full stop stays a sentence
    expect(summaryOut(r, 'They shot Okafor.Then they fled.')).toBe('They shot an officer.Then they fled.');
    expect(summaryOut(r, 'Sgt.Okafor was shot.')).toBe('A sergeant was shot.');
  });
});
