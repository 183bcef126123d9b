/** Leak class 9: update and cancel check their free text against the officer's identity. */
import { describe, expect, it } from 'vitest';
import { cancelBlueAlert } from '../../src/lifecycle/cancel.js';
import { updateBlueAlert } from '../../src/lifecycle/update.js';
import { BlueAlertError } from '../../src/errors.js';
import { namesTitledPerson } from '../../src/privacy/lifecycle-check.js';
import { NOW, allPublicText, build, requestWith } from './support.js';

const LATER = '2026-11-22T16:00:00-07:00';

function codes(f: () => unknown): string[] {
  try {
    f();
    return [];
  } catch (e) {
    if (!(e instanceof BlueAlertError)) throw e;
    expect(e.message).not.toMatch(/okafor|4471|danny/i);
    return e.issues.map((i) => i.code);
  }
}

describe('cancel with the original request', () => {
  const original = build({});
  const request = requestWith({ officer: { name: "Daniel 'Danny' Okafor" } }) as never;
  it.each([
    'Officer Okafor was found safe.',
    'Danny is home.',
    'OKAFÓR located',
    'Оkafor located', // Cyrillic О
    'Oka\u200Bfor located',
    'Badge 4471 recovered',
    'See #JusticeForOkafor',
  ])('refuses %j', (reason) => {
    expect(codes(() => cancelBlueAlert(original.xml, { now: LATER, reason, request }))).toEqual(['officer_identity_leak']);
  });

  it('accepts a reason that does not name the officer, words that contain the name included', () => {
    const c = cancelBlueAlert(original.xml, { now: LATER, reason: 'Suspect arrested near Okaforville.', request });
    expect(c.xml).toContain('Okaforville');
  });

  it('a bad original request is reported at options.request, scrubbed', () => {
    expect(codes(() => cancelBlueAlert(original.xml, { now: LATER, reason: 'Done', request: { officer: { name: 'Daniel Okafor' }, Okafor: 1 } as never }))).toContain('invalid_type');
  });
});

describe('cancel without the request', () => {
  const original = build({});
  it.each(['Officer Okafor was found.', 'Sgt. Young is safe.', 'Deputy Z returned.', 'Ofc. 4471 located', 'OFFICER SMITH FOUND'])(
    'refuses a reason naming a titled person: %j',
    (reason) => {
      try {
        cancelBlueAlert(original.xml, { now: LATER, reason });
        expect.unreachable();
      } catch (e) {
        const err = e as BlueAlertError;
        expect(err.issues[0]?.code).toBe('officer_identity_unknown');
        expect(err.issues[0]?.path).toBe('options.reason');
        expect(err.issues[0]?.message).toMatch(/options\.request.*--request FILE/);
      }
    },
  );

  it.each(['The officer was found safe.', 'Suspect apprehended by officers.', 'Officers located the vehicle.'])('accepts %j', (reason) => {
    expect(cancelBlueAlert(original.xml, { now: LATER, reason }).xml).toContain('Cancel');
  });

  it('namesTitledPerson sees through look-alikes but not lower-case words', () => {
    expect(namesTitledPerson('Оfficer Оkafor')).toBe(true);
    expect(namesTitledPerson('the officer on duty')).toBe(false);
  });
});

describe('update', () => {
  it("withholds the previous request's officer from the Update's free text", () => {
    const first = requestWith();
    const original = build({});
    const next = requestWith({ summary: 'Update: Officer Okafor died. Danny was 34.', officer: { name: 'Unknown' } });
    const u = updateBlueAlert(original.xml, next, { now: LATER, identifier: 'PRIV-2', previousRequest: { ...first, officer: { name: "Daniel 'Danny' Okafor", badge: '4471' } } as never });
    expect(allPublicText(u)).not.toMatch(/okafor|danny/i);
    expect(u.text.wea360 ?? '').toBeTypeOf('string');
  });

  it('a request-format error in the update is scrubbed', () => {
    const original = build({});
    expect(codes(() => updateBlueAlert(original.xml, { ...requestWith(), Okafor: 1 }, { now: NOW }))).toContain('unrecognized_key');
  });
});
