// Red team 11 (black box), the character-level leaks: named character references, look-alike letters with no NFKC
// mapping, error messages that quote a value naming the officer, and addresses written in encoded forms. Each
// request under requests/redteam11-chars published identity before its fix.
import { readFileSync } from 'node:fs';
import { domainToASCII, domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, safeBuildBlueAlert } from '../../src/index.js';
import { fcParams } from '../support/arbitraries.js';
import { findGuardLeaks, guardTokens } from '../../src/privacy/guard.js';
import { parseRequest } from '../../src/request/parse.js';
import { decodeReferences } from '../../src/privacy/references.js';
import { base64Text, punycodeDecode } from '../../src/privacy/encoded.js';
import { identityMatcher, scrubIssueMessages } from '../../src/redaction/redact.js';
import { issue } from '../../src/errors.js';

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
/** A text as a viewer that decodes references (twice: the XML's and the text's) shows it, folded. */
const read = (s: string): string => decodeReferences(decodeReferences(s)).normalize('NFD').replace(/\p{M}|[\u00AD\u200B-\u200D]/gu, '').toLowerCase();
const withSummary = (c: Case, summary: string): Case => {
  const copy = JSON.parse(JSON.stringify(c)) as Case;
  copy.request.incident.summary = summary;
  return copy;
};

describe('red team 11: named character references', () => {
  const c = load('01-named-html-entities');
  it('a name written with named references ("Ram&oacute;n N&uacute;&ntilde;ez") is redacted whole', () => {
    const out = published(c);
    expect(out).not.toMatch(/oacute|uacute|ntilde|Ram&|N&/u);
    const text = build(c).text.description;
    expect(text).toContain('An officer was shot and killed during a traffic stop. The officer, a 12-year veteran');
  });
  it.each([
    ['Ram&oacuten N&uacute&ntildeez was hit.', 'without semicolons'],
    ['N&Uacute;&Ntilde;EZ was hit.', 'capital letters'],
    ['Ram&oacute;n&nbsp;N&uacute;&ntilde;ez was hit.', 'a non-breaking space'],
    ['N&uacute;&shy;&ntilde;ez was hit.', 'a soft hyphen inside'],
    ['Ram&#243;n N&#xFA;&#xF1;ez was hit.', 'numeric references'],
  ])('%s (%s)', (summary) => {
    const text = build(withSummary(c, summary)).text.description;
    expect(text).toMatch(/^an officer was hit\./iu);
    expect(text).not.toMatch(/ram|n[uú]/iu);
  });
  it('the guard reads named references too', () => {
    const p = parseRequest(c.request);
    if (!p.success) throw new Error('fixture');
    const tokens = guardTokens(p.data);
    expect(findGuardLeaks(tokens, { text: { wea90: 'Ram&oacute;n was shot' } }, [])).toEqual(['text.wea90']);
    expect(findGuardLeaks(tokens, { xml: '<d>N&amp;uacute;&amp;ntilde;ez</d>' }, [])).toEqual(['xml']);
  });
  it('ordinary references stay as written when nothing names the officer', () => {
    const text = build(withSummary(c, 'Smith &amp; Wesson revolver; caf&eacute; at 5th &ndash; Main.')).text.description;
    expect(text).toContain('Smith &amp; Wesson revolver; caf&eacute; at 5th &ndash; Main.');
  });
  it('reads references as a browser does', () => {
    expect(decodeReferences('Ram&oacute;n N&uacute;&ntilde;ez')).toBe('Ramón Núñez');
    expect(decodeReferences('Ram&oacuten &amp;oacute; &unknown; &#x110000;')).toBe('Ramón &oacute; &unknown; &#x110000;');
    expect(decodeReferences('&AElig;&szlig;&lstrok;&ccaron;&rsquo;&mdash;&hellip;&zwj;')).toBe('Æßłč’—…\u200D');
  });
});

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

