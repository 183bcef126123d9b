/**
 * Parsing a CAP message for signing or verifying: `@xmldom/xmldom` (the DOM `xml-crypto` works on), with DTDs
 * refused outright so no entity tricks reach the canonicalizer.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { Document, Element, Node } from '@xmldom/xmldom';
import { issue, type BlueAlertIssue } from '../errors.js';
import { CAP_NAMESPACE } from '../cap/model.js';
import { XMLDSIG_NAMESPACE } from './constants.js';
import { LIMITS } from '../limits.js';
import { XmlReadError, readXml } from '../cap/xml-reader.js';

/**
 * A parsed CAP message, or the issue that says why it is not one.
 *
 * @example
 * const parsed: ParsedCap = parseCapDom(xml);
 */
export type ParsedCap = { ok: true; doc: Document; root: Element } | { ok: false; issue: BlueAlertIssue };

/**
 * Limits on the input, checked before the XML parser runs (deep nesting makes DOM parsing and canonicalization
 * slow and recursive).
 *
 * @example
 * const limits: InputLimits = { maxBytes: 1_048_576, maxDepth: 32 };
 */
export interface InputLimits {
  /** Largest accepted message in bytes (UTF-8). Default 448 KiB (`LIMITS.signedMessageBytes`: the largest message a build writes, 100 polygons in two languages, is ~400 KB). */
  readonly maxBytes?: number;
  /** Deepest accepted element nesting. Default 32 (a signed CAP message needs 6: alert/Signature/SignedInfo/Reference/Transforms/Transform). */
  readonly maxDepth?: number;
}

const DEFAULT_MAX_BYTES = LIMITS.signedMessageBytes;
const DEFAULT_MAX_DEPTH = LIMITS.messageDepth;
/** Escaped characters kept for the signature when signing (it adds about 40). */
const SIGNATURE_ESCAPES = 100;

/**
 * Checks size and nesting depth with one linear scan of the text (comments, CDATA, processing instructions and
 * quoted attribute values are skipped). Returns the issue when a limit is exceeded.
 *
 * @example
 * checkLimits('<a><b/></a>', { maxDepth: 1 }); //=> a 'cap_invalid' issue: deeper than 1 level
 */
export function checkLimits(xml: string, limits: InputLimits = {}, reserveEscapes = 0): BlueAlertIssue | undefined {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > maxBytes) {
    return issue('cap_invalid', '/', `The message is ${bytes} bytes; the limit is ${maxBytes} (option maxBytes); see LIMITS.signedMessageBytes.`);
  }
  const escapes = escapeCount(xml);
  if (escapes > LIMITS.signedMessageEscapes - reserveEscapes) {
    return issue(
      'cap_invalid',
      '/',
      `The message has ${escapes} characters that canonical XML escapes or that stand for one ("&", ">", '"', carriage return); the limit for a message to ${reserveEscapes > 0 ? 'sign is' : 'sign or verify is'} ${LIMITS.signedMessageEscapes - reserveEscapes} (LIMITS.signedMessageEscapes${reserveEscapes > 0 ? `, less ${reserveEscapes} kept for the signature` : ''}).`,
    );
  }
  let depth = 0;
  let i = xml.indexOf('<');
  while (i >= 0 && i < xml.length) {
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      i = end < 0 ? -1 : xml.indexOf('<', end + 3);
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i + 9);
      i = end < 0 ? -1 : xml.indexOf('<', end + 3);
      continue;
    }
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      i = end < 0 ? -1 : xml.indexOf('<', end + 2);
      continue;
    }
    if (xml[i + 1] === '/') {
      depth--;
      i = xml.indexOf('<', i + 2);
      continue;
    }
    let j = i + 1;
    let quote = '';
    for (; j < xml.length; j++) {
      const c = xml[j];
      if (quote !== '') {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    if (depth + 1 > maxDepth) {
      return issue('cap_invalid', '/', `The message nests elements deeper than ${maxDepth} levels (option maxDepth); a signed CAP message needs 6.`);
    }
    if (xml[j - 1] !== '/') depth++;
    i = xml.indexOf('<', j + 1);
  }
  return undefined;
}

/**
 * How many characters of `xml` canonicalization writes escaped, or that stand for one (an entity or character
 * reference starts with `&`): `&`, `>`, `"` and carriage return, markup included. Signing keeps room for the
 * signature's own (about a hundred).
 *
 * @example
 * escapeCount('<a b="1">x &gt; y</a>'); //=> 5
 */
export function escapeCount(xml: string): number {
  let n = 0;
  for (let i = 0; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 38 || c === 62 || c === 34 || c === 13) n++;
  }
  return n;
}

/**
 * Parses `xml` and checks that its root is a CAP 1.2 `alert`. A DOCTYPE is refused (CAP never needs one), and
 * size and depth are limited (`InputLimits`) before the parser runs.
 *
 * @example
 * const parsed = parseCapDom(xml);
 * if (!parsed.ok) throw new BlueAlertError([parsed.issue]);
 */
