/**
 * The wording one language provides to the shared composer (English in `en.ts`, Spanish in `es.ts`).
 */
import type { BlueAlertEvent, PersonDescription, Vehicle } from '../request/schema.js';

/**
 * How much of a person's description to give: 0 all, 1 no eyes/marks/other, 2 build and first clothing items,
 * 3 sex/race/age only.
 *
 * @example
 * english().person({ sex: 'male', race: 'white', eyes: 'blue' }, 1 satisfies PersonDetail); //=> 'white male'
 */
export type PersonDetail = 0 | 1 | 2 | 3;

/**
 * How much of a vehicle to give: 0 all, 1 without features, 2 colour, make and model.
 *
 * @example
 * english().vehicle({ color: 'gray', year: 2015, make: 'Ford', model: 'F-150' }, 2 satisfies VehicleDetail); //=> 'gray Ford F-150'
 */
export type VehicleDetail = 0 | 1 | 2;

/**
 * Who a phrase is about, for languages with agreement (Spanish `armado`/`armada`/`armados`).
 *
 * @example
 * const who: Who = { plural: false, female: true };
 */
export interface Who {
  readonly plural: boolean;
  readonly female: boolean;
}

/**
 * One language's wording. Every function returns plain (full Unicode) text; WEA text goes through `toGsm7` later.
 *
 * @example
 * const words: Wording = english();
 * words.eventShort('officer-killed'); //=> 'Officer killed'
 */
