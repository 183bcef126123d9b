// Red team 16 (2026-12-03, black box) attacked red team 15's family and home rules: a missing officer's home through
// the last known location, "the officer's home" in a sentence about the suspect, "who lives at", "left home at",
// "his wife's house", Spanish "su casa en Calle Luna 45", relatives after an honorific, at a sentence start, with an
// initial, in lower case and in location fields; and a named suspect's home withheld.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';
import { withholdHome, withholdRelatives, kinContext } from '../../src/redaction/kin.js';

const OPTIONS = { now: '2026-11-22T21:30:00Z', override: { reason: 'test' } };
const build = (name: string) => {
  const r = JSON.parse(readFileSync(new URL(`./requests/redteam16/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
  return buildBlueAlert((r['request'] ?? r) as never, OPTIONS);
};
const everything = (m: ReturnType<typeof build>): string => [m.xml, m.text.description, m.text.wea360, m.text.eas, m.text.es?.description ?? '', m.text.es?.eas ?? ''].join('\n');

describe('red team 16: the home address', () => {
  it.each([
    ['leak-missing-officer-home-in-last-known-location', /12 Elm/u],
    ['leak-missing-officer-home-spanish', /Calle Luna 45/u],
    ['leak-missing-officer-home-variants', /12 Elm|55 Ridge|7 Oak/u],
    ['leak-officers-home-address-officer-killed', /12 Elm/u],
  ])('%s: withheld in every output', (name, address) => {
    expect(everything(build(name))).not.toMatch(address);
  });

  it('the sentence goes on after the address; a named suspect\'s home keeps its address', () => {
    expect(build('leak-missing-officer-home-variants').text.description).toContain('their place at [withheld] were searched.');
    expect(build('over-suspect-home-address-named-suspect').text.description).toContain('Hale may be at his family home at 55 Ridge Rd.');
    expect(withholdHome('The suspect went to the officer\'s home at 12 Elm St.')).toBe('The suspect went to the officer\'s home at [withheld].');
    expect(withholdHome('Marcus Hale fled his home at 12 Elm St.', ['hale'])).toBe('Marcus Hale fled his home at 12 Elm St.');
    expect(withholdHome('12 Elm St, Denver (his home)', [], true)).toBe('[withheld], Denver (his home)');
  });
});

describe('red team 16: relatives of a missing officer whose name is released', () => {
  it.each(['leak-missing-officer-kin-honorific-initial-lowercase', 'leak-missing-officer-kin-in-location-fields', 'leak-missing-officer-kin-sentence-start'])('%s', (name) => {
    const out = everything(build(name));
    expect(out).not.toMatch(/Grace|Michael|G\. Okafor|grace okafor/u);
    expect(out).toContain('Officer Daniel Okafor');
  });

  it('the officer is still named: a nickname, an initial, a sentence word before the surname', () => {
    const k = kinContext('Daniel Okafor', ['marcus lee hale'])!;
    expect(withholdRelatives('Yesterday Okafor was seen. Help Okafor get home. D. Okafor and Danny Okafor.', k)).toBe('Yesterday Okafor was seen. Help Okafor get home. D. Okafor and Danny Okafor.');
    expect(withholdRelatives('Mrs. Grace Okafor and his son Michael A. Okafor; Grace and Michael Okafor; his wife grace okafor; his wife Grace Adeyemi-Okafor.', k)).toBe(
      '[name withheld] and his son [name withheld]; [name withheld]; his wife [name withheld]; his wife [name withheld].',
    );
  });
});

describe('where a withheld address ends', () => {
  it('at the end of the text, before a new sentence, a comma or a verb; an apartment goes with it', () => {
    expect(withholdHome('Seen at his home at 12 Elm St. He fled.')).toBe('Seen at his home at [withheld]. He fled.');
    expect(withholdHome('Seen at his home at 12 Elm St. Apt. 4, Denver.')).toBe('Seen at his home at [withheld], Denver.');
    expect(withholdHome('Seen at their home at 12 Elm St')).toBe('Seen at their home at [withheld]');
  });
});
