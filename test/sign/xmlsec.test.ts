/**
 * Cross-checks with xmlsec1 (libxmlsec1 on OpenSSL), when it is installed: our signatures verify with
 * `xmlsec1 --verify`, tampering fails there too, and signatures made by `xmlsec1 --sign` verify with verifyCap.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCap, verifyCap } from '../../src/sign/index.js';
import { makeIdentity } from './pki.js';
import { builtFixtures, cogIdentity, denverXml, tamperOneChar } from './setup.js';

const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 12);
const SEED = Number(process.env.FC_SEED ?? 42);
const hasXmlsec = spawnSync('xmlsec1', ['--version'], { encoding: 'utf8' }).status === 0;
const VERIFICATION_TIME = '2026-11-22 12:00:00';

let dir = '';
let n = 0;
function file(content: string, ext = 'xml'): string {
  const p = join(dir, `f${n++}.${ext}`);
  writeFileSync(p, content);
  return p;
}
function xmlsecVerify(xml: string, trustedPem: string): { ok: boolean; output: string } {
  const r = spawnSync(
    'xmlsec1',
    ['--verify', '--trusted-pem', file(trustedPem, 'pem'), '--verification-time', VERIFICATION_TIME, file(xml)],
    { encoding: 'utf8' },
  );
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'blue-alert-sign-'));
  if (!hasXmlsec) console.log('xmlsec1 is not installed: the xmlsec1 cross-checks are skipped (apt-get install xmlsec1)');
  else console.log(`xmlsec1 cross-check with ${spawnSync('xmlsec1', ['--version'], { encoding: 'utf8' }).stdout.trim()}`);
});
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

const TEMPLATE =
  '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo>' +
  '<CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>' +
  '<SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>' +
  '<Reference URI=""><Transforms><Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>' +
  '<Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></Transforms>' +
  '<DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue/></Reference></SignedInfo>' +
  '<SignatureValue/><KeyInfo><X509Data><X509Certificate/></X509Data></KeyInfo></Signature>';

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}
function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;');
}
/** A small CAP-rooted document with `text` as element content and as an attribute value. */
function docWith(text: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2" xmlns:x="urn:example:x">\n' +
    `  <identifier>T-1</identifier>\n  <note x:lang="${escapeAttr(text)}">${escapeText(text)}</note>\n</alert>\n`
  );
}
const TRICKY = ['a', 'Z', ' ', 'é', '€', '😀', '&', '<', '>', '"', "'", '\t', '\n', '\r', ']]>', '&amp;', 'Ω'];

describe.skipIf(!hasXmlsec)('xmlsec1 cross-check', () => {
  it('every signed fixture verifies with xmlsec1 --verify', () => {
    const id = cogIdentity();
    const built = builtFixtures();
    expect(built.length).toBeGreaterThan(0);
    for (const { name, xml } of built) {
      const r = xmlsecVerify(signCap(xml, { privateKey: id.keyPem, certificate: id.certPem }), id.certPem);
      expect({ name, ok: r.ok, output: r.ok ? '' : r.output }).toEqual({ name, ok: true, output: '' });
    }
  });

  it('a CRLF, single-quoted, prefixed message keeps its bytes and verifies with xmlsec1', () => {
    const id = cogIdentity();
    const xml =
      "<?xml version='1.0' encoding='UTF-8'?>\r\n<cap:alert xmlns:cap='urn:oasis:names:tc:emergency:cap:1.2'>\r\n" +
      '  <cap:identifier>A&apos;B &#233; &quot;q&quot; > x</cap:identifier>\r\n  <cap:note></cap:note>\r\n</cap:alert>\r\n';
    const signed = signCap(xml, { privateKey: id.keyPem, certificate: id.certPem });
    expect(signed.startsWith(xml.slice(0, xml.indexOf('</cap:alert>')))).toBe(true);
    const r = xmlsecVerify(signed, id.certPem);
    expect(r.ok, r.output).toBe(true);
  });

  it('xmlsec1 rejects a message with one character changed, and one signed by an untrusted certificate', () => {
    const id = cogIdentity();
    const signed = signCap(denverXml(), { privateKey: id.keyPem, certificate: id.certPem });
    expect(xmlsecVerify(signed, id.certPem).ok).toBe(true);
    expect(xmlsecVerify(tamperOneChar(signed), id.certPem).ok).toBe(false);
    const other = makeIdentity({ subject: [['CN', 'Stranger']] });
    expect(xmlsecVerify(signed, other.certPem).ok).toBe(false);
  });

  it('a leaf certificate issued by a CA verifies in xmlsec1 with the CA as trust anchor', () => {
    const ca = makeIdentity({ subject: [['C', 'US'], ['CN', 'Test Root']], ca: true });
    const leaf = makeIdentity({ subject: [['C', 'US'], ['CN', 'IPAWSOPEN_399005']], issuer: ca });
    const signed = signCap(denverXml(), { privateKey: leaf.keyPem, certificate: leaf.certPem });
    const r = xmlsecVerify(signed, ca.certPem);
    expect(r.output).not.toMatch(/error/i);
    expect(r.ok).toBe(true);
  });

  it('a signature made by xmlsec1 --sign verifies with verifyCap, and tampering is caught', () => {
    const id = cogIdentity();
    const xml = denverXml();
    const tmpl = xml.replace('</alert>', `${TEMPLATE}</alert>`);
    const out = join(dir, 'xmlsec-signed.xml');
    const r = spawnSync(
      'xmlsec1',
      ['--sign', '--privkey-pem', `${file(id.keyPem, 'pem')},${file(id.certPem, 'pem')}`, '--output', out, file(tmpl)],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const signed = readFileSync(out, 'utf8');
    expect(verifyCap(signed, { trustedCertificates: [id.certPem] })).toMatchObject({ valid: true, trusted: true, issues: [] });
    expect(verifyCap(tamperOneChar(signed), { trustedCertificates: [id.certPem] }).valid).toBe(false);
  });

  it('tricky text and attribute values canonicalize the same way in xml-crypto and xmlsec1 (property)', () => {
    const id = cogIdentity();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY), { minLength: 1, maxLength: 12 }), (parts) => {
        const doc = docWith(parts.join(''));
        const signed = signCap(doc, { privateKey: id.privateKey, certificate: id.cert });
        expect(verifyCap(signed, { trustedCertificates: [id.cert] }).valid).toBe(true);
        const r = xmlsecVerify(signed, id.certPem);
        expect(r.ok, r.output).toBe(true);
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  });
});
