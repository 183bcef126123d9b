import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BlueAlertError, parseCap, validateCap } from '../../src/index.js';
import {
  DIGEST_ALGORITHM,
  ENVELOPED_SIGNATURE,
  EXCLUSIVE_C14N,
  SIGNATURE_ALGORITHM,
  signCap,
  verifyCap,
} from '../../src/sign/index.js';
import { validateWithXsd } from '../support/xsd.js';
import { makeIdentity } from './pki.js';
import { builtFixtures, cogIdentity, denverXml, otherIdentity } from './setup.js';

function signDenver(): string {
  const id = cogIdentity();
  return signCap(denverXml(), { privateKey: id.keyPem, certificate: id.certPem });
}

function issuesOf(fn: () => unknown): { code: string; path: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof BlueAlertError) return e.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
    throw e;
  }
  throw new Error('expected a BlueAlertError');
}

describe('signCap', () => {
  it('appends one enveloped Signature as the last child of alert, with the IPAWS algorithms and the certificate', () => {
    const xml = denverXml();
    const signed = signDenver();
    const body = xml.slice(0, xml.lastIndexOf('</alert>'));
    expect(signed.startsWith(body)).toBe(true);
    const rest = signed.slice(body.length);
    expect(rest).toMatch(/^<Signature xmlns="http:\/\/www\.w3\.org\/2000\/09\/xmldsig#">.*<\/Signature><\/alert>\n?$/s);
    expect((signed.match(/<Signature /g) ?? []).length).toBe(1);
    expect(rest).toContain(`<CanonicalizationMethod Algorithm="${EXCLUSIVE_C14N}"/>`);
    expect(rest).toContain(`<SignatureMethod Algorithm="${SIGNATURE_ALGORITHM}"/>`);
    expect(rest).toContain(`<Reference URI=""><Transforms><Transform Algorithm="${ENVELOPED_SIGNATURE}"/><Transform Algorithm="${EXCLUSIVE_C14N}"/></Transforms>`);
    expect(rest).toContain(`<DigestMethod Algorithm="${DIGEST_ALGORITHM}"/>`);
    expect(rest).toContain('<X509SubjectName>CN=IPAWSOPEN_399001,OU=Devices IPAWS,O=Test COG,C=US</X509SubjectName>');
    const b64 = cogIdentity().cert.raw.toString('base64');
    expect(rest).toContain(`<X509Certificate>${b64}</X509Certificate>`);
    expect(rest).not.toContain('PRIVATE');
  });

  it('keeps every byte of the input: quotes, entity forms, CRLF, prefixes, empty elements, trailing comments', () => {
    const id = cogIdentity();
    const head =
      "<?xml version='1.0' encoding='UTF-8'?>\r\n<cap:alert xmlns:cap='urn:oasis:names:tc:emergency:cap:1.2'>\r\n" +
      '  <cap:identifier>A&apos;B &#233; &quot;q&quot; > x</cap:identifier>\r\n  <cap:note></cap:note>\r\n';
    const end = '</cap:alert >\r\n<!-- archived copy -->\r\n';
    const signed = signCap(head + end, { privateKey: id.privateKey, certificate: id.cert });
    expect(signed.startsWith(head)).toBe(true);
    expect(signed.endsWith(`</Signature>${end}`)).toBe(true);
    expect(verifyCap(signed, { trustedCertificates: [id.cert] })).toMatchObject({ valid: true, trusted: true });
    // when the end tag cannot be found with certainty, the library's serialization is used; it verifies too
    const odd = signCap(`${head}</cap:alert><!-- </cap:alert> -->`, { privateKey: id.privateKey, certificate: id.cert });
    expect(odd).toContain('<cap:note/>');
    expect(verifyCap(odd, { trustedCertificates: [id.cert] }).valid).toBe(true);
  });

  it('is deterministic: RSA PKCS#1 v1.5 signing the same message twice gives the same text', () => {
    expect(signDenver()).toBe(signDenver());
  });

  it('keeps the message a valid CAP 1.2 message that parseCap reads exactly as the unsigned one', async () => {
    const xml = denverXml();
    const signed = signDenver();
    expect(parseCap(signed)).toEqual(parseCap(xml));
    expect(validateCap(signed, { profile: 'ipaws' }).filter((i) => i.severity === 'error')).toEqual([]);
    for (const schema of ['team', 'official'] as const) {
      const r = await validateWithXsd([{ name: 'signed', xml: signed }], schema);
      if (r.skipped) {
        console.log(`XSD check skipped: ${r.reason}`);
        continue;
      }
      expect(r.results[0]?.errors, schema).toEqual([]);
      expect(r.results[0]?.valid, schema).toBe(true);
    }
  });

  it('signs every request fixture, and each verifies against the signing certificate', () => {
    const id = cogIdentity();
    const built = builtFixtures();
    expect(built.length).toBeGreaterThan(0);
    for (const { name, xml } of built) {
      const signed = signCap(xml, { privateKey: id.keyPem, certificate: id.certPem });
      const r = verifyCap(signed, { trustedCertificates: [id.certPem] });
      expect({ name, valid: r.valid, trusted: r.trusted, issues: r.issues }).toEqual({ name, valid: true, trusted: true, issues: [] });
    }
  });

  it('takes keys and certificates as PEM text, bytes (PEM or DER) and Node objects', () => {
    const id = cogIdentity();
    const xml = denverXml();
    const expected = signCap(xml, { privateKey: id.keyPem, certificate: id.certPem });
    const pkcs1 = id.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const der = id.privateKey.export({ type: 'pkcs8', format: 'der' });
    expect(signCap(xml, { privateKey: id.privateKey, certificate: id.cert })).toBe(expected);
    expect(signCap(xml, { privateKey: pkcs1, certificate: Buffer.from(id.certPem) })).toBe(expected);
    expect(signCap(xml, { privateKey: der, certificate: id.cert.raw })).toBe(expected);
  });

  it('opens an encrypted key with its passphrase, and says so when the passphrase is missing', () => {
    const id = cogIdentity();
    const encrypted = id.privateKey
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'correct horse' })
      .toString();
    const signed = signCap(denverXml(), { privateKey: encrypted, passphrase: 'correct horse', certificate: id.certPem });
    expect(verifyCap(signed, { trustedCertificates: [id.certPem] }).valid).toBe(true);
    const issues = issuesOf(() => signCap(denverXml(), { privateKey: encrypted, certificate: id.certPem }));
    expect(issues).toEqual([expect.objectContaining({ code: 'signature_key_invalid', path: 'privateKey' })]);
    expect(issues[0]?.message).toMatch(/encrypted.*passphrase/);
  });

  it('refuses a message that is already signed', () => {
    const id = cogIdentity();
    const issues = issuesOf(() => signCap(signDenver(), { privateKey: id.keyPem, certificate: id.certPem }));
    expect(issues).toEqual([expect.objectContaining({ code: 'signature_present', path: '/alert/Signature' })]);
    expect(issues[0]?.message).toMatch(/already signed/);
  });

  it('refuses a key that does not belong to the certificate', () => {
    const issues = issuesOf(() =>
      signCap(denverXml(), { privateKey: otherIdentity().keyPem, certificate: cogIdentity().certPem }),
    );
    expect(issues).toEqual([expect.objectContaining({ code: 'signature_key_mismatch', path: 'privateKey' })]);
    expect(issues[0]?.message).toContain('CN=IPAWSOPEN_399001');
  });

  it('refuses unreadable keys and certificates, non-RSA keys and short RSA keys, naming the option', () => {
    const id = cogIdentity();
    const xml = denverXml();
    expect(issuesOf(() => signCap(xml, { privateKey: 'not a key', certificate: 'not a cert' }))).toEqual([
      expect.objectContaining({ code: 'signature_key_invalid', path: 'certificate' }),
      expect.objectContaining({ code: 'signature_key_invalid', path: 'privateKey' }),
    ]);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    expect(issuesOf(() => signCap(xml, { privateKey: ec, certificate: id.certPem }))[0]).toMatchObject({
      code: 'signature_key_invalid',
      message: expect.stringMatching(/RSA.*got ec/),
    });
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    expect(issuesOf(() => signCap(xml, { privateKey: small, certificate: id.certPem }))[0]).toMatchObject({
      code: 'signature_key_invalid',
      message: expect.stringMatching(/1024 bits.*2048/),
    });
    const pub = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    expect(issuesOf(() => signCap(xml, { privateKey: pub, certificate: id.certPem }))[0]).toMatchObject({
      code: 'signature_key_invalid',
      message: expect.stringMatching(/private key; got a public key/),
    });
  });

  it('refuses a certificate that is not valid when the alert was sent (or at `at`)', () => {
    const expired = makeIdentity({
      subject: [['C', 'US'], ['CN', 'IPAWSOPEN_399003']],
      notBefore: new Date('2020-01-01T00:00:00Z'),
      notAfter: new Date('2021-01-01T00:00:00Z'),
      bits: 2048,
    });
    const issues = issuesOf(() => signCap(denverXml(), { privateKey: expired.privateKey, certificate: expired.cert }));
    expect(issues).toEqual([expect.objectContaining({ code: 'signature_certificate_not_valid', path: 'certificate' })]);
    expect(issues[0]?.message).toContain('2021-01-01T00:00:00.000Z');
    expect(issues[0]?.message).toContain('2026-11-22T21:20:00.000Z');
    const signed = signCap(denverXml(), { privateKey: expired.privateKey, certificate: expired.cert, at: '2020-06-01T00:00:00Z' });
    const r = verifyCap(signed, { trustedCertificates: [expired.cert] });
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['signature_certificate_not_valid']);
    expect(verifyCap(signed, { trustedCertificates: [expired.cert], at: new Date('2020-06-01T00:00:00Z') }).valid).toBe(true);
  });

  it('refuses input that is not a CAP 1.2 alert, and any DOCTYPE', () => {
    const id = cogIdentity();
    const opts = { privateKey: id.keyPem, certificate: id.certPem };
    expect(issuesOf(() => signCap('', opts))[0]).toMatchObject({ code: 'cap_invalid', path: '/' });
    expect(issuesOf(() => signCap('<alert><identifier>x</identifier>', opts))[0]).toMatchObject({
      code: 'cap_invalid',
      message: expect.stringMatching(/not well-formed/),
    });
    expect(issuesOf(() => signCap('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.1"/>', opts))[0]?.message).toMatch(
      /CAP 1\.2 namespace.*got <alert> in urn:oasis:names:tc:emergency:cap:1\.1/,
    );
    const dtd = denverXml().replace('<alert', '<!DOCTYPE alert [<!ENTITY x "y">]>\n<alert');
    expect(issuesOf(() => signCap(dtd, opts))[0]?.message).toMatch(/DOCTYPE/);
  });
});
