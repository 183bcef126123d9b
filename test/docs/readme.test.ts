/**
 * The README's example output is what the code returns for the README's request (the request is repeated here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';
import { ROOT } from '../support/fixtures.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const alert = buildBlueAlert(
  {
    event: 'officer-killed',
    issuer: { name: 'Colorado Bureau of Investigation', sender: 'cbi.bluealert@state.co.us', timeZone: 'America/Denver' },
    requestingAgency: { name: 'Denver Police Department' },
    criteria: { requestedByPrimaryAgency: true, officerStatusConfirmed: true, suspectApprehended: false, sufficientSuspectDescription: true },
    incident: { summary: 'Officer Daniel Okafor was shot during a traffic stop at W Colfax Ave and N Broadway.' },
    officer: { name: 'Daniel Okafor', badge: '4471' },
    suspects: [{ vehicle: { make: 'Ford', model: 'F-150', color: 'gray', plate: { state: 'CO', number: 'ABC1234' } }, direction: 'east' }],
    area: { description: 'Denver', same: ['008031'] },
    durationHours: 6,
  },
  { now: '2026-11-22T14:20:00-07:00', identifier: 'CBI-BA-2026-001' },
);

describe('README example', () => {
  it('shows the request in the same words the test builds', () => {
    expect(readme).toContain("incident: { summary: 'Officer Daniel Okafor was shot during a traffic stop at W Colfax Ave and N Broadway.' }");
    expect(readme).toContain("area: { description: 'Denver', same: ['008031'] }");
  });
  it('shows the text, header, redactions and warnings the build returns', () => {
    expect(readme).toContain(`alert.text.wea90   ${alert.text.wea90}\n`);
    expect(readme).toContain(`alert.text.wea360  ${alert.text.wea360}\n`);
    expect(readme).toContain(`alert.sameHeader   ${alert.sameHeader}\n`);
    expect(readme).toContain(`alert.redactions   ${alert.redactions.map((r) => r.path).join(', ')}\n`);
    expect(readme).toContain(`alert.warnings     ${alert.warnings.map((w) => `${w.path}: ${w.message}`).join('; ')}\n`);
  });
  it('shows XML that is the XML the build returns (abridged lines aside)', () => {
    const block = /```xml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const squeeze = (s: string) => s.replace(/>\s+</g, '><').trim();
    const xml = squeeze(alert.xml);
    const lines = block.split('\n').filter((l) => l.trim() !== '' && !l.includes('…'));
    expect(lines.length).toBeGreaterThan(15);
    for (const line of lines) expect(xml).toContain(squeeze(line));
  });
});
