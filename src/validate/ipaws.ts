/**
 * The IPAWS profile v1.0 checks of `validateCap` (profile `ipaws`): the version code, references of updates and
 * cancels, and per <info> the SAME event code, expiry, EAS-ORG, WEA texts and handling, SAME geocodes and polygon
 * size. Split from `validate.ts` along its seam.
 */
import type { CapAlert, CapInfo } from '../cap/model.js';
import { gsm7Length, isGsm7 } from '../text/gsm.js';
import { gsm7Septets } from './gsm-scan.js';
import type { CapIssueCode, IssueList } from './issues.js';
import { checkChannels, blockedChannels } from './channels.js';
import { readPolygon, xmlTrim } from './polygon.js';
import { readDate, type CapDate } from './dates.js';
import { quoteValue as quote } from './quote.js';

const EAS_ORGS = ['EAS', 'CIV', 'WXR', 'PEP'] as const;
const WEA_URGENCY = ['Immediate', 'Expected'];
const WEA_SEVERITY = ['Extreme', 'Severe'];
const WEA_CERTAINTY = ['Observed', 'Likely'];
const MAX_SAME_GEOCODES = 31;
const MAX_WEA_VERTICES = 100;

function pairSet(list: readonly { valueName: string; value: string }[]): string {
  return [...new Set(list.map((p) => `${p.valueName}\u0000${p.value}`))].sort().join('\u0001');
}

/** The path of the first element of `list` whose key is not in `other`, else the parent (something is missing). */
function firstDiffering<T>(list: readonly T[], other: readonly T[], key: (t: T) => string, base: string, parent: string): string {
  const theirs = new Set(other.map(key));
  const k = list.findIndex((x) => !theirs.has(key(x)));
  return k === -1 ? parent : `${base}[${k + 1}]`;
}

/** The IPAWS rules of one <info>; the first <info> is the one later ones must match. */
function checkIpawsInfo(out: IssueList, info: CapInfo, path: string, first: CapInfo | undefined, isFirst: boolean, sent: CapDate | undefined): void {
  if (!isFirst && first !== undefined) checkLikeFirst(out, info, first, path);
  const blocked = blockedChannels(info);
  checkSameEventCode(out, info, path, blocked);
  const until = checkRequired(out, info, path);
  const { easOrgs, weaHandling, weaHandlingPath } = checkParameters(out, info, path, blocked);
  checkWea(out, info, path, { sent, until, blocked, easOrgs, weaHandling, weaHandlingPath });
  checkAreas(out, info, path, blocked);
  checkChannels(out, info, path);
}

/** A later <info> carries the same event codes and categories as the first. */
function checkLikeFirst(out: IssueList, info: CapInfo, first: CapInfo, path: string): void {
  if (pairSet(info.eventCode) !== pairSet(first.eventCode)) {
    const at = firstDiffering(info.eventCode, first.eventCode, (p) => `${p.valueName}\u0000${p.value}`, `${path}/eventCode`, path);
    out.error('EVENT_CODES_MUST_MATCH', at, 'All <info> blocks must contain the same <eventCode>s as the first <info>.');
  }
  if ([...new Set(info.category)].sort().join() !== [...new Set(first.category)].sort().join()) {
    const at = firstDiffering(info.category, first.category, (c) => c, `${path}/category`, path);
    out.error('CATEGORIES_MUST_MATCH', at, 'All <info> blocks must contain the same <category>s as the first <info>.');
  }
}

/**
 * One SAME event code of three capital letters, for a message intended for EAS, CMAS or HazCollect (NWEM): not
 * when BLOCKCHANNEL blocks all three (a message for the public feed only).
 */
