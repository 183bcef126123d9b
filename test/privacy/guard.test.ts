/**
 * The independent guard: simpler and stricter than the matcher, sharing only normalisation with it. These tests
 * hand it outputs directly, as if the redaction had missed something.
 */
import { describe, expect, it } from 'vitest';
import { assertGuard, findGuardLeaks, guardTokens } from '../../src/privacy/guard.js';
import { parseRequest } from '../../src/request/parse.js';
import { BlueAlertError } from '../../src/errors.js';
import { requestWith } from './support.js';

function tokensFor(officer: Record<string, unknown> = {}, event = 'officer-killed', extra: string[] = []) {
  const p = parseRequest(requestWith({ officer, event }));
  if (!p.success) throw new Error(JSON.stringify(p.issues));
  return guardTokens(p.data, extra);
}

describe('identity tokens', () => {
  it('every name part of 2+ letters, nicknames, joined particles, the badge; never titles or particles alone', () => {
    expect(tokensFor({ name: "Sgt. Maria 'Mimi' de la Cruz-Ng", badge: 'Badge #44-71' }).map((t) => t.text)).toEqual([
      'maria', 'mimi', 'cruz', 'ng', 'cruzng', 'delacruz', 'delacruzng', 'lacruz', 'lacruzng', '4471',
    ]);
  });

  it('released identity of a missing officer is not searched for', () => {
    expect(tokensFor({ name: 'Ann Lee', badge: '12', releaseApproved: true }, 'officer-missing')).toEqual([]);
  });

  it('a withheld plate and photo address are tokens', () => {
    const t = tokensFor({ vehicle: { plate: { number: 'ABC-123' } }, photoUrl: 'https://x.gov/p.jpg', release: { vehicle: false } }, 'officer-missing');
    expect(t.map((x) => x.text)).toEqual(['daniel', 'okafor', '4471', 'abc123', 'https://x.gov/p.jpg']);
  });
});

describe('the guard has no place-word, lower-case or structured-field exceptions', () => {
  const tokens = tokensFor();
  it.each([
    ['Okafor Crossing', 'a place word after the name'],
    ['a daniel thing', 'lower case'],
    ['Okaforville', 'inside a longer word'],
    ['#justiceforokafor', 'inside a hashtag'],
    ['Оkаfоr', 'look-alike letters'],
    ['Oka\u200Bfor', 'an invisible character'],
    ['44-71', 'the badge with a separator'],
    ['4 4 7 1', 'the badge spaced'],
    ['奥Okafor警', 'between CJK characters'],
  ])('%j (%s) is a leak unless kept', (text) => {
    expect(findGuardLeaks(tokens, { text: { wea90: text } }, [])).toEqual(['text.wea90']);
  });

  it('reads the XML with its character references decoded', () => {
    expect(findGuardLeaks(tokens, { xml: '<note>&#79;kafor</note>' }, [])).toEqual(['xml']);
  });

  it('two-letter parts need word boundaries ("Ng" is not in "thing")', () => {
    const t = tokensFor({ name: 'Li Ng' });
    expect(findGuardLeaks(t, { a: 'nothing and light' }, [])).toEqual([]);
    expect(findGuardLeaks(t, { a: 'Officer Ng' }, [])).toEqual(['a']);
  });

  it('a kept phrase reported by the redaction is masked, and only that phrase', () => {
    const out = { text: { wea90: 'Seen near Okafor Crossing. Okafor was shot.' } };
    expect(findGuardLeaks(tokens, out, ['okafor crossing'])).toEqual(['text.wea90']);
    expect(findGuardLeaks(tokens, { text: { wea90: 'Seen near Okafor Crossing.' } }, ['okafor crossing'])).toEqual([]);
  });

  it("the library's own wording is allowed as often as the blanked baseline has it, no more", () => {
    const t = tokensFor({ name: 'Tuan Do' });
    const baseline = () => [{ text: { wea90: 'Do not approach.' } }];
    expect(findGuardLeaks(t, { text: { wea90: 'Do not approach.' } }, [], baseline)).toEqual([]);
    expect(findGuardLeaks(t, { text: { wea90: 'Officer Do shot. Do not approach.' } }, [], baseline)).toEqual(['text.wea90']);
  });

  it('assertGuard throws officer_identity_leak naming the path, never the value', () => {
    try {
      assertGuard(tokens, { warnings: [{ message: 'badge 4471' }], sameHeader: 'ZCZC-OKAFOR' }, []);
      expect.unreachable();
    } catch (e) {
      const err = e as BlueAlertError;
      expect(err.issues.map((i) => [i.code, i.path])).toEqual([
        ['officer_identity_leak', 'warnings[0].message'],
        ['officer_identity_leak', 'sameHeader'],
      ]);
      expect(err.message).not.toMatch(/okafor|4471/i);
    }
  });

  it('extra terms are tokens too', () => {
    expect(findGuardLeaks(tokensFor({}, 'officer-killed', ['Unit 12']), { a: 'UNIT  12 responded' }, [])).toEqual(['a']);
  });
});
