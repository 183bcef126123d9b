/**
 * The 90-character WEA text: what happened, where (the town), what to look for (colour and make or model, then the
 * plate), and the action; the sender when a name the public knows fits. Each slot has a few forms, longest first,
 * each with the cost of what it loses; the cheapest combination that fits wins. Lengths are added up, never
 * re-rendered: one pass over at most a few dozen combinations.
 */
import type { Vehicle } from '../request/schema.js';
import type { TextFacts } from './facts.js';
import type { Wording } from './lang.js';
import { collapseSpaces, truncateWords } from './fit.js';
import { basicLength, gsm7Length, gsmText } from './gsm.js';
import { capitalize, isFemale, joinParts } from './words.js';
import { mexicanState } from './state-names.js';

interface Option {
  readonly text: string;
  readonly cost: number;
}

/** Costs of what a form loses: small for wording, larger for facts (place, make, model, colour, plate). */
const COST = { plateWord: 0.5, sender: 1, tightPlace: 1.5, state: 2.5, mexicanState: 1, model: 3.5, make: 3, color: 5, plate: 9, vehicle: 12, place: 12.5, look: 30, personLook: 7, count: 4 } as const;

/** GSM basic text, spaces collapsed: the wording's own words may carry accents outside GSM ("sedán"). */
const g = gsmText;

/** Options in order, without repeats; `ready` when the texts are already GSM (built from converted parts). */
function uniqueOptions(options: readonly (Option | undefined)[], ready = false): Option[] {
  const out: Option[] = [];
  const seen = new Set<string>();
  for (const o of options) {
    if (o === undefined || o.text === '') continue;
    const text = ready ? o.text : g(o.text);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(ready ? o : { text, cost: o.cost });
  }
  return out;
}

/**
 * The colour of a vehicle written with its type, agreeing with it ("roja" for "motocicleta", red team 13:
 * "Motocicleta rojo", "SUV negro"): the type and colour rendered together, less the type; undefined when the
 * wording does not write the type (the plain colour then).
 */
function typedColor(v: Vehicle, w: Wording, typeText: string): string | undefined {
  const both = g(w.vehicle({ type: v.type ?? '', ...(v.color === undefined ? {} : { color: v.color }), ...(v.es === undefined ? {} : { es: v.es }) }, 1));
  const i = typeText === '' ? -1 : both.indexOf(typeText);
  return i < 0 ? undefined : collapseSpaces(`${both.slice(0, i)} ${both.slice(i + typeText.length)}`);
}

/**
 * The forms of a plate, with the cost of what each leaves out: the plate word, then the state. A Mexican plate
 * first keeps "MX" for its state: without it, it reads as a US one (reader review 19t T29, "White Ford, VGH-21-44").
 */
function plateOptions(plate: NonNullable<Vehicle['plate']>, w: Wording): { text: string; cost: number; word: boolean }[] {
  const forms = (p: NonNullable<Vehicle['plate']>, state: boolean, cost: number): { text: string; cost: number; word: boolean }[] => [
    { text: g(w.plate90(p, true, state)), cost, word: true },
    { text: g(w.plate90(p, false, state)), cost: cost + COST.plateWord, word: false },
  ];
  if (plate.state === undefined) return forms(plate, true, 0);
  const mexican = mexicanState(plate.state) !== undefined;
  return [...forms(plate, true, 0), ...(mexican ? forms({ ...plate, state: 'MX' }, true, COST.mexicanState) : []), ...forms(plate, false, COST.state + (mexican ? 0.5 : 0))];
}

