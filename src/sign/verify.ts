/**
 * `verifyCap`: checks the enveloped XML signature of a CAP message and, when given trusted certificates, who
 * signed it.
 */
import { X509Certificate } from 'node:crypto';
import type { Document, Element } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import { issue, type BlueAlertIssue } from '../errors.js';
import { LIMITS } from '../limits.js';
import { decodeCapBytes } from '../cap/decode.js';
import {
  chainsToTrusted,
  checkValidAt,
  describeCertificate,
  loadCertificates,
  type CertificateInput,
  type SignerCertificate,
} from './certificates.js';
import {
  ACCEPTED_C14N,
  ACCEPTED_DIGEST,
  ACCEPTED_SIGNATURE,
  ENVELOPED_SIGNATURE,
  XMLDSIG_NAMESPACE,
  shortAlgorithmName,
} from './constants.js';
import { capSent, childElements, lastElementChild, parseCapDom, signatureElements, xpathOf, type InputLimits } from './dom.js';

/**
 * Options of `verifyCap`.
 *
 * @example
 * const options: VerifyCapOptions = { trustedCertificates: [readFileSync('cog-cert.pem', 'utf8')] };
 */
export interface VerifyCapOptions extends InputLimits {
  /**
   * Certificates to trust: the signer's own certificate, or a CA certificate that issued it (directly, or
   * through CA certificates carried in `KeyInfo`). When given, a signature by anyone else is an error
   * (`signature_untrusted`). When left out, the check proves the message was not changed since it was signed
   * with the certificate it carries, not who signed it; a `signature_signer_unchecked` warning says so.
   */
  readonly trustedCertificates?: readonly CertificateInput[];
  /** The moment the signer's certificate must be valid at. Default: the alert's `sent` time. */
  readonly at?: Date | string;
}

/**
 * The algorithms a signature declares, as URIs.
 *
 * @example
 * const a: SignatureAlgorithms = {
 *   canonicalization: 'http://www.w3.org/2001/10/xml-exc-c14n#',
 *   signature: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
 *   digest: 'http://www.w3.org/2001/04/xmlenc#sha256',
 * };
 */
export interface SignatureAlgorithms {
  readonly canonicalization: string;
  readonly signature: string;
  readonly digest: string;
}

/**
 * The answer of `verifyCap`. `valid` is true when there are no error issues: the message is signed, the
 * signature covers the whole alert and matches it, the certificate was valid when the alert was sent, and
 * (when `trustedCertificates` were given) the signer is trusted.
 *
 * @example
 * const result: VerifyCapResult = verifyCap(xml, { trustedCertificates: [cogCert] });
 * if (!result.valid) for (const i of result.issues) console.error(`${i.path}: ${i.message} (${i.code})`);
 */
export interface VerifyCapResult {
  /** No error issues (warnings may remain). */
  readonly valid: boolean;
  /** The signer chains to one of `trustedCertificates`; always false when none were given. */
  readonly trusted: boolean;
  /** The certificate whose key made the signature, when one was found. */
  readonly signer?: SignerCertificate;
  /** The algorithms the signature declares, when it could be read. */
  readonly algorithms?: SignatureAlgorithms;
  /** Errors and warnings, each with the XPath (or option name) it concerns. */
  readonly issues: readonly BlueAlertIssue[];
}

function attr(el: Element | undefined, name: string): string | undefined {
  if (el === undefined) return undefined;
  const v = el.getAttribute(name);
  return v === null ? undefined : v;
}

function result(
  issues: BlueAlertIssue[],
  extra: { trusted?: boolean; signer?: SignerCertificate; algorithms?: SignatureAlgorithms } = {},
): VerifyCapResult {
  return {
    valid: !issues.some((i) => i.severity === 'error'),
    trusted: extra.trusted ?? false,
    ...(extra.signer === undefined ? {} : { signer: extra.signer }),
    ...(extra.algorithms === undefined ? {} : { algorithms: extra.algorithms }),
    issues,
  };
}

type StructureCheck =
  | { ok: true; signature: Element; algorithms: SignatureAlgorithms; keyInfoCerts: X509Certificate[] }
  | { ok: false; issues: BlueAlertIssue[]; algorithms?: SignatureAlgorithms };

