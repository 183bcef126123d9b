/**
 * The WEA segments of a message: what happened, the officer, each suspect, the vehicles, where last seen, armed,
 * the action, expiry and tips, each with the steps it can lose to fit 90 or 360 characters. Split from
 * `writer.ts` along its seam.
 */
import type { Suspect } from '../request/schema.js';
import type { TextFacts } from './facts.js';
import type { Wording } from './lang.js';
import { collapseSpaces, ladder, type Level, type Segment } from './fit.js';
import { basicLength, gsmText, isGsm7 } from './gsm.js';
import { capitalize, directionInPlace, displayLink, femaleSuspects, isFemale, isOnlyTown, joinParts } from './words.js';
import { saysNothingMore, withoutZip } from './place.js';
import { dir, suspectGroups } from './suspect-groups.js';

/** Importance of what a step loses (1 = most important). Lower-ranked suspects add `SECONDARY`. */
const P = {
  what: 1,
  action: 1,
  plate: 2,
  armed: 2.5,
  direction: 2.4,
  officer: 3,
  /** a missing officer's last known location, when the first sentence gives another place */
  officerLastKnown: 2.9,
  whereIncident: 3.3,
  suspectName: 4,
  lastSeenPlace: 3.5,
  vehicleMain: 3.05,
  suspectCore: 4.2,
  clothing: 4.5,
  destinations: 4.6,
  build: 5,
  vehicleYear: 5,
  lastSeenTime: 5.2,
  incidentTime: 5.5,
  expiry: 5.6,
  tips: 6,
  vehicleFeatures: 6,
  fineDetail: 6,
  senderShort: 6.5,
  sender: 4.4,
  /** "Suspects 1 and 2: armed." instead of "…: armed and dangerous." (which ones are armed is always said) */
  armedWhose: 4.8,
  link: 7.5,
} as const;
const SECONDARY = 1.5;
/** A missing officer's car: below the first suspect's vehicle, above a later suspect's (those add 0.5 + 0.01 a suspect). */
const OFFICER_CAR = 0.15;

/**
 * The text trimmed, ending with a full stop unless it ends a sentence already.
 *
 * @example
 * sentence('Call 911'); //=> 'Call 911.'
 */
export function sentence(text: string): string {
  const t = collapseSpaces(text);
  if (t === '') return '';
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** GSM basic text with spaces collapsed (most strings are plain ASCII already: one scan, no copy). */
const gsm = gsmText;

/** Strings that abbreviation must leave alone (names, plates, directions, links, phone), in GSM form. */
function protectedTerms(f: TextFacts): string[] {
  const out: string[] = [];
  for (const s of f.suspects) {
    for (const v of [s.name, s.alias, s.vehicle?.plate?.number, s.vehicle?.plate?.state, dir(s), s.vehicle?.make, s.vehicle?.model]) {
      if (v !== undefined) out.push(gsm(v));
    }
  }
  for (const v of [f.officer?.name, f.officer?.vehicle?.plate?.number, f.phone, f.web, f.sender]) {
    if (v !== undefined) out.push(gsm(v));
  }
  return out.filter((t) => t !== '');
}

/** Index of the first suspect with a plate / a direction: their plate and direction must survive in 360. */
function keySuspects(f: TextFacts): { plate: number; direction: number } {
  return {
    plate: f.suspects.findIndex((s) => s.vehicle?.plate !== undefined && gsm(s.vehicle.plate.number) !== ''),
    direction: f.suspects.findIndex((s) => {
      const d = dir(s);
      return d !== undefined && gsm(d) !== '';
    }),
  };
}

/** Whether GSM text says anything (a letter or a digit), as opposed to stray punctuation. */
function meaningful(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Deep copy with every string in GSM form; strings that say nothing in GSM (emoji, stray punctuation) are left out. */
function cleanForWea<T>(value: T): T | undefined {
  if (typeof value === 'string') {
    const g = gsm(value);
    return (meaningful(g) ? g : undefined) as T | undefined;
  }
  if (Array.isArray(value)) return value.map((v: unknown) => cleanForWea(v)).filter((v) => v !== undefined) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = cleanForWea(v);
      if (c !== undefined) out[k] = c;
    }
    return out as T;
  }
  return value;
}

/**
 * The facts as WEA may show them: GSM 7-bit text, fields that say nothing left out (a plate needs its number).
 *
 * @example
 * weaFacts(facts).sender; //=> 'Colorado Bureau of Investigation'
 */
