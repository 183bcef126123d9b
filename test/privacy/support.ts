import type { BlueAlertRequestInput } from '../../src/index.js';
/** Shared helpers for the privacy tests: a request around a summary, and the public text of a field. */
import { redactForPublic, type RedactResult } from '../../src/redaction/redact.js';
import { buildBlueAlert, type BlueAlertMessage } from '../../src/build.js';

export const NOW = '2026-11-22T14:20:00-07:00';

export interface Shape {
  officer?: Record<string, unknown>;
  summary?: string;
  event?: string;
  extra?: Record<string, unknown>;
}

/** A complete request whose free text is `summary`; the officer is Daniel Okafor, badge 4471 unless given. */
export function requestWith(shape: Shape = {}): Record<string, unknown> {
  return {
    event: shape.event ?? 'officer-killed',
    status: 'Exercise',
    issuer: { name: 'Colorado Bureau of Investigation', sender: 'cbi.bluealert@state.co.us', timeZone: 'America/Denver' },
    requestingAgency: { name: 'Denver Police Department' },
    criteria: { requestedByPrimaryAgency: true, officerStatusConfirmed: true, suspectApprehended: false, sufficientSuspectDescription: true },
    incident: { summary: shape.summary ?? 'An officer was shot.' },
    officer: { name: 'Daniel Okafor', badge: '4471', ...(shape.officer ?? {}) },
    area: { same: ['008031'] },
    durationHours: 6,
    ...(shape.extra ?? {}),
  };
}

/** The public summary for a summary written with the given officer. */
export function publicSummary(summary: string, officer?: Record<string, unknown>): string | undefined {
  return redactForPublic(requestWith({ summary, ...(officer === undefined ? {} : { officer }) })).request.incident.summary;
}

/** The redaction result for a request. */
export function redacted(shape: Shape): RedactResult {
  return redactForPublic(requestWith(shape));
}

/** A public build of a request. */
export function build(shape: Shape, options: Record<string, unknown> = {}): BlueAlertMessage {
  return buildBlueAlert(requestWith(shape) as unknown as BlueAlertRequestInput, { now: NOW, identifier: 'PRIV-1', ...options });
}

/** Every string of a build result (except the CAP model, which the XML carries). */
export function allPublicText(m: BlueAlertMessage): string {
  const { alert: _a, ...rest } = m;
  return JSON.stringify(rest);
}
