// Red team 16 (2026-12-03, black box): leaks of the officer's identity left by the red team 15 fixes. Each request
// under requests/redteam16 published identity before its fix; what is left is listed in docs/privacy.md ("Found by
// red team 16 and left").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';

type Request = {
  officer: { name: string; badge?: string };
  incident: { summary?: string; location?: string };
  suspects: { direction?: string; destinations?: string[]; alias?: string; description?: { marks?: string; clothing?: string } }[];
  note?: string;
};
const OPTIONS = { now: '2026-11-22T21:30:00Z', override: { reason: 'test' } };
const load = (name: string): Request => JSON.parse(readFileSync(new URL(`./requests/redteam16/${name}.json`, import.meta.url), 'utf8')) as Request;
const build = (r: Request, options: object = {}) => buildBlueAlert(r as never, { ...OPTIONS, ...options });
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
/** The published XML for one change to the request. */
const with_ = (r: Request, change: (c: Request) => void): string => {
  const c = structuredClone(r);
  change(c);
  return published(c);
};

describe('red team 16: a location field that is nothing but the name', () => {
  it('destinations "Daniel", "D4nny", "Okafors", "Danny" are withheld; "Dan River", "Oklahoma", "Okafor Park" stay', () => {
    const r = load('leak-destination-given-name-nickname-leet');
    const out = published(r);
    for (const w of ['toward daniel', 'd4nny', 'okafors']) expect(out, w).not.toContain(w);
    expect(out).toContain('possibly toward [name withheld]');
    for (const place of ['Dan River', 'Oklahoma', 'Okafor Park']) {
      expect(with_(r, (c) => { c.suspects[0]!.destinations = [place]; }), place).toContain(`toward ${place.toLowerCase()}`);
    }
  });

  it('a location "RIP 0kaf0r", "(0kaf0r)", "Okafors", "Call 0kaf0r!", "Danny O." is withheld; "Dan River", "Oklahoma City" stay', () => {
    expect(published(load('leak-leet-in-location-field'))).not.toContain('0kaf0r');
    expect(published(load('leak-location-given-plus-initial'))).not.toContain('danny o.');
    const r = load('leak-leet-in-location-field');
    for (const v of ['RIP 0kaf0r', '(0kaf0r)', 'Okafors', 'Call 0kaf0r!', '0kaf0r, 0kaf0r', 'Danny O.', 'Dan O.', 'daniel.o']) {
      const out = with_(r, (c) => { c.incident.location = v; });
      expect(out, v).not.toContain(v.toLowerCase());
      expect(out, v).toContain('[name withheld]');
    }
    for (const place of ['Dan River', 'Oklahoma City', 'W Colfax Ave and N Broadway, Denver']) {
      expect(with_(r, (c) => { c.incident.location = place; }), place).toContain(place.toLowerCase());
    }
  });
});

describe('red team 16: handles with digits inside, a particle surname, a suspect alias joined with dots', () => {
  it('"okafor1daniel", "danielokaf0r1", "d4nielokafor1", "daniel2okafor" are withheld whole; "f150", "Dan2", "danger" stay', () => {
    const r = load('leak-handle-surname-digit-given');
    expect(published(r)).not.toContain('okafor1daniel');
    expect(summaryOut(r, 'Posted as okafor1daniel, danielokaf0r1, d4nielokafor1 and daniel2okafor today.')).toBe('Posted as [withheld], [withheld], [withheld] and [withheld] today.');
    expect(summaryOut(r, 'A white F-150 and danger near I-25; Dan2 posted.')).toBe('A white F-150 and danger near I-25; Dan2 posted.');
  });

  it('"alejandrodlcruz" for an officer Alejandro de la Cruz', () => {
    const r = load('leak-handle-particle-given-dl-surname');
    expect(published(r)).not.toContain('alejandrodlcruz');
    expect(summaryOut(r, 'Posted as alejandrodlcruz now.')).toBe('Posted as [withheld] now.');
    expect(summaryOut(r, 'Posted as handlcruz now.')).toBe('Posted as handlcruz now.');
  });

  it('a suspect alias "daniel.okafor", "okafor.daniel", "Danny.Okafor.1", "okafor.4471" is withheld; "danger.zone" stays', () => {
    expect(published(load('leak-alias-joined-fullname-and-badge'))).not.toContain('daniel.okafor');
    expect(published(load('leak-alias-badge-dot'))).not.toContain('okafor.4471');
    const r = load('leak-alias-badge-dot');
    for (const a of ['daniel.okafor', 'okafor.daniel', 'Danny.Okafor.1', 'okafor.4471']) {
      expect(with_(r, (c) => { c.suspects[0]!.alias = a; }), a).not.toContain(a.toLowerCase());
    }
    expect(with_(r, (c) => { c.suspects[0]!.alias = 'danger.zone'; })).toContain('danger.zone');
  });
});

