/**
 * XML-level checks of a CAP 1.2 element tree: what the CAP 1.2 schema enforces that the object model cannot show
 * (element order, required elements, multiplicity, unknown elements and attributes, text where only elements
 * belong, numeric types, an empty `<references>`).
 */
import { CAP_NAMESPACE } from '../cap/model.js';
import { XMLDSIG_NAMESPACE, type CapXmlElement } from '../cap/parse.js';
import type { IssueList } from './issues.js';
import { cutText, quoteValue } from './quote.js';
import { xsiTypeProblem } from './xsi-type.js';

type Kind = 'text' | 'integer' | 'decimal' | 'references' | 'pair' | 'info' | 'resource' | 'area';

interface Particle {
  readonly name: string;
  readonly min: 0 | 1;
  readonly many: boolean;
  readonly kind: Kind;
}

/** A content model: its particles in order, and each particle's index by element name (one lookup per child). */
interface Model {
  readonly parts: readonly Particle[];
  readonly index: ReadonlyMap<string, number>;
}

type Models = Readonly<Record<'alert' | 'info' | 'resource' | 'area' | 'pair', Model>>;

let models: Models | undefined;

function model(parts: readonly Particle[]): Model {
  return { parts, index: new Map(parts.map((part, k) => [part.name, k])) };
}

function p(spec: string, kind: Kind = 'text'): Particle {
  // "name" = exactly one, "name?" = optional, "name*" = any number, "name+" = one or more
  const last = spec.at(-1);
  const name = last === '?' || last === '*' || last === '+' ? spec.slice(0, -1) : spec;
  return { name, min: last === '?' || last === '*' ? 0 : 1, many: last === '*' || last === '+', kind };
}

/** The CAP 1.2 content models (from the data dictionary), built on first use. */
function getModels(): Models {
  models ??= {
    alert: model([
      p('identifier'), p('sender'), p('sent'), p('status'), p('msgType'), p('source?'), p('scope'), p('restriction?'),
      p('addresses?'), p('code*'), p('note?'), p('references?', 'references'), p('incidents?'), p('info*', 'info'),
    ]),
    info: model([
      p('language?'), p('category+'), p('event'), p('responseType*'), p('urgency'), p('severity'), p('certainty'),
      p('audience?'), p('eventCode*', 'pair'), p('effective?'), p('onset?'), p('expires?'), p('senderName?'),
      p('headline?'), p('description?'), p('instruction?'), p('web?'), p('contact?'), p('parameter*', 'pair'),
      p('resource*', 'resource'), p('area*', 'area'),
    ]),
    resource: model([p('resourceDesc'), p('mimeType'), p('size?', 'integer'), p('uri?'), p('derefUri?'), p('digest?')]),
    area: model([
      p('areaDesc'), p('polygon*'), p('circle*'), p('geocode*', 'pair'), p('altitude?', 'decimal'), p('ceiling?', 'decimal'),
    ]),
    pair: model([p('valueName'), p('value')]),
  };
  return models;
}

// xs:integer and xs:decimal collapse XML whitespace (space, tab, CR, LF) around the value; nothing else
const INTEGER = /^[ \t\n\r]*[+-]?\d+[ \t\n\r]*$/;
const DECIMAL = /^[ \t\n\r]*[+-]?(\d+(\.\d*)?|\.\d+)[ \t\n\r]*$/;

/** An element's name (cut to 60 characters, as every name echoed in a path or message), with its namespace. */
function display(e: CapXmlElement): string {
  const name = cutText(e.name);
  return e.ns === CAP_NAMESPACE ? name : e.ns === '' ? `${name} (no namespace)` : `${name} (namespace ${cutText(e.ns)})`;
}

function expected(model: readonly Particle[], from: number): string {
  const out: string[] = [];
  for (let k = from; k < model.length; k++) {
    const part = model[k] as Particle;
    out.push(`<${part.name}>`);
    if (part.min === 1) break;
  }
  return out.length === 0 ? 'no further element' : out.join(', ');
}

/** The path of a child: `parent/name`, or `parent/name[n]` when the element may repeat (`n` > 0). */
function childPathOf(parent: string, name: string, n: number): string {
  return n === 0 ? `${parent}/${name}` : `${parent}/${name}[${n}]`;
}