export function weaFacts(f: TextFacts): TextFacts {
  const suspects = f.suspects.map((s) => {
    // (a weapon '' is one the language cannot name: it stays, for "Armado.")
    const seen = s.lastSeen?.location === undefined ? s : { ...s, lastSeen: { ...s.lastSeen, location: withoutZip(s.lastSeen.location) } };
    const c = { ...(cleanForWea(seen) ?? {}), ...(s.weapons === '' ? { weapons: '' } : {}) };
    if (c.vehicle?.plate !== undefined && c.vehicle.plate.number === undefined) {
      const { plate: _noNumber, ...vehicle } = c.vehicle;
      return { ...c, vehicle };
    }
    return c;
  }) as TextFacts['suspects'];
  const officer = f.officer === undefined ? undefined : cleanForWea(f.officer);
  const opt = (v: string | undefined): string | undefined => (v === undefined ? undefined : cleanForWea(v));
  const incidentLocation = opt(f.incidentLocation === undefined ? undefined : withoutZip(f.incidentLocation));
  const sender = opt(f.sender);
  const weapons = [...new Set(suspects.map((s) => s.weapons).filter((x): x is string => x !== undefined && x !== ''))].join(', ');
  const { officer: _o, incidentLocation: _l, weapons: _w, shortName: _n, place: _p, ...rest } = f;
  const shortName = opt(f.shortName);
  const place = opt(f.place);
  return {
    ...rest,
    ...(shortName === undefined ? {} : { shortName }),
    ...(place === undefined ? {} : { place }),
    suspects,
    ...(weapons === '' ? {} : { weapons }),
    sender: sender ?? '',
    ...(officer === undefined ? {} : { officer }),
    ...(incidentLocation === undefined ? {} : { incidentLocation }),
  };
}

/**
 * The WEA segments of a message in reading order. `long` marks the 360-character text, where the first plate and
 * direction are required.
 *
 * @example
 * fitSegments(weaSegments(facts, english(), true), 360, gsm7Length).text;
 */
export function weaSegments(facts: TextFacts, w: Wording, long: boolean, ready = false): Segment[] {
  // `ready`: the facts already went through weaFacts (the 90 and the 360 share that work)
  const f = ready ? facts : weaFacts(facts);
  const mk = segmentMaker(f, w);
  const segs: (Segment | undefined)[] = [];
  senderSegments(f, mk, segs);
  whatSegments(f, w, mk, segs);
  officerSegments(f, w, mk, segs);
  suspectSegments(f, w, long, mk, segs);
  armedSegments(f, w, mk, segs);
  closingSegments(f, w, long, mk, segs);
  return segs.filter((s): s is Segment => s !== undefined);
}

/** Makes a segment from its levels (GSM text, each abbreviated once), or undefined when no level has text. */
type Mk = (id: string, priority: number, required: boolean, levels: (Level | string | undefined)[], label?: string) => Segment | undefined;

function segmentMaker(f: TextFacts, w: Wording): Mk {
  const protect = protectedTerms(f);
  // the levels of a segment often repeat a text (a detail level that adds nothing): each text abbreviated once
  const abbreviated = new Map<string, string>();
  const abbr = (s: string): string => {
    let a = abbreviated.get(s);
    if (a === undefined) {
      a = w.abbreviate(s, protect);
      abbreviated.set(s, a);
    }
    return a;
  };
  return (id, priority, required, levels, label) => {
    const lv: Level[] = [];
    for (const l of levels) {
      if (l === undefined) continue;
      lv.push(typeof l === 'string' ? { text: gsm(l) } : l.priority === undefined ? { text: gsm(l.text) } : { text: gsm(l.text), priority: l.priority });
    }
    // every level is GSM basic text with its spaces collapsed (gsm above; abbreviations are ASCII): measured by its
    // length, not scanned again for spaces
    const variants = ladder(lv, abbr, basicLength, true);
    return variants.length === 0 ? undefined : { id, priority, required, variants, ...(label === undefined ? {} : { label: gsm(label) }) };
  };
}

/** The sender: the name the public knows (the full name, or the short name the issuer gives). */
function senderSegments(f: TextFacts, mk: Mk, segs: (Segment | undefined)[]): void {
  // sender: the name the public knows (the full name, or the short name the issuer gives); never made-up initials
  if (f.sender !== '') {
    const short = f.shortName === undefined || f.shortName === f.sender ? undefined : f.shortName;
    segs.push(mk('sender', P.sender, false, [`${f.sender}:`, short === undefined ? undefined : { text: `${short}:`, priority: P.senderShort }]));
  } else if (f.shortName !== undefined) {
    segs.push(mk('sender', P.sender, false, [`${f.shortName}:`]));
  }
}

