/**
 * A chain of earlier messages (Alert, Updates) and the `references` a new Update or Cancel must carry: every
 * related message that has not expired, as `sender,identifier,sent` copied exactly (IPAWS profile v1.0).
 */
import type { CapAlert } from '../cap/model.js';
import { BLUE_ALERT_SAME_CODE } from '../cap/blue-alert-model.js';
import { CapParseError, parseCap } from '../cap/parse.js';
import { LIMITS } from '../limits.js';
import { BlueAlertError, isNonEmpty, issue, type BlueAlertIssue, type BlueAlertWarning } from '../errors.js';
import { readChainDate, type ChainDate } from './chain-dates.js';

/**
 * One earlier message: CAP XML, a parsed `CapAlert`, or a build result (anything with an `alert`).
 *
 * @example
 * const p: PreviousMessage = original.xml;
 */
export type PreviousMessage = string | CapAlert | { readonly alert: CapAlert };

/**
 * One earlier message or the chain of them, in any order; XML and parsed messages may be mixed.
 *
 * @example
 * const chain: PreviousMessages = [original.xml, update1.alert, update2];
 */
export type PreviousMessages = PreviousMessage | readonly PreviousMessage[];

/**
 * A message of the chain, as read.
 *
 * @example
 * const m: ChainMessage = resolveChain(previous, now).messages[0];
 */
export interface ChainMessage {
  readonly alert: CapAlert;
  /** The path of the message in the `previous` argument, e.g. `previous[1]`. */
  readonly path: string;
  readonly sent: Date;
  /** The latest `expires` of its `<info>` blocks; `undefined` when none is given. */
  readonly expires?: Date;
  /** That `expires` as read (its offset, its CAP 1.2 text); set when `expires` is. */
  readonly expiresAt?: ChainDate;
  /** `sender,identifier,sent`, copied exactly (white space around `sent` collapsed; a `Z` written `-00:00`). */
  readonly reference: string;
}

/**
 * The chain resolved against the new message's send time.
 *
 * @example
 * const chain: ResolvedChain = resolveChain([original.xml, update.xml], new Date('2026-11-22T22:00:00Z'));
 * chain.references; //=> ['cbi.bluealert@state.co.us,CBI-1,2026-11-22T14:20:00-07:00', …]
 */
export interface ResolvedChain {
  /** The messages given, oldest first. */
  readonly messages: readonly ChainMessage[];
  /** The most recent message (the one an Update or Cancel follows). */
  readonly latest: ChainMessage;
  readonly sender: string;
  /** What the new message references, oldest first. */
  readonly references: readonly string[];
  /** The latest expiry among the messages that have not expired. */
  readonly expires?: ChainMessage;
  readonly warnings: readonly BlueAlertWarning[];
}

function isCapAlert(v: unknown): v is CapAlert {
  return typeof v === 'object' && v !== null && typeof (v as CapAlert).identifier === 'string' && Array.isArray((v as CapAlert).info);
}

function readOne(p: unknown, path: string): CapAlert | BlueAlertIssue {
  if (typeof p === 'string') {
    try {
      return parseCap(p);
    } catch (e) {
      const why =
        e instanceof CapParseError ? `${e.message} (${e.code})` : e instanceof BlueAlertError ? e.issues[0].message : 'it is not well-formed CAP 1.2 XML.';
      return issue('chain_invalid', path, `Could not read this earlier message: ${why}`);
    }
  }
  if (isCapAlert(p)) return p;
  if (typeof p === 'object' && p !== null && isCapAlert((p as { alert?: unknown }).alert)) return (p as { alert: CapAlert }).alert;
  return issue('chain_invalid', path, 'An earlier message must be CAP XML text, a parsed CapAlert, or a build result.');
}

/** Splits a `sender,identifier,sent` reference into its parts (`undefined` when it has not three parts). */
function splitReference(ref: string): { sender: string; identifier: string; sent: string } | undefined {
  const parts = ref.split(',');
  if (parts.length !== 3) return undefined;
  const [sender, identifier, sent] = parts as [string, string, string];
  return { sender, identifier, sent };
}

/**
 * The latest `expires` of a message, read as validateCap reads it (review 24 V1: white space around it or
 * `T24:00:00` made it be ignored, so an expired chain was cancelled); one not in the CAP 1.2 form is named.
 */
function latestExpiry(alert: CapAlert, path: string, warnings: BlueAlertWarning[]): ChainDate | undefined {
  let out: ChainDate | undefined;
  alert.info.forEach((info, i) => {
    const d = info.expires === undefined ? undefined : readChainDate(info.expires);
    if (d === undefined) return;
    if (!d.asWritten) warnings.push(notCapDate(path, `/alert/info[${i + 1}]/expires`, info.expires ?? '', d));
    if (out === undefined || d.ms > out.ms) out = d;
  });
  return out;
}

