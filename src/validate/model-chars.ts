/**
 * Characters XML 1.0 does not allow (C0 controls other than tab, LF and CR; lone surrogates; U+FFFE, U+FFFF) in the
 * strings of an object model given to `validateCap`. XML input cannot carry them (the reader refuses it), but a
 * model built or edited in code can, and `toCapXml` would drop them: the text sent would not be the text
 * validated (conformance report 17 F07).
 */
import type { CapAlert, CapArea, CapInfo, CapValuePair } from '../cap/model.js';
import { badCharacter } from '../cap/xml-chars.js';
import type { IssueList } from './issues.js';

const ALERT_FIELDS = ['identifier', 'sender', 'sent', 'status', 'msgType', 'source', 'scope', 'restriction', 'addresses'] as const;
const INFO_FIELDS = [
  'language', 'event', 'urgency', 'severity', 'certainty', 'audience', 'effective', 'onset', 'expires', 'senderName',
  'headline', 'description', 'instruction', 'web', 'contact',
] as const;
const RESOURCE_FIELDS = ['resourceDesc', 'mimeType', 'uri', 'derefUri', 'digest'] as const;

/** The code point at `at` as U+XXXX. */
function codePoint(s: string, at: number): string {
  return `U+${s.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}`;
}

function one(out: IssueList, path: string, name: string, value: string | undefined): void {
  if (typeof value !== 'string') return;
  const bad = badCharacter(value);
  if (bad === undefined) return;
  out.error('INVALID_CHARACTERS', path, `Invalid characters in <${name}>: ${codePoint(value, bad.at)} at character ${bad.at + 1}; ${bad.message} XML 1.0 allows tab, line feed, carriage return and every character from U+0020 except lone surrogates, U+FFFE and U+FFFF. Remove it: toCapXml would drop it, so the message sent would differ from the one validated.`);
}

function pairs(out: IssueList, list: readonly CapValuePair[], base: string): void {
  list.forEach((p, k) => {
    one(out, `${base}[${k + 1}]/valueName`, 'valueName', p.valueName);
    one(out, `${base}[${k + 1}]/value`, 'value', p.value);
  });
}

function area(out: IssueList, a: CapArea, path: string): void {
  one(out, `${path}/areaDesc`, 'areaDesc', a.areaDesc);
  a.polygon.forEach((p, k) => one(out, `${path}/polygon[${k + 1}]`, 'polygon', p));
  a.circle.forEach((c, k) => one(out, `${path}/circle[${k + 1}]`, 'circle', c));
  pairs(out, a.geocode, `${path}/geocode`);
}

function info(out: IssueList, x: CapInfo, path: string): void {
  for (const name of INFO_FIELDS) one(out, `${path}/${name}`, name, x[name]);
  x.category.forEach((c, k) => one(out, `${path}/category[${k + 1}]`, 'category', c));
  x.responseType.forEach((c, k) => one(out, `${path}/responseType[${k + 1}]`, 'responseType', c));
  pairs(out, x.eventCode, `${path}/eventCode`);
  pairs(out, x.parameter, `${path}/parameter`);
  x.resource.forEach((r, k) => {
    for (const name of RESOURCE_FIELDS) one(out, `${path}/resource[${k + 1}]/${name}`, name, r[name]);
  });
  x.area.forEach((a, k) => area(out, a, `${path}/area[${k + 1}]`));
}

/**
 * Reports, as `INVALID_CHARACTERS` at the element's path, every string of the model holding a character XML 1.0
 * does not allow. For an object model only: the XML reader already refuses such input.
 *
 * @example
 * checkModelCharacters(out, { ...alert, note: 'a\u0000b' }); // out: INVALID_CHARACTERS at /alert/note
 */
export function checkModelCharacters(out: IssueList, alert: CapAlert): void {
  for (const name of ALERT_FIELDS) one(out, `/alert/${name}`, name, alert[name]);
  alert.code.forEach((c, k) => one(out, `/alert/code[${k + 1}]`, 'code', c));
  one(out, '/alert/note', 'note', alert.note);
  // <references> is one element; the model splits it into entries
  (alert.references ?? []).forEach((r) => one(out, '/alert/references', 'references', r));
  one(out, '/alert/incidents', 'incidents', alert.incidents);
  alert.info.forEach((x, i) => info(out, x, `/alert/info[${i + 1}]`));
}
