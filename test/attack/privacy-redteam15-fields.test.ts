// Red team 15 (2026-12-03, black box): machine fields. The agency's own sender and web link were refused or dropped
// for officers named like a state code or a word of the agency's address (Co, Oh, Colorado, Blue), and the sender,
// the identifier, incidents and a suspect's plate published the name in leetspeak, percent-escapes, Cyrillic or as a
// nickname. Requests are under requests/redteam15 (as filed); what is left is in docs/privacy.md ("Found by red
// team 15 and left").
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert, type BlueAlertIssue, type BlueAlertMessage } from '../../src/index.js';
import { fcParams } from '../support/arbitraries.js';
import { noStack, run, tempDir, EXAMPLE } from '../cli/helpers.js';

type Request = {
  issuer: { sender: string; web?: string };
  officer: { name: string; badge?: string };
  suspects: { vehicle?: { plate?: { number?: string } } }[];
  incidents?: string[];
};
const OPTIONS = { now: '2026-11-22T21:30:00Z' };
const load = (name: string): Request => JSON.parse(readFileSync(new URL(`./requests/redteam15/${name}.json`, import.meta.url), 'utf8')) as Request;
const example = (): Request => JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Request;

/** The build, or its issues. */
function attempt(r: Request, options: Record<string, unknown> = {}): { message?: BlueAlertMessage; issues: readonly BlueAlertIssue[] } {
  const res = safeBuildBlueAlert(r, { ...OPTIONS, ...options });
  return res.success ? { message: res.data, issues: [] } : { issues: res.issues };
}

/** Every public output of a build, one string (XML with references as written, every text, warnings, SAME header). */
const outputs = (m: BlueAlertMessage): string => JSON.stringify([m.xml, m.text, m.warnings, m.sameHeader, m.area.areaDesc, m.identifier]);

/** Folded and compact: holds the officer's name or badge in any of the forms the tests use. */
const namesOfficer = (text: string): boolean => {
  const c = text.toLowerCase().replace(/[^a-z0-9\u0400-\u04ff]+/g, '');
  return ['okafor', 'okaf0r', '0kaf0r', '0kafor', 'ok4for', 'd0kaf0r', 'danny', 'd4n13l', 'окафор', '4471'].some((n) => c.includes(n));
};

/** The build is refused with `officer_identity_leak` at `path`, and no issue echoes the officer. */
function refusedAt(r: Request, path: string, options: Record<string, unknown> = {}): void {
  const { message, issues } = attempt(r, options);
  expect(message, `${path}: built`).toBeUndefined();
  expect(issues.map((i) => `${i.code}@${i.path}`)).toContain(`officer_identity_leak@${path}`);
  expect(namesOfficer(JSON.stringify(issues)), JSON.stringify(issues)).toBe(false);
}

