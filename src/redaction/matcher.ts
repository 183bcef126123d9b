/**
 * Finding and replacing officer identity in text (the terms are built in `names.ts`).
 *
 * Matching works on the normalised text (`src/privacy/normalize.ts`: NFKC, invisible characters removed,
 * look-alike letters mapped, case and accents folded) and maps every match back to the original text.
 * - Whole names, badges, withheld identifiers and extra terms are matched in every field.
 * - A lone name part ("Okafor") is matched as a whole word in free text. After a rank or title ("Officer Okafor
 *   Crossing", "Sgt. Young Street") it is always the officer. Without one it is kept, and reported as kept, when
 *   it is a place (followed by a street or place word, or after "Fort", "Lake"…), part of a phrase the request
 *   gives elsewhere as a fact (a suspect's name, a vehicle "Ford F-150", a location), written as an everyday
 *   word in lower case ("a young male"), or when it stands in a structured field (vehicle make, suspect's name,
 *   location) — those are matched by their meaning, not by substring.
 * - Words written without spaces (Chinese, Japanese, Thai) are matched without word boundaries.
 * - Web and e-mail addresses, hashtags and slugs ("…/daniel-okafor-family", "#JusticeForOkafor",
 *   "/officers/4471") are searched inside; one that holds identity is replaced whole.
 */
import { foldText, type FoldedText } from './fold.js';
import type { OfficerRole } from './titles.js';
import type { IdentityTerm, IdentityTermKind } from './names.js';
import { sharedNameWord, withheldWord, type PhraseLanguage } from './phrases.js';
import { honorificInSentence, roleInSentence, titleComplementBefore } from './role-phrase.js';
import { type Hit, type Scan, Scanner } from './scanner.js';
import { buildPrefilter, buildHitFilter } from './prefilter.js';
import { TRANSLITERATED_SCRIPT } from './readings.js';

export { badgeTerm, nameTerms, withheldIdTerm, type IdentityTerm, type IdentityTermKind } from './names.js';


/**
 * How a field is scanned: `free` (prose), `institutional` (agency and suspect names: a lone name part is kept
 * unless a title stands before it), `place` (location fields), `structured` (vehicle make, model, colour,
 * measurements, phone numbers: only whole names and extra terms are removed; other hits are kept and reported)
 * or `address` (web and e-mail addresses, file names: every term in any case).
 *
 * @example
 * const m: ScanMode = 'institutional';
 */
/** Letters written apart by dots or by a hyphen at a line end (see the scanner's joined reading). */
const SPLIT_WORD = /\p{L} ?[-.\u00b7:|,+~_\u2013\u2014/] ?\p{L} ?[-.\u00b7:|,+~_\u2013\u2014/] ?\p{L}|\p{L}[-\u2010\u2011\u2013\u2014] \p{L}/u;

export type ScanMode = 'free' | 'suspect' | 'institutional' | 'place' | 'structured' | 'address';


/**
 * One match of withheld identity in a text, as original string offsets.
 *
 * @example
 * const m: IdentityMatch = { start: 0, end: 13, kind: 'name', term: 'maria young' };
 */
export interface IdentityMatch {
  readonly start: number;
  readonly end: number;
  readonly kind: IdentityTermKind;
  /** The (folded) term that matched, without the title or article around it. */
  readonly term: string;
}

/**
 * Something that looks like identity and was deliberately kept. `windows` are folded phrases around it (for the
 * independent guard, internal; never published); `reason` says why.
 *
 * @example
 * const k: KeptMatch = { s: 0, e: 5, kind: 'name-part', reason: 'place name', windows: ['young street'] };
 */
export interface KeptMatch {
  /** Folded offsets of the kept match. */
  readonly s: number;
  readonly e: number;
  readonly kind: IdentityTermKind;
  readonly reason: string;
  readonly windows: readonly string[];
}

/**
 * A phrase the request states as a fact elsewhere (a suspect's name, "ford f-150", a location): a name part
 * inside it is kept.
 *
 * @example
 * const p: ProtectedPhrase = { text: 'ford f-150', reason: 'suspect vehicle' };
 */
export interface ProtectedPhrase {
  readonly text: string;
  readonly reason: string;
  /**
   * Whether the phrase protects anything; asked only where the phrase occurs in a scanned text with a match (a
   * stated fact that itself names the officer protects nothing). Default: it does.
   */
  readonly protects?: () => boolean;
}

/**
 * The protected phrases, or a function that lists them when a scan first needs them (most texts have no match
 * for a phrase to protect).
 *
 * @example
 * const p: ProtectSource = () => [{ text: 'marcus young', reason: 'suspect name' }];
 */
