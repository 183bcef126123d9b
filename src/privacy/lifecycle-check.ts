/**
 * Identity checks for the free text of an Update or a Cancel, whose officer identity lives in the original
 * request, not in the chain of CAP messages (the public XML never held it).
 */
import { parseRequest } from '../request/parse.js';
import type { BlueAlertRequest } from '../request/schema.js';
import { issue, type BlueAlertIssue } from '../errors.js';
import { identityMatcher, officerRelease } from '../redaction/redact.js';
import { fieldMode, isProse, mapStrings } from '../redaction/fields.js';
import type { Officer } from '../request/schema.js';
import { normalizeIdentityText } from './normalize.js';
import { scrubRawIssues } from './scrub.js';
import { redactTitledNames } from '../redaction/titled.js';
import { foldTerm } from '../redaction/fold.js';
import { relativeNameWords, withholdRelativeNames, type RelativesContext } from '../redaction/relatives.js';
import { withholdHome } from '../redaction/kin.js';
import { givenNameForms } from '../redaction/nicknames.js';

/**
 * The original request as given to update or cancel: parsed, or the issues (scrubbed, under `path`).
 *
 * @example
 * const r = originalRequest(json, 'options.request');
 * if (r.ok) r.request.officer;
 */
export function originalRequest(
  raw: unknown,
  path: string,
): { readonly ok: true; readonly request: BlueAlertRequest } | { readonly ok: false; readonly issues: BlueAlertIssue[] } {
  const parsed = parseRequest(raw);
  if (parsed.success) return { ok: true, request: parsed.data };
  const scrubbed = scrubRawIssues(parsed.issues, raw);
  return {
    ok: false,
    issues: scrubbed.map((i) => ({ ...i, path: i.path === '' ? path : `${path}.${i.path}` })),
  };
}

/** A request without an officer, to build a matcher for names given as terms. */
const NO_OFFICER = { event: 'officer-killed', suspects: [], incident: {} } as unknown as BlueAlertRequest;

