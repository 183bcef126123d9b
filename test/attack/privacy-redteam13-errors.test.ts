// Red team 13 (2026-12-03, black box): the nickname table read one way only (04, 07a), error paths and quotes that
// named the officer (08, 09) and sender addresses made of an initial and the surname or of the badge (03). The
// requests are under requests/redteam13; the CLI's stderr for 08 and 09 is in test/cli/privacy-errors13.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';

type Req = Record<string, unknown> & { officer: Record<string, unknown>; incident: Record<string, unknown>; issuer: Record<string, unknown> };
const load = (name: string): Req => JSON.parse(readFileSync(new URL(`./requests/redteam13/${name}.json`, import.meta.url), 'utf8')) as Req;
const NOW = '2026-11-22T21:30:00Z';
const opts = { now: NOW, identifier: 'CBI-RT13-0001' };
const details = (r: Req): string => buildBlueAlert(r as never, opts).text.description.split(' Place:')[0] ?? '';

/** Short form on file -> formal (and other) forms written in the text. */
const PAIRS: readonly [string, readonly string[]][] = [
  ['Tom', ['Thomas', 'Tomás', 'Tommy']], ['Dan', ['Daniel', 'Danny']], ['Bill', ['William', 'Billy', 'Liam']],
  ['Pepe', ['José', 'Jose']], ['Paco', ['Francisco', 'Pancho']], ['Liz', ['Elizabeth', 'Beth']],
  ['Sasha', ['Alexander', 'Alexandra']], ['Bob', ['Robert', 'Bobby']], ['Mike', ['Michael']], ['Jim', ['James']],
  ['Joe', ['Joseph']], ['Maggie', ['Margaret', 'Peggy']], ['Tony', ['Anthony', 'Antonio']], ['Dick', ['Richard']],
  ['Ted', ['Edward']], ['Jack', ['John']], ['Ben', ['Benjamin']], ['Sam', ['Samuel', 'Samantha']],
  ['Pat', ['Patrick', 'Patricia']], ['Jen', ['Jennifer']], ['Becky', ['Rebecca']], ['Larry', ['Lawrence']],
  ['Alex', ['Alexander', 'Alexandra', 'Alejandro']], ['Sean', ['Shawn', 'Shaun']], ['Seán', ['Shawn', 'Shaun']],
  ['Shawn', ['Sean', 'Seán', 'Shaun']],
];
const SURNAMES = ['Hunter', 'Okafor', 'Washington', 'Nakamura'];

describe('red team 13: a short given name on file withholds its formal forms (finding 04, 07a)', () => {
  it('the finding: "Thomas Hunter was shot" for an officer Tom Hunter', () => {
    expect(details(load('04-formal-given-name'))).toBe('An officer was shot during a traffic stop.');
  });

  it.each(PAIRS)('officer %s <surname>: %j alone and before the surname are withheld', (short, forms) => {
    const base = load('04-formal-given-name');
    for (const [k, surname] of SURNAMES.entries()) {
      for (const form of forms) {
        const r = structuredClone(base);
        r.officer.name = `${short} ${surname}`;
        r.incident.summary = k % 2 === 0 ? `${form} ${surname} was shot during a traffic stop.` : `The suspect fled. ${form} was shot during a traffic stop.`;
        const out = details(r);
        expect(out, `${short} ${surname}: ${r.incident.summary as string}`).not.toContain(form);
        expect(out).not.toContain(surname);
      }
    }
  });

  it('a short form of several formal names yields all of them, but not their other short forms', () => {
    const r = load('04-formal-given-name');
    r.officer.name = 'Alex Hunter';
    for (const form of ['Alexander', 'Alexandra', 'Alejandro']) {
      r.incident.summary = `The suspect fled. ${form} was shot during a traffic stop.`;
      expect(details(r)).not.toContain(form);
    }
    r.incident.summary = 'The suspect fled. Sandra Lopez saw the shooting.';
    expect(details(r)).toContain('Sandra Lopez');
  });

  it('a formal or short form that is an everyday word stays in lower case ("will", "frank", "bill")', () => {
    const r = load('04-formal-given-name');
    for (const [name, text] of [
      ['Bill Hunter', 'The suspect will flee again; the bill was unpaid.'],
      ['Will Okafor', 'The suspect left an unpaid bill and will flee again.'],
      ['Paco Okafor', 'A frank witness said the suspect fled.'],
    ] as const) {
      r.officer.name = name;
      r.incident.summary = text;
      expect(details(r)).toBe(text);
    }
  });

  it('the anglicised Irish forms: "Shawn" and "Shaun" for an officer Seán Ó Briain (07a)', () => {
    const r = load('07a-anglicised-irish');
    for (const form of ['Shawn', 'Shaun', 'Sean']) {
      r.incident.summary = `The suspect fled. ${form} was shot during a traffic stop.`;
      expect(details(r)).not.toContain(form);
    }
  });
});
