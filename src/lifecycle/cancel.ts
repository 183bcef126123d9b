/**
 * Cancel: ends a Blue Alert. Built from the latest message of the chain (no request needed), with one `<info>`
 * per language so it passes the OASIS IPAWS profile schema (info with category, eventCode, expires, area).
 *
 * What IPAWS does with it: EAS devices log a Cancel and do not air it (ECIG §3.9); WEA stops rebroadcasting the
 * alert (a CMAC Cancel), and phones show no text for it. So the Cancel carries no WEAHandling or CMAM text; its
 * plain-words text is for CAP feeds, websites and apps. Urgency Past, severity Minor, certainty Observed and
 * responseType AllClear say the event no longer poses a threat.
 */
import type { CapAlert, CapInfo, CapValuePair } from '../cap/model.js';
import { IPAWS_PROFILE_CODE } from '../cap/blue-alert-model.js';
import { toCapXml } from '../cap/xml.js';
import { validateCapModel } from '../validate/validate.js';
import { CAP_TOKEN_PATTERN } from '../request/schema.js';
import { BlueAlertError, isNonEmpty, issue, type BlueAlertIssue, type BlueAlertWarning } from '../errors.js';
import { resolveNow } from '../time/expiry.js';
import { formatCapDateTime, isValidTimeZone, zoneOffsetMinutes } from '../time/zone.js';
import { capDateText, copiesAsWritten, readChainDate } from './chain-dates.js';
import { notBlueAlertIssue, resolveChain, type PreviousMessages } from './chain.js';
import { sameHeaderDetails } from './same-header.js';
import { lifecycleTextIssues, originalRequest } from '../privacy/lifecycle-check.js';
import { removeInvisible } from '../privacy/normalize.js';
import { stringTerms } from '../privacy/scrub.js';
import type { BlueAlertRequest, BlueAlertRequestInput } from '../request/schema.js';

/**
 * Why a Blue Alert is cancelled: the suspect was apprehended, the missing officer was located, or the words given.
 *
 * @example
 * const r: CancelReason = 'suspect-apprehended';
 */
export type CancelReason = 'suspect-apprehended' | 'officer-located' | (string & {});

/**
 * Options of `cancelBlueAlert`.
 *
 * @example
 * const o: CancelOptions = { reason: 'suspect-apprehended', now: '2026-11-22T18:40:00-07:00' };
 */
export interface CancelOptions {
  /** The send time; when given, the library never reads the clock. */
  readonly now?: Date | string;
  /** The CAP identifier; else one is generated. Must differ from every identifier of the chain. */
  readonly identifier?: string;
  /** Why the alert is cancelled; said in plain words in the text. */
  readonly reason?: CancelReason;
  /** The IANA zone to write `sent` in; by default the offset of the latest earlier message's `sent`. */
  readonly timeZone?: string;
  /** Words that must not appear in a free-text reason (officer identity); a match refuses the Cancel. */
  readonly redactTerms?: readonly string[];
  /**
   * The original request (or several, e.g. original and update), used only to know the officer's identity: a
   * free-text reason that names the officer in any form is refused. Without it, a reason naming a titled person
   * ("Officer X", "Sgt. Y") is refused. The CLI passes it with `--request FILE`.
   */
  readonly request?: BlueAlertRequestInput | readonly BlueAlertRequestInput[];
}

/**
 * The text of a Cancel in one language.
 *
 * @example
 * const t: CancelText = cancel.text;
 * t.headline; //=> 'Blue Alert cancelled'
 */
export interface CancelText {
  readonly headline: string;
  readonly description: string;
  readonly instruction: string;
}

/**
 * The result of `cancelBlueAlert`.
 *
 * @example
 * const c: BlueAlertCancel = cancelBlueAlert([original.xml, update.xml], { reason: 'suspect-apprehended' });
 * c.alert.msgType; //=> 'Cancel'
 */
export interface BlueAlertCancel {
  readonly xml: string;
  readonly identifier: string;
  readonly sent: string;
  readonly expires: string;
  readonly references: readonly string[];
  readonly text: CancelText & { readonly es?: CancelText };
  readonly sameHeader: string;
  readonly warnings: readonly BlueAlertWarning[];
  readonly alert: CapAlert;
}

const MAX_REASON = 500;

