/** Leak class 8: withheld details other than the name (plate, photo, description) of a missing officer. */
import { describe, expect, it } from 'vitest';
import { allPublicText, build, redacted } from './support.js';

const missing = (officer: Record<string, unknown>, summary: string) =>
  redacted({ event: 'officer-missing', officer: { name: 'Daniel Okafor', ...officer }, summary });

describe('a released plate that spells the withheld name', () => {
  it.each(['OKAFOR1', 'OKAFOR', 'DOKAFOR', 'OKA-FOR', '1OKAFOR'])('%s is removed, with a redaction entry', (number) => {
    const r = missing({ vehicle: { make: 'Ford', plate: { state: 'CO', number } } }, 'The officer is missing.');
    expect(r.request.officer?.vehicle?.plate?.number).toBeUndefined();
    expect(r.request.officer?.vehicle?.make).toBe('Ford');
    expect(r.redactions.map((x) => x.path)).toContain('officer.vehicle.plate.number');
  });

  it('a plate that does not spell the name is released', () => {
    const r = missing({ vehicle: { plate: { state: 'CO', number: 'ABC1234' } } }, 'The officer is missing.');
    expect(r.request.officer?.vehicle?.plate?.number).toBe('ABC1234');
  });

  it('a released name leaves the plate alone', () => {
    const r = missing({ releaseApproved: true, vehicle: { plate: { state: 'CO', number: 'OKAFOR1' } } }, 'The officer is missing.');
    expect(r.request.officer?.vehicle?.plate?.number).toBe('OKAFOR1');
  });
});

describe('withheld details repeated in free text', () => {
  const officer = {
    release: { vehicle: false, photo: false, description: false, lastKnownLocation: false },
    photoUrl: 'https://dpd.example.gov/photos/ofc-1234.jpg',
    vehicle: { make: 'Ford', model: 'Explorer', color: 'white', plate: { state: 'CO', number: 'ABC-1234' } },
    description: { marks: 'tattoo of an eagle on the left forearm' },
    lastKnownLocation: '1400 Block of Larimer St',
  };
  it.each([
    ['Look for plate ABC 1234.', 'Look for plate [withheld].'],
    ['Look for plate abc1234.', 'Look for plate [withheld].'],
    ['He drives a white Ford Explorer.', 'He drives a [withheld].'],
    ['Photo: https://dpd.example.gov/photos/ofc-1234.jpg', 'Photo: [withheld]'],
    ['He has a tattoo of an eagle on the left forearm.', 'He has a [withheld].'],
    ['Last seen at 1400 block of Larimer St.', 'Last seen at [withheld].'],
  ])('%j -> %j', (summary, expected) => {
    expect(missing(officer, summary).request.incident.summary).toBe(expected);
  });

  it('and the build carries none of them', () => {
    const m = build({
      event: 'officer-missing',
      officer: { name: 'Daniel Okafor', ...officer },
      summary: 'Missing since noon. Plate ABC-1234. See https://dpd.example.gov/photos/ofc-1234.jpg',
      extra: { criteria: { requestedByPrimaryAgency: true, officerStatusConfirmed: true, missingInConnectionWithDuties: true } },
    });
    expect(allPublicText(m)).not.toMatch(/abc.?1234|ofc-1234/i);
  });
});
