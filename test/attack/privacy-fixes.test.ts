// Regression cases found while fixing the privacy findings (adversarial pass): leaks the fixes must not open.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { buildBlueAlert, cancelBlueAlert, safeBuildBlueAlert } from '../../src/index.js';

const NOW = '2026-11-22T21:30:00Z';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Req = any;
const base = (): Req => JSON.parse(readFileSync(new URL('../../examples/request.json', import.meta.url), 'utf8'));
const withSummary = (summary: string, officer: Record<string, unknown> = {}): Req => {
  const r = base();
  r.incident.summary = summary;
  Object.assign(r.officer, officer);
  return r;
};
const description = (r: Req): string => buildBlueAlert(r, { now: NOW }).text.description;
const code = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe('privacy fixes: what must still be withheld', () => {
  it('a surname alone after toward/into is not read as a place', () => {
    expect(description(withSummary('The suspect ran toward Okafor and fired.'))).not.toContain('Okafor');
  });
  it('a full name after near/in without a place word is the officer', () => {
    expect(description(withSummary('Shots fired near Daniel Okafor today.'))).not.toContain('Okafor');
  });
  it('a possessive after a place preposition is the person', () => {
    expect(description(withSummary("Flowers left in Okafor's memory."))).not.toContain('Okafor');
  });
  it('digits for letters with 1 as i and l ("Dan1el 0kaf0r")', () => {
    expect(description(withSummary('Officer Dan1el 0kaf0r was shot.'))).not.toMatch(/Dan1el|0kaf0r/);
  });
  it('Greek and Cyrillic capitals, mixed with Latin ("ОКАФОР", "Okaφor")', () => {
    expect(description(withSummary('Officer ОКАФОР was shot.'))).not.toContain('ОКАФОР');
    expect(description(withSummary('Officer Okaφor was shot.'))).not.toContain('Okaφor');
  });
  it('a Cherokee look-alike spelling is withheld', () => {
    const d = description(withSummary('Officer DANIEL OKAFOR was shot.'.replace('A', '\u13AA').replace('D', '\u13A0')));
    expect(d).not.toMatch(/ANIEL|OKAFOR/);
  });
  it('badge digit words with a trailing comma or Spanish words after "placa"', () => {
    expect(description(withSummary('Badge four four seven one, shot.'))).not.toContain('four four seven one');
    const r = base();
    r.languages = ['en-US', 'es-US'];
    r.incident.es = { summary: 'El agente de placa cuatro cuatro siete uno fue asesinado.' };
    expect(JSON.stringify(buildBlueAlert(r, { now: NOW }).text)).not.toContain('cuatro cuatro siete uno');
  });
  it('percent-encoded badge in an address', () => {
    expect(description(withSummary('See https://x.example/%34%34%37%31/page'))).not.toContain('%34%34%37%31');
  });
  it('a reason "Shield #44-71" without the request is refused', () => {
    const first = buildBlueAlert(base(), { now: NOW });
    expect(code(() => cancelBlueAlert(first, { reason: 'Shield #44-71 is safe.', now: '2026-11-22T23:00:00Z' }))).toBe('officer_identity_unknown');
  });
  it('without officer identity, a reason with "the badge" and no number builds', () => {
    const r = base();
    delete r.officer.name;
    delete r.officer.badge;
    r.incident.summary = 'An officer was shot; the badge was recovered.';
    expect(code(() => buildBlueAlert(r, { now: NOW }))).toBeUndefined();
  });
  it('Hangul name next to a Korean police title is refused for a Latin-named officer', () => {
    expect(code(() => buildBlueAlert(withSummary('오카포 경관이 총에 맞았다.'), { now: NOW }))).toBe('officer_identity_unknown');
  });
  it('an unknown key naming the officer in capitals is still scrubbed in message and path', () => {
    const r = base();
    r.officer.name = 'May Fields';
    r.incident['MayFields'] = 1;
    const res = safeBuildBlueAlert(r, { now: NOW });
    expect(JSON.stringify(res)).not.toContain('MayFields');
  });
});

