/**
 * Reader-review cases (`cases/<round>/<id>.json`: a request and its build options) and their texts, for the review
 * tests of each round.
 */
import { readFileSync } from 'node:fs';
import { safeBuildBlueAlert } from '../../src/index.js';

/** A reader's case: the request and the options it was built with. */
export interface ReviewCase {
  readonly request: Record<string, any>;
  readonly options: Record<string, unknown>;
}

/** The case `id` of a review round ("rt21t"). */
export function loadCase(round: string, id: string): ReviewCase {
  return JSON.parse(readFileSync(new URL(`./cases/${round}/${id}.json`, import.meta.url), 'utf8')) as ReviewCase;
}

/** The texts a case builds; a refusal fails the test with its issues. */
export function buildTexts(c: ReviewCase) {
  const r = safeBuildBlueAlert(c.request, c.options as never);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data.text;
}
