/**
 * Alert text: headline, description, instruction, WEA 90/360 (GSM 7-bit) and EAS display text, in English and,
 * when asked for, Spanish. Deterministic: every time comes from the context, never from the clock.
 */
import type { BlueAlertRequest } from '../request/schema.js';
import type { ResolvedArea } from '../area/resolve.js';
import { issue, type BlueAlertIssue } from '../errors.js';
import { extractFacts, type TextFacts } from './facts.js';
import type { Wording } from './lang.js';
import { english } from './en.js';
import { spanish } from './es.js';
import { basicLength, gsm7Length, isGsm7, toGsm7 } from './gsm.js';
import { descriptionText, headlineText, instructionText, weaFacts, weaSegments } from './writer.js';
import { wea90Text } from './wea90.js';
import { localizeEs, type EsMemo } from './localize.js';
import { dmsText } from './dms.js';
import { isFemale } from './words.js';
import { collapseSpaces, fitSegments, truncateWords } from './fit.js';
import { EAS_MAX_CHARS, easText, spokenEn, spokenEs } from './eas.js';
import { withoutZip } from './place.js';

/**
 * The text of one language.
 *
 * @example
 * const t: AlertText = result.text;
 * t.wea90.length <= 90; //=> true
 */
export interface AlertText {
  readonly headline: string;
  readonly description: string;
  readonly instruction: string;
  /** WEA short text (`CMAMtext`): at most 90 GSM 7-bit characters. */
  readonly wea90: string;
  /** WEA long text (`CMAMlongtext`): at most 360 GSM 7-bit characters. */
  readonly wea360: string;
  /** EAS display text (ECIG 1.0 §3.6), at most 1,800 characters. */
  readonly eas: string;
  /** The part of `eas` after the FCC required sentence: sent as the ECIG `EASText` parameter (§2.1.2). */
  readonly easText?: string;
}

/**
 * All text of a message: English, Spanish when asked for, and the highway sign phases.
 *
 * @example
 * const t: TextBundle = result.text;
 * t.dms[0]; //=> ['GRAY FORD F-150', 'CO ABC1234', 'BLUE ALERT']
 */

export interface TextBundle extends AlertText {
  readonly es?: AlertText;
  /** Changeable message sign text: phases of lines (default 3 lines of 18 characters, at most 2 phases). */
  readonly dms: readonly (readonly string[])[];
}

/**
 * An EAS description as the texts write it and as the EAS text reads it aloud ("W Colfax Ave" said "West Colfax
 * Avenue"): the privacy guard counts the words the library said longer as its own (red team 19 B3).
 *
 * @example
 * const s: SpokenDescription = { language: 'en-US', written: 'Shot on Elm Ln.', said: 'Shot on Elm Lane.' };
 */
export interface SpokenDescription {
  readonly language: 'en-US' | 'es-US';
  readonly written: string;
  readonly said: string;
}

/**
 * What the text composer needs besides the (public, already redacted) request.
 *
 * @example
 * const ctx: TextContext = { request, sent: new Date('2026-11-22T21:20:00Z'), expires: new Date('2026-11-23T03:20:00Z'), area };
 */
export interface TextContext {
  readonly request: BlueAlertRequest;
  readonly sent: Date;
  readonly expires: Date;
  readonly area: ResolvedArea;
  /** The CAP msgType; an `Update` is worded as one ("BLUE ALERT UPDATE"). Default `Alert`. */
  readonly msgType?: 'Alert' | 'Update' | 'Cancel';
}

/** WEA limits (47 CFR 10.430; IPAWS CMAMtext / CMAMlongtext). */
const WEA_LIMITS = { wea90: 90, wea360: 360 } as const;

const WEA_NAMES = { wea90: 'CMAMtext (WEA 90)', wea360: 'CMAMlongtext (WEA 360)' } as const;

function nonGsmPositions(text: string): number[] {
  const out: number[] = [];
  let i = 0;
  for (const ch of text) {
    i += 1;
    if (!isGsm7(ch)) out.push(i);
  }
  return out;
}

