// Red team 11 (black box), the character-level leaks: named character references, look-alike letters with no NFKC
// mapping, error messages that quote a value naming the officer, and addresses written in encoded forms. Each
// request under requests/redteam11-chars published identity before its fix.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, safeBuildBlueAlert } from '../../src/index.js';
import { fcParams } from '../support/arbitraries.js';

interface Case {
  request: {
    officer: { name: string; badge?: string };
    incident: { summary?: string };
    issuer: { web?: string };
    suspects: { photoUrl?: string }[];
  };
  options: { now: string; identifier: string };
}
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam11-chars/${name}.json`, import.meta.url), 'utf8')) as Case;
const build = (c: Case) => buildBlueAlert(c.request as never, c.options);
/** Every public text (not the sender's redaction report), or the issues of a refused build. */
const published = (c: Case): string => {
  const r = safeBuildBlueAlert(c.request as never, c.options);
  return r.success ? JSON.stringify({ ...r.data, redactions: undefined, kept: undefined }) : JSON.stringify(r.issues);
};
const withSummary = (c: Case, summary: string): Case => {
  const copy = JSON.parse(JSON.stringify(c)) as Case;
  copy.request.incident.summary = summary;
  return copy;
};

describe('red team 11: look-alike letters with no NFKC mapping', () => {
  const c = load('05-unmapped-lookalike-scripts');
  it('Lisu, Coptic, negative squared letters and dingbat digits are matched', () => {
    const out = published(c);
    for (const written of ['ꓓꓮꓠꓲꓰꓡ', 'ꓳꓗꓮꓝꓳꓣ', 'ⲞⲔⲀϤⲞⲢ', '🅾🅺🅰🅵🅾🆁', '➃➃➆➀']) expect(out).not.toContain(written);
    const text = build(c).text.description;
    expect(text).toContain('An officer was hit');
    expect(text).toContain('Family of the officer asks for privacy');
  });
  it.each([
    ['🅳🅰🅽🅸🅴🅻 was hit.', 'negative squared'],
    ['🅓🅐🅝🅘🅔🅛 was hit.', 'negative circled'],
    ['ⵔkafⵔr was hit.', 'Tifinagh yar for o'],
    ['Oĸafor was hit.', 'kra for k'],
    ['Okafoꭇ was hit.', 'r without handle'],
    ['ꓳꓗꓮꓝꓳꓣ was hit.', 'Lisu'],
  ])('%s (%s)', (summary) => {
    expect(build(withSummary(c, summary)).text.description).toContain('An officer was hit.');
  });
  it.each(['❹❹❼❶', '➍➍➐➊', '⓸⓸⓻⓵'])('the badge in dingbat digits (%s) is removed', (digits) => {
    const out = published(withSummary(c, `Officer down, unit ${digits} responding.`));
    expect(out).not.toContain(digits);
  });
  it('ordinary text in those scripts and enclosed letters of other words stays', () => {
    const text = build(withSummary(c, 'Suspect wore a 🅿🅰🆁🅺🅸🅽🅶 cap; see item ❶.')).text.description;
    expect(text).toContain('🅿🅰🆁🅺🅸🅽🅶 cap; see item ❶.');
  });
});

describe('red team 11: properties', () => {
  const c = load('05-unmapped-lookalike-scripts');
  // look-alikes for the letters of "Okafor" (Lisu, Coptic capitals, negative squared, Tifinagh, kra, r without handle)
  const LOOK: Readonly<Record<string, readonly string[]>> = {
    o: ['o', 'ꓳ', 'Ⲟ', '🅾', '🅞', 'ⵔ'],
    k: ['k', 'ꓗ', 'Ⲕ', '🅺', 'ĸ'],
    a: ['a', 'ꓮ', 'Ⲁ', '🅰'],
    f: ['f', 'ꓝ', '🅵'],
    r: ['r', 'ꓣ', '🆁', 'ꭇ'],
  };
  it('a surname written with any mix of look-alike letters is never published', () => {
    const letters = [...'okafor'].map((ch) => fc.constantFrom(...(LOOK[ch] as readonly string[])));
    fc.assert(
      fc.property(fc.tuple(...letters), (chars) => {
        const written = chars.join('');
        const out = published(withSummary(c, `The family of ${written} asks for privacy.`));
        return !out.includes(written);
      }),
      fcParams,
    );
  });
});
