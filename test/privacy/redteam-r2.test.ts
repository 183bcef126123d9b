/**
 * Found by a black-box red team (privacy, round 2): officer identity that reached public output (names written
 * together, structured and machine fields, hyphenated forms, character references, malformed officer blocks in
 * error messages, withheld details of a missing officer) and over-redactions. Kept as regression tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert, cancelBlueAlert } from '../../src/index.js';
import { previewRequest, renderPreviewDocument } from '../../src/preview/index.js';

const root = new URL('../../', import.meta.url).pathname;
const NOW = new Date('2026-11-22T14:30:00-07:00');
const denver = (): any => JSON.parse(readFileSync(root + 'fixtures/officer-killed-denver/request.json', 'utf8'));
const honolulu = (): any => JSON.parse(readFileSync(root + 'fixtures/officer-missing-honolulu/request.json', 'utf8'));

/** Everything public a build can produce: result (minus redactions/kept lists) or the thrown error. */
function publicOutput(req: unknown, opts: Record<string, unknown> = {}): string {
  try {
    const r: any = buildBlueAlert(req as any, { now: NOW, identifier: 'RT-1', ...opts } as any);
    const { redactions: _r, kept: _k, ...rest } = r;
    return JSON.stringify(rest);
  } catch (e: any) {
    return 'ERROR ' + String(e?.message) + JSON.stringify(e?.issues ?? []);
  }
}
function expectNoLeak(out: string, ...needles: string[]): void {
  for (const n of needles) expect(out.toLowerCase(), `"${n}" reached public output`).not.toContain(n.toLowerCase());
}

describe('F1 joined / CamelCase full name bypasses matcher and guard (all free text, EN+ES)', () => {
  const forms = ['Officer DanielOkafor was shot and killed.', 'Follow @DanielOkafor for updates.', 'DANIELOKAFOR', 'danielokafor', 'OkaforDaniel', 'Officer Okafor4471 was shot.'];
  for (const s of forms) {
    it(`incident.summary: ${s}`, () => {
      const r = denver(); r.incident.summary = s;
      expectNoLeak(publicOutput(r), 'okafor');
    });
  }
  it('text.wea90 override', () => { const r = denver(); r.text = { wea90: 'DanielOkafor shot. Call 911.' }; expectNoLeak(publicOutput(r), 'okafor'); });
  it('note', () => { const r = denver(); r.note = 'Re: DanielOkafor'; expectNoLeak(publicOutput(r), 'okafor'); });
  it('Spanish incident.es.summary', () => {
    const r = denver(); r.languages = ['en-US', 'es-US']; r.incident.es = { summary: 'El agente DanielOkafor fue asesinado.' };
    expectNoLeak(publicOutput(r), 'okafor');
  });
  it('cancel reason with the original request', () => {
    const r = denver(); const prev = buildBlueAlert(r, { now: NOW, identifier: 'RT-0' });
    let out: string;
    try { out = JSON.stringify(cancelBlueAlert(prev.xml, { reason: 'Officer DanielOkafor died.', request: r, now: new Date('2026-11-22T15:30:00-07:00') } as any)); }
    catch (e: any) { out = 'ERROR ' + e.message; }
    expectNoLeak(out, 'okafor');
  });
});

describe('F2 structured suspect fields are not scanned (kept "by meaning") and the guard trusts it', () => {
  it('vehicle plate: full name passes verbatim', () => {
    const r = denver(); r.suspects[0].vehicle.plate.number = 'Daniel Okafor';
    expectNoLeak(publicOutput(r), 'okafor');
  });
  it('vehicle plate: badge passes verbatim', () => {
    const r = denver(); r.suspects[0].vehicle.plate.number = '#4471';
    expectNoLeak(publicOutput(r), '4471');
  });
  const fields: Array<[string, (r: any, v: string) => void]> = [
    ['description.height', (r, v) => (r.suspects[0].description.height = v)],
    ['description.hair', (r, v) => (r.suspects[0].description.hair = v)],
    ['vehicle.make', (r, v) => (r.suspects[0].vehicle.make = v)],
    ['vehicle.model', (r, v) => (r.suspects[0].vehicle.model = v)],
    ['vehicle.color', (r, v) => (r.suspects[0].vehicle.color = v)],
  ];
  for (const [f, set] of fields) {
    it(`suspects[0].${f} = "the Okafor family"`, () => { const r = denver(); set(r, 'the Okafor family'); expectNoLeak(publicOutput(r), 'okafor'); });
  }
  it('destinations: lone surname "Okafor" -> "possibly toward Okafor" (docs: a surname alone after toward is never kept)', () => {
    const r = denver(); r.suspects[0].destinations = ['Okafor'];
    expectNoLeak(publicOutput(r), 'okafor');
  });
});

describe('F3 issuer fields: sender/name/phone carry the officer identity', () => {
  it('issuer.sender = daniel.okafor@denver.gov', () => { const r = denver(); r.issuer.sender = 'daniel.okafor@denver.gov'; expectNoLeak(publicOutput(r), 'okafor'); });
  it('issuer.name = "the Okafor family"', () => { const r = denver(); r.issuer.name = 'the Okafor family'; expectNoLeak(publicOutput(r), 'okafor'); });
  it('issuer.phone = "the Okafor family"', () => { const r = denver(); r.issuer.phone = 'the Okafor family'; expectNoLeak(publicOutput(r), 'okafor'); });
});

