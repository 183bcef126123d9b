/**
 * The scan of one folded text for every identity term: matches (hits) and what was kept on purpose, resolved into
 * non-overlapping mentions with their title, article, possessive and nickname. Split from `matcher.ts`.
 */
import { isNoSpaceScript, isWordChar, type FoldedText } from './fold.js';
import { knownTitles, roleOfTitle, type OfficerRole } from './titles.js';
import type { IdentityTerm, IdentityTermKind } from './names.js';
import { findAddresses } from './address.js';
import type { ScanMode, KeptMatch, ProtectedPhrase, ProtectSource } from './matcher.js';
import { badgePattern, digitLetterReadings, percentDecoded, spelledBadge, transliterated } from './readings.js';
import { PLACE_AFTER, PLACE_BEFORE, UNIT_AFTER, BADGE_PREFIX, badgeBoundary, wordBoundary, capitalAt, capitalisedWordBefore, placeContext, isVehicleNext, VEHICLE_MAKES, PERSON_NEXT, FAMILY_NEXT, trimEndChars, wordBefore, wordAfter, titleBefore, windows, EVERYDAY, keptSense, sentenceInitial, STRUCTURED_WORDS, LOCATIVE } from './context.js';

/** What may stand between two parts of one written name: a space, or a nickname in quotes or brackets. */
export const NAME_GAP = /^(?: |\s*["“'‘(][\p{L}\p{M}.-]{1,24}["”'’)]\s*)$/u;

let compactTitles: readonly string[] | undefined;

/** Characters read through inside a written-together identity word (apostrophes and hyphens, as folded). */
const JOINERS: ReadonlySet<string> = new Set(["'", '\u2019', '-', '\u2010', '\u2011']);

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
}

function joinPiecesOf(terms: readonly IdentityTerm[]): JoinPieces {
  const names = terms.filter((x) => x.kind === 'name' || x.kind === 'name-part');
  const compactName = names.map((x) => x.text.replace(/[^\p{L}\p{N}]+/gu, '')).filter((x) => x.length >= 2);
  // a name part written with its own apostrophe or hyphen ("o'connor", "garcia-lopez"), as a written-together word
  // holds it; a joiner anywhere else ends the identity ("okafor's", "okafor-led") or belongs to another name
  const withJoiners = names.filter((x) => !x.text.includes(' ') && [...x.text].some((c) => JOINERS.has(c))).map((x) => joinerForm(x.text));
  const badges = terms.filter((x) => x.kind === 'badge' || x.kind === 'withheld').map((x) => x.text);
  const family = ['family', 'familia', 'jr', 'sr'];
  const named = [...compactName, ...withJoiners];
  return { joinPieces: [...new Set([...named, ...badges, ...family])].filter((x) => x.length >= 2), namePieces: new Set(named) };
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
      if (h.titled === true || titleBefore(alt, h.s) !== undefined || FAMILY_NEXT.has(wordAfter(alt, h.e))) hits.push({ ...h, titled: true });
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
      const s = m.index;
      const e = s + m[0].length;
      re.lastIndex = s + 1;
      if (!badgeBoundary(t, s, e)) {
        keep(s, e, term.kind, 'part of a longer number or word (phone number, date, model)');
        continue;
      }
      const labelled = BADGE_PREFIX.test(t.slice(Math.max(0, s - 20), s));
      if (needle.length < 3 && !labelled) continue;
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
        if (joined !== undefined) hits.push({ s: joined.s, e: joined.e, kind: 'name', term: needle, titled: titleBefore(t, joined.s) !== undefined, joined: true });
        else if (term.kind === 'name-part' && needle.length >= 4 && mode !== 'address') keep(s, e, term.kind, 'part of a longer word');
        continue;
      }
      const titled = mode !== 'address' && titleBefore(t, s) !== undefined;
      if (mode !== 'address' && !titled && keptSense(t, original, f, s, e, needle, this.nameSets.partSet, this.nameSets.surnames) !== undefined) {
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
        const possessive = t[e] === "'" && t[e + 1] === 's' && !isWordChar(t[e + 2]);
        if (mode === 'structured' && !possessive && STRUCTURED_WORDS.has(needle) && !FAMILY_NEXT.has(wordAfter(t, e))) {
          keep(s, e, term.kind, 'a value in a structured field (vehicle, description)');
          continue;
        }
        // the surname alone as the whole of a location field ("destinations": ["Okafor"]) or right after a locative
        // word ("near Okafor") is not read as a place; with a place word after it ("near Okafor Park") it is
        const wholeField =
          this.nameSets.surnames.has(needle) && !PLACE_AFTER.has(needle) && (t.slice(0, s).trim() === '' || LOCATIVE.has(wordBefore(t, s))) && /^(?:[\s.,;:!?]|$)/u.test(t.slice(e, e + 1)) && !PLACE_AFTER.has(wordAfter(t, e));
        if (mode === 'place' && !possessive && !wholeField && !FAMILY_NEXT.has(wordAfter(t, e)) && (placeContext(t, s) || (capitalisedWordBefore(original, f, s) && !this.nameSets.partSet.has(wordBefore(t, s))))) {
          keep(s, e, term.kind, 'a place in a location field');
          continue;
        }
        const after = wordAfter(t, e);
        const before = wordBefore(t, s);
        if ((PLACE_AFTER.has(wordAfter(t, e + suffix)) && capitalAt(original, f, e + 1)) || (PLACE_BEFORE.has(before) && capitalAt(original, f, s - before.length - 1 - (t[s - 2] === '.' ? 1 : 0)))) {
          keep(s, e, term.kind, 'a place name');
          continue;
        }
        if (!possessive && VEHICLE_MAKES.has(needle) && isVehicleNext(/^\s([\p{L}\p{N}-]+)/u.exec(t.slice(e, e + 30))?.[1] ?? '')) {
          keep(s, e, term.kind, 'a vehicle make');
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
      }
      const plural = term.kind !== 'extra' && needle.length >= 4 ? /^(?:s|es)(?![\p{L}\p{N}])/u.exec(t.slice(e, e + 3))?.[0] : undefined;
      if (plural !== undefined) hits.push({ s, e: e + plural.length, kind: term.kind, term: needle, titled, plural: true });
      else hits.push({ s, e, kind: term.kind, term: needle, titled });
    }
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
      for (const to of ends) if (to > from && state[to - from] === 7) return { s: a + from, e: a + to };
    }
    return undefined;
  }

  /**
   * state[i], bit by bit, for the i characters of `word` after `from`: 1 split into pieces, 2 into two or more, 4
   * one of them a name part of 4+ letters. A word that is one piece ("okafor") is a whole word, matched (or kept)
   * as one elsewhere. Every piece has 2+ characters, so a step only sets a later state: the order of the pieces
   * (and a piece listed twice) does not change the result.
   */
  private joinStates(word: string, from: number): Uint8Array {
    const { joinPieces, namePieces } = this.joinSets;
    const state = new Uint8Array(word.length - from + 1);
    state[0] = 1;
    for (let i = 0; i < word.length - from; i++) {
      const here = state[i] as number;
      if (here === 0) continue;
      for (const pieces of [joinPieces, titlePieces()]) {
        for (const p of pieces) {
          if (!word.startsWith(p, from + i)) continue;
          const j = i + p.length;
          // bit 4 needs a name part of 4+ letters: short ones join into ordinary words ("po" + "li" is "poli")
          state[j] = (state[j] as number) | 1 | (i > 0 ? 2 : 0) | (here & 6) | (p.length >= 4 && namePieces.has(p) ? 4 : 0);
        }
      }
    }
    return state;
  }

  private resolve(t: string, hits: Hit[], kept: KeptMatch[], original: string, f: FoldedText): Hit[] {
    let list = hits;
    if (list.some((h) => h.whole === undefined) && this.protect.length > 0) {
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
        if (h.whole !== undefined || h.titled === true || h.kind === 'initial') return true;
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
      if (h.s < end) continue;
      const prev = chosen[chosen.length - 1];
      if (prev !== undefined && isName(prev) && isName(h) && NAME_GAP.test(t.slice(prev.e, h.s))) {
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
