/**
 * Keys and certificates for the sign entry, on `node:crypto` (this entry runs on Node, not in browsers).
 */
import { X509Certificate, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { issue, type BlueAlertIssue } from '../errors.js';

/**
 * A private key: PEM text (`PRIVATE KEY` or `RSA PRIVATE KEY`), PEM or DER bytes, or a Node `KeyObject`.
 *
 * @example
 * const key: PrivateKeyInput = readFileSync('cog-key.pem', 'utf8');
 */
export type PrivateKeyInput = string | Uint8Array | KeyObject;

/**
 * A certificate: PEM text, PEM or DER bytes, or a Node `X509Certificate`.
 *
 * @example
 * const cert: CertificateInput = readFileSync('cog-cert.pem', 'utf8');
 */
export type CertificateInput = string | Uint8Array | X509Certificate;

/**
 * What a signature's certificate says about the signer, for people and logs.
 *
 * @example
 * const who: SignerCertificate = verification.signer!;
 * console.log(`${who.subject} (SHA-256 ${who.fingerprint256})`);
 */
export interface SignerCertificate {
  /** Subject distinguished name in RFC 2253 order, e.g. `CN=IPAWSOPEN_200076,OU=Devices IPAWS,O=FEMA IPAWS,C=US`. */
  readonly subject: string;
  /** Issuer distinguished name in RFC 2253 order. */
  readonly issuer: string;
  /** Serial number, hexadecimal. */
  readonly serialNumber: string;
  /** SHA-256 fingerprint of the DER certificate, colon-separated hexadecimal. */
  readonly fingerprint256: string;
  /** Start of the validity period (ISO 8601, UTC). */
  readonly validFrom: string;
  /** End of the validity period (ISO 8601, UTC). */
  readonly validTo: string;
  /** The certificate in PEM form. */
  readonly pem: string;
}

/**
 * A loaded value, or the issue explaining why it could not be loaded.
 *
 * @example
 * const cert: Loaded<X509Certificate> = loadCertificate(pemText, 'certificate');
 * if (!cert.ok) throw new BlueAlertError([cert.issue]);
 */
export type Loaded<T> = { ok: true; value: T } | { ok: false; issue: BlueAlertIssue };

function isPemText(bytes: Uint8Array): boolean {
  return bytes.length > 10 && Buffer.from(bytes.subarray(0, 64)).toString('latin1').includes('-----BEGIN');
}

/**
 * Reads a certificate from PEM or DER.
 *
 * @example
 * const cert = loadCertificate(pemText, 'certificate');
 * if (cert.ok) console.log(cert.value.subject);
 */
export function loadCertificate(input: CertificateInput, path: string): Loaded<X509Certificate> {
  if (input instanceof X509Certificate) return { ok: true, value: input };
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    return { ok: false, issue: issue('signature_key_invalid', path, 'Give the certificate as PEM text, PEM or DER bytes, or an X509Certificate.') };
  }
  try {
    return { ok: true, value: new X509Certificate(typeof input === 'string' ? input : Buffer.from(input)) };
  } catch {
    return {
      ok: false,
      issue: issue(
        'signature_key_invalid',
        path,
        'Could not read an X.509 certificate; give PEM text ("-----BEGIN CERTIFICATE-----" …) or DER bytes.',
      ),
    };
  }
}

const PEM_BEGIN = '-----BEGIN CERTIFICATE-----';
const PEM_END = '-----END CERTIFICATE-----';

/**
 * Reads every certificate of a trusted-certificate input (conformance report 19c C07): a PEM text or file with
 * several `BEGIN CERTIFICATE` blocks (a CA bundle, as `openssl verify -CAfile` and `xmlsec1 --trusted-pem` read)
 * gives one result per block, the message of one that cannot be read naming its place ("Certificate 2 of 3");
 * anything else is read as one certificate by `loadCertificate`.
 *
 * @example
 * loadCertificates(readFileSync('ca-bundle.pem', 'utf8'), 'trustedCertificates[0]').filter((c) => c.ok).length; //=> 2
 */
