/**
 * Spanish wording (es-US), written from our own templates (no translation service). Common request values (sex,
 * race, colours, compass directions, vehicle types) are translated from a small table; other free text is kept as
 * the agency wrote it. Full text keeps Spanish accents; WEA text passes through `toGsm7` (á to a; é ñ ¿ ¡ stay).
 */
import type { BlueAlertEvent, PersonDescription, Vehicle } from '../request/schema.js';
import type { PersonDetail, VehicleDetail, Who, Wording } from './lang.js';
import { clockLabel, dateLabelEs, sameLocalDay, whenLabelEs } from './labels.js';
import { abbreviate, firstItems, joinParts } from './words.js';

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

const ORIGINATOR: Record<'EAS' | 'CIV' | 'WXR' | 'PEP', string> = {
  CIV: 'UNA AUTORIDAD CIVIL',
  EAS: 'UNA ESTACIÓN DE RADIODIFUSIÓN O SISTEMA DE CABLE',
  WXR: 'EL SERVICIO NACIONAL DE METEOROLOGÍA',
  PEP: 'UN SISTEMA DE PUNTO DE ENTRADA PRIMARIO',
};

type Gender = 'm' | 'f';

let tables:
  | {
      sex: Map<string, { word: string; g: Gender }>;
      race: Map<string, [string, string]>;
      color: Map<string, [string, string]>;
      hair: Map<string, string>;
      eyes: Map<string, string>;
      compass: Map<string, string>;
      vehicleType: Map<string, string>;
    }
  | undefined;

/** Translation tables, built on first use. Adjectives carry [masculine, feminine]. */
function t(): NonNullable<typeof tables> {
  if (tables) return tables;
  const color: [string, [string, string]][] = [
    ['gray', ['gris', 'gris']],
    ['grey', ['gris', 'gris']],
    ['black', ['negro', 'negra']],
    ['white', ['blanco', 'blanca']],
    ['red', ['rojo', 'roja']],
    ['blue', ['azul', 'azul']],
    ['dark blue', ['azul oscuro', 'azul oscuro']],
    ['light blue', ['azul claro', 'azul claro']],
    ['green', ['verde', 'verde']],
    ['silver', ['plateado', 'plateada']],
    ['brown', ['café', 'café']],
    ['tan', ['beige', 'beige']],
    ['beige', ['beige', 'beige']],
    ['gold', ['dorado', 'dorada']],
    ['yellow', ['amarillo', 'amarilla']],
    ['orange', ['anaranjado', 'anaranjada']],
    ['maroon', ['granate', 'granate']],
    ['purple', ['morado', 'morada']],
  ];
  tables = {
    sex: new Map([
      ['male', { word: 'hombre', g: 'm' }],
      ['m', { word: 'hombre', g: 'm' }],
      ['man', { word: 'hombre', g: 'm' }],
      ['female', { word: 'mujer', g: 'f' }],
      ['f', { word: 'mujer', g: 'f' }],
      ['woman', { word: 'mujer', g: 'f' }],
    ]),
    race: new Map<string, [string, string]>([
      ['white', ['blanco', 'blanca']],
      ['black', ['negro', 'negra']],
      ['african american', ['afroamericano', 'afroamericana']],
      ['hispanic', ['hispano', 'hispana']],
      ['latino', ['latino', 'latina']],
      ['latina', ['latino', 'latina']],
      ['asian', ['asiático', 'asiática']],
      ['native american', ['indígena', 'indígena']],
      ['american indian', ['indígena', 'indígena']],
    ]),
    color: new Map(color),
    hair: new Map([
      ['brown', 'castaño'],
      ['black', 'negro'],
      ['blond', 'rubio'],
      ['blonde', 'rubio'],
      ['red', 'pelirrojo'],
      ['gray', 'canoso'],
      ['grey', 'canoso'],
      ['white', 'blanco'],
      ['bald', 'calvo'],
      ['dark brown', 'castaño oscuro'],
      ['light brown', 'castaño claro'],
    ]),
    eyes: new Map([
      ['blue', 'azules'],
      ['brown', 'cafés'],
      ['green', 'verdes'],
      ['hazel', 'color avellana'],
      ['black', 'negros'],
      ['gray', 'grises'],
      ['grey', 'grises'],
    ]),
    compass: new Map([
      ['north', 'norte'],
      ['south', 'sur'],
      ['east', 'este'],
      ['west', 'oeste'],
      ['northeast', 'noreste'],
      ['north-east', 'noreste'],
      ['northwest', 'noroeste'],
      ['north-west', 'noroeste'],
      ['southeast', 'sureste'],
      ['south-east', 'sureste'],
      ['southwest', 'suroeste'],
      ['south-west', 'suroeste'],
    ]),
    vehicleType: new Map([
      ['pickup', 'camioneta pickup'],
      ['pickup truck', 'camioneta pickup'],
      ['truck', 'camión'],
      ['sedan', 'sedán'],
      ['suv', 'SUV'],
      ['van', 'camioneta van'],
      ['minivan', 'minivan'],
      ['motorcycle', 'motocicleta'],
      ['coupe', 'cupé'],
      ['hatchback', 'hatchback'],
      ['patrol car', 'patrulla'],
    ]),
  };
  return tables;
}