/**
 * Checks that the signature is the one shape this library signs and accepts: a single enveloped signature, last
 * child of `alert`, one `Reference URI=""` (the whole message), and modern algorithms. Anything else could sign
 * less than the whole alert, so it is refused before any cryptography runs.
 */
function checkStructure(root: Element, signatures: readonly Element[]): StructureCheck {
  const malformed = (path: string, message: string): StructureCheck => ({
    ok: false,
    issues: [issue('signature_malformed', path, message)],
  });
  const signature = signatures[0];
  if (signature === undefined) return malformed('/alert', 'No signature.');
  const where = xpathOf(signature);
  if (signatures.length > 1) {
    return malformed(
      xpathOf(signatures[1] ?? signature),
      `The message has ${signatures.length} signatures; a signed CAP message has exactly one, as the last child of <alert>.`,
    );
  }
  if (signature.parentNode !== root || lastElementChild(root) !== signature) {
    return malformed(where, 'The signature must be the last child element of <alert> (an enveloped signature over the whole message).');
  }
  const signedInfos = childElements(signature, XMLDSIG_NAMESPACE, 'SignedInfo');
  const signedInfo = signedInfos[0];
  if (signedInfo === undefined || signedInfos.length > 1) {
    return malformed(`${where}/SignedInfo`, 'The signature must have exactly one SignedInfo element.');
  }
  const canonicalization = attr(childElements(signedInfo, XMLDSIG_NAMESPACE, 'CanonicalizationMethod')[0], 'Algorithm') ?? '';
  const signatureMethod = attr(childElements(signedInfo, XMLDSIG_NAMESPACE, 'SignatureMethod')[0], 'Algorithm') ?? '';
  const references = childElements(signedInfo, XMLDSIG_NAMESPACE, 'Reference');
  const reference = references[0];
  const digest = attr(reference === undefined ? undefined : childElements(reference, XMLDSIG_NAMESPACE, 'DigestMethod')[0], 'Algorithm') ?? '';
  const algorithms: SignatureAlgorithms = { canonicalization, signature: signatureMethod, digest };
  const bad = (path: string, message: string): StructureCheck => ({
    ok: false,
    issues: [issue('signature_malformed', path, message)],
    algorithms,
  });
  if (!ACCEPTED_C14N.includes(canonicalization)) {
    return bad(
      `${where}/SignedInfo/CanonicalizationMethod/@Algorithm`,
      `Unsupported canonicalization "${canonicalization}"; IPAWS uses exclusive C14N (${ACCEPTED_C14N[0] ?? ''}).`,
    );
  }
  if (!ACCEPTED_SIGNATURE.includes(signatureMethod)) {
    return bad(
      `${where}/SignedInfo/SignatureMethod/@Algorithm`,
      `Unsupported signature method "${signatureMethod}"; accepted: ${ACCEPTED_SIGNATURE.map(shortAlgorithmName).join(', ')} (IPAWS uses rsa-sha256).`,
    );
  }
  if (reference === undefined || references.length > 1) {
    return bad(`${where}/SignedInfo/Reference`, 'The signature must have exactly one Reference, with URI="" (the whole message).');
  }
  if (attr(reference, 'URI') !== '') {
    return bad(
      `${where}/SignedInfo/Reference/@URI`,
      `The Reference must have URI="" so that it covers the whole message; got ${attr(reference, 'URI') === undefined ? 'no URI' : `URI="${attr(reference, 'URI') ?? ''}"`}.`,
    );
  }
  if (!ACCEPTED_DIGEST.includes(digest)) {
    return bad(
      `${where}/SignedInfo/Reference/DigestMethod/@Algorithm`,
      `Unsupported digest method "${digest}"; accepted: ${ACCEPTED_DIGEST.map(shortAlgorithmName).join(', ')} (IPAWS uses sha256).`,
    );
  }
  const transformsEl = childElements(reference, XMLDSIG_NAMESPACE, 'Transforms')[0];
  const transforms = transformsEl === undefined ? [] : childElements(transformsEl, XMLDSIG_NAMESPACE, 'Transform').map((t) => attr(t, 'Algorithm') ?? '');
  const transformsOk =
    transforms[0] === ENVELOPED_SIGNATURE &&
    (transforms.length === 1 || (transforms.length === 2 && ACCEPTED_C14N.includes(transforms[1] ?? '')));
  if (!transformsOk) {
    return bad(
      `${where}/SignedInfo/Reference/Transforms`,
      `The Reference transforms must be the enveloped-signature transform, optionally followed by one canonicalization (IPAWS: enveloped-signature, exc-c14n); got ${transforms.length === 0 ? 'none' : transforms.map(shortAlgorithmName).join(', ')}.`,
    );
  }
  const certs = keyInfoCertificates(signature, where);
  if ('path' in certs) return bad(certs.path, certs.message);
  return { ok: true, signature, algorithms, keyInfoCerts: certs.certs };
}

