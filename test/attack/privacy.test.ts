// Red-team findings (privacy). Each test asserts the CORRECT behaviour and fails today.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { buildBlueAlert, cancelBlueAlert, safeBuildBlueAlert } from '../../src/index.js';

const NOW = '2026-11-22T21:30:00Z';
const LATER = '2026-11-22T23:00:00Z';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Req = any;
const base = (): Req =>
  JSON.parse(readFileSync(new URL('../../examples/request.json', import.meta.url), 'utf8'));
const withSummary = (summary: string, officer: Record<string, unknown> = {}): Req => {
  const r = base();
  r.incident.summary = summary;
  Object.assign(r.officer, officer);
  return r;
};

function publicStrings(o: unknown, out: string[] = []): string[] {
  if (typeof o === 'string') out.push(o);
  else if (Array.isArray(o)) o.forEach((v) => publicStrings(v, out));
  else if (o && typeof o === 'object')
    for (const [k, v] of Object.entries(o)) if (k !== 'redactions' && k !== 'kept' && k !== 'cap') publicStrings(v, out);
  return out;
}

/** The build must either refuse (officer_identity_leak / officer_identity_unknown) or publish none of the tokens. */
function expectNoLeak(build: () => unknown, tokens: string[]): void {
  let result: unknown;
  try {
    result = build();
  } catch (e) {
    expect(String((e as { code?: string }).code)).toMatch(/officer_identity_(leak|unknown)/);
    return;
  }
  const all = publicStrings(result).join('\n');
  for (const t of tokens) expect(all).not.toContain(t);
}

const description = (r: Req): string => buildBlueAlert(r, { now: NOW }).text.description;