/** A text-only element; its path (`parent`, `n` as in `childPathOf`) is built only for an issue. */
function checkSimple(e: CapXmlElement, kind: Kind, parent: string, n: number, out: IssueList): void {
  if (e.attributes.length === 0 && e.children.length === 0 && kind === 'text') return;
  const path = childPathOf(parent, e.name, n);
  checkAttributes(e, path, out);
  for (const c of e.children) {
    out.error('UNSUPPORTED_ELEMENT', () => `${path}/${cutText(c.name)}`, () => `Unsupported element <${display(c)}> inside <${e.name}>. <${e.name}> holds text only.`);
  }
  if (kind === 'integer' && !INTEGER.test(e.text)) {
    out.error('INVALID_VALUE', path, `Unsupported value <${e.name}> = ${quoteValue(e.text)}. Must be a whole number of bytes, e.g. "48213".`);
  }
  if (kind === 'decimal' && !DECIMAL.test(e.text)) {
    out.error('INVALID_VALUE', path, `Unsupported value <${e.name}> = ${quoteValue(e.text)}. Must be a decimal number of feet, e.g. "1500" or "1500.5".`);
  }
  if (kind === 'references' && xmlTrim(e.text) === '') {
    // xs:string allows an empty value (real IPAWS and NAAD messages carry <references/>): a warning, not an error
    out.warning('EMPTY_ELEMENT', path, `<references> is empty${e.text === '' ? '' : ` (only white space: ${quoteValue(e.text)})`}; leave it out when there is nothing to reference. Valid CAP, but an Update or Cancel must list the sender,identifier,sent triplets of the messages it follows.`);
  }
}

/**
 * `text` without leading and trailing XML white space (#x20, #x9, #xD, #xA) only: what element-only content may
 * hold. `String.prototype.trim` also removes U+00A0, U+FEFF, U+2028, U+3000 and others, which the XSD refuses.
 */
function xmlTrim(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && isXmlSpace(text.charCodeAt(a))) a++;
  while (b > a && isXmlSpace(text.charCodeAt(b - 1))) b--;
  return text.slice(a, b);
}

/** The XML Schema instance attributes the official schema lets a CAP element carry (xsi:nil is not one; xsi:type only naming a type derived from the element's: src/validate/xsi-type.ts). */
const XSI_ALLOWED = new Set(['xsi:schemaLocation', 'xsi:noNamespaceSchemaLocation', 'xsi:type']);

/**
 * Attributes: CAP 1.2 elements carry none but the schema-instance ones in `XSI_ALLOWED` (namespace declarations
 * aside). `xsi:nil` is refused with any value: no CAP element is nillable, and the schema refuses it even as
 * "false"; so is any other `xsi:` name, which the schema-instance namespace does not define.
 */
function checkAttributes(e: CapXmlElement, path: string, out: IssueList): void {
  for (const a of e.attributes) {
    if (a === 'xsi:type' && e.xsiType !== undefined) {
      const problem = xsiTypeProblem(e.name, e.xsiType);
      if (problem !== undefined) out.error('UNSUPPORTED_ATTRIBUTE', `${path}/@xsi:type`, `Unsupported attribute xsi:type=${quoteValue(e.xsiType.value, 40)} on <${e.name}>: ${problem}`);
      continue;
    }
    if (XSI_ALLOWED.has(a)) continue;
    if (a === 'xsi:nil') {
      out.error('UNSUPPORTED_ATTRIBUTE', `${path}/@${a}`, `Unsupported attribute "xsi:nil" on <${e.name}>. No CAP 1.2 element is nillable, so the schema refuses xsi:nil with any value, "false" too; remove the attribute (leave an optional element out instead of marking it nil).`);
    } else {
      out.error('UNSUPPORTED_ATTRIBUTE', () => `${path}/@${cutText(a)}`, () => `Unsupported attribute "${cutText(a)}" on <${e.name}>. CAP 1.2 elements carry no attributes (namespace declarations and xsi:schemaLocation aside).`);
    }
  }
}

function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Whether `e` has a CAP child named `name` (asked only when a required element was skipped). */
function hasCapChild(e: CapXmlElement, name: string): boolean {
  return e.children.some((c) => c.ns === CAP_NAMESPACE && c.name === name);
}

