/**
 * `blue-alert-cap/sign`: the XML digital signature IPAWS-OPEN messages carry (enveloped, exclusive C14N,
 * RSA-SHA256, SHA-256 digest, X.509 certificate in `KeyInfo`), on `xml-crypto` and `@xmldom/xmldom`.
 *
 * Node only (it uses `node:crypto`), and kept out of the core entry.
 *
 * @example
 * import { buildBlueAlert } from 'blue-alert-cap';
 * import { signCap, verifyCap } from 'blue-alert-cap/sign';
 *
 * const signed = signCap(buildBlueAlert(request).xml, { privateKey: keyPem, certificate: certPem });
 * const check = verifyCap(signed, { trustedCertificates: [certPem] });
 * // check.valid === true, check.trusted === true
 */
export { signCap } from './sign.js';
export type { SignCapOptions } from './sign.js';
export { verifyCap } from './verify.js';
export type { VerifyCapOptions, VerifyCapResult, SignatureAlgorithms } from './verify.js';
export type { CertificateInput, PrivateKeyInput, SignerCertificate } from './certificates.js';
export type { InputLimits } from './dom.js';
export {
  SIGNATURE_ALGORITHM,
  DIGEST_ALGORITHM,
  EXCLUSIVE_C14N,
  ENVELOPED_SIGNATURE,
  XMLDSIG_NAMESPACE,
} from './constants.js';
