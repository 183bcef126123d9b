/**
 * CAP XML -> object model. The size is checked first; then `xml-reader.ts` reads the document in one linear,
 * strict pass (well-formedness, namespaces, no DOCTYPE or entity declarations, caps on depth, elements,
 * attributes and namespace declarations) and this module maps the element tree to the model.
 */
import { readXml, XML_READ_DEFAULTS, XmlReadError } from './xml-reader.js';
import { CAP_NAMESPACE, type CapAlert, type CapArea, type CapInfo, type CapResource, type CapValuePair } from './model.js';

/** The XML-DSig namespace; `<Signature>` elements in it are skipped by the reader. */
export const XMLDSIG_NAMESPACE = 'http://www.w3.org/2000/09/xmldsig#';
const CAP_1_1_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.1';
const CAP_1_0_NAMESPACE = 'http://www.incident.com/cap/1.0';

/**
 * Why `parseCap` refused a document. Stable; programs switch on it.
 *
 * @example
 * const code: CapParseErrorCode = 'DOCTYPE_FORBIDDEN';
 */
export type CapParseErrorCode =
  | 'TOO_LARGE'
  | 'DOCTYPE_FORBIDDEN'
  | 'ENTITY_FORBIDDEN'
  | 'TOO_DEEP'
  | 'MALFORMED_XML'
  | 'NOT_CAP'
  | 'CAP_1_1'
  | 'CAP_1_0';

/**
 * Thrown by `parseCap` when the input is not a CAP 1.2 document it will read. The message says what was found
 * and what is valid; it never contains a stack trace meant for the user.
 *
 * @example
 * try {
 *   parseCap('<!DOCTYPE x><alert/>');
 * } catch (e) {
 *   if (e instanceof CapParseError) console.log(e.code); //=> 'DOCTYPE_FORBIDDEN'
 * }
 */
export class CapParseError extends Error {
  override name = 'CapParseError' as const;
  readonly code: CapParseErrorCode;

  constructor(code: CapParseErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Options of `parseCap`.
 *
 * @example
 * parseCap(xml, { maxBytes: 256 * 1024 });
 */
export interface ParseCapOptions {
  /** Largest accepted document in UTF-8 bytes. Default 1 MiB (1,048,576). */
  readonly maxBytes?: number;
  /** Deepest accepted element nesting (the root is depth 1). Default 32; CAP itself needs 5, a signature 7. */
  readonly maxDepth?: number;
  /** Most elements in the document (refused as `TOO_LARGE`). Default 50,000; a CAP message has a few hundred. */
  readonly maxElements?: number;
  /** Most attributes, namespace declarations included, on one element (`TOO_LARGE`). Default 64. */
  readonly maxAttributes?: number;
  /** Most namespace declarations in the whole document (`TOO_LARGE`). Default 64; CAP needs one or two. */
  readonly maxNamespaceDeclarations?: number;
}

/**
 * The result of `safeParseCap`.
 *
 * @example
 * const r: SafeParseCapResult = safeParseCap(xml);
 * if (!r.success) console.log(r.error.code);
 */
export type SafeParseCapResult =
  | { readonly success: true; readonly data: CapAlert; readonly error?: never }
  | { readonly success: false; readonly data?: never; readonly error: CapParseError };

/**
 * One element of a parsed CAP document, with its namespace resolved. Used by the validator to check the XML
 * structure (order, multiplicity, unknown elements) that the object model cannot show.
 *
 * @example
 * const root: CapXmlElement = parseCapDocument(xml);
 * root.children.map((c) => c.name); //=> ['identifier', 'sender', ...]
 */
export interface CapXmlElement {
  /** Local name (`alert`, `info`). */
  readonly name: string;
  /** Namespace URI, `''` when none. */
  readonly ns: string;
  /** Attribute names as written, other than namespace declarations. */
  readonly attributes: readonly string[];
  /** Child elements in document order (empty for a skipped `<Signature>`). */
  readonly children: readonly CapXmlElement[];
  /** The decoded character content (text and CDATA) directly inside the element. */
  readonly text: string;
}

const DEFAULT_MAX_BYTES = 1_048_576;
const DEFAULT_MAX_DEPTH = XML_READ_DEFAULTS.maxDepth;

function fail(code: CapParseErrorCode, message: string): never {
  throw new CapParseError(code, message);
}

function utf8Length(s: string, limit: number): number {
  // counts UTF-8 bytes, stopping as soon as the limit is passed
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
    if (n > limit) return n;
  }
  return n;
}

/**
 * Decodes the five XML entities and character references in a string (the reader does this itself; kept for
 * callers holding raw XML text).
 *
 * @example
 * decodeXmlText('A &amp; B &#233;'); //=> 'A & B é'
 */
export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    switch (e) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
      case 'amp': return '&';
      default: {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
    }
  });
}