describe('F4 name variants in prose after a title', () => {
  const cases: Array<[string, string, string]> = [
    ['Juan de la Cruz', 'Officer de-la-Cruz was shot.', 'cruz'],
    ['Ana García-López', 'Officer Lopez-Garcia was shot.', 'garcia'],
    ['Daniel Okafor', 'Officer Okafor-Jones was shot.', 'okafor'],
    ['Daniel Okafor', 'The Okafor-family home was targeted.', 'okafor'],
    ['Daniel Okafor', 'Officer Ok&#97;for was shot.', 'ok&#97;for'],
  ];
  for (const [name, s, needle] of cases) {
    it(`${name}: ${JSON.stringify(s)}`, () => {
      const r = denver(); r.officer.name = name; r.incident.summary = s;
      expectNoLeak(publicOutput(r).replace(/\\n/g, ' '), needle);
    });
  }
});

describe('F5 error messages echo the name when officer identity is malformed', () => {
  const variants: Array<[string, (r: any) => void]> = [
    ['officer.name as object', (r) => { r.officer.name = { first: 'Daniel', last: 'Okafor' }; }],
    ['officer.name as array', (r) => { r.officer.name = ['Daniel', 'Okafor']; }],
    ['officer as array', (r) => { r.officer = ['Daniel Okafor', '4471']; }],
  ];
  for (const [n, mut] of variants) {
    it(`${n}; event "Officer Daniel Okafor killed" is quoted back`, () => {
      const r = denver(); mut(r); r.event = 'Officer Daniel Okafor killed';
      expectNoLeak(publicOutput(r), 'okafor');
      const data = previewRequest(r, { now: NOW });
      expectNoLeak(JSON.stringify(data) + renderPreviewDocument(data, {}), 'okafor');
    });
  }
  it('officer keyed by name: unknown key "officer.Daniel Okafor" in path and message', () => {
    const r = denver(); r.officer = { 'Daniel Okafor': { badge: '4471' } };
    expectNoLeak(publicOutput(r), 'okafor');
  });
});

describe('F6 missing officer, name withheld (release.name false)', () => {
  it('photo released by releaseApproved, photo URL spells the withheld name', () => {
    const r = honolulu(); r.officer.release = { name: false }; r.officer.photoUrl = 'https://hpd.gov/photos/keoni-kahale.jpg';
    expectNoLeak(publicOutput(r, { now: new Date('2026-03-09T07:00:00-10:00') }), 'kahale');
  });
  it('last known location names the family home', () => {
    const r = honolulu(); r.officer.release = { name: false }; r.officer.lastKnownLocation = 'Kahale family home, Kaneohe';
    expectNoLeak(publicOutput(r, { now: new Date('2026-03-09T07:00:00-10:00') }), 'kahale');
  });
  it('badge withheld but the released plate carries it', () => {
    const r = honolulu(); r.officer.release = { badge: false }; r.officer.vehicle.plate.number = 'HPD 5519';
    expectNoLeak(publicOutput(r, { now: new Date('2026-03-09T07:00:00-10:00') }), '5519');
  });
});

describe('F7 over-redaction', () => {
  const desc = (r: any): string => (buildBlueAlert(r, { now: NOW, identifier: 'RT-1' }) as any).text.description;
  it('suspect "Marcus Lee Hale" vs officer Deputy "Marcus Lee": suspect must not become "A deputy Hale"', () => {
    const r = denver(); r.officer.name = 'Marcus Lee'; r.officer.rank = 'Deputy'; r.incident.summary = 'A deputy was shot.';
    expect(desc(r)).not.toMatch(/Suspect: A deputy/);
  });
  it('suspect "Marcus Lee Hale" vs officer "Lee Hale": suspect must not become "Marcus an officer"', () => {
    const r = denver(); r.officer.name = 'Lee Hale'; r.incident.summary = 'An officer was shot.';
    expect(desc(r)).not.toMatch(/Marcus an officer/);
  });
  it('officer "Luther King": incident.location "Martin Luther King Jr Blvd" is a place', () => {
    const r = denver(); r.officer.name = 'Luther King';
    r.incident.location = 'Martin Luther King Jr Blvd and E 35th Ave, Denver'; r.incident.summary = 'An officer was shot.';
    expect(desc(r)).toContain('Martin Luther King Jr Blvd');
  });
  it('officer "Chase Miller": "Chase Bank" is a business, not the officer', () => {
    const r = denver(); r.officer.name = 'Chase Miller'; r.incident.summary = 'A chase ended at Chase Bank on Colfax.';
    expect(desc(r)).toContain('Chase Bank');
  });
  it('officer "May Fields": "across the fields" stays; the full name before Park is still redacted in prose', () => {
    const r = denver(); r.officer.name = 'May Fields'; r.incident.summary = 'He fled across the fields near May Fields Park.';
    const d = desc(r);
    expect(d).toContain('across the fields near');
    expect(d).not.toContain('May Fields');
  });
  it('officer "Luther King": the street in prose keeps its place word and loses only the name', () => {
    const r = denver(); r.officer.name = 'Luther King';
    r.incident.location = 'Martin Luther King Jr Blvd, Denver'; r.incident.summary = 'Officer King was shot.';
    expect(desc(r)).toMatch(/^An officer was shot\. Place: Martin Luther King Jr Blvd, Denver\./);
  });
});
