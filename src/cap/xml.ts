/**
 * CAP object model -> XML.
 *
 * The writer is our own, not xmlbuilder2: xmlbuilder2 4 pulls Node's `url` and `events` modules into a browser
 * bundle and weighs ~480 KB minified, and the core entry must run in browsers and stay small. CAP has a fixed
 * element tree and only text content (no attributes but the namespace), so the whole job is: elements in schema
 * order, text escaped. `test/cap/xml-writer.test.ts` checks that our output is byte-for-byte what xmlbuilder2's
 * document API writes for the same alerts.
 */
import { CAP_NAMESPACE, type CapAlert, type CapArea, type CapInfo, type CapResource, type CapValuePair } from './model.js';
import { BlueAlertError, issue } from '../errors.js';
import { plainNumber } from './number-text.js';

/**
 * Characters XML 1.0 does not allow at all (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF).
 * They carry no meaning in alert text and would make the document ill-formed, so they are dropped.
 */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_ESCAPE = /[&<>\r]/;
const INVALID_TEST = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/**
 * Drops the characters XML 1.0 cannot carry (C0 controls other than tab, LF and CR; lone surrogates; U+FFFE and
 * U+FFFF). The request stage uses it so the model holds exactly what the XML will.
 *
 * @example
 * removeNonXmlChars('bell\u0007 tower'); //=> 'bell tower'
 */
export function removeNonXmlChars(value: string): string {
  return INVALID_TEST.test(value) ? value.replace(INVALID_XML_CHARS, '') : value;
}

/**
 * Escapes text content: `&`, `<`, `>` as entities, and CR as `&#xD;` so it survives XML line-end normalisation.
 *
 * @example
 * escapeXmlText('A & B <c>'); //=> 'A &amp; B &lt;c&gt;'
 */
