// Red team 18 (2026-12-03), helper f: the officer's relatives (H5: a suspect named only as the agent, or in the
// sentence before, no longer makes "his wife …" the suspect's; H2: more words for relatives, words between, labels)
// and the home address (M1). Each request under requests/redteam18 published a relative's name or the home before
// its fix; the suspect's relatives and innocent text stay as written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

type Case = { request: { officer: { name: string }; incident: { summary?: string } }; options: Record<string, unknown> };
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam18/${name}.json`, import.meta.url), 'utf8')) as Case;

/** The build of a case, with another summary when given. */
function built(name: string, summary?: string) {
  const c = load(name);
  if (summary !== undefined) c.request.incident.summary = summary;
  const res = safeBuildBlueAlert(c.request as never, c.options as never);
  if (!res.success) throw new Error(`${name} | ${summary ?? ''}: refused ${JSON.stringify(res.issues).slice(0, 300)}`);
  return res.data;
}
/** The description's own sentences (before the "Place:" the library adds). */
function said(name: string, summary?: string): string {
  const d = built(name, summary).text.description;
  return d.slice(0, d.indexOf(' Place:'));
}
/** `words` are nowhere in the published alert (xml and every text). */
function expectAbsent(name: string, summary: string | undefined, words: readonly string[]): void {
  const m = built(name, summary);
  const out = `${m.xml} ${JSON.stringify(m.text)}`;
  for (const w of words) expect(out, `${w} in ${summary ?? name}`).not.toContain(w);
}

const RELATIVES = [
  ['Grace Adeyemi', 'Grace', 'Adeyemi'],
  ['Ngozi Balogun', 'Ngozi', 'Balogun'],
  ['Tamsin Whitcombe', 'Tamsin', 'Whitcombe'],
] as const;

describe('red team 18 H5: a suspect named as the agent or in an earlier sentence does not own "his wife"', () => {
  it.each([
    ['H5-relative-after-suspect-named-by-agent', 'An officer was shot by Marcus Hale. His wife [name withheld] asks for privacy.'],
    ['H5b-relative-her-husband-after-male-suspect', undefined],
    ['H5c-relative-leaves-a-wife', undefined],
  ])('%s', (name, text) => {
    const c = load(name);
    if (text !== undefined) expect(said(name)).toBe(text);
    expectAbsent(name, undefined, ['Adeyemi']);
    expect(c.request.incident.summary).toBeDefined();
  });
  it.each(RELATIVES)('variants with %s', (full, given, surname) => {
    const n = 'H5-relative-after-suspect-named-by-agent';
    for (const s of [
      `Officer Okafor was shot by Marcus Hale. His wife ${full} asks for privacy.`,
      `The officer was shot by Marcus Hale. His wife, ${full}, asks for privacy.`,
      `Suspect Marcus Hale is at large. Her husband ${full} asks for privacy.`,
      `Hale is wanted. The officer leaves a wife, ${full}, and a son, ${given}.`,
      `The officer was ambushed by the suspect. His daughter ${full} was home.`,
    ]) expectAbsent(n, s, [surname]);
  });
  it("keeps the suspect's relatives named", () => {
    const n = 'H5-relative-after-suspect-named-by-agent';
    expect(said(n, 'Hale fled with his brother Tom.')).toBe('Hale fled with his brother Tom.');
    expect(said(n, "The suspect's brother, Tom Hale, drove.")).toBe("The suspect's brother, Tom Hale, drove.");
    expect(said(n, 'The gunman fled with his girlfriend Kayla Moss.')).toBe('The gunman fled with his girlfriend Kayla Moss.');
  });
});

describe('red team 18 H2: relatives after more kin words, labels and words between', () => {
  it.each([
    'H2-relative-survived-by-wife', 'H2b-relative-wife-of-12-years', 'H2c-relative-mother-in-law', 'H2d-relative-spanish-suegra',
    'H2e-relative-label-wife-colon', 'H2f-relative-parenthesis', 'H2g-relative-dr-title', 'H2h-relative-missing-released',
  ])('%s', (name) => {
    const m = built(name);
    const out = `${m.xml} ${JSON.stringify(m.text)}`;
    expect(out).not.toMatch(/Adeyemi/u);
    expect(out).toContain('[name withheld]');
  });
  it.each(RELATIVES)('variants with %s', (full, _given, surname) => {
    const n = 'H2-relative-survived-by-wife';
    const cases: [string, string][] = [
      [`The officer was killed. Survived by wife ${full}.`, 'The officer was killed. Survived by wife [name withheld].'],
      [`Wife: ${full}.`, 'Wife: [name withheld].'],
      [`His wife of 12 years, ${full}, asks for privacy.`, 'His wife of 12 years, [name withheld], asks for privacy.'],
      [`His mother-in-law ${full} spoke.`, 'His mother-in-law [name withheld] spoke.'],
      [`His ex-wife ${full} spoke.`, 'His ex-wife [name withheld] spoke.'],
      [`His loving wife ${full} spoke.`, 'His loving wife [name withheld] spoke.'],
      [`His wife (${full}) spoke.`, 'His wife ([name withheld]) spoke.'],
      [`His wife is ${full}.`, 'His wife is [name withheld].'],
      [`His wife's name is ${full}.`, "His wife's name is [name withheld]."],
      [`His godson ${full} spoke.`, 'His godson [name withheld] spoke.'],
      [`The officer's wife, Dr. ${full}, spoke.`, "The officer's wife, Dr. [name withheld], spoke."],
    ];
    for (const [s, want] of cases) {
      expect(said(n, s).replace(/^An officer/u, 'The officer')).toBe(want);
      expectAbsent(n, s, [surname]);
    }
  });
  it.each(['suegra', 'cuñado', 'nieto', 'hijastro', 'nuera', 'yerno'])('Spanish "su %s"', (kin) => {
    expectAbsent('H2-relative-survived-by-wife', `Su ${kin} Emeka Adeyemi pidió privacidad.`, ['Adeyemi']);
  });
  it('"His in-laws, Grace and Tom Adeyemi," and a place after "is" stays', () => {
    const n = 'H2-relative-survived-by-wife';
    expect(said(n, 'His in-laws, Grace and Tom Adeyemi, spoke.')).toBe('His in-laws, [name withheld] and [name withheld], spoke.');
    expect(said(n, 'His brother is Denver Police Sgt. Tom Adeyemi.')).toContain('His brother is Denver Police');
  });
  it('keeps innocent text as written', () => {
    const n = 'H2-relative-survived-by-wife';
    for (const s of ['The suspect fled toward Aurora.', 'Survived by the grace of God.', 'His partner unit arrived at 2:10 PM.', 'The suspect\'s wife, Dr. Ana Cole, spoke.']) expect(said(n, s)).toBe(s);
  });
});

