import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlueAlertError, formatIssues } from '../../src/index.js';
import { runVerify, signOutput } from '../../src/cli/sign-commands.js';
import { cogIdentity, denverXml, otherIdentity, tamperOneChar } from './setup.js';

let dir = '';
const path = (name: string): string => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'blue-alert-sign-cli-'));
  const id = cogIdentity();
  writeFileSync(path('key.pem'), id.keyPem);
  writeFileSync(path('cert.pem'), id.certPem);
  writeFileSync(path('cert.der'), id.cert.raw);
  writeFileSync(path('other.pem'), otherIdentity().certPem);
  writeFileSync(path('unsigned.xml'), denverXml());
});
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

function signedFile(): string {
  const signed = signOutput(denverXml(), { keyFile: path('key.pem'), certFile: path('cert.pem') });
  writeFileSync(path('signed.xml'), signed);
  return path('signed.xml');
}

describe('signOutput (blue-alert build --sign-key FILE --sign-cert FILE)', () => {
  it('signs with the key and certificate files (PEM or DER)', () => {
    const a = signOutput(denverXml(), { keyFile: path('key.pem'), certFile: path('cert.pem') });
    const b = signOutput(denverXml(), { keyFile: path('key.pem'), certFile: path('cert.der') });
    expect(a).toContain('<SignatureValue>');
    expect(b).toBe(a);
  });

  it('names the flag when a file is missing or the key does not match', () => {
    try {
      signOutput(denverXml(), { keyFile: path('nope.pem'), certFile: path('cert.pem') });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BlueAlertError);
      expect(formatIssues((e as BlueAlertError).issues)).toBe(
        '--sign-key: Cannot read the private key file (--sign-key): no such file. (signature_key_invalid)',
      );
    }
    try {
      signOutput(denverXml(), { keyFile: path('key.pem'), certFile: path('other.pem') });
      expect.unreachable();
    } catch (e) {
      expect((e as BlueAlertError).issues).toEqual([expect.objectContaining({ code: 'signature_key_mismatch', path: '--sign-key' })]);
    }
    try {
      signOutput(denverXml(), { keyFile: path('key.pem'), certFile: path('unsigned.xml') });
      expect.unreachable();
    } catch (e) {
      expect((e as BlueAlertError).issues).toEqual([expect.objectContaining({ code: 'signature_key_invalid', path: '--sign-cert' })]);
    }
  });
});

describe('runVerify (blue-alert verify FILE [--cert FILE])', () => {
  it('exit 0 and a readable report for a valid signature from a trusted certificate', () => {
    const r = runVerify(signedFile(), { certFiles: [path('cert.pem')] });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toEqual(['valid: the signature matches the message (exc-c14n, rsa-sha256, sha256); signer trusted']);
    expect(r.stdout).toEqual([
      'signer: CN=IPAWSOPEN_399001,OU=Devices IPAWS,O=Test COG,C=US',
      '  issuer: CN=IPAWSOPEN_399001,OU=Devices IPAWS,O=Test COG,C=US',
      '  valid: 2020-01-01T00:00:00.000Z to 2049-12-31T23:59:59.000Z',
      `  SHA-256: ${cogIdentity().cert.fingerprint256}`,
      'trusted: yes',
    ]);
  });

  it('exit 0 with a warning when no --cert is given', () => {
    const r = runVerify(signedFile());
    expect(r.exitCode).toBe(0);
    expect(r.stdout.at(-1)).toMatch(/^warning\tsignature_signer_unchecked\t\/alert\/Signature\/KeyInfo\t.*--cert FILE/);
    expect(r.stderr).toEqual(['valid: the signature matches the message (exc-c14n, rsa-sha256, sha256); signer not checked (give --cert FILE)']);
  });

  it('exit 1 for a tampered message, an untrusted signer, an unsigned message and unreadable files', () => {
    writeFileSync(path('tampered.xml'), tamperOneChar(signOutput(denverXml(), { keyFile: path('key.pem'), certFile: path('cert.pem') })));
    const tampered = runVerify(path('tampered.xml'), { certFiles: [path('cert.pem')] });
    expect(tampered.exitCode).toBe(1);
    expect(tampered.stderr).toEqual(['invalid: 1 error(s)']);
    expect(tampered.stdout).toEqual([
      expect.stringMatching(/^error\tsignature_invalid\t\/alert\/Signature\/SignedInfo\/Reference\/DigestValue\tThe message was changed after it was signed/),
    ]);

    const untrusted = runVerify(signedFile(), { certFiles: [path('other.pem')] });
    expect(untrusted.exitCode).toBe(1);
    expect(untrusted.stdout).toContain('trusted: no');
    expect(untrusted.stdout.at(-1)).toMatch(/^error\tsignature_untrusted\t/);

    const unsigned = runVerify(path('unsigned.xml'));
    expect(unsigned.exitCode).toBe(1);
    expect(unsigned.stdout).toEqual([expect.stringMatching(/^error\tsignature_missing\t\/alert\t/)]);

    const missing = runVerify(path('missing.xml'), { certFiles: [path('missing.pem')] });
    expect(missing).toEqual({
      exitCode: 1,
      stdout: [],
      stderr: [
        'The CAP file: no such file.',
        '--cert: Cannot read the certificate file (--cert): no such file. (signature_key_invalid)',
      ],
      issues: [
        { code: 'input_unreadable', path: 'message', message: 'The CAP file: no such file.', severity: 'error' },
        { code: 'signature_key_invalid', path: '--cert', message: 'Cannot read the certificate file (--cert): no such file.', severity: 'error' },
      ],
    });
  });

  it('reads the message through the given reader (standard input for -) and prints JSON with --json, without the PEM', () => {
    const signed = signOutput(denverXml(), { keyFile: path('key.pem'), certFile: path('cert.pem') });
    const r = runVerify('-', { certFiles: [path('cert.pem')], json: true, read: (f) => (f === '-' ? signed : '') });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toHaveLength(1);
    expect(r.stderr).toEqual([]);
    const parsed = JSON.parse(r.stdout[0] ?? '') as { valid: boolean; trusted: boolean; signer: Record<string, unknown> };
    expect(parsed).toMatchObject({ valid: true, trusted: true, signer: { subject: 'CN=IPAWSOPEN_399001,OU=Devices IPAWS,O=Test COG,C=US' } });
    expect(parsed.signer).not.toHaveProperty('pem');
    expect(r.stdout[0]).not.toContain('BEGIN CERTIFICATE');
  });
});
