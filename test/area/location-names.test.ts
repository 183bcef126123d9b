import type { BlueAlertRequestInput } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';
import { countyLookup } from '../../src/counties/index.js';

const request: BlueAlertRequestInput = {
  event: 'officer-killed',
  issuer: { name: 'CBI', sender: 'cbi@state.co.us', timeZone: 'America/Denver' },
  requestingAgency: { name: 'Denver PD' },
  criteria: { requestedByPrimaryAgency: true, officerStatusConfirmed: true, suspectApprehended: false, sufficientSuspectDescription: true },
  suspects: [{ vehicle: { plate: { number: 'ABC123' } } }],
  area: { description: 'Denver metro area', same: ['008031', '056000', '072025'] },
};
const now = '2026-11-22T14:20:00-07:00';

describe('EAS location names', () => {
  it('with the county lookup, the EAS text lists the places of the SAME codes as a device would (ECIG 3.6)', () => {
    const r = buildBlueAlert(request, { now, identifier: 'T-1', counties: countyLookup });
    expect(r.text.eas).toContain('FOR THE FOLLOWING COUNTIES/AREAS: Denver, CO; Wyoming; Caguas, PR; AT 2:20 PM');
    expect(r.area.areaDesc).toBe('Denver metro area');
  });
  it('without it, the EAS text uses areaDesc', () => {
    const r = buildBlueAlert(request, { now, identifier: 'T-1' });
    expect(r.text.eas).toContain('FOR THE FOLLOWING COUNTIES/AREAS: Denver metro area; AT 2:20 PM');
  });
});
