/**
 * Quoted values in issue messages ('received "Okaf&#111;r"'): a value the caller wrote is quoted back so the
 * message says what was wrong. A value that names the officer in any reading the matcher or the guard uses
 * (references and percent-escapes decoded, look-alikes folded, separators dropped, digits read as letters) is
 * replaced whole by a neutral placeholder, so an error can never publish what the build would have redacted
 * (red team 11: "O-K-A-F-O-R", "0kaf0r", "44 71" and "Okaf&#111;r" were quoted back in validation errors).
 */
import { normalizeIdentity } from './normalize.js';
import { decodeReferences } from './references.js';
import { percentDecode } from './encoded.js';
import { digitLetterReadings } from '../redaction/readings.js';

/**
 * What a quoted value that names the officer is replaced by (quotes included).
 *
 * @example
 * `received ${NAMED_VALUE}.`; //=> 'received (a value that names the officer).'
 */
export const NAMED_VALUE = '(a value that names the officer)';

/**
 * What a quoted value is compared with: the matcher (`find`, true when it finds identity in a text), the folded
 * name tokens (no spaces or punctuation) and the folded badge cores.
 *
 * @example
 * const p: IdentityProbe = { find: () => false, names: ['daniel', 'okafor'], badges: ['4471'] };
 */
export interface IdentityProbe {
  readonly find: (text: string) => boolean;
  readonly names: readonly string[];
  readonly badges: readonly string[];
}

/** The compact readings of a folded text: letters and digits only, and with digits read as letters. */
function compactReadings(folded: string): string[] {
  const compact = folded.replace(/[^\p{L}\p{N}]+/gu, '');
  return [compact, ...digitLetterReadings(compact)];
}

/** Whether a folded text holds a badge core: as a whole run, as all of its letters and digits, or after letters. */
function holdsBadge(folded: string, badge: string): boolean {
  const compact = folded.replace(/[^\p{L}\p{N}]+/gu, '');
  if (compact === badge || folded.split(/[^\p{L}\p{N}]+/u).includes(badge)) return true;
  return compact.endsWith(badge) && /^\p{L}*$/u.test(compact.slice(0, -badge.length));
}

/**
 * Whether a value (without its quotes) names the officer in any reading: as written, with its character
 * references and percent-escapes decoded; by the matcher, or folded with separators dropped ("O-K-A-F-O-R"),
 * digits read as letters ("0kaf0r"), a name token of 4+ letters anywhere in it and a shorter one as all of it, or
 * the badge with any separators ("44 71", "#44-71").
 *
 * @example
 * const probe = { find: () => false, names: ['okafor'], badges: ['4471'] };
 * quotedValueNamesOfficer('O-K-A-F-O-R', probe); //=> true
 * quotedValueNamesOfficer('Actual', probe); //=> false
 */
export function quotedValueNamesOfficer(value: string, probe: IdentityProbe): boolean {
  const decoded = decodeReferences(value);
  const readings = [...new Set([value, decoded, percentDecode(decoded)])];
  return readings.some((r) => {
    if (probe.find(r)) return true;
    const folded = normalizeIdentity(r);
    const compacts = compactReadings(folded);
    if (probe.names.some((n) => n.length > 0 && compacts.some((c) => (n.length >= 4 ? c.includes(n) : c === n)))) return true;
    return probe.badges.some((b) => b.length > 0 && holdsBadge(folded, b));
  });
}

const QUOTED = /"(?:[^"\\]|\\.)*"|'[^'\n]*'|`[^`\n]*`|“[^”\n]*”/g;

/**
 * Replaces every quoted value of a message that names the officer (see `quotedValueNamesOfficer`) by
 * `NAMED_VALUE`; the rest of the message (its path, the list of valid values) stays.
 *
 * @example
 * const probe = { find: () => false, names: ['okafor'], badges: ['4471'] };
 * withoutNamedValues('Must be "en-US" or "es-US"; received "44 71".', probe);
 * //=> 'Must be "en-US" or "es-US"; received (a value that names the officer).'
 */
