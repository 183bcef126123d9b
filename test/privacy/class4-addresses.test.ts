/** Leak class 4: names and badges inside URLs, e-mail addresses, hashtags and slugs in free text. */
import { describe, expect, it } from 'vitest';
import { publicSummary, redacted } from './support.js';

describe('addresses in free text that carry identity are replaced whole', () => {
  it.each([
    ['Donate at https://gofund.me/daniel-okafor-family today.', 'Donate at [withheld] today.'],
    ['See example.gov/officers/4471 for more.', 'See [withheld] for more.'],
    ['Trending: #JusticeForOkafor.', 'Trending: [withheld].'],
    ['Trending: #justicefordanny', 'Trending: [withheld]', { name: "Daniel 'Danny' Okafor" }],
    ['Write to d.okafor@denvergov.org now.', 'Write to [withheld] now.'],
    ['File okafor_statement_final.pdf was posted.', 'File [withheld] was posted.'],
    ['Photo: www.example.com/img/OKAFOR.jpg', 'Photo: [withheld]'],
    ['See /news/2026/officer-4471-shot', 'See [withheld]'],
  ] as const)('%j -> %j', (summary, expected, officer?: Record<string, unknown>) => {
    expect(publicSummary(summary, officer)).toBe(expected);
  });

  it('addresses without identity are left alone', () => {
    const s = 'Tips: https://cbi.colorado.gov/tips and #BlueAlert, tips@cbi.gov.';
    expect(publicSummary(s)).toBe(s);
  });

  it('web and e-mail fields that hold identity are dropped, with a redaction entry', () => {
    const r = redacted({
      extra: {
        requestingAgency: { name: 'Denver PD', requestingOfficial: { name: 'PIO', email: 'daniel.okafor@denvergov.org' } },
      },
    });
    expect(r.request.requestingAgency.requestingOfficial?.email).toBeUndefined();
    expect(r.redactions.map((x) => x.path)).toContain('requestingAgency.requestingOfficial.email');
  });
});
