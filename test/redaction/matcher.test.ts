import { describe, expect, it } from 'vitest';
import { badgeTerm, createIdentityMatcher, nameTerms, type IdentityTerm } from '../../src/redaction/matcher.js';
import { foldText } from '../../src/redaction/fold.js';
import { roleOfTitle } from '../../src/redaction/titles.js';

const matcher = (name: string, badge?: string, role?: Parameters<typeof createIdentityMatcher>[1]) => {
  const terms: IdentityTerm[] = [...nameTerms(name)];
  const b = badge === undefined ? undefined : badgeTerm(badge);
  if (b !== undefined) terms.push(b);
  return createIdentityMatcher(terms, role);
};
const redact = (m: ReturnType<typeof matcher>, s: string) => m.redact(s).text;

describe('foldText', () => {
  it('folds case, accents and letters without decomposition, and keeps the map to the original', () => {
    const f = foldText('JOSÉ  Østergaard’s Đỗ');
    expect(f.text).toBe("jose ostergaard's do");
    // "Ø" starts at original index 6 (after "JOSÉ" and two spaces collapsed into one)
    expect(f.start(5)).toBe(6);
    expect(f.end(4)).toBe(6);
  });
});

describe('name forms', () => {
  const m = matcher('Maria Young', '4471', 'sergeant');
  it.each([
    ['Sgt. Maria Young was shot.', 'A sergeant was shot.'],
    ['Maria Young was shot.', 'A sergeant was shot.'],
    ['Officer Young was shot.', 'An officer was shot.'],
    ['Deputy M. Young was shot.', 'A deputy was shot.'],
    ['Witnesses saw M.Y. leave.', 'Witnesses saw a sergeant leave.'],
    ['Young, Maria was on patrol.', 'A sergeant was on patrol.'],
    ['The suspect shot Young.', 'The suspect shot a sergeant.'],
    ["Young's cruiser was taken.", "The sergeant's cruiser was taken."],
    ["They took Officer Young’s radio.", "They took the officer's radio."],
    ['OFFICER MARIA YOUNG WAS SHOT', 'AN OFFICER WAS SHOT'],
    ['They said the Officer Young left', 'They said the officer left'],
    ['Maria was alone. Young called it in.', 'A sergeant was alone. The sergeant called it in.'],
    ['Deputy M. Young was shot; Young is stable.', 'A deputy was shot; the deputy is stable.'],
  ])('%s', (input, expected) => {
    expect(redact(m, input)).toBe(expected);
  });

  it('does not touch words that merely contain the name, hyphenated compounds or place names', () => {
    // ("Youngs" alone is the plural of the surname, the officer's family: redacted, see test/privacy)
    for (const s of ['Youngstown', 'McYoung', 'Young-Smith Ave', 'Mariana', 'Young Street', 'Fort Young', 'Young County']) {
      expect(redact(m, `near ${s} today`)).toBe(`near ${s} today`);
    }
  });

  it('leaves an everyday word written in lower case, but not the name written as a name', () => {
    const m2 = matcher('Bill Young');
    expect(redact(m2, 'a young male paid the bill')).toBe('a young male paid the bill');
    expect(redact(m2, 'Young was hurt; the suspect is young')).toBe('An officer was hurt; the suspect is young');
    expect(redact(m2, 'officer young was hurt')).toBe('An officer was hurt');
    expect(redact(m2, 'bill young was hurt')).toBe('An officer was hurt');
    expect(redact(m2, 'YOUNG WAS HURT')).toBe('AN OFFICER WAS HURT');
    expect(redact(matcher('May Chen'), 'the suspect may be armed; May was shot')).toBe('the suspect may be armed; an officer was shot');
  });

  it('matches accents and case both ways', () => {
    const j = matcher('José Nuñez');
    expect(redact(j, 'Jose Nunez was hurt')).toBe('An officer was hurt');
    expect(redact(j, 'JOSÉ spoke to NUNEZ')).toBe('AN OFFICER spoke to THE OFFICER');
    expect(redact(matcher('Jose Nunez'), 'José Nuñez was hurt')).toBe('An officer was hurt');
  });

  it('handles hyphenated and particle surnames and every later part of a long name', () => {
    const h = matcher('Anne-Marie Delgado-Ruiz');
    expect(redact(h, 'Delgado-Ruiz and Ruiz and Anne-Marie')).toBe('An officer and the officer and the officer');
    expect(redact(h, 'Delgado-Ruizville')).toBe('Delgado-Ruizville');
    const p = matcher('María de la Cruz');
    expect(redact(p, 'Officer de la Cruz and Cruz')).toBe('An officer and the officer');
    const r = matcher('José Ángel Rivera Ortiz', undefined, 'officer');
    expect(redact(r, 'Agente Rivera fue herido; Rivera Ortiz y J. Rivera')).toBe('An officer fue herido; the officer y the officer');
  });

  it('strips titles and suffixes written inside the name field', () => {
    const m2 = matcher('Sgt. Daniel Okafor Jr.');
    expect(redact(m2, 'Daniel Okafor Jr. died')).toBe('An officer died');
    expect(nameTerms('Sgt. Daniel Okafor Jr.').some((t) => t.text === 'sgt')).toBe(false);
  });

  it('ignores brackets and quotes inside the name field', () => {
    const m2 = matcher('Maria "Mimi" (M.) Young');
    expect(redact(m2, 'Mimi Young and Mimi were there')).toBe('An officer and the officer were there');
  });

  it('short names match only as whole words', () => {
    const li = matcher('Li Ng');
    expect(redact(li, 'Ng was shot near Lima by Nguyen')).toBe('An officer was shot near Lima by Nguyen');
  });
});

