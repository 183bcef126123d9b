/**
 * Update: a new message (msgType `Update`) built from a new request, referencing every earlier unexpired message.
 */
import { buildFromParsed, type BlueAlertMessage, type BuildOptions } from '../build.js';
import { parseRequest } from '../request/parse.js';
import type { BlueAlertRequestInput, Officer } from '../request/schema.js';
import { originalRequest } from '../privacy/lifecycle-check.js';
import { BlueAlertError, isNonEmpty, issue, type BlueAlertIssue } from '../errors.js';
import { resolveNow } from '../time/expiry.js';
import { scrubRawIssues } from '../privacy/scrub.js';
import { notBlueAlertIssue, resolveChain, type PreviousMessages } from './chain.js';

/**
 * Options of `updateBlueAlert`: the build options, plus the earlier request(s) of the chain, used only to know
 * the officer's identity (withheld from the Update too, and checked in its free text).
 *
 * @example
 * const o: UpdateOptions = { now: '2026-11-22T15:05:00-07:00', previousRequest: originalRequest };
 */
export interface UpdateOptions extends BuildOptions {
  readonly previousRequest?: BlueAlertRequestInput | readonly BlueAlertRequestInput[];
}

/**
 * The result of `updateBlueAlert`: a build result, plus the references it carries.
 *
 * @example
 * const u: BlueAlertUpdate = updateBlueAlert(original.xml, request, { now: '2026-11-22T15:00:00-07:00' });
 * u.references; //=> ['cbi.bluealert@state.co.us,CBI-1,2026-11-22T14:20:00-07:00']
 */
export interface BlueAlertUpdate extends BlueAlertMessage {
  readonly references: readonly string[];
}

/**
 * Builds an `Update` of a Blue Alert from a new request (new vehicle, new direction…). `previous` is the earlier
 * message or the chain (XML, parsed `CapAlert`s or build results, mixed). The Update gets a new identifier, the
 * same sender, category and eventCode, and `references` listing every earlier message not yet expired at its
 * `sent`. Throws `BlueAlertError` for a bad request, a chain that mixes senders or has all expired, or a
 * request whose sender or status differs from the chain's.
 *
 * @example
 * const original = buildBlueAlert(request, { now: '2026-11-22T14:20:00-07:00' });
 * const update = updateBlueAlert(original.xml, { ...request, suspects: [newSuspect] }, { now: '2026-11-22T15:05:00-07:00' });
 * update.alert.msgType;   //=> 'Update'
 * update.alert.references; //=> [`${original.alert.sender},${original.identifier},${original.sent}`]
 */
export function updateBlueAlert(
  previous: PreviousMessages,
  request: BlueAlertRequestInput | unknown,
  options: UpdateOptions = {},
): BlueAlertUpdate {
  const parsed = parseRequest(request);
  if (!parsed.success) throw new BlueAlertError(scrubRawIssues(parsed.issues, request, options.redactTerms));
  const now = resolveNow(options.now);
  if (!(now instanceof Date)) throw new BlueAlertError([now]);
  const chain = resolveChain(previous, now);
  const errors: BlueAlertIssue[] = [];
  if (parsed.data.issuer.sender !== chain.sender) {
    errors.push(
      issue('chain_mixed_senders', 'issuer.sender', `An Update must come from the sender of the alert it updates (${chain.sender}).`),
    );
  }
  if (parsed.data.status !== chain.latest.alert.status) {
    errors.push(
      issue('chain_invalid', 'status', `The earlier message is ${chain.latest.alert.status}; an Update must have the same status.`),
    );
  }
  const notBlue = notBlueAlertIssue(chain, 'an Update');
  if (notBlue !== undefined) errors.push(notBlue);
  if (options.identifier !== undefined && chain.messages.some((m) => m.alert.identifier === options.identifier)) {
    errors.push(issue('invalid_identifier', 'options.identifier', 'An Update needs a new identifier; this one is already used in the chain.'));
  }
  const earlier: Officer[] = [];
  if (options.previousRequest !== undefined) {
    const list: readonly unknown[] = Array.isArray(options.previousRequest) ? options.previousRequest : [options.previousRequest];
    list.forEach((raw, i) => {
      const r = originalRequest(raw, Array.isArray(options.previousRequest) ? `options.previousRequest[${i}]` : 'options.previousRequest');
      if (!r.ok) errors.push(...r.issues);
      else if (r.request.officer !== undefined) earlier.push(r.request.officer);
    });
  }
  if (isNonEmpty(errors)) throw new BlueAlertError(errors);
  const { previousRequest: _previous, ...buildOptions } = options;
  const message = buildFromParsed(parsed.data, { ...buildOptions, now }, {
    msgType: 'Update',
    references: chain.references,
    ...(earlier.length === 0 ? {} : { alsoWithhold: earlier }),
  });
  return { ...message, references: chain.references, warnings: [...message.warnings, ...chain.warnings] };
}