/**
 * The text of a signed message given as bytes, decoded as its declaration says, as `validateCap` and `parseCap`
 * decode (report 19c C05, C06: ISO-8859-1, windows-1252, UTF-16 with a byte-order mark), or the issue. Bytes far over
 * the limit are refused before decoding; the decoded text is then held to the limit as text is.
 */
function decodeSigned(bytes: Uint8Array, maxBytes: number): string | BlueAlertIssue {
  if (bytes.byteLength > maxBytes * 4) {
    return issue('cap_invalid', '/', `The message is ${bytes.byteLength} bytes; the limit is ${maxBytes} (option maxBytes); see LIMITS.signedMessageBytes.`);
  }
  const decoded = decodeCapBytes(bytes);
  return decoded.ok ? decoded.text : issue('cap_invalid', '/', `The message bytes cannot be decoded: ${decoded.message}`);
}

/**
 * The certificates in the signature's KeyInfo, decoded (at most `LIMITS.keyInfoCertificates`, counted before any
 * is decoded), or the path and message of the first that is not a base64 DER certificate.
 */
function keyInfoCertificates(signature: Element, where: string): { certs: X509Certificate[] } | { path: string; message: string } {
  const certs: X509Certificate[] = [];
  const keyInfo = childElements(signature, XMLDSIG_NAMESPACE, 'KeyInfo')[0];
  if (keyInfo !== undefined) {
    // count before decoding: each certificate costs a parse and possibly a signature check
    const certElements = childElements(keyInfo, XMLDSIG_NAMESPACE, 'X509Data').flatMap((d) => childElements(d, XMLDSIG_NAMESPACE, 'X509Certificate'));
    if (certElements.length > LIMITS.keyInfoCertificates) {
      return {
        path: `${where}/KeyInfo`,
        message: `KeyInfo carries ${certElements.length} certificates; at most ${LIMITS.keyInfoCertificates} are accepted (LIMITS.keyInfoCertificates: the signer's and the CA certificates above it). The message is refused.`,
      };
    }
    for (const data of childElements(keyInfo, XMLDSIG_NAMESPACE, 'X509Data')) {
      for (const c of childElements(data, XMLDSIG_NAMESPACE, 'X509Certificate')) {
        const b64 = (c.textContent ?? '').replace(/\s+/g, '');
        let cert: X509Certificate | undefined;
        try {
          cert = /^[A-Za-z0-9+/]+={0,2}$/.test(b64) ? new X509Certificate(Buffer.from(b64, 'base64')) : undefined;
        } catch {
          cert = undefined;
        }
        if (cert === undefined) return { path: xpathOf(c), message: 'The X509Certificate is not a base64 DER certificate.' };
        certs.push(cert);
      }
    }
  }
  return { certs };
}

type CryptoOutcome = 'valid' | 'digest_mismatch' | 'bad_signature_value' | { error: string };

/** The parts of xml-crypto's `SignedXml` the whole-document reference below uses (private in its types). */
interface ReferenceInternals {
  validateReference(ref: { uri?: string; digestAlgorithm?: string; digestValue?: unknown; validationError?: Error }, doc: Document): string | undefined;
  getCanonReferenceXml(doc: Document, ref: unknown, node: unknown): string;
  findHashAlgorithm(name: unknown): { getHash(xml: string): string };
}