/** Titles that, before a capitalised word, name a person in a Cancel reason ("Officer Okafor", "Sgt. Young"). */
const PERSON_TITLES = [
  'officer', 'ofc', 'ofcr', 'deputy', 'dep', 'dpty', 'trooper', 'tpr', 'sergeant', 'sgt', 'lieutenant', 'lt', 'lieut',
  'corporal', 'cpl', 'detective', 'det', 'investigator', 'inv', 'agent', 'special agent', 'ranger', 'warden',
  'marshal', 'constable', 'captain', 'capt', 'cpt', 'sheriff', 'chief', 'commander', 'cmdr', 'patrolman',
  'patrolwoman', 'inspector', 'insp', 'agente', 'oficial', 'sargento', 'teniente', 'cabo', 'capitan', 'comandante',
];
const TITLE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${PERSON_TITLES.map((t) => t.replace(/ /g, '\\s+')).join('|')})\\.?\\s+`, 'giu');
const NAME_START = /^(?:\p{Lu}|#?\d{2,})/u;
/** A badge label before a number names an officer too ("Badge 4471", "Shield #44-71", "placa núm. 4471"). */
const BADGE_LABELLED = /(?:^|[^\p{L}\p{N}])(?:badge|shield|placa)\s*(?:(?:no|nr|num|number|n[º°o])\.?\s*)?[#:]?\s*\d[\d\s,._/-]*\d/iu;

/**
 * Whether text names a titled person ("Officer X", "Sgt. Y", "Deputy Z", "Officer #4471"). Case matters for the
 * name (capitalised) but not for the title; invisible characters and look-alike letters are normalised first.
 *
 * @example
 * namesTitledPerson('Officer Okafor was found safe.'); //=> true
 * namesTitledPerson('The officer was found safe.'); //=> false
 */
export function namesTitledPerson(text: string): boolean {
  // fold look-alikes but keep case: normalise each character, restoring its case when it was upper case
  const n = normalizeIdentityText(text);
  let cased = '';
  for (let i = 0; i < n.text.length; i++) {
    const original = text.slice(n.start(i), n.end(i));
    const c = n.text[i] as string;
    cased += original !== original.toLowerCase() ? c.toUpperCase() : c;
  }
  // the title in any case, the name capitalised (or a number): "officer Okafor", "OFFICER SMITH", "Ofc. 4471"
  for (const m of cased.matchAll(TITLE)) {
    if (NAME_START.test(cased.slice(m.index + m[0].length))) return true;
  }
  // and every form the redaction's titled-name pass reads ("Ofc.Okafor", "PO Okafor", "Ptl. Okafor": red team)
  return BADGE_LABELLED.test(cased) || redactTitledNames(text, 'en', []) !== text;
}

/** Police titles in Japanese, Chinese and Korean, written after (or before) the name. */
const CJK_TITLE = '(?:巡査部長|巡査長|巡査|警部補|警部|警視|警察官|警官|刑事|警員|警员|순경|경장|경사|경위|경관|경찰관)';
/**
 * A name in a script the matcher cannot compare with a Latin name: a Katakana or Hangul run next to a police
 * title ("オカフォー巡査", "오카포 경관"), or a Latin title before a word in a script other than Latin, Cyrillic
 * or Greek ("Officer オカフォー"). Cyrillic and Greek are transliterated and matched instead.
 */
const FOREIGN_TITLED = new RegExp(
  `[\\p{Script=Katakana}\\p{Script=Hangul}ー・]{2,}\\s?${CJK_TITLE}|${CJK_TITLE}\\s?[\\p{Script=Katakana}\\p{Script=Hangul}]{2,}|` +
    `(?:^|[^\\p{L}\\p{N}])(?:${PERSON_TITLES.join('|')})\\.?\\s+(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{Script=Armenian}\\p{Script=Cherokee}])\\p{L}`,
  'iu',
);

const NON_ASCII = /[^\x00-\x7f]/;

/** Whether any string in a JSON-like value has a character outside ASCII (a walk without copies or paths). */
function anyNonAscii(value: unknown): boolean {
  if (typeof value === 'string') return NON_ASCII.test(value);
  if (Array.isArray(value)) return value.some(anyNonAscii);
  if (value !== null && typeof value === 'object') return Object.values(value).some(anyNonAscii);
  return false;
}

function latinName(officer: Officer | undefined): boolean {
  const names = [officer?.name, ...(officer?.aliases ?? [])].filter((n): n is string => n !== undefined);
  return names.length > 0 && names.every((n) => !/[^\p{Script=Latin}\P{L}]/u.test(n));
}

/**
 * Issues for free text, a location or a structured value a person can be written into (`namesPeople`: "hair:
 * Officer الرشيد", red team 17) that names a titled person in a script the officer's Latin name cannot be compared with
 * (Japanese, Chinese, Korean and others; see FOREIGN_TITLED): refused with `officer_identity_unknown`, since a
 * transliteration of the officer's name ("オカフォー巡査" for Okafor) cannot be told from another person's name.
 * Empty when the officer's name is not in Latin letters or the rules release it.
 *
 * @example
 * foreignScriptIssues({ ...request, incident: { summary: 'オカフォー巡査が撃たれた。' } });
 * //=> [{ code: 'officer_identity_unknown', path: 'incident.summary', … }]
 */
export function foreignScriptIssues(request: BlueAlertRequest): BlueAlertIssue[] {
  // only text with a character outside ASCII can match: a request without one (most) is not copied and walked by path
  if (!latinName(request.officer) || officerRelease(request).name || !anyNonAscii(request)) return [];
  const out: BlueAlertIssue[] = [];
  mapStrings(request, [], (path, normalized, value) => {
    // every alternative of FOREIGN_TITLED needs a character outside ASCII (a Latin title is followed by a letter of
    // another script): plain ASCII text is not run through it
    // in every field a person can be written in: location and description fields too (red team 17: "Officer
    // الرشيد" was refused in the summary, published from a location and the hair); read after NFKC, so that a
    // name in mathematical or full-width letters ("Officer 𝐎𝐤𝐚𝐟𝐨𝐫") is Latin, matched and withheld, not refused
    const mode = fieldMode(normalized);
    if (NON_ASCII.test(value) && mode !== 'skip' && mode !== 'drop' && FOREIGN_TITLED.test(value.normalize('NFKC'))) {
      out.push(
        issue(
          'officer_identity_unknown',
          path,
          'The text names a titled person in a script other than Latin, Cyrillic or Greek, which cannot be compared with the officer\'s name; reword it without the name.',
        ),
      );
    }
    return value;
  });
  return out;
}

function knowsIdentity(officer: Officer | undefined): boolean {
  return officer !== undefined && (officer.name !== undefined || officer.badge !== undefined || (officer.aliases ?? []).length > 0);
}

/**
 * Issues for a build or an Update whose request gives no officer name, alias or badge (and no earlier request
 * does): every free-text field that names a titled person ("Officer Okafor", "Badge 4471") is refused with
 * `officer_identity_unknown`, since nothing tells that person apart from the officer. Empty when the identity is
 * known (the matcher then does the work) or the rules release the name.
 *
 * @example
 * unknownIdentityIssues({ ...request, officer: { releaseApproved: false }, incident: { summary: 'Officer Okafor was shot.' } });
 * //=> [{ code: 'officer_identity_unknown', path: 'incident.summary', … }]
 */
export function unknownIdentityIssues(request: BlueAlertRequest, alsoWithhold: readonly (Officer | undefined)[] = []): BlueAlertIssue[] {
  if (knowsIdentity(request.officer) || alsoWithhold.some(knowsIdentity) || officerRelease(request).name) return [];
  const out: BlueAlertIssue[] = [];
  mapStrings(request, [], (path, normalized, value) => {
    if (isProse(fieldMode(normalized)) && namesTitledPerson(value)) {
      out.push(
        issue(
          'officer_identity_unknown',
          path,
          'The text names a titled person ("Officer …", "Badge …"), and the request gives no officer name or badge, so the officer cannot be told apart. Give officer.name and officer.badge (they are withheld from public output), or reword the text without the name.',
        ),
      );
    }
    return value;
  });
  return out;
}

/**
 * Issues for free text of an Update or Cancel (`path`, e.g. `options.reason`) that names the officer: checked
 * against the identity of every given request and the extra terms (read as names), with the redaction's matcher;
 * without any request, text naming a titled person is refused with a message saying how to pass the request.
 *
 * @example
 * lifecycleTextIssues('Officer Okafor was found.', 'options.reason', [original]); //=> [officer_identity_leak issue]
 */
export function lifecycleTextIssues(
  text: string,
  path: string,
  requests: readonly BlueAlertRequest[],
  extraTerms: readonly string[] = [],
): BlueAlertIssue[] {
  if (requests.length === 0) {
    if (namesTitledPerson(text)) {
      return [
        issue(
          'officer_identity_unknown',
          path,
          'The text names a titled person ("Officer …", "Sgt. …"), and without the original request the officer cannot be told apart. Pass the original request (API: options.request; CLI: --request FILE) so it can be checked, or reword it without the name.',
        ),
      ];
    }
  }
  // a titled name that is not the officer's as the request writes it ("Officer Okafur", another officer): the
  // public learns no officer's name, as in a build (red team: a Cancel reason published it); suspects' names stay
  if (requests.length > 0 && requests.every((r) => !officerRelease(r).name)) {
    const suspects = requests.flatMap((r) => r.suspects.flatMap((x) => [x.name, x.alias])).filter((x): x is string => x !== undefined).map(foldTerm);
    if (redactTitledNames(text, 'en', suspects) !== text) {
      return [issue('officer_identity_leak', path, 'The text names a titled person ("Officer …", "Sgt. …"); Blue Alert text must not identify an officer. Reword it without the name.')];
    }
  }
  // the redaction's matcher (word boundaries, every written form): "Youngstown" is not "Young"
  const asNames = extraTerms.map((name) => ({ name, releaseApproved: false }));
  const named =
    requests.some((r) => identityMatcher(r, { extraTerms }).find(text).length > 0) ||
    (asNames.length > 0 && identityMatcher(NO_OFFICER, { alsoWithhold: asNames } as Parameters<typeof identityMatcher>[1]).find(text).length > 0);
  if (named) {
    return [issue('officer_identity_leak', path, 'The text names the officer (name, nickname or badge); Blue Alert text must not identify the officer. Reword it.')];
  }
  return familyIssues(text, path, requests);
}

/**
 * Issues for text of an Update or Cancel that names the officer's relative ("His wife, Grace Adeyemi, thanks the
 * public") or gives the officer's home address ("arrested at the officer's home at 1234 Maple Dr"), by the rules a
 * build applies (`relatives.ts`, `kin.ts`; red team 19 L4). A relative named anywhere in the given requests counts
 * wherever the text names them again.
 *
 * @example
 * familyIssues('Suspect in custody. His wife, Grace Adeyemi, thanks the public.', 'options.reason', []); //=> [officer_identity_leak issue]
 */
export function familyIssues(text: string, path: string, requests: readonly BlueAlertRequest[]): BlueAlertIssue[] {
  const officer = new Set<string>();
  const suspectNames: string[] = [];
  const texts: string[] = [text];
  for (const r of requests) {
    for (const w of foldTerm([r.officer?.name ?? '', ...(r.officer?.aliases ?? [])].join(' ')).split(/\s+/u)) {
      if (w === '') continue;
      officer.add(w);
      for (const f of givenNameForms(w)) officer.add(foldTerm(f));
    }
    for (const x of r.suspects) for (const n of [x.name, x.alias]) if (n !== undefined) suspectNames.push(foldTerm(n));
    mapStrings(r, [], (_p, normalized, value) => {
      if (isProse(fieldMode(normalized))) texts.push(value);
      return value;
    });
  }
  const suspectWords = suspectNames.flatMap((n) => n.split(/\s+/u)).filter((x) => x.length >= 2);
  const ctx: RelativesContext = { officer, suspects: new Set(suspectWords), suspectNames };
  const known = relativeNameWords(texts, ctx);
  const own = suspectWords.filter((x) => x.length >= 3 && !officer.has(x));
  if (withholdRelativeNames(text, ctx, known) === text && withholdHome(text, own) === text) return [];
  return [issue('officer_identity_leak', path, "The text names the officer's relative or gives the officer's home address; Blue Alert text must not identify the officer or the family. Reword it.")];
}
