/**
 * Per-channel IPAWS limits (profile `ipaws`, warnings only). SECONDARY SOURCE: these rules come from capgo, a
 * third-party Go validator of the IPAWS profile (`package ipaws`, importing git.seasonalnet.org/SeasonalNet/capgo),
 * not from FEMA's IPAWS-OPEN guides, which the team could not read. They are therefore warnings, each names the
 * channel it is about, and none is reported when the message blocks that channel with a `BLOCKCHANNEL` parameter.
 * Every number is in `IPAWS_CHANNEL_LIMITS`: change it there when a primary source says otherwise.
 */
import { quoteValue } from './quote.js';
import type { CapInfo } from '../cap/model.js';
import type { IssueList } from './issues.js';
import { readCircle, xmlTokens, xmlTrim } from './polygon.js';


/** Any of `weaRestrictedCharacters`. */
const RESTRICTED = /[{}|\\^~[\]]/;

/**
 * The per-channel numbers (capgo, secondary source; see the module comment).
 *
 * @example
 * IPAWS_CHANNEL_LIMITS.nwemMaxPolygonPairs; //=> 20
 */
export const IPAWS_CHANNEL_LIMITS = {
  /** NWEM (NOAA Weather Radio): largest polygon, in coordinate pairs as written (the closing pair counts). */
  nwemMaxPolygonPairs: 20,
  /** NWEM refuses `<circle>`. */
  nwemAllowsCircles: false,
  /** WEA (CMAS): most `<polygon>` + `<circle>` elements in one `<area>`. */
  weaMaxShapesPerArea: 10,
  /** WEA: most coordinate pairs in one `<area>` (all polygons' pairs, plus one per circle centre). */
  weaMaxPairsPerArea: 100,
  /** WEA: most decimals in a coordinate before a warning. */
  weaMaxDecimals: 4,
  /** WEA: characters refused in CMAMtext / CMAMlongtext. */
  weaRestrictedCharacters: '{}|\\^~[]',
} as const;

/** A number with more than `weaMaxDecimals` digits after the point: one native pass rules most areas out. */
const TOO_PRECISE = new RegExp(`\\.\\d{${IPAWS_CHANNEL_LIMITS.weaMaxDecimals + 1}}`);

/**
 * The channels a `<info>` blocks (`BLOCKCHANNEL` values, upper case, trimmed): `CMAS`, `EAS`, `NWEM`, `PUBLIC`, ….
 *
 * @example
 * blockedChannels(info).has('NWEM'); //=> true when <parameter> BLOCKCHANNEL = NWEM
 */
export function blockedChannels(info: CapInfo): Set<string> {
  const out = new Set<string>();
  for (const p of info.parameter) if (xmlTrim(p.valueName) === 'BLOCKCHANNEL') out.add(xmlTrim(p.value).toUpperCase());
  return out;
}

/** Coordinate pairs per polygon (whitespace-separated tokens), remembered per list so each is counted once. */
const counted = new WeakMap<readonly string[], number[]>();
function pairCounts(polygons: readonly string[]): number[] {
  let c = counted.get(polygons);
  if (c === undefined) {
    c = polygons.map((p) => xmlTokens(p).length);
    counted.set(polygons, c);
  }
  return c;
}

function decimals(token: string): number {
  const dot = token.indexOf('.');
  if (dot === -1) return 0;
  let k = 0;
  while (dot + 1 + k < token.length && token.charCodeAt(dot + 1 + k) >= 48 && token.charCodeAt(dot + 1 + k) <= 57) k++;
  return k;
}

/** The first coordinate (polygon pair or circle centre) of an area written with more decimals than WEA takes. */
function firstTooPrecise(texts: readonly { text: string; path: string; circle: boolean }[], max: number): { path: string; value: string } | undefined {
  for (const t of texts) {
    const tokens = xmlTokens(t.text);
    const pairs = t.circle ? tokens.slice(0, 1) : tokens;
    for (const pair of pairs) {
      const comma = pair.indexOf(',');
      if (comma === -1) continue;
      if (decimals(pair.slice(0, comma)) > max || decimals(pair.slice(comma + 1)) > max) return { path: t.path, value: pair };
    }
  }
  return undefined;
}

/**
 * Checks one `<info>` against the per-channel limits (NWEM: no circles, polygons of at most 20 pairs; WEA: at
 * most 10 shapes and 100 coordinate pairs per area, 4 decimals, no `{}|\^~[]` in CMAM text). Warnings only,
 * and only for channels the info does not block.
 *
 * @example
 * checkChannels(out, alert.info[0], '/alert/info[1]');
 */
