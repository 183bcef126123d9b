// Red team 17 (black box) on the family and the home address: relatives with another surname or a given name only
// (L3), a relative in capitals (L10), the surname before a home word in a location field (L2), a location that calls
// itself a home without "his" (L5), a suspect's surname inside the officer's (L6), a withheld given name before a
// home word (L8), labels, Spanish forms and more home words (L9).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';
import { withholdHome } from '../../src/redaction/kin.js';
import { relativeNameWords, withholdRelativeNames } from '../../src/redaction/relatives.js';

const OPTIONS = { now: '2026-11-22T21:30:00Z', override: { reason: 'test' } };
type Request = Record<string, any>;
const load = (name: string): Request =>
  (JSON.parse(readFileSync(new URL(`./requests/redteam17/${name}.json`, import.meta.url), 'utf8')) as { request: Request }).request;
const build = (request: Request) => buildBlueAlert(request as never, OPTIONS);
/** Every public output: the XML and every text. */
const everything = (m: ReturnType<typeof build>): string => `${m.xml}\n${JSON.stringify(m.text)}`;
const withSummary = (name: string, summary: string, officer?: Record<string, unknown>): Request => {
  const r = structuredClone(load(name));
  r.incident.summary = summary;
  if (officer !== undefined) r.officer = { ...r.officer, ...officer };
  return r;
};

describe('red team 17 L3: relatives with another surname, or by given name only, in every event', () => {
  it('leak-relative-other-surname-any-event: withheld in every output (officer killed)', () => {
    const m = build(load('leak-relative-other-surname-any-event'));
    expect(everything(m)).not.toMatch(/Grace|Adeyemi|Ngozi|Eze\b|Emeka/u);
    expect(m.text.description).toContain("His wife, [name withheld], asked for privacy. The officer's mother, [name withheld], spoke to reporters. His son [name withheld], 12, was in the car.");
  });

  it('leak-relative-other-surname-missing: Spanish, and the fundraiser link with the name', () => {
    const m = build(load('leak-relative-other-surname-missing'));
    expect(everything(m)).not.toMatch(/grace|adeyemi/iu);
    expect(m.text.description).toContain('Su esposa [name withheld] pidió privacidad. GoFundMe for his wife: [withheld]');
    expect(m.text.description).toContain('Officer Daniel Okafor');
    // and a link field holding the relative's name goes whole
    const r = load('leak-relative-other-surname-any-event');
    r.issuer.web = 'https://gofundme.com/f/grace-adeyemi';
    expect(everything(build(r))).not.toMatch(/adeyemi/iu);
  });

  const relatives = [
    ['His widow {R} asked for privacy.', 'Olusegun'],
    ['He is survived by his wife {R} and sons Tunde and Chidi.', 'Mei Lin'],
    ['{R}, her husband, thanked the public.', 'Roberto Salas'],
    ['La esposa del agente, {R}, pidió privacidad.', 'Ana Torres'],
    ['The deputy\'s daughter {R}, 7, was not hurt.', 'Priya'],
    ['The suspect shot the officer in front of his son {R}.', 'Kwame'],
  ] as const;
  it.each(['officer-killed', 'officer-missing'] as const)('generated relatives are withheld (%s), and their name again later in the text', (event) => {
    for (const [sentence, name] of relatives) {
      const r = withSummary('leak-relative-other-surname-missing', `${sentence.replace('{R}', name)} ${name.split(' ')[0]} was at home.`, { name: 'Aroha Ngata', releaseApproved: true });
      r.event = event;
      const m = build(r);
      for (const part of name.split(' ')) expect(everything(m), sentence).not.toContain(part);
    }
  });

  it("a suspect's relative stays named; so does a relative after a suspect earlier in the same sentence", () => {
    const ctx = { officer: new Set(['daniel', 'danny', 'okafor']), suspects: new Set(['marcus', 'lee', 'hale']) };
    const texts = ["The suspect's brother, Tom Hale, was arrested. Hale fled with his brother Tom.", 'Marcus Hale is wanted and his girlfriend Tina Moss may be with him.'];
    expect(relativeNameWords(texts, ctx)).toEqual([]);
    for (const t of texts) expect(withholdRelativeNames(t, ctx)).toBe(t);
    // (red team 18 H5, privacy first: a suspect named only in the sentence before does not own "His girlfriend …")
    expect(withholdRelativeNames('Marcus Hale is wanted. His girlfriend Tina Moss may be with him.', ctx)).toBe('Marcus Hale is wanted. His girlfriend [name withheld] may be with him.');
    const m = build(withSummary('leak-relative-other-surname-any-event', "The suspect's brother, Tom Hale, was arrested. His wife said he was a hero. Amazing grace."));
    expect(m.text.description).toContain("The suspect's brother, Tom Hale, was arrested. His wife said he was a hero. Amazing grace.");
  });
});

