/**
 * Re-attack 23, helper s2: relatives' names (P2, P4, P5, P9, P11) and a withheld name that swallowed the next
 * sentence's first word (P13). Each case under requests/redteam23 leaked or garbled before its fix; generated
 * variants use other names, next sentences and fields; innocent text stays as written.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

const load = (name: string): Record<string, any> => JSON.parse(readFileSync(new URL(`./requests/redteam23/${name}.json`, import.meta.url), 'utf8')) as Record<string, any>;
const OPTIONS = { now: '2026-11-22T14:20:00-07:00' };
const BASE = load('P2');
const RUNS = Number(process.env.FC_NUM_RUNS ?? 40);

function build(request: Record<string, any>) {
  const r = safeBuildBlueAlert(request, OPTIONS as never);
  if (!r.success) throw new Error(`refused: ${r.issues.map((i) => i.code).join(', ')}`);
  return { description: r.data.text.description, all: `${r.data.xml}\n${JSON.stringify(r.data.text)}\n${JSON.stringify(r.data.warnings ?? [])}` };
}
function withSummary(summary: string, edit?: (r: Record<string, any>) => void) {
  const r = structuredClone(BASE);
  r.incident.summary = summary;
  edit?.(r);
  return build(r);
}
/** The names that must not be published (whole words, case-insensitive). */
function leaks(all: string, names: readonly string[]): string[] {
  return names.filter((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'iu').test(all));
}

const WIVES = ['Lucia Mendoza', 'Grace Adeyemi', 'Hana Sato', 'Malia Fonoti', 'Ngozi Eze', 'Rosa Delgado'];
const NEXT = [
  'Suspect remains at large.', 'Services are pending.', 'Funeral arrangements will be announced.', 'Donations may be made to the FOP.',
  'Vigil tonight at 7 PM.', 'Memorial set for Friday.', 'Flags will fly at half staff.', 'Police ask for tips.', 'Anyone with information should call 911.',
  'Survived by spouse Lucia Mendoza.',
];

describe('re-attack 23 P13: a withheld relative never swallows the next sentence', () => {
  it('the request file', () => {
    const out = build(load('P13'));
    expect(out.description).toContain('his wife [name withheld]. Suspect remains at large.');
    expect(out.description).toContain('SURVIVED BY HIS WIFE, [name withheld], AND THREE CHILDREN.');
    expect(leaks(out.all, ['Lucia', 'Mendoza', 'Grace', 'Adeyemi'])).toEqual([]);
  });
  for (const wife of WIVES) {
    for (const next of NEXT) {
      it(`"his wife ${wife}. ${next}"`, () => {
        const out = withSummary(`Officer Okafor leaves behind his wife ${wife}. ${next}`);
        const kept = next.replace(/Lucia Mendoza/u, '[name withheld]');
        expect(out.description).toContain(`his wife [name withheld]. ${kept}`);
        expect(leaks(out.all, wife.split(' '))).toEqual([]);
      });
    }
  }
  it('after a "Survived by" sentence, the all-caps sentence keeps its words', () => {
    const out = withSummary('Survived by spouse Lucia Mendoza. SURVIVED BY HIS WIFE, GRACE ADEYEMI, AND THREE CHILDREN.');
    expect(out.description).toContain('Survived by spouse [name withheld]. SURVIVED BY HIS WIFE, [name withheld], AND THREE CHILDREN.');
  });
  it('a middle initial stays part of the name', () => {
    const out = withSummary('Officer Okafor leaves behind his wife Grace A. Adeyemi. Services are pending.');
    expect(out.description).toContain('his wife [name withheld]. Services are pending.');
    expect(leaks(out.all, ['Grace', 'Adeyemi'])).toEqual([]);
  });
  it('generated: all caps, any number word', () => {
    fc.assert(
      fc.property(fc.constantFrom('TWO', 'THREE', 'FOUR', 'FIVE', 'SEVERAL'), fc.constantFrom('CHILDREN', 'GRANDCHILDREN', 'SONS', 'DAUGHTERS'), fc.constantFrom(...WIVES), (n, kids, wife) => {
        const out = withSummary(`OFFICER OKAFOR IS SURVIVED BY HIS WIFE, ${wife.toUpperCase()}, AND ${n} ${kids}.`);
        expect(out.description).toContain(`AND ${n} ${kids}.`);
        expect(leaks(out.all, wife.split(' '))).toEqual([]);
      }),
      { seed: 2301, numRuns: Math.min(RUNS, 30) },
    );
  });
});

const KIN = ['wife', 'husband', 'spouse', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'fiancee', 'partner', 'girlfriend', 'esposa', 'hijo'];

describe('re-attack 23 P2: a word for a relative, "next of kin" or "NOK" before a colon starts a relative\'s name', () => {
  it('the request file', () => {
    const out = build(load('P2'));
    expect(out.description).toContain('(wife: [name withheld]) was shot. Next of kin: [name withheld].');
    expect(leaks(out.all, ['Lucia', 'Mendoza', 'Grace', 'Adeyemi'])).toEqual([]);
  });
  it('the wea360 override', () => {
    const out = build(load('P2b-wea360'));
    expect(out.all).toContain('Next of kin: [name withheld].');
    expect(leaks(out.all, ['Grace', 'Adeyemi'])).toEqual([]);
  });
  for (const kin of KIN) {
    it(`"(${kin}: X)" in the summary and the note`, () => {
      const out = withSummary(`Officer Okafor (${kin}: Grace Adeyemi) was shot.`, (r) => {
        r.note = `Officer Okafor, ${kin}: Hana Sato.`;
      });
      expect(leaks(out.all, ['Grace', 'Adeyemi', 'Hana', 'Sato'])).toEqual([]);
    });
  }
  for (const label of ['Next of kin', 'NEXT OF KIN', 'next of kin', 'NOK', 'Wife']) {
    it(`"${label}: X"`, () => {
      const out = withSummary(`Officer Okafor was shot. ${label}: Lucia Mendoza-Reyes. Suspect fled east.`);
      expect(leaks(out.all, ['Lucia', 'Mendoza'])).toEqual([]);
      expect(out.description).toContain('Suspect fled east.');
    });
  }
  it("a suspect's relative after a colon stays named", () => {
    const out = withSummary('Suspect Marcus Lee Hale (brother: Tom Hale) fled east.');
    expect(out.description).toContain('(brother: Tom Hale)');
  });
});

