/**
 * Spanish wording (es-US), written from our own templates (no translation service). Common request values (sex,
 * race, colours, compass directions, vehicle types) are translated from a small table; other free text is kept as
 * the agency wrote it. Full text keeps Spanish accents; WEA text passes through `toGsm7` (á to a; é ñ ¿ ¡ stay).
 */
import type { BlueAlertEvent, PersonDescription, Vehicle } from '../request/schema.js';
import type { PersonDetail, VehicleDetail, Who, Wording } from './lang.js';
import { clockLabelEs, dateLabelEs, sameLocalDay, whenLabelEs } from './labels.js';
import { abbreviate, firstItems, joinParts, numbersList } from './words.js';
import { abbreviateEs, nearPlaceEs, phonePlaceEs, placeAfterEs, towardsEs } from './place-join-es.js';
import { colorEs, eyesEs, hairEs, raceEs, sexEs, vehicleTypeEs, type Gender } from './es-values.js';
import { ageEs, heightEs, weightEs } from './es-measures.js';
import { clothingEs, marksEs } from './es-wear.js';
import { plateEs } from './state-names.js';

const EVENT_FULL: Record<BlueAlertEvent, string> = {
  'officer-killed': 'Un agente del orden fue asesinado',
  'officer-injured': 'Un agente del orden resultó gravemente herido',
  'officer-attacked': 'Un agente del orden fue atacado',
  'imminent-threat': 'Un sospechoso representa una amenaza inminente para los agentes del orden',
  'officer-missing': 'Un agente del orden está desaparecido',
};

const EVENT_SHORT: Record<BlueAlertEvent, string> = {
  'officer-killed': 'Agente asesinado',
  'officer-injured': 'Agente gravemente herido',
  'officer-attacked': 'Agente atacado',
  'imminent-threat': 'Amenaza inminente a agentes',
  'officer-missing': 'Agente desaparecido',
};

/** The same sentences for phone texts, worded to read right without accents (GSM 7-bit has no á í ó ú: "resulto" would read "I result", "esta" "this"). */
const EVENT_FULL_PHONE: Record<BlueAlertEvent, string> = {
  ...EVENT_FULL,
  'officer-injured': 'Un agente del orden fue herido de gravedad',
  'officer-missing': 'Un agente del orden se encuentra desaparecido',
};

const ORIGINATOR: Record<'EAS' | 'CIV' | 'WXR' | 'PEP', string> = {
  CIV: 'UNA AUTORIDAD CIVIL',
  EAS: 'UNA ESTACIÓN DE RADIODIFUSIÓN O SISTEMA DE CABLE',
  WXR: 'EL SERVICIO NACIONAL DE METEOROLOGÍA',
  PEP: 'UN SISTEMA DE PUNTO DE ENTRADA PRIMARIO',
};

const COUNT_ES = ['', 'Uno', 'Dos', 'Tres', 'Cuatro', 'Cinco', 'Seis', 'Siete', 'Ocho', 'Nueve', 'Diez'];

/** A count at the start of a sentence (reader review 19t T17: "Dos sospechosos representan…"), then digits. */
function countWordEs(n: number): string {
  return COUNT_ES[n] ?? String(n);
}

/** How a Spanish text treats English it cannot translate: left out (phone texts) or marked (description). */
export type SpanishMode = 'phone' | 'full';

/**
 * English text with no Spanish version: left out of a phone text, marked "(en inglés: …)" in the description.
 *
 * @example
 * foreignEs('blue hoodie', 'full'); //=> '(en inglés: blue hoodie)'
 * foreignEs('blue hoodie', 'phone'); //=> undefined
 */
export function foreignEs(text: string | undefined, mode: SpanishMode): string | undefined {
  if (text === undefined || mode === 'phone') return undefined;
  return `(en inglés: ${text})`;
}

function genderOf(d: PersonDescription): Gender {
  return (d.sex !== undefined ? sexEs(d.sex)?.g : undefined) ?? 'm';
}

/**
 * A person's description in Spanish: coded values translated; Spanish free text (`description.es`) used; English
 * free text left out (`phone`) or marked (`full`).
 *
 * @example
 * personEs({ sex: 'male', race: 'white', age: '30-35', hair: 'brown' }, 0); //=> 'hombre blanco, de 30 a 35 años, cabello castaño'
 */
