/**
 * What redaction takes and gives: its options, the public view of a request, what was removed and what was kept on
 * purpose. Split from `redact.ts`.
 */
import type { BlueAlertRequest } from '../request/schema.js';
import type { IdentityTermKind } from './matcher.js';
import type { PhraseLanguage } from './phrases.js';

/**
 * One thing removed from the public view of a request. `reason` never quotes what was removed.
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
 * const o: RedactOptions = { extraTerms: ['Unit 12', 'Okafor family'] };
 */
export interface RedactOptions {
  /** More words or phrases to remove from every text field (matched as whole words, case and accents folded). */
  readonly extraTerms?: readonly string[];
  /**
   * The language of the neutral phrases: `en` (default: "an officer", "the officer's") or `es` ("un agente",
   * "el agente", "del agente"). The text writer composes Spanish text from the `es` view.
   */
  readonly language?: PhraseLanguage;
}

/**
 * The public view of a request and the list of what was removed.
 *
 * @example
 * const { request, redactions }: RedactResult = redactForPublic(json);
 */
export interface RedactResult {
  readonly request: BlueAlertRequest;
  readonly redactions: Redaction[];
  /** What looked like identity and was kept on purpose (a place, a suspect's name, a vehicle make…), with why. */
  readonly kept: KeptIdentity[];
}

/**
 * Something that looks like officer identity and was deliberately kept in the public view, with the reason
 * (a place, a suspect's name, a vehicle make, a measurement …). Never quotes the value.
 *
 * @example
 * const k: KeptIdentity = { path: 'suspects[0].vehicle.make', termKind: 'name-part', reason: 'a value in a structured field (vehicle, description)' };
 */
export interface KeptIdentity {
  readonly path: string;
  readonly termKind: IdentityTermKind;
  readonly reason: string;
}

/**
 * What `redactParsed` returns inside the library: the public result plus, for the independent guard, the folded
 * phrases around each kept match (never published).
 *
 * @example
 * const d: DetailedRedaction = redactDetailed(parsed);
 */
export interface DetailedRedaction extends RedactResult {
  readonly keptWindows: readonly string[];
}