function checkSameEventCode(out: IssueList, info: CapInfo, path: string, blocked: ReadonlySet<string>): void {
  if (blocked.has('EAS') && blocked.has('CMAS') && blocked.has('NWEM')) {
    // the OASIS IPAWS profile schema still requires an <eventCode> (1..*) in every <info> (conformance report 17 F01)
    if (info.eventCode.length === 0) {
      out.error('MISSING_REQUIRED_ELEMENT', path, 'The content of <info> is not complete: the IPAWS profile schema requires at least one <eventCode> in every <info>, also when BLOCKCHANNEL blocks EAS, CMAS and NWEM; found none. Add one, e.g. <eventCode><valueName>SAME</valueName><value>BLU</value></eventCode>.');
    }
    return;
  }
  const sameAt: number[] = [];
  info.eventCode.forEach((e, k) => {
    if (e.valueName === 'SAME') sameAt.push(k);
  });
  const sameCodes = sameAt.map((k) => info.eventCode[k] as { valueName: string; value: string });
  if (sameCodes.length !== 1 || !/^[A-Z]{3}$/.test(sameCodes[0]?.value ?? '')) {
    // the first offending element: the second SAME code, the one with a bad value, or the <info> lacking one
    const at = sameAt.length === 0 ? path : sameAt.length > 1 ? `${path}/eventCode[${(sameAt[1] as number) + 1}]` : `${path}/eventCode[${(sameAt[0] as number) + 1}]/value`;
    out.error('SAME_EVENT_CODE_REQUIRED', at, `Messages intended for EAS, CMAS and HazCollect dissemination MUST include one and only one instance of <eventCode> with a <valueName> of "SAME" and using a SAME-standard three-letter value, e.g. "BLU"; found ${sameCodes.length === 1 ? quote(sameCodes[0]?.value ?? '') : `${sameCodes.length}`}.`);
  }
}

/**
 * The message for a zero offset (report 19c C09): the time has one, "+00:00" (UTC) or "-00:00" (UTC, local
 * offset unknown); IPAWS wants the sender's local offset.
 */
function zeroOffsetMessage(name: 'sent' | 'expires', value: string): string {
  const offset = value.trim().slice(-6);
  const meaning = offset === '-00:00' ? 'UTC with the local offset unknown' : 'UTC';
  return `<${name}> has the offset "${offset}" (${meaning}). IPAWS wants the sender's local offset: an offset of 0 is unlikely for US alerts; write the local time with its offset, e.g. "-07:00".`;
}

/** <expires> with its offset, an <area>, and the elements the profile ignores or recommends; the expiry read. */
function checkRequired(out: IssueList, info: CapInfo, path: string): CapDate | undefined {
  const until = info.expires === undefined ? undefined : readDate(info.expires);
  if (info.expires === undefined || info.expires.trim() === '') {
    out.error('EXPIRES_IS_REQUIRED', info.expires === undefined ? path : `${path}/expires`, '<expires> is required, with the local timezone offset, e.g. "2026-11-22T20:20:00-07:00".');
  } else {
    if (until !== undefined && until.offsetMinutes === 0) {
      out.error('EXPIRES_INCLUDE_TIMEZONE_OFFSET', `${path}/expires`, zeroOffsetMessage('expires', info.expires));
    }
  }
  if (info.area.length === 0) out.error('AREA_IS_REQUIRED', path, 'At least one <area> must be present.');
  if (info.effective !== undefined) out.recommend('INFO_EFFECTIVE_IS_IGNORED', `${path}/effective`, '<effective> is ignored if present. Alerts SHALL be effective upon issuance.');
  if (info.onset !== undefined) out.recommend('INFO_ONSET_IS_IGNORED', `${path}/onset`, '<onset> is ignored if present. Alerts SHALL be effective upon issuance.');
  if (info.description === undefined || info.description.trim() === '') {
    out.recommend('INFO_DESCRIPTION_RECOMMENDED', info.description === undefined ? path : `${path}/description`, 'Messages should have meaningful values for the <description>.');
  }
  if (info.instruction === undefined || info.instruction.trim() === '') {
    out.recommend('INFO_INSTRUCTION_RECOMMENDED', info.instruction === undefined ? path : `${path}/instruction`, 'Messages should have meaningful values for the <instruction>.');
  }
  return until;
}

/**
 * A WEA rule's finding: an error, or a warning saying so when BLOCKCHANNEL blocks CMAS (the message is never
 * sent as a WEA), as TOO_MANY_SAME_GEOCODES is for a message that blocks EAS.
 */
function weaFinding(out: IssueList, blocked: ReadonlySet<string>, code: CapIssueCode, path: string, message: string): void {
  if (blocked.has('CMAS')) out.warning(code, path, `${message} (CMAS is blocked for this message, so it is not sent as a WEA; only a WEA would refuse it.)`);
  else out.error(code, path, message);
}

