/**
 * The state of the XML reader (`xml-reader.ts`) and its scans below the element level: errors, characters and
 * names, references and text, comments, processing instructions and the XML declaration. Split from
 * `xml-reader.ts`; the element level (`Reader` there) extends `XmlScanner`.
 */

import { badCharacter, describeChar, isNameAbove127, isNameAscii, isNameStartAbove127, isNameStartAscii, isSpace } from './xml-chars.js';

import { XmlReadError, type XmlReadErrorCode, type XmlReadLimits, type XsiTypeName } from './xml-types.js';

/**
 * The namespace the prefix "xml" is bound to.
 *
 * @example
 * new XmlScanner('<a/>', XML_READ_DEFAULTS); // its scope starts with xml -> XML_NS
 */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/**
 * The namespace of "xmlns" attributes, which no document may declare.
 *
 * @example
 * readXml('<a xmlns:x="http://www.w3.org/2000/xmlns/"/>', XML_READ_DEFAULTS); // throws MALFORMED_XML
 */
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * The XML Schema instance namespace (`xsi:type`, `xsi:nil`, …).
 *
 * @example
 * XSI_NAMESPACE; //=> 'http://www.w3.org/2001/XMLSchema-instance'
 */
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * An open element on the reader's stack: its qualified name, its node and where its namespace scope began.
 *
 * @example
 * const top: Frame = { qname: 'alert', node: null, undo: 0 };
 */
export interface Frame {
  readonly qname: string;
  /** `null` while inside a skipped element. */
  readonly node: MutableElement | null;
  readonly undo: number;
}
/**
 * An element while it is read (the reader returns it as an `XmlElement`).
 *
 * @example
 * const el: MutableElement = { name: 'alert', ns: '', attributes: [], children: [], text: '' };
 */
export interface MutableElement {
  name: string;
  ns: string;
  attributes: string[];
  children: MutableElement[];
  text: string;
  xsiType?: XsiTypeName;
}

/**
 * A name or URI from the document, shortened for a message (a hostile one can be a megabyte long).
 *
 * @example
 * cut('x'.repeat(100)).length; //=> 58
 */
export function cut(s: string): string {
  return s.length <= 60 ? s : `${s.slice(0, 57)}…`;
}

/**
 * The scanner below the element level, with the state of the whole read; one instance per document (as the
 * `Reader` of `xml-reader.ts`, which extends it).
 *
 * @example
 * new XmlScanner('<a>\u0000</a>', XML_READ_DEFAULTS).checkCharacters(); // throws MALFORMED_XML
 */
export class XmlScanner {
  protected pos = 0;
  protected readonly n: number;
  protected nextAmp: number;
  protected nextCdEnd: number;
  protected readonly hasCr: boolean;
  protected elements = 0;
  protected comments = 0;
  protected cdataSections = 0;
  protected processingInstructions = 0;
  protected totalAttributes = 0;
  protected readonly nsBindings = new Set<string>();
  /** prefix -> namespace in scope ('' is the default namespace) */
  protected readonly scope = new Map<string, string>([['xml', XML_NS]]);
  /** undo log of the scope: [prefix, previous value or undefined] */
  protected readonly undoLog: [string, string | undefined][] = [];

  protected readonly s: string;
  protected readonly limits: XmlReadLimits;

  constructor(s: string, limits: XmlReadLimits) {
    this.s = s;
    this.limits = limits;
    this.n = s.length;
    this.nextAmp = s.indexOf('&');
    this.nextCdEnd = s.indexOf(']]>');
    this.hasCr = s.includes('\r');
  }

  // ---- errors ------------------------------------------------------------------------------------------------

  fail(code: XmlReadErrorCode, at: number, message: string): never {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(at, this.n);
    for (let i = this.s.indexOf('\n'); i !== -1 && i < end; i = this.s.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    // columns count characters, as editors do: a character outside the BMP (an emoji) is one, not two code units
    let column = 1;
    for (let i = lineStart; i < end; i++) {
      const c = this.s.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff || i === lineStart || !isHighSurrogate(this.s.charCodeAt(i - 1))) column++;
    }
    throw new XmlReadError(code, `Line ${line}, column ${column}: ${message}`);
  }

