/**
 * verifyCap bounds its work: at most LIMITS.keyInfoCertificates certificates in KeyInfo (150 extra ones were once
 * reported valid and trusted after seconds of checks), and the input size before any DOM is built.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/index.js';
import { signCap, verifyCap } from '../../src/sign/index.js';
import { cogIdentity, denverXml } from '../sign/setup.js';

let cached: string | undefined;
const signed = () => {
  const id = cogIdentity();
  cached ??= signCap(denverXml(), { privateKey: id.keyPem, certificate: id.certPem });
  return cached;
};
function withCertificates(total: number): string {
  const s = signed();
  const m = /<(?:\w+:)?X509Certificate>[^<]*<\/(?:\w+:)?X509Certificate>/.exec(s);
  if (m === null) throw new Error('no certificate in the signed message');
  return s.replace(m[0], m[0].repeat(total));
}

describe('verifyCap limits', () => {
  it('refuses 150 extra certificates in KeyInfo: not valid, not trusted, and says why', () => {
    const r = verifyCap(withCertificates(151), { trustedCertificates: [cogIdentity().certPem] });
    expect(r.valid).toBe(false);
    expect(r.trusted).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'signature_malformed', path: expect.stringMatching(/KeyInfo$/), message: expect.stringContaining(`151 certificates; at most ${LIMITS.keyInfoCertificates}`) }),
    ]);
  });

  it('accepts up to the cap', () => {
    const r = verifyCap(withCertificates(LIMITS.keyInfoCertificates), { trustedCertificates: [cogIdentity().certPem] });
    expect(r).toMatchObject({ valid: true, trusted: true });
    expect(verifyCap(withCertificates(LIMITS.keyInfoCertificates + 1)).valid).toBe(false);
  });

  it('refuses a message over 1 MiB by default, before building a DOM, and allows more when asked', () => {
    const big = signed().replace('</alert>', `<!--${'x'.repeat(LIMITS.messageBytes)}--></alert>`);
    const r = verifyCap(big);
    expect(r.valid).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'cap_invalid', path: '/', message: expect.stringContaining(`the limit is ${LIMITS.messageBytes}`) });
    expect(verifyCap(big, { maxBytes: 4 * LIMITS.messageBytes }).issues[0]?.code).not.toBe('cap_invalid');
  });
});
