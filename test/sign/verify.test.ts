import fc from 'fast-check';
import { SignedXml } from 'xml-crypto';
import { describe, expect, it } from 'vitest';
import { parseCap } from '../../src/index.js';
import { signCap, verifyCap } from '../../src/sign/index.js';
import { chainsToTrusted } from '../../src/sign/certificates.js';
import { makeIdentity } from './pki.js';
import { cogIdentity, denverXml, otherIdentity, tamperOneChar } from './setup.js';

const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 25);
const SEED = Number(process.env.FC_SEED ?? 42);

let signedCache: string | undefined;
function signed(): string {
  const id = cogIdentity();
  signedCache ??= signCap(denverXml(), { privateKey: id.keyPem, certificate: id.certPem });
  return signedCache;
}
const trust = (): { trustedCertificates: string[] } => ({ trustedCertificates: [cogIdentity().certPem] });
const codes = (xml: string, options = trust()): string[] => verifyCap(xml, options).issues.map((i) => i.code);

describe('verifyCap', () => {
  it('accepts a message signed by a trusted certificate and describes the signer', () => {
    const r = verifyCap(signed(), trust());
    expect(r).toMatchObject({
      valid: true,
      trusted: true,
      issues: [],
      algorithms: {
        canonicalization: 'http://www.w3.org/2001/10/xml-exc-c14n#',
        signature: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
        digest: 'http://www.w3.org/2001/04/xmlenc#sha256',
      },
    });
    expect(r.signer).toMatchObject({
      subject: 'CN=IPAWSOPEN_399001,OU=Devices IPAWS,O=Test COG,C=US',
      issuer: 'CN=IPAWSOPEN_399001,OU=Devices IPAWS,O=Test COG,C=US',
      fingerprint256: cogIdentity().cert.fingerprint256,
      validFrom: '2020-01-01T00:00:00.000Z',
      validTo: '2049-12-31T23:59:59.000Z',
    });
  });

  it('without trusted certificates: intact is valid, but a warning says the signer was not checked', () => {
    const r = verifyCap(signed());
    expect(r.valid).toBe(true);
    expect(r.trusted).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'signature_signer_unchecked', severity: 'warning', path: '/alert/Signature/KeyInfo' }),
    ]);
  });

  it('catches a change of one character in the signed alert text', () => {
    const s = signed();
    const tampered = tamperOneChar(s);
    expect(tampered.length).toBe(s.length);
    expect(tampered).not.toBe(s);
    const r = verifyCap(tampered, trust());
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'signature_invalid', path: '/alert/Signature/SignedInfo/Reference/DigestValue' }),
    ]);
    expect(r.issues[0]?.message).toMatch(/changed after it was signed/);
  });

  it('catches a change of any one letter or digit anywhere in the signed part (property)', () => {
    const s = signed();
    const start = s.indexOf('<alert');
    const end = s.indexOf('<Signature ');
    const positions: number[] = [];
    for (let i = start; i < end; i++) if (/[A-Za-z0-9]/.test(s[i] ?? '')) positions.push(i);
    fc.assert(
      fc.property(fc.constantFrom(...positions), fc.constantFrom('a', 'Z', '7', '0'), (pos, ch) => {
        fc.pre(s[pos] !== ch);
        const tampered = s.slice(0, pos) + ch + s.slice(pos + 1);
        const r = verifyCap(tampered, trust());
        expect(r.valid).toBe(false);
        expect(['signature_invalid', 'cap_invalid']).toContain(r.issues[0]?.code);
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  });

  it('never throws on a mutated message, and whatever it calls valid parses to the signed content (property)', () => {
    const s = signed();
    const original = parseCap(s);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: s.length - 1 }),
        fc.constantFrom('', 'a', ' ', '<', '>', '&', '"', '/', '=', '\n', 'é'),
        (pos, ch) => {
          const mutated = s.slice(0, pos) + ch + s.slice(pos + 1);
          const r = verifyCap(mutated, trust());
          expect(typeof r.valid).toBe('boolean');
          if (r.valid) expect(parseCap(mutated)).toEqual(original);
        },
      ),
      { numRuns: NUM_RUNS * 4, seed: SEED },
    );
  });

  it('catches changes to the signature itself: SignatureValue, DigestValue, SignedInfo', () => {
    const s = signed();
    const sigValue = /<SignatureValue>([^<]+)</.exec(s)?.[1] ?? '';
    const flipped = (sigValue[10] === 'A' ? 'B' : 'A');
    const badValue = s.replace(sigValue, sigValue.slice(0, 10) + flipped + sigValue.slice(11));
    expect(verifyCap(badValue, trust()).issues).toEqual([
      expect.objectContaining({ code: 'signature_invalid', path: '/alert/Signature/SignatureValue' }),
    ]);
    const digest = /<DigestValue>([^<]+)</.exec(s)?.[1] ?? '';
    const badDigest = s.replace(digest, (digest[0] === 'A' ? 'B' : 'A') + digest.slice(1));
    expect(codes(badDigest)).toEqual(['signature_invalid']);
  });

  it('refuses a message re-signed by someone else, even with a valid signature, when trust is asked for', () => {
    const other = otherIdentity();
    const forged = signCap(tamperOneChar(denverXml()), { privateKey: other.keyPem, certificate: other.certPem });
    const self = verifyCap(forged);
    expect(self.valid).toBe(true);
    expect(self.issues.map((i) => i.code)).toEqual(['signature_signer_unchecked']);
    const r = verifyCap(forged, trust());
    expect(r.valid).toBe(false);
    expect(r.trusted).toBe(false);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'signature_untrusted', path: '/alert/Signature/KeyInfo' })]);
    expect(r.issues[0]?.message).toContain('CN=IPAWSOPEN_399002');
  });

  it('refuses a signature whose KeyInfo certificate was swapped for the trusted one', () => {
    const other = otherIdentity();
    const forged = signCap(denverXml(), { privateKey: other.keyPem, certificate: other.certPem });
    const swapped = forged.replace(other.cert.raw.toString('base64'), cogIdentity().cert.raw.toString('base64'));
    expect(codes(swapped)).toEqual(['signature_invalid']);
  });

  it('trusts a certificate issued by a trusted CA, and not one issued by another CA', () => {
    const ca = makeIdentity({ subject: [['C', 'US'], ['O', 'Test CA'], ['CN', 'Test Root']], ca: true });
    const leaf = makeIdentity({ subject: [['C', 'US'], ['CN', 'IPAWSOPEN_399004']], issuer: ca });
    const s = signCap(denverXml(), { privateKey: leaf.privateKey, certificate: leaf.cert });
    expect(verifyCap(s, { trustedCertificates: [ca.certPem] })).toMatchObject({ valid: true, trusted: true, issues: [] });
    expect(verifyCap(s, { trustedCertificates: [otherIdentity().certPem] }).trusted).toBe(false);
  });

  it('walks CA intermediates (unit: chainsToTrusted)', () => {
    const bits = 1024; // only the chain logic is under test here; small keys keep it fast
    const root = makeIdentity({ subject: [['CN', 'Root']], ca: true, bits });
    const mid = makeIdentity({ subject: [['CN', 'Intermediate']], ca: true, issuer: root, bits });
    const leaf = makeIdentity({ subject: [['CN', 'Leaf']], issuer: mid, bits });
    const notCa = makeIdentity({ subject: [['CN', 'Not a CA']], issuer: root, bits });
    const fakeLeaf = makeIdentity({ subject: [['CN', 'Leaf 2']], issuer: notCa, bits });
    expect(chainsToTrusted(leaf.cert, [mid.cert], [root.cert])).toBe(true);
    expect(chainsToTrusted(leaf.cert, [], [root.cert])).toBe(false);
    expect(chainsToTrusted(leaf.cert, [], [leaf.cert])).toBe(true);
    expect(chainsToTrusted(fakeLeaf.cert, [notCa.cert], [root.cert])).toBe(false);
  });

  it('answers signature_missing for an unsigned message and cap_invalid for non-CAP input', () => {
    expect(verifyCap(denverXml(), trust()).issues).toEqual([
      expect.objectContaining({ code: 'signature_missing', path: '/alert' }),
    ]);
    expect(verifyCap('<html/>').issues).toEqual([expect.objectContaining({ code: 'cap_invalid', path: '/' })]);
    expect(verifyCap(signed().replace('<alert', '<!DOCTYPE alert>\n<alert')).issues[0]).toMatchObject({ code: 'cap_invalid' });
  });

  it('refuses signatures that do not cover the whole alert (wrapping) or use other shapes', () => {
    const s = signed();
    const sigAt = s.indexOf('<Signature ');
    const sig = s.slice(sigAt, s.indexOf('</Signature>') + '</Signature>'.length);
    // content after the signature
    const after = s.replace('</Signature></alert>', '</Signature><note>added</note></alert>');
    expect(verifyCap(after, trust()).issues[0]).toMatchObject({ code: 'signature_malformed', path: '/alert/Signature' });
    // the signature moved inside info
    const moved = s.replace(sig, '').replace('</area>', `</area>${sig}`);
    expect(verifyCap(moved, trust()).issues[0]).toMatchObject({ code: 'signature_malformed', path: '/alert/info/Signature' });
    // two signatures
    const twice = s.replace('</Signature></alert>', `</Signature>${sig}</alert>`);
    expect(verifyCap(twice, trust()).issues[0]?.message).toMatch(/2 signatures/);
    // a reference to a part only
    expect(verifyCap(s.replace('<Reference URI="">', '<Reference URI="#x">'), trust()).issues[0]).toMatchObject({
      code: 'signature_malformed',
      path: '/alert/Signature/SignedInfo/Reference/@URI',
    });
    // SHA-1 is refused
    const sha1 = s.replace('xmldsig-more#rsa-sha256', 'xmldsig#rsa-sha1').replace('http://www.w3.org/2001/04/xmlenc#sha256', 'http://www.w3.org/2000/09/xmldsig#sha1');
    expect(verifyCap(sha1, trust()).issues[0]).toMatchObject({
      code: 'signature_malformed',
      path: '/alert/Signature/SignedInfo/SignatureMethod/@Algorithm',
    });
    // no enveloped-signature transform
    const noEnv = s.replace('<Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>', '');
    expect(verifyCap(noEnv, trust()).issues[0]).toMatchObject({ code: 'signature_malformed', path: '/alert/Signature/SignedInfo/Reference/Transforms' });
    // a broken certificate in KeyInfo
    const badCert = s.replace(/<X509Certificate>[^<]+</, '<X509Certificate>bm90IGEgY2VydA==<');
    expect(verifyCap(badCert, trust()).issues[0]).toMatchObject({
      code: 'signature_malformed',
      path: '/alert/Signature/KeyInfo/X509Data/X509Certificate',
    });
  });

  it('without KeyInfo, checks the signature against the trusted certificates', () => {
    const noKeyInfo = signed().replace(/<KeyInfo>.*<\/KeyInfo>/s, '');
    expect(verifyCap(noKeyInfo, trust())).toMatchObject({ valid: true, trusted: true });
    expect(verifyCap(noKeyInfo, { trustedCertificates: [otherIdentity().certPem] }).issues[0]?.code).toBe('signature_invalid');
    expect(verifyCap(noKeyInfo).issues[0]?.code).toBe('signature_untrusted');
  });

  it('reports an unreadable trusted certificate by its index', () => {
    expect(verifyCap(signed(), { trustedCertificates: [cogIdentity().certPem, 'junk'] }).issues).toEqual([
      expect.objectContaining({ code: 'signature_key_invalid', path: 'trustedCertificates[1]' }),
    ]);
  });

  it("accepts IPAWS-OPEN's own shape: a Reference with only the enveloped transform (implicit inclusive C14N)", () => {
    // A real IPAWS-OPEN message (2019) carries exactly this shape; xml-crypto makes it here with our test key.
    const id = cogIdentity();
    const sig = new SignedXml({
      privateKey: id.keyPem,
      signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
      canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
      getKeyInfoContent: () => `<X509Data><X509Certificate>${id.cert.raw.toString('base64')}</X509Certificate></X509Data>`,
    });
    sig.addReference({
      xpath: '/*',
      transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature'],
      digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
      isEmptyUri: true,
    });
    sig.computeSignature(denverXml());
    const ipawsShaped = sig.getSignedXml();
    expect(ipawsShaped).toContain('<Transforms><Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/></Transforms>');
    expect(verifyCap(ipawsShaped, trust())).toMatchObject({ valid: true, trusted: true, issues: [] });
    expect(verifyCap(tamperOneChar(ipawsShaped), trust()).valid).toBe(false);
  });

  it('refuses markup xmldom would quietly repair, even in the unsigned KeyInfo (found by the mutation property)', () => {
    const s = signed();
    const noEquals = s.replace('<DigestMethod Algorithm="', '<DigestMethod Algorithm"');
    expect(verifyCap(noEquals, trust()).issues[0]).toMatchObject({ code: 'cap_invalid', message: expect.stringMatching(/not well-formed/) });
    const bareAmp = s.replace('<X509SubjectName>CN=', '<X509SubjectName>CN&');
    expect(verifyCap(bareAmp, trust()).issues[0]).toMatchObject({ code: 'cap_invalid', message: expect.stringMatching(/"&"/) });
    // references and CDATA/comments stay fine
    expect(verifyCap(s.replace('</Signature></alert>', '</Signature><!-- a & b --></alert>'), trust()).valid).toBe(true);
  });

  it('refuses deep nesting and oversize input before parsing (linear pre-scan)', () => {
    const s = signed();
    const deep = s.replace('<identifier>', `<identifier>${'<x>'.repeat(20000)}${'</x>'.repeat(20000)}`);
    expect(verifyCap(deep).issues).toEqual([
      expect.objectContaining({ code: 'cap_invalid', path: '/', message: expect.stringMatching(/deeper than 32 levels/) }),
    ]);
    expect(verifyCap(s, { maxDepth: 6 }).valid).toBe(true);
    expect(verifyCap(s, { maxDepth: 5 }).issues[0]?.message).toMatch(/deeper than 5 levels/);
    // quoted '>' and '/>' inside attributes, comments and CDATA do not confuse the scan
    const tricky = s.replace('<identifier>', '<identifier><!-- <a><b><c> --><![CDATA[<d><e>]]>');
    expect(verifyCap(tricky, { maxDepth: 6 }).issues[0]?.code).toBe('signature_invalid');
    expect(verifyCap(s, { maxBytes: 1000 }).issues[0]?.message).toMatch(/the limit is 1000 \(option maxBytes\)/);
    const id = cogIdentity();
    expect(() => signCap(denverXml(), { privateKey: id.keyPem, certificate: id.certPem, maxBytes: 100 })).toThrow(/option maxBytes/);
  });

  it('does not mind comments and whitespace outside the signed text, or a byte order mark', () => {
    const s = signed();
    expect(verifyCap(`${s}\n<!-- archived -->\n`, trust()).valid).toBe(true);
    expect(verifyCap(`\uFEFF${s}`, trust()).valid).toBe(true);
    const id = cogIdentity();
    const withBom = signCap(`\uFEFF${denverXml()}`, { privateKey: id.keyPem, certificate: id.certPem });
    expect(withBom).toBe(`\uFEFF${s}`);
  });
});
