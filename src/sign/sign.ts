/**
 * `signCap`: an enveloped XML signature over a whole CAP message, as IPAWS-OPEN carries it.
 */
import { SignedXml } from 'xml-crypto';
import { BlueAlertError, issue, isNonEmpty, type BlueAlertIssue } from '../errors.js';
import {
  certificateBase64,
  checkValidAt,
  keyMatchesCertificate,
  loadCertificate,
  loadPrivateKey,
  rfc2253,
  type CertificateInput,
  type PrivateKeyInput,
} from './certificates.js';
import { DIGEST_ALGORITHM, ENVELOPED_SIGNATURE, EXCLUSIVE_C14N, SIGNATURE_ALGORITHM } from './constants.js';
import { capSent, parseCapDom, signatureElements, xpathOf, type InputLimits } from './dom.js';

/**
 * What `signCap` needs: the sender's (COG's) RSA private key and the X.509 certificate that goes with it.
 *
 * @example
 * const options: SignCapOptions = {
 *   privateKey: readFileSync('cog-key.pem', 'utf8'),
 *   certificate: readFileSync('cog-cert.pem', 'utf8'),
 * };
 */
export interface SignCapOptions extends InputLimits {
  /** The RSA private key (at least 2048 bits): PEM text, PEM or DER bytes, or a `KeyObject`. */
  readonly privateKey: PrivateKeyInput;
  /** The certificate of that key: PEM text, PEM or DER bytes, or an `X509Certificate`. It goes into `KeyInfo`. */
  readonly certificate: CertificateInput;
  /** Passphrase of an encrypted private key. */
  readonly passphrase?: string;
  /**
   * The moment the certificate must be valid at. Default: the alert's `sent` time (the library does not read the
   * clock). Give a `Date` or an ISO 8601 string.
   */
  readonly at?: Date | string;
}

function escapeXmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Signs a CAP 1.2 message the way IPAWS-OPEN messages are signed: an enveloped XML-DSig `Signature` as the last
 * child of `alert`, exclusive C14N, RSA-SHA256, a SHA-256 digest over the whole message (`Reference URI=""`) and
 * the certificate (with its subject name) in `KeyInfo/X509Data`. The signature text is inserted just before
 * `</alert>` and every other byte of the message stays as given, so a message that validated as CAP 1.2 before
 * signing still does (the schema allows the Signature after the last `info`).
 *
 * Node only: this entry uses `node:crypto`. Throws `BlueAlertError` when the message is not a CAP alert
 * (`cap_invalid`), is already signed (`signature_present`), the key or certificate cannot be read
 * (`signature_key_invalid`), the key does not belong to the certificate (`signature_key_mismatch`) or the
 * certificate is not valid at the alert's `sent` time (`signature_certificate_not_valid`).
 *
 * @example
 * import { buildBlueAlert } from 'blue-alert-cap';
 * import { signCap } from 'blue-alert-cap/sign';
 *
 * const { xml } = buildBlueAlert(request, { now: '2026-11-22T14:20:00-07:00' });
 * const signed = signCap(xml, {
 *   privateKey: readFileSync('cog-key.pem', 'utf8'),
 *   certificate: readFileSync('cog-cert.pem', 'utf8'),
 * });
 */
