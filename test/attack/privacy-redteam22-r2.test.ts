/**
 * Re-attack 22, helper r2: the officer's home address written before the words that say it is the home (F4, F5, F6,
 * F17, F20). Each case under requests/redteam22 published the address before its fix; generated variants use other
 * addresses, names and fields; innocent text stays as written.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cancelBlueAlert, safeBuildBlueAlert } from '../../src/index.js';
import { withholdHome } from '../../src/redaction/kin.js';

interface Case { request: Record<string, any>; options: Record<string, any>; expect: string }
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam22/${name}.json`, import.meta.url), 'utf8')) as Case;
const BASE = load('F4');

function build(request: Record<string, any>, options: Record<string, any> = BASE.options) {
  const r = safeBuildBlueAlert(request, options as never);
  if (!r.success) throw new Error(`refused: ${r.issues.map((i) => i.code).join(', ')}`);
  return { description: r.data.text.description, all: `${r.data.xml}\n${JSON.stringify(r.data.text)}` };
}
function withSummary(summary: string, edit?: (r: Record<string, any>) => void) {
  const r = structuredClone(BASE.request);
  r.incident.summary = summary;
  edit?.(r);
  return build(r);
}

describe('re-attack 22 r2: the request files', () => {
  for (const id of ['F4', 'F5', 'F6', 'F20']) {
    it(`${id}: the address is withheld whole`, () => {
      const c = load(id);
      const out = build(c.request, c.options);
      expect(out.description).toContain(c.expect);
      expect(out.all).not.toMatch(/(?<!ABC)1234|1200 block|Maple Dr|Pine Ave/u);
    });
  }
  it('F17: officer-missing, the "Vega family home" address is withheld', () => {
    const c = load('F17');
    const out = build(c.request, c.options);
    expect(out.all).not.toMatch(/455 Sonoma|Sonoma Ranch/u);
    const r = structuredClone(c.request);
    r.officer.description.clothing = 'navy uniform; last at 455 Sonoma Ranch Blvd, the Vega family home';
    expect(build(r, c.options).all).not.toMatch(/455 Sonoma|Sonoma Ranch/u);
  });
});

const ADDRESSES = ['1234 Maple Dr', '77 N Elm St', '9 Oak Avenue', '4410 W. 38th Ave'];
const HOMES = [
  'the Okafor family home', "the officer's family residence", "the Okafors' home", "Danny's home", "the Okafor home",
  'where his family lives', 'where his wife lives', 'which was his home', 'la casa de su familia', 'el hogar de la familia',
  "his late father's house", 'home to his family', 'where he lived',
];

describe('re-attack 22 r2: generated variants', () => {
  for (const a of ADDRESSES) {
    for (const h of HOMES) {
      it(`"${a}, ${h}" in the summary and the vehicle's features`, () => {
        const street = a.split(' ').slice(-2)[0] as string;
        const out = withSummary(`Officers are at ${a}, ${h}.`, (r) => {
          r.suspects[0].vehicle.features = `last parked at ${a}, ${h}`;
        });
        expect(out.all).not.toContain(a);
        expect(out.all).not.toMatch(new RegExp(`\\d+ (?:[NW]\\.? )?${street}`, 'u'));
        expect(out.all).not.toMatch(/Okafor|Danny/u);
      });
    }
  }

  it('a block, a flat, a town, a number in words', () => {
    for (const [text, expected] of [
      ['Officers are at the 1200 block of Maple Dr, where he lived.', 'Officers are at [withheld], where he lived.'],
      ['Officers are at 1234 Maple Dr in Aurora, where he lived.', 'Officers are at [withheld] in Aurora, where he lived.'],
      ['Officers are at 1234 Maple Dr, Unit 5, his residence.', 'Officers are at [withheld], his residence.'],
      ['Officers are at 55 Elm St, Suite 200, his residence.', 'Officers are at [withheld], his residence.'],
      ['Officers are at One Maple Dr, his residence.', 'Officers are at [withheld], his residence.'],
      ['Officers are at 1234 Maple Dr; it is his home.', 'Officers are at [withheld]; it is his home.'],
      ['Officers are at 1234 Maple Dr, Grace\'s home; Grace is his wife.', 'Officers are at [withheld],'],
      ['Officers are at 1234 Maple Dr, Denver, CO 80202, his residence.', 'Officers are at [withheld], Denver'],
    ]) {
      expect(withSummary(text as string).description).toContain(expected);
    }
  });

  it('in Cancel reasons the address before the home phrase refuses the Cancel', () => {
    const prev = safeBuildBlueAlert(BASE.request, BASE.options as never);
    if (!prev.success) throw new Error('refused');
    for (const reason of [
      'Suspect in custody. Flowers may be left at 1234 Maple Dr, where his wife lives.',
      'Suspect in custody. Flowers may be left at 1234 Maple Dr, which was his home.',
      'Suspect in custody. Vigil at the 1200 block of Maple Dr, where he lived.',
      'Suspect in custody. Vigil at 1234 Maple Dr in Aurora, where he lived.',
    ]) {
      expect(() => cancelBlueAlert(prev.data, { reason, request: BASE.request } as never)).toThrow();
    }
  });
});

describe('re-attack 22 r2: innocent text stays', () => {
  it('a suspect\'s home, a crowd, a landmark, a number, a company', () => {
    for (const text of [
      'The suspect fled to 1234 Maple Dr, where his wife lives.',
      'Officers are at 1234 Maple Dr, where the crowd gathered.',
      'Officers are at 1600 Pennsylvania Ave, the White House.',
      'The shooting was at 55 Elm St, Joe\'s Diner.',
      'Two officers responded to the scene.',
      'Officers are at 1600 Pennsylvania Ave, the White House.',
      'Officers are at 1234 Maple Dr, the Hale family home.',
    ]) {
      expect(withholdHome(text, ['marcus', 'hale'])).toBe(text);
    }
  });
});

describe('re-attack 22 r2: a relative\'s or the family\'s home by name, in the home scan itself', () => {
  it('a capitalised possessive or a family name before the home word', () => {
    for (const h of ["the Adeyemis' home", "Grace's home", 'the Adeyemi family home', 'the Adeyemi residence', 'the Okafor home']) {
      expect(withholdHome(`Vigil at 1234 Maple Dr, ${h}.`, ['marcus', 'hale'])).toBe(`Vigil at [withheld], ${h}.`);
    }
  });
});
