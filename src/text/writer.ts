/**
 * The language-independent composer: from facts and a wording to headline, description, instruction and the WEA
 * texts (the segments `fitSegments` fits into 90 and 360 characters are made in `./wea-segments.ts`).
 */
import type { Suspect } from '../request/schema.js';
import type { TextFacts } from './facts.js';
import type { Wording } from './lang.js';
import { collapseSpaces, fitSegments } from './fit.js';
import { gsm7Length } from './gsm.js';
import { capitalize, directionInPlace, femaleSuspects, isFemale, isOnlyTown, joinParts } from './words.js';
import { sentence, weaSegments } from './wea-segments.js';
import { saysNothingMore } from './place.js';
import { dir, sameVehicle, suspectGroups } from './suspect-groups.js';

export { weaFacts, weaSegments } from './wea-segments.js';

/**
 * Fits the WEA text of one language into `max` GSM 7-bit characters.
 *
 * @example
 * weaText(facts, english(), 90); //=> 'BLUE ALERT. Officer killed. ...'
 */
export function weaText(f: TextFacts, w: Wording, max: 90 | 360): string {
  return fitSegments(weaSegments(f, w, max === 360), max, gsm7Length).text;
}

/**
 * The CAP headline (at most 160 characters): event, place, and the first suspect vehicle with plate when they fit.
 *
 * @example
 * headlineText(facts, english()); //=> 'Blue Alert: Officer killed at W Colfax Ave and N Broadway, Denver; suspect vehicle gray Ford F-150, CO plate ABC1234'
 */
export function headlineText(f: TextFacts, w: Wording): string {
  const fo = isFemale(f.officer?.description?.sex);
  const base = `${f.update ? w.updateEventName : w.eventName}: ${w.eventShort(f.event, fo)}`;
  const place = f.incidentLocation === undefined ? '' : w.eventPlace(f.event, f.incidentLocation, fo, isOnlyTown(f.incidentLocation, f.place));
  const s = f.suspects.find((x) => x.vehicle !== undefined);
  const v = s?.vehicle;
  const vehText = v === undefined ? '' : joinParts([w.vehicle(v, 2), v.plate === undefined ? undefined : w.plate(v.plate)]);
  const veh = vehText === '' ? undefined : vehText;
  const sf = isFemale(s?.description?.sex);
  // the town when the whole location does not fit with the vehicle: a news desk needs "where" (reader review 19t T07:
  // the Spanish headline, longer, dropped the place the English kept)
  const town = f.place === undefined || f.place === f.incidentLocation ? '' : f.placeNear === true ? w.nearPlace(f.place) : w.eventPlace(f.event, f.place, fo, true);
  const candidates = [
    veh === undefined ? undefined : `${base}${place}; ${w.headlineSuspectVehicle(veh, sf)}`,
    veh === undefined || town === '' ? undefined : `${base}${town}; ${w.headlineSuspectVehicle(veh, sf)}`,
    veh === undefined ? undefined : `${base}; ${w.headlineSuspectVehicle(veh, sf)}`,
    `${base}${place}`,
    base,
  ];
  for (const c of candidates) if (c !== undefined && c.length <= 160) return collapseSpaces(c);
  return base;
}

/**
 * The CAP description: what, where and when; the missing officer; every suspect with description, vehicle and
 * last seen; the area covered and the expiry. Full Unicode. It says where on its own, because EAS ignores the
 * headline and `areaDesc`.
 *
 * @example
 * descriptionText(facts, english()).startsWith('A law enforcement officer was killed'); //=> true
 */