/**
 * The town alone after the event ("in Cleveland"), with "near" when the location is only near it ("on US-59 near
 * Cleveland" -> "near Cleveland", "cerca de Chamberino": reader review 19t T09, it read "en Chamberino").
 */
function townPlace(f: TextFacts, town: string, w: Wording, female: boolean): string {
  return w.eventPlace(f.event, f.placeNear === true ? w.nearPlace(town).trim() : town, female, true);
}

/** What happened, where and when, and how many suspects. */
function whatSegments(f: TextFacts, w: Wording, mk: Mk, segs: (Segment | undefined)[]): void {
  const tz = f.timeZone;
  const fo = isFemale(f.officer?.description?.sex);
  const place = f.incidentLocation;
  // a missing officer with no place is missing "since" the time, not "at" it ("is missing at 1:00 PM": red team)
  const since = f.event === 'officer-missing' && place === undefined;
  const rawTime = f.occurredAt === undefined ? '' : since ? w.sinceTime(f.occurredAt, f.sent, tz, false) : w.atTime(f.occurredAt, f.sent, tz, false);
  const time = rawTime !== '' && place !== undefined && place.includes(',') ? `,${rawTime}` : rawTime;
  const head = `${f.update ? w.updateAlertName : w.alertName}.`;
  segs.push(
    mk('what', P.what, true, [
      sentence(`${head} ${w.eventFull(f.event, fo, femaleSuspects(f), f.suspects.length)}${place === undefined ? '' : w.eventPlace(f.event, place, fo, isOnlyTown(place, f.place))}${time}`),
      { text: sentence(`${head} ${w.eventShort(f.event, fo)}${place === undefined ? '' : w.eventPlace(f.event, place, fo, isOnlyTown(place, f.place))}${time}`), priority: P.fineDetail },
      time === '' ? undefined : { text: `${head} ${w.eventShort(f.event, fo)}${place === undefined ? '' : w.eventPlace(f.event, place, fo, isOnlyTown(place, f.place))}.`, priority: P.incidentTime },
      place !== undefined && f.place !== undefined && f.place !== place ? { text: `${head} ${w.eventShort(f.event, fo)}${townPlace(f, f.place, w, fo)}.`, priority: P.whereIncident } : undefined,
      // the town is a few characters and says where: it goes after a suspect's last-seen detail (text review 15)
      place === undefined ? undefined : { text: `${head} ${w.eventShort(f.event, fo)}.`, priority: P.whereIncident - 0.5 },
    ]),
  );
  // several suspects: say how many, so a suspect left out for length is never dropped silently
  if (f.suspects.length > 1) segs.push(mk('count', P.what, true, [w.count(f.suspects.length, f.suspects.every((s) => isFemale(s.description?.sex)))]));
}

/** The missing officer: description, vehicle and last known location. */
function officerSegments(f: TextFacts, w: Wording, mk: Mk, segs: (Segment | undefined)[]): void {
  const place = f.incidentLocation;
  const o = f.officer;
  if (o !== undefined) {
    const label = w.officerLabel(o.name);
    if (o.description !== undefined || o.name !== undefined) {
      const d = o.description;
      const officerLine = (detail: 0 | 1 | 2 | 3, max?: number): string => {
        const desc = d === undefined ? '' : w.person(d, detail, max);
        return desc === '' ? (o.name === undefined ? '' : `${label}.`) : `${label}: ${desc}.`;
      };
      segs.push(
        mk('officer', P.officer, false, [
          officerLine(0),
          d === undefined ? undefined : { text: officerLine(1), priority: P.fineDetail },
          d === undefined ? undefined : { text: officerLine(2, 40), priority: P.build },
          d === undefined ? undefined : { text: officerLine(3), priority: P.clothing },
        ]),
      );
    }
    if (o.vehicle !== undefined) {
      // ranked below the first suspect's vehicle, plate or not (text review 15: the officer's car with its plate, 2.1,
      // outranked a suspect's vehicle without one, 3.2, which was dropped)
      segs.push(...vehicleSegments('officer-vehicle', w.officerVehicleLabel, o.vehicle, w, OFFICER_CAR, false, mk, true, w.officerVehicleShort, P.vehicleMain + OFFICER_CAR));
    }
    // where the officer was last known to be is the freshest place to look (red team 13: dropped for the suspect's
    // vehicle); the same place as the first sentence's is not said twice
    const known = o.lastKnownLocation;
    if (known !== undefined && !saysNothingMore(known, place)) segs.push(mk('officer-location', place === undefined ? P.officer : P.officerLastKnown, false, [`${w.lastKnown(known)}.`]));
  }
}