export type ProtectSource = readonly ProtectedPhrase[] | (() => readonly ProtectedPhrase[]);

/**
 * Options of `createIdentityMatcher`.
 *
 * @example
 * const o: MatcherOptions = { defaultRole: 'deputy', protect: [{ text: 'marcus young', reason: 'suspect name' }] };
 */
export interface MatcherOptions {
  readonly defaultRole?: OfficerRole;
  readonly protect?: ProtectSource;
  /** Name parts also in a suspect's name: alone, they become "[name withheld]" instead of a false "an officer". */
  readonly shared?: readonly string[];
}

/**
 * The result of `redact`.
 *
 * @example
 * const r: RedactedText = { text: 'An officer was shot.', kinds: ['name'], kept: [] };
 */
export interface RedactedText {
  readonly text: string;
  readonly kinds: IdentityTermKind[];
  readonly kept: KeptMatch[];
}

/**
 * Finds and replaces withheld identity. Built by `createIdentityMatcher`.
 *
 * @example
 * const m: IdentityMatcher = createIdentityMatcher([{ text: 'young', kind: 'name-part' }]);
 * m.redact('Young was shot.').text; //=> 'An officer was shot.'
 */
export interface IdentityMatcher {
  readonly terms: readonly IdentityTerm[];
  /** Every match in `text`, in order, without overlaps. */
  find(text: string, mode?: ScanMode): IdentityMatch[];
  /**
   * Replaces names by a neutral phrase (in `lang`), removes badges, replaces other withheld terms. With
   * `noRole` (a suspect's name or alias) a name is "[name withheld]" even after a title: a role there would say
   * an officer is the suspect.
   */
  redact(text: string, mode?: ScanMode, lang?: PhraseLanguage, noRole?: boolean): RedactedText;
  /** Replaces every match by "[redacted]" (for messages). */
  scrub(text: string): string;
}

const PLACEHOLDER = '\uFFFF';

function tidyBadges(out: string): string {
  if (!out.includes(PLACEHOLDER)) return out;
  return out
    .replace(/\s*\(\s*\uFFFF\s*\)/g, '')
    .replace(/\s*,\s*\uFFFF\s*,/g, '')
    .replace(/^\s*\uFFFF\s*[,;:]?\s*/, '')
    .replace(/\s*[,;:]?\s*\uFFFF/g, '');
}

/**
 * Whether fields of this mode are written into a sentence ("Last seen near the officer's Ranch"): a location, a
 * suspect's description or a value. Their start is no sentence start; the text writer capitalises them where they
 * open one (red team 15: "near The officer's Ranch").
 */
function writtenIntoSentence(mode: ScanMode): boolean {
  return mode === 'place' || mode === 'suspect' || mode === 'structured';
}

/**
 * Builds a matcher for a list of terms. `defaultRole` picks the phrase when no title stands before the name.
 *
 * @example
 * const m = createIdentityMatcher(nameTerms('Maria Young'), 'sergeant');
 * m.redact('Sgt. Maria Young was shot. Young\'s car was taken.').text;
 * //=> 'A sergeant was shot. The sergeant\'s car was taken.'
 */
