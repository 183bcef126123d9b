/**
 * State names as a reader or a listener needs them: the Spanish names of US states and territories, and the
 * states of Mexico by their plate abbreviations ("NL", "CHIH", "SON") in English and Spanish (reader review 19t:
 * "NL plate" read as letters, "placa de South Carolina", "placa Chihuahua").
 */
import type { Vehicle } from '../request/schema.js';
import { isStateName, stateByAbbr } from '../area/codes.js';
import { table } from '../table.js';

/**
 * Spanish names of the states and territories whose Spanish name differs from the English one.
 *
 * @example
 * STATE_ES['South Carolina']; //=> 'Carolina del Sur'
 */
export const STATE_ES: Readonly<Record<string, string>> = table({
  'New Mexico': 'Nuevo México', 'New York': 'Nueva York', 'New Jersey': 'Nueva Jersey', 'New Hampshire': 'Nuevo Hampshire',
  'North Carolina': 'Carolina del Norte', 'South Carolina': 'Carolina del Sur', 'North Dakota': 'Dakota del Norte',
  'South Dakota': 'Dakota del Sur', Pennsylvania: 'Pensilvania', Hawaii: 'Hawái', Louisiana: 'Luisiana',
  'West Virginia': 'Virginia Occidental', 'District of Columbia': 'Distrito de Columbia', 'Virgin Islands': 'Islas Vírgenes',
  'Northern Mariana Islands': 'Islas Marianas del Norte', 'American Samoa': 'Samoa Americana', Michigan: 'Míchigan', Oregon: 'Oregón',
});

/** A state of Mexico: its name in English and in Spanish. */
interface MexicanState {
  readonly en: string;
  readonly es: string;
}

/** The states of Mexico: plate abbreviations (and other common ones), then the English and Spanish names. */
const MEXICO: readonly (readonly [string, string, string])[] = [
  ['AGS', 'Aguascalientes', 'Aguascalientes'], ['BC', 'Baja California', 'Baja California'], ['BCS', 'Baja California Sur', 'Baja California Sur'],
  ['CAMP', 'Campeche', 'Campeche'], ['CHIS', 'Chiapas', 'Chiapas'], ['CHIH', 'Chihuahua', 'Chihuahua'], ['COAH', 'Coahuila', 'Coahuila'],
  ['COL', 'Colima', 'Colima'], ['CDMX', 'Mexico City', 'Ciudad de México'], ['DF', 'Mexico City', 'Ciudad de México'], ['DGO', 'Durango', 'Durango'],
  ['GTO', 'Guanajuato', 'Guanajuato'], ['GRO', 'Guerrero', 'Guerrero'], ['HGO', 'Hidalgo', 'Hidalgo'], ['JAL', 'Jalisco', 'Jalisco'],
  ['EDOMEX', 'State of Mexico', 'Estado de México'], ['MICH', 'Michoacan', 'Michoacán'], ['MOR', 'Morelos', 'Morelos'], ['NAY', 'Nayarit', 'Nayarit'],
  ['NL', 'Nuevo Leon', 'Nuevo León'], ['OAX', 'Oaxaca', 'Oaxaca'], ['PUE', 'Puebla', 'Puebla'], ['QRO', 'Queretaro', 'Querétaro'],
  ['QROO', 'Quintana Roo', 'Quintana Roo'], ['SLP', 'San Luis Potosi', 'San Luis Potosí'], ['SIN', 'Sinaloa', 'Sinaloa'], ['SON', 'Sonora', 'Sonora'],
  ['TAB', 'Tabasco', 'Tabasco'], ['TAMPS', 'Tamaulipas', 'Tamaulipas'], ['TAMS', 'Tamaulipas', 'Tamaulipas'], ['TLAX', 'Tlaxcala', 'Tlaxcala'],
  ['VER', 'Veracruz', 'Veracruz'], ['YUC', 'Yucatan', 'Yucatán'], ['ZAC', 'Zacatecas', 'Zacatecas'],
];

/** Folded (upper case, no accents, no dots) abbreviation or name -> the state. */
const MEXICAN_STATE: ReadonlyMap<string, MexicanState> = new Map(
  MEXICO.flatMap(([code, en, es]) => [[code, { en, es }], [fold(en), { en, es }], [fold(es), { en, es }]] as const),
);

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/\./g, '').trim().toUpperCase();
}

/**
 * The state of Mexico a plate's state names, by its abbreviation or its name, in any case and with or without
 * accents; `undefined` for anything else (a US state's code is not Mexico's: "CO" is Colorado).
 *
 * @example
 * mexicanState('NL')?.es; //=> 'Nuevo León'
 * mexicanState('chihuahua')?.en; //=> 'Chihuahua'
 * mexicanState('CO'); //=> undefined
 */
export function mexicanState(state: string): MexicanState | undefined {
  return MEXICAN_STATE.get(fold(state));
}

/**
 * The Spanish name of a US state or territory given by its English name ("South Carolina" -> "Carolina del
 * Sur"); the name itself when Spanish writes it the same ("Texas").
 *
 * @example
 * stateNameEs('New Mexico'); //=> 'Nuevo México'
 * stateNameEs('Texas'); //=> 'Texas'
 */
export function stateNameEs(name: string): string {
  return STATE_ES[name] ?? name;
}

/**
 * The state a plate is from as a Spanish listener hears it: a US code or a Mexican state by name, in Spanish
 * ("SC" -> "Carolina del Sur", "NL" -> "Nuevo León", "CHIH" -> "Chihuahua"); `undefined` when it names neither.
 *
 * @example
 * plateStateEs('SC'); //=> 'Carolina del Sur'
 * plateStateEs('NL'); //=> 'Nuevo León'
 */
export function plateStateEs(state: string): string | undefined {
  const us = /^[A-Z]{2}$/.test(state) ? stateByAbbr(state)?.name : undefined;
  if (us !== undefined) return stateNameEs(us);
  return mexicanState(state)?.es ?? (state.length > 2 && isStateName(state) ? stateNameEs(state) : undefined);
}

/**
 * A plate in Spanish: "placa", "parcial", the state and the number. A US state's code stays a code for the eye
 * ("placa TX ABC1234"; the read-aloud text says "placa de Texas"); a state written by name, or a Mexican state,
 * takes "de" and its Spanish name ("placa de Chihuahua EHJ-442-A", "placa de Nuevo León RZ-12-345", "placa de
 * Carolina del Sur QRT 558": reader review 19t, "placa Chihuahua").
 *
 * @example
 * plateEs({ state: 'CHIH', number: 'EHJ-442-A' }); //=> 'placa de Chihuahua EHJ-442-A'
 * plateEs({ state: 'AZ', number: '1A2B3C', partial: true }); //=> 'placa parcial AZ 1A2B3C'
 * plateEs({ state: 'PR', number: 'JLM-382' }, 'tablilla'); //=> 'tablilla PR JLM-382'
 */
export function plateEs(p: NonNullable<Vehicle['plate']>, word = 'placa'): string {
  const s = p.state?.trim();
  const state = s === undefined || s === '' ? '' : /^[A-Z]{2}$/.test(s) && stateByAbbr(s) !== undefined ? `${s} ` : `de ${plateStateEs(s) ?? s} `;
  return `${word} ${p.partial === true ? 'parcial ' : ''}${state}${p.number}`;
}