export function personEs(d: PersonDescription, detail: PersonDetail, clothingMax = 400, mode: SpanishMode = 'full'): string {
  const g = genderOf(d);
  const es = d.es;
  const coded = <T>(value: T | undefined, tr: (v: T) => string | undefined, raw: (v: T) => string): string | undefined =>
    value === undefined ? undefined : (tr(value) ?? foreignEs(raw(value), mode));
  const sexT = d.sex === undefined ? undefined : sexEs(d.sex);
  const sex = sexT?.word ?? (d.sex === undefined ? undefined : foreignEs(d.sex, mode));
  const raceT = d.race === undefined ? undefined : raceEs(d.race, g);
  const race = raceT ?? (d.race === undefined ? undefined : foreignEs(d.race, mode));
  const sexRace = sex === undefined ? race : race === undefined ? sex : raceT !== undefined && sexT !== undefined ? `${sex} ${race}` : `${sex}, ${race}`;
  // "calvo" agrees with the person ("mujer calva")
  // hair and eyes the tables do not know keep their label: "cabello (en inglés: …)" (reader review 19t T16)
  const labelled = (label: string, text: string | undefined) => (text === undefined ? undefined : `${label} ${text}`);
  const hair = es?.hair !== undefined ? `cabello ${es.hair}` : d.hair === undefined ? undefined : (hairEs(d.hair, g) ?? labelled('cabello', foreignEs(d.hair, mode)));
  const eyes = es?.eyes !== undefined ? `ojos ${es.eyes}` : d.eyes === undefined ? undefined : (eyesEs(d.eyes) ?? labelled('ojos', foreignEs(d.eyes, mode)));
  const free = (en: string | undefined, sp: string | undefined, tr: (v: string) => string | undefined): string | undefined =>
    sp ?? (en === undefined ? undefined : (tr(en) ?? foreignEs(en, mode)));
  // an item the tables do not know is marked alone (full) or left out (phone); the others are translated
  const mark = (item: string): string | undefined => foreignEs(item, mode);
  const clothingText = free(d.clothing, es?.clothing, (v) => clothingEs(v, mark));
  const clothing = clothingText === undefined ? undefined : detail >= 2 ? firstItems(clothingText, clothingMax) : clothingText;
  return joinParts([
    sexRace,
    coded(d.age, ageEs, String),
    detail <= 2 ? coded(d.height, heightEs, String) : undefined,
    detail <= 2 ? coded(d.weight, weightEs, String) : undefined,
    detail <= 2 ? hair : undefined,
    detail <= 0 ? eyes : undefined,
    detail <= 1 ? free(d.marks, es?.marks, (v) => marksEs(v, mark)) : undefined,
    detail <= 2 && clothing !== undefined ? `viste ${clothing}` : undefined,
    detail <= 0 ? free(d.other, es?.other, () => undefined) : undefined,
  ]);
}

/** Puerto Rico's word for a motorcycle, "motora" (reader review 19t T26: "motocicleta" reads as from elsewhere). */
function typePr(word: string): string {
  return word.startsWith('motocicleta') ? `motora${word.slice('motocicleta'.length)}` : word;
}