export function withoutNamedValues(message: string, probe: IdentityProbe): string {
  if (!/["'`“]/.test(message)) return message;
  return message.replace(QUOTED, (q) => (q.length > 2 && quotedValueNamesOfficer(q.slice(1, -1), probe) ? NAMED_VALUE : q));
}

/** The key segments of an issue path as [start, end) pairs: what lies between dots, outside `[n]` indexes. */
function pathSegments(path: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of path.matchAll(/[^.[\]]+|\[\d{0,12}\]/g)) if (!m[0].startsWith('[')) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Whether a key (or a dotted run of keys) of a path names the officer. A key shaped like the model's own
 * (`lastKnownLocation`) is read word by word, each word whole ("okaforNotes"), so a model key that merely holds a
 * name part ("incident" for an officer Dent) is not taken; any other key in every reading of a quoted value.
 */
function keyNamesOfficer(key: string, probe: IdentityProbe): boolean {
  if (!/^[a-z][a-zA-Z0-9]*$/.test(key)) return quotedValueNamesOfficer(key, probe);
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([a-zA-Z])(\d)/g, '$1 $2');
  if (probe.find(words)) return true;
  return words.split(' ').some((w) => probe.names.includes(w.toLowerCase()) || probe.badges.includes(w.toLowerCase()));
}

/**
 * Where the first key of an issue path that names the officer (see `quotedValueNamesOfficer`) stands, as
 * [start, end), or undefined; a key written with dots ("O.K.A.F.O.R") is read across its dots too, but a run of the
 * model's own keys ("incident.summary") never is. Red team 13: the path beside a scrubbed quote still showed an
 * unknown key "O K A F O R".
 *
 * @example
 * const probe = { find: () => false, names: ['okafor'], badges: ['4471'] };
 * namedPathSegment('incident.O K A F O R', probe); //=> [9, 20]
 * namedPathSegment('suspects[0].name', probe); //=> undefined
 */
export function namedPathSegment(path: string, probe: IdentityProbe): [number, number] | undefined {
  const segs = pathSegments(path).slice(0, 30);
  const single = segs.find(([s, e]) => keyNamesOfficer(path.slice(s, e), probe));
  if (single !== undefined) return single;
  const modelKey = ([s, e]: [number, number]): boolean => /^[a-z][a-zA-Z0-9]{2,}$/.test(path.slice(s, e));
  const names = (i: number, j: number): boolean => keyNamesOfficer(path.slice((segs[i] as [number, number])[0], (segs[j] as [number, number])[1]), probe);
  for (let i = 0; i < segs.length; i++) {
    // runs of keys joined by their dots (an index ends a run), never of the model's own keys alone
    for (let j = i + 1; j < segs.length && j < i + 12; j++) {
      if (path.slice((segs[i] as [number, number])[0], (segs[j] as [number, number])[1]).includes('[')) break;
      if (segs.slice(i, j + 1).every(modelKey) || !names(i, j)) continue;
      // the shortest run that ends here ("incident.O.K.A.F.O.R" is withheld from "O")
      let k = i;
      while (k + 1 < j && names(k + 1, j)) k++;
      return [(segs[k] as [number, number])[0], (segs[j] as [number, number])[1]];
    }
  }
  return undefined;
}

/**
 * An issue path with every key that names the officer replaced by "[withheld]" (a dotted run of keys that spells
 * it together, whole).
 *
 * @example
 * const probe = { find: () => false, names: ['okafor'], badges: ['4471'] };
 * withoutNamedSegments('incident.O K A F O R', probe); //=> 'incident.[withheld]'
 */
export function withoutNamedSegments(path: string, probe: IdentityProbe): string {
  let out = path;
  for (let n = 0; n < 30; n++) {
    const at = namedPathSegment(out, probe);
    if (at === undefined) return out;
    out = `${out.slice(0, at[0])}[withheld]${out.slice(at[1])}`;
  }
  return out;
}