/** Checks a WEA override: GSM 7-bit only and within the limit. Never quotes the text. */
function checkWeaOverride(key: 'wea90' | 'wea360', text: string, prefix = 'text'): BlueAlertIssue[] {
  const issues: BlueAlertIssue[] = [];
  const path = `${prefix}.${key}`;
  const bad = nonGsmPositions(text);
  if (bad.length > 0) {
    const where = bad.slice(0, 5).join(', ') + (bad.length > 5 ? ', …' : '');
    issues.push(
      issue(
        'text_not_gsm7',
        path,
        `${WEA_NAMES[key]} must use only GSM 7-bit characters; ${bad.length} character${bad.length === 1 ? ' is' : 's are'} outside the set (at position${bad.length === 1 ? '' : 's'} ${where}). Use straight quotes and "-", and leave out emoji and accents outside the set (á í ó ú; é ñ ü ¿ ¡ are fine).`,
      ),
    );
  }
  const len = gsm7Length(text);
  const max = WEA_LIMITS[key];
  if (len > max) {
    issues.push(
      issue(
        'text_too_long',
        path,
        `${WEA_NAMES[key]} allows at most ${max} GSM 7-bit characters (spaces count; ^ { } [ ] ~ | € and backslash count 2); this text has ${len}.`,
      ),
    );
  }
  return issues;
}

function easRequired(f: TextFacts, w: Wording, r: BlueAlertRequest, municipios = false): string {
  return w.easRequired({
    municipios,
    originator: w.easOriginator(r.issuer.easOrg),
    // an EAS device names the places of the SAME codes (ECIG 1.0 §3.6); areaDesc when the names are not known
    areas: f.easAreas ?? (f.areaDesc === '' ? (f.areaName ?? '') : f.areaDesc),
    start: f.sent,
    end: f.expires,
    timeZone: f.timeZone,
  });
}

/** What a non-Actual message calls itself, so nobody mistakes an exercise or a test for a real alert. */
const STATUS_WORDS: Record<'en' | 'es', Record<'Exercise' | 'Test' | 'Draft', string>> = {
  en: { Exercise: 'EXERCISE', Test: 'TEST', Draft: 'DRAFT' },
  es: { Exercise: 'SIMULACRO', Test: 'PRUEBA', Draft: 'BORRADOR' },
};

/**
 * The wording for a message's status: an Exercise, Test or Draft says so first in every text ("EXERCISE BLUE
 * ALERT.", "Exercise - Blue Alert: …", and a description that starts "EXERCISE.").
 */
function forStatus(w: Wording, status: BlueAlertRequest['status'], lang: 'en' | 'es'): Wording {
  if (status === 'Actual') return w;
  const word = STATUS_WORDS[lang][status];
  const title = word.charAt(0) + word.slice(1).toLowerCase();
  return {
    ...w,
    alertName: `${word} ${w.alertName}`,
    updateAlertName: `${word} ${w.updateAlertName}`,
    eventName: `${title} - ${w.eventName}`,
    updateEventName: `${title} - ${w.updateEventName}`,
  };
}

/** The facts and wordings of one language: phone texts (WEA) and full texts (description, instruction, EAS). */
interface LanguagePlan {
  readonly lang: 'en' | 'es';
  readonly phone: { readonly f: TextFacts; readonly w: Wording };
  readonly full: { readonly f: TextFacts; readonly w: Wording };
}

/** The EAS text after the FCC required sentence (what ECIG's `EASText` carries); `''` when nothing follows it. */
function afterRequired(eas: string, required: string): string {
  const head = collapseSpaces(required);
  return eas.startsWith(`${head} `) ? eas.slice(head.length + 1) : '';
}

/** The state FIPS codes of Florida, Indiana and New Mexico, whose "SR" roads are State Roads. */
const STATE_ROAD_STATES: ReadonlySet<string> = new Set(['12', '18', '35']);

/** The facts without the agency's summary. */
function withoutSummary(f: TextFacts): TextFacts {
  const { summary: _s, ...rest } = f;
  return rest;
}

/** Free text cut at a word to `limit` characters and marked `***` (a "(en inglés: …)" span keeps its parentheses); `0` leaves it out. */
function clip(text: string | undefined, limit: number): string | undefined {
  if (text === undefined || text.length <= limit) return text;
  if (limit <= 20) return undefined;
  const wrapped = /^\(en inglés: (.*)\)$/s.exec(text);
  if (wrapped !== null) return `(en inglés: ${truncateWords(wrapped[1] ?? '', limit, (x) => x.length, ' ***')})`;
  return truncateWords(text, limit, (x) => x.length, ' ***');
}