  protected malformed(at: number, message: string): never {
    return this.fail('MALFORMED_XML', at, `the document is not well-formed XML: ${message}`);
  }

  protected expected(at: number, what: string): never {
    return this.malformed(at, `expected ${what}, found ${describeChar(this.s.charCodeAt(at))}.`);
  }

  // ---- characters and names ----------------------------------------------------------------------------------

  /** Refuses characters XML 1.0 does not allow (`badCharacter`). */
  checkCharacters(): void {
    const bad = badCharacter(this.s);
    if (bad !== undefined) this.malformed(bad.at, bad.message);
  }

  /** Skips white space; returns whether there was any. */
  protected skipS(): boolean {
    const start = this.pos;
    while (this.pos < this.n && isSpace(this.s.charCodeAt(this.pos))) this.pos++;
    return this.pos > start;
  }

  /** Reads an XML Name at the current position; `what` names it in the error. */
  protected readName(what: string): string {
    const s = this.s;
    const start = this.pos;
    let i = start;
    let first = true;
    while (i < this.n) {
      const c = s.charCodeAt(i);
      let width = 1;
      let ok: boolean;
      if (c < 128) ok = first ? isNameStartAscii(c) : isNameAscii(c);
      else if (c >= 0xd800 && c <= 0xdbff) {
        ok = c <= 0xdb7f; // U+10000 to U+EFFFF
        width = 2;
      } else ok = first ? isNameStartAbove127(c) : isNameAbove127(c);
      if (!ok) break;
      i += width;
      first = false;
    }
    if (i === start) this.expected(start, what);
    this.pos = i;
    return s.slice(start, i);
  }

  /** Whether `s[i]` would continue a name (as `readName` reads one); false at the end of the text. */
  protected isNameCharAt(i: number): boolean {
    const c = this.s.charCodeAt(i);
    if (c < 128) return isNameAscii(c);
    if (c >= 0xd800 && c <= 0xdbff) return c <= 0xdb7f;
    return isNameAbove127(c); // NaN (the end) is false here too
  }

  /** Splits a qualified name; refuses names that are not QNames (Namespaces in XML 1.0, production [7]). */
  protected splitQName(qname: string, at: number): [string, string] {
    const colon = qname.indexOf(':');
    if (colon === -1) return ['', qname];
    if (colon === 0 || colon === qname.length - 1 || qname.indexOf(':', colon + 1) !== -1) {
      this.malformed(at, `the name "${cut(qname)}" is not a valid qualified name (at most one ":" with a name on each side).`);
    }
    const local = qname.slice(colon + 1);
    const lc = local.charCodeAt(0);
    if ((lc < 128 && !isNameStartAscii(lc)) || (lc >= 128 && lc < 0xd800 && !isNameStartAbove127(lc))) {
      this.malformed(at, `the name "${cut(qname)}" is not a valid qualified name (the part after ":" must start with a letter or "_").`);
    }
    return [qname.slice(0, colon), local];
  }

  // ---- references and text -----------------------------------------------------------------------------------

  /** The raw text `s[from, to)` with XML line ends normalised (CR LF and lone CR become LF). */
  protected rawText(from: number, to: number): string {
    const t = this.s.slice(from, to);
    return this.hasCr && t.includes('\r') ? t.replace(/\r\n?/g, '\n') : t;
  }

