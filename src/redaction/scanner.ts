/**
 * The scan of one folded text for every identity term: matches (hits) and what was kept on purpose, resolved into
 * non-overlapping mentions with their title, article, possessive and nickname. Split from `matcher.ts`.
 */
import { foldTerm, isNoSpaceScript, isWordChar, type FoldedText } from './fold.js';
import type { OfficerRole } from './titles.js';
import type { IdentityTerm, IdentityTermKind } from './names.js';
import { type JoinPieces, joinPiecesOf } from './joined.js';
import { KEPT_IN_NAME_FIELD, type NameSets, nameSets, type WordSets, wordHits } from './word-hits.js';
import { DOTTED_LETTERS, LINE_BREAK_HYPHEN, natoRuns } from './people.js';
import { findAddresses } from './address.js';
import { gluedBadgeWord } from './badge-words.js';
import { handleHits, innerHyphenHits } from './apart.js';
import { type ApartNames, apartNamesOf } from './apart-names.js';
import { addressReadings } from '../privacy/encoded.js';
import type { ScanMode, KeptMatch, ProtectedPhrase, ProtectSource } from './matcher.js';
import { badgePattern, digitLetterReadings, percentDecoded, spelledBadge, transliterated } from './readings.js';
import { UNIT_AFTER, BADGE_PREFIX, badgeBoundary, capitalAt, FAMILY_NEXT, trimEndChars, wordAfter, titleBefore } from './context.js';
import { spanishAreaWindows, windows } from './area-windows.js';
import { apartDigitsRead } from './apart-digits.js';
import { extend } from './extend.js';
import { taggedHits } from './tagged.js';
import { table } from '../table.js';

export { apartDigitsRead } from './apart-digits.js';
export { type ExtendContext, extend } from './extend.js';
export { taggedHits } from './tagged.js';

/** Whether `t` has letters written apart (`DOTTED_LETTERS`, a global regex: its `lastIndex` is reset around the test). */
function hasLettersApart(t: string): boolean {
  DOTTED_LETTERS.lastIndex = 0;
  const found = DOTTED_LETTERS.test(t);
  DOTTED_LETTERS.lastIndex = 0;
  return found;
}