/** The forms of one vehicle for the "what to look for" slot: every combination of what it may leave out. */
function vehicleOptions(v: Vehicle, w: Wording, label: 'suspect' | 'officer' | 'officerShort' | 'none', female = false): Option[] {
  const plate = v.plate;
  const typeOnly = v.make === undefined && v.model === undefined && v.type !== undefined;
  // each part rendered once by the wording (the colour agrees with the type in Spanish); combinations are joined
  // (the colour alone: a vehicle of a colour and nothing else would be read as its type, "white pickup")
  const typeText = v.type === undefined ? '' : g(w.vehicle({ type: v.type, ...(v.es?.type === undefined ? {} : { es: { type: v.es.type } }) }, 1));
  const makeText = typeOnly ? typeText : g(v.make ?? '');
  // the colour agrees with the type where the type is written (type only: "SUV negra"); after a make or model it
  // agrees with the vehicle ("Honda Pilot negro", "Auto de la agente: Ford blanco")
  const plainColor = (): string => g(w.vehicle({ ...(v.color === undefined ? {} : { color: v.color }), ...(v.es === undefined ? {} : { es: v.es }) }, 2));
  // a motorcycle's colour agrees with it in Spanish even after its make ("Sportster negra": reader review 21t T10)
  const twoWheels = v.type !== undefined && /\b(?:motorcycle|motorbike|scooter|moped|dirt bike|sport bike|bicycle)\b/iu.test(v.type);
  const colorText = v.color === undefined && v.es?.color === undefined ? '' : ((typeOnly || twoWheels ? typedColor(v, w, typeText) : undefined) ?? plainColor());
  const modelText = typeOnly ? '' : g(v.model ?? '');
  const numberOnly = makeText !== '' && !/\p{L}/u.test(modelText);
  const colorFirst = w.language === 'en-US';
  const plates = plate === undefined ? [] : plateOptions(plate, w);
  const out: Option[] = [];
  const wrap = (body: string): string => `${label === 'none' ? capitalize(body) : g(w.vehicleOf90(label, body, female))}.`;
  // every combination of colour, make and model left out (mask bits), with what leaving each out costs
  const bodies: { desc: string; cost: number }[] = [];
  for (let mask = 0; mask < 8; mask++) {
    const color = (mask & 1) === 0 && colorText !== '';
    const make = (mask & 2) === 0 && makeText !== '';
    const model = (mask & 4) === 0 && modelText !== '';
    // a colour alone is not a vehicle: keep the make, the model or the type with it; a model that is only a number
    // says nothing without its make ("Suspect: 1500" for a Ram 1500: text review 15)
    if ((!make && !model) || (!make && model && numberOnly)) continue;
    const words = colorFirst ? [color ? colorText : '', make ? makeText : '', model ? modelText : ''] : [make ? makeText : '', model ? modelText : '', color ? colorText : ''];
    const cost = (color || colorText === '' ? 0 : COST.color) + (make || makeText === '' ? 0 : COST.make) + (model || modelText === '' ? 0 : COST.model);
    bodies.push({ desc: words.filter((x) => x !== '').join(' '), cost });
  }
  for (const { desc, cost } of bodies) {
    if (plates.length === 0) out.push({ text: wrap(desc), cost });
    for (const p of plates) out.push({ text: wrap(`${desc}, ${p.text}`), cost: cost + p.cost });
  }
  // the vehicle without its plate (the plate is in the 360), then the plate alone (with its word)
  if (plates.length > 0) {
    for (const { desc, cost } of bodies) out.push({ text: wrap(desc), cost: COST.plate + cost });
  }
  for (const p of plates) if (p.word) out.push({ text: wrap(p.text), cost: COST.vehicle + p.cost });
  return uniqueOptions(out.sort((x, y) => x.cost - y.cost), true);
}