export function createIdentityMatcher(terms: readonly IdentityTerm[], roleOrOptions: OfficerRole | MatcherOptions = {}): IdentityMatcher {
  const options: MatcherOptions = typeof roleOrOptions === 'string' ? { defaultRole: roleOrOptions } : roleOrOptions;
  const defaultRole = options.defaultRole ?? 'officer';
  const list = terms.filter((t) => t.text.length > 0);
  const scanner = new Scanner(list, options.protect ?? [], new Set(options.shared ?? []));
  const quick = buildPrefilter(list);
  const mayHit = buildHitFilter(list);
  // `hitsOnly`: the caller reads the matches, not what was kept (find, scrub)
  const findHits = (text: string, mode: ScanMode, hitsOnly = false): { f: FoldedText; scan: Scan } => {
    const f = foldText(text);
    // (Cyrillic or Greek text is read transliterated by the scanner: the two-letter keys of the folded text say
    // nothing of it, "Νίκος" folds to look-alikes, red team 9)
    // (and a word written apart, "o.k.a.f.o.r", "oka- for", is read joined by the scanner)
    const apart = SPLIT_WORD.test(f.text);
    if (list.length === 0 || (!quick(f.text) && !apart && !TRANSLITERATED_SCRIPT.test(text)) || (!apart && !mayHit(f.text, text, hitsOnly))) return { f, scan: { hits: [], kept: [] } };
    return { f, scan: scanner.scan(text, f, mode) };
  };
  const span = (f: FoldedText, h: Hit): { start: number; end: number } => ({ start: f.start(h.s), end: f.end(h.e - 1) });
  return {
    terms: list,
    find(text, mode = 'free') {
      const { f, scan } = findHits(text, mode, true);
      return scan.hits.map((h) => ({ ...span(f, h), kind: h.kind, term: h.term }));
    },
    redact(text, mode = 'free', lang = 'en', noRole = false) {
      const { f, scan } = findHits(text, mode);
      if (scan.hits.length === 0) return { text, kinds: [], kept: scan.kept };
      const embedded = writtenIntoSentence(mode);
      let out = '';
      let at = 0;
      let lastRole: OfficerRole | undefined;
      let nameEnd = 0;
      let sharedBefore = false;
      for (const h of scan.hits) {
        const { start, end } = span(f, h);
        out += text.slice(at, start);
        const original = text.slice(start, end);
        let phrase: string;
        if (h.whole === 'address' || h.kind === 'extra' || h.kind === 'withheld') phrase = withheldWord(lang);
        // (red team 15: a suspect's alias "Officer Okafor" or "okafor4471" read "(aka An officer)")
        else if (h.whole === 'shared' || (noRole && h.kind !== 'badge')) phrase = `${h.article === undefined ? '' : `${original.slice(0, h.article.length)} `}${sharedNameWord(lang)}${h.possessive === true ? "'s" : ''}`;
        else if (h.honorific === true && h.kind === 'name-part') [out, phrase] = honorificInSentence(out, original, h, lang);
        else if (h.kind === 'badge') {
          // an aside ("Okafor, badge 4471, was", "(#4471)", right after the name) goes; in the sentence it is "[withheld]"
          const rest = text.slice(end);
          const aside =
            (nameEnd > 0 && /^[\s,(]*$/.test(out.slice(nameEnd))) ||
            (/[,(]\s*$/.test(out) && /^\s*[,)]/.test(rest)) ||
            (/[,;(]\s*$/.test(out) && /^\s*(?:[.;)]|$)/.test(rest)) ||
            (out.trim() === '' && rest.trim() === '');
          phrase = aside ? PLACEHOLDER : withheldWord(lang);
        }
        else if (h.role === undefined && h.article === undefined && h.titled !== true && h.kind === 'name-part' && sharedBefore && text.slice(at, start) === ' ') {
          // the surname right after another given name withheld ("Tyrell Daniel Okafor"): one person, one
          // "[name withheld]" (was "[name withheld] a deputy was shot")
          out = out.slice(0, -1);
          phrase = '';
        } else if (h.role === undefined && h.article === undefined && h.possessive !== true && titleComplementBefore(out)) {
          // the name right after a title and its agency or town says nothing more: "El agente de Denver Daniel
          // Okafor fue herido" -> "El agente de Denver fue herido" (re-attack 22 F9: "…de Denver un alguacil…")
          out = out.replace(/ $/u, '');
          phrase = '';
          lastRole ??= defaultRole;
        } else {
          const role = h.role ?? lastRole ?? defaultRole;
          const definite = lastRole !== undefined || h.article === 'the' || h.article === 'el' || h.article === 'la';
          [out, phrase] = roleInSentence({ out, rest: text.slice(end, end + 40), original, h, lang, role, definite, embedded });
          lastRole = role;
        }
        sharedBefore = phrase !== '' ? phrase === sharedNameWord(lang) && h.possessive !== true : sharedBefore;
        out += phrase;
        if (h.kind !== 'badge' && h.whole === undefined && h.kind !== 'extra' && h.kind !== 'withheld') nameEnd = out.length;
        at = end;
      }
      out = tidyBadges(out + text.slice(at));
      if (!/^\s/u.test(text)) out = out.trimStart();
      // a removed badge at the start leaves the sentence capitalised as it was
      if (!embedded && !/^\p{Ll}/u.test(text) && /^\p{Ll}/u.test(out)) out = out.charAt(0).toUpperCase() + out.slice(1);
      return { text: out, kinds: [...new Set(scan.hits.map((h) => h.kind))], kept: scan.kept };
    },
    scrub(text) {
      const { f, scan } = findHits(text, 'free', true);
      if (scan.hits.length === 0) return text;
      let out = '';
      let at = 0;
      for (const h of scan.hits) {
        const { start, end } = span(f, h);
        out += `${text.slice(at, start)}[redacted]`;
        at = end;
      }
      return out + text.slice(at);
    },
  };
}
