/**
 * Which officer details the public may see (COPS Office Blue Alert guidance, ch. 7), and the officer object as
 * the public may see it with the list of what was withheld. Split from `redact.ts`, which re-exports it.
 */
import type { BlueAlertRequest, Officer } from '../request/schema.js';
import type { Redaction } from './redact.js';

/**
 * The officer details a missing-officer alert can release, one switch each.
 *
 * @example
 * const f: ReleasableField = 'lastKnownLocation';
 */
export type ReleasableField = 'name' | 'rank' | 'badge' | 'description' | 'vehicle' | 'lastKnownLocation' | 'photo';

/**
 * Which officer details the public may see.
 *
 * @example
 * const r: OfficerReleaseDecision = officerRelease(request);
 * r.name; //=> false unless approved
 */
export type OfficerReleaseDecision = Readonly<Record<ReleasableField, boolean>>;

export const IDENTITY_FIELDS: readonly ReleasableField[] = ['name', 'rank', 'badge', 'photo'];
export const CIRCUMSTANCE_FIELDS: readonly ReleasableField[] = ['description', 'vehicle', 'lastKnownLocation'];

/** Officer keys and the release switch that governs each; `undefined` = kept with any released officer detail. */
export const FIELD_OF_KEY: Readonly<Record<keyof Officer, ReleasableField | 'control' | 'agency'>> = {
  name: 'name',
  aliases: 'name',
  rank: 'rank',
  title: 'rank',
  badge: 'badge',
  photoUrl: 'photo',
  description: 'description',
  injuries: 'description',
  vehicle: 'vehicle',
  lastKnownLocation: 'lastKnownLocation',
  agency: 'agency',
  releaseApproved: 'control',
  release: 'control',
};

export const WHAT: Readonly<Record<ReleasableField, string>> = {
  name: 'name',
  rank: 'rank or title',
  badge: 'badge number',
  description: 'description',
  vehicle: 'vehicle',
  lastKnownLocation: 'last known location',
  photo: 'photo',
};

/**
 * Decides which officer details may be published.
 *
 * For every event except `officer-missing`, nothing is released. For `officer-missing` (the agency decides,
 * COPS guidance ch. 7), each field is decided in this order, first answer wins:
 * 1. `officer.release.<field>` when it is given (`true` or `false`): the finer list always wins, in both
 *    directions (it can withhold the badge under a blanket approval, or release the name alone);
 * 2. for name (with aliases), rank (with title), badge and photo: `officer.releaseApproved === true`;
 * 3. otherwise the default: description (with injuries), vehicle and last known location are released (they help
 *    find the officer); name, rank, badge and photo are withheld.
 *
 * The officer's agency is kept for a missing officer. Rank on its own is never searched for in free text.
 *
 * @example
 * officerRelease({ ...request, event: 'officer-missing', officer: { name: 'Ann Lee', releaseApproved: true, release: { badge: false } } });
 * //=> { name: true, rank: true, badge: false, photo: true, description: true, vehicle: true, lastKnownLocation: true }
 */
export function officerRelease(request: BlueAlertRequest): OfficerReleaseDecision {
  const officer = request.officer;
  const missing = request.event === 'officer-missing';
  const decide = (f: ReleasableField): boolean => {
    if (!missing || officer === undefined) return false;
    const explicit = officer.release?.[f];
    if (explicit !== undefined) return explicit;
    if (IDENTITY_FIELDS.includes(f)) return officer.releaseApproved === true;
    return CIRCUMSTANCE_FIELDS.includes(f);
  };
  return {
    name: decide('name'),
    rank: decide('rank'),
    badge: decide('badge'),
    description: decide('description'),
    vehicle: decide('vehicle'),
    lastKnownLocation: decide('lastKnownLocation'),
    photo: decide('photo'),
  };
}

/** The officer as the public may see it, and what was withheld. */
export function publicOfficer(request: BlueAlertRequest): { officer: Officer | undefined; redactions: Redaction[] } {
  const officer = request.officer;
  if (officer === undefined) return { officer: undefined, redactions: [] };
  const redactions: Redaction[] = [];
  if (request.event !== 'officer-missing') {
    for (const key of Object.keys(officer) as (keyof Officer)[]) {
      if (FIELD_OF_KEY[key] === 'control') continue;
      redactions.push({
        path: `officer.${key}`,
        reason: `Officer identity is not released for ${request.event} alerts (COPS Blue Alert guidance, ch. 7); only an officer-missing alert may release approved details.`,
      });
    }
    return { officer: undefined, redactions };
  }
  const release = officerRelease(request);
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(officer) as [keyof Officer, unknown][]) {
    const field = FIELD_OF_KEY[key];
    if (field === 'control' || field === 'agency' || release[field]) {
      kept[key] = value;
      continue;
    }
    const how = IDENTITY_FIELDS.includes(field)
      ? `set officer.release.${field} or officer.releaseApproved to true when the investigating agency approves`
      : `officer.release.${field} is false`;
    redactions.push({
      path: `officer.${key}`,
      reason: `Withheld: the officer is missing but release of the ${WHAT[field]} is not approved (${how}).`,
    });
  }
  return { officer: kept as Officer, redactions };
}
