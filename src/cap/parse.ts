/**
 * CAP XML -> object model. The only module that imports `fast-xml-parser`.
 *
 * Hostile input is refused before the parser sees it: the size is checked first, then one linear scan refuses a
 * DOCTYPE, an entity declaration, an undeclared entity reference and nesting deeper than `maxDepth`. Entity
 * processing stays off in the parser; the five XML entities and character references are decoded here.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeCapBytes } from './decode.js';
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
const DEFAULT_MAX_DEPTH = 32;

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

function lineOf(s: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < s.length; i++) if (s.charCodeAt(i) === 10) line++;
  return line;
}

const ENTITY_REF = /^&(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;

/**
 * Checks the entity references in `s[from, to)`. `next` is the position of the next "&" at or after the previous
 * range (ranges come in increasing order; "&"s in skipped comments and CDATA are passed over), so the whole scan
 * stays linear. Returns the position of the first "&" at or after `to`.
 */
function checkEntityRefs(s: string, from: number, to: number, next: number): number {
  let amp = next;
  while (amp !== -1 && amp < to) {
    if (amp >= from && !ENTITY_REF.test(s.slice(amp, Math.min(amp + 16, to)))) {
      const m = /^&[^;\s<&]{0,40};?/.exec(s.slice(amp, amp + 42));
      fail(
        'ENTITY_FORBIDDEN',
        `Line ${lineOf(s, amp)}: entity reference "${m?.[0] ?? '&'}" is not allowed. Only &lt; &gt; &amp; &quot; &apos; and character references (&#38;) are valid in CAP; write a literal "&" as &amp;.`,
      );
    }
    amp = s.indexOf('&', amp + 1);
  }
  return amp;
}

/** One linear pass: refuses DOCTYPE, ENTITY, undeclared entity references and excessive depth. */
function prescan(s: string, maxDepth: number): void {
  let depth = 0;
  let i = 0;
  let amp = s.indexOf('&');
  const n = s.length;
  while (i < n) {
    const lt = s.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    amp = checkEntityRefs(s, i, textEnd, amp);
    if (lt === -1) return;
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      if (end === -1) fail('MALFORMED_XML', `Line ${lineOf(s, lt)}: a comment "<!--" is never closed with "-->".`);
      i = end + 3;
    } else if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end === -1) fail('MALFORMED_XML', `Line ${lineOf(s, lt)}: a CDATA section is never closed with "]]>".`);
      i = end + 3;
    } else if (s.charCodeAt(lt + 1) === 33 /* ! */) {
      const word = s.slice(lt + 2, lt + 9).toUpperCase();
      if (word.startsWith('DOCTYPE')) {
        fail('DOCTYPE_FORBIDDEN', `Line ${lineOf(s, lt)}: a DOCTYPE declaration was found. CAP messages must not carry a DTD (it can define entities that expand without bound or read local files); remove it.`);
      }
      if (word.startsWith('ENTITY')) {
        fail('ENTITY_FORBIDDEN', `Line ${lineOf(s, lt)}: an ENTITY declaration was found. CAP messages must not declare entities; remove it.`);
      }
      fail('MALFORMED_XML', `Line ${lineOf(s, lt)}: unexpected markup "${s.slice(lt, lt + 12)}". Only elements, comments, CDATA and processing instructions are valid.`);
    } else if (s.charCodeAt(lt + 1) === 63 /* ? */) {
      const end = s.indexOf('?>', lt + 2);
      if (end === -1) fail('MALFORMED_XML', `Line ${lineOf(s, lt)}: a processing instruction "<?" is never closed with "?>".`);
      i = end + 2;
    } else {
      // a start or end tag; find its '>' outside attribute quotes
      let j = lt + 1;
      let quote = 0;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 62 /* > */) break;
        j++;
      }
      if (j >= n) fail('MALFORMED_XML', `Line ${lineOf(s, lt)}: a tag is never closed with ">".`);
      amp = checkEntityRefs(s, lt, j, amp);
      if (s.charCodeAt(lt + 1) === 47 /* / */) depth--;
      else if (s.charCodeAt(j - 1) !== 47) {
        depth++;
        if (depth > maxDepth) {
          fail('TOO_DEEP', `Line ${lineOf(s, lt)}: elements are nested more than ${maxDepth} deep. A CAP message nests at most 5 levels (7 with a signature).`);
        }
      } else if (depth + 1 > maxDepth) {
        fail('TOO_DEEP', `Line ${lineOf(s, lt)}: elements are nested more than ${maxDepth} deep. A CAP message nests at most 5 levels (7 with a signature).`);
      }
      i = j + 1;
    }
  }
}