/** Each suspect: who, and the vehicle (described once for suspects who share it); then where last seen. */
function suspectSegments(f: TextFacts, w: Wording, long: boolean, mk: Mk, segs: (Segment | undefined)[]): void {
  const o = f.officer;
  const key = keySuspects(f);
  const n = f.suspects.length;
  const groups = suspectGroups(f.suspects);
  f.suspects.forEach((s, i) => {
    const extra = i === 0 ? 0 : SECONDARY + i * 0.01;
    const label = w.suspectLabel(i, n, isFemale(s.description?.sex));
    const name = s.name === undefined ? undefined : collapseSpaces(s.name);
    const d = s.description;
    const who = (detail: 0 | 1 | 2 | 3, max?: number): string => {
      const desc = d === undefined ? '' : w.person(d, detail, max);
      const alias = detail === 0 && s.alias !== undefined ? ` (${w.aliasWord} ${s.alias})` : '';
      const nm = name === undefined ? '' : `${name}${alias}`;
      const body = joinParts([nm, desc]);
      return body === '' ? '' : `${label}: ${body}.`;
    };
    if (name !== undefined || d !== undefined) {
      segs.push(
        mk(`suspect${i}`, P.suspectName + extra, false, [
          who(0),
          { text: who(1), priority: P.fineDetail + extra },
          { text: who(2, 40), priority: P.build + extra },
          // an unnamed suspect keeps sex, race and age where the whole description would have been dropped (reader
          // review 19t T09: the Spanish 360 dropped 152 characters of it and kept the time and destinations)
          // ("Suspect: male." alone is not worth a place: a sex word alone is left out)
          name !== undefined || d?.race !== undefined || d?.age !== undefined ? { text: who(3), priority: (name === undefined ? P.suspectName : P.clothing) + extra } : undefined,
          name !== undefined && d !== undefined ? { text: `${label}: ${name}.`, priority: P.suspectCore + extra } : undefined,
        ], label),
      );
    }
    // suspects in one vehicle: it is described once, under all their numbers ("Suspects 1 and 2 vehicle:")
    const group = groups.vehicle[i];
    if (s.vehicle !== undefined && group !== undefined && group[0] === i) {
      // a missing officer's alert labels the suspect's vehicle, so it is not read as the officer's (red team 13)
      const suspectsCar = o?.vehicle !== undefined || f.event === 'officer-missing';
      // several suspects: every vehicle says whose it is
      const vLabel = n > 1 ? w.vehicleOfSuspect(group, group.every((j) => isFemale(f.suspects[j]?.description?.sex))) : suspectsCar ? w.suspectVehicleLabel(isFemale(s.description?.sex)) : w.vehicleLabel;
      // another suspect's own vehicle is ranked near the first one's: its plate is worth more than the first suspect's last-seen detail
      const vExtra = i === 0 ? 0 : Math.min(extra, 0.5 + i * 0.01);
      segs.push(...vehicleSegments(`vehicle${i}`, vLabel, s.vehicle, w, vExtra, long && i === key.plate, mk, suspectsCar || n > 1));
    }
    seenSegment(f, w, long, mk, segs, { i, n, key, groups, label, extra });
  });
}