/** The facts with the summary, clothing, marks, other details and vehicle features cut to `limit` characters (EAS only). */
function clipFreeText(f: TextFacts, limit: number, summaryLimit = limit): TextFacts {
  const person = <T extends { clothing?: string | undefined; marks?: string | undefined; other?: string | undefined }>(d: T): T => {
    const out: Record<string, unknown> = { ...d };
    for (const k of ['clothing', 'marks', 'other'] as const) {
      const c = clip(d[k], limit);
      if (c === undefined) delete out[k];
      else out[k] = c;
    }
    return out as T;
  };
  const vehicle = <V extends { features?: string | undefined }>(v: V): V => {
    const c = clip(v.features, limit);
    const { features: _f, ...rest } = v;
    return (c === undefined ? rest : { ...rest, features: c }) as V;
  };
  const summary = clip(f.summary, summaryLimit);
  const { summary: _s, ...rest } = f;
  return {
    ...rest,
    ...(summary === undefined ? {} : { summary }),
    suspects: f.suspects.map((x) => ({
      ...x,
      ...(x.description === undefined ? {} : { description: person(x.description) }),
      ...(x.vehicle === undefined ? {} : { vehicle: vehicle(x.vehicle) }),
    })),
    ...(f.officer === undefined
      ? {}
      : {
          officer: {
            ...f.officer,
            ...(f.officer.description === undefined ? {} : { description: person(f.officer.description) }),
            ...(f.officer.vehicle === undefined ? {} : { vehicle: vehicle(f.officer.vehicle) }),
          },
        }),
  };
}

/**
 * The facts with the ZIP code left out of the incident and last-seen locations ("Cleveland, OH 44114" -> "Cleveland,
 * OH"): every text is read by people, for whom the town and state say where (reader review 19t T15: the ZIP was in
 * the headline and the description; the phone texts and the EAS already left it out).
 */
function withoutZips(f: TextFacts): TextFacts {
  const loc = f.incidentLocation === undefined ? undefined : withoutZip(f.incidentLocation);
  const changed = f.suspects.some((s) => s.lastSeen?.location !== undefined && withoutZip(s.lastSeen.location) !== s.lastSeen.location);
  if (loc === f.incidentLocation && !changed) return f;
  return {
    ...f,
    ...(loc === undefined ? {} : { incidentLocation: loc }),
    suspects: f.suspects.map((s) => (s.lastSeen?.location === undefined ? s : { ...s, lastSeen: { ...s.lastSeen, location: withoutZip(s.lastSeen.location) } })),
  };
}

/** Composes one language without overrides. */
function composeLanguage(plan: LanguagePlan, r: BlueAlertRequest, municipios: boolean, stateRoad = false): { text: AlertText; cut: string[]; easTruncated: boolean; required: string; spoken: SpokenDescription } {
  const lang = plan.lang;
  const f = plan.full.f;
  const w = forStatus(plan.full.w, r.status, lang);
  const pw = forStatus(plan.phone.w, r.status, lang);
  const pf = plan.phone.f;
  const statusWord = r.status === 'Actual' ? undefined : STATUS_WORDS[lang][r.status];
  const withStatus = (described: string): string => (statusWord === undefined || described.toUpperCase().startsWith(statusWord) ? described : `${statusWord}. ${described}`);
  const description = withStatus(descriptionText(f, w));
  // a Spanish voice does not read the agency's English narrative (it is in the English EAS; reader review 19t T19)
  const easF = lang === 'es' && f.summary?.startsWith('(en inglés: ') === true ? withoutSummary(f) : f;
  const easDescription = easF === f ? description : withStatus(descriptionText(easF, w));
  const instruction = instructionText(f, w);
  const cut: string[] = [];
  const action =
    r.status === 'Actual'
      ? pw.weaAction(pf.suspects.length > 0 ? 'suspects' : pf.event === 'officer-missing' ? 'missing' : 'info', isFemale(pf.officer?.description?.sex))
      : pw.noAction(r.status);
  const wf = weaFacts(pf);
  const w90 = wea90Text(wf, pw, action.map((a) => collapseSpaces(toGsm7(a))));
  if (w90.cut) cut.push('wea90');
  // the segments are GSM basic text: their length is their GSM length
  const w360 = fitSegments(weaSegments(wf, pw, true, true), 360, basicLength);
  if (w360.cut) cut.push('wea360');
  const required = easRequired(f, w, r, municipios);
  // read aloud: English heights and road headings in words (the description itself keeps the written form)
  // (the last description read aloud is kept for the privacy guard: the words said longer are the library's)
  let said: SpokenDescription = { language: w.language, written: easDescription, said: '' };
  const spoken = (d: string): string => {
    said = { language: w.language, written: d, said: w.language === 'en-US' ? spokenEn(d, stateRoad) : spokenEs(d) };
    return said.said;
  };
  let eas = easText({ required, messageFrom: w.messageFrom(f.sender), description: spoken(easDescription), instruction });
  // too long: the agency's long free text (narrative, clothing, vehicle features) is cut before the facts it would push
  // out, so the broadcast still says who and what to look for and where
  const easCut = eas.truncated;
  // the narrative first, just as much as needed; then clothing, marks and features too
  // (only when too long: most messages fit at once)
  const over = easCut ? collapseSpaces(spoken(easDescription)).length + collapseSpaces(instruction).length + collapseSpaces(required).length + collapseSpaces(w.messageFrom(f.sender)).length + 3 - EAS_MAX_CHARS : 0;
  const fitSummary = Math.max(0, (easF.summary?.length ?? 0) - over - 8);
  const steps: readonly (readonly [number, number])[] = easCut ? [[fitSummary, Infinity], [Math.min(fitSummary, 150), Infinity], [0, Infinity], [0, 400], [0, 150], [0, 0]] : [];
  let tried: readonly [number, number] | undefined;
  for (const step of steps) {
    if (!eas.truncated) break;
    const [summaryLimit, limit] = step;
    // a step that clips as the one before it did gives the same text (e.g. a summary already within 150)
    if (tried !== undefined && tried[0] === summaryLimit && tried[1] === limit) continue;
    tried = step;
    const d = withStatus(descriptionText(clipFreeText(easF, limit, summaryLimit), w));
    eas = easText({ required, messageFrom: w.messageFrom(f.sender), description: spoken(d), instruction });
  }
  return {
    text: { headline: headlineText(f, w), description, instruction, wea90: w90.text, wea360: w360.text, eas: eas.text, easText: afterRequired(eas.text, required) },
    cut,
    easTruncated: easCut,
    required,
    spoken: said,
  };
}

