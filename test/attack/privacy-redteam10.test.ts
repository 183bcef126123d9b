// Red team 10 (2026-12-02, black box) attacked the rules red team 9 brought. Each request under requests/redteam10
// published identity or wrote a false sentence before its fix; the cases the library still does not meet are in
// docs/privacy.md ("Known limits") and are not run here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, safeBuildBlueAlert } from '../../src/index.js';

interface Case {
  request: { officer: { name?: string; badge?: string }; incident: { summary?: string }; suspects: { weapons?: string; name?: string }[] };
  options: { now: string; identifier: string };
}
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam10/${name}.json`, import.meta.url), 'utf8')) as Case;
const build = (c: Case) => buildBlueAlert(c.request as never, c.options);
/** Every public text (not the sender's redaction report). */
const published = (c: Case): string => {
  const r = safeBuildBlueAlert(c.request as never, c.options);
  return r.success ? JSON.stringify({ ...r.data, redactions: undefined, kept: undefined, alert: undefined }) : JSON.stringify(r.issues);
};

describe('red team 10: identity that still reached the public', () => {
  it.each([
    ['01-korean-particle-fullname', /김민준/u, 'a Korean name with a particle written on ("김민준이", "김민준에게")'],
    ['02-korean-title-joined', /김경관|김 경관/u, 'a Korean title joined to the surname, with a particle ("김경관을")'],
    ['03-korean-spaced-given', /민준/u, 'a Korean name spaced, with a particle ("김 민준을")'],
    ['04-cjk-title-given-leak', /伟/u, 'an English title before a Chinese name ("Officer 王伟" left "伟")'],
    ['05-japanese-title-given-leak', /健|山田/u, 'an abbreviated title before a Japanese name ("Ofc. 山田健")'],
    ['13-spelled-hyphen', /o-k-a-f-o-r/iu, 'letters with hyphens between them ("O-K-A-F-O-R")'],
    ['17-endash-line-break', /oka–/iu, 'a word broken at a line end with an en dash ("Oka–\\nfor")'],
    ['22-badge-suffix-on-file', /4471/u, 'a badge on file with a letter suffix (4471A), written by its digits'],
  ])('%s', (name, identity) => {
    expect(published(load(name))).not.toMatch(identity);
  });
});

describe('red team 10: false sentences and lost facts', () => {
  it('the officer\'s full name in a suspect field is "[name withheld]", never "Suspect: An officer"', () => {
    const a = build(load('33-suspect-name-equals-officer'));
    expect(a.text.description).not.toMatch(/Suspect: An officer/);
    expect(a.text.description).toContain('Suspect: [name withheld]');
  });
  it('a name part in a vehicle or description value is "[name withheld]", never "gray 2015 An officer F-150"', () => {
    const a = build(load('47-structured-an-officer'));
    expect(a.text.description).toContain('gray 2015 [name withheld] F-150');
    expect(a.text.description).not.toMatch(/an officer F-150|hair: an officer/i);
  });
  it('a title at the end of a sentence does not reach over the full stop ("shot an officer. Okafor Street was closed.")', () => {
    const c = load('35-sentence-merge');
    c.request.incident.summary = 'The suspect shot an officer. Okafor Street was closed.';
    expect(build(c).text.description).not.toMatch(/shot an officer Street/);
  });
  it('a gun maker named like the officer before another maker ("Smith & Wesson revolver")', () => {
    const a = build(load('37-smith-wesson'));
    expect(a.text.description).toContain('Smith & Wesson revolver');
  });
  it('a model named like the officer right after its make in prose ("white GMC Sierra pickup")', () => {
    const a = build(load('40-model-in-prose'));
    expect(a.text.description).toContain('GMC Sierra pickup');
  });
  it.each([
    ['49-rav4', 'RAV4'],
    ['50-leet-fp-codes', 'L30'],
    ['51-leet-fp-plate', '7E55'],
    ['52-dotted-fp', 'A.N.A.'],
  ])('%s: a code that only spells a short name with digits or dots is kept (%s)', (name, kept) => {
    expect(build(load(name)).text.description).toContain(kept);
  });
});

describe('red team 10: relatives at a sentence start and after an honorific', () => {
  const base = load('35-sentence-merge');
  const summary = (text: string): string => {
    const c = JSON.parse(JSON.stringify(base)) as Case;
    c.request.incident.summary = text;
    return build(c).text.description.split(' Place: ')[0] as string;
  };
  it.each([
    ['Grace Okafor shot an officer and fled.', '[name withheld] shot an officer and fled.'],
    ['Mrs. Grace Okafor is safe.', '[name withheld] is safe.'],
    ['Yesterday Okafor was shot.', 'Yesterday an officer was shot.'],
    ['Mr. Daniel Okafor was shot.', 'An officer was shot.'],
  ])('%s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });
});
