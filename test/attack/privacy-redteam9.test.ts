// Red team 9 (2026-12-02, black box, ~47,000 builds): each request under requests/redteam9 published the officer's
// identity, refused a good alert, or garbled a public fact before its fix. Cases the library still does not meet
// are listed in docs/privacy.md ("Known limits") and are not run here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, safeBuildBlueAlert } from '../../src/index.js';

interface Case {
  request: unknown;
  options: { now: string; identifier: string };
  leak?: string;
  wrongText?: string;
  expectedKept?: string;
}
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam9/${name}.json`, import.meta.url), 'utf8')) as Case;
/** Everything public of a build (or of its refusal), without the sender's own redaction report. */
function published(c: Case): string {
  const r = safeBuildBlueAlert(c.request as never, c.options);
  return r.success ? JSON.stringify({ ...r.data, redactions: undefined, kept: undefined, alert: undefined }) : JSON.stringify(r.issues);
}
const lower = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('red team 9: identity that still reached the public', () => {
  it.each([
    ['greek-final-sigma-caps', 'a Greek surname in capitals (final ς against Σ)'],
    ['greek-final-sigma-namecaps', 'the name field in Greek capitals, the text in lower case'],
    ['greek-final-sigma-text-sigma', 'the text in Greek capitals'],
    ['greek-final-sigma-titled', 'a titled Greek name in capitals'],
    ['hyphen-fullname', 'a double surname joined by a hyphen ("Daniel Okafor-Jones")'],
    ['cjk-middle-dot', 'a Chinese name with a middle dot ("王·伟")'],
    ['cjk-spaced-text', 'a Chinese name written with a space'],
    ['hangul-spaced', 'a Korean name written with a space'],
    ['cjk-spaced-name-joined-text', 'a spaced name field, the text joined ("李娜警官")'],
    ['cjk-surname-title', 'the surname with a Chinese title ("王警官")'],
    ['cjk-surname-title-unspaced-name', 'the same with the name field written as one run'],
    ['cjk-titled-single-char', 'a Latin title before the one-character surname ("Officer 王")'],
    ['japanese-given-honorific', 'a Japanese given name with an honorific ("健さん")'],
    ['location-middle-initial', 'the name with a middle initial the request does not give ("Daniel J. Okafor home")'],
    ['location-family-member', 'a relative in a location field ("home of his wife Grace Okafor")'],
    ['cyrillic-name-latin-text', 'a Cyrillic name on file, the text in Latin letters ("Petrov")'],
    ['cyrillic-name-latin-caps', 'the same in capitals ("SOKOLOVA")'],
    ['greek-name-latin-text', 'a Greek name on file, the text in Latin letters ("Nikos")'],
    ['greek-translit-surname', 'a Latin name on file, the text in Greek capitals ("ΓΕΩΡΓΙΟΥ")'],
    ['greek-translit-final-sigma', 'a Latin name on file, a short Greek sentence ("Νίκος was shot.")'],
    ['latin-name-cyrillic-given', 'a Latin name on file, a short Cyrillic sentence ("Иван was shot.")'],
    ['arabic-without-article', 'an Arabic surname without its article'],
    ['dotted-letters', 'letters with dots between them ("O.K.A.F.O.R")'],
    ['hyphenated-linebreak', 'a name broken at a line end with a hyphen ("Oka-\\nfor")'],
    ['leet-3-for-e', 'digits for letters: 3 for e ("Hunt3r")'],
    ['leet-4-for-a', '4 for a ("Ok4for")'],
    ['leet-at-for-a', '@ for a ("Ok@for")'],
    ['hashtag-apostrophe-name', 'a hashtag with an apostrophe ("#PrayForO\'Neil")'],
    ['badge-leading-zero', 'a badge on file with a leading zero, written without it'],
    ['badge-agency-prefix', 'a badge on file with an agency prefix (DPD-4471), written by its digits'],
    ['badge-letter-prefix-numeric-only', 'a badge A-113 written "Badge 113"'],
    ['badge-letter-suffix', 'a letter after a labelled badge ("Badge #4471A")'],
  ])('%s: %s', (name) => {
    const c = load(name);
    expect(c.leak).toBeDefined();
    const out = published(c);
    expect(lower(out)).not.toContain(lower(c.leak as string));
  });
});

describe('red team 9: public facts the redaction destroyed (each still builds, with the fact)', () => {
  it.each([
    ['over-vehicle-model-sierra', 'a model named like the officer (Sierra)'],
    ['over-vehicle-model-tahoe', 'Tahoe'],
    ['over-vehicle-make-hummer', 'a make (Hummer)'],
    ['over-vehicle-color-amber', 'a colour (amber)'],
    ['over-destination-castle-rock', 'a town whose first word is the surname (Castle Rock)'],
    ['over-destination-city-state', 'a town and its state (Lincoln, Nebraska)'],
    ['over-business-wells-fargo', 'a business (Wells Fargo)'],
    ['over-business-king-soopers', 'King Soopers'],
    ['over-business-shell', 'a gas station (Shell gas station)'],
    ['over-weapon-glock', 'a gun maker before its model (Glock 19)'],
    ['over-beard', 'a description word in lower case (beard)'],
    ['over-build-slim', 'slim build'],
    ['over-race-olive', 'olive complexion'],
    ['over-ski-mask', 'ski mask'],
    ['over-pursuit', 'pursuit'],
  ])('%s: %s', (name) => {
    const c = load(name);
    const a = buildBlueAlert(c.request as never, c.options);
    const text = [a.xml, a.text.wea360, a.text.description, a.text.eas].join('\n');
    expect(text).not.toContain(c.wrongText);
    expect(text).toContain(c.expectedKept);
  });

  it('a surname alone in a direction is withheld as a name, never as the false "toward an officer"', () => {
    const c = load('over-destination-austin');
    const a = buildBlueAlert(c.request as never, c.options);
    expect(a.text.description).not.toMatch(/toward an officer/i);
    expect(a.text.description).toContain('toward [name withheld]');
    expect(a.text.description).not.toMatch(/austin/i);
  });
});

describe('red team 9: good alerts the guard refused', () => {
  it.each([
    ['overblock-surname-An', 'a surname that is the article of the library\'s own "An officer"'],
    ['overblock-badge-equals-time', 'a badge "12" and "2:12 PM" in the text'],
    ['overblock-badge-equals-vehicle-year', 'a badge equal to the vehicle year (2015)'],
  ])('%s: %s', (name) => {
    const c = load(name);
    const r = safeBuildBlueAlert(c.request as never, c.options);
    expect(r.success ? [] : r.issues).toEqual([]);
  });

  it('the surname "An" written after a title is still withheld', () => {
    const c = load('overblock-surname-An') as Case & { request: { incident: { summary: string } } };
    c.request.incident.summary = 'Officer An was shot during a traffic stop.';
    const a = buildBlueAlert(c.request as never, c.options);
    expect(a.text.description).toMatch(/^An officer was shot/);
    expect(a.text.description).not.toMatch(/officer an\b/i);
  });
});

describe('red team 9: a wrong redactTerms list from plain JavaScript', () => {
  it.each([['crash-redactTerms-null'], ['crash-redactTerms-number']])('%s is an options error naming the option, not a TypeError', (name) => {
    const c = load(name);
    const r = safeBuildBlueAlert(c.request as never, c.options as never);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toEqual([expect.objectContaining({ code: 'invalid_value', path: 'options.redactTerms' })]);
  });
});

describe('red team 9: relatives and other people named with the officer', () => {
  const base = load('hyphen-fullname') as Case & { request: { incident: { summary: string } } };
  const summary = (text: string): string => {
    const c = JSON.parse(JSON.stringify(base)) as typeof base;
    c.request.incident.summary = text;
    return buildBlueAlert(c.request as never, c.options).text.description.split(' Place: ')[0] as string;
  };
  it.each([
    ['His wife Grace Okafor was also hurt.', 'His wife [name withheld] was also hurt.'],
    ['Witness Maria Okafor called 911.', 'Witness [name withheld] called 911.'],
    ['Daniel J. Okafor was shot.', 'An officer was shot.'],
    ['Daniel J. Smith saw it.', '[name withheld] J. Smith saw it.'],
    ['Officer Chidi Okafor was shot.', 'An officer was shot.'],
    ['On Tuesday Okafor was shot.', 'On Tuesday an officer was shot.'],
  ])('%s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });
});
