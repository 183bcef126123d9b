/**
 * The matches of one name term in a folded text, word by word: whether each occurrence is the officer (a hit), a
 * written-together or glued form, or another sense kept on purpose (a place, a make, an everyday word). Split
 * from `scanner.ts` along its seam.
 */
import { isWordChar, type FoldedText } from './fold.js';
import { isStateName } from '../area/codes.js';
import type { IdentityTerm, IdentityTermKind } from './names.js';
import { type JoinPieces, joinedIdentityWord } from './joined.js';
import { JOINERS, MIDDLE_INITIAL, hyphenCompound, relativeGiven, titlesPlace } from './people.js';
import type { ScanMode } from './matcher.js';
import { isProse } from './fields.js';
import type { Hit } from './scanner.js';
import { shortWordSense } from './short-words.js';
import { SENTENCE_NEXT } from './uniform-case.js';
import { COMMON_WORD_SURNAMES, commonWordSense, usedAsPerson } from './everyday-words.js';
import { nicknameInflected, nicknameWordSense } from './nickname-words.js';
import { directionSense } from './direction-words.js';
import { englishPlaceOf, opensNoPlace, placeWordAfterName, pluralPlace, sentenceBreakBefore, spanishStreetBefore, streetWordBeforeName } from './place-words.js';
import { PLACE_PREP, PERSON_NOUN, PLACE_AFTER, PLACE_BEFORE, STREET_WORD_BEFORE, wordBoundary, capitalAt, capitalisedWordBefore, isVehicleNext, isWeaponNext, WEAPON_MAKERS, VEHICLE_MAKES, VEHICLE_MODELS, PERSON_NEXT, FAMILY_NEXT, familyAfter, wordBefore, wordAfter, titleBefore, EVERYDAY, keptSense, sentenceInitial, STRUCTURED_WORDS } from './context.js';
import { areaListAhead } from './area-windows.js';
import { COMPASS_WORDS, personAfterStreetStop, placeAhead, placeInLocation, streetNamedAfter } from './word-places.js';

/** Compass words before "of" ("north of Houston"). */

/** Why a lone name part in a suspect or agency name is kept (and, after a written-together identity, is not). */
export const KEPT_IN_NAME_FIELD = 'a name in an agency or suspect name field, without a title';

/** The name sets of the untitled-name rules (`keptSense`, places): name parts, and the surnames. */
export interface NameSets {
  readonly partSet: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
  /** Nicknames that are words of their own ("tattoo", "dent"): read in context (`nicknameWordSense`). */
  readonly nicknameWords?: ReadonlySet<string>;
}

/**
 * The name parts and the surnames of the identity terms.
 *
 * @example
 * nameSets(nameTerms('Daniel Okafor')).surnames.has('okafor'); //=> true
 */
export function nameSets(terms: readonly IdentityTerm[]): NameSets {
  return {
    partSet: new Set(terms.filter((x) => x.kind === 'name-part' || x.kind === 'name').map((x) => x.text)),
    // the surname: what follows the given-name initial ("a. diaz"), or a one-word name
    surnames: new Set(
      terms.filter((x) => x.kind === 'name').flatMap((x) => /^\p{L}\. (\S+)$/u.exec(x.text)?.slice(1) ?? (x.text.includes(' ') ? [] : [x.text])),
    ),
    nicknameWords: new Set(terms.filter((x) => x.nicknameWord === true).map((x) => x.text)),
  };
}

/** Words an everyday word at a sentence start may describe ("White hoodie", "Black smoke"): it is that word there. */
const DESCRIBED: ReadonlySet<string> = new Set([
  'hair', 'shirt', 'hoodie', 'jacket', 'coat', 'pants', 'jeans', 'shorts', 'cap', 'hat', 'shoes', 'sneakers', 'boots',
  'smoke', 'light', 'lights', 'paint', 'tint', 'color', 'colour', 'one', 'ones', 'people', 'adults', 'kids', 'children',
]);
/** Everyday words that start a question ("Will you", "May we", "Do not"), and the words after them there. */
const ASKING: ReadonlySet<string> = new Set(['will', 'may', 'do', 'still', 'can']);
const ASK_NEXT: ReadonlySet<string> = new Set(['you', 'we', 'they', 'he', 'she', 'it', 'i', 'anyone', 'someone', 'not', 'be', 'have', 'the', 'this', 'that', 'all', 'no']);
/**
 * Name particles that are a whole surname ("Thi Le", "Ana La", "Minh De"): articles and prepositions in French and
 * Spanish text, so read like the function words (red team 15).
 */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'de', 'del', 'da', 'di', 'du', 'dos', 'das', 'van', 'von', 'der', 'den', 'el', 'al', 'ter', 'ten', 'y']);