let parser: XMLParser | undefined;
function getParser(): XMLParser {
  parser ??= new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    cdataPropName: '#cdata',
    commentPropName: '#comment',
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  return parser;
}

/**
 * Decodes the five XML entities and character references (entity processing is off in the parser).
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

type RawNode = Record<string, unknown>;

function rawText(list: unknown): string {
  if (!Array.isArray(list)) return '';
  let out = '';
  for (const item of list as RawNode[]) {
    const t = item['#text'];
    if (t !== undefined) out += typeof t === 'string' ? t : String(t);
  }
  return out;
}

function toElement(node: RawNode, key: string, scope: ReadonlyMap<string, string>): CapXmlElement {
  const attrs = (node[':@'] ?? {}) as Record<string, unknown>;
  let local = scope;
  const attributes: string[] = [];
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (local === scope) local = new Map(scope);
      (local as Map<string, string>).set(name === 'xmlns' ? '' : name.slice(6), decodeXmlText(String(value)));
    } else attributes.push(name);
  }
  const colon = key.indexOf(':');
  const prefix = colon === -1 ? '' : key.slice(0, colon);
  const name = colon === -1 ? key : key.slice(colon + 1);
  const ns = local.get(prefix);
  if (ns === undefined) fail('MALFORMED_XML', `Element <${key}> uses the prefix "${prefix}", which is not declared. Declare it with xmlns:${prefix}="…".`);
  if (ns === XMLDSIG_NAMESPACE) return { name, ns, attributes, children: [], text: '' };
  const children: CapXmlElement[] = [];
  let text = '';
  const content = node[key];
  if (Array.isArray(content)) {
    for (const item of content as RawNode[]) {
      if ('#text' in item) text += decodeXmlText(String(item['#text']));
      else if ('#cdata' in item) text += rawText(item['#cdata']);
      else if ('#comment' in item) continue;
      else {
        const childKey = Object.keys(item).find((k) => k !== ':@');
        if (childKey !== undefined) children.push(toElement(item, childKey, local));
      }
    }
  }
  return { name, ns, attributes, children, text };
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
  const decoded = decodeCapBytes(input);
  return decoded.ok ? decoded.text : fail('MALFORMED_XML', decoded.message);
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
  prescan(xml, maxDepth);
  const wellFormed = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (wellFormed !== true) {
    fail('MALFORMED_XML', `Line ${wellFormed.err.line}, column ${wellFormed.err.col}: the document is not well-formed XML (${wellFormed.err.msg}).`);
  }
  let raw: RawNode[];
  try {
    raw = getParser().parse(xml) as RawNode[];
  } catch (e) {
    return fail('MALFORMED_XML', `The document is not well-formed XML (${e instanceof Error ? e.message : String(e)}).`);
  }
  const roots = raw.filter((n) => !('#text' in n) && !('#comment' in n) && Object.keys(n).some((k) => k !== ':@' && !k.startsWith('?')));
  if (roots.length === 0) fail('NOT_CAP', 'The document has no root element. A CAP 1.2 message is an <alert> element in the namespace urn:oasis:names:tc:emergency:cap:1.2.');
  if (roots.length > 1) fail('MALFORMED_XML', `The document has ${roots.length} root elements; XML allows exactly one (<alert>).`);
  for (const n of raw) {
    if ('#text' in n && String(n['#text']).trim() !== '') fail('MALFORMED_XML', 'Text was found outside the root element; only whitespace, comments and processing instructions are valid there.');
  }
  const rootNode = roots[0] as RawNode;
  const key = Object.keys(rootNode).find((k) => k !== ':@') as string;
  const root = toElement(rootNode, key, new Map([['', ''], ['xml', 'http://www.w3.org/XML/1998/namespace']]));
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
 * Parses CAP 1.2 XML (default namespace or any prefix) into the object model. A `Uint8Array` is decoded as its
 * byte-order mark or XML declaration says (UTF-8, UTF-16, ISO-8859-1, windows-1252, US-ASCII; see decode.ts).
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