const key = (s: string): string => s.trim().toLowerCase();

function genderOf(d: PersonDescription): Gender {
  return (d.sex !== undefined ? t().sex.get(key(d.sex))?.g : undefined) ?? 'm';
}

/**
 * A person's description in Spanish (table values translated, other text kept).
 *
 * @example
 * personEs({ sex: 'male', race: 'white', age: '30-35', hair: 'brown' }, 0); //=> 'hombre blanco, 30-35 años, cabello castaño'
 */
export function personEs(d: PersonDescription, detail: PersonDetail, clothingMax = 400): string {
  const g = genderOf(d);
  const sex = d.sex === undefined ? undefined : (t().sex.get(key(d.sex))?.word ?? d.sex);
  const raceT = d.race === undefined ? undefined : t().race.get(key(d.race));
  const race = d.race === undefined ? undefined : raceT !== undefined ? raceT[g === 'm' ? 0 : 1] : d.race;
  const sexRace = sex === undefined ? race : race === undefined ? sex : raceT !== undefined ? `${sex} ${race}` : `${sex}, ${race}`;
  const age = d.age === undefined ? undefined : typeof d.age === 'number' || /^\d[\d\s-]*$/.test(d.age) ? `${d.age} años` : `edad: ${d.age}`;
  const hair = d.hair === undefined ? undefined : `cabello ${t().hair.get(key(d.hair.replace(/\s*hair$/i, ''))) ?? d.hair.replace(/\s*hair$/i, '')}`;
  const eyes = d.eyes === undefined ? undefined : `ojos ${t().eyes.get(key(d.eyes.replace(/\s*eyes$/i, ''))) ?? d.eyes.replace(/\s*eyes$/i, '')}`;
  const clothing = d.clothing === undefined ? undefined : detail >= 2 ? firstItems(d.clothing, clothingMax) : d.clothing;
  return joinParts([
    sexRace,
    age,
    detail <= 2 ? d.height : undefined,
    detail <= 2 ? d.weight : undefined,
    detail <= 2 ? hair : undefined,
    detail <= 0 ? eyes : undefined,
    detail <= 0 ? d.marks : undefined,
    detail <= 2 && clothing !== undefined ? `viste ${clothing}` : undefined,
    detail <= 0 ? d.other : undefined,
  ]);
}

/**
 * A vehicle in Spanish: type, make, model, colour, year.
 *
 * @example
 * vehicleEs({ year: 2015, make: 'Ford', model: 'F-150', color: 'gray' }, 0); //=> 'Ford F-150 gris 2015'
 */
export function vehicleEs(v: Vehicle, detail: VehicleDetail): string {
  const type = v.type === undefined ? undefined : (t().vehicleType.get(key(v.type)) ?? v.type);
  const colorT = v.color === undefined ? undefined : t().color.get(key(v.color));
  const color = colorT !== undefined ? colorT[type !== undefined && /^(camioneta|motocicleta|patrulla)/.test(type) ? 1 : 0] : v.color;
  const main = joinParts(
    [detail <= 1 ? type : undefined, v.make, v.model, color, detail <= 1 && v.year !== undefined ? String(v.year) : undefined],
    ' ',
  );
  return detail === 0 ? joinParts([main, v.features]) : main;
}

/** Spanish adjective ending: o, a, os, as. */
function agree(who: Who | undefined): string {
  const base = who?.female === true ? 'a' : 'o';
  return who?.plural === true ? `${base}s` : base;
}