/** Of those, the Dutch and German ones: no everyday word in English or Spanish. */
const GERMANIC_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'ter', 'ten']);
/**
 * Short surnames that are English function words ("An", "So", "To", "No"): in lower case the word; capitalised at a
 * sentence start before a lower-case word, the word too ("An officer was shot", "So far", "No one") unless that word
 * says what a person did ("An was shot"). Red team 15: "An officer officer was shot" for an officer Minh An.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['an', 'so', 'to', 'no', 'on', 'or', 'as', 'of', 'by', 'oh', 'in', 'go', ...SURNAME_PARTICLES]);
/**
 * Words "In" goes on with at a sentence start ("In the meantime", "IN CUSTODY: NONE"), and "Go" as the verb ("Go to
 * a safe place", "Go inside"): Korean surnames In and Go (red team 17). "In was shot", "Go returned fire" are the
 * officer.
 */
const IN_NEXT: ReadonlySet<string> = new Set('custody addition case progress order total response general particular short fact front light spite summary brief effect pursuit hiding flight connection reference accordance'.split(' '));
const GO_NEXT: ReadonlySet<string> = new Set('to home inside indoors away back now immediately straight directly into there somewhere elsewhere'.split(' '));
/** Verbs after "An" that take no "-ed" or "-s" and start as the article's nouns do ("An underwent surgery"). */
const IRREGULAR_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'has', 'had', 'drove', 'shot', 'fought', 'fell', 'went', 'came', 'saw', 'left', 'told', 'said', 'took', 'gave', 'got', 'made', 'rode', 'stood', 'sat', 'spoke', 'wrote', 'knew', 'thought', 'brought', 'caught', 'found', 'lost', 'kept', 'struck', 'began', 'became', 'broke', 'threw', 'bled', 'lay', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does', 'remains', 'remained', 'hid', 'held', 'heard', 'hit', 'hurt', 'ate', 'underwent', 'awoke', 'arose', 'overcame', 'oversaw', 'ran', 'undertook', 'understood', 'heads', 'hold', 'help', 'open', 'opens', 'enter', 'exit', 'answer', 'ask', 'order', 'urge', 'use', 'aim', 'act', 'arrive', 'always', 'also', 'again', 'even', 'often', 'only', 'usually', 'herself', 'himself']);
/** Participles and adjectives "an" goes with before a noun ("An armed man fled", "An unmarked car": red team 16). */
const ARTICLE_ADJECTIVES: ReadonlySet<string> = new Set(['armed', 'unarmed', 'injured', 'unmarked', 'unknown', 'unidentified', 'alleged', 'abandoned', 'elderly', 'older', 'off-duty', 'undercover', 'estimated', 'additional', 'armored', 'apparent', 'attempted', 'active', 'adult', 'earlier', 'early', 'open', 'orange', 'olive', 'old', 'unnamed', 'ambulance']);
/** Words a sentence-opening function word goes on with ("So far", "No one", "To the west", "Oh no"). */
const FUNCTION_NEXT: ReadonlySet<string> = new Set([...ASK_NEXT, 'far', 'one', 'a', 'an', 'much', 'many', 'if', 'when', 'long', 'more', 'other', 'further', 'matter', 'longer', 'injuries', 'shots', 'suspects', 'arrests', 'arrest', 'action', 'contact', 'weapon', 'weapons', 'vehicle', 'description', 'photo', 'information', 'info', 'details', 'officers', 'threat', 'motive']);

/**
 * Whether a sentence-opening function word is the word before `after`: the article "an" before a word that takes
 * it (a vowel or "h": "An officer", "An hour"; not a verb: "An opened fire", "An opens fire", "An underwent
 * surgery" are the officer), the others before a word they go on with ("So far").
 */
function functionWordBefore(needle: string, after: string): boolean {
  if (needle === 'an' && ARTICLE_ADJECTIVES.has(after)) return true;
  if (needle === 'an') return /^[aeiouh]/u.test(after) && !after.endsWith('ed') && !after.endsWith('s') && !IRREGULAR_VERBS.has(after);
  // an article or pronoun before a noun or a Spanish verb ("La agente", "Le dispararon"), not before what a person
  // did in English ("Le was shot", "La died", "Le opens fire")
  // "Van", "Von", "Der", "Den", "Ter", "Ten" open no English or Spanish sentence as a word of their own: the officer
  // ("Van drove a van" for an officer Van was kept: red team 16)
  if (GERMANIC_PARTICLES.has(needle)) return false;
  if (needle === 'in') return IN_NEXT.has(after) || FUNCTION_NEXT.has(after);
  if (needle === 'go') return GO_NEXT.has(after);
  if (SURNAME_PARTICLES.has(needle)) return !after.endsWith('ed') && !after.endsWith('s') && !IRREGULAR_VERBS.has(after) && after !== 'died';
  return FUNCTION_NEXT.has(after);
}