/** The forms of the "what to look for" slot: the first suspect vehicle, else the suspects, else the officer's car. */
function lookOptions(f: TextFacts, w: Wording): Option[] {
  const withVehicle = f.suspects.find((s) => s.vehicle !== undefined && w.vehicle(s.vehicle, 2) + (s.vehicle.plate?.number ?? '') !== '');
  const officerCar = f.officer?.vehicle;
  if (withVehicle?.vehicle !== undefined) {
    // a missing officer's alert labels the suspect's vehicle, so it is not read as the officer's (red team 13)
    return vehicleOptions(withVehicle.vehicle, w, f.event === 'officer-missing' ? 'suspect' : 'none', isFemale(withVehicle.description?.sex));
  }
  const people = f.suspects.length > 1 ? suspectsOptions(f, w) : personOptions(f, w);
  if (people.length > 0) return people;
  if (officerCar !== undefined) {
    // no suspect: the car is the officer's, and a shorter label may leave room for the town and the plate
    const short = f.suspects.length === 0 ? vehicleOptions(officerCar, w, 'officerShort').map((o) => ({ text: o.text, cost: o.cost + 0.5 })) : [];
    return uniqueOptions([...vehicleOptions(officerCar, w, 'officer'), ...short].sort((x, y) => x.cost - y.cost), true);
  }
  return [];
}

/** Who a suspect is at each level of the 90, most first: name and sex/race/age, less, the name alone, the look alone. */
function whoLevels(s: TextFacts['suspects'][number], w: Wording): { text: string; cost: number }[] {
  const name = s.name === undefined ? '' : collapseSpaces(s.name);
  const d = s.description;
  const { age: _age, ...noAge } = d ?? {};
  const looks = d === undefined ? ['', '', ''] : [w.person(d, 3), w.person(noAge, 3), d.sex === undefined ? '' : w.person({ sex: d.sex }, 3)];
  // a name says more than "male" (reader review 19t T27: "Suspect: male." for a named suspect); the town still
  // goes first (attack 5: the 90 names the town)
  return [
    ...looks.map((look, i) => ({ text: name === '' || look === '' ? '' : `${name}, ${look}`, cost: i * 0.8 })),
    { text: name, cost: 2 },
    // a sex word alone says little: the sender's initials and the town's longer form are worth less than the race
    // and age ("WSP Blue Alert: … in Seattle. Suspect: male." lost "white male, 50s": reader review 21t T16)
    ...looks.map((look, i) => ({ text: look, cost: i === 2 ? 6 : 3 + i * 0.8 })),
  ];
}

/** The one suspect with no vehicle: "Suspect on foot: Cody Ray Ballard, white male, 34." and shorter forms. */
function personOptions(f: TextFacts, w: Wording): Option[] {
  const s = f.suspects[0];
  if (s === undefined) return [];
  const label = w.suspect90(f.suspectMeta[0]?.onFoot === true, isFemale(s.description?.sex));
  return uniqueOptions(whoLevels(s, w).map((l) => (l.text === '' ? undefined : { text: `${label}: ${l.text}.`, cost: l.cost })));
}

/**
 * Several suspects with no vehicle: how many and how many on foot, then each one ("2 suspects: Black male, 24; Black
 * female, 22, on foot."), never one suspect's "on foot" with another's sex (reader review 19t T02).
 */
function suspectsOptions(f: TextFacts, w: Wording): Option[] {
  const n = f.suspects.length;
  const onFoot = f.suspectMeta.filter((m) => m.onFoot).length;
  const female = f.suspects.every((s) => isFemale(s.description?.sex));
  const head = w.suspects90(n, onFoot, female);
  // all on foot or none: the head says it; some: each one on foot says it
  const marks = f.suspects.map((_, i) => (onFoot > 0 && onFoot < n && f.suspectMeta[i]?.onFoot === true ? `, ${w.onFootWords}` : ''));
  const levels = f.suspects.map((s) => whoLevels(s, w));
  const out: (Option | undefined)[] = [];
  levels[0]?.forEach((first, k) => {
    const each = levels.map((l) => l[k]?.text ?? '');
    // a level where one suspect has nothing to say would leave a gap in the list
    if (each.some((x) => x === '')) return;
    out.push({ text: `${head}: ${each.map((x, i) => `${x}${marks[i] ?? ''}`).join('; ')}.`, cost: first.cost });
  });
  out.push({ text: `${head}.`, cost: COST.count });
  return uniqueOptions(out.sort((x, y) => (x?.cost ?? 0) - (y?.cost ?? 0)));
}