/**
 * Resolves the one reference `checkStructure` accepts, `URI=""`, to the document element directly. xml-crypto
 * finds it with the XPath `//*`, which sorts every element of the message into document order by scanning
 * sibling lists: 10,000 sibling elements cost a second, 40,000 half a minute. The digest check itself is
 * xml-crypto's, unchanged.
 */
function resolveWholeDocumentDirectly(verifier: SignedXml): void {
  const v = verifier as unknown as ReferenceInternals;
  const original = v.validateReference.bind(verifier);
  v.validateReference = (ref, doc) => {
    if (ref.uri !== '') return original(ref, doc);
    const canonXml = v.getCanonReferenceXml(doc, ref, doc.documentElement);
    const digest = v.findHashAlgorithm(ref.digestAlgorithm).getHash(canonXml);
    // compared as bytes, as xml-crypto does: a DigestValue may wrap its base64 over lines
    if (!Buffer.from(digest, 'base64').equals(Buffer.from(String(ref.digestValue), 'base64'))) {
      ref.validationError = new Error(`invalid signature: the digest of the message is ${digest}, not the signed ${String(ref.digestValue)}`);
      return undefined;
    }
    return canonXml;
  };
}

function checkWith(xml: string, signature: Element, cert: X509Certificate): CryptoOutcome {
  const verifier = new SignedXml({ publicCert: cert.toString() });
  resolveWholeDocumentDirectly(verifier);
  try {
    verifier.loadSignature(signature as unknown as Parameters<SignedXml['loadSignature']>[0]);
    return verifier.checkSignature(xml) ? 'valid' : 'digest_mismatch';
  } catch (e) {
    const message = String((e as Error).message);
    if (/signature value .* is incorrect/i.test(message)) return 'bad_signature_value';
    return { error: message.split('\n')[0] ?? message };
  }
}

/**
 * The certificate among `candidates` whose key verifies the signature, or the issue saying why none does: the
 * digest does not match (the message was changed), the signature could not be checked, or no key verifies it.
 */
function findSigner(xml: string, signature: Element, candidates: readonly X509Certificate[], fromKeyInfo: boolean, where: string): X509Certificate | BlueAlertIssue {
  for (const cert of candidates) {
    const outcome = checkWith(xml, signature, cert);
    if (outcome === 'valid') return cert;
    if (outcome === 'digest_mismatch') {
      return issue(
        'signature_invalid',
        `${where}/SignedInfo/Reference/DigestValue`,
        'The message was changed after it was signed: the digest of the alert does not match the signed DigestValue. Do not use this message; ask the sender for it again.',
      );
    }
    if (outcome !== 'bad_signature_value') return issue('signature_invalid', where, `The signature could not be checked (${outcome.error}).`);
  }
  return issue(
    'signature_invalid',
    `${where}/SignatureValue`,
    fromKeyInfo
      ? 'The SignatureValue does not verify with the certificate in KeyInfo: the signed information or the signature was changed, or the certificate is not the one that signed.'
      : 'The SignatureValue does not verify with any of the trusted certificates.',
  );
}

/**
 * Verifies the enveloped XML signature of a CAP message (as made by `signCap`, or by IPAWS-OPEN: exclusive
 * C14N, RSA-SHA256, SHA-256, X.509 certificate in `KeyInfo`). Never throws for bad input: every problem is an
 * issue with an XPath. Error codes: `cap_invalid` (not a CAP alert), `signature_missing` (no signature),
 * `signature_malformed` (not one enveloped signature over the whole message, or a refused algorithm),
 * `signature_invalid` (the message or the signature was changed after signing), `signature_untrusted` (signed
 * by a certificate that does not chain to `trustedCertificates`), `signature_certificate_not_valid` (the
 * certificate was not valid when the alert was sent). Without `trustedCertificates` a valid result carries the
 * warning `signature_signer_unchecked`: the message is intact, but anyone could have made the certificate.
 *
 * `xml` is the message text, or its bytes (a Buffer or Uint8Array), decoded as its XML declaration says, as
 * `validateCap` decodes them (ISO-8859-1, windows-1252, UTF-16 with a byte-order mark). A PEM text or file in
 * `trustedCertificates` may hold several certificates (a CA bundle): every one is trusted.
 *
 * Node only: this entry uses `node:crypto`.
 *
 * @example
 * import { verifyCap } from 'blue-alert-cap/sign';
 *
 * const result = verifyCap(receivedXml, { trustedCertificates: [readFileSync('ipaws-cog.pem', 'utf8')] });
 * if (result.valid && result.trusted) accept(receivedXml);
 * else console.error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
 */
