/**
 * Scrubbing officer identity out of messages when the request could not even be parsed: the identity is read
 * best-effort from the raw input (any `officer.name`, `officer.aliases`, `officer.badge` that are strings or
 * numbers, and every value under an officer key the model does not have, `officer.fullName` say), withheld whatever
 * the event and release switches say, and removed from issue messages and paths.
 */
import type { BlueAlertIssue } from '../errors.js';
import type { Officer } from '../request/schema.js';
import { createIdentityMatcher, nameTerms, badgeTerm, type IdentityMatcher, type IdentityTerm } from '../redaction/matcher.js';
import { NAMED_VALUE, quotedValueNamesOfficer, withoutNamedSegments, type IdentityProbe } from './quoted.js';
import { misnamedOfficerIdentity } from './raw-officer.js';
import { guardTokens } from './guard.js';
import { normalizeIdentityText } from './normalize.js';

/** The strings (and numbers) inside a value, a few levels deep and a few dozen at most. */
function leafStrings(v: unknown, out: string[], depth = 0): string[] {
  if (out.length >= 40 || depth > 4) return out;
  if (typeof v === 'string') out.push(v.slice(0, 200));
  else if (typeof v === 'number') out.push(String(v));
  else if (Array.isArray(v)) for (const x of v.slice(0, 20)) leafStrings(x, out, depth + 1);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v).slice(0, 40)) leafStrings(x, out, depth + 1);
  return out;
}

/** A key the request model could have (`lastKnownLocation`), not a value written as a key ("Daniel Okafor"). */
const MODEL_KEY = /^[a-z][a-zA-Z0-9]*$/;

function rawOfficer(raw: unknown): Officer | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const o = (raw as Record<string, unknown>)['officer'];
  // an officer written as one string ("Officer Daniel Okafor, badge 4471": red team) names the officer too: its
  // capitalised words are the name, a run of digits the badge
  if (typeof o === 'string' || typeof o === 'number') {
    const text = String(o).slice(0, 200);
    const name = (text.match(/\p{Lu}[\p{L}\p{M}'’-]*/gu) ?? []).filter((w) => w.length > 1).join(' ');
    const badge = /\d{2,}/.exec(text)?.[0];
    return { ...(name === '' ? {} : { name }), ...(badge === undefined ? {} : { badge }), aliases: [], releaseApproved: false } as Officer;
  }
  if (o === null || typeof o !== 'object') return undefined;
  // an officer block of the wrong shape still names the officer: every string in it is taken for a name
  if (Array.isArray(o)) return { aliases: leafStrings(o, []), releaseApproved: false } as unknown as Officer;
  const r = o as Record<string, unknown>;
  // an over-long value is refused anyway; its first 200 characters hold any name it carries
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v.slice(0, 200) : typeof v === 'number' ? String(v) : undefined);
  const aliases = Array.isArray(r['aliases']) ? leafStrings(r['aliases'], []) : [];
  // a name given as parts ({ first, last } or an array) is the name, written with spaces
  const nameValue = r['name'];
  const name = str(nameValue) ?? (nameValue !== null && typeof nameValue === 'object' ? leafStrings(nameValue, []).join(' ') : undefined);
  const badgeValue = r['badge'];
  const badge = str(badgeValue) ?? (badgeValue !== null && typeof badgeValue === 'object' ? leafStrings(badgeValue, []).join('') : undefined);
  for (const key of Object.keys(r).slice(0, 40)) if (!MODEL_KEY.test(key)) aliases.push(key.slice(0, 200));
  return { ...(name === undefined || name === '' ? {} : { name }), ...(badge === undefined || badge === '' ? {} : { badge }), aliases, releaseApproved: false } as Officer;
}

/**
 * The officers of raw input to withhold: `rawOfficer`, and (red team 13) what the officer block holds under keys the
 * model does not have ("fullName", "badgeNumber"), a name as one more alias, each badge as an officer of its own.
 */
function rawOfficers(raw: unknown): Officer[] {
  const officer = rawOfficer(raw);
  if (officer === undefined) return [];
  const block = (raw as Record<string, unknown>)['officer'];
  const { names, badges } = misnamedOfficerIdentity(block);
  const withNames = names.length === 0 ? officer : { ...officer, aliases: [...(officer.aliases ?? []), ...names] };
  return [withNames, ...badges.map((badge) => ({ badge, aliases: [], releaseApproved: false }) as unknown as Officer)];
}

/** One officer, none or several, as a list. */
type Officers = Officer | undefined | readonly (Officer | undefined)[];
function listOf(officers: Officers): Officer[] {
  const list: readonly (Officer | undefined)[] = Array.isArray(officers) ? officers : [officers as Officer | undefined];
  return list.filter((o): o is Officer => o !== undefined);
}

/** The matcher for officers read from raw input: names, aliases and badges. */
function officerMatcher(officers: readonly Officer[]): IdentityMatcher {
  const terms: IdentityTerm[] = [];
  for (const officer of officers) {
    if (officer.name !== undefined) terms.push(...nameTerms(officer.name));
    for (const a of officer.aliases ?? []) terms.push(...nameTerms(a));
    const b = officer.badge === undefined ? undefined : badgeTerm(officer.badge);
    if (b !== undefined) terms.push(b);
  }
  return createIdentityMatcher(terms);
}

/**
 * What a quoted value of a message is compared with (see `quotedValueNamesOfficer`): the matcher of the officer,
 * and the guard's tokens (name parts, the badge, extra terms), folded and compact.
 *
 * @example
 * identityProbe({ name: 'Daniel Okafor', badge: '4471', aliases: [], releaseApproved: false }).badges; //=> ['4471']
 */
export function identityProbe(officer: Officers, extraTerms: readonly string[] = []): IdentityProbe {
  const officers = listOf(officer);
  const matcher = officerMatcher(officers);
  const tokens = guardTokens(undefined, extraTerms, officers);
  const compact = (t: string): string => t.replace(/[^\p{L}\p{N}]+/gu, '');
  return {
    find: (text) => matcher.find(text).length > 0,
    names: tokens.filter((t) => t.kind === 'name' || t.kind === 'term').map((t) => compact(t.text)),
    badges: tokens.filter((t) => t.kind === 'badge' || t.kind === 'id').map((t) => compact(t.text)),
  };
}

/**
 * Replaces every form of the officer's identity in a message or path by "[redacted]": the redaction's forms
 * first, then every guard token of 4+ characters (name parts, the badge) wherever it stands, even inside a word.
 *
 * @example
 * scrubText('Unknown key "Okafor"', { name: 'Daniel Okafor' }); //=> 'Unknown key "[redacted]"'
 */
export function scrubText(text: string, officer: Officers, extraTerms: readonly string[] = []): string {
  const officers = listOf(officer);
  if (officers.length === 0 && extraTerms.length === 0) return text;
  let out = officerMatcher(officers).scrub(text);
  const tokens = guardTokens(undefined, extraTerms, officers);
  for (const token of tokens) {
    if (token.text.length < 4) continue;
    const n = normalizeIdentityText(out);
    const at: [number, number][] = [];
    for (let i = n.text.indexOf(token.text); i !== -1; i = n.text.indexOf(token.text, i + token.text.length)) {
      at.push([n.start(i), n.end(i + token.text.length - 1)]);
    }
    for (const [s, e] of at.reverse()) out = `${out.slice(0, s)}[redacted]${out.slice(e)}`;
  }
  return out;
}

const QUOTED = /"(?:[^"\\]|\\.)*"|'[^'\n]*'|`[^`\n]*`|“[^”\n]*”/g;
const CHUNK = /[^\s,;:!?()]+/gu;