function decodeInput(input: string | Uint8Array, maxBytes: number): string {
  if (typeof input === 'string') {
    if (input.length > maxBytes || utf8Length(input, maxBytes) > maxBytes) {
      fail('TOO_LARGE', `The document is larger than ${maxBytes} bytes. Valid CAP messages are far smaller; raise the maxBytes option only for trusted input.`);
    }
    return input;
  }
  if (input.byteLength > maxBytes) {
    fail('TOO_LARGE', `The document is ${input.byteLength} bytes, larger than ${maxBytes}. Valid CAP messages are far smaller; raise the maxBytes option only for trusted input.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return fail('MALFORMED_XML', 'The document is not valid UTF-8. CAP messages must be encoded as UTF-8.');
  }
}

/**
 * Reads a CAP 1.2 document into its element tree after the hostile-input checks; the root must be a CAP 1.2
 * `alert`. Used by `parseCap` and by the validator.
 *
 * @example
 * parseCapDocument(xml).name; //=> 'alert'
 */
export function parseCapDocument(input: string | Uint8Array, options: ParseCapOptions = {}): CapXmlElement {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  let xml = decodeInput(input, maxBytes);
  if (xml.charCodeAt(0) === 0xfeff) xml = xml.slice(1);
  if (xml.trim() === '') fail('NOT_CAP', 'The document is empty. A CAP 1.2 message is an <alert> element in the namespace urn:oasis:names:tc:emergency:cap:1.2.');
  let root: CapXmlElement | undefined;
  try {
    root = readXml(xml, {
      maxDepth,
      maxElements: options.maxElements ?? XML_READ_DEFAULTS.maxElements,
      maxAttributes: options.maxAttributes ?? XML_READ_DEFAULTS.maxAttributes,
      maxNamespaceDeclarations: options.maxNamespaceDeclarations ?? XML_READ_DEFAULTS.maxNamespaceDeclarations,
      skipNamespace: XMLDSIG_NAMESPACE,
    });
  } catch (e) {
    if (e instanceof XmlReadError) fail(e.code, e.message);
    throw e;
  }
  if (root === undefined) fail('NOT_CAP', 'The document has no root element. A CAP 1.2 message is an <alert> element in the namespace urn:oasis:names:tc:emergency:cap:1.2.');
  if (root.name === 'alert' && root.ns === CAP_1_1_NAMESPACE) {
    fail('CAP_1_1', `The root is a CAP 1.1 <alert> (namespace ${CAP_1_1_NAMESPACE}). Only CAP 1.2 (namespace ${CAP_NAMESPACE}) is accepted; convert the message to CAP 1.2.`);
  }
  if (root.name === 'alert' && root.ns === CAP_1_0_NAMESPACE) {
    fail('CAP_1_0', `The root is a CAP 1.0 <alert> (namespace ${CAP_1_0_NAMESPACE}). Only CAP 1.2 (namespace ${CAP_NAMESPACE}) is accepted; convert the message to CAP 1.2.`);
  }
  if (root.name !== 'alert' || root.ns !== CAP_NAMESPACE) {
    fail('NOT_CAP', `The root element is <${root.name}> in ${root.ns === '' ? 'no namespace' : `namespace "${root.ns}"`}. A CAP 1.2 message is an <alert> element in the namespace ${CAP_NAMESPACE}.`);
  }
  return root;
}

// ---- element tree -> model -------------------------------------------------------------------------------

function capChildren(e: CapXmlElement, name: string): CapXmlElement[] {
  return e.children.filter((c) => c.name === name && c.ns === CAP_NAMESPACE);
}
function first(e: CapXmlElement, name: string): string | undefined {
  return capChildren(e, name)[0]?.text;
}
function all(e: CapXmlElement, name: string): string[] {
  return capChildren(e, name).map((c) => c.text);
}
function pairs(e: CapXmlElement, name: string): CapValuePair[] {
  return capChildren(e, name).map((p) => ({ valueName: first(p, 'valueName') ?? '', value: first(p, 'value') ?? '' }));
}
function opt<K extends string>(key: K, v: string | undefined): { [P in K]?: string } {
  return (v === undefined ? {} : { [key]: v }) as { [P in K]?: string };
}
function num<K extends string>(key: K, v: string | undefined): { [P in K]?: number } {
  return (v === undefined ? {} : { [key]: v.trim() === '' ? Number.NaN : Number(v.trim()) }) as { [P in K]?: number };
}

function toArea(e: CapXmlElement): CapArea {
  return {
    areaDesc: first(e, 'areaDesc') ?? '',
    polygon: all(e, 'polygon'),
    circle: all(e, 'circle'),
    geocode: pairs(e, 'geocode'),
    ...num('altitude', first(e, 'altitude')),
    ...num('ceiling', first(e, 'ceiling')),
  };
}
function toResource(e: CapXmlElement): CapResource {
  return {
    resourceDesc: first(e, 'resourceDesc') ?? '',
    mimeType: first(e, 'mimeType') ?? '',
    ...num('size', first(e, 'size')),
    ...opt('uri', first(e, 'uri')),
    ...opt('derefUri', first(e, 'derefUri')),
    ...opt('digest', first(e, 'digest')),
  };
}
function toInfo(e: CapXmlElement): CapInfo {
  return {
    ...opt('language', first(e, 'language')),
    category: all(e, 'category'),
    event: first(e, 'event') ?? '',
    responseType: all(e, 'responseType'),
    urgency: first(e, 'urgency') ?? '',
    severity: first(e, 'severity') ?? '',
    certainty: first(e, 'certainty') ?? '',
    ...opt('audience', first(e, 'audience')),
    eventCode: pairs(e, 'eventCode'),
    ...opt('effective', first(e, 'effective')),
    ...opt('onset', first(e, 'onset')),
    ...opt('expires', first(e, 'expires')),
    ...opt('senderName', first(e, 'senderName')),
    ...opt('headline', first(e, 'headline')),
    ...opt('description', first(e, 'description')),
    ...opt('instruction', first(e, 'instruction')),
    ...opt('web', first(e, 'web')),
    ...opt('contact', first(e, 'contact')),
    parameter: pairs(e, 'parameter'),
    resource: capChildren(e, 'resource').map(toResource),
    area: capChildren(e, 'area').map(toArea),
  };
}

/**
 * Maps a parsed `<alert>` element tree to the object model. Missing required text becomes `''`, missing numbers
 * stay absent and unreadable numbers become `NaN`, so the validator can report them.
 *
 * @example
 * capTreeToAlert(parseCapDocument(xml)).identifier;
 */
export function capTreeToAlert(a: CapXmlElement): CapAlert {
  const refs = first(a, 'references');
  return {
    identifier: first(a, 'identifier') ?? '',
    sender: first(a, 'sender') ?? '',
    sent: first(a, 'sent') ?? '',
    status: first(a, 'status') ?? '',
    msgType: first(a, 'msgType') ?? '',
    ...opt('source', first(a, 'source')),
    scope: first(a, 'scope') ?? '',
    ...opt('restriction', first(a, 'restriction')),
    ...opt('addresses', first(a, 'addresses')),
    code: all(a, 'code'),
    ...opt('note', first(a, 'note')),
    ...(refs === undefined ? {} : { references: refs.split(/\s+/).filter((r) => r !== '') }),
    ...opt('incidents', first(a, 'incidents')),
    info: capChildren(a, 'info').map(toInfo),
  };
}

/**
 * Parses CAP 1.2 XML (default namespace or any prefix; a UTF-8 BOM is accepted) into the object model.
 * Refuses hostile or foreign input with a `CapParseError`: more than `maxBytes` (default 1 MiB), a DOCTYPE or
 * entity declaration, an undeclared entity reference, nesting deeper than `maxDepth`, malformed XML, or a root
 * that is not a CAP 1.2 `<alert>` (CAP 1.1 and 1.0 are named as such). `<Signature>` (XML-DSig) is skipped.
 * Parsing does not validate: run `validateCap` for that.
 *
 * @example
 * const alert = parseCap(result.xml);
 * alert.info[0]?.event; //=> 'Blue Alert'
 */
export function parseCap(xml: string | Uint8Array, options: ParseCapOptions = {}): CapAlert {
  return capTreeToAlert(parseCapDocument(xml, options));
}

/**
 * Like `parseCap`, but returns `{ success: false, error }` instead of throwing a `CapParseError`.
 *
 * @example
 * const r = safeParseCap('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.1"/>');
 * r.success; //=> false
 * r.error?.code; //=> 'CAP_1_1'
 */
export function safeParseCap(xml: string | Uint8Array, options: ParseCapOptions = {}): SafeParseCapResult {
  try {
    return { success: true, data: parseCap(xml, options) };
  } catch (e) {
    if (e instanceof CapParseError) return { success: false, error: e };
    throw e;
  }
}