describe('red team 15: the agency\'s own sender and web link are not the officer\'s', () => {
  it('a two-letter surname equal to a state code does not refuse the agency\'s sender ("Jose Co", cbi.bluealert@state.co.us)', () => {
    const r = load('refuse-two-letter-surname-equals-state-code-in-sender');
    const cases = [
      ['Jose Co', 'cbi.bluealert@state.co.us'], ['Ann Oh', 'bluealert@state.oh.us'], ['Ann Ma', 'bluealert@state.ma.us'],
      ['Ann Ok', 'bluealert@dps.ok.gov'], ['Ann Mo', 'bluealert@mo.gov'], ['Ann Pa', 'bluealert@pa.gov'], ['Ann In', 'bluealert@in.gov'],
      ['Ann Ga', 'bluealert@ga.gov'], ['Ann Ky', 'bluealert@ky.gov'], ['Ann Or', 'bluealert@state.or.us'], ['Ann Vi', 'bluealert@vi.gov'],
      // the issuer's initials ("cbi") are the agency's, not an officer Carl Bi's "C. Bi"
      ['Carl Bi', 'cbi.bluealert@state.co.us'],
    ] as const;
    for (const [name, sender] of cases) {
      const c = structuredClone(r);
      c.officer.name = name;
      c.issuer.sender = sender;
      const { message, issues } = attempt(c);
      expect(issues, `${name} ${sender}`).toEqual([]);
      expect(message?.xml).toContain(`<sender>${sender}</sender>`);
    }
  });

  it('the officer\'s name in the local part is still refused ("jco@", "co4471@", "jose.co@", "co.bluealert@")', () => {
    const r = load('refuse-two-letter-surname-equals-state-code-in-sender');
    for (const sender of ['jco@state.co.us', 'co4471@state.co.us', 'jose.co@state.co.us', 'co.bluealert@state.co.us', 'bluealert@jco.gov']) {
      const c = structuredClone(r);
      c.issuer.sender = sender;
      const { issues } = attempt(c);
      expect(issues.map((i) => `${i.code}@${i.path}`), sender).toContain('officer_identity_leak@issuer.sender');
    }
  });

  it('the agency\'s update link is kept for officers named Colorado or Blue; one naming the officer still goes', () => {
    const r = load('over-agency-web-link-dropped');
    for (const name of ['Art Colorado', 'Art Blue', 'Jose Co']) {
      const c = structuredClone(r);
      c.officer.name = name;
      const m = attempt(c).message;
      expect(m, name).toBeDefined();
      expect(m?.xml, name).toContain('<web>https://cbi.colorado.gov/blue-alert</web>');
      expect(m?.text.instruction, name).toContain('Updates: https://cbi.colorado.gov/blue-alert');
      expect(m?.text.eas, name).toContain('cbi.colorado.gov/blue-alert');
      expect(m?.redactions.map((x) => x.path), name).not.toContain('issuer.web');
    }
    for (const [name, web] of [['Art Colorado', 'https://cbi.colorado.gov/officer-colorado'], ['Art Blue', 'https://cbi.colorado.gov/blue-alert/officer-blue'], ['Art Blue', 'https://blue.colorado.gov/alert'], ['Daniel Okafor', 'https://okafor.gov/blue-alert'], ['Daniel Okafor', 'https://cbi.colorado.gov/blue-alert/d0kaf0r']] as const) {
      const c = structuredClone(r);
      c.officer.name = name;
      c.issuer.web = web;
      const m = attempt(c).message;
      expect(m?.redactions.map((x) => x.path), web).toContain('issuer.web');
      expect(m?.xml, web).not.toContain(web);
    }
  });

  it('an issuer-name word or "Blue Alert" in the sender is the agency\'s ("bluealert@colorado.gov", "blue.alert@cbi.gov")', () => {
    const r = load('over-agency-web-link-dropped');
    for (const [name, sender] of [['Art Colorado', 'bluealert@colorado.gov'], ['Art Blue', 'blue.alert@cbi.gov'], ['Art Blue', 'cbi.blue-alert@state.co.us']] as const) {
      const c = structuredClone(r);
      c.officer.name = name;
      c.issuer.sender = sender;
      expect(attempt(c).issues, `${name} ${sender}`).toEqual([]);
    }
    const c = structuredClone(r);
    c.officer.name = 'Art Blue';
    c.issuer.sender = 'blue@cbi.gov';
    expect(attempt(c).issues.map((i) => i.path)).toContain('issuer.sender');
  });
});

