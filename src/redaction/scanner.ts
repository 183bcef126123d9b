/**
 * The scan of one folded text for every identity term: matches (hits) and what was kept on purpose, resolved into
 * non-overlapping mentions with their title, article, possessive and nickname. Split from `matcher.ts`.
 */
import { isNoSpaceScript, isWordChar, type FoldedText } from './fold.js';
import { knownTitles, roleOfTitle, type OfficerRole } from './titles.js';
import { PARTICLES, type IdentityTerm, type IdentityTermKind } from './names.js';
import { DOTTED_LETTERS, JOINERS, LINE_BREAK_HYPHEN, MIDDLE_INITIAL, hyphenCompound, relativeGiven } from './people.js';
import { findAddresses } from './address.js';
import type { ScanMode, KeptMatch, ProtectedPhrase, ProtectSource } from './matcher.js';
import { badgePattern, digitLetterReadings, percentDecoded, spelledBadge, transliterated } from './readings.js';
import { PLACE_AFTER, PLACE_BEFORE, UNIT_AFTER, BADGE_PREFIX, badgeBoundary, wordBoundary, capitalAt, capitalisedWordBefore, placeContext, placeNameFollows, isVehicleNext, isWeaponNext, WEAPON_MAKERS, VEHICLE_MAKES, VEHICLE_MODELS, PERSON_NEXT, FAMILY_NEXT, trimEndChars, wordBefore, wordAfter, titleBefore, windows, EVERYDAY, keptSense, sentenceInitial, STRUCTURED_WORDS, LOCATIVE } from './context.js';