describe('privacy fixes: what is kept', () => {
  it('"a Black man" and "heading north" (officers Black, North) keep their sense', () => {
    expect(description(withSummary('The suspect, a Black man, shot Officer Sam Black.', { name: 'Sam Black' }))).toContain('a Black man');
    expect(description(withSummary('Officer Kim North was shot. The suspect was heading North on I-25.', { name: 'Kim North' }))).toContain('heading North on I-25');
  });
  it('the titled name is still removed next to a kept sense', () => {
    const d = description(withSummary('Officer Ana May was shot. The suspect, wanted since May 3, fled.', { name: 'Ana May' }));
    expect(d).not.toContain('Officer Ana May');
    expect(d).not.toContain('Ana');
  });
});

describe('privacy fixes: the officer written together with an apostrophe, a hyphen or a particle (red team, speed round)', () => {
  const withAlias = (officerName: string, alias: string): Req => {
    const r = base();
    r.officer.name = officerName;
    r.suspects[0].alias = alias;
    return r;
  };
  const publicText = (r: Req): string => {
    const m = buildBlueAlert(r, { now: NOW });
    return `${m.xml}\n${JSON.stringify(m.text)}\n${JSON.stringify(m.warnings)}`;
  };
  it('a title written together with a surname that has an apostrophe ("OfficerO’Connor", "OfficerO\'Connor")', () => {
    for (const summary of ['OfficerO’Connor was shot at the scene.', "OfficerO'Connor was shot at the scene."]) {
      const text = publicText(withSummary(summary, { name: "Abraham O'Connor" }));
      expect(text).not.toMatch(/Connor/i);
    }
  });
  it('a given name written together with a hyphenated surname, in a suspect alias ("JoséGarcía-López")', () => {
    const text = publicText(withAlias('José García-López', 'JoséGarcía-López'));
    expect(text).not.toMatch(/L[oó]pez|Garc[ií]a/i);
  });
  it('the same in the summary builds (it was refused by the guard) and withholds the name', () => {
    const text = publicText(withSummary('JoséGarcía-López was shot at the scene.', { name: 'José García-López' }));
    expect(text).not.toMatch(/L[oó]pez|Garc[ií]a/i);
  });
  it('a name with particles written twice together in an alias ("de la Cruzde la Cruz"): no "la Cruz" left for the suspect', () => {
    const text = publicText(withAlias('de la Cruz', 'de la Cruzde la Cruz'));
    expect(text).not.toMatch(/Cruz/i);
  });
  it('a suspect who only shares the surname keeps it, and a hyphenated other person is not the officer', () => {
    expect(publicText(withAlias('de la Cruz', 'Cruz'))).toContain('(aka Cruz)');
    expect(publicText(withAlias('Daniel Okafor', 'Okafor-Smith'))).toContain('Okafor-Smith');
  });
});

