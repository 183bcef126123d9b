/**
 * Conformance report 19c (outside black-box tester): the findings fixed in the validator and the reader, each
 * pinned on the tester's reproducer (copied to test/validate/rt19c/). C11 large base64 audio in <derefUri>.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCap, validateCap } from '../../src/index.js';
import { isBase64, isLanguageTag } from '../../src/validate/lexical.js';

const DIR = new URL('./rt19c/', import.meta.url).pathname;
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const BASE = read('C11-base.xml');

/** Deterministic base64 of `bytes` pseudo-random bytes, in 76-column lines (as a MIME encoder writes). */
function audioBase64(bytes: number): string {
  const b = Buffer.alloc(bytes);
  let x = 12345;
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return (b.toString('base64').match(/.{1,76}/g) ?? []).join('\n');
}

/** The tester's C11 message: the base plus a resource carrying `bytes` of WAV audio in <derefUri>. */
function withAudio(bytes: number, derefUri = audioBase64(bytes)): string {
  const resource = `<resource><resourceDesc>EAS Broadcast Content</resourceDesc><mimeType>audio/x-ipaws-audio-wav</mimeType><size>${bytes}</size><derefUri>${derefUri}</derefUri></resource>\n    <area>`;
  return BASE.replace('<area>', resource);
}

describe('C11: large embedded audio in <derefUri>', () => {
  it('two minutes of WAV audio (7 MB of base64) with maxBytes raised: no throw, valid under both profiles', () => {
    const xml = withAudio(5_292_000);
    for (const profile of ['cap', 'ipaws'] as const) {
      expect(validateCap(xml, { maxBytes: 8e6, profile })).toEqual([]);
      expect(validateCap(parseCap(xml, { maxBytes: 8e6 }), { profile })).toEqual([]);
    }
  });

  it('a broken base64 of the same size is INVALID_DEREF_URI at the derefUri, not a throw', () => {
    const xml = withAudio(5_292_000, `${audioBase64(5_292_000)}!`);
    const found = validateCap(xml, { maxBytes: 8e6, profile: 'cap' });
    expect(found.map((i) => `${i.code} ${i.path}`)).toEqual(['INVALID_DEREF_URI /alert/info[1]/resource[1]/derefUri']);
  });

  it('a 6 MB <language> of "a-a-a-…" is INVALID_LANGUAGE or valid, never a throw', () => {
    const xml = BASE.replace('<category>', `<language>${'a-'.repeat(3_000_000)}a</language><category>`);
    expect(validateCap(xml, { maxBytes: 8e6, profile: 'cap' })).toEqual([]);
    const bad = BASE.replace('<category>', `<language>${'a-'.repeat(3_000_000)}</language><category>`);
    expect(validateCap(bad, { maxBytes: 8e6, profile: 'cap' }).map((i) => i.code)).toEqual(['INVALID_LANGUAGE']);
  });

  it('the base64 check is a linear scan: 1 MB in well under the 0.9 s the regex took', () => {
    const b = audioBase64(786_432);
    isBase64(b);
    const t = performance.now();
    for (let i = 0; i < 5; i++) expect(isBase64(b)).toBe(true);
    // aim: < 20 ms per MB on a quiet machine; the bound leaves room for a loaded one
    expect((performance.now() - t) / 5).toBeLessThan(150);
  });

  it('base64 rules: whole groups of four, = padding only at the end, XML white space ignored', () => {
    for (const ok of ['', 'QUJD', 'QUI=', 'QQ==', ' QU\tJD\r\nQQ== ', 'QUJD\nQUJD']) expect(isBase64(ok), ok).toBe(true);
    for (const bad of ['Q', 'QUJ', 'QUJDQ', 'Q===', '====', 'QQ=A', 'QUJD=', 'QU JD!', 'QUJD\u00a0', '=QUJ']) expect(isBase64(bad), bad).toBe(false);
  });

  it('language tags as xs:language: 1-8 letters, then -1-8 letters or digits', () => {
    for (const ok of ['en', 'en-US', 'zh-min-nan', 'sgn-BE-FR', 'x-private', 'i-klingon', 'abcdefgh-12345678']) expect(isLanguageTag(ok), ok).toBe(true);
    for (const bad of ['', '-', 'en-', '-en', 'en--US', '1en', 'abcdefghi', 'en-123456789', 'en_US', 'en US']) expect(isLanguageTag(bad), bad).toBe(false);
  });

  it('the size message no longer claims valid messages are far smaller: embedded media can be several MB', () => {
    const xml = withAudio(800_000);
    const found = validateCap(xml, { profile: 'cap' });
    expect(found.map((i) => i.code)).toEqual(['TOO_LARGE']);
    expect(found[0]?.message).not.toContain('Valid CAP messages are far smaller');
    expect(found[0]?.message).toContain('<derefUri>');
  });
});
