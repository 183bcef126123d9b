/**
 * The shape of a `CapAlert` handed to `validateCap` as an object (not XML): a caller in plain JavaScript may pass
 * anything. The rule checks assume the model's shape (strings where strings are, arrays of objects where lists
 * are, the fields `parseCap` always fills present), so this is checked first and a wrong shape is one issue naming
 * where it breaks, never a TypeError. What a message may leave out is the rules' business: they see `[]` or ''.
 */
import { table } from '../table.js';

type Kind = 'string' | 'number' | 'strings' | 'pairs' | 'objects';

/** Fields the model always has (a parsed message has them even when empty: lists as `[]`). */
const REQUIRED = new Set([
  'identifier', 'sender', 'sent', 'status', 'msgType', 'scope', 'code', 'info',
  'category', 'event', 'responseType', 'urgency', 'severity', 'certainty', 'eventCode', 'parameter', 'resource', 'area',
  'resourceDesc', 'mimeType', 'areaDesc', 'polygon', 'circle', 'geocode',
]);

const ALERT: Readonly<Record<string, Kind>> = table({
  identifier: 'string', sender: 'string', sent: 'string', status: 'string', msgType: 'string', source: 'string',
  scope: 'string', restriction: 'string', addresses: 'string', code: 'strings', note: 'string', references: 'strings',
  incidents: 'string', info: 'objects',
});
const INFO: Readonly<Record<string, Kind>> = table({
  language: 'string', category: 'strings', event: 'string', responseType: 'strings', urgency: 'string',
  severity: 'string', certainty: 'string', audience: 'string', eventCode: 'pairs', effective: 'string',
  onset: 'string', expires: 'string', senderName: 'string', headline: 'string', description: 'string',
  instruction: 'string', web: 'string', contact: 'string', parameter: 'pairs', resource: 'objects', area: 'objects',
});
const RESOURCE: Readonly<Record<string, Kind>> = table({
  resourceDesc: 'string', mimeType: 'string', size: 'number', uri: 'string', derefUri: 'string', digest: 'string',
});
const AREA: Readonly<Record<string, Kind>> = table({
  areaDesc: 'string', polygon: 'strings', circle: 'strings', geocode: 'pairs', altitude: 'number', ceiling: 'number',
});

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function received(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** The first place where `o` breaks the shape `fields` describes, as [path, message]. Absent fields are the rules' business. */
function fieldsProblem(o: Record<string, unknown>, fields: Readonly<Record<string, Kind>>, path: string): [string, string] | undefined {
  for (const [name, kind] of Object.entries(fields)) {
    const v = o[name];
    const at = `${path}/${name}`;
    if (v === undefined) {
      if (REQUIRED.has(name)) return [at, `missing (the model always has it${kind === 'string' || kind === 'number' ? '' : ', [] when empty'})`];
      continue;
    }
    if (kind === 'string' || kind === 'number') {
      if (typeof v !== kind) return [at, `expected a ${kind}, received ${received(v)}`];
      continue;
    }
    if (!Array.isArray(v)) return [at, `expected a list, received ${received(v)}`];
    for (let k = 0; k < v.length; k++) {
      const item: unknown = v[k];
      const itemAt = `${at}[${k + 1}]`;
      if (kind === 'strings') {
        if (typeof item !== 'string') return [itemAt, `expected a string, received ${received(item)}`];
      } else if (!isObject(item)) {
        return [itemAt, `expected an object, received ${received(item)}`];
      } else if (kind === 'pairs') {
        if (typeof item['valueName'] !== 'string' || typeof item['value'] !== 'string') return [itemAt, 'expected { valueName, value } strings'];
      } else {
        const inner = name === 'info' ? INFO : name === 'area' ? AREA : RESOURCE;
        const found = fieldsProblem(item, inner, itemAt);
        if (found !== undefined) return found;
      }
    }
  }
  return undefined;
}

/**
 * Where a value given to `validateCap` as a model stops being a `CapAlert`, or undefined when its shape is right
 * (its content is then the rules' business). Paths are the XPath-like paths of the issues.
 *
 * @example
 * capModelShapeProblem({ identifier: 'X', info: null }); //=> ['/alert/info', 'expected a list, received null']
 */
export function capModelShapeProblem(value: unknown): [string, string] | undefined {
  if (!isObject(value)) return ['/', `expected CAP XML (a string or a Uint8Array) or a CapAlert object, received ${value === undefined ? 'undefined' : received(value)}`];
  return fieldsProblem(value, ALERT, '/alert');
}