export interface Wording {
  readonly language: 'en-US' | 'es-US';
  /** `BLUE ALERT` / `ALERTA AZUL` (start of WEA text). */
  readonly alertName: string;
  /** `Blue Alert` / `Alerta Azul` (headline). */
  readonly eventName: string;
  /** `BLUE ALERT UPDATE` (start of WEA text of an Update). */
  readonly updateAlertName: string;
  /** `Blue Alert update` (headline of an Update). */
  readonly updateEventName: string;
  /** `Update: ` (start of the description of an Update). */
  readonly updatePrefix: string;
  /** A sentence body without the final period: `A law enforcement officer was killed`; `suspects`: how many pose a threat. */
  eventFull(event: BlueAlertEvent, femaleOfficer?: boolean, femaleSuspect?: boolean, suspects?: number): string;
  /** `Officer killed`. */
  eventShort(event: BlueAlertEvent, femaleOfficer?: boolean): string;
  /** ` at W Colfax Ave` (with the leading space). */
  atPlace(place: string): string;
  /** The place phrase after the event: ` at X`, or `, last seen at X` for a missing officer. */
  /** `town`: the place is a town or city (the short place), said "in" rather than "at". */
  eventPlace(event: BlueAlertEvent, place: string, femaleOfficer?: boolean, town?: boolean): string;
  /** `Suspect vehicle` (used when an officer's vehicle is also described); `female`: the suspect is a woman. */
  suspectVehicleLabel(female?: boolean): string;
  /** ` at 2:05 PM` / ` on Nov 21 at 2:05 PM`. */
  atTime(date: Date, reference: Date, timeZone: string, withZone: boolean): string;
  /** `, last seen at 2:05 PM` / ` desde las 2:05 p. m.`: when a missing officer was last seen (not "missing at"). */
  sinceTime(date: Date, reference: Date, timeZone: string, withZone: boolean): string;
  /** A person's description without the name, e.g. `white male, 30-35, 6 ft`. */
  person(d: PersonDescription, detail: PersonDetail, clothingMax?: number): string;
  /** `gray 2015 Ford F-150` etc. */
  vehicle(v: Vehicle, detail: VehicleDetail): string;
  /** `CO plate ABC1234`, `partial plate AB`. */
  plate(p: NonNullable<Vehicle['plate']>): string;
  /** `Suspect` or `Suspect 2`. */
  suspectLabel(index: number, count: number, female?: boolean): string;
  /** `Vehicle` / `Vehiculo`. */
  vehicleLabel: string;
  /** `aka` / `alias`. */
  aliasWord: string;
  /** `The missing officer`. */
  officerLabel(name: string | undefined): string;
  /** `Officer's vehicle`. */
  officerVehicleLabel: string;
  /** `Officer's car` (shortest WEA form). */
  readonly officerVehicleShort: string;
  /** `Last seen` / `Visto (Vista, Vistos, Vistas) por última vez`. */
  lastSeenWords(female: boolean, plural?: boolean): string;
  /** ` near X`. */
  nearPlace(place: string): string;
  /** `heading east` (keeps the direction text word for word); Spanish facts arrive translated. */
  direction(direction: string): string;
  /** The event for the 90-character text, lower case: `officer killed`, `agente asesinado`. */
  event90(event: BlueAlertEvent, femaleOfficer?: boolean): string;
  /** The first sentence of the 90: `Texas DPS Blue Alert: officer killed in Austin.`; `tight` puts the place first. */
  head90(alert: string, event: string, place: string | undefined, sender: string | undefined, tight: boolean, near: boolean): string;
  /** A plate in the 90: `CO plate ABC1234` (or `CO ABC1234`), `partial AZ plate CJH4`. */
  plate90(p: NonNullable<Vehicle['plate']>, plateWord: boolean, state: boolean): string;
  /**
   * A labelled vehicle in the 90: `Suspect: gray Ford` / `Officer's car: white Ford Explorer`; `officerShort`: the missing
   * officer's car when no suspect is named ("Su auto: Ford"); `female`: the suspect is a woman.
   */
  vehicleOf90(who: 'suspect' | 'officer' | 'officerShort', body: string, female?: boolean): string;
  /** `Suspect` / `Suspect on foot` (the 90, when no vehicle is known). */
  suspect90(onFoot: boolean, female?: boolean): string;
  /** `2 suspects`, `3 suspects on foot`, `2 suspects, 1 on foot` (the 90, several suspects and no vehicle). */
  suspects90(count: number, onFoot: number, female?: boolean): string;
  /** `Suspect 2 vehicle`, `Suspects 1 and 2 vehicle` (several suspects; indices from 0, the suspects in it). */
  vehicleOfSuspect(indexes: readonly number[], female?: boolean): string;
  /** `same as suspect 1's`: the vehicle of an earlier suspect (index from 0), in the long texts. */
  sameVehicleAs(earlier: number, female?: boolean): string;
  /** `no description given` / `sin descripción`: a suspect with nothing but a vehicle or a sighting, in the long texts. */
  readonly noDescription: string;
  /** `Suspects 1 and 2` (several suspects seen together; indices from 0). */
  suspectsLabel(indexes: readonly number[], female?: boolean): string;
  /** `2 suspects.` */
  count(n: number, female?: boolean): string;
  /** What an exercise, test or draft tells people instead of calling 911, longest first. */
  noAction(status: 'Exercise' | 'Test' | 'Draft'): readonly string[];
  /** `on foot` / `a pie`. */
  readonly onFootWords: string;
  /** `Tips: 1-800-… or example.gov/x.` (either may be absent). */
  tipsAndLink(phone: string | undefined, link: string | undefined): string;
  /** The CAP instruction of an exercise, test or draft: says so and never sends people to 911. */
  instructionNonActual(status: 'Exercise' | 'Test' | 'Draft'): string;
  /** `Photo: https://…` (description). */
  photoWord(who: 'suspect' | 'officer', index: number, count: number): string;
  /** `possibly toward Kansas or Nebraska`. */
  towards(destinations: readonly string[]): string;
  /** `Last known location: X`. */
  lastKnown(place: string): string;
  /** `Armed and dangerous` / `Armed (handgun) and dangerous` / `Armed: handgun`. */
  armed(flagged: boolean, weapons: string | undefined, who?: Who): string;
  /** WEA action, longest first: [`Do not approach. Call 911.`, ...]; `femaleOfficer` for a missing officer who is a woman. */
  weaAction(kind: 'suspects' | 'missing' | 'info', femaleOfficer?: boolean): readonly string[];
  /** `Tips: 1-800-...`. */
  tips(phone: string): string;
  /** `In effect until 8:20 PM MST`. */
  until(label: string): string;
  /** `2:05 PM MST` or `Nov 23 2:05 PM MST` relative to the send time. */
  whenLabel(date: Date, reference: Date, timeZone: string, withZone: boolean): string;
  /** Headline pieces. */
  headlineSuspectVehicle(vehicle: string, female?: boolean): string;
  /** The CAP description paragraph(s). */
  areaSentence(areaName: string | undefined, areaDesc: string): string;
  /** `Details: ` prefix for the summary; `''` when the summary is in this language and may lead the description. */
  readonly detailsWord: string;
  /** `Place` (when the summary does not name the incident location). */
  readonly placeWord: string;
  /** `Time`. */
  readonly timeWord: string;
  /** The CAP instruction. */
  /** `armedOnly`: when only some of several suspects are armed and dangerous, which (indices from 0), all women or not. */
  instruction(input: { hasSuspects: boolean; plural: boolean; female: boolean; armed: boolean; missing: boolean; femaleOfficer?: boolean; vehicles?: number; phone?: string; web?: string; armedOnly?: { readonly indexes: readonly number[]; readonly female: boolean } }): string;
  /** Standard abbreviations (may be the identity). */
  abbreviate(text: string, protect: readonly string[]): string;
  /** EAS required sentence pieces. */
  easOriginator(org: 'EAS' | 'CIV' | 'WXR' | 'PEP'): string;
  easRequired(input: { originator: string; areas: string; start: Date; end: Date; timeZone: string; municipios?: boolean }): string;
  /** `Message from X.` */
  messageFrom(sender: string): string;
}
