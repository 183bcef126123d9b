/**
 * Officer identity under keys the request model does not have (red team 13: `officer.fullName` and
 * `officer.badgeNumber` failed validation, so the name and badge were never read and every other error quoted
 * them). A request that does not parse is scrubbed with what its `officer` block holds, whatever the keys.
 */

/** The officer keys of the request model; `name`, `badge` and `aliases` are read as such where they are used. */
const MODEL_KEYS: ReadonlySet<string> = new Set([
  'name', 'badge', 'aliases', 'rank', 'title', 'agency', 'injuries', 'description', 'vehicle', 'lastKnownLocation',
  'photoUrl', 'releaseApproved', 'release',
]);

/** The strings and numbers inside a value, a few levels deep and a few dozen at most (each cut to 200 characters). */
function leaves(v: unknown, out: string[], depth: number): string[] {
  if (out.length >= 40 || depth > 4) return out;
  if (typeof v === 'string') out.push(v.slice(0, 200));
  else if (typeof v === 'number' && Number.isFinite(v)) out.push(String(v));
  else if (Array.isArray(v)) for (const x of v.slice(0, 20)) leaves(x, out, depth + 1);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v).slice(0, 40)) leaves(x, out, depth + 1);
  return out;
}

/**
 * The identity candidates of a raw `officer` block under keys the model does not have (`fullName`, `surname`,
 * `badgeNumber`, `id`): a value with a digit is read as a badge (and each run of 3+ digits in it), any other with a
 * letter as a name. The model's own
 * keys (rank, agency, a description…) are not identity and are not read; nor is anything that is no object.
 *
 * @example
 * misnamedOfficerIdentity({ fullName: 'Daniel Okafor', badgeNumber: 4471, rank: 'Officer' });
 * //=> { names: ['Daniel Okafor'], badges: ['4471'] }
 */
export function misnamedOfficerIdentity(officer: unknown): { names: string[]; badges: string[] } {
  const names: string[] = [];
  const badges: string[] = [];
  if (officer === null || typeof officer !== 'object' || Array.isArray(officer)) return { names, badges };
  for (const [key, value] of Object.entries(officer as Record<string, unknown>).slice(0, 40)) {
    if (MODEL_KEYS.has(key)) continue;
    for (const leaf of leaves(value, [], 0)) {
      const text = leaf.trim();
      // a badge with its label or other words ("No. 4471 (Denver)"): also each run of three digits or more
      if (/\p{N}/u.test(text)) badges.push(text, ...(text.match(/\d{3,}/g) ?? []).filter((d) => d !== text));
      else if (/\p{L}/u.test(text) && text.length >= 2) names.push(text);
    }
  }
  return { names, badges };
}