/** Code points of `text`: a surrogate pair is one character, as a reader counts. */
function characterCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * The length and character set of CMAMtext (90) or CMAMlongtext (360). The limit is in characters (47 CFR 10.430,
 * IPAWS profile "90 English characters"): over it is an error. Within it but over in GSM 7-bit septets (extension
 * characters ^{}\[~]|€ take two) is a warning, as whether they count two is unconfirmed (conformance report 17 F04).
 * Characters outside GSM 7-bit are a warning: the source says CMAM text "should" use them (F05).
 */
function checkCmamText(out: IssueList, name: 'CMAMtext' | 'CMAMlongtext', value: string, pp: string, blocked: ReadonlySet<string>): void {
  const limit = name === 'CMAMtext' ? 90 : 360;
  const code = name === 'CMAMtext' ? 'CMAM_TEXT_TOO_LONG' : 'CMAM_LONGTEXT_TOO_LONG';
  // one pass for the usual text; the exact helpers only when a character is outside GSM 7-bit
  const septets = gsm7Septets(value);
  const chars = septets === -1 ? characterCount(value) : value.length; // a GSM 7-bit text has no surrogate pair
  if (chars > limit) {
    weaFinding(out, blocked, code, pp, `${name} is ${chars} characters; WEA allows at most ${limit} characters. Shorten the text.`);
  } else {
    const length = septets === -1 ? gsm7Length(value) : septets;
    if (length > limit) {
      out.warning(code, pp, `${name} is ${chars} characters, within the ${limit} WEA allows, but ${length} GSM 7-bit septets: the extension characters ^{}\\[~]|€ take two septets each, and a gateway that counts septets may cut the text. Write them out (e.g. "EUR" for "€") to be safe.`);
    }
  }
  if (septets === -1) {
    const bad = [...value].filter((ch) => !isGsm7(ch));
    out.warning('CMAM_NOT_GSM7', pp, `${name} contains characters outside the GSM 7-bit set (${[...new Set(bad)].slice(0, 5).map((c) => quote(c)).join(', ')}). WEA text should use only characters that can be transformed into GSM 03.38: a gateway may replace the others or send the text in UCS-2. Prefer straight quotes, "-" for dashes, no emoji; "é ñ ü ¿ ¡" are in the set, "á í ó ú" are not.`);
  }
}

/** EAS-ORG, the WEA texts (length, character set), WEAHandling and EAS-Must-Carry parameters. */
function checkParameters(out: IssueList, info: CapInfo, path: string, blocked: ReadonlySet<string>): { easOrgs: number; weaHandling: string | undefined; weaHandlingPath: string } {
  // parameters: EAS-ORG, WEA text, WEA handling
  let easOrgs = 0;
  let weaHandling: string | undefined;
  let weaHandlingPath = path;
  info.parameter.forEach((p, k) => {
    const pp = `${path}/parameter[${k + 1}]/value`;
    if (p.valueName === 'EAS-ORG') {
      easOrgs++;
      if (!(EAS_ORGS as readonly string[]).includes(p.value)) {
        out.error('INVALID_EAS_ORG', pp, `Invalid EAS-ORG ${quote(p.value)}. Must be one of ${EAS_ORGS.join(', ')} (CIV for civil authorities such as law enforcement).`);
      }
    } else if (p.valueName === 'CMAMtext' || p.valueName === 'CMAMlongtext') {
      checkCmamText(out, p.valueName, p.value, pp, blocked);
    } else if (p.valueName === 'WEAHandling') {
      weaHandling = p.value;
      weaHandlingPath = pp;
    }
    else if (p.valueName === 'EAS-Must-Carry' && p.value.trim().toUpperCase() !== 'TRUE') {
      out.error('INVALID_EAS_MUST_CARRY', pp, `Invalid EAS-Must-Carry ${quote(p.value)}. The only value is "TRUE", for gubernatorial must-carry alerts; otherwise leave the parameter out.`);
    }
  });
  return { easOrgs, weaHandling, weaHandlingPath };
}

