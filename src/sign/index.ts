/**
 * blue-alert-cap/sign: XML signature (first version; the signature issue fills it in).
 */
export const SIGNATURE_ALGORITHM = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
