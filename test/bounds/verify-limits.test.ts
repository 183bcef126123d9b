/**
 * verifyCap bounds its work: at most LIMITS.keyInfoCertificates certificates in KeyInfo (150 extra ones were once
 * reported valid and trusted after seconds of checks), and the input size before any DOM is built.
 */
import { describe, expect, it } from 'vitest';
import { BlueAlertError, LIMITS } from '../../src/index.js';
import { signCap, verifyCap } from '../../src/sign/index.js';
import { cogIdentity, denverXml } from '../sign/setup.js';
import { escapeCount } from '../../src/sign/dom.js';

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

  it('refuses a message over LIMITS.signedMessageBytes by default, before building a DOM, and allows more when asked', () => {
    const big = signed().replace('</alert>', `<!--${'x'.repeat(LIMITS.signedMessageBytes)}--></alert>`);
    const r = verifyCap(big);
    expect(r.valid).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'cap_invalid', path: '/', message: expect.stringContaining(`the limit is ${LIMITS.signedMessageBytes}`) });
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
    // signing keeps room for the elements of the signature it adds, so what it writes verify reads
    expect(() => signCap(denverXml().replace('</code>', `</code>${'<note>x</note>'.repeat(LIMITS.signedMessageElements)}`), { privateKey: id.keyPem, certificate: id.certPem })).toThrow(
      /more than \d+ elements \(the maxElements cap\)/,
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

describe('signCap and verifyCap: what a signature over the alert cannot cover is refused (black-box red team)', () => {
  const id = () => cogIdentity();
  const signIt = (xml: string) => signCap(xml, { privateKey: id().keyPem, certificate: id().certPem });

  it('a processing instruction added before or after <alert> after signing makes the message invalid', () => {
    const s = signed();
    for (const tampered of [s.replace('<alert', '<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?><alert'), `${s}<?xml-stylesheet href="x.xsl"?>`]) {
      const r = verifyCap(tampered, { trustedCertificates: [id().certPem] });
      expect(r).toMatchObject({ valid: false, trusted: false });
      expect(r.issues[0]).toMatchObject({ code: 'cap_invalid', path: '/', message: expect.stringContaining('processing instructions, which are not accepted here') });
    }
  });

  it('an empty processing instruction is refused by signCap as a BlueAlertError, never a raw library error', () => {
    expect(() => signIt(denverXml().replace('<status>', '<?p?><status>'))).toThrow(BlueAlertError);
  });

  it('what signCap writes verifyCap reads: 63 extra namespace declarations are refused when signing, 62 sign and verify', () => {
    const decls = (k: number) => Array.from({ length: k }, (_, i) => ` xmlns:p${i}="urn:p${i}"`).join('');
    const withDecls = (k: number) => denverXml().replace(/<alert xmlns="([^"]+)">/, (_m, ns: string) => `<alert xmlns="${ns}"${decls(k)}>`);
    expect(() => signIt(withDecls(63))).toThrow(/maxNamespaceDeclarations/);
    expect(verifyCap(signIt(withDecls(62)), { trustedCertificates: [id().certPem] })).toMatchObject({ valid: true, trusted: true });
  });

  it(`refuses more than ${LIMITS.messageCdataSections} CDATA sections and more than ${LIMITS.signedMessageAttributes} attributes in all`, () => {
    const cdata = signed().replace('</code>', `</code><note>${'<![CDATA[a]]>'.repeat(LIMITS.messageCdataSections + 1)}</note>`);
    expect(verifyCap(cdata).issues[0]).toMatchObject({ code: 'cap_invalid', message: expect.stringContaining('maxCdataSections') });
    const attrs = Array.from({ length: 60 }, (_, i) => `a${i}="1"`).join(' ');
    const many = signed().replace('</code>', `</code>${`<x ${attrs}/>`.repeat(Math.ceil(LIMITS.signedMessageAttributes / 60) + 1)}`);
    expect(verifyCap(many).issues[0]).toMatchObject({ code: 'cap_invalid', message: expect.stringContaining('maxTotalAttributes') });
  });
});

describe('characters canonical XML escapes, in sign and verify (LIMITS.signedMessageEscapes)', () => {
  const id = () => cogIdentity();
  const signIt = (xml: string) => signCap(xml, { privateKey: id().keyPem, certificate: id().certPem });
  // 450 KB of ">" took 340-400 ms to sign on this machine kind: the signature library escapes each with a call
  const withGt = (xml: string, total: number) => xml.replace('</code>', `</code><note>${'>'.repeat(total - escapeCount(xml) - 2)}</note>`);

  it('counts "&", ">", \'"\' and carriage return, markup included', () => {
    expect(escapeCount('<a b="1">x &gt; y</a>')).toBe(5);
    expect(escapeCount('<a>\r</a>')).toBe(3);
  });

  it('signs up to the cap less room for the signature, and what it writes verifies', () => {
    const limit = LIMITS.signedMessageEscapes - 100;
    const s = signIt(withGt(denverXml(), limit));
    expect(escapeCount(s)).toBeLessThanOrEqual(LIMITS.signedMessageEscapes);
    expect(verifyCap(s, { trustedCertificates: [id().certPem] })).toMatchObject({ valid: true, trusted: true });
    expect(() => signIt(withGt(denverXml(), limit + 1))).toThrow(new RegExp(`limit for a message to sign is ${limit} \\(LIMITS.signedMessageEscapes, less 100`));
  });

  it('verify refuses one over the cap before building a DOM, naming the limit', () => {
    const s = signed();
    const over = s.replace('</code>', `</code><note>${'&amp;'.repeat(LIMITS.signedMessageEscapes - escapeCount(s) + 1)}</note>`);
    expect(verifyCap(over).issues).toEqual([
      expect.objectContaining({ code: 'cap_invalid', path: '/', message: expect.stringContaining(`the limit for a message to sign or verify is ${LIMITS.signedMessageEscapes} (LIMITS.signedMessageEscapes)`) }),
    ]);
  });
});