describe('badge numbers', () => {
  const m = matcher('Maria Young', '#4471');
  it.each([
    ['Officer Young, badge #4471, was shot.', 'An officer was shot.'],
    ['Badge number 4471 was found.', '[withheld] was found.'],
    ['A sergeant (#4471) was shot.', 'A sergeant was shot.'],
    ['unit 4471 responded', 'unit [withheld] responded'],
  ])('%s', (input, expected) => {
    expect(redact(m, input)).toBe(expected);
  });
  it('leaves numbers that only contain the badge', () => {
    for (const s of ['at 14:4471', 'on 2026-4471', 'plate ABC4471', '44710 miles', '1.4471 km', '4471-B']) {
      expect(redact(m, s)).toBe(s);
    }
  });
  it('matches a one- or two-character badge only after "#" or "badge"', () => {
    const s = createIdentityMatcher([badgeTerm('12')!]);
    expect(s.redact('12 miles east, badge 12').text).toBe('12 miles east');
  });
});

describe('modes, extra terms and scrubbing', () => {
  it('institutional fields only lose whole names, not parts', () => {
    const m = matcher('George Washington');
    expect(m.redact('Washington County Sheriff', 'institutional').text).toBe('Washington County Sheriff');
    // a full name inside a longer capitalised name is withheld, not turned into a role that may be false
    expect(m.redact('George Washington Task Force', 'institutional').text).toBe('[name withheld] Task Force');
    expect(matcher('Marcus Lee').redact('Marcus Lee Hale', 'institutional').text).toBe('[name withheld] Hale');
    expect(matcher('Lee Hale').redact('Marcus Lee Hale', 'institutional').text).toBe('Marcus [name withheld]');
    // the whole name in a suspect or agency name field is no officer there (red team 10: "Suspect: An officer")
    expect(m.redact('George Washington', 'institutional').text).toBe('[name withheld]');
    expect(m.redact('Office of Sheriff Washington', 'institutional').text).toBe('Office of an officer');
    expect(m.redact('Marcus Washington', 'institutional').text).toBe('Marcus Washington');
  });
  it('extra terms become [withheld]', () => {
    const m = createIdentityMatcher([{ text: 'unit 12', kind: 'extra' }]);
    expect(m.redact('Unit 12 was ambushed').text).toBe('[withheld] was ambushed');
  });
  it('scrub replaces every match by [redacted]', () => {
    const m = matcher('Maria Young', '4471');
    expect(m.scrub('Bad value near Maria Young (#4471)')).toBe('Bad value near [redacted] ([redacted])');
  });
  it('an empty matcher changes nothing', () => {
    const m = createIdentityMatcher([]);
    expect(m.redact('Officer Young').text).toBe('Officer Young');
    expect(m.find('Officer Young')).toEqual([]);
  });
});

describe('roleOfTitle', () => {
  it.each([
    ['Sgt.', 'sergeant'],
    ['Deputy Sheriff', 'deputy'],
    ['Police Officer II', 'officer'],
    ['Master Sergeant', 'sergeant'],
    ['Chief of Police', 'officer'],
    ['State Trooper', 'trooper'],
    ['Sargento', 'sergeant'],
  ])('%s -> %s', (title, role) => {
    expect(roleOfTitle(title)).toBe(role);
  });
  it('unknown titles give undefined', () => {
    expect(roleOfTitle('Astronaut')).toBeUndefined();
  });
});