/**
 * Scrubs a message of the library (fixed wording with the caller's values in quotes): a quoted value that names the
 * officer in any reading is replaced whole by "(a value that names the officer)", other quoted values in full, and
 * outside quotes every token except plain lower-case words, which are the library's own ("the fields a request
 * may have" for an officer May Fields). Capitalised words, numbers, paths and other scripts are still scrubbed.
 *
 * @example
 * scrubMessage('Unknown field "Okafor"; see the fields a request may have.', { name: 'May Fields' });
 * //=> the same message: nothing of it names the officer
 */
export function scrubMessage(text: string, officer: Officers, extraTerms: readonly string[] = []): string {
  if (listOf(officer).length === 0 && extraTerms.length === 0) return text;
  let out = '';
  let last = 0;
  const plain = (part: string): string =>
    part.replace(CHUNK, (chunk) => {
      const word = /^([a-z]+)([.]?)$/.exec(chunk);
      return word !== null ? chunk : scrubText(chunk, officer, extraTerms);
    });
  let probe: IdentityProbe | undefined;
  for (const m of text.matchAll(QUOTED)) {
    // a quoted value that names the officer in any reading is replaced whole (red team 11)
    probe ??= identityProbe(officer, extraTerms);
    const named = m[0].length > 2 && quotedValueNamesOfficer(m[0].slice(1, -1), probe);
    out += plain(text.slice(last, m.index)) + (named ? NAMED_VALUE : scrubText(m[0], officer, extraTerms));
    last = m.index + m[0].length;
  }
  return out + plain(text.slice(last));
}

/**
 * Scrubs issues raised before a request could be parsed (format errors echo keys and values), using the
 * identity found in the raw input. A path key that names the officer in any reading a quoted value is read in
 * ("O K A F O R") becomes "[withheld]" (red team 13: the quote was scrubbed, the path beside it was not).
 *
 * @example
 * scrubRawIssues(parsed.issues, json);
 */
export function scrubRawIssues<T extends readonly BlueAlertIssue[]>(issues: T, raw: unknown, terms: readonly string[] = []): T {
  const extraTerms = stringTerms(terms);
  const officers = rawOfficers(raw);
  if (officers.length === 0 && extraTerms.length === 0) return issues;
  const probe = identityProbe(officers, extraTerms);
  return issues.map((i) => {
    const message = scrubMessage(i.message, officers, extraTerms);
    const path = scrubText(withoutNamedSegments(i.path, probe), officers, extraTerms);
    return message === i.message && path === i.path ? i : { ...i, message, path };
  }) as unknown as T;
}

/**
 * The strings of a caller's `redactTerms`: a wrong list from plain JavaScript (`[null]`, `['Okafor', 5]`) is
 * reported as an options error where the options are checked; its strings still count, and nothing before that
 * check fails with a TypeError (red team 9).
 *
 * @example
 * stringTerms(['Okafor', 5, null]); //=> ['Okafor']
 */
export function stringTerms(terms: unknown): readonly string[] {
  return Array.isArray(terms) ? terms.filter((t): t is string => typeof t === 'string') : [];
}