function checkComplex(e: CapXmlElement, m: Model, path: string, out: IssueList, missing: Set<string>): void {
  checkAttributes(e, path, out);
  const stray = xmlTrim(e.text);
  if (stray !== '') {
    out.error('INVALID_CHARACTERS', path, `Invalid characters in element <${e.name}>: ${quoteValue(stray, 40)}. <${e.name}> holds only child elements; put text inside one of them (only spaces, tabs and line breaks may stand between them).`);
  }
  const model = m.parts;
  const isAlert = m === getModels().alert;
  // how many of each particle's elements were seen so far, by particle index
  const counts = new Array<number>(model.length).fill(0);
  let pos = 0; // index into model of the next particle that may still match
  let signatureSeen = false;
  for (const c of e.children) {
    if (isAlert && c.ns === XMLDSIG_NAMESPACE) {
      signatureSeen = true;
      continue;
    }
    const idx = c.ns === CAP_NAMESPACE ? (m.index.get(c.name) ?? -1) : -1;
    if (idx === -1) {
      const at = pos; // messages are built later, and only for listed issues
      out.error('UNSUPPORTED_ELEMENT', () => `${path}/${cutText(c.name)}`, () => `Unsupported element <${display(c)}> in <${e.name}>. Expected ${expected(model, at)}${isAlert ? ' or an XML-DSig <Signature>' : ''}; every CAP element is in the namespace ${CAP_NAMESPACE}.`);
      continue;
    }
    const part = model[idx] as Particle;
    const seen = counts[idx] as number;
    const n = seen + 1;
    const nth = part.many ? n : 0; // the index in the child's path, 0 for none
    if (signatureSeen) {
      out.error('INVALID_SEQUENCE', () => childPathOf(path, c.name, nth), () => `Elements are not in the correct sequence order: <${c.name}> comes after <Signature>. The signature must be the last child of <alert>.`);
    } else if (idx < pos) {
      if (seen > 0 && !part.many) {
        out.error('DUPLICATE_ELEMENT', () => `${path}/${c.name}[${n}]`, () => `Invalid duplicate <${c.name}>. <${e.name}> allows one <${c.name}>; remove the extra one.`);
      } else {
        // outOfOrder walks the siblings: built only for a listed issue, so many misplaced elements stay linear
        out.error('INVALID_SEQUENCE', () => childPathOf(path, c.name, nth), () => outOfOrder(e, m, c, idx));
      }
    } else {
      for (let k = pos; k < idx; k++) {
        const skipped = model[k] as Particle;
        if (skipped.min === 1 && !hasCapChild(e, skipped.name)) {
          const mp = skipped.many ? `${path}/${skipped.name}[1]` : `${path}/${skipped.name}`;
          missing.add(mp);
          // the path names the element that exists (the parent), the message the one that is missing
          out.error('MISSING_REQUIRED_ELEMENT', path, `The content of <${e.name}> is not complete: <${skipped.name}> is required before <${c.name}>.`);
        }
      }
      pos = part.many ? idx : idx + 1;
    }
    counts[idx] = n;
    checkChild(c, part.kind, path, nth, out, missing);
  }
  for (let k = pos; k < model.length; k++) {
    const part = model[k] as Particle;
    if (part.min === 1 && !hasCapChild(e, part.name)) {
      const mp = part.many ? `${path}/${part.name}[1]` : `${path}/${part.name}`;
      missing.add(mp);
      out.error('MISSING_REQUIRED_ELEMENT', path, `The content of <${e.name}> is not complete: <${part.name}> is required.`);
    }
  }
}

/**
 * The message for `c` (particle `idx`) found after an element it must precede: names that element, the first
 * earlier sibling whose place in the content model is later ("<resource> must come before <area>"), and says
 * when other elements of the same name stand before it, so the reader knows to move them together.
 */
function outOfOrder(e: CapXmlElement, m: Model, c: CapXmlElement, idx: number): string {
  let later: CapXmlElement | undefined;
  let sameBefore = false; // an element named like c stands before `later`
  for (const s of e.children) {
    if (s === c) break;
    if (s.ns !== CAP_NAMESPACE) continue;
    if (later === undefined && s.name === c.name) sameBefore = true;
    if (later === undefined && (m.index.get(s.name) ?? -1) > idx) later = s;
  }
  const before = later === undefined ? 'an earlier element' : `<${later.name}>`;
  const rule = sameBefore
    ? `all <${c.name}> elements must be together, before ${before}`
    : `<${c.name}> must come before ${before}`;
  return `Elements are not in the correct sequence order: ${rule}. CAP 1.2 fixes the order of the elements in <${e.name}> (see the data dictionary); move it.`;
}

function checkChild(c: CapXmlElement, kind: Kind, parent: string, n: number, out: IssueList, missing: Set<string>): void {
  const m = getModels();
  if (kind === 'pair' || kind === 'info' || kind === 'resource' || kind === 'area') checkComplex(c, m[kind], childPathOf(parent, c.name, n), out, missing);
  else checkSimple(c, kind, parent, n, out);
}

/**
 * Checks the structure of a parsed `<alert>` tree against the CAP 1.2 content models. Adds the paths of missing
 * required elements to `missing`, so value checks on the model can skip them.
 *
 * @example
 * const out = new IssueList();
 * checkCapStructure(parseCapDocument(xml), out, new Set());
 */
export function checkCapStructure(root: CapXmlElement, out: IssueList, missing: Set<string>): void {
  checkComplex(root, getModels().alert, '/alert', out, missing);
}