/** A warning for a date-time of an earlier message that CAP 1.2 refuses (`Z`, fractions): it is read, and rewritten. */
function notCapDate(path: string, element: string, raw: string, d: ChainDate): BlueAlertWarning {
  return warning(
    'chain_invalid',
    path,
    `${element} is "${raw.trim()}", not a CAP 1.2 date-time (CAP writes UTC as "-00:00" and has no fractions of a second); read as the instant ${d.text}, and written in the CAP form in the new message.`,
  );
}

function warning(code: BlueAlertIssue['code'], path: string, message: string): BlueAlertWarning {
  return { code, path, message };
}

/**
 * Reads the earlier messages and works out what a new Update or Cancel sent at `sent` must reference. Throws
 * `BlueAlertError` (paths like `previous[1]`) when a message cannot be read, the senders differ, the chain was
 * already cancelled, a message was sent after `sent`, or every message has expired.
 *
 * References are the given messages that have not expired at `sent`, plus the earlier messages they reference
 * that were not given (their expiry is unknown, so they are kept). Given messages that have expired are left
 * out with a `reference_expired_dropped` warning.
 *
 * @example
 * const chain = resolveChain([original.xml, update.xml], new Date('2026-11-22T23:00:00Z'));
 * chain.references.length; //=> 2
 */
export function resolveChain(previous: PreviousMessages, sent: Date, basePath = 'previous'): ResolvedChain {
  const list: readonly unknown[] = Array.isArray(previous) ? previous : [previous];
  const pathOf = (i: number): string => (Array.isArray(previous) ? `${basePath}[${i}]` : basePath);
  checkChainSize(list, basePath);
  const readWarnings: BlueAlertWarning[] = [];
  const read = readMessages(list, pathOf, readWarnings);
  const first = read[0];
  if (first === undefined) throw new BlueAlertError([issue('chain_invalid', basePath, 'Give at least one earlier message.')]);
  const sender = first.alert.sender;
  const errors = consistencyIssues(read, sender, sent, pathOf(0));
  if (isNonEmpty(errors)) throw new BlueAlertError(errors);

  // one entry per message (the same message may be given twice, or as both XML and object)
  const byRef = new Map<string, ChainMessage>();
  for (const m of read) if (!byRef.has(m.reference)) byRef.set(m.reference, m);
  const messages = [...byRef.values()].sort((a, b) => a.sent.getTime() - b.sent.getTime());
  const alive = messages.filter((m) => m.expires === undefined || m.expires.getTime() > sent.getTime());
  if (!isNonEmpty(alive)) {
    throw new BlueAlertError([
      issue(
        'chain_expired',
        basePath,
        'Every message of this chain has expired, so there is nothing to update or cancel. Issue a new Alert instead.',
      ),
    ]);
  }
  const warnings: BlueAlertWarning[] = [...readWarnings];
  warnings.push(...messages
    .filter((m) => !alive.includes(m))
    .map((m) => warning('reference_expired_dropped', m.path, `Not referenced: it expired before the new message is sent (${m.alert.sent}).`)));
  const carried = carriedReferences(messages, byRef, warnings);
  const references = [
    ...[...carried.entries()].map(([ref, t]) => ({ ref, t })),
    ...alive.map((m) => ({ ref: m.reference, t: m.sent.getTime() })),
  ]
    .sort((a, b) => a.t - b.t)
    .map((x) => x.ref);

  let expires: ChainMessage | undefined;
  for (const m of alive) {
    if (m.expires !== undefined && (expires?.expires === undefined || m.expires.getTime() > expires.expires.getTime())) expires = m;
  }
  const latest = messages[messages.length - 1] ?? first;
  return { messages, latest, sender, references, ...(expires === undefined ? {} : { expires }), warnings };
}

/** Refuses an empty chain, too many messages, or too much XML, before any is read. */
function checkChainSize(list: readonly unknown[], basePath: string): void {
  if (list.length === 0) {
    throw new BlueAlertError([issue('chain_invalid', basePath, 'Give at least one earlier message (the Alert, or the chain of Alert and Updates).')]);
  }
  if (list.length > LIMITS.previousMessages) {
    throw new BlueAlertError([
      issue('input_too_large', basePath, `${list.length} earlier messages were given; the limit is ${LIMITS.previousMessages} (LIMITS.previousMessages). Give the messages of one alert: the Alert and its Updates.`),
    ]);
  }
  // XML text is measured before any is read (a parsed message or a build result costs nothing more to read)
  let bytes = 0;
  for (const p of list) bytes += typeof p === 'string' ? p.length : p instanceof Uint8Array ? p.byteLength : 0;
  if (bytes > LIMITS.previousMessagesBytes) {
    throw new BlueAlertError([
      issue('input_too_large', basePath, `The earlier messages hold ${bytes} characters of XML together; the limit is ${LIMITS.previousMessagesBytes} (LIMITS.previousMessagesBytes). Give the messages of one alert: the Alert and its Updates.`),
    ]);
  }
}

