// Red team 13 (2026-12-03, black box): the nickname table read one way only (04, 07a), error paths and quotes that
// named the officer (08, 09) and sender addresses made of an initial and the surname or of the badge (03). The
// requests are under requests/redteam13; the CLI's stderr for 08 and 09 is in test/cli/privacy-errors13.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, safeBuildBlueAlert } from '../../src/index.js';

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

/** The officers the error cases are run for: name on file, a surname and badge to look for in every reading. */
const OFFICERS = [
  { name: 'Daniel Okafor', surname: 'Okafor', badge: '4471' },
  { name: 'Jordan Washington', surname: 'Washington', badge: '90817' },
  { name: 'Keiko Nakamura', surname: 'Nakamura', badge: '3305' },
] as const;
/** A text names the officer when, folded with every separator dropped, it holds the surname or the badge. */
const namesOfficer = (text: string, o: (typeof OFFICERS)[number]): boolean => {
  const compact = text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '').replace(/0/g, 'o');
  return compact.includes(o.surname.toLowerCase()) || compact.includes(o.badge.replace(/0/g, 'o'));
};
const issuesOf = (r: Req): readonly { path: string; message: string }[] => {
  const out = safeBuildBlueAlert(r as never, opts);
  if (out.success) throw new Error('expected the request to be refused');
  return out.issues;
};
const withOfficer = (block: Record<string, unknown>): Req => {
  const r = load('08-error-path-spaced-key');
  delete (r as Record<string, unknown>)['O K A F O R'];
  r.officer = { rank: 'Officer', agency: 'Denver Police Department', ...block };
  return r;
};

/** Unknown keys that spell the surname or the badge another way. */
const spelledKeys = (o: (typeof OFFICERS)[number]): string[] => {
  const s = o.surname;
  return [
    [...s.toUpperCase()].join(' '), [...s].join('.'), [...s.toUpperCase()].join('-'), s.replace(/o/gi, '0'),
    s.toUpperCase(), `${s} notes`, [...o.badge].join(' '), `#${o.badge.slice(0, 2)}-${o.badge.slice(2)}`,
  ];
};
const PARENTS: readonly (readonly (string | number)[])[] = [[], ['incident'], ['suspects', 0], ['issuer'], ['area']];

describe('red team 13: an error path never shows a key that names the officer (finding 08)', () => {
  it('the finding: a top-level key "O K A F O R"', () => {
    for (const i of issuesOf(load('08-error-path-spaced-key'))) {
      expect(`${i.path} ${i.message}`).not.toMatch(/O K A F O R|okafor/iu);
    }
  });

  it.each(OFFICERS)('$name: keys spelling the name or badge, under every parent, in the API and parseBlueAlertRequest', async (o) => {
    const { parseBlueAlertRequest } = await import('../../src/index.js');
    for (const key of spelledKeys(o)) {
      for (const parent of PARENTS) {
        const r = withOfficer({ name: o.name, badge: o.badge });
        let at: Record<string, unknown> = r;
        for (const p of parent) at = (at as Record<string | number, unknown>)[p] as Record<string, unknown>;
        at[key] = 1;
        const parsed = parseBlueAlertRequest(r);
        expect(parsed.success).toBe(false);
        const all = [...issuesOf(r), ...(parsed.success ? [] : parsed.issues)];
        expect(all.length).toBeGreaterThan(0);
        for (const i of all) {
          expect(namesOfficer(i.path, o), `${key} under ${parent.join('.')}: path ${i.path}`).toBe(false);
          expect(namesOfficer(i.message, o), `${key} under ${parent.join('.')}: ${i.message}`).toBe(false);
        }
      }
    }
  });

  it('a path of the model\'s own keys is kept, and so is an unknown key that names no one', () => {
    for (const o of OFFICERS) {
      const r = withOfficer({ name: o.name, badge: o.badge });
      r.incident['summry'] = 'typo';
      r.suspects = [{ ...(r.suspects as Record<string, unknown>[])[0], 'Hale alias': 'x' }];
      const paths = issuesOf(r).map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['incident.summry', 'suspects[0].Hale alias']));
    }
  });
});

/** Officer blocks with the name and badge under keys the model does not have. */
const misnamedBlocks = (o: (typeof OFFICERS)[number]): Record<string, unknown>[] => {
  const [first, ...rest] = o.name.split(' ');
  return [
    { fullName: o.name, badgeNumber: o.badge },
    { firstName: first, lastName: rest.join(' '), badgeNo: Number(o.badge) },
    { officerName: o.name, id: `#${o.badge}` },
    { nombre: { given: first, family: rest.join(' ') }, placa: `Badge ${o.badge}` },
    { name: o.name, badgeNumber: o.badge },
  ];
};
/** Fields whose errors quote the received value, and what is written there. */
const QUOTING: readonly [readonly string[], (o: (typeof OFFICERS)[number]) => unknown][] = [
  [['status'], (o) => o.surname],
  [['event'], (o) => o.surname.toUpperCase()],
  [['languages'], (o) => [o.surname]],
  [['wea', 'handling'], (o) => o.badge],
  [['issuer', 'easOrg'], (o) => o.badge],
  [['status'], (o) => o.name],
];