/** Spanish colours that are also surnames. */
const SPANISH_COLOURS: ReadonlySet<string> = new Set(['blanco', 'blanca', 'negro', 'negra', 'rojo', 'roja', 'moreno', 'morena', 'rubio', 'rubia', 'pardo', 'prieto', 'rosa', 'castano', 'castana', 'canoso']);
/** Spanish nouns a colour follows (clothing, hair, skin, vehicles). */
const DESCRIBED_ES: ReadonlySet<string> = new Set(
  ('pantalon pantalones camisa camiseta sudadera gorra chaqueta chamarra abrigo sombrero zapatos tenis botas vestido ' +
    'falda cabello pelo ojos piel tez auto carro coche camioneta vehiculo sedan guagua moto motocicleta pickup hombre mujer').split(' '),
);
/** What a word scan reads besides the text: the name sets, the written-together pieces and the shared words. */
export interface WordSets {
  readonly nameSets: NameSets;
  readonly joinSets: JoinPieces;
  /** Name parts another person in the request also has (withheld as "[name withheld]"). */
  readonly shared: ReadonlySet<string>;
  /** Words of the suspects' names that are none of the officer's name parts. */
  readonly suspectNameWords: ReadonlySet<string>;
}

/** The last word of a name term ("hill" of "tom hill"). */
function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** Honorifics that are no rank: a double surname after one is a relative's ("Mrs. Adeyemi-Okafor"). */
const HONORIFIC_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sra', 'srta', 'senora', 'senorita', 'madame', 'mme']);

/** Whether the reversed name `needle` ("paz, rosa") at `s` is written with its first part in lower case and its second capitalised. */
function reversedWordFirst(original: string, f: FoldedText, s: number, needle: string): boolean {
  const comma = needle.indexOf(', ');
  if (comma <= 0) return false;
  const first = original.slice(f.start(s), f.end(s + comma - 1));
  const second = original.slice(f.start(s + comma + 2), f.end(s + comma + 2));
  return /^\p{Ll}+$/u.test(first) && /^\p{Lu}/u.test(second);
}

/** Records a match kept on purpose, with its reason. */
export type Keep = (s: number, e: number, kind: IdentityTermKind, reason: string) => void;

/**
 * Every occurrence of one name term in the folded text `f`: pushed to `hits` when it is the officer, given to
 * `keep` with its reason when it is read in another sense.
 *
 * @example
 * wordHits(scanner, 'Officer Okafor was shot', folded, term, 'free', hits, keep); // hits: [{ s: 8, e: 14, titled: true, … }]
 */