  /**
   * Checks and decodes the references in `s[from, to)` (text or an attribute value). Returns the decoded text when
   * `keep`, else ''. The "next &" position is cached, so all calls together scan the document once.
   */
  protected decode(from: number, to: number, keep: boolean): string {
    if (this.nextAmp !== -1 && this.nextAmp < from) this.nextAmp = this.s.indexOf('&', from);
    let amp = this.nextAmp;
    if (amp === -1 || amp >= to) return keep ? this.rawText(from, to) : '';
    const s = this.s;
    let out = '';
    let last = from;
    while (amp !== -1 && amp < to) {
      if (keep) out += this.rawText(last, amp);
      let end: number;
      if (s.charCodeAt(amp + 1) === 35 /* # */) {
        // a character reference may have any number of leading zeros ("&#x0000…0041;" is "A"): its digits are read
        // to their end, each once, instead of looking for ";" within 40 characters (red team: refused as an entity)
        let j = amp + 2;
        if (s.charCodeAt(j) === 120 /* x */) j++;
        while (j < to && /[0-9a-fA-F]/.test(s[j] as string)) j++;
        end = j < to && s.charCodeAt(j) === 59 /* ; */ ? j : -1;
      } else {
        const semi = s.indexOf(';', amp + 1);
        end = semi === -1 || semi >= to || semi - amp > 40 ? -1 : semi;
      }
      const body = end === -1 ? '' : s.slice(amp + 1, end);
      let ch: string;
      if (body === 'lt') ch = '<';
      else if (body === 'gt') ch = '>';
      else if (body === 'amp') ch = '&';
      else if (body === 'quot') ch = '"';
      else if (body === 'apos') ch = "'";
      else if (body.charCodeAt(0) === 35 /* # */) ch = this.charRef(body, amp);
      else {
        const shown = /^&[^;\s<&]{0,40};?/.exec(s.slice(amp, amp + 42))?.[0] ?? '&';
        this.fail(
          'ENTITY_FORBIDDEN',
          amp,
          `entity reference "${shown}" is not allowed. Only &lt; &gt; &amp; &quot; &apos; and character references (&#38;) are valid in CAP; write a literal "&" as &amp;.`,
        );
      }
      if (keep) out += ch;
      last = end + 1;
      amp = s.indexOf('&', last);
    }
    this.nextAmp = amp;
    return keep ? out + this.rawText(last, to) : '';
  }

  protected charRef(body: string, at: number): string {
    const hex = body.charCodeAt(1) === 120; /* x */
    const digits = body.slice(hex ? 2 : 1);
    const valid = hex ? /^[0-9a-fA-F]+$/.test(digits) : /^[0-9]+$/.test(digits);
    if (!valid) {
      this.fail('ENTITY_FORBIDDEN', at, `the character reference "&${body};" is not valid. Write &#NNN; (decimal) or &#xHHH; (hexadecimal); write a literal "&" as &amp;.`);
    }
    const cp = parseInt(digits, hex ? 16 : 10);
    const legal = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
    if (!legal) this.malformed(at, `the character reference "&${body};" names a character XML 1.0 does not allow.`);
    return String.fromCodePoint(cp);
  }

  /** Refuses "]]>" in character data `s[from, to)`; the position is cached like "&". */
  protected checkNoCdataEnd(from: number, to: number): void {
    if (this.nextCdEnd !== -1 && this.nextCdEnd < from) this.nextCdEnd = this.s.indexOf(']]>', from);
    if (this.nextCdEnd !== -1 && this.nextCdEnd < to) this.malformed(this.nextCdEnd, '"]]>" is not allowed in text; write it as "]]&gt;".');
  }

  // ---- markup other than elements ----------------------------------------------------------------------------

  /** At "<!--". */
  protected comment(): void {
    const start = this.pos;
    const dd = this.s.indexOf('--', start + 4);
    if (dd === -1) this.malformed(start, 'a comment "<!--" is never closed with "-->".');
    if (this.s.charCodeAt(dd + 2) !== 62 /* > */) this.malformed(dd, '"--" is not allowed inside a comment.');
    if (++this.comments > (this.limits.maxComments ?? Infinity)) this.tooMany(start, 'comments', 'maxComments', this.limits.maxComments);
    this.pos = dd + 3;
  }

