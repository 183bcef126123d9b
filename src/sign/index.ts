/**
 * `blue-alert-cap/sign`: the XML digital signature IPAWS-OPEN messages carry (enveloped, exclusive C14N,
 * RSA-SHA256, SHA-256 digest, X.509 certificate in `KeyInfo`), on `xml-crypto` and `@xmldom/xmldom`.
 *
 * Node only (it uses `node:crypto`), and kept out of the core entry: `import { signCap, verifyCap } from
 * 'blue-alert-cap/sign'`.
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