/** Compass words before "of" ("north of Houston"). */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** A badge label written tight against the number ("ID:4471", "badge#4471", "unit-4471"): folded text. */
const GLUED_LABEL = /(?:^|[^\p{L}\p{N}])(?:id|badge|shield|star|placa|unit|unidad|employee|emp|serial)[:#-]?$/u;

/** What may stand between two parts of one written name: a space, or a nickname in quotes or brackets. */
export const NAME_GAP = /^(?: |\s*["“'‘(][\p{L}\p{M}. -]{1,24}["”'’)]\s*|\s*["“‘(]|[\p{L}\p{M}. -]{0,24}["”’)]\s*)$/u;

/** One capitalised word between two parts of a name: a middle name ("Daniel Chukwuemeka Okafor") or initial. */
const MIDDLE_GAP = /^ (?:\p{L}[\p{L}\p{M}'-]{1,23}|\p{L}\.) $/u;

/** The kinds of split of `joinStates`, one bit each: no name part / a name part, one piece / two or more. */
const START = 1; // one piece or none, no name part (also where a split starts)
const SPLIT_NAME = 2 | 8; // with a name part of 4+ letters, one piece (2) or more (8)
const SPLIT_MANY_NAME = 8;

/** Capitalised words that are not a middle name between two name parts. */
const STOP_MIDDLE: ReadonlySet<string> = new Set(['and', 'or', 'y', 'o', 'the', 'el', 'la', 'with', 'con', 'from', 'de', 'at', 'in', 'en', 'to']);

let compactTitles: readonly string[] | undefined;

/** Characters read through inside a written-together identity word (apostrophes and hyphens, as folded). */

/**
 * The known titles written without spaces or punctuation ("chiefofpolice", "sgt"), of two or more characters:
 * pieces of a written-together identity word. A fixed list, made once (it was made again for every matcher, twice
 * a build, and copied into a set with the request's name parts).
 */
function titlePieces(): readonly string[] {
  compactTitles ??= [...new Set(knownTitles().map((x) => x.replace(/[^\p{L}\p{N}]+/gu, '')))].filter((x) => x.length >= 2);
  return compactTitles;
}

export interface Hit {
  s: number;
  e: number;
  readonly kind: IdentityTermKind;
  readonly term: string;
  role?: OfficerRole;
  article?: string;
  possessive?: boolean;
  titled?: boolean;
  /** "the Okafors": the officer's family. */
  plural?: boolean;
  whole?: 'address' | 'shared';
  /** The officer's identity written together ("josegarcia-lopez"), found by `joinedIdentityWord`. */
  joined?: boolean;
  /** A given name before another surname ("Daniel Ruiz"): withheld as "[name withheld]" unless a stated fact. */
  person?: boolean;
}

/** Why a lone name part in a suspect or agency name is kept (and, after a written-together identity, is not). */
const KEPT_IN_NAME_FIELD = 'a name in an agency or suspect name field, without a title';

export interface Scan {
  hits: Hit[];
  kept: KeptMatch[];
}

/** The name sets of the untitled-name rules (`keptSense`, places): name parts, and the surnames. */
interface NameSets {
  readonly partSet: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
}

function nameSets(terms: readonly IdentityTerm[]): NameSets {
  return {
    partSet: new Set(terms.filter((x) => x.kind === 'name-part' || x.kind === 'name').map((x) => x.text)),
    // the surname: what follows the given-name initial ("a. diaz"), or a one-word name
    surnames: new Set(
      terms.filter((x) => x.kind === 'name').flatMap((x) => /^\p{L}\. (\S+)$/u.exec(x.text)?.slice(1) ?? (x.text.includes(' ') ? [] : [x.text])),
    ),
  };
}

/**
 * What a written-together identity word ("DanielOkafor") is made of: name parts, badges and family words without
 * spaces (with the titles, `titlePieces`), and which of them are name parts.
 */
interface JoinPieces {
  readonly joinPieces: readonly string[];
  readonly namePieces: ReadonlySet<string>;
  /** The name parts written with their own joiner ("garcia-lopez"), joiners as "-". */
  readonly compounds: readonly string[];
  /** The name parts written with spaces, word by word ("de la cruz": de, la, cruz). */
  readonly spacedParts: readonly (readonly string[])[];
}

function joinPiecesOf(terms: readonly IdentityTerm[]): JoinPieces {
  const names = terms.filter((x) => x.kind === 'name' || x.kind === 'name-part');
  // initials ("m.c.") are no piece: written together they are any word's first letters ("McCa-Aa": property test)
  // nor is a part of one or two letters of a hyphenated name ("mc" of "mc-aa": "McMc-Aa" is another word)
  const shortSubParts = new Set(names.flatMap((x) => (/['’-]/.test(x.text) ? x.text.split(/['’-]/) : [])).filter((x) => x.length < 3));
  const compactName = names
    .filter((x) => !/^(?:\p{L}\. ?)+$/u.test(x.text) && !shortSubParts.has(x.text))
    .map((x) => x.text.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter((x) => x.length >= 2);
  // a name part written with its own apostrophe or hyphen ("o'connor", "garcia-lopez"), as a written-together word
  // holds it; a joiner anywhere else ends the identity ("okafor's", "okafor-led") or belongs to another name
  const withJoiners = names.filter((x) => !x.text.includes(' ') && [...x.text].some((c) => JOINERS.has(c))).map((x) => joinerForm(x.text));
  const badges = terms.filter((x) => x.kind === 'badge' || x.kind === 'withheld').map((x) => x.text);
  const family = ['family', 'familia', 'jr', 'sr'];
  // the particles of a surname written with spaces ("de la cruz"): pieces of a written-together word ("annede la
  // cruz", red team), never name parts of their own
  const spacedParts = names
    .filter((x) => x.kind === 'name-part' && x.text.includes(' '))
    .map((x) => x.text.split(' '))
    .filter((words) => PARTICLES.includes(words[0] ?? ''));
  const named = [...compactName, ...withJoiners];
  return {
    joinPieces: [...new Set([...named, ...badges, ...family, ...spacedParts.flat().filter((w) => PARTICLES.includes(w))])].filter((x) => x.length >= 2),
    namePieces: new Set(named),
    compounds: withJoiners,
    spacedParts,
  };
}

/** The text with each joiner written "-" (so "o'connor" and "o’connor" are one piece). */
function joinerForm(text: string): string {
  let out = '';
  for (const c of text) out += JOINERS.has(c) ? '-' : c;
  return out;
}

/** The terms without spaces or punctuation, as an address, hashtag or slug would write them. */
function compactTermsOf(terms: readonly IdentityTerm[]): readonly { term: IdentityTerm; compact: string }[] {
  return terms
    .filter((t) => t.kind !== 'initial')
    .map((term) => ({ term, compact: term.text.replace(/[^\p{L}\p{N}]+/gu, '') }))
    .filter((c) => c.compact.length >= (c.term.kind === 'badge' || c.term.kind === 'withheld' || isNoSpaceScript(c.compact[0]) ? 2 : 3));
}

/**
 * Whether one or two capitalised words that are no part of the officer's name, then a capitalised place word,
 * follow a name part: the place is named after someone else ("the Dan Ryan Expressway", "Daniel Boone Parkway"
 * for an officer Daniel: red team, "Last seen on The trooper Ryan Expy" was published).
 */
function placeAhead(t: string, original: string, f: FoldedText, e: number): boolean {
  let q = e;
  for (let n = 0; n < 2; n++) {
    const w = wordAfter(t, q);
    if (w === '' || t[q] !== ' ' || !capitalAt(original, f, q + 1) || PLACE_AFTER.has(w)) break;
    q += w.length + 1;
  }
  return q > e && t[q] === ' ' && PLACE_AFTER.has(wordAfter(t, q)) && capitalAt(original, f, q + 1);
}

export class Scanner {
  private readonly patterns = new Map<string, RegExp>();
  private readonly terms: readonly IdentityTerm[];
  private readonly protectSource: ProtectSource;
  private protectList: readonly ProtectedPhrase[] | undefined;
  private readonly shared: ReadonlySet<string>;
  private names: NameSets | undefined;
  private pieces: JoinPieces | undefined;
  private compact: readonly { term: IdentityTerm; compact: string }[] | undefined;

  constructor(terms: readonly IdentityTerm[], protect: ProtectSource, shared: ReadonlySet<string>) {
    this.terms = terms;
    this.protectSource = protect;
    this.shared = shared;
  }

  /** The protected phrases, listed when a scan first has a match they could protect. */
  private get protect(): readonly ProtectedPhrase[] {
    const source = this.protectSource;
    this.protectList ??= typeof source === 'function' ? source() : source;
    return this.protectList;
  }

  // The term sets, each made when a scan first needs it (a matcher is built twice a build; most of its scans stop
  // early, and most that go on need one set or none).
  private get nameSets(): NameSets {
    this.names ??= nameSets(this.terms);
    return this.names;
  }

  private get joinSets(): JoinPieces {
    this.pieces ??= joinPiecesOf(this.terms);
    return this.pieces;
  }

  private get compactTerms(): readonly { term: IdentityTerm; compact: string }[] {
    this.compact ??= compactTermsOf(this.terms);
    return this.compact;
  }

  scan(original: string, f: FoldedText, mode: ScanMode): Scan {
    const t = f.text;
    const hits: Hit[] = [];
    const kept: KeptMatch[] = [];
    const keep = (s: number, e: number, kind: IdentityTermKind, reason: string): void => {
      kept.push({ s, e, kind, reason, windows: windows(t, s, e) });
    };
    if (mode !== 'address') this.addresses(t, hits);
    for (const term of this.terms) {
      if (term.kind === 'badge') spelledBadge(t, term.text, hits);
      if (term.kind === 'badge' || term.kind === 'withheld') this.badges(t, term, mode, hits, keep);
      else this.words(original, f, term, mode, hits, keep);
    }
    // digits written for letters inside a word ("0kaf0r", "Ph1l1p") and names written in Cyrillic or Greek
    // ("Окафор", "Οκαφορ"): names are matched again in readings of the text with 0 as o and 1 as l or i, and with
    // Cyrillic and Greek letters transliterated, letter for letter (same length, same offsets); the text itself
    // is never changed
    for (const alt of [...digitLetterReadings(t), ...transliterated(original, f)]) {
      const g: FoldedText = { text: alt, identity: f.identity, start: (i) => f.start(i), end: (i) => f.end(i) };
      for (const term of this.terms) if (term.kind === 'name' || term.kind === 'name-part') this.words(original, g, term, mode, hits, keep);
    }
    this.hyphenReading(original, f, mode, hits);
    this.joinedReading(original, f, mode, hits);
    // a name field that holds the officer's identity written together ("de la Cruzde la Cruz") does not hold a
    // suspect's own surname besides: its lone name parts are withheld too (red team: "la Cruz" was kept)
    let keptHere = kept;
    if (mode === 'institutional' && hits.some((h) => h.joined === true)) {
      for (const k of kept) if (k.reason === KEPT_IN_NAME_FIELD) hits.push({ s: k.s, e: k.e, kind: k.kind, term: t.slice(k.s, k.e), whole: 'shared' });
      keptHere = kept.filter((k) => k.reason !== KEPT_IN_NAME_FIELD);
    }
    const chosen = this.resolve(t, hits, keptHere, original, f);
    // a kept part of a longer match that was redacted ("aa" of "officer maria aa-aa") was not kept at all
    const stillKept = chosen.length === 0 ? keptHere : keptHere.filter((k) => !chosen.some((h) => h.s < k.e && k.s < h.e));
    return { hits: chosen, kept: stillKept };
  }

  /**
   * Hyphens between letters read as spaces ("officer de-la-cruz", "officer lopez-garcia", "the okafor-family home"):
   * a hit in that reading counts only after a title or before a family word, where the compound is the officer's
   * name; elsewhere a hyphenated name is another person's ("Okafor-Smith's barbershop"). Same length, same offsets.
   */
  private hyphenReading(original: string, f: FoldedText, mode: ScanMode, hits: Hit[]): void {
    const t = f.text;
    if (mode === 'address' || !t.includes('-')) return;
    const alt = t.replace(/(?<=[\p{L}\p{M}])-(?=[\p{L}\p{M}])/gu, ' ');
    if (alt === t) return;
    const g: FoldedText = { text: alt, identity: f.identity, start: (i) => f.start(i), end: (i) => f.end(i) };
    const found: Hit[] = [];
    const ignore = (): void => undefined;
    for (const term of this.terms) if (term.kind === 'name' || term.kind === 'name-part') this.words(original, g, term, mode, found, ignore);
    for (const h of found) {
      // only hits the hyphens made: one with a hyphen of the text inside it or right next to it
      if (!t.slice(Math.max(0, h.s - 1), h.e + 1).includes('-')) continue;
      // a title joined to the name by the hyphen is no title: "Mx-Aa-Smithe" for an officer Mx-Aa (property test)
      const titled = (h.titled === true || titleBefore(alt, h.s) !== undefined) && t[h.s - 1] !== '-';
      if (titled || FAMILY_NEXT.has(wordAfter(alt, h.e))) hits.push({ ...h, titled: true });
    }
  }

  /**
   * Names written apart: letters with dots between them ("O.K.A.F.O.R", "O. K. A. F. O. R.") and a word broken at
   * a line end with a hyphen ("Oka-\nfor"): read with those characters left out (an offset map back to the text);
   * a hit counts only when it spans a character left out (red team 9).
   */
  private joinedReading(original: string, f: FoldedText, mode: ScanMode, hits: Hit[]): void {
    const t = f.text;
    if (mode === 'address' || (!t.includes('.') && !t.includes('- '))) return;
    const drop = new Uint8Array(t.length);
    let any = false;
    for (const m of t.matchAll(DOTTED_LETTERS)) {
      // (2: a dot after the last letter, which goes with the name: "o.k.a.f.o.r." is "an officer", not "an officer.")
      for (let i = m.index; i < m.index + m[0].length; i++) if (!isWordChar(t[i])) drop[i] = i === m.index + m[0].length - 1 ? 2 : 1;
      any = true;
    }
    for (const m of t.matchAll(LINE_BREAK_HYPHEN)) {
      drop[m.index] = 1;
      drop[m.index + 1] = 1;
      any = true;
    }
    if (!any) return;
    let alt = '';
    const map: number[] = [];
    for (let i = 0; i < t.length; i++) {
      if (drop[i] !== 0) continue;
      alt += t[i];
      map.push(i);
    }
    const at = (i: number): number => map[Math.min(i, map.length - 1)] ?? 0;
    const g: FoldedText = { text: alt, identity: false, start: (i) => f.start(at(i)), end: (i) => f.end(at(i)) };
    const found: Hit[] = [];
    const ignore = (): void => undefined;
    for (const term of this.terms) if (term.kind === 'name' || term.kind === 'name-part') this.words(original, g, term, mode, found, ignore);
    for (const h of found) {
      const s = at(h.s);
      let e = at(h.e - 1) + 1;
      let spans = false;
      for (let i = s; i < e && !spans; i++) spans = drop[i] !== 0;
      if (drop[e] === 2) e++;
      if (spans) hits.push({ ...h, s, e });
    }
  }

  /**
   * A capitalised word right before the surname that starts like a given name ("Danny Okafor", "Officer Dan
   * Okafor" for Daniel) is a nickname: part of the mention.
   */
  private absorbNicknames(t: string, hits: Hit[], original: string, f: FoldedText): void {
    const prefixes = new Set(this.terms.filter((x) => x.kind === 'name-part' && x.text.length >= 4).map((x) => x.text.slice(0, 3)));
    if (prefixes.size === 0) return;
    let floor = 0;
    for (const h of hits) {
      if (h.whole === undefined && (h.kind === 'name' || h.kind === 'name-part')) {
        const m = /([\p{L}]{3,12}) $/u.exec(t.slice(Math.max(floor, h.s - 14), h.s));
        const word = m?.[1];
        if (word !== undefined && prefixes.has(word.slice(0, 3)) && !isWordChar(t[h.s - word.length - 2]) && capitalAt(original, f, h.s - word.length - 1)) {
          h.s -= word.length + 1;
        }
      }
      floor = h.e;
    }
  }

  private addresses(t: string, hits: Hit[]): void {
    if (!/[/@#_]/.test(t)) return;
    for (const m of findAddresses(t)) {
      const token = trimEndChars(m.text, '.,;:!?)');
      if (/^#\d+$/.test(token)) continue;
      const s = m.index;
      const plain = token.includes('%') ? percentDecoded(token) : token;
      const compact = plain.replace(/[^\p{L}\p{N}]+/gu, '');
      const runs = plain.split(/[^\p{L}\p{N}]+/u);
      const found = this.compactTerms.find(({ term, compact: c }) =>
        term.kind === 'badge' || term.kind === 'withheld' ? runs.includes(c) || runs.some((r) => r.endsWith(c) && /^\D*$/.test(r.slice(0, -c.length))) : compact.includes(c),
      );
      if (found !== undefined) hits.push({ s, e: s + token.length, kind: found.term.kind, term: found.term.text, whole: 'address' });
    }
  }

  private badges(t: string, term: IdentityTerm, mode: ScanMode, hits: Hit[], keep: (s: number, e: number, k: IdentityTermKind, r: string) => void): void {
    const needle = term.text;
    if (!t.includes(needle[0] ?? '')) return;
    let re = this.patterns.get(needle);
    if (re === undefined) {
      re = badgePattern(needle);
      this.patterns.set(needle, re);
    }
    re.lastIndex = 0;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
      let s = m.index;
      const e = s + m[0].length;
      re.lastIndex = s + 1;
      // leading zeros are the same badge ("04471"); a label glued by a colon or hash is a label ("ID:4471")
      let z = s;
      while (z > 0 && t[z - 1] === '0') z--;
      if (z < s && !/\d/.test(t[z - 1] ?? '') && badgeBoundary(t, z, e)) s = z;
      const glued = GLUED_LABEL.test(t.slice(Math.max(0, s - 12), s)) && !isWordChar(t[e]);
      // one letter after a labelled badge is a suffix ("Badge #4471A", "4471-B": red team 9)
      const suffix = /^-?\p{L}(?![\p{L}\p{N}])/u.exec(t.slice(e, e + 3))?.[0];
      if (suffix !== undefined && badgeBoundary(t, s, e + suffix.length) && BADGE_PREFIX.test(t.slice(Math.max(0, s - 20), s))) {
        hits.push({ s, e: e + suffix.length, kind: term.kind, term: needle });
        continue;
      }
      if (!glued && !badgeBoundary(t, s, e)) {
        keep(s, e, term.kind, 'part of a longer number or word (phone number, date, model)');
        continue;
      }
      // labelled by a badge word, or by a title or the officer's name right before it ("Officer 4471", "Okafor
      // (4471)": red team, both were kept in vehicle and description fields)
      let before = s;
      while (before > 0 && s - before < 6 && ' (#:,'.includes(t[before - 1] as string)) before--;
      let word = before;
      while (word > 0 && before - word < 30 && isWordChar(t[word - 1]) && !/\d/.test(t[word - 1] as string)) word--;
      const labelled =
        glued ||
        BADGE_PREFIX.test(t.slice(Math.max(0, s - 20), s)) ||
        (before < s && (titleBefore(t, before + (t[before] === ' ' ? 1 : 0)) !== undefined || this.nameSets.partSet.has(t.slice(word, before))));
      // a one- or two-digit badge without a label is any number ("Route 12", "Glock 19"): kept on record, so the
      // guard does not refuse the alert for it (red team 10)
      if (needle.length < 3 && !labelled) {
        keep(s, e, term.kind, 'a short number, not the badge');
        continue;
      }
      if (!labelled && UNIT_AFTER.test(t.slice(e, e + 8))) {
        keep(s, e, term.kind, 'a measurement, not the badge');
        continue;
      }
      if (mode === 'structured' && !labelled) {
        keep(s, e, term.kind, 'part of a structured value (vehicle, measurement, phone number)');
        continue;
      }
      hits.push({ s, e, kind: term.kind, term: needle });
    }
  }

  private words(original: string, f: FoldedText, term: IdentityTerm, mode: ScanMode, hits: Hit[], keep: (s: number, e: number, k: IdentityTermKind, r: string) => void): void {
    const t = f.text;
    const needle = term.text;
    for (let s = t.indexOf(needle); s !== -1; s = t.indexOf(needle, s + 1)) {
      const e = s + needle.length;
      if (!wordBoundary(t, s, e, needle)) {
        const joined = mode === 'address' || (term.kind !== 'name' && term.kind !== 'name-part') ? undefined : this.joinedIdentityWord(t, s, e);
        // glued in camel case to another word or a digit ("OkaforStrong", "DOkafor", "Okafor2": red team); not a
        // word that is itself a name part ("OBrien" for an officer O'Brien)
        const camelAt = joined === undefined && mode !== 'address' && (term.kind === 'name' || term.kind === 'name-part') && needle.length >= 4 ? this.camelGlued(original, f, s, e) : undefined;
        // (not an everyday word, "YoungStown", "ParkView", and not before a place word, "HoustonStreet")
        const piece = camelAt === undefined || e >= t.length ? '' : (/^\p{Lu}\p{Ll}*/u.exec(original.slice(f.start(e), f.start(e) + 24))?.[0] ?? '');
        const camel =
          camelAt !== undefined &&
          (camelAt === s || !this.nameSets.partSet.has(t.slice(camelAt, e))) &&
          !EVERYDAY.has(needle) &&
          !PLACE_AFTER.has(piece.toLowerCase());
        // a double surname joined by a hyphen, both capitalised ("Okafor-Jones", "Ruiz-Okafor"), after the officer's
        // given name or a title, is the officer (red team 9: "Daniel Okafor-Jones" read "An officer Okafor-Jones")
        // (only after the officer's given name or a title: alone, "Okafor-Smith" is another person, as before)
        const compound =
          joined === undefined && !camel && mode !== 'address' && mode !== 'structured' && (term.kind === 'name' || term.kind === 'name-part') ? hyphenCompound(original, f, s, e) : undefined;
        const given = compound === undefined ? '' : wordBefore(t, compound[0]);
        // the other half is another name, not one of the officer's parts or a word made from one ("He-Ocallerstown"
        // for an officer He-Ocaller: property test)
        const half = compound === undefined ? '' : compound[0] === s ? t.slice(e + 1, compound[1]) : t.slice(compound[0], s - 1);
        const namesOfficer =
          compound !== undefined &&
          this.nameSets.surnames.has(needle) &&
          ![...this.nameSets.partSet].some((p) => p.length > 1 && half.startsWith(p)) &&
          (titleBefore(t, compound[0]) !== undefined ||
            (t[compound[0] - 1] === ' ' && this.nameSets.partSet.has(given) && !this.nameSets.surnames.has(given) && !JOINERS.has(t[compound[0] - 2 - given.length] ?? '')));
        if (joined !== undefined) hits.push({ s: joined.s, e: joined.e, kind: 'name', term: needle, titled: titleBefore(t, joined.s) !== undefined, joined: true });
        else if (compound !== undefined && namesOfficer) hits.push({ s: compound[0], e: compound[1], kind: term.kind, term: needle, titled: titleBefore(t, compound[0]) !== undefined });
        else if (camel) hits.push({ s: camelAt as number, e, kind: term.kind, term: needle, whole: 'address' });
        else if (mode !== 'address' && mode !== 'institutional' && term.kind === 'name-part' && this.withAffix(original, f, s, e, needle)) {
          hits.push({ s, e, kind: term.kind, term: needle, whole: 'address' });
        }
        // kept on record where the guard reads a word of its own: a longer part, or one at a hyphen or apostrophe
        // ("Dsi-Smithe" for an officer Zoë Dsi: property test, the guard refused it)
        else if (term.kind === 'name-part' && (needle.length >= 4 || JOINERS.has(t[s - 1] ?? '') || JOINERS.has(t[e] ?? '')) && mode !== 'address') keep(s, e, term.kind, 'part of a longer word');
        continue;
      }
      const titled = mode !== 'address' && titleBefore(t, s) !== undefined;
      // a given name, a middle initial the request does not give, and the surname: the whole name ("Daniel J.
      // Okafor home" in a location field kept "Daniel J.": red team 9)
      if (term.kind === 'name-part' && mode !== 'address' && !this.nameSets.surnames.has(needle)) {
        const m = MIDDLE_INITIAL.exec(t.slice(e, e + 4));
        const surname = m === null ? '' : /^[\p{L}'-]+/u.exec(t.slice(e + m[0].length, e + m[0].length + 40))?.[0] ?? '';
        if (m !== null && this.nameSets.surnames.has(surname)) {
          hits.push({ s, e: e + m[0].length + surname.length, kind: 'name', term: needle, titled });
          continue;
        }
      }
      // an initial and the surname in a suspect or agency name ("near N. Hill" for an officer Ng Hill) is a person,
      // never a place (property test)
      const initialName =
        (mode === 'institutional' && term.kind === 'name' && /^\p{L}\.? /u.test(needle)) ||
        // and the whole name in free text is the person when a lower-case word follows ("near Ng Hill shot" for an
        // officer Ng Hill, property test; "seen in Rose Hill." and "near Rose Hill Cemetery" are the place)
        (mode === 'free' && term.kind === 'name' && t[e] === ' ' && isWordChar(t[e + 1]) && !capitalAt(original, f, e + 1) && !PLACE_AFTER.has(wordAfter(t, e)));
      if (mode !== 'address' && !titled && !initialName && keptSense(t, original, f, s, e, needle, this.nameSets.partSet, this.nameSets.surnames) !== undefined) {
        keep(s, e, term.kind, keptSense(t, original, f, s, e, needle, this.nameSets.partSet, this.nameSets.surnames) as string);
        continue;
      }
      // the word after, past a "Jr" or "Sr" ("Martin Luther King Jr Blvd")
      const suffix = /^ (?:jr|sr)\.?(?= )/.exec(t.slice(e, e + 5))?.[0].length ?? 0;
      if (term.kind === 'name' && mode === 'place' && !titled && PLACE_AFTER.has(wordAfter(t, e + suffix))) {
        keep(s, e, term.kind, 'a place name in a location field');
        continue;
      }
      // a full name inside a longer personal name in a suspect or agency field ("Marcus Lee Hale" for an officer
      // Marcus Lee): "[name withheld]", never a false "a deputy" for the suspect
      if (term.kind === 'name' && mode === 'institutional' && !titled && ((t[e] === ' ' && capitalAt(original, f, e + 1)) || capitalisedWordBefore(original, f, s))) {
        hits.push({ s, e, kind: term.kind, term: needle, whole: 'shared' });
        continue;
      }
      if (term.kind === 'initial') {
        if (titled && (t[e] === undefined || t[e] === '.' || !isWordChar(t[e]))) hits.push({ s, e: t[e] === '.' ? e + 1 : e, kind: 'initial', term: needle, titled });
        continue;
      }
      if (term.kind === 'name-part' && mode !== 'address' && !titled) {
        if (mode === 'institutional' && !FAMILY_NEXT.has(wordAfter(t, e))) {
          keep(s, e, term.kind, KEPT_IN_NAME_FIELD);
          continue;
        }
        // the surname after another given name is a relative ("his wife Grace Okafor": red team 9, "Grace an
        // officer" in the text and "Grace Okafor" kept whole as a place): "[name withheld]" for both words. Not a
        // surname that is an everyday word ("Rose Hill"), a word that starts the sentence, or a place word after it
        const other = relativeGiven(t, original, f, s, this.nameSets.partSet);
        if ((mode === 'free' || mode === 'place') && other > 0 && this.nameSets.surnames.has(needle) && !EVERYDAY.has(needle) && !PLACE_AFTER.has(wordAfter(t, e)) && !this.shared.has(needle)) {
          hits.push({ s: s - other, e, kind: term.kind, term: needle, whole: 'shared', person: true });
          continue;
        }
        const possessive = t[e] === "'" && t[e + 1] === 's' && !isWordChar(t[e + 2]);
        if (mode === 'structured' && !possessive && STRUCTURED_WORDS.has(needle) && !FAMILY_NEXT.has(wordAfter(t, e))) {
          keep(s, e, term.kind, 'a value in a structured field (vehicle, description)');
          continue;
        }
        // the surname alone as the whole of a location field ("destinations": ["Okafor"]) or right after a locative
        // word ("near Okafor") is not read as a place; with a place word after it ("near Okafor Park") it is
        // ("north of Houston" is a direction from a place: red team, "I-45 north of an officer" was published)
        const compassOf = wordBefore(t, s) === 'of' && t[s - 1] === ' ' && COMPASS_WORDS.has(wordBefore(t, s - 3));
        const alone = !PLACE_AFTER.has(needle) && !compassOf && (t.slice(0, s).trim() === '' || LOCATIVE.has(wordBefore(t, s)));
        // a given name too when a lower-case word follows it ("near Ng said" for an officer Ng Chen: property
        // test); "Aurora", "near Aurora, CO" and "near Aurora Mall" are still the place (issue 13)
        // in a location field, a capitalised word after it that is no name part ("Castle Rock", "Wells Fargo") or a
        // state after a comma ("Lincoln, Nebraska") makes it a place's name (red team 9)
        const properPlace = mode === 'place' && !possessive && placeNameFollows(t, original, f, e, this.nameSets.partSet);
        const wholeField =
          alone &&
          !properPlace &&
          ((this.nameSets.surnames.has(needle) && /^(?:[\s.,;:!?]|$)/u.test(t.slice(e, e + 1)) && !PLACE_AFTER.has(wordAfter(t, e))) ||
            (t[e] === ' ' && isWordChar(t[e + 1]) && !capitalAt(original, f, e + 1) && !PLACE_AFTER.has(wordAfter(t, e))));
        if (mode === 'place' && !possessive && !wholeField && !FAMILY_NEXT.has(wordAfter(t, e)) && (properPlace || placeContext(t, s) || (capitalisedWordBefore(original, f, s) && !this.nameSets.partSet.has(wordBefore(t, s))))) {
          keep(s, e, term.kind, 'a place in a location field');
          continue;
        }
        const after = wordAfter(t, e);
        const before = wordBefore(t, s);
        if ((PLACE_AFTER.has(wordAfter(t, e + suffix)) && capitalAt(original, f, e + 1)) || placeAhead(t, original, f, e) || (PLACE_BEFORE.has(before) && capitalAt(original, f, s - before.length - 1 - (t[s - 2] === '.' ? 1 : 0)))) {
          keep(s, e, term.kind, 'a place name');
          continue;
        }
        if (!possessive && VEHICLE_MAKES.has(needle) && isVehicleNext(/^\s([\p{L}\p{N}-]+)/u.exec(t.slice(e, e + 30))?.[1] ?? '')) {
          keep(s, e, term.kind, 'a vehicle make');
          continue;
        }
        // a model right after its make ("GMC Sierra pickup", "Dodge Dakota" for an officer Sierra, Dakota: red team 10)
        if (!possessive && VEHICLE_MODELS.has(needle) && VEHICLE_MAKES.has(before) && t[s - 1] === ' ') {
          keep(s, e, term.kind, 'a vehicle model after its make');
          continue;
        }
        // a gun maker before a model or a gun word ("Glock 19 handgun" for an officer Glock: red team 9)
        if (!possessive && WEAPON_MAKERS.has(needle) && isWeaponNext(/^\s(?:&\s|and\s|\.)?([\p{L}\p{N}-]+)/u.exec(t.slice(e, e + 30))?.[1] ?? '')) {
          keep(s, e, term.kind, 'a gun maker');
          continue;
        }
        if (EVERYDAY.has(needle) || (needle.endsWith('s') && EVERYDAY.has(needle.slice(0, -1)))) {
          const text = original.slice(f.start(s), f.end(e - 1));
          if (text === text.toLowerCase()) {
            keep(s, e, term.kind, 'an everyday word written in lower case');
            continue;
          }
          if (sentenceInitial(original.slice(0, f.start(s))) && after !== '' && !PERSON_NEXT.has(after) && t[e] === ' ' && !capitalAt(original, f, e + 1)) {
            keep(s, e, term.kind, 'an everyday word at the start of a sentence');
            continue;
          }
        }
        // withheld in a location field, a name part is no officer there: "toward [name withheld]", never the false
        // "heading south toward an officer" (red team 9)
        if (mode === 'place' && !possessive && !FAMILY_NEXT.has(wordAfter(t, e))) {
          hits.push({ s, e, kind: term.kind, term: needle, titled, whole: 'shared', person: true });
          continue;
        }
      }
      // the officer's given name (or a short form) before another capitalised surname is another person ("shot
      // by Daniel Ruiz": red team, "shot by an officer Ruiz" told the public an officer shot): the part is withheld
      // without a role ("[name withheld] Ruiz")
      const next = t[e] === ' ' ? wordAfter(t, e) : '';
      const shared =
        term.kind === 'name-part' && !titled && (mode === 'free' || mode === 'place') && !this.nameSets.surnames.has(needle) &&
        (next.length > 1 || MIDDLE_INITIAL.test(t.slice(e, e + 4))) && capitalAt(original, f, e + 1) && !this.nameSets.partSet.has(next) && !PLACE_AFTER.has(next);
      if (shared) {
        hits.push({ s, e, kind: term.kind, term: needle, titled, whole: 'shared', person: true });
        continue;
      }
      const plural = term.kind !== 'extra' && needle.length >= 4 ? /^(?:s|es)(?![\p{L}\p{N}])/u.exec(t.slice(e, e + 3))?.[0] : undefined;
      if (plural !== undefined) hits.push({ s, e: e + plural.length, kind: term.kind, term: needle, titled, plural: true });
      // in a suspect's or an agency's name field, or a vehicle or description value, a withheld name is no officer:
      // "Suspect: [name withheld]", "gray [name withheld] F-150", never the false "Suspect: An officer" (red team 10)
      else if ((mode === 'institutional' || mode === 'structured') && !titled) hits.push({ s, e, kind: term.kind, term: needle, whole: 'shared', person: true });
      else hits.push({ s, e, kind: term.kind, term: needle, titled });
    }
  }

  /**
   * Where the word starts when `[s, e)` is a capitalised name written against another capitalised word or a
   * digit, in camel case: at a word's start, or after one or two capitals that start it ("DOkafor"), and up to a
   * capital or a digit ("OkaforStrong", "Okafor2") or the word's end after such capitals. "McOkafor" and
   * "Okaforstown" are other words.
   */
  private camelGlued(original: string, f: FoldedText, s: number, e: number): number | undefined {
    const t = f.text;
    if (!capitalAt(original, f, s)) return undefined;
    let a = s;
    while (a > 0 && s - a < 2 && isWordChar(t[a - 1]) && capitalAt(original, f, a - 1)) a--;
    if (isWordChar(t[a - 1])) return undefined;
    const next = t[e];
    if (!isWordChar(next)) return a < s ? a : undefined;
    return capitalAt(original, f, e) || /\d/.test(next as string) ? a : undefined;
  }

  /**
   * A name part joined by a hyphen to a lower-case word, before or after it: "Okafor-led", "pro-Okafor",
   * "Daniel-era" (red team: published). The name part alone is withheld ("[withheld]-led"); a capitalised word
   * joined to it is another person's double name ("Okafor-Smith"), and an everyday word written in lower case
   * is that word ("young-adult" for an officer Young).
   */
  private withAffix(original: string, f: FoldedText, s: number, e: number, needle: string): boolean {
    const t = f.text;
    const hyphen = (c: string | undefined): boolean => c === '-' || c === '\u2010' || c === '\u2011';
    if (!capitalAt(original, f, s) && EVERYDAY.has(needle)) return false;
    const lower = (a: number, b: number): boolean => b - a >= 2 && b - a <= 12 && /^\p{Ll}+$/u.test(original.slice(f.start(a), f.end(b - 1)));
    if (hyphen(t[e]) && !isWordChar(t[s - 1])) {
      let b = e + 1;
      while (b < t.length && b - e <= 13 && isWordChar(t[b])) b++;
      if (!isWordChar(t[b]) && !hyphen(t[b]) && lower(e + 1, b)) return true;
    }
    if (hyphen(t[s - 1]) && !isWordChar(t[e]) && !hyphen(t[e])) {
      let a = s - 1;
      while (a > 0 && s - a <= 13 && isWordChar(t[a - 1])) a--;
      if (!isWordChar(t[a - 1]) && !hyphen(t[a - 1]) && lower(a, s - 1)) return true;
    }
    return false;
  }

  /**
   * The word around `[s, e)` when it is nothing but the officer's identity written together: name parts, the
   * badge, titles and family words with no space ("danielokafor", "okafordaniel", "okafor4471", "officerokafor",
   * "okaforfamily"). A word with anything else in it ("okaforville") is another word. The run is read through
   * apostrophes and hyphens: the identity may start or end at one ("officerokafor's", "danielokafor-led"), and a
   * name part written with one counts whole ("officero'connor", "josegarcia-lopez": red team, both were published);
   * two name parts joined by one ("lopez-garcia" for an officer Garcia-Lopez) are another person's name.
   */
  private joinedIdentityWord(t: string, s: number, e: number): { s: number; e: number } | undefined {
    const run = this.joinedRun(t, s, e);
    if (run === undefined) return undefined;
    // a word ending in the first words of a name part written with spaces goes on with its other words: "annede la
    // cruz" for an officer Anne de la Cruz is one mention, not "annede" and "la cruz"
    for (const words of this.joinSets.spacedParts) {
      for (let k = 1; k < words.length; k++) {
        const rest = ` ${words.slice(k).join(' ')}`;
        if (t.slice(run.s, run.e).endsWith(words.slice(0, k).join('')) && t.startsWith(rest, run.e) && !isWordChar(t[run.e + rest.length])) {
          return { s: run.s, e: run.e + rest.length };
        }
      }
    }
    return run;
  }

  private joinedRun(t: string, s: number, e: number): { s: number; e: number } | undefined {
    const inWord = (i: number): boolean => isWordChar(t[i]) && !isNoSpaceScript(t[i]);
    const joiner = (i: number): boolean => JOINERS.has(t[i] ?? '') && inWord(i - 1) && inWord(i + 1);
    let a = s;
    let b = e;
    while (a > 0 && inWord(a - 1)) a--;
    while (b < t.length && inWord(b)) b++;
    // a written-together name has a few parts; a longer run is not one (and must not cost more than a glance)
    if (b - a > 64) return undefined;
    // then on through joiners, word by word, as far as 64 characters in all: a long hyphenated run around the
    // identity ("a-a-…-danielokafor", "danielokafor-led-multi-agency-…") still holds it (red team)
    for (let x = a; x > 0 && joiner(x - 1); ) {
      x--;
      while (x > 0 && inWord(x - 1)) x--;
      if (b - x > 64) break;
      a = x;
    }
    for (let y = b; y < t.length && joiner(y); ) {
      y++;
      while (y < t.length && inWord(y)) y++;
      if (y - a > 64) break;
      b = y;
    }
    // a match with a space in it ("a hill" inside "aurora hill") keeps it, and is not one word
    const word = joinerForm(t.slice(a, b));
    // where the identity may start and end: the whole run, or at a joiner outside the match (widest first)
    const starts = [0];
    const ends = [word.length];
    for (let i = 0; i < word.length; i++) {
      if (word[i] !== '-') continue;
      if (a + i + 1 <= s) starts.push(i + 1);
      if (a + i >= e) ends.splice(1, 0, i);
    }
    for (const from of starts) {
      const state = this.joinStates(word, from);
      for (const to of ends) if (to > from && ((state[to - from] as number) & SPLIT_MANY_NAME) !== 0) return { s: a + from, e: a + to };
    }
    const run = this.hyphenatedIdentity(word, s - a, e - a);
    return run === undefined ? undefined : { s: a + run.s, e: a + run.e };
  }

  /**
   * The hyphenated words around `[s, e)` of `word` (joiners written "-") when each is the officer's identity and
   * one is a name part: "daniel-okafor", "okafor-daniel", "4471-okafor", "officer-okafor-4471" (red team: all were
   * published). Read outward from the match as long as the words are identity ("daniel-okafor-led" is
   * "daniel-okafor"). One word alone is matched as a word elsewhere, and the parts of one compound surname alone,
   * in its order or another ("garcia-lopez-smith", "lopez-garcia" for an officer Garcia-Lopez), are another
   * person's name, as "okafor-smith" is.
   */
  private hyphenatedIdentity(word: string, s: number, e: number): { s: number; e: number } | undefined {
    const { namePieces, compounds, joinPieces } = this.joinSets;
    const pieces = word.split('-');
    // the words between hyphens, the officer's own hyphenated name part as one ("cv-cega-30001": "cv-cega", "30001")
    const parts: { from: number; to: number; text: string; compound: boolean }[] = [];
    for (let i = 0, from = 0; i < pieces.length; ) {
      let n = 1;
      for (const c of compounds) {
        const k = c.split('-').length;
        if (k > n && pieces.slice(i, i + k).join('-') === c) n = k;
      }
      const text = pieces.slice(i, i + n).join('-');
      parts.push({ from, to: from + text.length, text, compound: n > 1 });
      from += text.length + 1;
      i += n;
    }
    // a word is one piece, or written-together pieces with a name part of 4+ letters ("danielokafor"); short
    // pieces joined ("mcmc" for an officer Mc-Aa) are another word (property test)
    const withName = (text: string): boolean => ((this.joinStates(text, 0)[text.length] as number) & SPLIT_NAME) !== 0;
    const identity = (x: { text: string; compound: boolean }): boolean =>
      x.compound || joinPieces.includes(x.text) || titlePieces().includes(x.text) || withName(x.text);
    let lo = parts.findIndex((x) => x.to > s);
    let hi = parts.findIndex((x) => x.to >= e);
    if (lo < 0 || hi < lo) return undefined;
    for (let i = lo; i <= hi; i++) if (!identity(parts[i] as (typeof parts)[number])) return undefined;
    while (lo > 0 && identity(parts[lo - 1] as (typeof parts)[number])) lo--;
    while (hi < parts.length - 1 && identity(parts[hi + 1] as (typeof parts)[number])) hi++;
    if (hi === lo) return undefined;
    const run = parts.slice(lo, hi + 1);
    if (!run.some((x) => x.compound || namePieces.has(x.text) || withName(x.text))) return undefined;
    // the parts of one hyphenated name part alone, in another order ("lopez-garcia" for Garcia-Lopez)
    if (compounds.some((c) => run.every((x) => c.split('-').includes(x.text)))) return undefined;
    return { s: (parts[lo] as { from: number }).from, e: (parts[hi] as { to: number }).to };
  }

  /**
   * state[i] for the i characters of `word` after `from`: which splits into pieces reach there, one bit per kind
   * of split (SPLIT_*): one piece or more, with or without a name part of 4+ letters. A split into two or more
   * pieces with such a name part (SPLIT_MANY_NAME) is a written-together identity; the kinds are kept apart, so
   * two splits do not add up to one ("pojr" for an officer Pojr is one name piece, and "po" + "jr" two pieces
   * without a name part: not both; property test). Every piece has 2+ characters, so a step only sets a later
   * state: the order of the pieces (and a piece listed twice) does not change the result.
   */
  private joinStates(word: string, from: number): Uint8Array {
    const { joinPieces, namePieces } = this.joinSets;
    const state = new Uint8Array(word.length - from + 1);
    state[0] = START;
    for (let i = 0; i < word.length - from; i++) {
      const here = state[i] as number;
      if (here === 0) continue;
      for (const pieces of [joinPieces, titlePieces()]) {
        for (const p of pieces) {
          if (!word.startsWith(p, from + i)) continue;
          const j = i + p.length;
          // a name part of 4+ letters: short ones join into ordinary words ("po" + "li" is "poli")
          const name = p.length >= 4 && namePieces.has(p);
          let next = 0;
          for (let k = 0; k < 4; k++) {
            if ((here & (1 << k)) === 0) continue;
            // k: bit 0 of k "has a name part", bit 1 "two or more pieces"; START (k = 0 at i = 0) is no piece yet
            const many = i > 0 || (k & 2) !== 0;
            next |= 1 << ((many ? 2 : 0) | (name || (k & 1) !== 0 ? 1 : 0));
          }
          state[j] = (state[j] as number) | next;
        }
      }
    }
    return state;
  }

  private resolve(t: string, hits: Hit[], kept: KeptMatch[], original: string, f: FoldedText): Hit[] {
    let list = hits;
    if (list.some((h) => h.whole === undefined || h.person === true) && this.protect.length > 0) {
      const spans: { s: number; e: number; reason: string }[] = [];
      for (const p of this.protect) {
        for (let s = t.indexOf(p.text); s !== -1; s = t.indexOf(p.text, s + 1)) {
          const e = s + p.text.length;
          if (isWordChar(t[s - 1]) || isWordChar(t[e])) continue;
          // a phrase that protects nothing (a stated fact that names the officer) is asked once, where it occurs
          if (p.protects !== undefined && !p.protects()) break;
          spans.push({ s, e, reason: p.reason });
        }
      }
      list = list.filter((h) => {
        if ((h.whole !== undefined && h.person !== true) || h.titled === true || h.kind === 'initial') return true;
        // a whole name is kept only inside a longer stated fact ("rose hill cemetery"), never when it is the fact
        const span = spans.find((sp) => sp.s <= h.s && h.e <= sp.e && (h.kind !== 'name' || sp.e - sp.s > h.e - h.s));
        if (span === undefined) return true;
        kept.push({ s: h.s, e: h.e, kind: h.kind, reason: span.reason, windows: [t.slice(span.s, span.e)] });
        return false;
      });
    }
    list.sort((a, b) => a.s - b.s || b.e - b.s - (a.e - a.s));
    const chosen: Hit[] = [];
    let end = 0;
    const isName = (h: Hit | undefined): boolean => h !== undefined && h.whole === undefined && (h.kind === 'name' || h.kind === 'name-part');
    for (const h of list) {
      const prev = chosen[chosen.length - 1];
      if (h.s < end) {
        // a mention that starts inside an address and runs past it ("#daniel-okafor": the hashtag is "#daniel")
        // is withheld with it
        if (prev !== undefined && prev.whole === 'address' && h.e > prev.e) end = prev.e = h.e;
        continue;
      }
      const gap = t.slice(prev?.e ?? 0, h.s);
      const middle = MIDDLE_GAP.test(gap) && capitalAt(original, f, (prev?.e ?? 0) + 1) && !STOP_MIDDLE.has(gap.trim());
      if (prev !== undefined && isName(prev) && isName(h) && (NAME_GAP.test(gap) || middle)) {
        chosen[chosen.length - 1] = { s: prev.s, e: h.e, kind: 'name', term: t.slice(prev.s, h.e), titled: prev.titled === true };
      } else {
        if (h.kind === 'name-part' && h.titled !== true && this.shared.has(h.term)) h.whole = 'shared';
        chosen.push(h);
      }
      end = h.e;
    }
    this.absorbNicknames(t, chosen, original, f);
    extend(t, chosen);
    return chosen;
  }
}

export function extend(t: string, hits: Hit[]): void {
  let floor = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h === undefined) continue;
    const next = hits[i + 1]?.s ?? t.length;
    if (h.whole === 'address') {
      floor = h.e;
      continue;
    }
    if (h.kind === 'badge' || h.kind === 'withheld') {
      const m = BADGE_PREFIX.exec(t.slice(Math.max(floor, h.s - 20), h.s));
      if (m !== null && m[0].length > 0) {
        const s = h.s - m[0].length;
        if (!isWordChar(t[s - 1])) h.s = s;
      }
    } else if (h.kind !== 'extra') {
      for (let round = 0; round < 3; round++) {
        const title = titleBefore(t, h.s, floor);
        if (title === undefined) break;
        const role = roleOfTitle(title);
        if (h.role === undefined && role !== undefined) h.role = role;
        h.s = t.slice(0, h.s).replace(/ $/, '').replace(/\.$/, '').length - title.length;
      }
      const art = /(?:^|[^\p{L}\p{N}])(the|an|a|el|la|un|una) $/u.exec(t.slice(floor, h.s));
      if (art?.[1] !== undefined) {
        h.article = art[1];
        h.s -= art[1].length + 1;
      }
      // "Officer Okafor-Jones": after a title, a hyphenated continuation is the rest of the officer's surname
      if (h.titled === true && t[h.e] === '-') {
        const rest = /^(?:-[\p{L}\p{M}]+)+/u.exec(t.slice(h.e, next));
        if (rest !== null) h.e += rest[0].length;
      }
      const suffix = /^,? (?:jr|sr|ii|iii|iv)\.?(?![\p{L}\p{N}])/u.exec(t.slice(h.e, next));
      if (suffix !== null) h.e += suffix[0].length;
      const poss = /^'s?(?![\p{L}\p{N}])/u.exec(t.slice(h.e, next));
      if (poss !== null && (poss[0] === "'s" || t[h.e - 1] === 's')) {
        h.possessive = true;
        h.e += poss[0].length;
      } else if (h.plural !== true && FAMILY_NEXT.has(wordAfter(t, h.e))) {
        // "the Okafor family" -> "the officer's family"
        h.possessive = true;
      }
    }
    floor = h.e;
  }
}