function sentence(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * The plain-words text of a Cancel: English, or Spanish for `es`.
 *
 * @example
 * cancelText('en-US', 'Colorado Bureau of Investigation', 'suspect-apprehended').description;
 * //=> 'The Blue Alert issued by Colorado Bureau of Investigation is cancelled. The suspect has been apprehended.'
 */
export function cancelText(language: string, senderName: string | undefined, reason: CancelReason | undefined): CancelText {
  const resolved = reason === 'suspect-apprehended' || reason === 'officer-located';
  if (language.toLowerCase().startsWith('es')) {
    const why =
      reason === 'suspect-apprehended'
        ? 'El sospechoso ha sido detenido.'
        : reason === 'officer-located'
          ? 'El oficial desaparecido ha sido localizado.'
          : reason === undefined
            ? 'La autoridad emisora ha dado por terminada la alerta.'
            : `Motivo: ${sentence(reason)}`;
    return {
      headline: 'Alerta Azul cancelada',
      description: `La Alerta Azul emitida por ${senderName ?? 'la autoridad emisora'} ha sido cancelada. ${why}`,
      instruction: resolved
        ? 'No se necesita ninguna otra acción. Gracias por su ayuda.'
        : 'La alerta ya no está vigente. Si tiene información, comuníquese con su agencia local del orden público.',
    };
  }
  const why =
    reason === 'suspect-apprehended'
      ? 'The suspect has been apprehended.'
      : reason === 'officer-located'
        ? 'The missing officer has been located.'
        : reason === undefined
          ? 'The issuing authority has ended the alert.'
          : `Reason: ${sentence(reason)}`;
  return {
    headline: 'Blue Alert cancelled',
    description: `The Blue Alert issued by ${senderName ?? 'the issuing authority'} is cancelled. ${why}`,
    instruction: resolved
      ? 'No further action is needed. Thank you for your help.'
      : 'The alert is no longer in effect. If you have information, contact your local law enforcement agency.',
  };
}

function generateIdentifier(sent: Date): string {
  const stamp = sent.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `BLU-${stamp}-${hex}-C`;
}

function checkReason(reason: unknown, terms: readonly string[], requests: readonly BlueAlertRequest[]): BlueAlertIssue[] {
  if (reason === undefined) return [];
  if (typeof reason !== 'string' || reason.trim() === '') {
    return [issue('invalid_value', 'options.reason', 'Give "suspect-apprehended", "officer-located" or a reason in words, or leave it out.')];
  }
  if (reason.length > MAX_REASON) {
    return [issue('too_big', 'options.reason', `A reason is at most ${MAX_REASON} characters; this one has ${reason.length}.`)];
  }
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(reason)) {
    return [issue('invalid_value', 'options.reason', 'A reason must not contain control characters.')];
  }
  if (reason === 'suspect-apprehended' || reason === 'officer-located') return [];
  // the officer's identity from the original request(s), and the caller's terms
  return lifecycleTextIssues(reason, 'options.reason', requests, terms);
}

function cancelRequests(option: CancelOptions['request']): { requests: BlueAlertRequest[]; issues: BlueAlertIssue[] } {
  if (option === undefined) return { requests: [], issues: [] };
  const list: readonly unknown[] = Array.isArray(option) ? option : [option];
  const requests: BlueAlertRequest[] = [];
  const issues: BlueAlertIssue[] = [];
  list.forEach((raw, i) => {
    const r = originalRequest(raw, Array.isArray(option) ? `options.request[${i}]` : 'options.request');
    if (r.ok) requests.push(r.request);
    else issues.push(...r.issues);
  });
  return { requests, issues };
}

/**
 * Cancels a Blue Alert. `previous` is the earlier message or the chain (XML, parsed `CapAlert`s or build results,
 * mixed). The Cancel has a new identifier, msgType `Cancel`, `references` to every earlier message not yet expired
 * (as `sender,identifier,sent` copied exactly), and the latest message's sender, status, scope, category, event,
 * eventCode, EAS-ORG, BLOCKCHANNELs and area; its text says in plain words that the Blue Alert is cancelled and
 * why. Its `expires` is the latest expiry of the chain. Throws `BlueAlertError` when the chain mixes senders, was
 * already cancelled or has all expired.
 *
 * @example
 * const cancel = cancelBlueAlert([original.xml, update.xml], { reason: 'suspect-apprehended', now: '2026-11-22T18:40:00-07:00' });
 * cancel.alert.msgType;       //=> 'Cancel'
 * cancel.text.description;    //=> 'The Blue Alert issued by Colorado Bureau of Investigation is cancelled. The suspect has been apprehended.'
 * cancel.references.length;   //=> 2
 */
