/** Leak class 5: the badge in any written form, in the badge field and in free text. */
import { describe, expect, it } from 'vitest';
import { badgeTerm } from '../../src/redaction/names.js';
import { publicSummary } from './support.js';

describe('the badge field: the identifier is extracted', () => {
  it.each([
    ['4471', '4471'],
    ['Badge: 4471', '4471'],
    ['#4471', '4471'],
    ['No. 4471', '4471'],
    ['Badge No. #4471', '4471'],
    ['Shield 44-71', '4471'],
    ['  badge 4471 ', '4471'],
    ['№ 4471', '4471'],
    ['DPD-4471', 'dpd4471'],
  ])('%j -> %j', (badge, core) => {
    expect(badgeTerm(badge)?.text).toBe(core);
  });
});

describe('every written form of the badge in free text: removed as an aside, "[withheld]" inside a sentence', () => {
  for (const badge of ['4471', 'Badge: 4471', '#4471', 'No. 4471']) {
    it.each([
      ['Officer, badge #4471, was shot.', 'Officer was shot.'],
      ['He wore badge number 4471.', 'He wore [withheld].'],
      ['Unit 4471 responded.', 'Unit [withheld] responded.'],
      ['The number 44-71 was on his vest.', 'The [withheld] was on his vest.'],
      ['Shield 44 71 recovered.', '[withheld] recovered.'],
      ['Officer Okafor #4471 was shot.', 'An officer was shot.'],
      ['(#4471) was hit.', 'Was hit.'],
    ])(`badge field ${JSON.stringify(badge)}: %j -> %j`, (summary, expected) => {
      expect(publicSummary(summary, { badge })).toBe(expected);
    });
  }

  it('numbers that only contain the badge are not the badge', () => {
    for (const s of ['Call 1-800-555-4471.', 'At 14:4471 hours', 'Plate ABC4471', 'Model 4471-B', 'On 2026-4471']) {
      expect(publicSummary(s)).toBe(s);
    }
  });
});