describe('red team 11: error messages that quote a value naming the officer', () => {
  const c = load('06-error-echo-enum-values');
  it('enum values that name the officer in any reading are not quoted back; paths and valid values stay', () => {
    const r = safeBuildBlueAlert(c.request as never, c.options);
    expect(r.success).toBe(false);
    if (r.success) return;
    const text = JSON.stringify(r.issues);
    expect(read(text)).not.toMatch(/okaf|o-k-a-f|0kaf0r|44 71|4471/u);
    const byPath = new Map(r.issues.map((i) => [i.path, i.message]));
    expect(byPath.get('event')).toMatch(/"officer-killed".*received \(a value that names the officer\)\./u);
    expect(byPath.get('status')).toContain('"Actual", "Exercise", "Test", "Draft"; received (a value that names the officer).');
    expect(byPath.get('issuer.easOrg')).toContain('"CIV"');
    expect(byPath.get('languages[0]')).toBe('Must be "en-US" or "es-US"; received (a value that names the officer).');
  });
  it.each(['Okaf&#111;r', 'Okaf&oacute;r', 'O.K.A.F.O.R', 'o_k_a_f_o_r', 'Okaf%6Fr', '#44-71', 'badge4471', 'DAN1EL', 'Ok4for'])(
    'an event value %s is not quoted back',
    (value) => {
      const r = safeBuildBlueAlert({ ...c.request, status: 'Actual', languages: ['en-US'], issuer: { ...c.request.issuer, easOrg: 'CIV' }, event: value } as never, c.options);
      expect(r.success).toBe(false);
      if (r.success) return;
      expect(r.issues[0]?.message).toContain('received (a value that names the officer).');
    },
  );
  it('a value that does not name the officer is still quoted', () => {
    const r = safeBuildBlueAlert({ ...c.request, status: 'Actual', languages: ['en-US'], issuer: { ...c.request.issuer, easOrg: 'CIV' }, event: 'officer-kiled' } as never, c.options);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]?.message).toContain('received "officer-kiled"');
  });
  it('build errors and warnings are scrubbed the same way', () => {
    const ok = load('05-unmapped-lookalike-scripts');
    const p = parseRequest(ok.request);
    if (!p.success) throw new Error('fixture');
    const scrubbed = scrubIssueMessages([issue('invalid_value', 'x', 'Must be "A" or "B"; received "0kaf0r" and "44 71" and "Bravo".')], identityMatcher(p.data));
    expect(scrubbed[0]?.message).toBe('Must be "A" or "B"; received (a value that names the officer) and (a value that names the officer) and "Bravo".');
  });
});