export function cancelBlueAlert(previous: PreviousMessages, options: CancelOptions | null = {}): BlueAlertCancel {
  options ??= {};
  const now = resolveNow(options.now);
  const errors = cancelOptionIssues(options, now);
  if (isNonEmpty(errors) || !(now instanceof Date)) throw new BlueAlertError(isNonEmpty(errors) ? errors : [issue('invalid_now', 'options.now', 'Invalid now.')]);

  const chain = resolveChain(previous, now);
  if (options.identifier !== undefined && chain.messages.some((m) => m.alert.identifier === options.identifier)) {
    throw new BlueAlertError([issue('invalid_identifier', 'options.identifier', 'A Cancel needs a new identifier; this one is already used in the chain.')]);
  }
  const notBlue = notBlueAlertIssue(chain, 'a Cancel');
  if (notBlue !== undefined) throw new BlueAlertError([notBlue]);
  const latest = chain.latest.alert;
  const { sent, offset } = cancelSent(chain.latest.path, latest.sent, now, options.timeZone);

  // expires: the latest expiry of the chain, copied as written when IPAWS takes it so; else the same instant at
  // the Cancel's offset (review 24 V3: a "-00:00", "Z" or fractional expiry made the Cancel fail its own check);
  // with none, one hour on
  const until = chain.expires?.expiresAt;
  const expires =
    until === undefined ? capDateText(now.getTime() + 3_600_000, offset) : copiesAsWritten(until) ? until.text : capDateText(until.ms, offset);

  const reason = options.reason === undefined ? undefined : removeInvisible(options.reason).trim();
  const infos: CapInfo[] = [];
  const texts = new Map<string, CancelText>();
  latest.info.forEach((info) => {
    const language = info.language ?? 'en-US';
    const text = cancelText(language, info.senderName, reason);
    const key = language.toLowerCase().startsWith('es') ? 'es' : 'en';
    if (!texts.has(key)) texts.set(key, text);
    infos.push(cancelInfo(info, text, expires));
  });
  if (!isNonEmpty(infos)) {
    throw new BlueAlertError([
      issue('chain_invalid', chain.latest.path, 'The latest earlier message has no <info>; a Cancel for IPAWS copies its category, eventCode and area.'),
    ]);
  }
  const en = texts.get('en') ?? cancelText('en-US', latest.info[0]?.senderName, reason);
  const es = texts.get('es');
  const identifier = options.identifier ?? generateIdentifier(now);
  const alert: CapAlert = {
    identifier,
    sender: latest.sender,
    sent,
    status: latest.status,
    msgType: 'Cancel',
    ...(latest.source === undefined ? {} : { source: latest.source }),
    scope: latest.scope,
    ...(latest.restriction === undefined ? {} : { restriction: latest.restriction }),
    ...(latest.addresses === undefined ? {} : { addresses: latest.addresses }),
    code: latest.code.includes(IPAWS_PROFILE_CODE) ? latest.code : [...latest.code, IPAWS_PROFILE_CODE],
    note: en.description,
    references: chain.references,
    ...(latest.incidents === undefined ? {} : { incidents: latest.incidents }),
    info: infos,
  };
  const capErrors = validateCapModel(alert, { profile: 'ipaws' }).filter((i) => i.severity === 'error');
  if (isNonEmpty(capErrors)) {
    throw new BlueAlertError(
      // what is copied from the earlier message is named there, not at a path of a message the caller never sees (review 24 V3)
      capErrors.map((c) =>
        issue('chain_invalid', chain.latest.path, `A Cancel copies this message's sender, scope, codes and area, and would not be valid IPAWS CAP at ${c.path}: ${c.message} (${c.code}). Check the earlier message with validateCap.`),
      ) as [BlueAlertIssue, ...BlueAlertIssue[]],
    );
  }
  const same = sameHeaderDetails(alert);
  return {
    xml: toCapXml(alert),
    identifier,
    sent,
    expires,
    references: chain.references,
    text: es === undefined ? en : { ...en, es },
    sameHeader: same.header,
    warnings: [...chain.warnings, ...same.warnings, ...uncheckedReason(reason, options)],
    alert,
  };
}

/**
 * The Cancel's `sent` and its offset: in `timeZone` when given, else at the offset of the latest earlier message.
 * That message at offset 0 ("-00:00", "Z") gives no local offset, and IPAWS refuses a `sent` at 0: the caller
 * must name the zone (review 24 V3: this failed as "Internal check failed" at a path of the new message).
 */