/**
 * Composes every text variant from the public request: headline, description, instruction, WEA 90 and 360 (GSM
 * 7-bit basic set, fitted by priority with standard abbreviations, never ending in a cut word) and the ECIG EAS
 * text; Spanish (`text.es`) when `request.languages` includes `es-US`. Overrides in `request.text` replace the
 * English texts and are checked: WEA overrides that are too long or not GSM 7-bit are errors at `text.wea90` /
 * `text.wea360`, an EAS override that does not fit after the required sentence is an error at `text.eas`.
 *
 * @param ctx - The public request, send and expiry instants, and the resolved area.
 * @returns The texts, any issues (errors for bad overrides; warnings when EAS text was truncated) and `spoken`: the
 * descriptions the composed EAS texts read aloud, as written and as said (for the privacy guard).
 * @example
 * const { text, issues } = composeText({ request, sent, expires, area });
 * text.wea90; //=> 'BLUE ALERT. Officer killed. Gray Ford F-150, CO plate ABC1234. Heading east. ...'
 * text.eas.startsWith('A CIVIL AUTHORITY HAS ISSUED A BLUE ALERT'); //=> true
 */
export function composeText(ctx: TextContext): { text: TextBundle; issues: BlueAlertIssue[]; spoken: SpokenDescription[] } {
  const r = ctx.request;
  const issues: BlueAlertIssue[] = [];
  const f = withoutZips(extractFacts({ request: r, sent: ctx.sent, expires: ctx.expires, areaDesc: ctx.area.areaDesc, ...(ctx.area.locationNames === undefined ? {} : { locationNames: ctx.area.locationNames }), update: ctx.msgType === 'Update' }));
  const en = english();
  const municipios = ctx.area.same.some((c) => c.slice(1, 3) === '72') || r.issuer.timeZone === 'America/Puerto_Rico';
  // "SR 29" is "State Road 29" in Florida, Indiana and New Mexico, "State Route" elsewhere
  const stateRoad = ctx.area.same.some((c) => STATE_ROAD_STATES.has(c.slice(1, 3)));
  const base = composeLanguage({ lang: 'en', phone: { f, w: en }, full: { f, w: en } }, r, municipios, stateRoad);
  for (const key of base.cut) {
    issues.push(
      issue('text_shortened', `text.${key}`, `The ${key === 'wea90' ? '90' : '360'}-character WEA text had to be cut at a word boundary; consider a shorter override in text.${key}.`, 'warning'),
    );
  }

  const o = r.text;
  const description = o?.description ?? base.text.description;
  const instruction = o?.instruction ?? base.text.instruction;
  let wea90 = base.text.wea90;
  let wea360 = base.text.wea360;
  if (o?.wea90 !== undefined) {
    const found = checkWeaOverride('wea90', o.wea90);
    issues.push(...found);
    if (found.length === 0) wea90 = o.wea90;
  }
  if (o?.wea360 !== undefined) {
    const found = checkWeaOverride('wea360', o.wea360);
    issues.push(...found);
    if (found.length === 0) wea360 = o.wea360;
  }

  // the FCC required sentence as the English texts wrote it (the status changes only the alert's names, not this)
  const required = base.required;
  let eas: string;
  // the descriptions the EAS texts read aloud (only the composed EAS text is read so)
  const spoken: SpokenDescription[] = [];
  if (o?.eas !== undefined) {
    const room = EAS_MAX_CHARS - required.length - 1;
    const given = o.eas.replace(/\s+/g, ' ').trim();
    if (given.length > room) {
      issues.push(
        issue(
          'text_too_long',
          'text.eas',
          `The EAS text allows at most ${EAS_MAX_CHARS} characters in all; the required sentence (originator, event, areas, times) takes ${required.length + 1}, so text.eas may have at most ${Math.max(room, 0)} characters after collapsing spaces; it has ${given.length}.`,
        ),
      );
      eas = base.text.eas;
    } else {
      eas = `${required} ${given}`;
    }
  } else {
    // without overrides the composed EAS text (long free text already cut before the facts) is the one that airs
    const built =
      o?.description === undefined && o?.instruction === undefined
        ? { text: base.text.eas, truncated: base.easTruncated }
        : easText({ required, messageFrom: en.messageFrom(f.sender), description, instruction });
    if (o?.description === undefined && o?.instruction === undefined) spoken.push(base.spoken);
    eas = built.text;
    if (built.truncated) {
      issues.push(
        issue(
          'eas_text_truncated',
          o?.description !== undefined ? 'text.description' : o?.instruction !== undefined ? 'text.instruction' : 'text.eas',
          `The EAS text is limited to ${EAS_MAX_CHARS} characters (ECIG 3.6); description and instruction were shortened and marked "***". Give a shorter text.eas to control what airs.`,
          'warning',
        ),
      );
    }
  }

  const text: TextBundle = {
    headline: o?.headline ?? base.text.headline,
    description,
    instruction,
    wea90,
    wea360,
    eas,
    easText: afterRequired(eas, required),
    ...(r.languages.includes('es-US') ? { es: spanishText(f, r, municipios, issues, spoken) } : {}),
    dms: dmsText(f, en, r.dms),
  };
  return { text, issues, spoken };
}

