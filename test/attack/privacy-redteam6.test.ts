// Leaks a sixth black-box red team found (2026-12-02): each request under requests/redteam6 published the
// officer's identity before its fix. The check reads everything public (the message, or the refusal).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, cancelBlueAlert, safeBuildBlueAlert } from '../../src/index.js';
import { spellingVariants } from '../../src/redaction/names.js';

const load = (n: number): unknown => JSON.parse(readFileSync(new URL(`./requests/redteam6/leak${n}.json`, import.meta.url), 'utf8'));
const published = (n: number): string => {
  const res = safeBuildBlueAlert(load(n), { now: '2026-11-22T14:20:00-07:00' });
  // the redaction report (what was removed, for the sender) is not public
  return res.success ? JSON.stringify({ ...res.data, redactions: undefined }) : JSON.stringify(res.issues);
};

describe('red team 6: identity in other shapes and spellings', () => {
  it.each([
    [1, 'an officer written as one string: error messages are scrubbed too', /okafor|4471/i],
    [2, 'a badge glued to its label (badge4471, Shield4471, Placa4471), in text, link and note', /4471/],
    [4, 'a released photo whose file name holds the withheld name (OkaforPortrait.jpg)', /okafor/i],
    [6, 'a released name with the badge withheld: the photo badge4471.jpg', /4471/],
    [7, 'German spellings: Jürgen Müller written Juergen Mueller and back', /m(?:ue|ü)ller|j(?:ue|ü)rgen/i],
    [8, 'Scandinavian letters: Ægir Ødegård written Aegir Odegaard', /odegaard|ødegård|aegir|ægir/i],
    [9, "the Hawaiian ʻokina dropped or written as an apostrophe", /kahale.?ole/i],
    [10, 'a character reference without its semicolon', /&#79k|okafor/i],
    [12, 'no name on file: PO, Ptl. and K9 handler before a name', /okafor/i],
    [13, 'an initial joined to the surname in the agency link (DOkafor)', /okafor/i],
    [14, 'a vanity tip line that spells the name (303-Okafor-1)', /okafor/i],
  ])('leak %i: %s', (n, _what, identity) => {
    expect(published(n as number)).not.toMatch(identity as RegExp);
  });
  it('spelling variants: umlauts written out and back, ø and å, the ʻokina', () => {
    expect(spellingVariants('Jürgen Müller')).toContain('Juergen Mueller');
    expect(spellingVariants('Juergen Mueller')).toContain('Jurgen Muller');
    expect(spellingVariants('Ægir Ødegård')).toEqual(expect.arrayContaining(['Aegir Oedegaard', 'Ægir Odegaard']));
    expect(spellingVariants('Keoni Kahaleʻole')).toEqual(expect.arrayContaining(['Keoni Kahaleole', "Keoni Kahale'ole"]));
    expect(spellingVariants('Daniel Okafor')).toEqual([]);
  });
  it('keeps an agency link and a tip line that only look like the name', () => {
    const r = JSON.parse(readFileSync(new URL('../../examples/request.json', import.meta.url), 'utf8'));
    r.officer.name = 'Maria Hill';
    r.issuer.web = 'https://www.hillsboroughcounty.org/blue-alert';
    r.issuer.phone = '1-800-HILLTOP';
    const res = safeBuildBlueAlert(r, { now: '2026-11-22T14:20:00-07:00' });
    expect(res.success).toBe(true);
    expect(JSON.stringify(res)).toContain('hillsboroughcounty.org/blue-alert');
  });
});

describe('red team 6: Cancel reasons', () => {
  const base = JSON.parse(readFileSync(new URL('../../examples/request.json', import.meta.url), 'utf8'));
  const xml = buildBlueAlert(base, { now: '2026-11-22T14:20:00-07:00' }).xml;
  const code = (reason: string, withRequest: boolean): string | undefined => {
    try {
      cancelBlueAlert(xml, { reason, now: '2026-11-22T15:20:00-07:00', ...(withRequest ? { request: base } : {}) });
      return undefined;
    } catch (e) {
      return (e as { code?: string; issues?: { code: string }[] }).issues?.[0]?.code ?? (e as { code?: string }).code;
    }
  };
  it('without the request: PO, Ptl. and a glued "Ofc." are titles too', () => {
    for (const reason of ['PO Okafor located', 'Ptl. Okafor located', 'Ofc.Okafor located']) expect(code(reason, false), reason).toBe('officer_identity_unknown');
  });
  it('with the request: a titled name that is not the officer\'s as written is refused; a suspect\'s and plain words pass', () => {
    expect(code('Officer Okafur located', true)).toBe('officer_identity_leak');
    expect(code('located badge4471', true)).toBe('officer_identity_leak');
    expect(code('Suspect Marcus Lee Hale arrested', true)).toBeUndefined();
    expect(code('The officer was found safe.', true)).toBeUndefined();
  });
});

describe('red team 5, second pass: what stood between a title and a name', () => {
  const withSummary = (s: string, spanish = false): string => {
    const r = JSON.parse(readFileSync(new URL('../../examples/request.json', import.meta.url), 'utf8'));
    if (spanish) {
      r.languages = ['en-US', 'es-US'];
      r.incident.es = { summary: s };
    } else r.incident.summary = s;
    return JSON.stringify(safeBuildBlueAlert(r, { now: '2026-11-22T14:20:00-07:00' }));
  };
  it('an honorific, a badge number, a rank phrase; policía in Spanish', () => {
    for (const s of ['Officer Dr. Okafur was shot.', 'Officer Mr. Okafur was shot.', 'Officer #4471 Okafur was shot.', 'Officer 1st Class Okafur was shot.', 'Officer in Charge Okafur was shot.', 'Sergeant-at-Arms Okafur was shot.']) {
      expect(withSummary(s), s).not.toMatch(/Okafur|4471/);
    }
    expect(withSummary('El policía Okafur recibió un disparo.', true)).not.toContain('Okafur');
    expect(withSummary('La Policía Municipal de Ponce respondió.', true)).toContain('Policía Municipal de Ponce');
  });
});

describe('parse and CLI red team: a surname that is a place', () => {
  it('"I-45 north of Houston" stays a place for an officer Chris Houston; "Officer Houston" goes', () => {
    const r = JSON.parse(readFileSync(new URL('../../examples/request.json', import.meta.url), 'utf8'));
    r.officer.name = 'Chris Houston';
    r.suspects[0].lastSeen = { location: 'I-45 north of Houston' };
    r.incident.summary = 'Officer Houston was shot near Main St.';
    const out = buildBlueAlert(r, { now: '2026-11-22T21:30:00Z' });
    expect(out.text.wea360).toContain('north of Houston');
    expect(out.text.description).toMatch(/^An officer was shot near Main St\./);
  });
});

describe('red team 7: camel case, Spanish diminutives, location fields, another person with the given name', () => {
  const build = (edit: (r: Record<string, any>) => void): string => {
    const r = JSON.parse(readFileSync(new URL('../../examples/request.json', import.meta.url), 'utf8'));
    edit(r);
    const res = safeBuildBlueAlert(r, { now: '2026-11-22T14:20:00-07:00' });
    return res.success ? JSON.stringify({ ...res.data, redactions: undefined }) : JSON.stringify(res.issues);
  };
  it('withholds a name glued in camel case, a Spanish diminutive, titles in location fields, an apposition', () => {
    for (const [what, edit] of [
      ['OkaforStrong', (r: Record<string, any>) => (r.incident.summary = 'Donations to the OkaforStrong fund.')],
      ['DOkafor', (r: Record<string, any>) => (r.incident.summary = 'Officer D.Okafor (DOkafor on the roster) was shot.')],
      ['Danielito', (r: Record<string, any>) => ((r.languages = ['en-US', 'es-US']), (r.incident.es = { summary: 'El agente, conocido como Danielito, recibió disparos.' }))],
      ['FTO in a location', (r: Record<string, any>) => (r.incident.location = 'W Colfax Ave and N Broadway, where FTO Okafor was shot')],
      ['Rookie in a location', (r: Record<string, any>) => (r.incident.location = 'near the memorial for Rookie Okafor')],
      ['SRO in a direction', (r: Record<string, any>) => (r.suspects[0].direction = 'toward SRO Okafor')],
      ['apposition in a location', (r: Record<string, any>) => (r.suspects[0].lastSeen.location = 'near where the officer, Okafor, was shot')],
      ['a rank in an alias', (r: Record<string, any>) => (r.suspects[0].alias = 'Officer First Class Okafor')],
    ] as const) {
      expect(build(edit), what).not.toMatch(/okafor|danielito/i);
    }
  });
  it('another person with the officer\'s given name is not turned into an officer ("shot by Daniel Ruiz")', () => {
    const out = build((r) => (r.incident.summary = 'An officer was shot by Daniel Ruiz, 34. Suspect Dan Ruiz fled east.'));
    expect(out).not.toMatch(/an officer Ruiz/i);
    expect(out).toContain('[name withheld] Ruiz');
  });
});

describe('red team 8: the camel-case and diminutive rules, attacked', () => {
  const summary = (officer: string, s: string, spanish = false): string => {
    const r = JSON.parse(readFileSync(new URL('../../examples/request.json', import.meta.url), 'utf8'));
    r.officer.name = officer;
    if (spanish) {
      r.languages = ['en-US', 'es-US'];
      r.incident.es = { summary: s };
    } else r.incident.summary = s;
    const res = safeBuildBlueAlert(r, { now: '2026-11-22T14:20:00-07:00' });
    return res.success ? JSON.stringify({ ...res.data, redactions: undefined }) : JSON.stringify(res.issues);
  };
  it('keeps everyday and place words glued to a name part ("YoungStown", "ParkView", "HoustonStreet")', () => {
    expect(summary('Mark Young', 'Shooting near the YoungMarket and YoungStown Plaza.')).toContain('YoungMarket and YoungStown Plaza');
    expect(summary('Will Park', 'Shooting near ParkView Mall.')).toContain('ParkView Mall');
    expect(summary('Chris Houston', 'Shooting on HoustonStreet.')).toContain('HoustonStreet');
  });
  it('withholds more Spanish forms of the given name: Danielillo, Danielín', () => {
    expect(summary('Daniel Okafor', 'Danielito y Danielillo y Danielín vieron al agente.', true)).not.toMatch(/danielit|danielill|danielín/i);
  });
});
