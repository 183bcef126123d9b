// Items red team 16 found and the first merge left (docs/privacy.md, "Found by red team 16 and left"), fixed
// afterwards: a name split by other marks than a hyphen, a badge with a suffix after any unit word, and the like.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

type Request = { officer: { name: string; badge?: string }; incident: { summary?: string; notes?: string } };
const base = JSON.parse(readFileSync(new URL('../../examples/request.json', import.meta.url), 'utf8')) as Request;
const options = { now: '2026-11-22T21:30:00Z', override: { reason: 'x' } };

/** Every public text of a build with the officer and summary given. */
function published(officer: string, summary: string): { said: string; all: string } {
  const r = structuredClone(base);
  r.officer.name = officer;
  r.incident.summary = summary;
  const res = safeBuildBlueAlert(r as never, options as never);
  if (!res.success) throw new Error(`refused: ${JSON.stringify(res.issues).slice(0, 300)}`);
  const m = res.data;
  const d = m.text.description;
  return { said: d.slice(0, d.indexOf(' Place:')), all: `${m.xml}\n${JSON.stringify(m.text)}` };
}

describe('a name split by a mark inside the word is withheld whole', () => {
  for (const split of ['Oka.for', 'Oka+for', 'O.KAFOR', 'Oka*for', 'OKA.FOR', 'Okaf.or', 'Oka·for', 'Oka~for', 'Oka–for', 'Oka|for']) {
    it(`"${split} was shot"`, () => {
      const out = published('Daniel Okafor', `${split} was shot.`);
      expect(out.said.toLowerCase()).toBe('an officer was shot.');
      expect(out.all.toLowerCase().replace(/[^a-z]/g, '')).not.toContain('okafor');
    });
  }
  it('a piece already withheld gives way to the whole word ("Dan.iel", not "An officer.iel")', () => {
    expect(published('Daniel Okafor', 'Dan.iel was shot.').said).toBe('An officer was shot.');
  });
  it('dotted abbreviations, phone numbers and domains are kept', () => {
    const s = 'He fled at 5 p.m. toward the U.S. border. Call 1-800-555-0100 or visit cbi.colorado.gov.';
    expect(published('Daniel Okafor', s).said).toBe(s);
  });
});

describe('a badge with a letter before or after it, after any unit word, is withheld whole', () => {
  const cases: [string, string][] = [
    ['His vehicle 4471-A was hit.', 'His vehicle [withheld] was hit.'],
    ['Unit A-4471 was hit.', 'Unit [withheld] was hit.'],
    ['Unit A4471 was hit.', 'Unit [withheld] was hit.'],
    ['Unit no. 4471-A was hit.', 'Unit [withheld] was hit.'],
    ['La unidad número 4471-A fue atacada.', 'La unidad número [withheld] fue atacada.'],
  ];
  for (const [summary, expected] of cases) it(`"${summary}"`, () => expect(published('Daniel Okafor', summary).said).toBe(expected));
  it('without a unit word it is a model or a road: kept', () => {
    expect(published('Daniel Okafor', 'The suspect drove a 4471-A model on I-4471.').said).toBe('The suspect drove a 4471-A model on I-4471.');
  });
});

describe('Spanish short forms red team 16 found published', () => {
  const cases: [string, string][] = [['Roberto Okafor', 'Tito'], ['Roberto Okafor', 'Berto'], ['Guillermo Okafor', 'Guille'], ['José Okafor', 'Pepito'], ['Carlos Okafor', 'Charly'], ['Luis Okafor', 'Lucho']];
  for (const [officer, short] of cases) it(`${short} for ${officer}`, () => expect(published(officer, `${short} was shot.`).said).toBe('An officer was shot.'));
  it('a short form of another name is kept ("Tito" for an officer Daniel)', () => {
    expect(published('Daniel Okafor', 'Tito was shot.').said).toBe('Tito was shot.');
  });
});