export function wordHits(sets: WordSets, original: string, f: FoldedText, term: IdentityTerm, mode: ScanMode, hits: Hit[], keep: Keep): void {
  const t = f.text;
  const needle = term.text;
  for (let s = t.indexOf(needle); s !== -1; s = t.indexOf(needle, s + 1)) {
    const e = s + needle.length;
    if (!wordBoundary(t, s, e, needle)) {
      gluedWord(sets, original, f, term, mode, s, e, hits, keep);
      continue;
    }
    const titled = mode !== 'address' && titleBefore(t, s) !== undefined;
    // "Surname, Given" with the surname in lower case and the given name capitalised is a word and a name ("Descanse
    // en paz, Rosa" for an officer Rosa Paz: red team 19 O6); the given name alone is still matched
    if (term.kind === 'name' && !titled && reversedWordFirst(original, f, s, needle)) continue;
    // an initial after another capitalised word belongs to it ("Building D. Okafor", "Gate D. Okafor": red team 12):
    // the surname alone is matched
    if (term.kind === 'name' && isProse(mode) && !titled && /^\p{L}\. /u.test(needle) && capitalisedWordBefore(original, f, s)) continue;
    // a given name, a middle initial the request does not give, and the surname: the whole name ("Daniel J.
    // Okafor home" in a location field kept "Daniel J.": red team 9)
    if (term.kind === 'name-part' && mode !== 'address' && !sets.nameSets.surnames.has(needle)) {
      const m = MIDDLE_INITIAL.exec(t.slice(e, e + 4));
      const surname = m === null ? '' : /^[\p{L}'-]+/u.exec(t.slice(e + m[0].length, e + m[0].length + 40))?.[0] ?? '';
      if (m !== null && sets.nameSets.surnames.has(surname)) {
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
      (isProse(mode) && term.kind === 'name' && t[e] === ' ' && isWordChar(t[e + 1]) && !capitalAt(original, f, e + 1) && !PLACE_AFTER.has(wordAfter(t, e)));
    if (mode !== 'address' && !titled && !initialName && keptSense(t, original, f, s, e, needle, sets.nameSets.partSet, sets.nameSets.surnames) !== undefined) {
      keep(s, e, term.kind, keptSense(t, original, f, s, e, needle, sets.nameSets.partSet, sets.nameSets.surnames) as string);
      continue;
    }
    // a given name where a place goes ("fled toward Daniel"): the name, but no role ("toward an officer" would say
    // the suspect went toward an officer: red team 18); "[name withheld]"
    if (isProse(mode) && term.kind === 'name-part' && needle.length > 2 && !titled && !initialName && !sets.nameSets.surnames.has(needle) && t[s - 1] === ' ' && PLACE_PREP.has(wordBefore(t, s)) && capitalAt(original, f, s) && !(t[e] === ' ' && capitalAt(original, f, e + 1))) {
      hits.push({ s, e, kind: term.kind, term: needle, titled: false, whole: 'shared', person: true });
      continue;
    }
    // a name part in the plural in a place's name ("Daniels Park Rd", "Las Vegas": red team 17, "the officer's family")
    if (mode !== 'address' && !titled && pluralPlace(t, original, f, s, e)) {
      keep(s, e, term.kind, 'a place name');
      continue;
    }
    // the word after, past a "Jr" or "Sr" ("Martin Luther King Jr Blvd")
    const suffix = /^ (?:jr|sr)\.?(?= )/.exec(t.slice(e, e + 5))?.[0].length ?? 0;
    // (not a surname that is itself a place word: "Tom Hill Park", "Jin Park Park" is the officer's name before a
    // park, red team 18)
    if (term.kind === 'name' && mode === 'place' && !titled && PLACE_AFTER.has(wordAfter(t, e + suffix))) {
      // (withheld as "[name withheld] Park", never "an officer Park")
      if (PLACE_AFTER.has(lastWord(needle))) hits.push({ s, e, kind: term.kind, term: needle, whole: 'shared' });
      else keep(s, e, term.kind, 'a place name in a location field');
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
    // a name part inside a street's name of a few capitalised words ("Martin Luther King Jr Blvd" for officers
    // King, Martin: red team 19 O3)
    if (term.kind === 'name-part' && (isProse(mode) || mode === 'place') && !titled && capitalAt(original, f, s) && streetNamedAfter(t, original, f, e)) {
      keep(s, e, term.kind, 'a place name');
      continue;
    }
    if (term.kind === 'name-part' && mode !== 'address' && !titled && untitledPart(sets, original, f, term, mode, s, e, suffix, hits, keep)) continue;
    // the officer's given name (or a short form) before another capitalised surname is another person ("shot
    // by Daniel Ruiz": red team, "shot by an officer Ruiz" told the public an officer shot): the part is withheld
    // without a role ("[name withheld] Ruiz")
    const next = t[e] === ' ' ? wordAfter(t, e) : '';
    const shared =
      term.kind === 'name-part' && !titled && (isProse(mode) || mode === 'place') && !sets.nameSets.surnames.has(needle) &&
      (next.length > 1 || MIDDLE_INITIAL.test(t.slice(e, e + 4))) && capitalAt(original, f, e + 1) && !sets.nameSets.partSet.has(next) && !PLACE_AFTER.has(next) &&
      // (nor the officer's own surname written with a joiner: "Paul Saint-Louis", red team 12)
      !sets.nameSets.partSet.has(/^ ([\p{L}\p{M}.'\u2010-\u2015-]+)/u.exec(t.slice(e, e + 40))?.[1]?.replace(/[\u2010-\u2015]/gu, '-') ?? '');
    if (shared) {
      hits.push({ s, e, kind: term.kind, term: needle, titled, whole: 'shared', person: true });
      continue;
    }
    const plural = term.kind !== 'extra' && needle.length >= 4 ? /^(?:s|es)(?![\p{L}\p{N}])/u.exec(t.slice(e, e + 3))?.[0] : undefined;
    if (plural !== undefined) hits.push({ s, e: e + plural.length, kind: term.kind, term: needle, titled, plural: true });
    // in a suspect's or an agency's name field, or a vehicle or description value, a withheld name is no officer:
    // "Suspect: [name withheld]", "gray [name withheld] F-150", never the false "Suspect: An officer" (red team 10);
    // in a suspect's description, unless it is the officer's ("took Young's radio": the officer's radio)
    else if ((mode === 'institutional' || mode === 'structured' || (mode === 'suspect' && !/^['’]s?(?![\p{L}\p{N}])/u.test(t.slice(e, e + 3)))) && !titled) hits.push({ s, e, kind: term.kind, term: needle, whole: 'shared', person: true });
    else hits.push({ s, e, kind: term.kind, term: needle, titled });
  }
}

/** Words before a name that make it a person remembered ("RIP Price", "In memory of Rose"). */
const MEMORIAL_BEFORE: ReadonlySet<string> = new Set(['rip', 'memoriam', 'remember', 'remembering', 'honoring', 'honouring', 'dep', 'qepd', 'descanse']);
const MEMORY_OF: ReadonlySet<string> = new Set(['memory', 'honor', 'honour', 'memoria', 'honra']);

/**
 * A capitalised everyday word in a structured value that is a person there (red team 17, officer Rose Price:
 * "hair: Price was shot", "vehicle type: RIP Price memorial decal" were kept as the everyday word): before a verb
 * a person does ("was", "died", `PERSON_NEXT`), or after "RIP" or "in memory of". "Brown", "Rose gold" stay.
 */
function structuredPerson(t: string, original: string, f: FoldedText, s: number, e: number): boolean {
  if (!capitalAt(original, f, s)) return false;
  if (t[e] === ' ' && PERSON_NEXT.has(wordAfter(t, e))) return true;
  const before = wordBefore(t, s);
  if (MEMORIAL_BEFORE.has(before)) return true;
  const near = t.slice(Math.max(0, s - 8), s);
  if (near.endsWith('r.i.p. ') || near.endsWith('r.i.p ')) return true;
  return (before === 'of' || before === 'de') && MEMORY_OF.has(wordBefore(t, s - 3));
}

/**
 * An occurrence inside a longer word: the officer's identity written together, a name glued in camel case, a
 * double surname after the given name or a title, a name part with a lower-case affix; else kept on record.
 */
function gluedWord(sets: WordSets, original: string, f: FoldedText, term: IdentityTerm, mode: ScanMode, s: number, e: number, hits: Hit[], keep: Keep): void {
  const t = f.text;
  const needle = term.text;
  const found = mode === 'address' || (term.kind !== 'name' && term.kind !== 'name-part') ? undefined : joinedIdentityWord(sets.joinSets, t, s, e);
  // a suspect's own surname that happens to be initials and a name part ("Crose" for an officer Chris Rose)
  // (nor a nickname that is a word, inflected in lower case: "spiked", "capo" for a Daniel "Spike", "Cap" Okafor,
  // re-attack 20 F5)
  const joined = found?.affixed === true && (sets.suspectNameWords.has(t.slice(found.s, found.e)) || (sets.nameSets.nicknameWords?.has(needle) === true && nicknameInflected(original, f, needle, found))) ? undefined : found;
  // glued in camel case to another word or a digit ("OkaforStrong", "DOkafor", "Okafor2": red team); not a
  // word that is itself a name part ("OBrien" for an officer O'Brien)
  const camelAt = joined === undefined && mode !== 'address' && (term.kind === 'name' || term.kind === 'name-part') && needle.length >= 4 ? camelGlued(original, f, s, e) : undefined;
  // (not an everyday word, "YoungStown", "ParkView", and not before a place word, "HoustonStreet")
  const piece = camelAt === undefined || e >= t.length ? '' : (/^\p{Lu}\p{Ll}*/u.exec(original.slice(f.start(e), f.start(e) + 24))?.[0] ?? '');
  const camel =
    camelAt !== undefined &&
    (camelAt === s || !sets.nameSets.partSet.has(t.slice(camelAt, e))) &&
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
  // both halves the officer's own surnames ("Cruz-Pérez" for María de la Cruz y Pérez): the officer, alone too
  // (re-attack 22 F13: "Maria Cruz-Perez was shot" read "An officer Cruz-Perez was shot")
  const bothSurnames = compound !== undefined && half !== needle && sets.nameSets.surnames.has(needle) && sets.nameSets.surnames.has(half);
  const namesOfficer =
    bothSurnames ||
    (compound !== undefined &&
    sets.nameSets.surnames.has(needle) &&
    ![...sets.nameSets.partSet].some((p) => p.length > 1 && half.startsWith(p)) &&
    (titleBefore(t, compound[0]) !== undefined ||
      (t[compound[0] - 1] === ' ' && sets.nameSets.partSet.has(given) && !sets.nameSets.surnames.has(given) && !JOINERS.has(t[compound[0] - 2 - given.length] ?? ''))));
  if (joined?.affixed === true) hits.push({ s: joined.s, e: joined.e, kind: 'name', term: needle, whole: 'address', joined: true });
  else if (joined !== undefined) hits.push({ s: joined.s, e: joined.e, kind: 'name', term: needle, titled: titleBefore(t, joined.s) !== undefined, joined: true });
  // (after "Mrs.", "Mr.", "Sra." the double surname is a relative's: "Mrs. Adeyemi-Okafor thanked the public" is
  // "Mrs. [name withheld]", never "The officer thanked the public", re-attack 20)
  else if (compound !== undefined && namesOfficer && HONORIFIC_TITLES.has(titleBefore(t, compound[0]) ?? '')) hits.push({ s: compound[0], e: compound[1], kind: term.kind, term: needle, whole: 'shared', person: true });
  else if (compound !== undefined && namesOfficer) hits.push({ s: compound[0], e: compound[1], kind: term.kind, term: needle, titled: titleBefore(t, compound[0]) !== undefined });
  else if (camel) hits.push({ s: camelAt as number, e, kind: term.kind, term: needle, whole: 'address' });
  // a withheld term with a hyphenated extension goes whole ("Grace Adeyemi-Okafor": red team 19 B1)
  else if (term.kind === 'extra' && mode !== 'address' && hyphenCompound(original, f, s, e) !== undefined) {
    const [a, b] = hyphenCompound(original, f, s, e) as [number, number];
    hits.push({ s: a, e: b, kind: term.kind, term: needle });
  } else if (mode !== 'address' && mode !== 'institutional' && term.kind === 'name-part' && withAffix(original, f, s, e, needle)) {
    hits.push({ s, e, kind: term.kind, term: needle, whole: 'address' });
  }
  // kept on record where the guard reads a word of its own: a longer part, or one at a hyphen or apostrophe
  // ("Dsi-Smithe" for an officer Zoë Dsi: property test, the guard refused it)
  else if (term.kind === 'name-part' && (needle.length >= 4 || JOINERS.has(t[s - 1] ?? '') || JOINERS.has(t[e] ?? '')) && mode !== 'address') keep(s, e, term.kind, 'part of a longer word');
}


/**
 * The everyday sense of a name part among things, or undefined: a Spanish colour after what it describes, a vehicle
 * make or a model after its make, a gun maker, a state's code after a town (split from `untitledPart`).
 */
function thingSense(t: string, original: string, f: FoldedText, s: number, e: number, needle: string, before: string, possessive: boolean): string | undefined {
  // a Spanish colour after what it describes, capitalised or not ("Pantalón Blanco": red team 12)
  if (!possessive && SPANISH_COLOURS.has(needle) && DESCRIBED_ES.has(before) && t[s - 1] === ' ') return 'a colour after what it describes';
  if (!possessive && VEHICLE_MAKES.has(needle) && isVehicleNext(/^\s([\p{L}\p{N}-]+)/u.exec(t.slice(e, e + 30))?.[1] ?? '')) return 'a vehicle make';
  // a model right after its make ("GMC Sierra pickup", "Dodge Dakota" for an officer Sierra, Dakota: red team 10)
  if (!possessive && VEHICLE_MODELS.has(needle) && VEHICLE_MAKES.has(before) && t[s - 1] === ' ') return 'a vehicle model after its make';
  // a gun maker before a model or a gun word ("Glock 19 handgun" for an officer Glock: red team 9)
  if (!possessive && WEAPON_MAKERS.has(needle) && isWeaponNext(/^\s(?:&\s|and\s|\.)?([\p{L}\p{N}-]+)/u.exec(t.slice(e, e + 30))?.[1] ?? '')) return 'a gun maker';
  // a state's code after a town ("Toledo, OH", "Boston, MA" for an officer Oh, Ma: red team 16)
  if (needle.length === 2 && !possessive && t.slice(Math.max(0, s - 2), s) === ', ' && isStateName(needle) && original.slice(f.start(s), f.end(e - 1)) === needle.toUpperCase()) return 'a state code after a place';
  return undefined;
}

/**
 * The everyday sense of a function word or an everyday word that is the surname, or undefined: in lower case (not
 * as a person), a particle before another capitalised name, or the word at a sentence start before what it
 * describes or asks (split from `untitledPart`).
 */
function everydaySense(t: string, original: string, f: FoldedText, s: number, e: number, needle: string, after: string): string | undefined {
  const functionWord = FUNCTION_WORDS.has(needle);
  if (functionWord || EVERYDAY.has(needle) || (needle.endsWith('s') && EVERYDAY.has(needle.slice(0, -1)))) {
    const text = original.slice(f.start(s), f.end(e - 1));
    // (not as a person: "park was shot", "the suspect shot hill", red team 18)
    if (text === text.toLowerCase() && !usedAsPerson(t, s, e)) return 'an everyday word written in lower case';
    // a particle surname before a capitalised word is part of another name or a place ("La Paz", "Del Rio", "Van
    // Buren" for an officer La, Del, Van); after a title the matcher has taken it already
    // (not in text all in capitals: "LE WAS SHOT" is the officer, red team 16)
    // (nor before what a person did: "Le Returned Fire", red team 17)
    if (SURNAME_PARTICLES.has(needle) && t[e] === ' ' && capitalAt(original, f, e + 1) && text !== text.toUpperCase() && !SENTENCE_NEXT.has(wordAfter(t, e))) return 'a particle of another name or a place';
    // at a sentence start it is the word only before what it describes ("White male", "Green sedan", "Young men")
    // or as the first word of a question ("Will you", "May we"); anything else is the name ("King returned fire",
    // "Rivera y su compañero", "Sterling radioed": red team 12, a list of verbs after the name missed most)
    const describes = PERSON_NOUN.has(after) || isVehicleNext(after) || DESCRIBED.has(after);
    const asks = (ASKING.has(needle) && ASK_NEXT.has(after)) || (functionWord && functionWordBefore(needle, after));
    // (a word after it in capitals for emphasis is no name: "Do NOT approach", red team 16)
    // (and in text all in capitals, the word after in capitals too: "IN CUSTODY: NONE", "DO NOT APPROACH", red team 17)
    const capsAfter = /^\p{Lu}{2,}(?![\p{Ll}])/u.test(original.slice(f.start(e + 1), f.start(e + 1) + 12));
    const emphasis = capsAfter && (text !== text.toUpperCase() || text.length > 1);
    if (sentenceInitial(original.slice(0, f.start(s))) && t[e] === ' ' && (!capitalAt(original, f, e + 1) || emphasis) && !PERSON_NEXT.has(after) && (describes || asks)) return 'an everyday word at the start of a sentence';
  }
  return undefined;
}

/**
 * An untitled name part outside an address: kept as a place, a make, a gun maker or an everyday word, or withheld
 * as another person's ("[name withheld]"). True when it decided; false to go on with the general rules.
 */
function untitledPart(sets: WordSets, original: string, f: FoldedText, term: IdentityTerm, mode: ScanMode, s: number, e: number, suffix: number, hits: Hit[], keep: Keep): boolean {
  const t = f.text;
  const needle = term.text;
  if (mode === 'institutional' && !FAMILY_NEXT.has(wordAfter(t, e))) {
    keep(s, e, term.kind, KEPT_IN_NAME_FIELD);
    return true;
  }
  // the surname after another given name is a relative ("his wife Grace Okafor": red team 9, "Grace an
  // officer" in the text and "Grace Okafor" kept whole as a place): "[name withheld]" for both words. Not a
  // surname that is an everyday word ("Rose Hill"), a word that starts the sentence, or a place word after it
  // a short surname in an everyday sense the rules below miss ("Toledo, OH", "Do NOT", "An armed man", "a white
  // Van", "Larimer Co.": red team 16)
  // a nickname that is a word of no list ("Tattoo", "Boots") is read by its own rules only: "rip boots" is the
  // officer, though "boot" is an everyday word (re-attack 20)
  const thingNickname = sets.nameSets.nicknameWords?.has(needle) === true && !EVERYDAY.has(needle) && !COMMON_WORD_SURNAMES.has(needle);
  const nickname = sets.nameSets.nicknameWords?.has(needle) === true && t[e] !== "'" ? nicknameWordSense(original, f, s, e, mode) : undefined;
  const sense = t[e] === "'" || (thingNickname && nickname === undefined) ? undefined : (nickname ?? shortWordSense(original, f, s, e, needle) ?? commonWordSense(original, f, s, e, needle));
  if (sense !== undefined) {
    keep(s, e, term.kind, sense);
    return true;
  }
  // a place's or a brand's generic word after another capitalised word ("Cheesman Park", "Main Street", "Taco
  // Bell"), or a street word before a street's name ("la Calle Luna"), for an officer Park, Street, Bell, Calle
  // (red team 17: "Cheesman an officer")
  const surname = sets.nameSets.surnames.has(needle);
  const placeWord = surname ? placeWordAfterName(t, original, f, s, e, sets.nameSets.partSet) : undefined;
  const street = surname ? streetWordBeforeName(t, original, f, s, e, sets.nameSets.partSet) : undefined;
  if (placeWord?.sense === 'place' || street === 'place') {
    keep(s, e, term.kind, 'a place or brand name');
    return true;
  }
  if (street === 'person') {
    hits.push({ s, e, kind: term.kind, term: needle, whole: 'shared', person: true });
    return true;
  }
  // the surname after another given name is another person, everyday word or not ("Neil Young", "Grace Park
  // said": red team 17, "a Neil an officer T-shirt"): "[name withheld]"
  // (a memorial or sentence word is no given name: "RIP Park", "Goodbye Park" is the officer, red team 18)
  let other = opensNoPlace(wordBefore(t, s)) ? 0 : relativeGiven(t, original, f, s, sets.nameSets.partSet);
  // (not a place after "de"/"of" when the officer's surname follows: "El agente de Denver Daniel Okafor" is the
  // officer after a place, not a "Denver Daniel" and the officer, re-attack 22 F9; "Tyrell Daniel Okafor" stays
  // withheld whole: Tyrell may be the officer's first name)
  if (other > 0 && !surname && t[e] === ' ' && sets.nameSets.surnames.has(wordAfter(t, e)) && titlesPlace(t, s - other)) other = 0;
  // (a street's name goes to the place rules below: "Avenida Ponce de León")
  // (and the officer's given name as another person's surname: "A second man, Tyrell Jordan, 24, is wanted" for an
  // officer Jordan King read "Tyrell an officer", red team 19 O2; in free text only: a suspect's description never
  // says a role, and "Air Jordan sneakers" there is the brand, red team 13)
  if ((isProse(mode) || mode === 'place') && other > 0 && (surname || (mode === 'free' && needle.length >= 3 && !SURNAME_PARTICLES.has(wordBefore(t, s)))) && !PLACE_AFTER.has(wordAfter(t, e)) && !sets.shared.has(needle) && !(EVERYDAY.has(needle) && spanishStreetBefore(t, original, f, s))) {
    hits.push({ s: s - other, e, kind: term.kind, term: needle, whole: 'shared', person: true });
    return true;
  }
  const possessive = t[e] === "'" && t[e + 1] === 's' && !isWordChar(t[e + 2]);
  if (mode === 'structured' && !possessive && STRUCTURED_WORDS.has(needle) && !FAMILY_NEXT.has(wordAfter(t, e)) && !structuredPerson(t, original, f, s, e)) {
    keep(s, e, term.kind, 'a value in a structured field (vehicle, description)');
    return true;
  }
  if (mode === 'place' && !possessive && placeInLocation(sets, t, original, f, s, e, needle)) {
    keep(s, e, term.kind, 'a place in a location field');
    return true;
  }
  const after = wordAfter(t, e);
  const before = wordBefore(t, s);
  // (after a street's abbreviation and its full stop, a capitalised word before what a person did is the person:
  // "W Colfax Ave. West was hit", "Elm St. Street died" for officers West, Street; red team 19 B3)
  if (isProse(mode) && personAfterStreetStop(t, original, f, s, e)) return false;
  // a compass or street word that is a direction or a street's word ("West of Federal", "West Denver", "Street
  // closures" for officers West, Street: re-attack 20 F6, F8)
  const direction = isProse(mode) ? directionSense(t, original, f, s, e, needle, sets.nameSets.partSet) : undefined;
  if (direction !== undefined) {
    keep(s, e, term.kind, direction);
    return true;
  }
  // a sentence or line that ends in a street makes the name after it the person ("Alameda Ave. Nguyen returned
  // fire"), but a compass word there before a capitalised word opens the next street's name ("W Colfax Ave. West
  // Colfax is closed" for an officer West)
  const broken = sentenceBreakBefore(t, original, f, s);
  if (broken && COMPASS_WORDS.has(needle) && t[e] === ' ' && capitalAt(original, f, e + 1) && !SENTENCE_NEXT.has(wordAfter(t, e))) {
    keep(s, e, term.kind, "a compass word that opens a street's name");
    return true;
  }
  if ((PLACE_AFTER.has(wordAfter(t, e + suffix)) && capitalAt(original, f, e + 1)) || placeAhead(t, original, f, e) || (PLACE_BEFORE.has(before) && !broken && capitalAt(original, f, s - before.length - 1 - (t[s - 2] === '.' ? 1 : 0))) || (STREET_WORD_BEFORE.has(before) && t[s - 2] !== '.' && !broken && capitalAt(original, f, s - before.length - 1)) || spanishStreetBefore(t, original, f, s) || areaListAhead(t, original, f, e) !== undefined || englishPlaceOf(t, s, e)) {
    keep(s, e, term.kind, 'a place name');
    return true;
  }
  const thing = thingSense(t, original, f, s, e, needle, before, possessive);
  if (thing !== undefined) {
    keep(s, e, term.kind, thing);
    return true;
  }
  const word = thingNickname ? undefined : everydaySense(t, original, f, s, e, needle, after);
  if (word !== undefined) {
    keep(s, e, term.kind, word);
    return true;
  }
  // withheld in a location field, a name part is no officer there: "toward [name withheld]", never the false
  // "heading south toward an officer" (red team 9)
  if (mode === 'place' && !possessive && !familyAfter(t, s, e)) {
    hits.push({ s, e, kind: term.kind, term: needle, titled: false, whole: 'shared', person: true });
    return true;
  }
  return false;
}

/**
 * Where the word starts when `[s, e)` is a capitalised name written against another capitalised word or a
 * digit, in camel case: at a word's start, or after one or two capitals that start it ("DOkafor"), and up to a
 * capital or a digit ("OkaforStrong", "Okafor2") or the word's end after such capitals. "McOkafor" and
 * "Okaforstown" are other words.
 */
function camelGlued(original: string, f: FoldedText, s: number, e: number): number | undefined {
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
function withAffix(original: string, f: FoldedText, s: number, e: number, needle: string): boolean {
  const t = f.text;
  const hyphen = (c: string | undefined): boolean => c === '-' || c === '\u2010' || c === '\u2011';
  if (!capitalAt(original, f, s) && (EVERYDAY.has(needle) || COMMON_WORD_SURNAMES.has(needle))) return false;
  const lower = (a: number, b: number): boolean => b - a >= 2 && b - a <= 12 && /^\p{Ll}+$/u.test(original.slice(f.start(a), f.end(b - 1)));
  // (a compass word before "-bound" is the direction: "North-bound lanes", re-attack 20 F8)
  if (hyphen(t[e]) && COMPASS_WORDS.has(needle) && t.startsWith('bound', e + 1)) return false;
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
