/** Leak class 1: invisible and look-alike characters inside the officer's name or badge. */
import { describe, expect, it } from 'vitest';
import { normalizeIdentity, normalizeIdentityText, removeInvisible } from '../../src/privacy/normalize.js';
import { build, publicSummary } from './support.js';

describe('normalisation', () => {
  it.each([
    ['Oka\u200Bfor', 'okafor'], // zero-width space
    ['Oka\u200Dfor', 'okafor'], // zero-width joiner
    ['Oka\u200Cfor', 'okafor'], // zero-width non-joiner
    ['Oka\u00ADfor', 'okafor'], // soft hyphen
    ['Oka\u2060for', 'okafor'], // word joiner
    ['\u202EOkafor\u202C', 'okafor'], // bidi override
    ['Oka\u200Ffor', 'okafor'], // right-to-left mark
    ['Oka\u007Ffor', 'okafor'], // DEL
    ['Oka\u0085for', 'okafor'], // C1 control
    ['Okafor\uFE0F', 'okafor'], // variation selector
    ['Oka\u{E0041}for', 'okafor'], // tag character
    ['Ｏｋａｆｏｒ', 'okafor'], // full width
    ['Оkаfоr', 'okafor'], // Cyrillic О and а
    ['ΟΚΑFΟR', 'okafor'], // Greek capitals
    ['ＯＫＡＦＯＲ　ＤＡＮＩＥＬ', 'okafor daniel'], // full-width space
    ['José  Ñúñez', 'jose nunez'],
    ['Østergaard Łukasz', 'ostergaard lukasz'],
    ['٤٤٧١', '4471'], // Arabic-Indic digits
    ['４４７１', '4471'],
  ])('%j normalises to %j', (input, expected) => {
    expect(normalizeIdentity(input)).toBe(expected);
  });

  it('maps every folded character back to the original range it came from', () => {
    const n = normalizeIdentityText('Sgt. Oka\u200Bfor');
    expect(n.text).toBe('sgt. okafor');
    const s = n.text.indexOf('okafor');
    expect('Sgt. Oka\u200Bfor'.slice(n.start(s), n.end(s + 5))).toBe('Oka\u200Bfor');
  });

  it('plain ASCII takes the fast path with offsets unchanged', () => {
    const n = normalizeIdentityText('Officer Okafor was shot.');
    expect(n.identity).toBe(true);
    expect(n.text).toBe('officer okafor was shot.');
  });

  it('is linear: 100 KB and 1 MB of mixed text take time in proportion', () => {
    const unit = 'Officer Оkаfоr\u200B, José Ñúñez. ';
    const small = unit.repeat(Math.ceil(100_000 / unit.length));
    const big = small.repeat(10);
    normalizeIdentityText(small);
    const t0 = performance.now();
    normalizeIdentityText(small);
    const t1 = performance.now();
    normalizeIdentityText(big);
    const t2 = performance.now();
    // a quadratic fold makes the 10x text 100x slower; allow generous noise for a shared machine
    expect(t2 - t1).toBeLessThan(Math.max(40 * (t1 - t0), 2000));
  });

  it('removeInvisible removes what hides text from a reviewer and keeps everything else', () => {
    expect(removeInvisible('Oka\u200Bfor \u202Eright\u202C soft\u00ADhyphen')).toBe('Okafor right softhyphen');
    expect(removeInvisible('José Ñúñez 👍🏽')).toBe('José Ñúñez 👍🏽');
  });
});

describe('names hidden by invisible or look-alike characters are redacted', () => {
  it.each([
    ['Officer Oka\u200Bfor was shot.', 'An officer was shot.'],
    ['Officer Oka\u00ADfor was shot.', 'An officer was shot.'],
    ['Officer O\u2060kafor was shot.', 'An officer was shot.'],
    ['Officer \u202EOkafor was shot.', 'An officer was shot.'],
    ['Officer Oka\u007Ffor was shot.', 'An officer was shot.'],
    ['Officer Ｏｋａｆｏｒ was shot.', 'An officer was shot.'],
    ['Officer Оkаfоr was shot.', 'An officer was shot.'],
    ['Dаniеl Okаfor was shot.', 'An officer was shot.'],
    ['Officer Okafor\uFE0F was shot.', 'An officer was shot.'],
    ['Badge ４４７１ was found.', '[withheld] was found.'],
    ['Badge ٤٤٧١ was found.', '[withheld] was found.'],
  ])('%j -> %j', (summary, expected) => {
    expect(publicSummary(summary)).toBe(expected);
  });

  it('the public output carries no invisible characters from the request', () => {
    const m = build({ summary: 'Suspect\u200B fled\u00AD east \u202Enow\u202C.' });
    expect(m.xml).not.toMatch(/[\u200B\u00AD\u202E\u202C]/u);
    expect(JSON.stringify(m.text)).not.toMatch(/[\u200B\u00AD\u202E\u202C]/u);
  });
});