export function loadCertificates(input: CertificateInput, path: string): Loaded<X509Certificate>[] {
  const text = typeof input === 'string' ? input : input instanceof Uint8Array && isPemText(input) ? Buffer.from(input).toString('latin1') : undefined;
  if (text === undefined) return [loadCertificate(input, path)];
  const blocks: string[] = [];
  for (let at = text.indexOf(PEM_BEGIN); at !== -1; at = text.indexOf(PEM_BEGIN, at + PEM_BEGIN.length)) {
    const end = text.indexOf(PEM_END, at);
    blocks.push(end === -1 ? text.slice(at) : text.slice(at, end + PEM_END.length));
  }
  if (blocks.length <= 1) return [loadCertificate(input, path)];
  return blocks.map((b, k) => {
    const loaded = loadCertificate(b, path);
    return loaded.ok ? loaded : { ok: false, issue: { ...loaded.issue, message: `Certificate ${k + 1} of ${blocks.length} in the PEM text: ${loaded.issue.message}` } };
  });
}

/**
 * Reads an RSA private key (PKCS#8 or PKCS#1, PEM or DER, optionally encrypted with `passphrase`).
 * Keys under 2048 bits are refused.
 *
 * @example
 * const key = loadPrivateKey(pemText, undefined, 'privateKey');
 */
export function loadPrivateKey(input: PrivateKeyInput, passphrase: string | undefined, path: string): Loaded<KeyObject> {
  let key: KeyObject | undefined;
  let encrypted = false;
  if (typeof input === 'object' && input !== null && !(input instanceof Uint8Array)) {
    key = input;
  } else if (typeof input === 'string' || input instanceof Uint8Array) {
    const pem = typeof input === 'string' || isPemText(input);
    const attempts: Parameters<typeof createPrivateKey>[0][] = pem
      ? [{ key: typeof input === 'string' ? input : Buffer.from(input), format: 'pem', ...(passphrase === undefined ? {} : { passphrase }) }]
      : [
          { key: Buffer.from(input as Uint8Array), format: 'der', type: 'pkcs8', ...(passphrase === undefined ? {} : { passphrase }) },
          { key: Buffer.from(input as Uint8Array), format: 'der', type: 'pkcs1' },
        ];
    for (const a of attempts) {
      try {
        key = createPrivateKey(a);
        break;
      } catch (e) {
        if (/passphrase|encrypted|interrupted/i.test(String((e as Error).message))) encrypted = true;
      }
    }
    if (typeof input === 'string' && /ENCRYPTED/.test(input)) encrypted = true;
  }
  if (key === undefined) {
    return {
      ok: false,
      issue: issue(
        'signature_key_invalid',
        path,
        encrypted
          ? 'The private key is encrypted and could not be opened; give the right passphrase.'
          : 'Could not read a private key; give PEM text ("-----BEGIN PRIVATE KEY-----" or "-----BEGIN RSA PRIVATE KEY-----"), DER bytes or a KeyObject.',
      ),
    };
  }
  if (key.type !== 'private') {
    return { ok: false, issue: issue('signature_key_invalid', path, `Expected a private key; got a ${key.type} key.`) };
  }
  if (key.asymmetricKeyType !== 'rsa') {
    return {
      ok: false,
      issue: issue('signature_key_invalid', path, `IPAWS signatures use RSA-SHA256, so the key must be an RSA key; got ${key.asymmetricKeyType ?? 'an unknown key type'}.`),
    };
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < 2048) {
    return { ok: false, issue: issue('signature_key_invalid', path, `The RSA key has ${bits} bits; use at least 2048.`) };
  }
  return { ok: true, value: key };
}

/**
 * Whether the private key belongs to the certificate (their public keys are the same).
 *
 * @example
 * keyMatchesCertificate(key, cert); //=> false when the COG key and certificate files were mixed up
 */
export function keyMatchesCertificate(key: KeyObject, cert: X509Certificate): boolean {
  const fromKey = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const fromCert = cert.publicKey.export({ type: 'spki', format: 'der' });
  return Buffer.compare(fromKey, fromCert) === 0;
}