/**
 * The 90-character WEA text of one language (GSM-ready facts).
 *
 * @param f - Facts already in GSM form and in the wording's language.
 * @param w - The wording (with the status applied).
 * @param action - The action sentences, longest first (never "Call 911" for an exercise or test).
 * @returns The text, at most 90 GSM 7-bit characters.
 * @example
 * wea90Text(facts, english(), ['Do not approach. Call 911.']); //=> 'Blue Alert: officer killed in Denver. Gray Ford F-150, CO ABC1234. Do not approach. Call 911.'
 */
export function wea90Text(f: TextFacts, w: Wording, action: readonly string[]): { text: string; cut: boolean } {
  const female = isFemale(f.officer?.description?.sex);
  const event = w.event90(f.event, female);
  const alert = f.update ? w.updateAlertName : w.alertName;
  const place = f.place;
  const sender = f.shortName ?? f.sender;
  const near = f.event === 'officer-missing' || f.event === 'imminent-threat' || f.placeNear === true;
  const heads = uniqueOptions([
    sender === '' || place === undefined ? undefined : { text: w.head90(alert, event, place, sender, false, near), cost: 0 },
    sender === '' ? undefined : { text: w.head90(alert, event, undefined, sender, false, near), cost: COST.place },
    place === undefined ? undefined : { text: w.head90(alert, event, place, undefined, false, near), cost: COST.sender },
    place === undefined ? undefined : { text: w.head90(alert, event, place, undefined, true, near), cost: COST.sender + COST.tightPlace },
    { text: w.head90(alert, event, undefined, undefined, false, near), cost: COST.sender + COST.place },
  ]);
  // a person's description alone is worth less than the place: the 90 says where before it says "male"
  const personLook = !f.suspects.some((s) => s.vehicle !== undefined && w.vehicle(s.vehicle, 2) + (s.vehicle.plate?.number ?? '') !== '') && f.suspects.some((s) => s.description !== undefined);
  const looks: Option[] = [...lookOptions(f, w), { text: '', cost: personLook ? COST.personLook : COST.look }];
  const acts = action.map((a, i) => ({ text: a, cost: i * 2 }));
  // every option is GSM basic text (converted parts): its length is its GSM length
  const len = (o: Option): number => basicLength(o.text);
  const hl = heads.map(len);
  const ll = looks.map(len);
  const al = acts.map(len);
  // every combination by arithmetic on the lengths and costs (plain loops: up to a few hundred combinations)
  let best: { h: number; l: number; a: number; cost: number; length: number } | undefined;
  for (let h = 0; h < heads.length; h++) {
    const hLen = hl[h] ?? 0;
    const hCost = heads[h]?.cost ?? 0;
    for (let l = 0; l < looks.length; l++) {
      const lLen = ll[l] ?? 0;
      const hlLen = hLen + lLen + (lLen === 0 ? 1 : 2);
      const hlCost = hCost + (looks[l]?.cost ?? 0);
      for (let a = 0; a < acts.length; a++) {
        const length = hlLen + (al[a] ?? 0);
        if (length > 90) continue;
        const cost = hlCost + (acts[a]?.cost ?? 0);
        if (best === undefined || cost < best.cost || (cost === best.cost && length > best.length)) best = { h, l, a, cost, length };
      }
    }
  }
  if (best === undefined) {
    const last = heads[heads.length - 1]?.text ?? '';
    return { text: truncateWords(`${last} ${action[action.length - 1] ?? ''}`, 90, gsm7Length), cut: true };
  }
  const b: { h: number; l: number; a: number } = best;
  const text = joinParts([heads[b.h]?.text, looks[b.l]?.text, acts[b.a]?.text], ' ');
  return { text, cut: false };
}