/** Reads every message; throws every unreadable one at once. */
function readMessages(list: readonly unknown[], pathOf: (i: number) => string, warnings: BlueAlertWarning[]): ChainMessage[] {
  const errors: BlueAlertIssue[] = [];
  const read: ChainMessage[] = [];
  list.forEach((p, i) => {
    const path = pathOf(i);
    const alert = readOne(p, path);
    if ('code' in alert && 'severity' in alert) {
      errors.push(alert);
      return;
    }
    // the validator's reading (review 24 V1): white space around <sent> and T24:00:00 are valid xs:dateTime
    const s = readChainDate(alert.sent);
    if (alert.identifier.trim() === '' || alert.sender.trim() === '' || s === undefined) {
      errors.push(issue('chain_invalid', path, 'An earlier message needs an identifier, a sender and a sent date-time with a zone.'));
      return;
    }
    if (!s.asWritten) warnings.push(notCapDate(path, '/alert/sent', alert.sent, s));
    const expiresAt = latestExpiry(alert, path, warnings);
    read.push({
      alert,
      path,
      sent: new Date(s.ms),
      ...(expiresAt === undefined ? {} : { expires: new Date(expiresAt.ms), expiresAt }),
      reference: `${alert.sender},${alert.identifier},${s.text}`,
    });
  });
  if (isNonEmpty(errors)) throw new BlueAlertError(errors);
  return read;
}

/** One sender throughout, no Cancel, nothing sent after `sent`. */
function consistencyIssues(read: readonly ChainMessage[], sender: string, sent: Date, firstPath: string): BlueAlertIssue[] {
  const errors: BlueAlertIssue[] = [];
  for (const m of read) {
    if (m.alert.sender !== sender) {
      errors.push(
        issue('chain_mixed_senders', m.path, `This message has another sender than ${firstPath}; a chain must come from one sender. Give only the messages of one alert.`),
      );
    }
    if (m.alert.msgType === 'Cancel') {
      errors.push(issue('chain_invalid', m.path, 'This message is a Cancel: the alert was already cancelled and cannot be updated or cancelled again.'));
    }
    if (m.sent.getTime() > sent.getTime()) {
      errors.push(issue('chain_invalid', m.path, `This message was sent (${m.alert.sent}) after the new message would be; check options.now.`));
    }
    (m.alert.references ?? []).forEach((ref, j) => {
      const parts = splitReference(ref);
      if (parts !== undefined && parts.sender !== sender) {
        errors.push(issue('chain_mixed_senders', `${m.path}.references[${j}]`, 'This reference names another sender; a chain must come from one sender.'));
      }
    });
  }
  return errors;
}

/** Earlier messages referenced by the chain but not given, with their sent time: kept (their expiry is unknown). */
function carriedReferences(messages: readonly ChainMessage[], byRef: ReadonlyMap<string, ChainMessage>, warnings: BlueAlertWarning[]): Map<string, number> {
  const carried = new Map<string, number>();
  for (const m of messages) {
    (m.alert.references ?? []).forEach((ref, j) => {
      const parts = splitReference(ref);
      const at = parts === undefined ? undefined : readChainDate(parts.sent);
      // a reference written with "Z" or a fraction is carried in the CAP 1.2 form (review 24 V3)
      const capRef = parts === undefined || at === undefined || at.asWritten ? ref : `${parts.sender},${parts.identifier},${at.text}`;
      if (byRef.has(capRef) || carried.has(capRef)) return;
      if (parts === undefined || at === undefined || parts.identifier === '') {
        warnings.push(
          warning('chain_invalid', `${m.path}.references[${j}]`, 'Not carried over: a reference must be "sender,identifier,sent" with a sent date-time and zone.'),
        );
        return;
      }
      carried.set(capRef, at.ms);
    });
  }
  return carried;
}

/**
 * An issue when the latest message of a chain is not a Blue Alert (category Security, SAME eventCode BLU): an
 * Update or a Cancel of this library only continues Blue Alerts.
 *
 * @example
 * notBlueAlertIssue(resolveChain([floodWarningXml], now), 'an Update'); //=> { code: 'chain_invalid', … }
 */
export function notBlueAlertIssue(chain: ResolvedChain, what: string): BlueAlertIssue | undefined {
  const info = chain.latest.alert.info[0];
  if (info === undefined) return undefined; // the callers say what a message without <info> means for them
  const eventCode = info.eventCode.find((c) => c.valueName === 'SAME')?.value;
  if (eventCode === BLUE_ALERT_SAME_CODE && info.category.includes('Security')) return undefined;
  return issue('chain_invalid', chain.latest.path, `The earlier message is not a Blue Alert (category Security, SAME eventCode BLU); ${what} must keep both.`);
}