function directionEs(direction: string): string {
  const d = direction.trim();
  const m = /^(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(bound)?\b(.*)$/i.exec(d);
  if (m === null) return `dirección: ${d}`;
  const word = t().compass.get(key(m[1] ?? '')) ?? m[1] ?? '';
  const head = m[2] !== undefined ? `en dirección ${word}` : `hacia el ${word}`;
  const rest = (m[3] ?? '').trim();
  if (rest === '') return head;
  const r = /^(toward|towards|to)\s+(.+)$/i.exec(rest) ?? /^(on)\s+(.+)$/i.exec(rest);
  if (r === null) return `${head}, ${rest}`;
  return `${head}${(r[1] ?? '').toLowerCase() === 'on' ? ' por' : ', rumbo a'} ${r[2] ?? ''}`;
}

/**
 * The Spanish wording.
 *
 * @example
 * spanish().alertName; //=> 'ALERTA AZUL'
 */
export function spanish(): Wording {
  const when = (date: Date, ref: Date, tz: string, withZone: boolean): string => {
    const label = whenLabelEs(date, ref, tz, withZone);
    return label.startsWith('las ') ? `a ${label}` : label;
  };
  return {
    language: 'es-US',
    alertName: 'ALERTA AZUL',
    eventName: 'Alerta Azul',
    updateAlertName: 'ALERTA AZUL ACTUALIZADA',
    updateEventName: 'Alerta Azul actualizada',
    updatePrefix: 'Actualización: ',
    eventFull: (e, female) =>
      e === 'officer-missing' && female === true ? 'Una agente del orden está desaparecida' : EVENT_FULL[e],
    eventShort: (e, female) => (e === 'officer-missing' && female === true ? 'Agente desaparecida' : EVENT_SHORT[e]),
    atPlace: (p) => ` en ${p}`,
    eventPlace: (e, p, female) =>
      e === 'officer-missing' ? `, vist${female === true ? 'a' : 'o'} por última vez en ${p}` : e === 'imminent-threat' ? ` cerca de ${p}` : ` en ${p}`,
    suspectVehicleLabel: 'Vehículo del sospechoso',
    atTime: (date, ref, tz, withZone) => ` ${when(date, ref, tz, withZone)}`,
    person: personEs,
    vehicle: vehicleEs,
    plate: (p) => `placa ${p.partial === true ? 'parcial ' : ''}${p.state === undefined ? '' : `${p.state} `}${p.number}`,
    suspectLabel: (i, n, female) => `Sospechos${female === true ? 'a' : 'o'}${n > 1 ? ` ${i + 1}` : ''}`,
    vehicleLabel: 'Vehículo',
    aliasWord: 'alias',
    officerLabel: (name) => (name === undefined ? 'Agente' : `Agente ${name}`),
    officerVehicleLabel: 'Vehículo del agente',
    lastSeenWords: 'Visto por última vez',
    nearPlace: (p) => (/\b(near|at|cerca|en)\b/i.test(p) ? ` en ${p}` : ` cerca de ${p}`),
    officerVehicleShort: 'Auto del agente',
    direction: directionEs,
    towards: (d) => `posiblemente hacia ${d.join(' o ')}`,
    lastKnown: (p) => `Última ubicación conocida: ${p}`,
    armed: (flagged, weapons, who) => {
      const end = agree(who);
      return flagged
        ? weapons === undefined
          ? `Armad${end} y peligros${end}`
          : `Armad${end} (${weapons}) y peligros${end}`
        : `Armad${end}: ${weapons ?? ''}`;
    },
    weaAction: (kind) =>
      kind === 'suspects'
        ? ['No se acerque. Llame al 911.']
        : kind === 'missing'
          ? ['Si ve al agente, llame al 911.', 'Si lo ve, llame al 911.']
          : ['Si tiene información, llame al 911.', 'Información: llame al 911.'],
    tips: (phone) => `Información: ${phone}.`,
    until: (label) => `Vigente hasta ${label.replace(/^a /, '')}.`,
    whenLabel: when,
    headlineSuspectVehicle: (v) => `vehículo del sospechoso: ${v}`,
    areaSentence: (name, desc) =>
      name === undefined || name === desc || desc === ''
        ? `Área de la alerta: ${desc === '' ? (name ?? '') : desc}.`
        : `Área de la alerta: ${name} (${desc}).`,
    detailsWord: 'Detalles: ',
    placeWord: 'Lugar',
    timeWord: 'Hora',
    instruction: ({ hasSuspects, plural, female, armed, missing, phone, web }) => {
      const end = agree({ plural, female });
      const who = plural ? (female ? 'a las sospechosas' : 'a los sospechosos') : female ? 'a la sospechosa' : 'al sospechoso';
      const pron = plural || missing ? 'los' : female ? 'la' : 'lo';
      const parts: string[] = [];
      if (hasSuspects) {
        if (armed) parts.push(`Considere ${who} armad${end} y peligros${end}.`);
        parts.push(`No se acerque ni intente detener ${who}.`);
        parts.push(`Si ve ${who}${missing ? ', al agente' : ''} o el vehículo, llame al 911 de inmediato e indique dónde y cuándo ${pron} vio.`);
      } else if (missing) {
        parts.push('Si ve al agente o el vehículo, llame al 911 de inmediato e indique dónde y cuándo lo vio.');
      }
      parts.push(phone === undefined ? 'Si tiene información, llame al 911.' : `Si tiene información, llame al 911 o a la línea de información ${phone}.`);
      if (web !== undefined) parts.push(`Actualizaciones: ${web}`);
      return parts.join(' ');
    },
    abbreviate: (text, protect) => abbreviate(text, protect),
    easOriginator: (org) => ORIGINATOR[org],
    easRequired: ({ originator, areas, start, end, timeZone }) => {
      const endText = sameLocalDay(start, end, timeZone)
        ? `LAS ${clockLabel(end, timeZone)}`
        : `LAS ${clockLabel(end, timeZone)} DEL ${dateLabelEs(end, timeZone, true).toUpperCase()}`;
      return `${originator} HA EMITIDO UNA ALERTA AZUL PARA LOS SIGUIENTES CONDADOS/ÁREAS: ${areas}; A LAS ${clockLabel(start, timeZone)} DEL ${dateLabelEs(start, timeZone, true).toUpperCase()}, VIGENTE HASTA ${endText}.`;
    },
    messageFrom: (sender) => `Mensaje de ${sender}.`,
  };
}