function cancelSent(path: string, latestSent: string, now: Date, timeZone: string | undefined): { sent: string; offset: number } {
  if (timeZone !== undefined) return { sent: formatCapDateTime(now, timeZone), offset: zoneOffsetMinutes(now, timeZone) };
  const offset = readChainDate(latestSent)?.offsetMinutes ?? 0;
  if (offset === 0) {
    throw new BlueAlertError([
      issue(
        'chain_invalid',
        path,
        `The latest earlier message was sent at UTC offset 0 ("${latestSent.trim()}"), so it gives no local offset for the Cancel, and IPAWS refuses a <sent> at offset 0. Give the issuing authority's time zone in options.timeZone, e.g. "America/Denver".`,
      ),
    ]);
  }
  return { sent: capDateText(now.getTime(), offset), offset };
}

/**
 * A reason in the sender's own words with no original request: only titled names could be refused, so say what
 * was not checked (re-attack 23 P12: "The Okafor family thanks the public. Rest easy Danny." went out).
 */
function uncheckedReason(reason: string | undefined, options: CancelOptions): BlueAlertWarning[] {
  if (reason === undefined || reason === 'suspect-apprehended' || reason === 'officer-located' || options.request !== undefined) return [];
  return [
    {
      code: 'reason_unchecked',
      path: 'options.reason',
      message:
        'The reason in your own words was checked for titled names only: without the original request (options.request; CLI --request FILE) the officer\'s name, nickname, badge and relatives cannot be recognised in it. Read it once more, give the request, or use "suspect-apprehended" or "officer-located".',
    },
  ];
}

/** The problems with a Cancel's options (its time, identifier, time zone, reason), before any message is read. */
function cancelOptionIssues(options: CancelOptions, now: Date | BlueAlertIssue): BlueAlertIssue[] {
  const errors: BlueAlertIssue[] = [];
  if (!(now instanceof Date)) errors.push(now);
  if (options.identifier !== undefined && !CAP_TOKEN_PATTERN.test(options.identifier)) {
    errors.push(issue('invalid_identifier', 'options.identifier', 'A CAP identifier must not be empty or contain spaces, commas, "<" or "&".'));
  }
  if (options.timeZone !== undefined && !isValidTimeZone(options.timeZone)) {
    errors.push(issue('unknown_time_zone', 'options.timeZone', 'Must be an IANA time zone name, e.g. "America/Denver".'));
  }
  if (options.timeZone !== undefined && isValidTimeZone(options.timeZone) && now instanceof Date && zoneOffsetMinutes(now, options.timeZone) === 0) {
    errors.push(issue('unknown_time_zone', 'options.timeZone', `"${options.timeZone}" is at UTC offset 0 now, which IPAWS refuses for a US alert; give the issuing authority's own zone, e.g. "America/Denver".`));
  }
  const original = cancelRequests(options.request);
  errors.push(...original.issues);
  errors.push(...checkReason(options.reason, stringTerms(options.redactTerms), original.requests));
  // the identifier is published too: read as words ("DanielOkafor", "BA-4471"), like the build's guard reads it
  if (options.identifier !== undefined && original.requests.length > 0) {
    const named = lifecycleTextIssues(options.identifier.replace(/[-_./@+=:~]/g, ' '), 'options.identifier', original.requests, stringTerms(options.redactTerms));
    if (named.length > 0) errors.push(issue('officer_identity_leak', 'options.identifier', 'The identifier holds the withheld officer identity (a name or the badge), and every CAP message publishes it; use one without it.'));
  }
  return errors;
}

/** The Cancel's <info> for one <info> of the latest message: its category, event, eventCode and area, the new text. */
function cancelInfo(info: CapInfo, text: CancelText, expires: string): CapInfo {
  const parameter: CapValuePair[] = info.parameter.filter((p) => p.valueName === 'EAS-ORG' || p.valueName === 'BLOCKCHANNEL');
  return {
    ...(info.language === undefined ? {} : { language: info.language }),
    category: info.category,
    event: info.event,
    responseType: ['AllClear'],
    urgency: 'Past',
    severity: 'Minor',
    certainty: 'Observed',
    ...(info.audience === undefined ? {} : { audience: info.audience }),
    eventCode: info.eventCode,
    expires,
    ...(info.senderName === undefined ? {} : { senderName: info.senderName }),
    headline: text.headline,
    description: text.description,
    instruction: text.instruction,
    ...(info.web === undefined ? {} : { web: info.web }),
    ...(info.contact === undefined ? {} : { contact: info.contact }),
    parameter,
    resource: [],
    area: info.area,
  };
}