describe('red team 18 M1: home-address forms', () => {
  it.each([
    'M1-home-address-before-home-word', 'M1b-home-farmhouse', 'M1c-home-spanish-casa-del-agente', 'M1d-home-no-label', 'M1e-home-suspect-as-agent',
  ])('%s', (name) => {
    const m = built(name);
    const out = `${m.xml} ${JSON.stringify(m.text)}`;
    expect(out).not.toMatch(/1234 Maple|Maple Dr|Luna 45/u);
  });
  it.each([
    ['1234 Maple Dr', 'Maple'],
    ['88 Juniper Ct', 'Juniper'],
    ['4410 W 32nd Ave', '4410'],
  ])('variants with %s', (addr, part) => {
    const n = 'M1-home-address-before-home-word';
    const cases: [string, string][] = [
      [`Police are at ${addr}, the officer's home.`, "Police are at [withheld], the officer's home."],
      [`Police are at ${addr} (the officer's residence).`, "Police are at [withheld] (the officer's residence)."],
      [`Police are at ${addr}, where the officer lived.`, 'Police are at [withheld], where the officer lived.'],
      [`Police are at ${addr}, home of the officer.`, 'Police are at [withheld], home of the officer.'],
      [`Their farmhouse at ${addr} was searched.`, 'Their farmhouse at [withheld] was searched.'],
      [`His home at No. ${addr} was searched.`, 'His home at [withheld] was searched.'],
      [`La casa del agente, ${addr}, está vigilada.`, 'La casa del agente, [withheld], está vigilada.'],
      [`The officer was ambushed by Marcus Hale outside his home at ${addr}.`, 'The officer was ambushed by Marcus Hale outside his home at [withheld].'],
      [`Hale followed the officer to his home at ${addr} and shot him.`, 'Hale followed the officer to his home at [withheld] and shot him.'],
    ];
    for (const [s, want] of cases) {
      expect(said(n, s)).toBe(want);
      expectAbsent(n, s, [part]);
    }
  });
  it('Spanish street first: "Calle Luna 45 es la casa del agente"', () => {
    expect(said('M1-home-address-before-home-word', 'Calle Sol 45 es la casa del agente.')).toBe('[withheld] es la casa del agente.');
  });
  it("keeps a suspect's home and an address that is no home", () => {
    const n = 'M1-home-address-before-home-word';
    for (const s of [
      'Hale may be at his family home at 55 Ridge Rd.',
      "Police are at 1234 Maple Dr, the suspect's home.",
      "The shooting was at 1234 Maple Dr. The officer's home was not involved.",
      'The suspect fled 12 miles toward Aurora.',
    ]) expect(said(n, s)).toBe(s);
  });
});