/** A badge label written tight against the number ("ID:4471", "badge#4471", "unit-4471"): folded text. */
const GLUED_LABEL = /(?:^|[^\p{L}\p{N}])(?:id|badge|shield|star|placa|unit|unidad|employee|emp|serial)[:#-]?$/u;

/**
 * What may stand between two parts of one written name: a space, a nickname in quotes or brackets, a dash a word
 * processor made of the hyphen ("Asante–Mensah"). (The "y" of a Spanish double surname: `SURNAME_AND`.)
 */
export const NAME_GAP = /^(?: |[\u2010-\u2015]|\s*["“'‘(][\p{L}\p{M}. -]{1,24}["”'’)]\s*|\s*["“‘(]|[\p{L}\p{M}. -]{0,24}["”’)]\s*)$/u;

/** The closing mark of each opening bracket or quote. */
const CLOSES: Readonly<Record<string, string>> = table({ '(': ')', '"': '"', '“': '”', '‘': '’', '[': ']' });

/** One capitalised word between two parts of a name: a middle name ("Daniel Chukwuemeka Okafor") or initial. */
const MIDDLE_GAP = /^ (?:\p{L}[\p{L}\p{M}'-]{1,23}|\p{L}\.) $/u;

/** Capitalised words that are not a middle name between two name parts. */
const STOP_MIDDLE: ReadonlySet<string> = new Set(['and', 'or', 'y', 'o', 'the', 'el', 'la', 'with', 'con', 'from', 'de', 'at', 'in', 'en', 'to']);

export interface Hit {
  s: number;
  e: number;
  readonly kind: IdentityTermKind;
  readonly term: string;
  role?: OfficerRole;
  article?: string;
  possessive?: boolean;
  titled?: boolean;
  /** Only courtesy titles stand before it ("Mrs. Okafor", "la señora Okafor"): no police role is said. */
  honorific?: boolean;
  /** "the Okafors": the officer's family. */
  plural?: boolean;
  whole?: 'address' | 'shared';
  /** The officer's identity written together ("josegarcia-lopez"), found by `joinedIdentityWord`. */
  joined?: boolean;
  /** A given name before another surname ("Daniel Ruiz"): withheld as "[name withheld]" unless a stated fact. */
  person?: boolean;
}

export interface Scan {
  hits: Hit[];
  kept: KeptMatch[];
}

/** A nickname in quotes or brackets between two parts of a name (' "danny" ', " (bear) "), folded. */
const NICKNAME_GAP = /^ ?["“”'‘’(\[][\p{L}\p{M}'’. -]{1,24}["“”'’)\]] ?$/u;

/**
 * Where a name field holds the officer's name with a nickname between its parts: a part that is no surname, a
 * quoted or bracketed nickname, and a surname ("daniel \"danny\" okafor"), from the spans matched in it. Linear
 * in the spans (sorted), each gap read in a slice of at most 30 characters.
 *
 * @example
 * nicknameSplit('daniel "danny" okafor', [{ s: 0, e: 6 }, { s: 15, e: 21 }], new Set(['okafor'])); //=> { s: 0, e: 21 }
 */
export function nicknameSplit(t: string, spans: readonly { s: number; e: number }[], surnames: ReadonlySet<string>): { s: number; e: number } | undefined {
  const sorted = [...spans].sort((x, y) => x.s - y.s);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as { s: number; e: number };
    if (surnames.has(t.slice(a.s, a.e))) continue;
    for (let j = i + 1; j < Math.min(sorted.length, i + 3); j++) {
      const b = sorted[j] as { s: number; e: number };
      if (b.s - a.e > 30 || b.s < a.e || !surnames.has(t.slice(b.s, b.e))) continue;
      if (NICKNAME_GAP.test(t.slice(a.e, b.s))) return { s: a.s, e: b.e };
    }
  }
  return undefined;
}

/** The terms without spaces or punctuation, as an address, hashtag or slug would write them. */
function compactTermsOf(terms: readonly IdentityTerm[]): readonly { term: IdentityTerm; compact: string }[] {
  return terms
    .filter((t) => t.kind !== 'initial')
    .map((term) => ({ term, compact: term.text.replace(/[^\p{L}\p{N}]+/gu, '') }))
    .filter((c) => c.compact.length >= (c.term.kind === 'badge' || c.term.kind === 'withheld' || isNoSpaceScript(c.compact[0]) ? 2 : 3));
}

export class Scanner implements WordSets {
  private readonly patterns = new Map<string, RegExp>();
  private readonly terms: readonly IdentityTerm[];
  private readonly protectSource: ProtectSource;
  private protectList: readonly ProtectedPhrase[] | undefined;
  readonly shared: ReadonlySet<string>;
  private names: NameSets | undefined;
  private pieces: JoinPieces | undefined;
  private initialSet: ReadonlySet<string> | undefined;
  private compact: readonly { term: IdentityTerm; compact: string }[] | undefined;
  private suspectWords: ReadonlySet<string> | undefined;
  private apart: ApartNames | undefined | null = null;

  constructor(terms: readonly IdentityTerm[], protect: ProtectSource, shared: ReadonlySet<string>) {
    this.terms = terms;
    this.protectSource = protect;
    this.shared = shared;
  }

  /**
   * The words of the suspects' names and aliases that are none of the officer's name parts ("crose" of a suspect
   * Michael Crose for an officer Chris Rose): never read as the officer's initials and surname (red team 14).
   */
  get suspectNameWords(): ReadonlySet<string> {
    if (this.suspectWords === undefined) {
      const parts = this.nameSets.partSet;
      this.suspectWords = new Set(
        this.protect
          .filter((p) => p.reason.startsWith("the suspect's name") || p.reason.startsWith("the suspect's alias"))
          .flatMap((p) => p.text.split(/[^\p{L}\p{N}]+/u))
          .filter((w) => w.length > 0 && !parts.has(w)),
      );
    }
    return this.suspectWords;
  }

  /** The protected phrases, listed when a scan first has a match they could protect. */
  private get protect(): readonly ProtectedPhrase[] {
    const source = this.protectSource;
    this.protectList ??= typeof source === 'function' ? source() : source;
    return this.protectList;
  }

  // The term sets, each made when a scan first needs it (a matcher is built twice a build; most of its scans stop
  // early, and most that go on need one set or none).
  get nameSets(): NameSets {
    this.names ??= nameSets(this.terms);
    return this.names;
  }

  /** The first letters of every word of the officer's name forms (initials written beside a name are the name's). */
  private get initials(): ReadonlySet<string> {
    this.initialSet ??= new Set(
      this.terms.filter((x) => x.kind === 'name' || x.kind === 'name-part' || x.kind === 'initial').flatMap((x) => x.text.split(/[\s.'-]+/).map((w) => w.charAt(0))),
    );
    return this.initialSet;
  }

  /** The name words a text may write apart by spaces ("yellow horse": re-attack 23 P1), made when first needed. */
  private get apartNames(): ApartNames | undefined {
    if (this.apart === null) this.apart = apartNamesOf(this.terms);
    return this.apart;
  }

  get joinSets(): JoinPieces {
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
      kept.push({ s, e, kind, reason, windows: [...windows(t, s, e), ...spanishAreaWindows(t, s, e)] });
    };
    if (mode !== 'address') this.addresses(t, hits, original, f);
    for (const term of this.terms) {
      if (term.kind === 'badge') spelledBadge(t, term.text, hits);
      if (term.kind === 'badge' || term.kind === 'withheld') this.badges(original, f, term, mode, hits, keep);
      else wordHits(this, original, f, term, mode, hits, keep);
    }
    // digits written for letters inside a word ("0kaf0r", "Ph1l1p") and names written in Cyrillic or Greek
    // ("Окафор", "Οκαφορ"): names are matched again in readings of the text with 0 as o and 1 as l or i, and with
    // Cyrillic and Greek letters transliterated, letter for letter (same length, same offsets); the text itself
    // is never changed
    for (const alt of [...digitLetterReadings(t), ...transliterated(original, f)]) {
      const g: FoldedText = { text: alt, identity: f.identity, start: (i) => f.start(i), end: (i) => f.end(i) };
      for (const term of this.terms) if (term.kind === 'name' || term.kind === 'name-part') wordHits(this, original, g, term, mode, hits, keep);
    }
    this.hyphenReading(original, f, mode, hits);
    this.joinedReading(original, f, mode, hits);
    // letters apart with a digit for a letter ("O-K-A-F-0-R", "O-K-4-F-O-R": red team 16)
    const spelled = apartDigitsRead(t);
    if (spelled !== undefined) this.joinedReading(original, { text: spelled, identity: f.identity, start: (i) => f.start(i), end: (i) => f.end(i) }, mode, hits);
    innerHyphenHits(this, this.terms, original, f, mode, hits, keep, this.apartNames);
    if (mode !== 'address') handleHits(this, original, f, hits);
    if (mode !== 'address') taggedHits(t, hits);
    // a handle in a suspect's alias ("daniel.okafor", "okafor.4471": red team 16) is no lone name part kept there
    if (mode === 'institutional') {
      const pieces: Hit[] = kept.filter((k) => k.reason === KEPT_IN_NAME_FIELD).map((k) => ({ s: k.s, e: k.e, kind: k.kind, term: t.slice(k.s, k.e) }));
      handleHits(this, original, f, pieces);
      for (const h of pieces) if (h.whole === 'address') hits.push(h);
    }
    // a name field that holds the officer's identity written together ("de la Cruzde la Cruz") does not hold a
    // suspect's own surname besides: its lone name parts are withheld too (red team: "la Cruz" was kept)
    let keptHere = kept;
    // (and one that holds the officer's name with a nickname in quotes or brackets between its parts: "Daniel
    // \"Danny\" Okafor" as a suspect's alias, red team 19 L5, the officer's full name was published)
    const split = mode === 'institutional' ? nicknameSplit(t, [...hits, ...kept.filter((k) => k.reason === KEPT_IN_NAME_FIELD)], this.nameSets.surnames) : undefined;
    if (split !== undefined) hits.push({ ...split, kind: 'name', term: t.slice(split.s, split.e), whole: 'shared' });
    if (mode === 'institutional' && (split !== undefined || hits.some((h) => h.joined === true))) {
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
    for (const term of this.terms) if (term.kind === 'name' || term.kind === 'name-part') wordHits(this, original, g, term, mode, found, ignore);
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
    if (mode === 'address') return;
    const nato = natoRuns(t);
    // (letters apart with no period, "O-K-A-F-O-R" as a whole field: red team 15, it was published)
    if (nato.length === 0 && !t.includes('.') && !t.includes('- ') && !hasLettersApart(t)) return;
    const drop = new Uint8Array(t.length);
    let any = false;
    // a name spelled in the phonetic alphabet ("Oscar Kilo Alpha Foxtrot Oscar Romeo"): each code word read as its
    // first letter, which is its letter (red team 13)
    for (const [from, to] of nato) {
      for (let i = from; i < to; i++) drop[i] = isWordChar(t[i]) && !isWordChar(t[i - 1]) ? 0 : 1;
      any = true;
    }
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
    for (const term of this.terms) if (term.kind === 'name' || term.kind === 'name-part') wordHits(this, original, g, term, mode, found, ignore);
    for (const h of found) {
      const s = at(h.s);
      let e = at(h.e - 1) + 1;
      let spans = false;
      for (let i = s; i < e && !spans; i++) spans = drop[i] !== 0;
      if (drop[e] === 2) e++;
      // (the rest of the last code word: "Romeo" whole, not its "R")
      while (e < t.length && drop[e] === 1 && isWordChar(t[e])) e++;
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

  private addresses(t: string, hits: Hit[], original: string, f: FoldedText): void {
    if (!/[/@#_]/.test(t)) return;
    for (const m of findAddresses(t)) {
      const token = trimEndChars(m.text, '.,;:!?)');
      if (/^#\d+$/.test(token)) continue;
      const s = m.index;
      // the address as folded, with percent-escapes decoded, and its encoded readings (punycode hosts, base64
      // tokens, read in the original's case: red team 11)
      const readings = [token.includes('%') ? percentDecoded(token) : token];
      if (/xn--|[A-Za-z0-9+/_-]{8}/i.test(token)) readings.push(...addressReadings(original.slice(f.start(s), f.end(s + token.length - 1))).map(foldTerm));
      let found: { term: IdentityTerm } | undefined;
      for (let k = 0; k < readings.length && found === undefined; k++) found = this.holder(readings[k] as string);
      // and with digits read as letters, for a name only ("#RIP0kaf0r", "#0kaf0rStrong", "#RIPD4nny": red team 16)
      if (found === undefined) {
        for (const r of digitLetterReadings(token)) {
          const name = this.holder(r);
          if (name !== undefined && (name.term.kind === 'name' || name.term.kind === 'name-part')) found = name;
          if (found !== undefined) break;
        }
      }
      if (found !== undefined) hits.push({ s, e: s + token.length, kind: found.term.kind, term: found.term.text, whole: 'address' });
    }
  }

  /** The term an address (folded, decoded) holds: a name anywhere in it, the badge as a run or after letters. */
  private holder(plain: string): { term: IdentityTerm } | undefined {
    const compact = plain.replace(/[^\p{L}\p{N}]+/gu, '');
    const runs = plain.split(/[^\p{L}\p{N}]+/u);
    return this.compactTerms.find(({ term, compact: c }) =>
      term.kind === 'badge' || term.kind === 'withheld' ? runs.includes(c) || runs.some((r) => r.endsWith(c) && /^\D*$/.test(r.slice(0, -c.length))) : compact.includes(c),
    );
  }

  private badges(original: string, f: FoldedText, term: IdentityTerm, mode: ScanMode, hits: Hit[], keep: (s: number, e: number, k: IdentityTermKind, r: string) => void): void {
    const t = f.text;
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
      const whole = glued || needle.length < 3 || badgeBoundary(t, s, e) ? undefined : gluedBadgeWord(t, original, f, s, e, mode);
      if (whole !== undefined) {
        hits.push({ s: whole.s, e: whole.e, kind: term.kind, term: needle });
        continue;
      }
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
      // two surnames joined by "y" are one ("García y Márquez"); a whole name and another mention are two
      // ("Rivera Ortiz y J. Rivera")
      const surnames = (gap === ' y ' || gap === ' e ') && prev?.kind === 'name-part' && h.kind === 'name-part' && prev.term !== h.term;
      if (prev !== undefined && isName(prev) && isName(h) && (NAME_GAP.test(gap) || middle || surnames)) {
        // a bracket or quote opened in the gap and closed right after goes with it ("Okafor (Danny)": red team 18,
        // "An officer) was shot")
        const close = CLOSES[gap.trim().slice(-1)];
        const e = close !== undefined && t[h.e] === close ? h.e + 1 : h.e;
        chosen[chosen.length - 1] = { s: prev.s, e, kind: 'name', term: t.slice(prev.s, e), titled: prev.titled === true };
      } else {
        if (h.kind === 'name-part' && h.titled !== true && this.shared.has(h.term)) h.whole = 'shared';
        chosen.push(h);
      }
      end = h.e;
    }
    this.absorbNicknames(t, chosen, original, f);
    extend(t, chosen, { original, f, initials: this.initials });
    return chosen;
  }
}