export function descriptionText(f: TextFacts, w: Wording): string {
  const tz = f.timeZone;
  const fo = isFemale(f.officer?.description?.sex);
  const parts: string[] = [];
  const place = f.incidentLocation;
  const time = f.occurredAt === undefined ? '' : w.atTime(f.occurredAt, f.sent, tz, true);
  if (f.summary !== undefined && w.detailsWord === '') {
    // the agency's own summary leads (same language); add the place and time when it does not give them
    parts.push(sentence(f.summary));
    if (place !== undefined && !f.summary.toLowerCase().includes(place.toLowerCase())) parts.push(sentence(`${w.placeWord}: ${place}`));
    if (time !== '') parts.push(sentence(`${w.timeWord}:${time.replace(/^ (at|on) /, ' ')}`));
  } else {
    parts.push(sentence(`${w.eventFull(f.event, fo, femaleSuspects(f), f.suspects.length)}${place === undefined ? '' : w.eventPlace(f.event, place, fo, isOnlyTown(place, f.place))}${place !== undefined && place.includes(',') && time !== '' ? ',' : ''}${time}`));
    if (f.summary !== undefined) parts.push(sentence(`${w.detailsWord}${f.summary}`));
  }
  const o = f.officer;
  if (o !== undefined) {
    if (o.description !== undefined || o.name !== undefined) {
      const desc = o.description === undefined ? '' : w.person(o.description, 0);
      if (desc !== '' || o.name !== undefined) parts.push(sentence(desc === '' ? w.officerLabel(o.name) : `${w.officerLabel(o.name)}: ${desc}`));
    }
    if (o.vehicle !== undefined) {
      parts.push(sentence(`${w.officerVehicleLabel}: ${joinParts([w.vehicle(o.vehicle, 1), o.vehicle.plate === undefined ? undefined : w.plate(o.vehicle.plate), o.vehicle.features])}`));
    }
    // (not again when the first sentence gave that place: reader review 19t T22)
    if (o.lastKnownLocation !== undefined && !saysNothingMore(o.lastKnownLocation, place)) parts.push(sentence(w.lastKnown(o.lastKnownLocation)));
  }
  const n = f.suspects.length;
  const shared = suspectGroups(f.suspects).vehicle;
  f.suspects.forEach((s, i) => {
    const label = w.suspectLabel(i, n, isFemale(s.description?.sex));
    const name = s.name === undefined ? undefined : collapseSpaces(s.name);
    const nm = name === undefined ? undefined : `${name}${s.alias === undefined ? '' : ` (${w.aliasWord} ${s.alias})`}`;
    const who = joinParts([nm, s.description === undefined ? undefined : w.person(s.description, 0)]);
    if (who !== '') parts.push(sentence(`${label}: ${who}`));
    // several suspects: each one's facts start with its label, described or not (text review: the next suspect's
    // vehicle read as the previous one's second car)
    else if (n > 1) parts.push(sentence(`${label}: ${w.noDescription}`));
    const sv = s.vehicle;
    // the vehicle an earlier suspect is in (the same one: suspectGroups) is not described again
    const first = shared[i]?.[0];
    const earlier = first === undefined || first === i ? -1 : first;
    if (sv !== undefined) {
      const v = earlier >= 0 ? w.sameVehicleAs(earlier, isFemale(f.suspects[earlier]?.description?.sex)) : joinParts([w.vehicle(sv, 1), sv.plate === undefined ? undefined : w.plate(sv.plate), sv.features]);
      if (v !== '') parts.push(sentence(`${o?.vehicle !== undefined || f.event === 'officer-missing' ? w.suspectVehicleLabel(isFemale(s.description?.sex)) : w.vehicleLabel}: ${v}`));
    }
    const ls = s.lastSeen;
    const lsAt = ls?.at === undefined ? Number.NaN : Date.parse(ls.at);
    const when = Number.isNaN(lsAt) ? '' : ` ${w.whenLabel(new Date(lsAt), f.sent, tz, true)}`;
    const direction = dir(s);
    const seen = joinParts([
      ls?.location === undefined ? (when === '' ? undefined : `${w.lastSeenWords(isFemale(s.description?.sex))}${when}`) : `${w.lastSeenWords(isFemale(s.description?.sex))}${when}${w.nearPlace(collapseSpaces(ls.location))}`,
      direction === undefined || (ls?.location !== undefined && directionInPlace(direction, collapseSpaces(ls.location))) ? undefined : w.direction(direction),
      s.destinations === undefined || s.destinations.length === 0 ? undefined : w.towards(s.destinations),
    ]);
    if (seen !== '') parts.push(sentence(capitalize(seen)));
    if (s.armedAndDangerous === true || s.weapons !== undefined) {
      parts.push(
        sentence(
          w.armed(s.armedAndDangerous === true, s.weapons === undefined ? undefined : collapseSpaces(s.weapons), {
            plural: false,
            female: isFemale(s.description?.sex),
          }),
        ),
      );
    }
  });
  parts.push(w.areaSentence(f.areaName, f.areaDesc));
  parts.push(sentence(w.until(w.whenLabel(f.expires, f.sent, tz, true))));
  const out = parts.filter((p) => p !== '').join(' ');
  return f.update ? `${w.updatePrefix}${withoutUpdateMark(out)}` : out;
}

