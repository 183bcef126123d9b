/**
 * Changeable message sign text (MUTCD 2L.01 allows Blue Alerts on DMS): phases of short upper-case lines, the
 * vehicle and plate first, then the action. Default 3 lines of 18 characters, at most 2 phases; each sign may say
 * otherwise (`request.dms`).
 */
import type { Vehicle } from '../request/schema.js';
import type { TextFacts } from './facts.js';
import type { Wording } from './lang.js';
import { toGsm7 } from './gsm.js';

/**
 * A sign's size.
 *
 * @example
 * const sign: DmsConfig = { lines: 3, chars: 18, phases: 2 };
 */
export interface DmsConfig {
  readonly lines?: number | undefined;
  readonly chars?: number | undefined;
  readonly phases?: number | undefined;
}

/** Characters a sign shows: letters, digits, space and a little punctuation. */
const NOT_SIGN = /[^A-Z0-9 \-/.&']/g;

function signText(s: string): string {
  return toGsm7(s).toUpperCase().replace(NOT_SIGN, '').replace(/ {2,}/g, ' ').trim();
}

/** The first candidate that fits the line width. */
function firstFit(candidates: readonly (string | undefined)[], chars: number): string | undefined {
  for (const c of candidates) {
    if (c === undefined) continue;
    const t = signText(c);
    if (t !== '' && t.length <= chars) return t;
  }
  return undefined;
}

function vehicleLines(v: Vehicle, chars: number): string[] {
  const c = v.color;
  const mk = v.make;
  const md = v.model;
  const j = (...xs: (string | undefined)[]): string | undefined => {
    const parts = xs.filter((x): x is string => x !== undefined && x.trim() !== '');
    return parts.length === 0 ? undefined : parts.join(' ');
  };
  const out: string[] = [];
  const desc = firstFit([j(c, mk, md), j(c, md), j(c, mk), j(mk, md), md, mk, j(c, v.type), v.type], chars);
  if (desc !== undefined) out.push(desc);
  const p = v.plate;
  if (p !== undefined) {
    const plate = firstFit(
      p.partial === true
        ? [j('PARTIAL', p.state, 'PLATE'), j('PARTIAL', p.state), 'PARTIAL PLATE', 'PARTIAL', 'PART'].map((x) => (x === undefined ? undefined : `${x} ${p.number}`))
        : [j(p.state, 'PLATE', p.number), j(p.state, p.number), p.number],
      chars,
    );
    if (plate !== undefined) out.push(plate);
  }
  return out;
}

/**
 * The sign phases of an alert (English; GSM-safe upper case; every line within the width).
 *
 * @param f - The facts.
 * @param w - The English wording.
 * @param config - Lines, characters per line, phases.
 * @returns Phases of lines.
 * @example
 * dmsText(facts, english()); //=> [['BLUE ALERT', 'GRAY FORD F-150', 'CO PLATE ABC1234'], ['DO NOT APPROACH', 'CALL 911']]
 */
export function dmsText(f: TextFacts, w: Wording, config: DmsConfig = {}): string[][] {
  const lines = config.lines ?? 3;
  const chars = config.chars ?? 18;
  const phases = config.phases ?? 2;
  const actual = f.status === 'Actual';
  const status = actual ? undefined : firstFit([`${f.status} ONLY`, f.status], chars);
  // an exercise, test or draft says so in every phase: "EXERCISE BLUE ALERT" is 19 characters, so a shorter form comes next
  const header =
    (actual
      ? firstFit([w.eventName, 'ALERT'], chars)
      : firstFit([`${f.status} ${w.eventName}`, f.status === 'Exercise' ? `${w.eventName} DRILL` : undefined, `${f.status} ALERT`, f.status, f.status === 'Exercise' ? 'DRILL' : undefined], chars)) ?? 'ALERT';
  const suspectVehicle = f.suspects.find((s) => s.vehicle !== undefined && vehicleLines(s.vehicle, chars).length > 0)?.vehicle;
  const officerCar = suspectVehicle === undefined && f.event === 'officer-missing' ? f.officer?.vehicle : undefined;
  const look: string[] = [];
  if (suspectVehicle !== undefined) look.push(...vehicleLines(suspectVehicle, chars));
  else if (officerCar !== undefined) {
    const l = firstFit(["OFFICER'S CAR", 'OFFICER CAR'], chars);
    if (l !== undefined) look.push(l);
    look.push(...vehicleLines(officerCar, chars));
  } else {
    const ev = firstFit([w.eventShort(f.event), w.event90(f.event)], chars);
    if (ev !== undefined) look.push(ev);
  }
  // the officer's own car is not a danger: no "DO NOT APPROACH" near its plate, but what happened (reader review 19t T04)
  const action = !actual
    ? [status, firstFit(['NO ACTION NEEDED', 'NO ACTION'], chars)]
    : officerCar !== undefined
      ? [firstFit([w.eventShort(f.event), 'MISSING OFFICER'], chars), firstFit(['CALL 911', '911'], chars)]
      : [firstFit(['DO NOT APPROACH', 'DONT APPROACH'], chars), firstFit(['CALL 911', '911'], chars)];
  const acts = action.filter((x): x is string => x !== undefined);
  const first = [header, ...look];
  // two phases when they fit: the vehicle and plate first, then the action; the officer's car (its label, make and
  // plate together) after what happened, so that each phase reads alone
  if (phases >= 2 && officerCar !== undefined && acts.length + 1 <= lines && look.length <= lines) return [[header, ...acts], look];
  if (phases >= 2 && first.length <= lines && acts.length <= lines) return [first, acts];
  // otherwise the most important lines in reading order: plate, vehicle, the call, the header, the warning
  const capacity = lines * phases;
  const ranked = [...look.map((t, i) => ({ t, rank: 1 + (look.length - i) * 0.1, order: 1 + i })), { t: acts[acts.length - 1] ?? '', rank: 0.5, order: 10 }, { t: header, rank: 3, order: 0 }, { t: acts[0] ?? '', rank: 4, order: 9 }];
  const kept = ranked
    .filter((x) => x.t !== '')
    .sort((a, b) => a.rank - b.rank)
    .slice(0, capacity)
    .sort((a, b) => a.order - b.order)
    .map((x) => x.t);
  const unique = kept.filter((t, i) => kept.indexOf(t) === i);
  const out: string[][] = [];
  for (let i = 0; i < unique.length; i += lines) out.push(unique.slice(i, i + lines));
  return out.slice(0, phases);
}