describe('red team 13: misnamed officer keys still scrub every error (finding 09)', () => {
  it('the finding: officer.fullName / officer.badgeNumber, status and languages quoting "Okafor"', () => {
    const all = issuesOf(load('09-error-misnamed-officer-key'));
    expect(all.map((i) => i.path)).toEqual(expect.arrayContaining(['status', 'languages[0]', 'officer.fullName', 'officer.badgeNumber']));
    for (const i of all) expect(`${i.path} ${i.message}`).not.toMatch(/okafor|4471/iu);
  });

  it.each(OFFICERS)('$name: every misnamed block × every quoting field, in the API and parseBlueAlertRequest', async (o) => {
    const { parseBlueAlertRequest } = await import('../../src/index.js');
    for (const block of misnamedBlocks(o)) {
      for (const [path, value] of QUOTING) {
        const r = withOfficer(block);
        let at: Record<string, unknown> = r;
        for (const p of path.slice(0, -1)) at = at[p] as Record<string, unknown>;
        at[path[path.length - 1] as string] = value(o);
        const parsed = parseBlueAlertRequest(r);
        const all = [...issuesOf(r), ...(parsed.success ? [] : parsed.issues)];
        for (const i of all) {
          const where = `${JSON.stringify(block)} ${path.join('.')}: ${i.path} ${i.message}`;
          expect(namesOfficer(`${i.path} ${i.message}`, o), where).toBe(false);
        }
      }
    }
  });

  it('the model\'s own officer keys are not read as identity: a rank or agency stays in messages', () => {
    const r = withOfficer({ fullName: 'Daniel Okafor', rank: 'Sergeant', agency: 'Aurora Police' });
    r['status'] = 'Aurora';
    expect(issuesOf(r).find((i) => i.path === 'status')?.message).toContain('received "Aurora"');
  });
});

/** Officers and the agency-style sender local parts that spell them (finding 03). */
const SENDERS: readonly [string, string, readonly string[]][] = [
  ['Daniel Okafor', '4471', ['dokafor', 'Dokafor', 'dokafor4471', 'okaford', 'okafor4471', 'ofc4471', 'sgt.4471', 'pd4471', 'b4471', 'ofcokafor', 'd_okafor', 'dokafor12', 'danielo']],
  ['Jordan Washington', '90817', ['jwashington', 'washingtonj', 'jwashington90817', 'ofc90817', 'off.jwashington']],
  ['Tom Hunter', '9021', ['thunter', 'thunter9021', 'hunter9021', 'det9021', 'thomash']],
  ['José Luis García', '3310', ['jlgarcia', 'jgarcia', 'garciaj', 'agente3310', 'ofc-3310']],
  ['Maria Young', '2219', ['myoung', 'youngm', 'myoung2219', 'sgt2219']],
];

describe('red team 13: a sender made of an initial and the surname, or of the badge, is refused (finding 03)', () => {
  it('the finding: "dokafor@denverpd.gov"', () => {
    const issues = safeBuildBlueAlert(load('03-sender-initial-surname') as never, opts);
    expect(issues.success).toBe(false);
    expect(JSON.stringify(issues)).toContain('officer_identity_leak');
    expect(JSON.stringify(issues)).not.toMatch(/okafor/iu);
  });

  it.each(SENDERS)('%s (badge %s): agency-style senders', (name, badge, locals) => {
    for (const local of locals) {
      const r = load('03-sender-initial-surname');
      r.officer = { ...r.officer, name, badge };
      r.issuer = { ...r.issuer, sender: `${local}@denverpd.gov` };
      const out = safeBuildBlueAlert(r as never, opts);
      expect(out.success, `${name}: ${local}`).toBe(false);
      if (!out.success) expect(out.issues.map((i) => `${i.path} ${i.code}`), local).toContain('issuer.sender officer_identity_leak');
    }
  });

  it('agency senders that name no one are kept (the officer\'s initials, a short tag, a year or a badge-like number)', () => {
    for (const [name, badge] of SENDERS) {
      for (const sender of ['cbi.bluealert@state.co.us', 'pio@denverpd.gov', 'bluealert2026@denverpd.gov', 'dispatch@youngstown.oh.us', 'alerts-co@cdps.state.co.us', 'press@denverpd.gov']) {
        const r = load('03-sender-initial-surname');
        r.officer = { ...r.officer, name, badge };
        r.issuer = { ...r.issuer, sender };
        const out = safeBuildBlueAlert(r as never, opts);
        expect(out.success, `${name}: ${sender} ${out.success ? '' : JSON.stringify(out.issues)}`).toBe(true);
      }
    }
  });

  it('a released name may be in the sender (officer-missing with release.name)', () => {
    const r = load('03-sender-initial-surname');
    r['event'] = 'officer-missing';
    r['criteria'] = { ...(r['criteria'] as object), missingInConnectionWithDuties: true, indicationOfSeriousInjuryOrDeath: true };
    r.officer = { ...r.officer, releaseApproved: true, release: { name: true, badge: true }, injuries: undefined, lastKnownLocation: 'Denver' };
    r.issuer = { ...r.issuer, sender: 'dokafor@denverpd.gov' };
    const out = safeBuildBlueAlert(r as never, opts);
    expect(out.success ? out.data.xml : JSON.stringify(out.issues)).toContain('<sender>dokafor@denverpd.gov</sender>');
  });
});