/** The Spanish texts, with the `text.es` overrides checked like the English ones. */
function spanishText(f: TextFacts, r: BlueAlertRequest, municipios: boolean, issues: BlueAlertIssue[], spoken: SpokenDescription[]): AlertText {
  const femaleOfficer = isFemale(f.officer?.description?.sex);
  // one memo for both: the phone and the full facts translate the same locations and area
  const memo: EsMemo = { location: new Map(), area: new Map() };
  const plan: LanguagePlan = {
    lang: 'es',
    // municipios: the alert is for Puerto Rico, whose Spanish says "tablilla" and "motora" (reader review 19t T26)
    phone: { f: localizeEs(f, r, 'phone', memo), w: spanish('phone', femaleOfficer, municipios) },
    full: { f: localizeEs(f, r, 'full', memo), w: spanish('full', femaleOfficer, municipios) },
  };
  const base = composeLanguage(plan, r, municipios);
  spoken.push(base.spoken);
  for (const key of base.cut) {
    issues.push(
      issue('text_shortened', `text.es.${key}`, `The Spanish ${key === 'wea90' ? '90' : '360'}-character WEA text had to be cut at a word boundary; consider a shorter override in text.es.${key}.`, 'warning'),
    );
  }
  const o = r.text?.es;
  if (o === undefined) return base.text;
  const pick = (key: 'wea90' | 'wea360'): string => {
    const given = o[key];
    if (given === undefined) return base.text[key];
    const found = checkWeaOverride(key, given, 'text.es');
    issues.push(...found);
    return found.length === 0 ? given : base.text[key];
  };
  return {
    headline: o.headline ?? base.text.headline,
    description: o.description ?? base.text.description,
    instruction: o.instruction ?? base.text.instruction,
    wea90: pick('wea90'),
    wea360: pick('wea360'),
    eas: base.text.eas,
    ...(base.text.easText === undefined ? {} : { easText: base.text.easText }),
  };
}