/** Where suspect i was last seen, heading and going, for the suspects seen together. */
function seenSegment(
  f: TextFacts,
  w: Wording,
  long: boolean,
  mk: Mk,
  segs: (Segment | undefined)[],
  at: { i: number; n: number; key: { plate: number; direction: number }; groups: ReturnType<typeof suspectGroups>; label: string; extra: number },
): void {
  const { i, n, key, groups, label, extra } = at;
  const s = f.suspects[i] as Suspect;
  const meta = f.suspectMeta[i];
  const tz = f.timeZone;
  // last seen and direction
  const direction = dir(s);
  const ls = s.lastSeen;
  const lsPlace = ls?.location === undefined ? undefined : collapseSpaces(ls.location);
  const lsAt = ls?.at === undefined ? undefined : Date.parse(ls.at);
  const lsTime = lsAt === undefined || Number.isNaN(lsAt) ? '' : ` ${w.whenLabel(new Date(lsAt), f.sent, tz, false)}`;
  const dest = s.destinations !== undefined && s.destinations.length > 0 ? w.towards(s.destinations) : undefined;
  // a bare compass word ("heading east") says nothing on its own: it goes out only with a road or a destination
  const bare = meta?.bareDirection === true;
  const dirText = direction === undefined ? undefined : w.direction(direction);
  // a suspect in the same vehicle with nothing of their own to add was seen with this one: one sentence for both
  const together = groups.seen[i];
  if (together === undefined) return;
  const femaleSuspect = together.every((j) => isFemale(f.suspects[j]?.description?.sex));
  // a missing officer's alert labels even a single suspect's sighting: after the officer's details, "Fled on foot."
  // read as the officer's (text review 15)
  const whoSeen = n === 1 && f.event !== 'officer-missing' ? '' : together.length > 1 ? `${w.suspectsLabel(together, femaleSuspect)}: ` : `${label}: `;
  const plural = together.length > 1;
  if (lsPlace !== undefined || (direction !== undefined && !bare) || dest !== undefined) {
    const seen = (withTime: boolean, withDest: boolean): string => {
      const anchored = lsPlace !== undefined || (withDest && dest !== undefined);
      const content = joinParts([
          lsPlace === undefined ? (withTime && lsTime !== '' && anchored ? `${w.lastSeenWords(femaleSuspect, plural)}${lsTime}` : undefined) : `${w.lastSeenWords(femaleSuspect, plural)}${withTime ? lsTime : ''}${w.nearPlace(lsPlace)}`,
          (bare && !anchored) || (lsPlace !== undefined && direction !== undefined && directionInPlace(direction, lsPlace)) ? undefined : dirText,
          withDest ? dest : undefined,
        ]);
      return content === '' ? '' : sentence(whoSeen === '' ? capitalize(content) : `${whoSeen}${content.charAt(0).toLowerCase()}${content.slice(1)}`);
    };
    const required = long && i === key.direction;
    segs.push(
      mk(`seen${i}`, (direction === undefined ? P.lastSeenPlace : P.direction) + extra, required, [
        seen(true, true),
        { text: seen(false, true), priority: P.lastSeenTime + extra },
        { text: seen(false, false), priority: P.destinations + extra },
        dirText === undefined || bare ? undefined : { text: sentence(whoSeen === '' ? capitalize(dirText) : `${whoSeen}${dirText}`), priority: P.lastSeenPlace + extra },
      ], whoSeen === '' ? undefined : whoSeen.slice(0, -2)),
    );
  }
}

/** Armed and dangerous, and whose when not all suspects are. */
function armedSegments(f: TextFacts, w: Wording, mk: Mk, segs: (Segment | undefined)[]): void {
  const n = f.suspects.length;
  const armedOnes = f.suspects.filter((s) => s.armedAndDangerous === true || s.weapons !== undefined);
  const armedWho = { plural: armedOnes.length > 1, female: armedOnes.length > 0 && armedOnes.every((s) => isFemale(s.description?.sex)) };
  // (a suspect's weapon '' is one the language cannot name: armed, without saying with what)
  if (f.armed || f.weapons !== undefined || armedOnes.length > 0) {
    // several suspects, not all armed: say which, so the warning does not read as the last-named one's (text review:
    // "Suspect 2: on foot. Armed and dangerous." for an unarmed suspect 2)
    const armedIdx = f.suspects.flatMap((s, i) => (s.armedAndDangerous === true || s.weapons !== undefined ? [i] : []));
    // (a missing officer's alert says it even when every suspect is: "Armed." after the officer's details is the officer's)
    const some = armedIdx.length > 0 && (armedIdx.length < n || f.event === 'officer-missing');
    const whose = some && (n > 1 || f.event === 'officer-missing') ? (armedIdx.length === 1 ? w.suspectLabel(armedIdx[0] as number, n, armedWho.female) : w.suspectsLabel(armedIdx, armedWho.female)) : undefined;
    const said = (text: string): string => {
      if (whose === undefined) return `${text}.`;
      // "Armed: rifle" after a label reads "Suspect 2: armed (rifle)", not "Suspect 2: armed: rifle"
      const colon = text.indexOf(': ');
      const body = colon > 0 && colon < 12 && !text.includes('(') ? `${text.slice(0, colon)} (${text.slice(colon + 2)})` : text;
      return `${whose}: ${body.charAt(0).toLowerCase()}${body.slice(1)}.`;
    };
    segs.push(
      mk('armed', P.armed, false, [
        said(w.armed(f.armed, f.weapons, armedWho)),
        f.weapons !== undefined && f.armed ? { text: said(w.armed(true, undefined, armedWho)), priority: P.fineDetail } : undefined,
        // still saying whose, without "and dangerous", before another suspect is left out for it
        whose !== undefined && f.armed ? { text: said(w.armed(false, undefined, armedWho)), priority: P.armedWhose } : undefined,
        // never without saying whose when only some are armed: after another suspect's details "Armed and dangerous."
        // reads as that suspect's (text review: the warning moved to the unarmed suspect 2 when space was tight)
      ], whose),
    );
  }
}

