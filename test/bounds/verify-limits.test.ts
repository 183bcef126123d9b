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

/** The unsigned Denver message with `k` copies of `unit` after its `<code>`, signed. */
function signedWith(k: number, unit: string): string {
  const id = cogIdentity();
  const xml = denverXml().replace('</code>', `</code>${unit.repeat(k)}`);
  return signCap(xml, { privateKey: id.keyPem, certificate: id.certPem });
}

describe('signCap and verifyCap: elements and comments are capped before a DOM is built', () => {
  it('verifies a message with 4,000 sibling elements (the whole-document reference no longer sorts them)', () => {
    const xml = signedWith(4_000, '<note>x</note>');
    expect(verifyCap(xml, { trustedCertificates: [cogIdentity().certPem] })).toMatchObject({ valid: true, trusted: true });
    // the direct resolution still checks the digest: one changed note is caught
    const tampered = xml.replace('<note>x</note>', '<note>y</note>');
    expect(verifyCap(tampered).issues[0]).toMatchObject({ code: 'signature_invalid', path: expect.stringMatching(/DigestValue$/) });
  });

  it(`refuses more than ${LIMITS.signedMessageElements} elements, naming the cap, in sign and verify`, () => {
    const base = signedWith(100, '<note>x</note>');
    const many = base.replace('</code>', `</code>${'<note>x</note>'.repeat(LIMITS.signedMessageElements)}`);
    const r = verifyCap(many);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'cap_invalid', path: '/', message: expect.stringContaining(`more than ${LIMITS.signedMessageElements} elements (the maxElements cap)`) }),
    ]);
    const id = cogIdentity();
    expect(() => signCap(denverXml().replace('</code>', `</code>${'<note>x</note>'.repeat(LIMITS.signedMessageElements)}`), { privateKey: id.keyPem, certificate: id.certPem })).toThrow(
      /more than 5000 elements/,
    );
  });

  it(`refuses more than ${LIMITS.messageComments} comments and accepts ${LIMITS.messageComments}`, () => {
    const ok = signedWith(LIMITS.messageComments, '<!--c-->');
    expect(verifyCap(ok, { trustedCertificates: [cogIdentity().certPem] })).toMatchObject({ valid: true, trusted: true });
    const over = ok.replace('</code>', '</code><!--one more-->');
    expect(verifyCap(over).issues).toEqual([
      expect.objectContaining({ code: 'cap_invalid', path: '/', message: expect.stringContaining(`more than ${LIMITS.messageComments} comments (the maxComments cap)`) }),
    ]);
  });

  it('applies the attribute and namespace caps of parseCap to verify', () => {
    const attrs = Array.from({ length: LIMITS.messageAttributes + 1 }, (_, i) => `a${i}="1"`).join(' ');
    const r = verifyCap(signed().replace('<identifier>', `<identifier ${attrs}>`));
    expect(r.issues[0]).toMatchObject({ code: 'cap_invalid', message: expect.stringContaining('maxAttributes') });
    const decls = Array.from({ length: LIMITS.messageNamespaceDeclarations + 1 }, (_, i) => `<x:n xmlns:x="urn:n${i}"/>`).join('');
    expect(verifyCap(signed().replace('</code>', `</code>${decls}`)).issues[0]).toMatchObject({ code: 'cap_invalid', message: expect.stringContaining('maxNamespaceDeclarations') });
  });
});