describe('red team 11: addresses in encoded forms', () => {
  const c = load('07-url-encodings');
  it('a reference, a punycode host and a base64 query that hold the name are withheld', () => {
    const out = published(c);
    for (const written of ['Okaf&#111;r', 'Okaf&amp;#111;r', 'xn--okafr-3ta', 'RGFuaWVsIE9rYWZvcg']) expect(out).not.toContain(written);
    const a = build(c);
    expect(a.text.description).toMatch(/^An officer was shot\. Tips: \[withheld\]\./u);
    expect(a.redactions.map((r) => r.path)).toEqual(expect.arrayContaining(['issuer.web', 'suspects[0].photoUrl']));
  });
  it.each([
    ['Tips: https://x.gov/t?c=RGFuaWVsIE9rYWZvcg now.', 'base64 without padding'],
    ['Tips: https://x.gov/t?c=T2thZm9yLWZhbWlseQ now.', 'base64 of "Okafor-family"'],
    ['Tips: https://x.gov/t/RGFuaWVsX09rYWZvcj4-PzE now.', 'base64url'],
    ['Tips: https://XN--OKAFR-3TA.example/x now.', 'a punycode host in capitals'],
    ['Tips: https://x.gov/ba/Okaf&oacute;r now.', 'a named reference'],
  ])('%s (%s)', (summary) => {
    expect(build(withSummary(c, summary)).text.description).toMatch(/^Tips: \[withheld\] now\./u);
  });
  it('real addresses with base64-looking tokens and punycode hosts of other words stay', () => {
    const summary = 'See https://xn--mnchen-3ya.de/x and https://cbi.colorado.gov/photo_2024abcdefgh.jpg?sig=dGhpcyBpcyBhIHRlc3Q= now.';
    const fine = withSummary(c, summary);
    fine.request.issuer.web = 'https://cbi.colorado.gov/blue-alert?ref=Q29sb3JhZG8gQ0JJ';
    fine.request.suspects[0] = { ...fine.request.suspects[0], photoUrl: 'https://xn--bcher-kva.example/suspect.jpg' };
    const a = build(fine);
    expect(a.text.description).toContain(summary);
    expect(a.redactions.map((r) => r.path)).not.toEqual(expect.arrayContaining(['issuer.web']));
    expect(a.xml).toContain('https://xn--bcher-kva.example/suspect.jpg');
  });
  it('the guard reads punycode hosts and base64 tokens of web addresses', () => {
    const p = parseRequest(c.request);
    if (!p.success) throw new Error('fixture');
    const tokens = guardTokens(p.data);
    expect(findGuardLeaks(tokens, { text: { a: 'see https://xn--okafr-3ta.example/', b: 'https://x.gov/?q=RGFuaWVsIE9rYWZvcg==' } }, [])).toEqual(['text.a', 'text.b']);
    expect(findGuardLeaks(tokens, { text: { a: 'see https://xn--mnchen-3ya.de/?q=dGhpcyBpcyBhIHRlc3Q=' } }, [])).toEqual([]);
  });
  it('decodes punycode (RFC 3492) and base64 text', () => {
    expect(punycodeDecode('okafr-3ta')).toBe('okafór');
    expect(punycodeDecode('wgv71a119e')).toBe('日本語');
    expect(punycodeDecode('99999999999')).toBeUndefined();
    expect(base64Text('RGFuaWVsIE9rYWZvcg==')).toBe('Daniel Okafor');
    expect(base64Text('colorado')).toBeUndefined();
    expect(base64Text('AAECAwQFBgc=')).toBeUndefined();
  });
});

describe('red team 11: properties', () => {
  it('the punycode decoder agrees with the URL standard on any label', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zà-ÿ0-9ąčęłńśźżαβγ日本]{1,20}$/u), (label) => {
        const ascii = domainToASCII(`${label}.example`).split('.')[0] ?? '';
        if (!ascii.startsWith('xn--')) return true;
        return punycodeDecode(ascii.slice(4)) === domainToUnicode(`${ascii}.example`).split('.')[0];
      }),
      fcParams,
    );
  });
  it('any name written as base64 in a link is never published', () => {
    const c = load('07-url-encodings');
    fc.assert(
      fc.property(fc.constantFrom('Okafor', 'Daniel Okafor', 'okafor-family', 'DANIEL_OKAFOR', 'daniel.okafor@x.gov'), fc.boolean(), (name, url) => {
        const b64 = Buffer.from(name, 'utf8').toString(url ? 'base64url' : 'base64');
        return !published(withSummary(c, `Tips: https://x.gov/t?c=${b64} now.`)).includes(b64);
      }),
      fcParams,
    );
  });
  it('any name written with named references for its accented letters is never published', () => {
    const c = load('01-named-html-entities');
    const NAMED: Readonly<Record<string, readonly string[]>> = {
      ó: ['ó', '&oacute;', '&oacute', '&#243;', '&#xF3;'],
      ú: ['ú', '&uacute;', '&uacute', '&#250;'],
      ñ: ['ñ', '&ntilde;', '&ntilde', '&#xf1;'],
      a: ['a', '&#97;'],
    };
    const arb = (word: string) => fc.tuple(...[...word].map((ch) => fc.constantFrom(...(NAMED[ch] ?? [ch])))).map((x) => x.join(''));
    fc.assert(
      fc.property(arb('Ramón'), arb('Núñez'), fc.constantFrom(' ', '&nbsp;', ' &shy;'), (given, surname, gap) => {
        const out = published(withSummary(c, `Yesterday ${given}${gap}${surname} was shot.`));
        return !['ramon', 'nunez'].some((w) => read(out).includes(w));
      }),
      fcParams,
    );
  });
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