export function signCap(xml: string, options: SignCapOptions): string {
  if (typeof xml === 'string' && xml.charCodeAt(0) === 0xfeff) return `\uFEFF${signCap(xml.slice(1), options)}`;
  if (typeof options !== 'object' || options === null) {
    throw new BlueAlertError([
      issue('signature_key_invalid', 'options', 'Give the options { privateKey, certificate }: the RSA private key and its X.509 certificate.'),
    ]);
  }
  const issues: BlueAlertIssue[] = [];
  const parsed = parseCapDom(xml, options, 'sign');
  if (!parsed.ok) throw new BlueAlertError([parsed.issue]);
  const existing = signatureElements(parsed.doc)[0];
  if (existing !== undefined) {
    throw new BlueAlertError([
      issue(
        'signature_present',
        xpathOf(existing),
        'The message is already signed. A CAP message carries one signature; sign the unsigned message, or use verifyCap to check this one.',
      ),
    ]);
  }

  const cert = loadCertificate(options.certificate, 'certificate');
  if (!cert.ok) issues.push(cert.issue);
  const key = loadPrivateKey(options.privateKey, options.passphrase, 'privateKey');
  if (!key.ok) issues.push(key.issue);
  if (cert.ok && key.ok) {
    if (!keyMatchesCertificate(key.value, cert.value)) {
      issues.push(
        issue(
          'signature_key_mismatch',
          'privateKey',
          `The private key does not belong to the certificate ${rfc2253(cert.value.subject)}: their public keys differ. Give the key the certificate was issued for.`,
        ),
      );
    }
    const atInput = options.at ?? capSent(parsed.root);
    if (atInput !== undefined) {
      const at = atInput instanceof Date ? atInput : new Date(atInput);
      if (Number.isNaN(at.getTime())) {
        if (options.at !== undefined) {
          issues.push(issue('invalid_datetime', 'at', 'Give `at` as a Date or an ISO 8601 date-time, e.g. "2026-11-22T14:20:00-07:00".'));
        }
      } else {
        const problem = checkValidAt(cert.value, at, 'certificate', options.at !== undefined ? 'the `at` option' : 'the alert\'s sent time');
        if (problem !== undefined) issues.push(problem);
      }
    }
  }
  if (!cert.ok || !key.ok || isNonEmpty(issues)) {
    throw new BlueAlertError(
      isNonEmpty(issues) ? issues : [issue('signature_key_invalid', 'privateKey', 'The key or the certificate could not be read.')],
    );
  }

  const keyInfo =
    `<X509Data><X509SubjectName>${escapeXmlText(rfc2253(cert.value.subject))}</X509SubjectName>` +
    `<X509Certificate>${certificateBase64(cert.value)}</X509Certificate></X509Data>`;
  const signer = new SignedXml({
    privateKey: key.value,
    signatureAlgorithm: SIGNATURE_ALGORITHM,
    canonicalizationAlgorithm: EXCLUSIVE_C14N,
    getKeyInfoContent: () => keyInfo,
  });
  signer.addReference({
    xpath: '/*',
    transforms: [ENVELOPED_SIGNATURE, EXCLUSIVE_C14N],
    digestAlgorithm: DIGEST_ALGORITHM,
    isEmptyUri: true,
  });
  try {
    signer.computeSignature(xml, { location: { reference: '/*', action: 'append' } });
  } catch (e) {
    // every input the caps let through is signable; anything xml-crypto still refuses is reported, never thrown raw
    const why = String((e as Error).message).split('\n')[0] ?? '';
    throw new BlueAlertError([issue('cap_invalid', '/', `The message could not be signed (${why}).`)]);
  }
  return spliceSignature(xml, signer.getSignatureXml()) ?? signer.getSignedXml();
}

/**
 * Puts the signature text just before the root's end tag, so every byte of the input stays as it was (xmldom's
 * serializer would rewrite quotes, entities, empty elements and line ends). That is the position xml-crypto
 * appended it at (after the root's last child), so the parsed result is the document that was signed. Returns
 * `undefined` when the end tag cannot be found with certainty (only whitespace, comments and processing
 * instructions may follow it); the caller then uses xml-crypto's serialization.
 */
function spliceSignature(xml: string, signatureXml: string): string | undefined {
  const endTags = [...xml.matchAll(/<\/(?:[A-Za-z_][\w.-]*:)?alert\s*>/g)];
  const last = endTags[endTags.length - 1];
  if (last === undefined) return undefined;
  const tail = xml.slice(last.index + last[0].length);
  if (!/^(?:\s|<!--(?:(?!-->)[\s\S])*-->|<\?(?:(?!\?>)[\s\S])*\?>)*$/.test(tail)) return undefined;
  return xml.slice(0, last.index) + signatureXml + xml.slice(last.index);
}