  /** Refuses the document for one more `what` than the optional cap allows (a cap of 0: none at all). */
  protected tooMany(at: number, what: string, capName: string, cap: number | undefined): never {
    return this.fail(
      'TOO_LARGE',
      at,
      cap === 0 ? `the document has ${what}, which are not accepted here (the ${capName} cap is 0).` : `the document has more than ${cap ?? 0} ${what} (the ${capName} cap). A CAP message needs none.`,
    );
  }

  /** At "<?" (not the XML declaration). */
  protected processingInstruction(): void {
    const start = this.pos;
    if (++this.processingInstructions > (this.limits.maxProcessingInstructions ?? Infinity)) {
      this.tooMany(start, 'processing instructions', 'maxProcessingInstructions', this.limits.maxProcessingInstructions);
    }
    this.pos += 2;
    const target = this.readName('a processing instruction target after "<?"');
    if (target.toLowerCase() === 'xml') {
      this.malformed(start, 'the XML declaration "<?xml …?>" may only appear at the very start of the document.');
    }
    if (target.includes(':')) this.malformed(start, `the processing instruction target "${cut(target)}" contains ":".`);
    const end = this.s.indexOf('?>', this.pos);
    if (end === -1) this.malformed(start, 'a processing instruction "<?" is never closed with "?>".');
    if (end !== this.pos && !isSpace(this.s.charCodeAt(this.pos))) this.expected(this.pos, 'white space or "?>" after the processing instruction target');
    this.pos = end + 2;
  }

  /** At "<!" that is neither a comment nor CDATA. */
  protected declaration(): never {
    const at = this.pos;
    const word = this.s.slice(at + 2, at + 9).toUpperCase();
    if (word.startsWith('DOCTYPE')) {
      this.fail('DOCTYPE_FORBIDDEN', at, 'a DOCTYPE declaration was found. CAP messages must not carry a DTD (it can define entities that expand without bound or read local files); remove it.');
    }
    if (word.startsWith('ENTITY')) this.fail('ENTITY_FORBIDDEN', at, 'an ENTITY declaration was found. CAP messages must not declare entities; remove it.');
    return this.malformed(at, `unexpected markup "${this.s.slice(at, at + 12)}". Only elements, comments, CDATA and processing instructions are valid.`);
  }

  /** The XML declaration, if the document starts with one. */
  xmlDeclaration(): void {
    const s = this.s;
    if (!s.startsWith('<?xml') || !isSpace(s.charCodeAt(5))) return;
    this.pos = 5;
    const pseudo = (name: string, required: boolean, valid: RegExp, validText: string): boolean => {
      const before = this.pos;
      const hadS = this.skipS();
      if (!s.startsWith(name, this.pos)) {
        if (required) this.expected(this.pos, `"${name}" in the XML declaration`);
        this.pos = before;
        return false;
      }
      if (!hadS) this.expected(before, 'white space in the XML declaration');
      this.pos += name.length;
      this.skipS();
      if (s.charCodeAt(this.pos) !== 61 /* = */) this.expected(this.pos, `"=" after ${name}`);
      this.pos++;
      this.skipS();
      const q = s.charCodeAt(this.pos);
      if (q !== 34 && q !== 39) this.expected(this.pos, `a quoted ${name} value`);
      const close = s.indexOf(String.fromCharCode(q), this.pos + 1);
      if (close === -1) this.malformed(this.pos, `the ${name} value is never closed.`);
      const value = s.slice(this.pos + 1, close);
      if (!valid.test(value)) this.malformed(this.pos, `${name}="${value.slice(0, 40)}" is not valid in the XML declaration (${validText}).`);
      this.pos = close + 1;
      return true;
    };
    pseudo('version', true, /^1\.0$/, '"1.0"; CAP is XML 1.0');
    pseudo('encoding', false, /^[A-Za-z][A-Za-z0-9._-]*$/, 'an encoding name such as "UTF-8"');
    pseudo('standalone', false, /^(?:yes|no)$/, '"yes" or "no"');
    this.skipS();
    if (!s.startsWith('?>', this.pos)) this.expected(this.pos, '"?>" closing the XML declaration');
    this.pos += 2;
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