export function escapeXmlText(value: string): string {
  const v = removeNonXmlChars(value);
  if (!NEEDS_ESCAPE.test(v)) return v;
  return v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

/** Appends `<name>text</name>` (or `<name/>` for empty text) on its own indented line. */
function el(out: string[], indent: string, name: string, value: string | number | undefined): void {
  if (value === undefined) return;
  const t = escapeXmlText(typeof value === 'number' ? plainNumber(value) : String(value));
  out.push(t === '' ? `${indent}<${name}/>` : `${indent}<${name}>${t}</${name}>`);
}

function pairs(out: string[], indent: string, name: string, list: readonly CapValuePair[]): void {
  const inner = `${indent}  `;
  for (const p of list) {
    out.push(`${indent}<${name}>`);
    el(out, inner, 'valueName', p.valueName);
    el(out, inner, 'value', p.value);
    out.push(`${indent}</${name}>`);
  }
}

/**
 * Refuses a number the schema type cannot take from this value (report 19c C02): NaN or Infinity, a fraction in
 * <size>, or a <size> above 2^53 - 1, which a JavaScript number does not hold exactly (it would be written rounded).
 */
function checkNumber(path: string, value: number | undefined, integer: boolean): void {
  if (value === undefined) return;
  const bad = !Number.isFinite(value) || (integer && !Number.isSafeInteger(value));
  if (!bad) return;
  const valid = integer ? 'a whole number of bytes from 0 to 9007199254740991 (2^53 - 1)' : 'a finite decimal number of feet';
  throw new BlueAlertError([issue('invalid_value', path, `Cannot write ${path} = ${String(value)}: must be ${valid}; a larger whole number cannot be written exactly. Fix the model, or leave the element out.`)]);
}

function writeResource(out: string[], indent: string, r: CapResource, path: string): void {
  const i = `${indent}  `;
  checkNumber(`${path}/size`, r.size, true);
  out.push(`${indent}<resource>`);
  el(out, i, 'resourceDesc', r.resourceDesc);
  el(out, i, 'mimeType', r.mimeType);
  el(out, i, 'size', r.size);
  el(out, i, 'uri', r.uri);
  el(out, i, 'derefUri', r.derefUri);
  el(out, i, 'digest', r.digest);
  out.push(`${indent}</resource>`);
}

function writeArea(out: string[], indent: string, a: CapArea, path: string): void {
  const i = `${indent}  `;
  checkNumber(`${path}/altitude`, a.altitude, false);
  checkNumber(`${path}/ceiling`, a.ceiling, false);
  out.push(`${indent}<area>`);
  el(out, i, 'areaDesc', a.areaDesc);
  for (const p of a.polygon) el(out, i, 'polygon', p);
  for (const c of a.circle) el(out, i, 'circle', c);
  pairs(out, i, 'geocode', a.geocode);
  el(out, i, 'altitude', a.altitude);
  el(out, i, 'ceiling', a.ceiling);
  out.push(`${indent}</area>`);
}

function writeInfo(out: string[], info: CapInfo, path: string): void {
  const i = '    ';
  out.push('  <info>');
  el(out, i, 'language', info.language);
  for (const c of info.category) el(out, i, 'category', c);
  el(out, i, 'event', info.event);
  for (const r of info.responseType) el(out, i, 'responseType', r);
  el(out, i, 'urgency', info.urgency);
  el(out, i, 'severity', info.severity);
  el(out, i, 'certainty', info.certainty);
  el(out, i, 'audience', info.audience);
  pairs(out, i, 'eventCode', info.eventCode);
  el(out, i, 'effective', info.effective);
  el(out, i, 'onset', info.onset);
  el(out, i, 'expires', info.expires);
  el(out, i, 'senderName', info.senderName);
  el(out, i, 'headline', info.headline);
  el(out, i, 'description', info.description);
  el(out, i, 'instruction', info.instruction);
  el(out, i, 'web', info.web);
  el(out, i, 'contact', info.contact);
  pairs(out, i, 'parameter', info.parameter);
  info.resource.forEach((r, k) => writeResource(out, i, r, `${path}/resource[${k + 1}]`));
  info.area.forEach((a, k) => writeArea(out, i, a, `${path}/area[${k + 1}]`));
  out.push('  </info>');
}

/** What `toCapXml` received instead of a model, for its error. */
function received(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return 'a string (XML text?)';
  if (v instanceof String) return 'a String object';
  return Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object without the model\'s fields' : `a ${typeof v}`;
}

/**
 * Refuses what is not a CAP alert model with a `BlueAlertError` (report 19c C09), not a raw TypeError: XML text
 * (an easy slip next to `validateCap`, which takes both), null, or an object without `identifier`, `code` and `info`.
 */
function checkModelArgument(alert: unknown): asserts alert is CapAlert {
  const a = alert as Partial<Record<keyof CapAlert, unknown>> | null;
  const isModel = typeof a === 'object' && a !== null && !Array.isArray(a) && !(a instanceof String) && typeof a.identifier === 'string' && Array.isArray(a.code) && Array.isArray(a.info);
  if (isModel) return;
  const hint = typeof alert === 'string' || alert instanceof String ? ' To re-write XML, read it first: toCapXml(parseCap(xml)).' : ' Build one with buildBlueAlert or read one with parseCap(xml).';
  throw new BlueAlertError([issue('invalid_type', 'alert', `toCapXml expects a CAP alert model (an object with identifier, code[] and info[]); received ${received(alert)}.${hint}`)]);
}

/**
 * Writes a CAP alert as UTF-8 XML in the CAP 1.2 namespace (default namespace), elements in schema order, two
 * spaces of indentation, text escaped, a final newline. Characters XML 1.0 cannot carry (C0 controls other than
 * tab, LF and CR, lone surrogates, U+FFFE, U+FFFF) are removed: `validateCap` on the model reports each as
 * `INVALID_CHARACTERS` with its path, so validate the model before writing it. Numbers are written in plain
 * decimal, never with an exponent. Throws `BlueAlertError` when `alert` is not a model (XML text, null) or a
 * number cannot be written as its schema type (NaN; a `size` above 2^53 - 1).
 *
 * @example
 * const xml = toCapXml(alert);
 * xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">'); //=> true
 */
export function toCapXml(alert: CapAlert): string {
  checkModelArgument(alert);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', `<alert xmlns="${CAP_NAMESPACE}">`];
  const i = '  ';
  el(out, i, 'identifier', alert.identifier);
  el(out, i, 'sender', alert.sender);
  el(out, i, 'sent', alert.sent);
  el(out, i, 'status', alert.status);
  el(out, i, 'msgType', alert.msgType);
  el(out, i, 'source', alert.source);
  el(out, i, 'scope', alert.scope);
  el(out, i, 'restriction', alert.restriction);
  el(out, i, 'addresses', alert.addresses);
  for (const c of alert.code) el(out, i, 'code', c);
  el(out, i, 'note', alert.note);
  if (alert.references !== undefined && alert.references.length > 0) el(out, i, 'references', alert.references.join(' '));
  el(out, i, 'incidents', alert.incidents);
  alert.info.forEach((info, k) => writeInfo(out, info, `/alert/info[${k + 1}]`));
  out.push('</alert>', '');
  return out.join('\n');
}
