/** Leak class 6: names in scripts without spaces (Chinese, Japanese, Thai) and right-to-left scripts. */
import { describe, expect, it } from 'vitest';
import { publicSummary } from './support.js';

describe('names in scripts without word boundaries', () => {
  it.each([
    // the title after the name goes with it (red team 9: "王警官")
    ['奥卡福', '奥卡福警官被枪击。', 'An officer被枪击。'],
    ['オカフォー', '警察官オカフォーが撃たれた', '警察官an officerが撃たれた'],
    ['โอคาฟอร์', 'เจ้าหน้าที่โอคาฟอร์ถูกยิง', 'เจ้าหน้าที่an officerถูกยิง'],
    ['Daniel Okafor', '警官Okafor被枪击', '警官an officer被枪击'],
  ])('%s: %j -> %j', (name, summary, expected) => {
    expect(publicSummary(summary, { name })).toBe(expected);
  });
});

describe('right-to-left scripts', () => {
  it.each([
    ['أوكافور', 'أصيب الضابط أوكافور', 'أصيب الضابط an officer'],
    ['أوكافور', 'وأوكافور أصيب', 'وan officer أصيب'],
    ['אוקפור', 'השוטר אוקפור נפצע', 'השוטר an officer נפצע'],
    ['Daniel Okafor', 'الضابط \u200FOkafor\u200F أصيب', 'الضابط an officer أصيب'],
  ])('%s: %j -> %j', (name, summary, expected) => {
    expect(publicSummary(summary, { name })).toBe(expected);
  });
});

describe('Cyrillic and Greek names', () => {
  it.each([
    // a title in a language the library does not know stays; the name goes
    ['Иван Петров', 'Офицер Петров ранен', 'Офицер an officer ранен'],
    ['Иван Петров', 'Иван Петров ранен', 'An officer ранен'],
    ['Νίκος Παπαδόπουλος', 'Ο Παπαδοπουλος τραυματίστηκε', 'Ο an officer τραυματίστηκε'],
  ])('%s: %j -> %j', (name, summary, expected) => {
    expect(publicSummary(summary, { name })).toBe(expected);
  });
});