export function parseCapDom(xml: string, limits: InputLimits = {}, purpose: 'sign' | 'verify' = 'verify'): ParsedCap {
  if (typeof xml !== 'string' || xml.trim() === '') {
    const got = typeof xml === 'string' ? (xml === '' ? 'an empty string' : 'only white space') : xml === null ? 'null' : (xml as unknown) instanceof String ? 'a String object (pass a primitive string)' : `a ${typeof xml}`;
    return { ok: false, issue: issue('cap_invalid', '/', `Expected the CAP message as XML text (a string) or its bytes (a Buffer or Uint8Array); got ${got}.`) };
  }
  // signing keeps room for the signature's own escaped characters (about 40: its attributes' quotes, its markup)
  const tooBig = checkLimits(xml, limits, purpose === 'sign' ? SIGNATURE_ESCAPES : 0);
  if (tooBig !== undefined) return { ok: false, issue: tooBig };
  const refused = strictRead(xml, limits, purpose);
  if (refused !== undefined) return { ok: false, issue: refused };
  // the strict reader above has refused what xmldom would let through: a bare "&", a DOCTYPE, entity declarations
  const problems: string[] = [];
  let doc: Document;
  try {
    doc = new DOMParser({
      // xmldom recovers from some well-formedness errors (an attribute without "=" or quotes, junk in an end
      // tag) and reports them as warnings; a signed message must be well-formed, so they count. The one benign
      // warning is about U+FFFD in the text.
      onError: (level, message) => {
        const text = String(message).split('\n')[0] ?? '';
        if (level !== 'warning' || !/replacement character/i.test(text)) problems.push(text);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (e) {
    problems.push(String((e as Error).message).split('\n')[0] ?? '');
    return { ok: false, issue: notWellFormed(problems) };
  }
  if (problems.length > 0) return { ok: false, issue: notWellFormed(problems) };
  const root = doc.documentElement;
  if (root === null) return { ok: false, issue: notWellFormed(['no root element']) };
  if (root.localName !== 'alert' || root.namespaceURI !== CAP_NAMESPACE) {
    return {
      ok: false,
      issue: issue(
        'cap_invalid',
        '/',
        `The root element must be <alert> in the CAP 1.2 namespace ${CAP_NAMESPACE}; got <${root.localName ?? root.nodeName}>${root.namespaceURI ? ` in ${root.namespaceURI}` : ' without a namespace'}.`,
      ),
    };
  }
  return { ok: true, doc, root };
}

/**
 * Runs the library's own strict, linear XML reader with the message caps before any DOM is built: xmldom and
 * xml-crypto cost more than linear time in elements and comments, so the caps must hold before they run.
 */
function strictRead(xml: string, limits: InputLimits, purpose: 'sign' | 'verify'): BlueAlertIssue | undefined {
  // signing adds the signature: its namespace declaration and about a dozen attributes must still fit the caps
  const room = purpose === 'sign' ? { ns: 1, attributes: 16, elements: 16 } : { ns: 0, attributes: 0, elements: 0 };
  try {
    readXml(xml, {
      maxDepth: limits.maxDepth ?? DEFAULT_MAX_DEPTH,
      maxElements: LIMITS.signedMessageElements - room.elements,
      maxAttributes: LIMITS.messageAttributes,
      maxNamespaceDeclarations: LIMITS.messageNamespaceDeclarations - room.ns,
      maxComments: LIMITS.messageComments,
      maxCdataSections: LIMITS.messageCdataSections,
      maxTotalAttributes: LIMITS.signedMessageAttributes - room.attributes,
      // a processing instruction outside <alert> is not covered by a signature over the alert, and xml-crypto
      // cannot canonicalize an empty one: signed CAP messages carry none
      maxProcessingInstructions: 0,
    });
    return undefined;
  } catch (e) {
    if (!(e instanceof XmlReadError)) throw e;
    const cap = e.code === 'TOO_LARGE' || e.code === 'TOO_DEEP' ? ' (see LIMITS in docs/limits.md)' : '';
    return issue('cap_invalid', '/', `The message was refused: ${e.message}${cap}`);
  }
}

function notWellFormed(problems: readonly string[]): BlueAlertIssue {
  return issue('cap_invalid', '/', `The message is not well-formed XML (${problems[0] ?? 'unknown error'}).`);
}

/**
 * Every XML-DSig `Signature` element in the document, in document order.
 *
 * @example
 * signatureElements(doc).length; //=> 1 for a message signed by `signCap`
 */
export function signatureElements(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagNameNS(XMLDSIG_NAMESPACE, 'Signature'));
}

/**
 * The element children of `parent` with the given namespace and local name.
 *
 * @example
 * childElements(signature, XMLDSIG_NAMESPACE, 'SignedInfo');
 */
export function childElements(parent: Element, ns: string, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const e = n as Element;
      if (e.namespaceURI === ns && e.localName === localName) out.push(e);
    }
  }
  return out;
}

/**
 * The last element child of `parent`, or `undefined`.
 *
 * @example
 * lastElementChild(root)?.localName; //=> 'Signature' in a signed message
 */
export function lastElementChild(parent: Element): Element | undefined {
  for (let n = parent.lastChild; n !== null; n = n.previousSibling) if (n.nodeType === 1) return n as Element;
  return undefined;
}

/**
 * A simple XPath to an element: `/alert/Signature` (local names, with `[n]` when siblings share the name).
 *
 * @example
 * xpathOf(signature); //=> '/alert/Signature'
 */
export function xpathOf(el: Element): string {
  const parts: string[] = [];
  let cur: Element | null = el;
  while (cur !== null) {
    const name = cur.localName ?? cur.nodeName;
    let index = 0;
    let count = 0;
    const parent: Node | null = cur.parentNode;
    if (parent !== null && parent.nodeType === 1) {
      for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
        if (n.nodeType === 1 && (n as Element).localName === name) {
          count++;
          if (n === cur) index = count;
        }
      }
    }
    parts.unshift(count > 1 ? `${name}[${index}]` : name);
    cur = parent !== null && parent.nodeType === 1 ? (parent as Element) : null;
  }
  return `/${parts.join('/')}`;
}

/**
 * The text of the CAP `sent` element of the alert, if present.
 *
 * @example
 * capSent(root); //=> '2026-11-22T14:20:00-07:00'
 */
export function capSent(root: Element): string | undefined {
  return childElements(root, CAP_NAMESPACE, 'sent')[0]?.textContent?.trim() ?? undefined;
}