describe('attack: privacy', () => {
  it('1. name in Unicode small capitals (ᴏᴋᴀꜰᴏʀ) is withheld, in text and in error paths', () => {
    expectNoLeak(() => buildBlueAlert(withSummary('ᴏꜰꜰɪᴄᴇʀ ᴏᴋᴀꜰᴏʀ was shot and killed.'), { now: NOW }), ['ᴏᴋᴀꜰᴏʀ']);
    const r = base();
    r.incident['ᴏᴋᴀꜰᴏʀ'] = 'x';
    const res = safeBuildBlueAlert(r, { now: NOW });
    expect(JSON.stringify(res)).not.toContain('ᴏᴋᴀꜰᴏʀ');
  });

  it('2. name with look-alike letters outside the Cyrillic/Greek skeleton (Armenian Օ/օ) is withheld', () => {
    expectNoLeak(() => buildBlueAlert(withSummary('Officer Օkafօr was shot and killed.'), { now: NOW }), ['Օkafօr']);
  });

  it('3. name with digit zero for the letter O (0kaf0r) is withheld, also in Spanish text', () => {
    expectNoLeak(() => buildBlueAlert(withSummary('Officer 0kaf0r was shot and killed.'), { now: NOW }), ['0kaf0r']);
    const r = base();
    r.languages = ['en-US', 'es-US'];
    r.incident.es = { summary: 'El agente 0kaf0r fue asesinado.' };
    expectNoLeak(() => buildBlueAlert(r, { now: NOW }), ['0kaf0r']);
  });

  it('4. name transliterated into Cyrillic or Greek script (Окафор, Οκαφορ, オカフォー) is withheld', () => {
    expectNoLeak(() => buildBlueAlert(withSummary('Officer Окафор was shot and killed.'), { now: NOW }), ['Окафор']);
    expectNoLeak(() => buildBlueAlert(withSummary('Officer Οκαφορ was shot and killed.'), { now: NOW }), ['Οκαφορ']);
    expectNoLeak(() => buildBlueAlert(withSummary('オカフォー巡査が撃たれた。'), { now: NOW }), ['オカフォー']);
  });

  it('5. percent-encoded name inside a web address is withheld', () => {
    expectNoLeak(
      () => buildBlueAlert(withSummary('Donations: https://gofund.me/%4Fkafor-family'), { now: NOW }),
      ['%4Fkafor'],
    );
  });

  it('6. badge written with a thousands separator or other separators (4,471 / 4_471 / 4/471) is withheld', () => {
    for (const s of ['Badge 4,471 was shot.', 'Badge 4_471 was shot.', 'Unit 4/471 was shot.']) {
      const token = s.match(/4.471/)![0];
      expectNoLeak(() => buildBlueAlert(withSummary(s), { now: NOW }), [token]);
    }
  });

  it('7. badge spelled out in words is withheld', () => {
    expectNoLeak(
      () => buildBlueAlert(withSummary('The officer, badge four four seven one, was shot.'), { now: NOW }),
      ['four four seven one'],
    );
    expectNoLeak(
      () => buildBlueAlert(withSummary('Badge forty-four seventy-one was shot.'), { now: NOW }),
      ['forty-four seventy-one'],
    );
  });

  it('8. cancel without the request refuses a reason with a labelled badge number ("Badge 4471")', () => {
    const first = buildBlueAlert(base(), { now: NOW });
    expectNoLeak(() => cancelBlueAlert(first, { reason: 'Badge 4471 is safe.', now: LATER }), ['4471']);
  });

  it('9. a titled name in free text is not published when officer.name/badge are absent (cancel refuses the same)', () => {
    const r = base();
    delete r.officer.name;
    delete r.officer.badge;
    r.incident.summary = 'Officer Okafor (badge 4471) was shot and killed.';
    expectNoLeak(() => buildBlueAlert(r, { now: NOW }), ['Okafor', '4471']);
  });

  it('10. the capitalised race "Black" in the summary is not turned into "an officer" (officer James Black)', () => {
    const r = withSummary('The suspect, a Black male in his 30s, shot Officer James Black.', { name: 'James Black' });
    r.suspects[0].description.race = 'Black';
    const d = description(r);
    expect(d).not.toContain('an officer male');
    expect(d).toContain('a Black male in his 30s');
  });

  it('11. lower-case words of the suspect description are kept ("jeans" for officer Jean, "neck" for officer Neck)', () => {
    const d1 = description(withSummary('Officer Jean Tate was shot.', { name: 'Jean Tate' }));
    expect(d1).toContain('wearing black hoodie, jeans');
    expect(d1).not.toContain("the officer's family");
    const d2 = description(withSummary('Officer Sam Neck was shot.', { name: 'Sam Neck' }));
    expect(d2).toContain('tattoo on neck');
  });

  it('12. place names in the summary are kept ("toward Aurora", "in Rose Hill", "driving a Ford")', () => {
    expect(
      description(withSummary('Officer Aurora Diaz was shot. The suspect fled toward Aurora.', { name: 'Aurora Diaz' })),
    ).toContain('toward Aurora');
    expect(
      description(withSummary('Officer Aurora Diaz was shot. The suspect was seen in Rose Hill.', { name: 'Aurora Diaz' })),
    ).toContain('seen in Rose Hill');
    // (the officer's own full name is the officer, a place word or not: red team 18, "near Jin Park" published)
    expect(
      description(withSummary('Officer Rose Hill was shot. The suspect was seen in Rose Hill.', { name: 'Rose Hill' })),
    ).not.toContain('Rose Hill');
    expect(
      description(withSummary('Officer Henry Ford was shot by a man driving a Ford.', { name: 'Henry Ford' })),
    ).toContain('driving a Ford');
  });

  it('13. a month or a direction that equals the name is kept ("since May 3", "fled West")', () => {
    expect(
      description(withSummary('Officer Ana May was shot. The suspect, wanted since May 3, fled.', { name: 'Ana May' })),
    ).toContain('since May 3');
    expect(
      description(withSummary('Officer Jordan West was shot. The suspect fled West on I-70.', { name: 'Jordan West' })),
    ).toContain('fled West on I-70');
  });

  it("14. request-error messages keep the library's own words (officer May Fields)", () => {
    const r = base();
    r.officer.name = 'May Fields';
    r.incident.foo = 'x';
    const res = safeBuildBlueAlert(r, { now: NOW });
    expect(res.success).toBe(false);
    expect(JSON.stringify(res)).not.toContain('[withheld] a request [withheld] have');
  });
});