/**
 * The agency's own update mark at the start of an Update's text ("UPDATE:", "Update -", "Updated:", "UPDATE #2:",
 * "ACTUALIZACIÓN:"): the library says "Update: " itself (red team 19 B4: "Update: UPDATE: The suspect vehicle was
 * found…"). Read in the first 40 characters only; the next letter is capitalised.
 *
 * @example
 * withoutUpdateMark('UPDATE: The suspect vehicle was found.'); //=> 'The suspect vehicle was found.'
 */
export function withoutUpdateMark(text: string): string {
  const m = /^(?:updated?|actualizaci[oó]n|actualizado)(?: ?#? ?\d{1,2})? ?[:\-\u2013\u2014]\s*/iu.exec(text.slice(0, 40));
  if (m === null || m[0].length >= text.length) return text;
  const rest = text.slice(m[0].length);
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/**
 * The CAP instruction: never approach, call 911 (or the tip line), and where updates are.
 *
 * @example
 * instructionText(facts, english()); //=> 'Consider the suspect armed and dangerous. Do not approach or try to stop the suspect. ...'
 */
export function instructionText(f: TextFacts, w: Wording): string {
  if (f.status !== 'Actual') return w.instructionNonActual(f.status);
  return w.instruction({
    femaleOfficer: isFemale(f.officer?.description?.sex),
    hasSuspects: f.suspects.length > 0,
    plural: f.suspects.length > 1,
    female: f.suspects.length > 0 && f.suspects.every((s) => isFemale(s.description?.sex)),
    armed: f.armed,
    missing: f.event === 'officer-missing',
    vehicles: instructionVehicles(f),
    ...armedOnly(f),
    ...(f.phone === undefined ? {} : { phone: f.phone }),
    ...(f.web === undefined ? {} : { web: f.web }),
  });
}

/** Which suspects are armed and dangerous, when only some of several are (else nothing: "the suspects" says it). */
function armedOnly(f: TextFacts): { armedOnly?: { indexes: number[]; female: boolean } } {
  const indexes = f.suspects.flatMap((s, i) => (s.armedAndDangerous === true ? [i] : []));
  if (indexes.length === 0 || indexes.length === f.suspects.length) return {};
  return { armedOnly: { indexes, female: indexes.every((i) => isFemale(f.suspects[i]?.description?.sex)) } };
}

/** How many different vehicles the instruction may speak of: the suspects' (one per plate or description) and a missing officer's. */
function instructionVehicles(f: TextFacts): number {
  const vs: NonNullable<Suspect['vehicle']>[] = [];
  for (const s of f.suspects) if (s.vehicle !== undefined && !vs.some((v) => sameVehicle(v, s.vehicle!))) vs.push(s.vehicle);
  return vs.length + (f.event === 'officer-missing' && f.officer?.vehicle !== undefined ? 1 : 0);
}