describe('red team 17 L10: a relative of a missing officer in capitals, "Mr. and Mrs.", a double surname', () => {
  it('leak-missing-kin-all-caps-sentence', () => {
    const m = build(load('leak-missing-kin-all-caps-sentence'));
    expect(everything(m)).not.toMatch(/GRACE/u);
    expect(m.text.description).toContain('HIS WIFE [name withheld] CALLED 911.');
  });

  it.each([
    ['Thi Nguyen', 'HIS WIFE LAN NGUYEN CALLED 911.', /LAN/u],
    ['Sean O\'Brien', 'Mr. and Mrs. O\'Brien thanked the public.', /Mrs\. O'Brien/u],
    ['Daniel Okafor', 'Grace Okafor-Smith spoke for the family.', /Grace|Okafor-Smith/u],
  ])('%s: %s', (name, summary, leak) => {
    const m = build(withSummary('leak-missing-kin-all-caps-sentence', summary, { name }));
    expect(everything(m)).not.toMatch(leak);
    expect(m.text.description).toContain(`Officer ${name}`);
  });

  it('the officer in capitals stays named: "POLICE FOUND OKAFOR", "DANIEL OKAFOR WAS LAST SEEN"', () => {
    const m = build(withSummary('leak-missing-kin-all-caps-sentence', 'POLICE FOUND OKAFOR. DANIEL OKAFOR WAS LAST SEEN DRIVING.'));
    expect(m.text.description).toContain('POLICE FOUND OKAFOR. DANIEL OKAFOR WAS LAST SEEN DRIVING.');
  });
});

describe('red team 17: the home address', () => {
  it('L2 leak-location-surname-home-parenthetical: surname and address withheld, "the officer\'s home" said', () => {
    const m = build(load('leak-location-surname-home-parenthetical'));
    expect(everything(m)).not.toMatch(/Okafor|12 Elm/u);
    expect(m.text.headline).toContain("Officer killed at [withheld] (the officer's home)");
    for (const [location, name] of [['Ngata Home, 4 Kauri Rd', 'Ngata'], ['55 Ridge Rd (Price home)', 'Price'], ['9 Oak Ave (Kahale Home)', 'Kahale']] as const) {
      const r = structuredClone(load('leak-location-surname-home-parenthetical'));
      r.incident.location = location;
      r.officer.name = `Aroha ${name}`;
      expect(everything(build(r)), location).not.toMatch(new RegExp(`${name}|\\d+ \\p{Lu}\\p{Ll}+ (?:Rd|Ave|Road|Avenue)`, 'u'));
    }
  });

  it('L2, the other side: "followed Okafor home" is no home; "Okafor Park" is a place; "Home Depot, 1200 Main St" is kept', () => {
    const r = withSummary('leak-location-surname-home-parenthetical', 'Investigators believe the suspect followed Okafor home on Nov. 20.');
    r.incident.location = 'Home Depot, 1200 Main St';
    const m = build(r);
    expect(m.text.description).toContain('the suspect followed an officer home on Nov. 20.');
    expect(m.text.description).toContain('Place: Home Depot, 1200 Main St.');
  });

  it.each(['leak-missing-lastknown-residence-label', 'leak-missing-lastknown-home-dash'])('L5 %s: the house number part is withheld', (name) => {
    const m = build(load(name));
    expect(everything(m)).not.toMatch(/12 Elm/u);
    expect(m.text.description).toMatch(/Last known location: (?:\[withheld\], Denver \(residence\)|Home - \[withheld\], Denver)\./u);
  });

  it('L5 variants: a home word standing alone in a location field', () => {
    expect(withholdHome('4410 W 32nd Ave, Aurora, home', [], true)).toBe('[withheld], Aurora, home');
    expect(withholdHome('Residence: 7 Oak Ave', [], true)).toBe('Residence: [withheld]');
    expect(withholdHome('Home Depot, 1200 Main St', [], true)).toBe('Home Depot, 1200 Main St');
  });

  it('L6 leak-home-address-kept-officer-surname-contains-suspect-name: "Hale" is not inside "Kahale"', () => {
    const m = build(load('leak-home-address-kept-officer-surname-contains-suspect-name'));
    expect(everything(m)).not.toMatch(/12 Elm/u);
    expect(m.text.description).toContain('Kahale, who lives at [withheld], left home.');
    expect(withholdHome('Ferguson, who lives at 3 Pine St, left.', ['gus'])).toBe('Ferguson, who lives at [withheld], left.');
    expect(withholdHome('Gus, who lives at 3 Pine St, fled.', ['gus'])).toBe('Gus, who lives at 3 Pine St, fled.');
  });

  it('L8 leak-home-address-after-given-name-possessive: a withheld name before a home word is the officer\'s', () => {
    const m = build(load('leak-home-address-after-given-name-possessive'));
    expect(everything(m)).not.toMatch(/12 Elm/u);
    expect(withholdHome("Shots hit [name withheld]'s house at 9 Oak Ave.")).toBe("Shots hit [name withheld]'s house at [withheld].");
  });

  it.each(['leak-missing-home-label-residence', 'leak-missing-home-spanish-vive-en-la', 'leak-missing-home-words-townhouse-duplex'])('L9 %s', (name) => {
    const m = build(load(name));
    expect(everything(m)).not.toMatch(/4410|Luna 45|55 Ridge|7 Oak/u);
  });

  it('L9 variants, and amounts that are no address', () => {
    expect(withholdHome('His mobile home at 12 Elm St was searched. Her condo at 3 Pine St too.')).toBe('His mobile home at [withheld] was searched. Her condo at [withheld] too.');
    expect(withholdHome('Domicilio: Calle Sol 8. Vive en el 45 de la Calle Luna.')).toBe('Domicilio: [withheld]. Vive en el [withheld].');
    expect(withholdHome('Their home was 12 years old. Home: unknown.')).toBe('Their home was 12 years old. Home: unknown.');
    expect(withholdHome('Suspect residence: 55 Ridge Rd.')).toBe('Suspect residence: 55 Ridge Rd.');
  });
});