/**
 * A distinguished name as Node prints it (one RDN a line, most significant first) turned into RFC 2253 order
 * (least significant first, comma-separated), the form `X509SubjectName` carries.
 *
 * @example
 * rfc2253('C=US\nO=FEMA IPAWS\nCN=IPAWSOPEN_200076'); //=> 'CN=IPAWSOPEN_200076,O=FEMA IPAWS,C=US'
 */
export function rfc2253(nodeName: string): string {
  return nodeName
    .split('\n')
    .filter((l) => l !== '')
    .reverse()
    .join(',');
}

/**
 * The certificate's DER bytes in base64, as `X509Certificate` elements carry them.
 *
 * @example
 * `<X509Certificate>${certificateBase64(cert)}</X509Certificate>`;
 */
export function certificateBase64(cert: X509Certificate): string {
  return cert.raw.toString('base64');
}

/**
 * Validity bounds as dates.
 *
 * @example
 * validity(cert).to.getTime() > Date.now();
 */
export function validity(cert: X509Certificate): { from: Date; to: Date } {
  return { from: new Date(cert.validFrom), to: new Date(cert.validTo) };
}

/**
 * Checks that `at` falls inside the certificate's validity period; returns the issue when it does not.
 *
 * @example
 * const problem = checkValidAt(cert, new Date('2026-11-22T21:20:00Z'), 'certificate', 'the alert was sent');
 */
export function checkValidAt(cert: X509Certificate, at: Date, path: string, when: string): BlueAlertIssue | undefined {
  const { from, to } = validity(cert);
  if (Number.isNaN(at.getTime()) || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return undefined;
  if (at < from || at > to) {
    return issue(
      'signature_certificate_not_valid',
      path,
      `The certificate ${rfc2253(cert.subject)} is valid from ${from.toISOString()} to ${to.toISOString()}, which does not include ${at.toISOString()} (${when}).`,
    );
  }
  return undefined;
}

/**
 * A plain description of a certificate.
 *
 * @example
 * describeCertificate(cert).subject; //=> 'CN=IPAWSOPEN_200076,OU=Devices IPAWS,O=FEMA IPAWS,C=US'
 */
export function describeCertificate(cert: X509Certificate): SignerCertificate {
  const { from, to } = validity(cert);
  return {
    subject: rfc2253(cert.subject),
    issuer: rfc2253(cert.issuer),
    serialNumber: cert.serialNumber,
    fingerprint256: cert.fingerprint256,
    validFrom: Number.isNaN(from.getTime()) ? cert.validFrom : from.toISOString(),
    validTo: Number.isNaN(to.getTime()) ? cert.validTo : to.toISOString(),
    pem: cert.toString(),
  };
}

function issuedBy(child: X509Certificate, parent: X509Certificate): boolean {
  try {
    return child.checkIssued(parent) && child.verify(parent.publicKey);
  } catch {
    return false;
  }
}

/**
 * Whether `signer` is one of the trusted certificates, or is issued (directly or through certificates in
 * `intermediates` that are CAs) by a trusted CA certificate. Depth is limited to 8.
 *
 * @example
 * chainsToTrusted(signer, [], [cogCertificate]); //=> true when the message was signed with the COG's own certificate
 */
export function chainsToTrusted(
  signer: X509Certificate,
  intermediates: readonly X509Certificate[],
  anchors: readonly X509Certificate[],
): boolean {
  let current = signer;
  const seen = new Set<string>([signer.fingerprint256]);
  for (let depth = 0; depth < 8; depth++) {
    const here = current;
    if (anchors.some((a) => a.fingerprint256 === here.fingerprint256)) return true;
    if (anchors.some((a) => a.ca && issuedBy(here, a))) return true;
    const next = intermediates.find((c) => !seen.has(c.fingerprint256) && c.ca && issuedBy(here, c));
    if (next === undefined) return false;
    seen.add(next.fingerprint256);
    current = next;
  }
  return false;
}