describe('red team 16: hashtags and handles in leetspeak, and never replaced in part', () => {
  it('"#RIP0kaf0r", "#0kaf0rStrong", "#RIPD4nny" are withheld whole; "#DenverStrong", "#F-150" stay', () => {
    const r = load('leak-hashtag-leet');
    expect(published(r)).not.toContain('0kaf0r');
    expect(summaryOut(r, 'Share #RIP0kaf0r and #RIPD4nny and #0kaf0rStrong now.')).toBe('Share [withheld] and [withheld] and [withheld] now.');
    expect(summaryOut(r, 'See #DenverStrong and #F-150 on I-25.')).toBe('See #DenverStrong and #F-150 on I-25.');
  });

  it('"#RIP_0kaf0r", "#Oka-for", "@0kaf0r", "#D4nnyStrong" go whole as "[withheld]"', () => {
    const r = load('other-partial-hashtag-handle');
    const out = published(r);
    for (const w of ['#rip_', 'an officer', '#[withheld]', '@the']) expect(out, w).not.toContain(w);
    expect(summaryOut(r, 'Share #RIP_0kaf0r, #Oka-for, @0kaf0r and #D4nnyStrong.')).toBe('Share [withheld], [withheld], [withheld] and [withheld].');
  });
});

describe('red team 16: letters written apart with a digit for a letter', () => {
  it('"O-K-A-F-0-R", "0-K-A-F-0-R", "O-K-4-F-O-R" are withheld in prose and as a whole field; "I-25", "F-150", "A-1-A" stay', () => {
    expect(published(load('leak-spelled-out-with-digit'))).not.toContain('o-k-a-f-0-r');
    const r = load('leak-spelled-out-with-digit-prose');
    expect(published(r)).not.toContain('0-k-a-f-0-r');
    expect(summaryOut(r, 'He shouted 0-K-A-F-0-R and O-K-4-F-O-R.')).not.toMatch(/k-a-f|k-4-f/i);
    expect(summaryOut(r, 'O-K-A-F-0-R')).toBe('An officer.');
    expect(summaryOut(r, 'Take I-25 to F-150 A-1-A now.')).toBe('Take I-25 to F-150 A-1-A now.');
  });
});

describe('red team 16: short forms of a given name, also through its other-language form', () => {
  it('Bob/Rob for Roberto, Bill/Will for Guillermo, Joe for José, Ed/Eddie for Eduardo, Hank, Molly, Sally, Lisa, Greg, Chema', () => {
    const r = load('leak-nickname-table-gaps');
    expect(published(r)).not.toMatch(/\bbob\b/);
    const cases: [string, string][] = [
      ['Roberto Brandt', 'Bob'], ['Roberto Brandt', 'Rob'], ['Guillermo Brandt', 'Bill'], ['Guillermo Brandt', 'Will'],
      ['José Brandt', 'Joe'], ['Eduardo Brandt', 'Ed'], ['Edward Brandt', 'Teddy'], ['Theodore Brandt', 'Ted'],
      ['Henry Brandt', 'Hank'], ['Mary Brandt', 'Molly'], ['Sarah Brandt', 'Sally'], ['Ann Brandt', 'Annie'],
      ['Elizabeth Brandt', 'Lisa'], ['Gregorio Brandt', 'Greg'], ['José María Brandt', 'Chema'],
    ];
    for (const [officer, short] of cases) expect(summaryOut(r, `${short} was shot.`, officer), `${short} for ${officer}`).toBe('An officer was shot.');
    expect(summaryOut(r, 'We will rob no one; the bill is due.', 'Roberto Brandt')).toBe('We will rob no one; the bill is due.');
    expect(summaryOut(r, 'Bob was shot.', 'Daniel Brandt')).toBe('Bob was shot.');
  });
});
