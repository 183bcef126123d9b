/**
 * Conformance report 19c, signatures: C05 a signed ISO-8859-1 message verifies from bytes (CLI and API), C06
 * verifyCap takes bytes (a Buffer), C07 every certificate of a PEM bundle is trusted. Reproducers signed by the
 * tester with xmlsec1 (test/validate/rt19c/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCap } from '../../src/sign/verify.js';
import { ROOT } from '../support/fixtures.js';
import { run } from '../cli/helpers.js';

const DIR = join(ROOT, 'test', 'validate', 'rt19c');
const file = (name: string) => join(DIR, name);
const bytes = (name: string) => readFileSync(file(name));

describe('C05/C06: verifyCap reads bytes as declared', () => {
  it('the ISO-8859-1 message as a Buffer: valid and trusted', () => {
    const r = verifyCap(bytes('C05-signed-latin1.xml'), { trustedCertificates: [bytes('C05-cert.pem')] });
    expect(r.issues).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.trusted).toBe(true);
  });

  it('the UTF-16 message as a Buffer (with its byte-order mark): valid and trusted, not "an empty value"', () => {
    const r = verifyCap(bytes('C05-signed-utf16.xml'), { trustedCertificates: [bytes('C05-cert.pem')] });
    expect(r.valid).toBe(true);
    expect(r.trusted).toBe(true);
  });

  it('a wrong argument names what it got', () => {
    const r = verifyCap(42 as never);
    expect(r.issues[0]?.message).toContain('got a number');
    expect(verifyCap('').issues[0]?.message).toContain('got an empty string');
  });

  it('the CLI verifies the ISO-8859-1 message (exit 0), as validate reads it', () => {
    const r = run(['verify', file('C05-signed-latin1.xml'), '--cert', file('C05-cert.pem')]);
    expect(r.stderr).not.toContain('not valid UTF-8');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('trusted: yes');
  });
});

describe('C07: a PEM bundle trusts every certificate in it', () => {
  it('API: the signer second in the bundle is trusted', () => {
    const r = verifyCap(bytes('C07-signed.xml'), { trustedCertificates: [readFileSync(file('C07-bundle-other-first.pem'), 'utf8')] });
    expect(r.valid).toBe(true);
    expect(r.trusted).toBe(true);
  });

  it('CLI: --cert bundle.pem is trusted (exit 0); the other certificate alone is not', () => {
    const ok = run(['verify', file('C07-signed.xml'), '--cert', file('C07-bundle-other-first.pem')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('trusted: yes');
    const pem = readFileSync(file('C07-bundle-other-first.pem'), 'utf8');
    const other = pem.slice(0, pem.indexOf('-----END CERTIFICATE-----') + 25);
    const r = verifyCap(bytes('C07-signed.xml'), { trustedCertificates: [other] });
    expect(r.issues.map((i) => i.code)).toContain('signature_untrusted');
  });

  it('a bad block in a bundle is named by its place', () => {
    const pem = readFileSync(file('C07-bundle-other-first.pem'), 'utf8');
    const broken = pem.replace(/(-----BEGIN CERTIFICATE-----\n)MII/, '$1XXX');
    const r = verifyCap(bytes('C07-signed.xml'), { trustedCertificates: [broken] });
    expect(r.issues[0]?.message).toContain('Certificate 1 of 2 in the PEM text');
  });
});
