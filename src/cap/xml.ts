/**
 * CAP object model -> XML. The only module that imports `xmlbuilder2`.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { CAP_NAMESPACE, type CapAlert, type CapArea, type CapInfo, type CapResource, type CapValuePair } from './model.js';

/**
 * xmlbuilder2 leaves an `&` that starts something entity-like (`&nbsp;`, `&amp;`) as it is, which would write an
 * undeclared entity or lose a level of escaping. CAP text is plain text, so every `&` is escaped here first;
 * xmlbuilder2 then escapes `<` and `>` and keeps our `&amp;`.
 */
function esc(value: string): string {
  return value.replace(/&/g, '&amp;');
}

function text(parent: XMLBuilder, name: string, value: string | number | undefined): void {
  if (value === undefined) return;
  parent.ele(name).txt(esc(String(value)));
}

function pairs(parent: XMLBuilder, name: string, list: readonly CapValuePair[]): void {
  for (const p of list) {
    const e = parent.ele(name);
    e.ele('valueName').txt(esc(p.valueName));
    e.ele('value').txt(esc(p.value));
  }
}

function writeResource(parent: XMLBuilder, r: CapResource): void {
  const e = parent.ele('resource');
  text(e, 'resourceDesc', r.resourceDesc);
  text(e, 'mimeType', r.mimeType);
  text(e, 'size', r.size);
  text(e, 'uri', r.uri);
  text(e, 'derefUri', r.derefUri);
  text(e, 'digest', r.digest);
}

function writeArea(parent: XMLBuilder, a: CapArea): void {
  const e = parent.ele('area');
  text(e, 'areaDesc', a.areaDesc);
  for (const p of a.polygon) text(e, 'polygon', p);
  for (const c of a.circle) text(e, 'circle', c);
  pairs(e, 'geocode', a.geocode);
  text(e, 'altitude', a.altitude);
  text(e, 'ceiling', a.ceiling);
}

function writeInfo(parent: XMLBuilder, info: CapInfo): void {
  const e = parent.ele('info');
  text(e, 'language', info.language);
  for (const c of info.category) text(e, 'category', c);
  text(e, 'event', info.event);
  for (const r of info.responseType) text(e, 'responseType', r);
  text(e, 'urgency', info.urgency);
  text(e, 'severity', info.severity);
  text(e, 'certainty', info.certainty);
  text(e, 'audience', info.audience);
  pairs(e, 'eventCode', info.eventCode);
  text(e, 'effective', info.effective);
  text(e, 'onset', info.onset);
  text(e, 'expires', info.expires);
  text(e, 'senderName', info.senderName);
  text(e, 'headline', info.headline);
  text(e, 'description', info.description);
  text(e, 'instruction', info.instruction);
  text(e, 'web', info.web);
  text(e, 'contact', info.contact);
  pairs(e, 'parameter', info.parameter);
  for (const r of info.resource) writeResource(e, r);
  for (const a of info.area) writeArea(e, a);
}

/**
 * Writes a CAP alert as UTF-8 XML in the CAP 1.2 namespace, elements in schema order, text escaped.
 *
 * @example
 * const xml = toCapXml(alert);
 * xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'); //=> true
 */
export function toCapXml(alert: CapAlert): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(CAP_NAMESPACE, 'alert');
  text(root, 'identifier', alert.identifier);
  text(root, 'sender', alert.sender);
  text(root, 'sent', alert.sent);
  text(root, 'status', alert.status);
  text(root, 'msgType', alert.msgType);
  text(root, 'source', alert.source);
  text(root, 'scope', alert.scope);
  text(root, 'restriction', alert.restriction);
  text(root, 'addresses', alert.addresses);
  for (const c of alert.code) text(root, 'code', c);
  text(root, 'note', alert.note);
  if (alert.references !== undefined && alert.references.length > 0) text(root, 'references', alert.references.join(' '));
  text(root, 'incidents', alert.incidents);
  for (const info of alert.info) writeInfo(root, info);
  return `${doc.end({ prettyPrint: true, indent: '  ', newline: '\n' })}\n`;
}
