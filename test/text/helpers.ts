/**
 * Shared helpers for the text tests: parse a request input and compose its text with fixed instants.
 */
import { blueAlertRequestSchema, type BlueAlertRequest, type BlueAlertRequestInput } from '../../src/request/schema.js';
import { composeText, type TextContext } from '../../src/text/compose.js';
import type { ResolvedArea } from '../../src/area/resolve.js';

export const SENT = new Date('2026-11-22T21:20:00Z'); // 2:20 PM MST
export const EXPIRES = new Date('2026-11-23T03:20:00Z'); // 8:20 PM MST

export const AREA: ResolvedArea = {
  same: ['008031', '008001'],
  polygons: [],
  circles: [],
  areaDesc: 'Denver, CO; Adams, CO',
  states: ['08'],
};

export const BASE: BlueAlertRequestInput = {
  event: 'officer-killed',
  issuer: {
    name: 'Colorado Bureau of Investigation',
    sender: 'cbi.bluealert@state.co.us',
    timeZone: 'America/Denver',
    web: 'https://cbi.colorado.gov/blue-alert',
    phone: '1-800-555-0100',
  },
  requestingAgency: { name: 'Denver Police Department' },
  incident: { occurredAt: '2026-11-22T14:05:00-07:00', location: 'W Colfax Ave and N Broadway, Denver' },
  suspects: [
    {
      name: 'Marcus Lee Hale',
      description: { sex: 'male', race: 'white', age: '30-35', height: '6 ft', weight: '180 lb', hair: 'brown', eyes: 'blue', clothing: 'black hoodie, jeans', marks: 'tattoo on neck' },
      vehicle: { year: 2015, make: 'Ford', model: 'F-150', color: 'gray', plate: { state: 'CO', number: 'ABC1234' }, features: 'dented tailgate' },
      lastSeen: { at: '2026-11-22T14:12:00-07:00', location: 'I-70 eastbound at Colorado Blvd' },
      direction: 'east',
      destinations: ['Kansas'],
      weapons: 'handgun',
      armedAndDangerous: true,
    },
  ],
  area: { description: 'Denver metro area', same: ['008031', '008001'] },
};

export function parse(input: BlueAlertRequestInput): BlueAlertRequest {
  return blueAlertRequestSchema.parse(input);
}

export function compose(input: BlueAlertRequestInput, ctx: Partial<Omit<TextContext, 'request'>> = {}): ReturnType<typeof composeText> {
  return composeText({
    request: parse(input),
    sent: ctx.sent ?? SENT,
    expires: ctx.expires ?? EXPIRES,
    area: ctx.area ?? AREA,
    ...(ctx.msgType === undefined ? {} : { msgType: ctx.msgType }),
  });
}
