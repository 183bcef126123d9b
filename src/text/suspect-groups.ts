/**
 * Which suspects share a vehicle and a sighting, so that the texts describe each vehicle and sighting once ("Suspects
 * 1 and 2 vehicle: ..."). Split from `wea-segments.ts` along its seam.
 */
import type { Suspect } from '../request/schema.js';
import { collapseSpaces } from './fit.js';

/**
 * The suspect's direction of travel, when given.
 *
 * @example
 * dir({ direction: 'east' }); //=> 'east'
 */
export function dir(s: Suspect): string | undefined {
  const d = s.direction === undefined ? '' : collapseSpaces(s.direction);
  return d === '' ? undefined : d;
}

/**
 * Suspects who share a vehicle, and who were seen together. `vehicle[i]`: the suspects in suspect i's vehicle
 * (first: the one it is described under), undefined when i has none. `seen[i]`: the suspects whose sighting suspect
 * i's sentence speaks for (i first), undefined when an earlier suspect's does: a later suspect in the same vehicle
 * with no place or time of their own, and the same direction and destinations (or none).
 *
 * @example
 * suspectGroups([{ vehicle: v }, { vehicle: v }]).vehicle; //=> [[0, 1], [0, 1]]
 */
export function suspectGroups(suspects: readonly Suspect[]): { vehicle: (number[] | undefined)[]; seen: (number[] | undefined)[] } {
  const vehicle: (number[] | undefined)[] = suspects.map(() => undefined);
  const seen: (number[] | undefined)[] = suspects.map((_, i) => [i]);
  suspects.forEach((s, i) => {
    const v = s.vehicle;
    if (v === undefined) return;
    // an earlier suspect's vehicle that is really this one, else its own (a vehicle too thinly described to be
    // called the same as another is not "the same" as itself either: red team 13, two vehicles pooled as one)
    const earlier = suspects.findIndex((x, j) => j < i && x.vehicle !== undefined && sameVehicle(x.vehicle, v));
    const first = earlier < 0 ? i : earlier;
    const group = vehicle[first] ?? [];
    group.push(i);
    vehicle[first] = group;
    if (first === i) return;
    vehicle[i] = group;
    const lead = suspects[first];
    // (the same sighting as the lead's counts as none of its own: text review)
    const place = (x: Suspect | undefined): string => collapseSpaces(x?.lastSeen?.location ?? '').toLowerCase();
    const ownPlace = s.lastSeen?.location !== undefined && place(s) !== place(lead);
    const ownTime = s.lastSeen?.at !== undefined && s.lastSeen.at !== lead?.lastSeen?.at;
    if (lead === undefined || ownPlace || ownTime) return;
    const d = dir(s);
    const dests = (x: Suspect): string => (x.destinations ?? []).map(collapseSpaces).join('\n');
    if ((d !== undefined && d !== dir(lead)) || (dests(s) !== '' && dests(s) !== dests(lead))) return;
    seen[first]?.push(i);
    seen[i] = undefined;
  });
  return { vehicle, seen };
}

/**
 * Two suspects' vehicles are the same when their plates match, or when they are described alike without plates.
 *
 * @example
 * sameVehicle({ plate: { state: 'CO', number: 'ABC1234' } }, { make: 'Ford', plate: { state: 'CO', number: 'ABC1234' } }); //=> true
 */
export function sameVehicle(a: NonNullable<Suspect['vehicle']>, b: NonNullable<Suspect['vehicle']>): boolean {
  // one vehicle only when nothing stated of the two differs: a year, a colour or features of its own is another
  // vehicle, or another account of it, and is said (text review: "2012" and "blue" were lost)
  const key = (x: unknown): string | undefined => (x === undefined ? undefined : String(x).replace(/\s+/g, '').toLowerCase());
  const differ = (x: unknown, y: unknown): boolean => x !== undefined && y !== undefined && key(x) !== key(y);
  if (differ(a.year, b.year) || differ(a.color, b.color) || differ(a.features, b.features) || differ(a.type, b.type) || differ(a.make, b.make) || differ(a.model, b.model)) return false;
  const pa = key(a.plate?.number);
  const pb = key(b.plate?.number);
  if (pa !== undefined || pb !== undefined) return pa !== undefined && pa === pb && key(a.plate?.state) === key(b.plate?.state);
  return a.make !== undefined && key(a.make) === key(b.make) && key(a.model) === key(b.model) && key(a.color) === key(b.color);
}
