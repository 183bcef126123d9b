import * as z from 'zod/mini';
import { blueAlertRequestSchema } from './schema.js';
import { describeJsonSchema } from './descriptions.js';

/**
 * The JSON Schema (draft 2020-12) of a Blue Alert request, generated from the zod model, with a `description` (and
 * `examples`) on every property from `descriptions.ts`. The checked-in
 * `schemas/blue-alert-request.schema.json` is this object; a test fails when the two differ.
 *
 * @example
 * const schema = requestJsonSchema();
 * schema.title; //=> 'Blue Alert request'
 */
export function requestJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(blueAlertRequestSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  // help for editors, from src/request/descriptions.ts (a test fails for a property without it)
  describeJsonSchema(generated);
  return {
    $schema: generated['$schema'],
    $id: 'https://unpkg.com/blue-alert-cap/schemas/blue-alert-request.schema.json',
    title: 'Blue Alert request',
    description:
      'A request for a Blue Alert, as accepted by blue-alert-cap buildBlueAlert(). Field names follow the blue-alert-cap contract.',
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
  };
}
