import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitSegments, ladder, truncateWords, type Segment } from '../../src/text/fit.js';
import { abbreviate, directionPhrase, displayLink, firstItems, initials } from '../../src/text/words.js';

const runs = { numRuns: Number(process.env['FC_NUM_RUNS'] ?? 100), seed: Number(process.env['FC_SEED'] ?? 42) };
const len = (s: string): number => s.length;

function seg(id: string, priority: number, required: boolean, ...texts: string[]): Segment {
  return { id, priority, required, variants: texts.map((text, i) => ({ text, kind: i === 0 ? 'abbrev' : 'content' })) };
}

describe('truncateWords', () => {
  it('cuts at a word boundary and drops dangling punctuation', () => {
    expect(truncateWords('Do not approach the suspect', 18)).toBe('Do not approach');
    expect(truncateWords('Red car, blue truck', 9)).toBe('Red car');
    expect(truncateWords('Do not approach the suspect', 20, len, ' ***')).toBe('Do not approach ***');
    expect(truncateWords('short', 10)).toBe('short');
  });
  it('never returns more than max and never a partial word', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,9}$/), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 120 }), (words, max) => {
        const text = words.join(' ');
        const out = truncateWords(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        const outWords = out === '' ? [] : out.split(' ');
        expect(outWords).toEqual(words.slice(0, outWords.length));
      }),
      runs,
    );
  });
});

describe('fitSegments', () => {
  it('drops the least important optional segment first', () => {
    const r = fitSegments(
      [seg('what', 1, true, 'BLUE ALERT. Officer killed.'), seg('plate', 2, false, 'CO plate ABC1234.'), seg('link', 8, false, 'example.gov/blue-alert')],
      50,
      len,
    );
    expect(r.text).toBe('BLUE ALERT. Officer killed. CO plate ABC1234.');
    expect(r.dropped).toEqual(['link']);
  });
  it('shortens by the importance of what a step loses, across segments', () => {
    const what: Segment = {
      id: 'what',
      priority: 1,
      required: true,
      variants: [
        { text: 'BLUE ALERT. Officer killed at Main St at 2:05 PM.', kind: 'abbrev' },
        { text: 'BLUE ALERT. Officer killed at Main St.', kind: 'content', priority: 5 },
        { text: 'BLUE ALERT. Officer killed.', kind: 'content', priority: 3 },
      ],
    };
    const plate = seg('plate', 2, false, 'CO plate ABC1234.');
    // 50 chars: losing the time (5) is cheaper than losing the plate (2) or the place (3)
    expect(fitSegments([what, plate], 56, len).text).toBe('BLUE ALERT. Officer killed at Main St. CO plate ABC1234.');
    expect(fitSegments([what, plate], 45, len).text).toBe('BLUE ALERT. Officer killed. CO plate ABC1234.');
  });
  it('tries abbreviations before losing content, and undoes those not needed', () => {
    const s = ladder(['Do not approach. Call 911.'], (x) => x.replace('Do not', "Don't"), len); // a custom abbreviation
    const link = seg('link', 8, false, 'example.gov');
    expect(fitSegments([{ id: 'a', priority: 1, required: true, variants: s }, link], 37, len).text).toBe("Don't approach. Call 911. example.gov");
    expect(fitSegments([{ id: 'a', priority: 1, required: true, variants: s }, link], 60, len).text).toBe('Do not approach. Call 911. example.gov');
  });
  it('keeps required segments and cuts at a word boundary only as a last resort', () => {
    const r = fitSegments([seg('what', 1, true, 'BLUE ALERT. A very long required sentence that cannot fit.')], 30, len);
    expect(r.cut).toBe(true);
    expect(r.text).toBe('BLUE ALERT. A very long');
  });
  it('always fits and only ever shows whole variants', () => {
    const segArb = fc.record({
      priority: fc.integer({ min: 1, max: 9 }),
      required: fc.boolean(),
      texts: fc.array(fc.stringMatching(/^[A-Za-z]{1,8}( [A-Za-z]{1,8}){0,8}\.$/), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(segArb, { minLength: 1, maxLength: 8 }), fc.integer({ min: 20, max: 200 }), (specs, max) => {
        const segs = specs.map((s, i) => seg(`s${i}`, s.priority, s.required, ...[...s.texts].sort((a, b) => b.length - a.length)));
        const r = fitSegments(segs, max, len);
        expect(r.text.length).toBeLessThanOrEqual(max);
        if (!r.cut) {
          const all = new Set(segs.flatMap((x) => x.variants.map((v) => v.text)));
          // the text is made of whole variants
          let rest = r.text;
          for (const x of segs) {
            const shown = x.variants.find((v) => rest.startsWith(v.text) && (rest.length === v.text.length || rest[v.text.length] === ' '));
            if (shown) rest = rest.slice(shown.text.length).trimStart();
          }
          expect(rest).toBe('');
          expect(all.size).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });
});

describe('words', () => {
  it('abbreviates street suffixes, directions of travel and units, protecting names', () => {
    expect(abbreviate('Last seen on Colorado Boulevard eastbound, 180 pounds')).toBe('Last seen on Colorado Blvd EB, 180 lb');
    expect(abbreviate('Suspect Andrew Street, heading North')).toBe('Suspect Andrew St, heading North');
    expect(abbreviate('Suspect Andrew Street, heading North', ['Andrew Street'])).toBe('Suspect Andrew Street, heading North');
    expect(abbreviate('North Broadway and West Colfax Avenue')).toBe('N Broadway & W Colfax Ave');
    expect(abbreviate('South Gate, heading North')).toBe('South Gate, heading North');
  });
  it('makes initials of agency names', () => {
    expect(initials('Colorado Bureau of Investigation')).toBe('CBI');
    expect(initials('Texas Department of Public Safety')).toBe('TDPS');
    expect(initials('CBI')).toBe('CBI');
  });
  it('phrases a direction and keeps its words', () => {
    expect(directionPhrase('east')).toBe('heading east');
    expect(directionPhrase('toward Kansas on I-70')).toBe('heading toward Kansas on I-70');
    expect(directionPhrase('fled on foot')).toBe('fled on foot');
    expect(directionPhrase('northbound on I-25')).toBe('traveling northbound on I-25');
  });
  it('shows links without the scheme, and refuses links that would need transliteration', () => {
    expect(displayLink('https://cbi.colorado.gov/blue-alert/')).toBe('cbi.colorado.gov/blue-alert');
    expect(displayLink('https://x.gov/~a', (s) => !s.includes('~'))).toBeUndefined();
  });
  it('keeps whole list items', () => {
    expect(firstItems('black hoodie, blue jeans, white shoes', 26)).toBe('black hoodie, blue jeans');
    expect(firstItems('a very long first item', 5)).toBeUndefined();
  });
});