/**
 * WEA at most 24 hours, EAS-ORG for a message EAS may carry, and an Imminent Threat handling that matches urgency,
 * severity and certainty (in this order, the order of the issues).
 */
function checkWea(
  out: IssueList,
  info: CapInfo,
  path: string,
  at: { sent: CapDate | undefined; until: CapDate | undefined; blocked: ReadonlySet<string>; easOrgs: number; weaHandling: string | undefined; weaHandlingPath: string },
): void {
  const { sent, until, blocked, easOrgs, weaHandling, weaHandlingPath } = at;
  // WEA: IPAWS practice keeps a WEA alert to at most 24 hours (extend it with an Update)
  const forWea = info.parameter.some((p) => p.valueName === 'CMAMtext' || p.valueName === 'CMAMlongtext' || p.valueName === 'WEAHandling');
  const blocksWea = blocked.has('CMAS');
  if (forWea && !blocksWea && sent !== undefined && until !== undefined && until.ms - sent.ms > 24 * 3_600_000) {
    const hours = Math.round(((until.ms - sent.ms) / 3_600_000) * 10) / 10;
    out.warning('WEA_DURATION_OVER_24H', `${path}/expires`, `The alert lasts ${hours} h; IPAWS practice keeps WEA alerts to at most 24 hours. Shorten it, or block CMAS and extend with an Update.`);
  }
  // EAS-ORG is required of messages intended for EAS and/or HazCollect (the NWEM channel): exempt only when
  // BLOCKCHANNEL blocks both (conformance report 19c C12)
  if (easOrgs === 0 && !(blocked.has('EAS') && blocked.has('NWEM'))) {
    out.error('EAS_ORG_REQUIRED', path, 'Messages intended for EAS and/or HazCollect dissemination MUST include a <parameter> with a <valueName> of "EAS-ORG" and the originator\'s SAME organization code (EAS, CIV, WXR or PEP).');
  }
  if (weaHandling === 'Imminent Threat') {
    const bad: string[] = [];
    if (!WEA_URGENCY.includes(info.urgency)) bad.push(`urgency ${info.urgency} (needs ${WEA_URGENCY.join(' or ')})`);
    if (!WEA_SEVERITY.includes(info.severity)) bad.push(`severity ${info.severity} (needs ${WEA_SEVERITY.join(' or ')})`);
    if (!WEA_CERTAINTY.includes(info.certainty)) bad.push(`certainty ${info.certainty} (needs ${WEA_CERTAINTY.join(' or ')})`);
    if (bad.length > 0) {
      weaFinding(out, blocked, 'WEA_HANDLING_MISMATCH', weaHandlingPath, `WEAHandling "Imminent Threat" needs an Imminent Threat urgency, severity and certainty; found ${bad.join(', ')}.`);
    }
  }
}

/** SAME geocodes (six digits, at most 31 for EAS) and polygon vertices (at most 100 for WEA). */
function checkAreas(out: IssueList, info: CapInfo, path: string, blocked: ReadonlySet<string>): void {
  // distinct codes: the SAME header lists a county once, however many areas name it (conformance report 17 F06)
  const sameCodes = new Set<string>();
  let overPath: string | undefined; // the first SAME geocode past the limit
  info.area.forEach((area, a) => {
    const ap = `${path}/area[${a + 1}]`;
    let validSame = 0;
    area.geocode.forEach((g, k) => {
      if (g.valueName !== 'SAME') return;
      const before = sameCodes.size;
      sameCodes.add(xmlTrim(g.value));
      if (before === MAX_SAME_GEOCODES && sameCodes.size === MAX_SAME_GEOCODES + 1) overPath = `${ap}/geocode[${k + 1}]`;
      if (/^\d{6}$/.test(g.value)) validSame++;
      else out.error('INVALID_SAME_GEOCODE', `${ap}/geocode[${k + 1}]/value`, `Invalid SAME geocode ${quote(g.value)}. Must be 6 digits PSSCCC: county subdivision, state FIPS, county FIPS, e.g. "008031" (000000 = all of the US).`);
    });
    if (validSame === 0) {
      out.recommend('AREA_SAME_GEOCODE_RECOMMENDED', ap, 'At least one instance of <geocode> with a <valueName> of "SAME" and a value of a SAME 6-digit location (extended FIPS) SHOULD be used.');
    }
    area.polygon.forEach((poly, k) => {
      const points = readPolygon(poly);
      if (typeof points !== 'string' && points.length > MAX_WEA_VERTICES) {
        weaFinding(out, blocked, 'POLYGON_TOO_MANY_VERTICES', `${ap}/polygon[${k + 1}]`, `The polygon has ${points.length} points; IPAWS (WEA) accepts at most ${MAX_WEA_VERTICES}. Simplify the polygon.`);
      }
    });
  });
  const sameCount = sameCodes.size;
  if (sameCount > MAX_SAME_GEOCODES) {
    // The 31-code limit is EAS's (47 CFR 11.31); a message that blocks the EAS channel only warns.
    const easBlocked = blocked.has('EAS');
    const message = `The <info> lists ${sameCount} distinct SAME geocodes; an EAS message carries at most ${MAX_SAME_GEOCODES} location codes. Use fewer, or a whole-state code (0SS000).`;
    const at = overPath ?? `${path}/area[1]`;
    if (easBlocked) out.warning('TOO_MANY_SAME_GEOCODES', at, `${message} (EAS is blocked for this message, so only the EAS header would be affected.)`);
    else out.error('TOO_MANY_SAME_GEOCODES', at, message);
  }
}