export function verifyCap(xml: string | Uint8Array, options: VerifyCapOptions = {}): VerifyCapResult {
  if (xml instanceof Uint8Array) {
    const text = decodeSigned(xml, options.maxBytes ?? LIMITS.signedMessageBytes);
    return typeof text === 'string' ? verifyCap(text, options) : result([text]);
  }
  if (typeof xml === 'string' && xml.charCodeAt(0) === 0xfeff) return verifyCap(xml.slice(1), options);
  const issues: BlueAlertIssue[] = [];
  const anchors: X509Certificate[] = [];
  (options.trustedCertificates ?? []).forEach((c, i) => {
    // a PEM bundle holds several certificates: each is trusted (report 19c C07)
    for (const loaded of loadCertificates(c, `trustedCertificates[${i}]`)) {
      if (loaded.ok) anchors.push(loaded.value);
      else issues.push(loaded.issue);
    }
  });
  if (issues.length > 0) return result(issues);

  const parsed = parseCapDom(xml, options);
  if (!parsed.ok) return result([parsed.issue]);
  const signatures = signatureElements(parsed.doc);
  if (signatures.length === 0) {
    return result([
      issue('signature_missing', '/alert', 'The message is not signed: it has no XML-DSig Signature element (expected as the last child of <alert>).'),
    ]);
  }
  const structure = checkStructure(parsed.root, signatures);
  if (!structure.ok) return result(structure.issues, structure.algorithms === undefined ? {} : { algorithms: structure.algorithms });
  const { signature, algorithms, keyInfoCerts } = structure;
  const where = xpathOf(signature);

  const candidates = keyInfoCerts.length > 0 ? keyInfoCerts : anchors;
  if (candidates.length === 0) {
    return result(
      [
        issue(
          'signature_untrusted',
          `${where}/KeyInfo`,
          'The signature carries no X509Certificate in KeyInfo and no trusted certificate was given, so there is no key to check it with. Give the signer\'s certificate.',
        ),
      ],
      { algorithms },
    );
  }
  const found = findSigner(xml, signature, candidates, keyInfoCerts.length > 0, where);
  if (!(found instanceof X509Certificate)) return result([found], { algorithms });
  const signerCert = found;

  const signer = describeCertificate(signerCert);
  const atInput = options.at ?? capSent(parsed.root);
  if (atInput !== undefined) {
    const at = atInput instanceof Date ? atInput : new Date(atInput);
    if (Number.isNaN(at.getTime())) {
      if (options.at !== undefined) issues.push(issue('invalid_datetime', 'at', 'Give `at` as a Date or an ISO 8601 date-time, e.g. "2026-11-22T14:20:00-07:00".'));
    } else {
      const problem = checkValidAt(signerCert, at, `${where}/KeyInfo`, options.at !== undefined ? 'the `at` option' : 'the alert\'s sent time');
      if (problem !== undefined) issues.push(problem);
    }
  }

  let trusted = false;
  if (anchors.length > 0) {
    trusted = chainsToTrusted(signerCert, keyInfoCerts, anchors);
    if (!trusted) {
      issues.push(
        issue(
          'signature_untrusted',
          `${where}/KeyInfo`,
          `The message is intact but was signed by ${signer.subject} (SHA-256 ${signer.fingerprint256}), which is not one of the trusted certificates and not issued by one of them.`,
        ),
      );
    }
  } else {
    issues.push(
      issue(
        'signature_signer_unchecked',
        `${where}/KeyInfo`,
        `The signature matches the message and the certificate it carries (${signer.subject}), but no trusted certificate was given, so who signed is not checked. Pass trustedCertificates (CLI: --cert FILE).`,
        'warning',
      ),
    );
  }
  return result(issues, { trusted, signer, algorithms });
}