describe('re-attack 23 P5: obituary lists with semicolons', () => {
  it('the request file', () => {
    const out = build(load('P5'));
    expect(out.description).toContain('survived by his wife, [name withheld]; son, [name withheld], 7; and daughter, [name withheld], 4.');
    expect(leaks(out.all, ['Grace', 'Adeyemi', 'Emeka', 'Ada'])).toEqual([]);
  });
  it('"Survivors include his wife X of Aurora; a son, Y; and a daughter, Z."', () => {
    const out = withSummary('Survivors include his wife Grace Adeyemi of Aurora; a son, Emeka; and a daughter, Ada.');
    expect(out.description).toContain('of Aurora; a son, [name withheld]; and a daughter, [name withheld].');
    expect(leaks(out.all, ['Grace', 'Adeyemi', 'Emeka', 'Ada'])).toEqual([]);
  });
  it('generated: openers, kin words, ages and fields', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('is survived by', 'leaves behind', 'Survivors include'),
        fc.constantFrom('', 'a ', 'his ', 'and ', 'and a ', 'and his '),
        fc.constantFrom('son', 'daughter', 'brother', 'sister', 'mother', 'stepson', 'granddaughter'),
        fc.constantFrom('Emeka', 'Ada Okoro', 'Chidi', 'Ngozi Eze'),
        fc.constantFrom('', ', 7', ' of Denver'),
        fc.constantFrom('summary', 'note'),
        (open, opener, kin, name, tail, field) => {
          const text = `Officer Okafor ${open} his wife, Grace Adeyemi; ${opener}${kin}, ${name}${tail}; and ${opener.includes('a ') ? 'a ' : ''}niece, Zara.`;
          const out = withSummary(field === 'summary' ? text : 'Officer Okafor was shot.', (r) => {
            if (field === 'note') r.note = text;
          });
          expect(leaks(out.all, ['Grace', 'Adeyemi', ...name.split(' '), 'Zara'])).toEqual([]);
        },
      ),
      { seed: 2305, numRuns: RUNS },
    );
  });
  it("a suspect's list keeps its names", () => {
    const out = withSummary('The suspect lives with his brother, Tom; sister, Joan; and cousin, Rick.');
    expect(out.description).toContain('his brother, Tom; sister, Joan; and cousin, Rick.');
  });
});

describe('re-attack 23 P4: a word between the possessive and the word for a relative, and more such words', () => {
  it('the request file', () => {
    const out = build(load('P4'));
    expect(out.description).toContain('his pregnant wife [name withheld] and his 7-year-old son [name withheld]. His bride, [name withheld], was notified. His longtime partner [name withheld] asked');
    expect(leaks(out.all, ['Grace', 'Adeyemi', 'Emeka', 'Malia', 'Fonoti', 'Hana', 'Sato'])).toEqual([]);
  });
  const FORMS = [
    'his pregnant wife', 'his 7-year-old son', 'His longtime partner', 'his high school sweetheart', 'His bride,', 'his twin brother',
    "the officer's grieving widow", 'his common-law wife', 'his 12-year-old daughter', 'his bride-to-be', 'his new groom',
  ];
  const FRAMES = [(k: string, n: string) => `Officer Okafor leaves behind ${k} ${n}.`, (k: string, n: string) => `${k[0]?.toUpperCase()}${k.slice(1)} ${n} asked for privacy.`, (k: string, n: string) => `Officer Okafor was shot; ${k} ${n} was notified.`];
  for (const k of FORMS) {
    for (const [i, frame] of FRAMES.entries()) {
      it(`"${k} X" (frame ${i})`, () => {
        const out = withSummary(frame(k, 'Hana Sato'));
        expect(leaks(out.all, ['Hana', 'Sato'])).toEqual([]);
      });
    }
  }
  it('"X, twin brother of Officer Y" and "X (twin brother)"', () => {
    const out = withSummary('Hana Sato, twin brother of Officer Okafor, spoke. Malia Fonoti (twin brother) spoke.');
    expect(leaks(out.all, ['Hana', 'Sato', 'Malia', 'Fonoti'])).toEqual([]);
  });
  it('Spanish "Su compañera X"', () => {
    const out = withSummary('El agente Okafor murió. Su compañera Lucía Mendoza pidió privacidad.', (r) => {
      r.languages = ['en-US', 'es-US'];
    });
    expect(leaks(out.all, ['Lucía', 'Lucia', 'Mendoza'])).toEqual([]);
  });
  it("a suspect's relative with a modifier stays named", () => {
    const out = withSummary('The suspect fled with his pregnant wife Tina Hale in a gray Ford.');
    expect(out.description).toContain('his pregnant wife Tina Hale in a gray Ford');
  });
});