/** A vehicle's year in Spanish: a decade ("2010s") reads "de la década de 2010" (text review 15), else as given. */
function yearEs(year: string): string {
  const decade = /^(\d{3}0)['’]?s$/.exec(year.trim());
  return decade === null ? year : `de la década de ${decade[1] ?? ''}`;
}

/**
 * A vehicle in Spanish: type, make, model, colour (agreeing with the type), year, features.
 *
 * @example
 * vehicleEs({ year: 2015, make: 'Ford', model: 'F-150', color: 'gray' }, 0); //=> 'Ford F-150 gris 2015'
 */
export function vehicleEs(v: Vehicle, detail: VehicleDetail, mode: SpanishMode = 'full', puertoRico = false): string {
  const typeT = v.type === undefined ? undefined : vehicleTypeEs(v.type);
  const type = v.es?.type ?? (typeT === undefined ? undefined : puertoRico ? typePr(typeT.word) : typeT.word) ?? (v.type === undefined ? undefined : foreignEs(v.type, mode));
  // with neither make nor model the type is the vehicle's noun at every detail ("camioneta pickup beige", not "beige")
  const typed = detail <= 1 || (v.make === undefined && v.model === undefined);
  // the colour agrees with the type where the type is written ("SUV Honda Pilot negra", "motocicleta roja"); without
  // it, with the vehicle the label names ("Auto de la agente: Ford blanco", "Vehículo: Honda Pilot negro"), masculine
  // (a motorcycle is "una Harley blanca" with its type left out too: text review 15, "Harley-Davidson blanco y azul")
  const twoWheels = typeT !== undefined && /^(?:motocicleta|motoneta|bicicleta)/u.test(typeT.word);
  const g = (typed && type !== undefined) || twoWheels ? (typeT?.g ?? 'm') : 'm';
  const color = v.es?.color ?? (v.color === undefined ? undefined : (colorEs(v.color, g) ?? foreignEs(v.color, mode)));
  // a colour alone is no vehicle ("Vehiculo: blanco." for a white cargo van whose type has no Spanish word: reader
  // review 21t T01): without a type, make or model written, the colour and year are left out too
  const named = (typed && type !== undefined) || v.make !== undefined || v.model !== undefined;
  const main = !named
    ? ''
    : joinParts([typed ? type : undefined, v.make, v.model, color, detail <= 1 && v.year !== undefined ? yearEs(String(v.year)) : undefined], ' ');
  // Spanish facts carry the features already localized (localizeEs)
  const features = v.features;
  return detail === 0 ? joinParts([main, features]) : main;
}

/** Spanish adjective ending: o, a, os, as. */
function agree(who: Who | undefined): string {
  const base = who?.female === true ? 'a' : 'o';
  return who?.plural === true ? `${base}s` : base;
}

/**
 * "de", "del" or "de la" before an agency name ("del Negociado", "de la Policía").
 *
 * @example
 * ofAgencyEs('Negociado de la Policía de Puerto Rico'); //=> 'del Negociado de la Policía de Puerto Rico'
 */
export function ofAgencyEs(name: string): string {
  if (/^(?:el\s|la\s|los\s|las\s)/i.test(name)) return `de ${name}`;
  if (/^(?:Negociado|Departamento|Buró|Cuerpo|Servicio|Sistema|Gobierno|Estado|Condado|Municipio)\b/.test(name)) return `del ${name}`;
  if (/^(?:Policía|Oficina|Agencia|División|Guardia|Patrulla|Comisaría|Fiscalía|Procuraduría|Secretaría)\b/.test(name)) return `de la ${name}`;
  return `de ${name}`;
}

const EVENT_90: Record<BlueAlertEvent, string> = {
  'officer-killed': 'agente asesinado',
  'officer-injured': 'agente herido',
  'officer-attacked': 'agente atacado',
  'imminent-threat': 'amenaza a agentes',
  'officer-missing': 'agente desaparecido',
};

const STATUS_NOUN: Record<'Exercise' | 'Test' | 'Draft', string> = { Exercise: 'un simulacro', Test: 'una prueba', Draft: 'un borrador' };

/** "a la sospechosa 2 armada y peligrosa", "a los sospechosos 1 y 3 armados y peligrosos" (reader review 19t T21). */
function armedSuspectsEs(indexes: readonly number[], female: boolean): string {
  const end = agree({ plural: indexes.length > 1, female });
  const who = indexes.length > 1 ? (female ? 'a las sospechosas' : 'a los sospechosos') : female ? 'a la sospechosa' : 'al sospechoso';
  return `${who} ${numbersList(indexes, 'y')} armad${end} y peligros${end}`;
}

/** The Spanish CAP instruction, agreeing in gender and number with the suspects and the officer. */
const instructionEs: Wording['instruction'] = ({ hasSuspects, plural, female, armed, missing, femaleOfficer, vehicles = 1, phone, web, armedOnly }) => {
  const veh = vehicles <= 0 ? '' : vehicles > 1 ? ' o los vehículos' : ' o el vehículo';
  const officer = femaleOfficer === true ? 'a la agente' : 'al agente';
  const end = agree({ plural, female });
  const who = plural ? (female ? 'a las sospechosas' : 'a los sospechosos') : female ? 'a la sospechosa' : 'al sospechoso';
  const pron = plural || missing ? 'los' : female ? 'la' : 'lo';
  const parts: string[] = [];
  if (hasSuspects) {
    if (armed) parts.push(armedOnly === undefined ? `Considere ${who} armad${end} y peligros${end}.` : `Considere ${armedSuspectsEs(armedOnly.indexes, armedOnly.female)}.`);
    parts.push(`No se acerque ni intente detener ${who}.`);
    parts.push(`Si ve ${who}${missing ? `${veh === '' ? ' o' : ','} ${officer}` : ''}${veh}, llame al 911 de inmediato e indique dónde y cuándo ${pron} vio.`);
  } else if (missing) {
    parts.push(`Si ve ${officer}${veh}, llame al 911 de inmediato e indique dónde y cuándo ${veh !== '' ? 'los' : femaleOfficer === true ? 'la' : 'lo'} vio.`);
  }
  parts.push(phone === undefined ? 'Si tiene información, llame al 911.' : `Si tiene información, llame al 911 o a la línea de información ${phone}.`);
  if (web !== undefined) parts.push(`Actualizaciones: ${web}`);
  return parts.join(' ');
};

/** The Spanish EAS required sentence in capitals ("… HA EMITIDO UNA ALERTA AZUL PARA LOS SIGUIENTES CONDADOS/ÁREAS: …"). */
const easRequiredEs: Wording['easRequired'] = ({ originator, areas, start, end, timeZone, municipios }) => {
  const at = (d: Date): string => clockLabelEs(d, timeZone).toUpperCase();
  const endText = sameLocalDay(start, end, timeZone) ? at(end) : `${at(end)} DEL ${dateLabelEs(end, timeZone, true).toUpperCase()}`;
  const units = municipios === true ? 'MUNICIPIOS/ÁREAS' : 'CONDADOS/ÁREAS';
  return `${originator} HA EMITIDO UNA ALERTA AZUL PARA LOS SIGUIENTES ${units}: ${areas}; A ${at(start)} DEL ${dateLabelEs(start, timeZone, true).toUpperCase()}, VIGENTE HASTA ${endText.replace(/\.$/, '')}.`;
};

/** "Armado y peligroso", "Armada (pistola) y peligrosa", "Armados: escopeta": agreeing with who is armed. */
const armedEs: Wording['armed'] = (flagged, weapons, who) => {
  const end = agree(who);
  return flagged
    ? weapons === undefined || weapons === ''
      ? `Armad${end} y peligros${end}`
      : /^\([^()]*\)$/.test(weapons)
        ? `Armad${end} ${weapons} y peligros${end}`
        : weapons.includes('(')
          ? `Armad${end} y peligros${end}: ${weapons}`
          : `Armad${end} (${weapons}) y peligros${end}`
    : weapons === undefined || weapons === ''
      ? `Armad${end}`
      : `Armad${end}: ${weapons}`;
};

/**
 * The Spanish wording. `phone` leaves English free text out (WEA); `full` marks it "(en inglés: …)" (description).
 *
 * @example
 * spanish().alertName; //=> 'Alerta Azul'
 */
export function spanish(mode: SpanishMode = 'full', femaleOfficer = false, puertoRico = false): Wording {
  const ofOfficer = femaleOfficer ? 'de la agente' : 'del agente';
  // Puerto Rico says "tablilla" for a licence plate (reader review 19t T26)
  const plateWord = puertoRico ? 'tablilla' : 'placa';
  const phone = mode === 'phone';
  const when = (date: Date, ref: Date, tz: string, withZone: boolean): string => {
    const label = whenLabelEs(date, ref, tz, withZone);
    return label.startsWith('la') ? `a ${label}` : label;
  };
  return {
    language: 'es-US',
    alertName: 'Alerta Azul',
    eventName: 'Alerta Azul',
    updateAlertName: 'Alerta Azul actualizada',
    updateEventName: 'Alerta Azul actualizada',
    updatePrefix: 'Actualización: ',
    // a suspect who is a woman poses the threat as "una sospechosa" (red team 13)
    eventFull: (e, female, femaleSuspect, n = 1) =>
      e === 'officer-missing' && female === true
        ? mode === 'phone' ? 'Una agente del orden se encuentra desaparecida' : 'Una agente del orden está desaparecida'
        : e === 'imminent-threat' && n > 1
          ? `${countWordEs(n)} sospechos${femaleSuspect === true ? 'as' : 'os'} representan una amenaza inminente para los agentes del orden`
        : e === 'imminent-threat' && femaleSuspect === true
          ? 'Una sospechosa representa una amenaza inminente para los agentes del orden'
          : (mode === 'phone' ? EVENT_FULL_PHONE : EVENT_FULL)[e],
    eventShort: (e, female) => (e === 'officer-missing' && female === true ? 'Agente desaparecida' : EVENT_SHORT[e]),
    atPlace: (p) => placeAfterEs('en', p, phone),
    eventPlace: (e, p, female) =>
      e === 'officer-missing' ? `, vist${female === true ? 'a' : 'o'} por última vez${placeAfterEs('en', p, phone)}` : placeAfterEs(e === 'imminent-threat' && !/\bcerca\b/i.test(p) ? 'cerca de' : 'en', p, phone),
    suspectVehicleLabel: (female) => `Vehículo ${female === true ? 'de la sospechosa' : 'del sospechoso'}`,
    atTime: (date, ref, tz, withZone) => ` ${when(date, ref, tz, withZone)}`,
    sinceTime: (date, ref, tz, withZone) => ` desde ${whenLabelEs(date, ref, tz, withZone)}`,
    person: (d, detail, max) => personEs(d, detail, max, mode),
    vehicle: (v, detail) => vehicleEs(v, detail, mode, puertoRico),
    plate: (p) => plateEs(p, plateWord),
    suspectLabel: (i, n, female) => `Sospechos${female === true ? 'a' : 'o'}${n > 1 ? ` ${i + 1}` : ''}`,
    vehicleLabel: 'Vehículo',
    aliasWord: 'alias',
    officerLabel: (name) => (name === undefined ? (femaleOfficer ? 'La agente' : 'El agente') : `${femaleOfficer ? 'La' : 'El'} agente ${name}`),
    officerVehicleLabel: `Vehículo ${ofOfficer}`,
    lastSeenWords: (female, plural) => `Vist${female ? 'a' : 'o'}${plural === true ? 's' : ''} por última vez`,
    nearPlace: (p) => nearPlaceEs(p, phone),
    officerVehicleShort: `Auto ${ofOfficer}`,
    // Spanish facts arrive with the direction already translated (localizeEs)
    direction: (d) => d,
    photoWord: (who, i, n) => (who === 'officer' ? 'Foto del agente desaparecido' : n > 1 ? `Foto del sospechoso ${i + 1}` : 'Foto del sospechoso'),
    towards: towardsEs,
    // a town given for a place the phone text cannot translate says "en Aurora": the label needs no "en"
    lastKnown: (p) => `Última ubicación conocida: ${(phone ? phonePlaceEs(p) : p).replace(/^en (?=\p{Lu})/u, '')}`,
    armed: armedEs,
    until: (label) => `Vigente hasta ${label.replace(/^a /, '')}.`,
    whenLabel: when,
    headlineSuspectVehicle: (v, female) => `vehículo ${female === true ? 'de la sospechosa' : 'del sospechoso'}: ${v}`,
    areaSentence: (name, desc) =>
      name === undefined || name === desc || desc === ''
        ? `Área de la alerta: ${desc === '' ? (name ?? '') : desc}.`
        : `Área de la alerta: ${name} (${desc}).`,
    detailsWord: 'Detalles: ',
    placeWord: 'Lugar',
    timeWord: 'Hora',
    instruction: instructionEs,
    abbreviate: (text, protect) => abbreviateEs(abbreviate(text, protect), protect),
    easOriginator: (org) => ORIGINATOR[org],
    easRequired: easRequiredEs,
    messageFrom: (sender) => `Mensaje ${ofAgencyEs(sender)}.`,
    ...ninetyEs(ofOfficer, plateWord),
    ...suspectWordsEs(),
    ...actionWordsEs(),
  };
}

/** The 90-character phone text's own wording. */
function ninetyEs(ofOfficer: string, plateWord: string): Pick<Wording, 'event90' | 'head90' | 'plate90' | 'vehicleOf90' | 'suspect90' | 'suspects90'> {
  return {
    event90: (e, female) => (e === 'officer-missing' && female === true ? 'agente desaparecida' : EVENT_90[e]),
    head90: (alert, event, place, sender, tight, near) => {
      if (tight && place !== undefined) return `${alert}, ${place}: ${event}.`;
      const where = place === undefined ? '' : placeAfterEs(near && !/\bcerca\b/i.test(place) ? 'cerca de' : 'en', place, true);
      return `${alert}${sender === undefined ? '' : ` ${ofAgencyEs(sender)}`}: ${event}${where}.`;
    },
    plate90: (p, withWord, state) => `${withWord || p.partial === true ? `${plateWord} ` : ''}${p.partial === true ? 'parcial ' : ''}${state && p.state !== undefined ? `${p.state} ` : ''}${p.number}`,
    // a woman is "Sospechosa" (reader review 19t T03)
    // "Su auto" right after "agente desaparecida" when no suspect is named (reader review 21t T03: "Auto de la agente:"
    // left no room for the town and the plate)
    vehicleOf90: (who, body, female) => `${who === 'suspect' ? `Sospechos${female === true ? 'a' : 'o'}` : who === 'officerShort' ? 'Su auto' : `Auto ${ofOfficer}`}: ${body}`,
    suspect90: (onFoot, female) => `Sospechos${female === true ? 'a' : 'o'}${onFoot ? ' a pie' : ''}`,
    suspects90: (n, onFoot, female) => `${n} sospechos${female === true ? 'as' : 'os'}${onFoot === 0 ? '' : onFoot === n ? ' a pie' : `, ${onFoot} a pie`}`,
  };
}

/** How suspects are counted, labelled and referred back to ("Sospechosos 1 y 2"). */
function suspectWordsEs(): Pick<Wording, 'count' | 'vehicleOfSuspect' | 'sameVehicleAs' | 'noDescription' | 'suspectsLabel'> {
  return {
    count: (n, female) => `${n} sospechos${female === true ? 'as' : 'os'}.`,
    vehicleOfSuspect: (ix, female) =>
      ix.length === 1 ? `Vehículo ${female === true ? 'de la sospechosa' : 'del sospechoso'} ${ix[0]! + 1}` : `Vehículo de ${female === true ? 'las sospechosas' : 'los sospechosos'} ${numbersList(ix, 'y')}`,
    sameVehicleAs: (j, female) => `el mismo que el ${female === true ? 'de la sospechosa' : 'del sospechoso'} ${j + 1}`,
    noDescription: 'sin descripción',
    suspectsLabel: (ix, female) => `Sospechos${female === true ? 'a' : 'o'}${ix.length > 1 ? 's' : ''} ${numbersList(ix, 'y')}`,
  };
}

/** What the public is asked to do, and the texts of a message that is no real alert. */
function actionWordsEs(): Pick<Wording, 'noAction' | 'onFootWords' | 'tipsAndLink' | 'instructionNonActual' | 'weaAction' | 'tips'> {
  return {
    noAction: (status) => [`Esto es solo ${STATUS_NOUN[status]}. No hay que hacer nada.`, `Solo ${STATUS_NOUN[status].replace(/^una? /, '')}. No tiene que hacer nada.`, 'No tiene que hacer nada.'],
    onFootWords: 'a pie',
    tipsAndLink: (phone, link) =>
      phone !== undefined && link !== undefined ? `Informes: ${phone} o ${link}` : phone !== undefined ? `Informes: ${phone}.` : `Más: ${link ?? ''}`,
    instructionNonActual: (status) =>
      `Esto es solo ${STATUS_NOUN[status]} del sistema de Alerta Azul. No hay que hacer nada; no se busca a nadie.`,
    // a missing officer who is a woman is "la agente" (red team 13: "Si ve al agente" for her)
    weaAction: (kind, femaleOfficer) =>
      kind === 'suspects'
        ? ['No se acerque. Llame al 911.']
        : kind === 'missing'
          ? femaleOfficer === true
            ? ['Si ve a la agente, llame al 911.', 'Si la ve, llame al 911.']
            : ['Si ve al agente, llame al 911.', 'Si lo ve, llame al 911.']
          : ['Si tiene información, llame al 911.', 'Información: llame al 911.'],
    tips: (phone) => `Informes: ${phone}.`,
  };
}