/** INFO_IS_REQUIRED worded for the msgType found (conformance report 17 F13): the Cancel advice only for a Cancel. */
function infoRequiredMessage(msgType: string): string {
  const base = `The IPAWS profile requires at least one <info> block in every message; this ${quote(msgType)} message has none.`;
  if (msgType === 'Cancel') return `${base} Add the <info> of the alert cancelled (same category, eventCode and area).`;
  if (msgType === 'Update') return `${base} Add the updated <info> (same category and eventCode as the alert updated).`;
  if (msgType === 'Ack' || msgType === 'Error') return `${base} Add an <info> naming the alert this ${msgType} answers (its category, event, eventCode and area).`;
  return `${base} Add an <info> with the alert's category, event, urgency, severity, certainty, eventCode, expires and area.`;
}

/**
 * The IPAWS profile v1.0 rules of one message, added to `out`.
 *
 * @example
 * checkIpaws(out, parseCap(xml), readDate(parseCap(xml).sent)); // out: VERSION_CODE_REQUIRED, EAS_ORG_REQUIRED, …
 */
export function checkIpaws(out: IssueList, alert: CapAlert, sent: CapDate | undefined): void {
  if (sent !== undefined && sent.offsetMinutes === 0) {
    out.error('SENT_INCLUDE_TIMEZONE_OFFSET', '/alert/sent', zeroOffsetMessage('sent', alert.sent));
  }
  if (!alert.code.includes('IPAWSv1.0')) {
    // <code> is xs:string, so white space around the value is part of it; the profile asks that a code "include"
    // IPAWSv1.0, so the version is recognised, and the white space is a warning
    const k = alert.code.findIndex((c) => xmlTrim(c) === 'IPAWSv1.0');
    if (k === -1) out.error('VERSION_CODE_REQUIRED', '/alert', '<code>IPAWSv1.0</code> required: it names the IPAWS profile version in use.');
    else out.warning('VERSION_CODE_WHITESPACE', `/alert/code[${k + 1}]`, `<code> ${quote(alert.code[k] ?? '')} has white space around IPAWSv1.0. Write <code>IPAWSv1.0</code>: a receiver that compares the value exactly will not see the profile version.`);
  }
  if ((alert.msgType === 'Update' || alert.msgType === 'Cancel') && (alert.references ?? []).length === 0) {
    out.error('UPDATE_OR_CANCEL_MUST_REFERENCE', alert.references === undefined ? '/alert' : '/alert/references', 'All related messages that have not yet expired MUST be referenced for "Update" and "Cancel" messages (sender,identifier,sent triplets).');
  }
  if (alert.info.length === 0) out.error('INFO_IS_REQUIRED', '/alert', infoRequiredMessage(alert.msgType));
  const first = alert.info[0];
  alert.info.forEach((info, i) => checkIpawsInfo(out, info, `/alert/info[${i + 1}]`, first, i === 0, sent));
}
