/**
 * Algorithm identifiers of the XML signature IPAWS-OPEN uses (exclusive C14N, RSA-SHA256, SHA-256 digest,
 * enveloped). They are the W3C XML-DSig URIs, written once here.
 */

/**
 * The XML-DSig namespace; the `Signature` element and its children live in it.
 *
 * @example
 * doc.getElementsByTagNameNS(XMLDSIG_NAMESPACE, 'Signature');
 */
export const XMLDSIG_NAMESPACE = 'http://www.w3.org/2000/09/xmldsig#';

/**
 * Exclusive XML canonicalization without comments, the method IPAWS design guidance relies on.
 *
 * @example
 * verification.algorithms.canonicalization === EXCLUSIVE_C14N; //=> true for messages signed by `signCap`
 */
export const EXCLUSIVE_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';

/**
 * The RSA with SHA-256 signature method.
 *
 * @example
 * verification.algorithms.signature === SIGNATURE_ALGORITHM; //=> true for messages signed by `signCap`
 */
export const SIGNATURE_ALGORITHM = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';

/**
 * The SHA-256 digest method.
 *
 * @example
 * verification.algorithms.digest === DIGEST_ALGORITHM; //=> true for messages signed by `signCap`
 */
export const DIGEST_ALGORITHM = 'http://www.w3.org/2001/04/xmlenc#sha256';

/**
 * The enveloped-signature transform: the digest covers the whole `alert` except the `Signature` itself.
 *
 * @example
 * const transforms = [ENVELOPED_SIGNATURE, EXCLUSIVE_C14N];
 */
export const ENVELOPED_SIGNATURE = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

/**
 * Canonicalization methods `verifyCap` accepts (xml-crypto implements all four).
 *
 * @example
 * ACCEPTED_C14N.includes(EXCLUSIVE_C14N); //=> true
 */
export const ACCEPTED_C14N: readonly string[] = [
  EXCLUSIVE_C14N,
  'http://www.w3.org/2001/10/xml-exc-c14n#WithComments',
  'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
  'http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments',
];

/**
 * Signature methods `verifyCap` accepts: RSA with SHA-256 or SHA-512 (SHA-1 is refused).
 *
 * @example
 * ACCEPTED_SIGNATURE.includes('http://www.w3.org/2000/09/xmldsig#rsa-sha1'); //=> false
 */
export const ACCEPTED_SIGNATURE: readonly string[] = [
  SIGNATURE_ALGORITHM,
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
];

/**
 * Digest methods `verifyCap` accepts: SHA-256 or SHA-512 (SHA-1 is refused).
 *
 * @example
 * ACCEPTED_DIGEST.includes(DIGEST_ALGORITHM); //=> true
 */
export const ACCEPTED_DIGEST: readonly string[] = [DIGEST_ALGORITHM, 'http://www.w3.org/2001/04/xmlenc#sha512'];

/**
 * The short name of an algorithm URI, as messages and the CLI report print it.
 *
 * @example
 * shortAlgorithmName(SIGNATURE_ALGORITHM); //=> 'rsa-sha256'
 * shortAlgorithmName(EXCLUSIVE_C14N); //=> 'exc-c14n'
 */
export function shortAlgorithmName(uri: string): string {
  const hash = uri.lastIndexOf('#');
  const tail = hash >= 0 ? uri.slice(hash + 1) : uri;
  if (uri.startsWith('http://www.w3.org/2001/10/xml-exc-c14n#')) return tail === '' ? 'exc-c14n' : `exc-c14n#${tail}`;
  if (uri.startsWith('http://www.w3.org/TR/2001/REC-xml-c14n-20010315')) return tail.startsWith('http') ? 'c14n' : `c14n#${tail}`;
  return tail;
}