describe('privacy fixes: a written-together identity that ends at an apostrophe or hyphen (red team on the joiner fix)', () => {
  const summaryText = (summary: string, officer: Record<string, unknown> = {}): string => {
    const m = buildBlueAlert(withSummary(summary, officer), { now: NOW });
    return `${m.xml}\n${JSON.stringify(m.text)}`;
  };
  it('"OfficerOkafor\'s", "Okafor4471\'s", "DanielOkafor-led", curly apostrophe: withheld, the suffix kept', () => {
    for (const summary of ["OfficerOkafor's partner was hit.", 'OfficerOkafor’s partner was hit.', "Okafor4471's partner was hit.", 'The DanielOkafor-led unit was hit.', 'OfficerOkafor-style tactics were used.']) {
      const text = summaryText(summary);
      expect(text, summary).not.toMatch(/Okafor|Daniel|4471/i);
    }
    expect(description(withSummary("OfficerOkafor's partner was hit."))).toContain("officer's partner");
    expect(description(withSummary('The DanielOkafor-led unit was hit.'))).toContain('officer-led unit');
  });
  it('a hyphenated surname written together, then a suffix ("JoséGarcía-López\'s", "OfficerO\'Connor-led")', () => {
    expect(summaryText("JoséGarcía-López's partner was hit.", { name: 'José García-López' })).not.toMatch(/L[oó]pez|Garc[ií]a/i);
    expect(summaryText("The OfficerO'Connor-led unit was hit.", { name: "Abraham O'Connor" })).not.toMatch(/Connor/i);
  });
  it('a long hyphenated run around the written-together identity ("a-a-…-DanielOkafor", "DanielOkafor-led-multi-agency-…")', () => {
    for (const summary of [`${'a-'.repeat(30)}DanielOkafor was hit.`, 'DanielOkafor-led-multi-agency-search-and-rescue-and-recovery-operation-team was hit.', `${'a-'.repeat(40)}OfficerOkafor's-partner was hit.`]) {
      expect(summaryText(summary), summary).not.toMatch(/Okafor|Daniel/i);
    }
  });
  it('the parts of a compound surname in another order are another person: a suspect "Pedro López-García"', () => {
    const r = base();
    r.officer.name = 'José García-López';
    r.suspects[0].name = 'Pedro López-García';
    expect(buildBlueAlert(r, { now: NOW }).text.description).toContain('Pedro López-García');
    r.suspects[0].name = 'Pedro García-López-Smith';
    expect(buildBlueAlert(r, { now: NOW }).text.description).toContain('García-López-Smith');
  });
});

describe('privacy fixes: a hyphenated identity (third red team)', () => {
  // each was published; the same words with a space between them were withheld
  it('the name parts joined by a hyphen, in either order, are the officer: "Daniel-Okafor", "Okafor-Daniel Towing"', () => {
    expect(description(withSummary('The suspect shot Daniel-Okafor at the stop.'))).not.toMatch(/Daniel|Okafor/);
    expect(description(withSummary('Vigil for #daniel-okafor tonight.'))).not.toMatch(/daniel|okafor/);
    expect(description(withSummary('Suspect fled toward Okafor-Daniel Towing.'))).not.toContain('Okafor');
    expect(description(withSummary('Suspect fled toward Okafor Towing.'))).not.toContain('Okafor');
    const p = base();
    p.officer.name = 'Anne Price';
    for (const place of ['Anne-Price Florist, Denver', 'Anne Price Florist, Denver']) {
      p.incident.location = place;
      expect(buildBlueAlert(p, { now: NOW }).text.description).not.toContain('Price');
    }
  });
  it('the badge joined to a name part by a hyphen: "4471-Okafor", "Okafor-4471", "Officer-Okafor-4471"', () => {
    for (const s of ['Shot 4471-Okafor at the stop.', 'Shot Okafor-4471 at the stop.', 'Shot Officer-Okafor-4471 at the stop.']) {
      expect(description(withSummary(s))).not.toMatch(/4471|Okafor/);
    }
  });
  it('a compound surname with the given name or badge: "José-García-López", "García-López-4471"', () => {
    const r = base();
    r.officer.name = 'José García-López';
    for (const s of ['The suspect shot José-García-López.', 'The suspect shot García-López-4471.', 'The suspect shot López-José.']) {
      r.incident.summary = s;
      expect(buildBlueAlert(r, { now: NOW }).text.description).not.toMatch(/Garc|L[oó]pez|4471/);
    }
  });
  it('the given name written together with the particle of a spaced surname: "Annede la Cruz" is one mention', () => {
    const r = base();
    r.officer.name = 'Anne de la Cruz';
    r.incident.summary = 'Officer Annede la Cruz was hit.';
    const d = buildBlueAlert(r, { now: NOW }).text.description;
    expect(d).not.toMatch(/Anne|Cruz/);
    expect(d).toMatch(/^An officer was hit\./);
  });
  it('one identity word in a hyphenated run, or another word with it, is unchanged: "Okafor-Smith barbershop"', () => {
    expect(description(withSummary('Shots near the Okafor-Smith barbershop.'))).toContain('Okafor-Smith');
  });
});
