/**
 * `blue-alert init <event>`: a request template to fill in. Every field a reviewer must decide is there, empty
 * (`""`) or `null`, so the template cannot be sent until it is filled: `blue-alert build` on it lists each field
 * still to fill, by its path. `$schema` points at the request's JSON Schema so editors show help and completion.
 */
import { unknownWord, UsageError } from './args.js';

/**
 * The events `init` knows, in the order the help lists them.
 *
 * @example
 * INIT_EVENTS.includes('officer-missing'); //=> true
 */
export const INIT_EVENTS = ['officer-killed', 'officer-injured', 'officer-attacked', 'imminent-threat', 'officer-missing'] as const;

/**
 * Where editors find the request's JSON Schema (the `$id` of `schemas/blue-alert-request.schema.json`).
 *
 * @example
 * const template = { $schema: REQUEST_SCHEMA_URL, event: 'officer-killed' };
 */
export const REQUEST_SCHEMA_URL = 'https://unpkg.com/blue-alert-cap/schemas/blue-alert-request.schema.json';

type InitEvent = (typeof INIT_EVENTS)[number];

/** The activation checklist of the national plan for each event: each answer is the reviewer's to give. */
const CRITERIA: Record<InitEvent, readonly string[]> = {
  'officer-killed': ['requestedByPrimaryAgency', 'officerStatusConfirmed', 'suspectApprehended', 'sufficientSuspectDescription'],
  'officer-injured': ['requestedByPrimaryAgency', 'officerStatusConfirmed', 'lifeThreateningInjury', 'suspectApprehended', 'sufficientSuspectDescription'],
  'officer-attacked': ['requestedByPrimaryAgency', 'officerStatusConfirmed', 'indicationOfSeriousInjuryOrDeath', 'suspectApprehended', 'sufficientSuspectDescription'],
  'imminent-threat': ['requestedByPrimaryAgency', 'threatImminentAndCredible', 'suspectWanted', 'suspectApprehended', 'sufficientSuspectDescription'],
  'officer-missing': ['requestedByPrimaryAgency', 'missingInConnectionWithDuties', 'indicationOfSeriousInjuryOrDeath', 'suspectApprehended', 'sufficientSuspectDescription'],
};

const person = () => ({ sex: '', race: '', age: '', height: '', weight: '', hair: '', eyes: '', clothing: '', marks: '' });
const vehicle = () => ({ year: '', make: '', model: '', color: '', type: '', plate: { state: '', number: '' }, features: '' });

/**
 * The template request for an event, as an object (`initTemplateJson` prints it).
 *
 * @example
 * initTemplate('officer-killed').event; //=> 'officer-killed'
 */
export function initTemplate(event: string): Record<string, unknown> {
  if (!(INIT_EVENTS as readonly string[]).includes(event)) {
    throw new UsageError(`init: ${unknownWord(event, INIT_EVENTS, 'event')}`);
  }
  const e = event as InitEvent;
  const officer: Record<string, unknown> = { name: '', badge: '', rank: '', agency: '' };
  if (e === 'officer-injured' || e === 'officer-attacked') officer['injuries'] = '';
  if (e === 'officer-missing') {
    Object.assign(officer, { description: person(), vehicle: vehicle(), lastKnownLocation: '', photoUrl: '', releaseApproved: null });
  }
  return {
    $schema: REQUEST_SCHEMA_URL,
    event: e,
    status: 'Actual',
    issuer: { name: '', sender: '', timeZone: '', web: '', phone: '' },
    requestingAgency: { name: '' },
    criteria: Object.fromEntries(CRITERIA[e].map((c) => [c, null])),
    incident: { occurredAt: '', location: '', summary: '' },
    officer,
    suspects: [
      {
        name: '',
        description: person(),
        vehicle: vehicle(),
        lastSeen: { at: '', location: '' },
        direction: '',
        weapons: '',
        armedAndDangerous: null,
      },
    ],
    area: { description: '', same: [''] },
    durationHours: null,
    languages: ['en-US'],
    wea: { enabled: true, handling: 'Imminent Threat' },
    eas: { enabled: true },
  };
}

/**
 * The template as printed by `blue-alert init <event>`: JSON, two-space indent, a final newline.
 *
 * @example
 * JSON.parse(initTemplateJson('officer-missing')).$schema; //=> 'https://unpkg.com/blue-alert-cap/schemas/blue-alert-request.schema.json'
 */
export function initTemplateJson(event: string): string {
  return `${JSON.stringify(initTemplate(event), null, 2)}\n`;
}