describe('red team 15: the officer in leetspeak, escapes, Cyrillic or a nickname in machine fields', () => {
  it('a suspect\'s vanity plate in leetspeak or Cyrillic is withheld in every output ("OKAF0R", "0KAFOR", "OK4FOR", "D4NNY", "ОКАФОР")', () => {
    const r = load('leak-suspect-plate-leet-vanity');
    for (const plate of ['OKAF0R', '0KAFOR', 'OK4FOR', 'D4NNY', 'ОКАФОР', 'OKAFOR']) {
      const c = structuredClone(r);
      c.suspects[0]!.vehicle!.plate!.number = plate;
      const m = attempt(c).message;
      expect(m, plate).toBeDefined();
      expect(outputs(m!), plate).not.toContain(plate);
      expect(m!.redactions.map((x) => x.path), plate).toContain('suspects[0].vehicle.plate.number');
    }
    // an ordinary plate stays
    const c = structuredClone(r);
    c.suspects[0]!.vehicle!.plate!.number = 'ABC1234';
    expect(attempt(c).message?.text.wea90).toContain('ABC1234');
  });

  it('for any officer, a plate spelling the surname with one letter written as a digit is withheld (property)', () => {
    const r = load('leak-suspect-plate-leet-vanity');
    const LEET: Record<string, string> = { O: '0', A: '4', E: '3', S: '5', T: '7', I: '1', L: '1' };
    const officer = fc.constantFrom(['Daniel', 'Okafor'], ['Maria', 'Young'], ['Tom', 'Hunter'], ['Ana', 'Garcia'], ['Chris', 'Rose'], ['Li', 'Castillo']);
    fc.assert(
      fc.property(officer, fc.nat(), ([given, surname], at) => {
        const upper = surname!.toUpperCase();
        const inner = [...upper].map((ch, i) => (i > 0 && i < upper.length - 1 && LEET[ch] !== undefined ? i : -1)).filter((i) => i >= 0);
        if (inner.length === 0) return;
        const i = inner[at % inner.length]!;
        const plate = upper.slice(0, i) + LEET[upper[i]!]! + upper.slice(i + 1);
        const c = structuredClone(r);
        c.officer.name = `${given} ${surname}`;
        c.suspects[0]!.vehicle!.plate!.number = plate;
        const m = attempt(c).message;
        expect(m, plate).toBeDefined();
        expect(outputs(m!), plate).not.toContain(plate);
      }),
      fcParams,
    );
  });

  it('a sender in leetspeak, with percent-escapes or as a domain is refused ("d0kaf0r@", "okaf%6Fr@", "@dokafor")', () => {
    const r = load('leak-sender-leet-initial-handle');
    for (const sender of ['d0kaf0r@state.co.us', 'okaf%6Fr@state.co.us', '@dokafor', 'alerts@dokafor.us', 'd.0kaf0r@state.co.us', 'ofc.0kaf0r@state.co.us', '0kaf0r4471@state.co.us']) {
      const c = structuredClone(r);
      c.issuer.sender = sender;
      refusedAt(c, 'issuer.sender');
    }
    const c = structuredClone(r);
    c.issuer.sender = 'cbi.bluealert@state.co.us';
    expect(attempt(c).issues).toEqual([]);
  });

  it('options.identifier in leetspeak, as a nickname, dotted or in Cyrillic is refused ("CBI-0KAF0R-2026", "CBI-DANNY-2026")', () => {
    const f = JSON.parse(readFileSync(new URL('./requests/redteam15/leak-identifier-option-leet.json', import.meta.url), 'utf8')) as { options: { identifier: string } };
    for (const id of [f.options.identifier, 'CBI-OKAF0R-1', 'CBI-DANNY-2026', 'CBI-D4N13L-01', 'CBI-O.K.A.F.O.R', 'Окафор', 'CBI-Окафор-1']) {
      refusedAt(example(), 'options.identifier', { identifier: id });
    }
    expect(attempt(example(), { identifier: 'CBI-2026-0042' }).message?.identifier).toBe('CBI-2026-0042');
  });

  it('incidents in leetspeak are refused like the plain name ("CBI-0KAF0R-2026", "CBI-D4N13L-01")', () => {
    const r = load('leak-incidents-identifier-leet');
    refusedAt(r, 'incidents[0]');
    for (const id of ['CBI-D4N13L-01', 'CBI-DANNY-2026', 'CBI-0kaf0r', 'CBI-O.K.A.F.O.R']) {
      const c = structuredClone(r);
      c.incidents = [id];
      refusedAt(c, 'incidents[0]');
    }
    const c = structuredClone(r);
    c.incidents = ['CBI-2026-0042'];
    expect(attempt(c).message?.xml).toContain('<incidents>CBI-2026-0042</incidents>');
  });

  it('the CLI refuses --id CBI-0KAF0R-1 without echoing it, and builds with a neutral identifier', () => {
    const dir = tempDir();
    const file = join(dir, 'request.json');
    writeFileSync(file, readFileSync(EXAMPLE, 'utf8'));
    const bad = run(['build', file, '--id', 'CBI-0KAF0R-1', '--now', OPTIONS.now, '--no-counties']);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('officer_identity_leak');
    expect(namesOfficer(bad.stderr)).toBe(false);
    noStack(bad.stderr);
    const good = run(['build', file, '--id', 'CBI-2026-0042', '--now', OPTIONS.now, '--no-counties']);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('<identifier>CBI-2026-0042</identifier>');
  });
});