export function checkChannels(out: IssueList, info: CapInfo, path: string): void {
  const L = IPAWS_CHANNEL_LIMITS;
  const blocked = blockedChannels(info);
  const nwem = !blocked.has('NWEM');
  const wea = !blocked.has('CMAS');
  info.area.forEach((area, a) => {
    const ap = `${path}/area[${a + 1}]`;
    if (nwem) {
      if (!L.nwemAllowsCircles && area.circle.length > 0) {
        out.warning('NWEM_CIRCLE', `${ap}/circle[1]`, 'Weather radio (NWEM) does not take <circle> (secondary source: capgo). Give a polygon or SAME codes instead, or block the channel with <parameter> BLOCKCHANNEL = NWEM.');
      }
      const big = pairCounts(area.polygon).findIndex((n) => n > L.nwemMaxPolygonPairs);
      if (big !== -1) {
        const pairs = pairCounts(area.polygon)[big] ?? 0;
        out.warning('NWEM_POLYGON_TOO_MANY_VERTICES', `${ap}/polygon[${big + 1}]`, `The polygon has ${pairs} coordinate pairs; weather radio (NWEM) takes at most ${L.nwemMaxPolygonPairs} (secondary source: capgo). Simplify it, or block the channel with <parameter> BLOCKCHANNEL = NWEM.`);
      }
    }
    if (wea) {
      const shapes = area.polygon.length + area.circle.length;
      if (shapes > L.weaMaxShapesPerArea) {
        const k = L.weaMaxShapesPerArea; // the first shape over the limit
        const first = k < area.polygon.length ? `${ap}/polygon[${k + 1}]` : `${ap}/circle[${k - area.polygon.length + 1}]`;
        out.warning('WEA_TOO_MANY_SHAPES', first, `The <area> has ${shapes} shapes (polygons and circles); WEA takes at most ${L.weaMaxShapesPerArea} per area (secondary source: capgo). Merge them, or block the channel with <parameter> BLOCKCHANNEL = CMAS.`);
      }
      let pairs = 0;
      let over: string | undefined;
      pairCounts(area.polygon).forEach((n, k) => {
        pairs += n;
        if (over === undefined && pairs > L.weaMaxPairsPerArea) over = `${ap}/polygon[${k + 1}]`;
      });
      area.circle.forEach((c, k) => {
        if (readCircle(c) !== undefined) pairs++;
        if (over === undefined && pairs > L.weaMaxPairsPerArea) over = `${ap}/circle[${k + 1}]`;
      });
      if (over !== undefined) {
        out.warning('WEA_TOO_MANY_COORDINATES', over, `The <area> has ${pairs} coordinate pairs; WEA takes at most ${L.weaMaxPairsPerArea} per area (secondary source: capgo). Simplify the shapes, or block the channel with <parameter> BLOCKCHANNEL = CMAS.`);
      }
      const anyPrecise = area.polygon.some((p) => TOO_PRECISE.test(p)) || area.circle.some((c) => TOO_PRECISE.test(c));
      const precise = !anyPrecise ? undefined : firstTooPrecise(
        [...area.polygon.map((text, k) => ({ text, path: `${ap}/polygon[${k + 1}]`, circle: false })), ...area.circle.map((text, k) => ({ text, path: `${ap}/circle[${k + 1}]`, circle: true }))],
        L.weaMaxDecimals,
      );
      if (precise !== undefined) {
        out.warning('WEA_COORDINATE_PRECISION', precise.path, `The coordinate "${precise.value.slice(0, 40)}" has more than ${L.weaMaxDecimals} decimals; WEA warns beyond ${L.weaMaxDecimals} (about 11 m; secondary source: capgo). Round the coordinates.`);
      }
    }
  });
  if (wea) {
    info.parameter.forEach((p, k) => {
      const name = xmlTrim(p.valueName);
      if ((name !== 'CMAMtext' && name !== 'CMAMlongtext') || !RESTRICTED.test(p.value)) return;
      const bad = [...new Set([...p.value].filter((ch) => L.weaRestrictedCharacters.includes(ch)))];
      if (bad.length > 0) {
        out.warning('CMAM_RESTRICTED_CHARACTERS', `${path}/parameter[${k + 1}]/value`, `${name} contains ${bad.map((c) => quoteValue(c)).join(', ')}; WEA refuses the characters ${L.weaRestrictedCharacters.split('').join(' ')} in CMAM text (secondary source: capgo). Write the text without them.`);
      }
    });
  }
}
