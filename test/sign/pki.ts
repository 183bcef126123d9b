/**
 * Throwaway keys and X.509 certificates for the signature tests, made at test time with node:crypto and a small
 * DER writer (so the tests do not need openssl, and validity dates are fixed: no clock in the tests).
 */
import { createHash, generateKeyPairSync, sign, X509Certificate, type KeyObject } from 'node:crypto';

function len(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), len(body.length), body]);
}
const seq = (...c: Buffer[]): Buffer => tlv(0x30, ...c);
const set = (...c: Buffer[]): Buffer => tlv(0x31, ...c);
function int(bytes: Buffer): Buffer {
  let b = bytes;
  while (b.length > 1 && b[0] === 0 && ((b[1] ?? 0) & 0x80) === 0) b = b.subarray(1);
  if (((b[0] ?? 0) & 0x80) !== 0) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}
function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const out: number[] = [40 * (parts[0] ?? 0) + (parts[1] ?? 0)];
  for (const p of parts.slice(2)) {
    const chunk: number[] = [p & 0x7f];
    for (let v = p >> 7; v > 0; v >>= 7) chunk.unshift(0x80 | (v & 0x7f));
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}
const NULL = Buffer.from([0x05, 0x00]);
const SHA256_RSA = seq(oid('1.2.840.113549.1.1.11'), NULL);
const ATTR: Record<string, string> = { C: '2.5.4.6', O: '2.5.4.10', OU: '2.5.4.11', CN: '2.5.4.3' };

/** A name from `[['C','US'],['O','FEMA IPAWS'],['CN','IPAWSOPEN_200076']]`, most significant first. */
function name(rdns: ReadonlyArray<readonly [string, string]>): Buffer {
  return seq(
    ...rdns.map(([k, v]) =>
      set(seq(oid(ATTR[k] ?? k), k === 'C' ? tlv(0x13, Buffer.from(v, 'ascii')) : tlv(0x0c, Buffer.from(v, 'utf8')))),
    ),
  );
}
function time(d: Date): Buffer {
  const iso = d.toISOString();
  const y = d.getUTCFullYear();
  const s = `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return y < 2050 ? tlv(0x17, Buffer.from(s, 'ascii')) : tlv(0x18, Buffer.from(`${y}${s.slice(2)}`, 'ascii'));
}

/** A generated key pair and its certificate. */
export interface TestIdentity {
  readonly privateKey: KeyObject;
  readonly keyPem: string;
  readonly certPem: string;
  readonly cert: X509Certificate;
  readonly subject: ReadonlyArray<readonly [string, string]>;
}

/** Options for `makeIdentity`. */
export interface IdentityOptions {
  readonly subject: ReadonlyArray<readonly [string, string]>;
  /** Issuer identity; default self-signed. */
  readonly issuer?: TestIdentity;
  readonly ca?: boolean;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly bits?: number;
}

/**
 * A fresh RSA key and an X.509 v3 certificate (sha256WithRSAEncryption), self-signed unless `issuer` is given.
 * Default validity 2020-01-01 .. 2049-12-31.
 */
export function makeIdentity(options: IdentityOptions): TestIdentity {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: options.bits ?? 2048 });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const issuerName = options.issuer?.subject ?? options.subject;
  const signingKey = options.issuer?.privateKey ?? privateKey;
  const serial = createHash('sha256').update(spki).digest().subarray(0, 16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const basicConstraints = seq(oid('2.5.29.19'), tlv(0x01, Buffer.from([0xff])), tlv(0x04, options.ca === true ? seq(tlv(0x01, Buffer.from([0xff]))) : seq()));
  const keyUsage = options.ca === true
    ? seq(oid('2.5.29.15'), tlv(0x01, Buffer.from([0xff])), tlv(0x04, tlv(0x03, Buffer.from([0x01, 0x86]))))
    : seq(oid('2.5.29.15'), tlv(0x01, Buffer.from([0xff])), tlv(0x04, tlv(0x03, Buffer.from([0x07, 0x80]))));
  const tbs = seq(
    tlv(0xa0, int(Buffer.from([2]))),
    int(serial),
    SHA256_RSA,
    name(issuerName),
    seq(time(options.notBefore ?? new Date('2020-01-01T00:00:00Z')), time(options.notAfter ?? new Date('2049-12-31T23:59:59Z'))),
    name(options.subject),
    spki,
    tlv(0xa3, seq(basicConstraints, keyUsage)),
  );
  const signature = sign('sha256', tbs, signingKey);
  const der = seq(tbs, SHA256_RSA, tlv(0x03, Buffer.from([0]), signature));
  const cert = new X509Certificate(der);
  return {
    privateKey,
    keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certPem: cert.toString(),
    cert,
    subject: options.subject,
  };
}

/** The IPAWS-like subject used by most tests. */
export const COG_SUBJECT: ReadonlyArray<readonly [string, string]> = [
  ['C', 'US'],
  ['O', 'Test COG'],
  ['OU', 'Devices IPAWS'],
  ['CN', 'IPAWSOPEN_399001'],
];
