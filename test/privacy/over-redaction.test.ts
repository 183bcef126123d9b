/**
 * Over-redaction: a coincidence between the officer's identity and other facts must not destroy those facts or
 * produce false sentences. Each case asserts the exact public text and the `kept` entries.
 */
import { describe, expect, it } from 'vitest';
import { redacted } from './support.js';

const issuer = { name: 'Colorado Bureau of Investigation', sender: 'cbi.bluealert@state.co.us', timeZone: 'America/Denver' };

describe('a suspect vehicle whose make is the officer’s surname (officer Henry Ford)', () => {
  const r = redacted({
    officer: { name: 'Henry Ford', badge: '2211' },
    summary: 'The suspect fled in a gray Ford after shooting Officer Ford. Ford is in surgery. Look for the Ford F-150.',
    extra: { suspects: [{ vehicle: { make: 'Ford', model: 'F-150', color: 'gray', plate: { state: 'CO', number: 'ABC1234' } } }] },
  });
  it('keeps the vehicle and redacts the officer', () => {
    expect(r.request.incident.summary).toBe('The suspect fled in a gray Ford after shooting an officer. The officer is in surgery. Look for the Ford F-150.');
    expect(r.request.suspects[0]?.vehicle?.make).toBe('Ford');
  });
  it('says what was kept and why', () => {
    expect(r.kept).toEqual([
      { path: 'incident.summary', termKind: 'name-part', reason: 'a vehicle make' },
      { path: 'incident.summary', termKind: 'name-part', reason: 'the suspect vehicle, given in suspects[].vehicle' },
      { path: 'suspects[0].vehicle.make', termKind: 'name-part', reason: 'a value in a structured field (vehicle, description)' },
    ]);
  });
});

describe('a suspect who shares the officer’s given name (officer Daniel Smith, suspect Daniel Jones)', () => {
  const r = redacted({
    officer: { name: 'Daniel Smith', badge: '2211' },
    summary: 'Daniel Jones shot Officer Daniel Smith. Jones fled; Daniel is armed.',
    extra: { suspects: [{ name: 'Daniel Jones' }] },
  });
  it('never writes a false sentence: the suspect stays named, a lone shared name is withheld', () => {
    expect(r.request.incident.summary).toBe('Daniel Jones shot an officer. Jones fled; [name withheld] is armed.');
    expect(r.request.suspects[0]?.name).toBe('Daniel Jones');
  });
  it('says what was kept', () => {
    // (the short forms "dani" and "dany" are looked for too: inside "Daniel" they are part of a longer word)
    expect(r.kept).toEqual([
      { path: 'incident.summary', termKind: 'name-part', reason: 'part of a longer word' },
      { path: 'incident.summary', termKind: 'name-part', reason: "the suspect's name, given in suspects[].name" },
      { path: 'suspects[0].name', termKind: 'name-part', reason: 'a name in an agency or suspect name field, without a title' },
      { path: 'suspects[0].name', termKind: 'name-part', reason: 'part of a longer word' },
    ]);
  });
});

describe('a place named like the officer in a structured location field', () => {
  it('a city "Aurora" (officer Aurora Hill)', () => {
    const r = redacted({
      officer: { name: 'Aurora Hill' },
      extra: { incident: { summary: 'Shots fired in Aurora. Officer Hill was hit; Aurora Hill is stable.', location: 'E Colfax Ave, Aurora' } },
    });
    expect(r.request.incident.location).toBe('E Colfax Ave, Aurora');
    expect(r.request.incident.summary).toBe('Shots fired in Aurora. An officer was hit; the officer is stable.');
    expect(r.kept).toEqual([
      { path: 'incident.location', termKind: 'name-part', reason: 'a place in a location field' },
      { path: 'incident.summary', termKind: 'name-part', reason: 'a place, given in a location field' },
    ]);
  });

  it('"Rose Hill Cemetery" (officer Rose Hill)', () => {
    const r = redacted({
      officer: { name: 'Rose Hill' },
      extra: {
        incident: { summary: 'Shots fired near Rose Hill Cemetery. Officer Rose Hill was hit.', location: 'Rose Hill Cemetery, Commerce City' },
        suspects: [{ lastSeen: { location: 'Rose Hill Cemetery' }, vehicle: { plate: { number: 'XYZ1' } } }],
      },
    });
    // (red team 18: the officer's full name before a place word is withheld when the surname is a place word
    // itself, privacy first: "Tom Hill Park" for an officer Thomas Hill was published; the place word stays)
    expect(r.request.incident.location).toBe('[name withheld] Cemetery, Commerce City');
    expect(r.request.suspects[0]?.lastSeen?.location).toBe('[name withheld] Cemetery');
    expect(JSON.stringify(r.request)).not.toContain('Rose Hill');
  });

  it("a possessive in a location field is the person: \"near Okafor's home\"", () => {
    const r = redacted({ extra: { incident: { summary: 'x', location: "near Okafor's home" } } });
    expect(r.request.incident.location).toBe("near the officer's home");
  });
});

describe('a badge whose digits appear in the tip line or a measurement (badge 0100, badge 180)', () => {
  it('the tip line keeps its digits', () => {
    const r = redacted({
      officer: { badge: '0100' },
      summary: 'Call 1-800-555-0100 with tips.',
      extra: { issuer: { ...issuer, phone: '1-800-555-0100' } },
    });
    expect(r.request.incident.summary).toBe('Call 1-800-555-0100 with tips.');
    expect(r.request.issuer.phone).toBe('1-800-555-0100');
    expect(r.kept).toEqual([
      { path: 'issuer.phone', termKind: 'badge', reason: 'part of a longer number or word (phone number, date, model)' },
      { path: 'incident.summary', termKind: 'badge', reason: 'part of a longer number or word (phone number, date, model)' },
    ]);
  });

  it('a measurement keeps its digits; the badge written as a badge goes', () => {
    const r = redacted({
      officer: { badge: '180' },
      summary: 'Suspect is 6 ft, 180 lb. Officer #180 was shot.',
      extra: { suspects: [{ description: { weight: '180 lbs', height: '180 cm' } }] },
    });
    expect(r.request.incident.summary).toBe('Suspect is 6 ft, 180 lb. Officer [withheld] was shot.');
    expect(r.request.suspects[0]?.description?.weight).toBe('180 lbs');
    expect(r.request.suspects[0]?.description?.height).toBe('180 cm');
    expect(r.kept.every((k) => k.termKind === 'badge' && k.reason === 'a measurement, not the badge')).toBe(true);
    expect(r.kept).toHaveLength(3);
  });
});

describe('an agency or a word that contains the name', () => {
  it('"Washington County Sheriff" survives an officer Washington, and is reported as kept', () => {
    const r = redacted({
      officer: { name: 'Ann Washington' },
      summary: 'Sheriff Washington was shot.',
      extra: { requestingAgency: { name: 'Washington County Sheriff' } },
    });
    expect(r.request.requestingAgency.name).toBe('Washington County Sheriff');
    expect(r.request.incident.summary).toBe('An officer was shot.');
    expect(r.kept).toEqual([{ path: 'requestingAgency.name', termKind: 'name-part', reason: 'a name in an agency or suspect name field, without a title' }]);
  });

  it('"Youngstown" survives an officer Young', () => {
    const r = redacted({ officer: { name: 'Maria Young' }, summary: 'Suspect seen in Youngstown.' });
    expect(r.request.incident.summary).toBe('Suspect seen in Youngstown.');
    expect(r.kept).toEqual([{ path: 'incident.summary', termKind: 'name-part', reason: 'part of a longer word' }]);
  });
});
