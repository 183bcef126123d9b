/**
 * Officer privacy. (First version: drops the officer object unless the officer is missing; the privacy issue
 * completes free-text scanning.)
 */
import type { BlueAlertRequest } from '../request/schema.js';

/**
 * One thing removed from the public view of a request.
 *
 * @example
 * const r: Redaction = { path: 'officer.name', reason: 'Officer identity is not released for officer-killed alerts.' };
 */
export interface Redaction {
  readonly path: string;
  readonly reason: string;
}

/**
 * Options for redaction.
 *
 * @example
 * const o: RedactOptions = { extraTerms: ['Unit 12'] };
 */
export interface RedactOptions {
  /** More words or phrases to remove from every free-text field. */
  readonly extraTerms?: readonly string[];
}

/**
 * The public view of a parsed request and what was removed.
 */
export function redactParsed(
  request: BlueAlertRequest,
  _options: RedactOptions = {},
): { request: BlueAlertRequest; redactions: Redaction[] } {
  if (request.officer === undefined || request.event === 'officer-missing') return { request, redactions: [] };
  const { officer, ...rest } = request;
  const redactions = Object.keys(officer).map((k) => ({ path: `officer.${k}`, reason: 'Officer identity is not released.' }));
  return { request: rest as BlueAlertRequest, redactions };
}

/**
 * Every piece of officer identity that must not appear in public output (for the final leak check).
 */
export function identityTerms(_request: BlueAlertRequest): string[] {
  return [];
}
