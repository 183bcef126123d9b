/**
 * The public shapes of the XML reader (`readXml` in ./xml-reader.ts): its error, the element it returns and its
 * caps.
 */

/**
 * Why `readXml` refused a document.
 *
 * @example
 * const code: XmlReadErrorCode = 'MALFORMED_XML';
 */
export type XmlReadErrorCode = 'DOCTYPE_FORBIDDEN' | 'ENTITY_FORBIDDEN' | 'TOO_DEEP' | 'TOO_LARGE' | 'MALFORMED_XML';

/**
 * Thrown by `readXml`; the message starts with the line and column.
 *
 * @example
 * try {
 *   readXml('<a><b></a>', XML_READ_DEFAULTS);
 * } catch (e) {
 *   if (e instanceof XmlReadError) e.code; //=> 'MALFORMED_XML'
 * }
 */
export class XmlReadError extends Error {
  override name = 'XmlReadError' as const;
  readonly code: XmlReadErrorCode;

  constructor(code: XmlReadErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * One element read by `readXml`.
 *
 * @example
 * const e: XmlElement = readXml('<a xmlns="urn:x">hi</a>', XML_READ_DEFAULTS) as XmlElement;
 * e.ns; //=> 'urn:x'
 */
export interface XmlElement {
  /** Local name. */
  readonly name: string;
  /** Namespace URI, `''` when none. */
  readonly ns: string;
  /** Attribute names as written (qualified), other than namespace declarations. */
  readonly attributes: readonly string[];
  /** Child elements in document order (empty for an element in `skipNamespace`). */
  readonly children: readonly XmlElement[];
  /** The decoded character content (text and CDATA) directly inside the element. */
  readonly text: string;
  /** The type its `xsi:type` attribute names, when it has one. */
  readonly xsiType?: XsiTypeName;
}

/**
 * The type an `xsi:type` attribute names: its value as written, and the namespace and local name it resolves to
 * (`ns` undefined when its prefix is not declared).
 *
 * @example
 * const t: XsiTypeName = { value: 'xs:string', ns: 'http://www.w3.org/2001/XMLSchema', local: 'string' };
 */
export interface XsiTypeName {
  readonly value: string;
  readonly ns: string | undefined;
  readonly local: string;
}

/**
 * The caps of `readXml`.
 *
 * @example
 * readXml(xml, { ...XML_READ_DEFAULTS, maxDepth: 8 });
 */
export interface XmlReadLimits {
  /** Deepest element nesting (the root is depth 1). */
  readonly maxDepth: number;
  /** Most elements in the document. */
  readonly maxElements: number;
  /** Most attributes (namespace declarations included) on one element. */
  readonly maxAttributes: number;
  /** Most namespace declarations in the whole document. */
  readonly maxNamespaceDeclarations: number;
  /** Most comments in the whole document; no cap when left out (`verifyCap` and `signCap` set the four below). */
  readonly maxComments?: number;
  /** Most CDATA sections in the whole document; no cap when left out. */
  readonly maxCdataSections?: number;
  /** Most processing instructions (the XML declaration is not one); no cap when left out. */
  readonly maxProcessingInstructions?: number;
  /** Most attributes in the whole document, namespace declarations included; no cap when left out. */
  readonly maxTotalAttributes?: number;
  /** Elements in this namespace are checked for well-formedness but kept without children or text. */
  readonly skipNamespace?: string;
}

/**
 * The default caps: a CAP message nests 5 deep (7 with a signature), has a few hundred elements and declares one
 * or two namespaces.
 *
 * @example
 * XML_READ_DEFAULTS.maxElements; //=> 50000
 */
export const XML_READ_DEFAULTS: XmlReadLimits = {
  maxDepth: 32,
  maxElements: 50_000,
  maxAttributes: 64,
  maxNamespaceDeclarations: 64,
};
