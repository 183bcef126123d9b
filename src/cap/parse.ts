/**
 * CAP XML -> object model. The only module that imports `fast-xml-parser`.
 * (First version; the validation issue hardens it against hostile input.)
 */
import { XMLParser } from 'fast-xml-parser';
import type { CapAlert, CapArea, CapInfo, CapResource, CapValuePair } from './model.js';

type Node = Record<string, unknown>;

const ARRAYS = new Set(['code', 'info', 'category', 'responseType', 'eventCode', 'parameter', 'resource', 'area', 'polygon', 'circle', 'geocode']);

let parser: XMLParser | undefined;
function getParser(): XMLParser {
  parser ??= new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    processEntities: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => ARRAYS.has(name),
  });
  return parser;
}

function unescape(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    switch (e.toLowerCase()) {
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

function str(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return unescape(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}
function strs(v: unknown): string[] {
  return Array.isArray(v) ? v.map((x) => str(x) ?? '') : [];
}
function nodes(v: unknown): Node[] {
  return Array.isArray(v) ? (v.filter((x) => typeof x === 'object' && x !== null) as Node[]) : [];
}
function pairs(v: unknown): CapValuePair[] {
  return nodes(v).map((n) => ({ valueName: str(n['valueName']) ?? '', value: str(n['value']) ?? '' }));
}
function opt<K extends string>(key: K, v: string | undefined): { [P in K]?: string } {
  return (v === undefined ? {} : { [key]: v }) as { [P in K]?: string };
}
function num<K extends string>(key: K, v: unknown): { [P in K]?: number } {
  const s = str(v);
  return (s === undefined ? {} : { [key]: Number(s) }) as { [P in K]?: number };
}

function area(n: Node): CapArea {
  return {
    areaDesc: str(n['areaDesc']) ?? '',
    polygon: strs(n['polygon']),
    circle: strs(n['circle']),
    geocode: pairs(n['geocode']),
    ...num('altitude', n['altitude']),
    ...num('ceiling', n['ceiling']),
  };
}
function resource(n: Node): CapResource {
  return {
    resourceDesc: str(n['resourceDesc']) ?? '',
    mimeType: str(n['mimeType']) ?? '',
    ...num('size', n['size']),
    ...opt('uri', str(n['uri'])),
    ...opt('derefUri', str(n['derefUri'])),
    ...opt('digest', str(n['digest'])),
  };
}
function info(n: Node): CapInfo {
  return {
    ...opt('language', str(n['language'])),
    category: strs(n['category']),
    event: str(n['event']) ?? '',
    responseType: strs(n['responseType']),
    urgency: str(n['urgency']) ?? '',
    severity: str(n['severity']) ?? '',
    certainty: str(n['certainty']) ?? '',
    ...opt('audience', str(n['audience'])),
    eventCode: pairs(n['eventCode']),
    ...opt('effective', str(n['effective'])),
    ...opt('onset', str(n['onset'])),
    ...opt('expires', str(n['expires'])),
    ...opt('senderName', str(n['senderName'])),
    ...opt('headline', str(n['headline'])),
    ...opt('description', str(n['description'])),
    ...opt('instruction', str(n['instruction'])),
    ...opt('web', str(n['web'])),
    ...opt('contact', str(n['contact'])),
    parameter: pairs(n['parameter']),
    resource: nodes(n['resource']).map(resource),
    area: nodes(n['area']).map(area),
  };
}

/**
 * Parses CAP 1.2 XML into the object model.
 *
 * @example
 * parseCap(result.xml).info[0]?.event; //=> 'Blue Alert'
 */
export function parseCap(xml: string): CapAlert {
  const doc = getParser().parse(xml) as Node;
  const a = (doc['alert'] ?? {}) as Node;
  const refs = str(a['references']);
  return {
    identifier: str(a['identifier']) ?? '',
    sender: str(a['sender']) ?? '',
    sent: str(a['sent']) ?? '',
    status: str(a['status']) ?? '',
    msgType: str(a['msgType']) ?? '',
    ...opt('source', str(a['source'])),
    scope: str(a['scope']) ?? '',
    ...opt('restriction', str(a['restriction'])),
    ...opt('addresses', str(a['addresses'])),
    code: strs(a['code']),
    ...opt('note', str(a['note'])),
    ...(refs === undefined ? {} : { references: refs.trim().split(/\s+/) }),
    ...opt('incidents', str(a['incidents'])),
    info: nodes(a['info']).map(info),
  };
}