/** The action, the expiry, and the tip line and link. */
function closingSegments(f: TextFacts, w: Wording, long: boolean, mk: Mk, segs: (Segment | undefined)[]): void {
  const tz = f.timeZone;
  const n = f.suspects.length;
  // action: an exercise, test or draft never sends people to 911
  const actual = f.status === 'Actual';
  segs.push(mk('action', P.action, true, [...(f.status === 'Actual' ? w.weaAction(n > 0 ? 'suspects' : f.event === 'officer-missing' ? 'missing' : 'info', isFemale(f.officer?.description?.sex)) : w.noAction(f.status))]));
  segs.push(mk('expiry', P.expiry, false, [w.until(w.whenLabel(f.expires, f.sent, tz, true))]));
  // the tip line (never for an exercise) and the link, shown only as given: never transliterated
  const phoneText = f.phone === undefined ? '' : collapseSpaces(f.phone);
  const phone = actual && meaningful(phoneText) && isGsm7(phoneText, { extension: false }) ? phoneText : undefined;
  const link = f.web === undefined ? undefined : displayLink(f.web, (x) => isGsm7(x, { extension: false }));
  if (phone !== undefined || link !== undefined) {
    // required in the 360 when they are of a sensible length (a link of hundreds of characters cannot be)
    const need = long && (phone?.length ?? 0) + (link?.length ?? 0) <= 90;
    segs.push(
      mk('tips', P.tips, need, [
        w.tipsAndLink(phone, link),
        phone !== undefined && link !== undefined ? { text: w.tipsAndLink(phone, undefined), priority: P.link } : undefined,
      ]),
    );
  }
}

function vehicleSegments(
  id: string,
  label: string,
  v: NonNullable<Suspect['vehicle']>,
  w: Wording,
  extra: number,
  required: boolean,
  mk: (id: string, priority: number, required: boolean, levels: (Level | string | undefined)[]) => Segment | undefined,
  alwaysLabel = false,
  shortLabel: string = label,
  priority?: number,
): (Segment | undefined)[] {
  const plate = v.plate === undefined || gsm(v.plate.number) === '' ? undefined : w.plate(v.plate);
  const desc = (detail: 0 | 1 | 2): string => w.vehicle(v, detail);
  const full = (detail: 0 | 1 | 2, withLabel: boolean): string => {
    const body = joinParts([desc(detail), plate]);
    if (body === '') return '';
    return sentence(withLabel || alwaysLabel ? `${label}: ${body}` : capitalize(body));
  };
  const hasDesc = desc(2) !== '';
  return [
    // a vehicle with no plate is ranked as another suspect's vehicle description is (reader review 21t T08: the only
    // suspect vehicle, suspect 2's, was dropped for suspect 1's destinations)
    mk(id, priority ?? (plate === undefined ? P.vehicleMain + extra / 4 : P.plate + extra), required && plate !== undefined, [
      full(0, true),
      { text: full(1, true), priority: P.vehicleFeatures + extra },
      { text: full(2, false), priority: P.vehicleYear + extra },
      plate !== undefined && hasDesc
        ? // what any suspect vehicle looks like outranks where the incident happened beyond its town (reader review 19t
          // T18: the Spanish 360 kept the cross streets and gave a later suspect's car as a plate alone)
          { text: sentence(alwaysLabel ? `${shortLabel}: ${plate}` : capitalize(plate)), priority: P.vehicleMain + extra / 4 }
        : undefined,
    ]),
  ];
}
