/**
 * Zone facts for the CLI from the process's own time zone instead of `Intl` (see `ZoneEngine` in src/time/zone.ts).
 *
 * Why: the first `Intl` object a process makes costs 10-20 ms (ICU sets up its locale data), about a tenth of a
 * cold `blue-alert build`. Node re-reads `process.env.TZ` when it is assigned, and `Date`'s local-time getters then
 * answer from the same ICU zone data in well under a millisecond. Only the CLI installs this engine: it changes
 * `process.env.TZ` for the whole process, which a library must never do to its host.
 *
 * It answers only where it gives exactly what `Intl` gives (test/cli/zone-engine.test.ts compares the two over
 * every zone the runtime lists, at sampled instants and on both sides of every offset change) and leaves the rest
 * to `Intl`: zone names outside `Intl.supportedValuesOf('timeZone')` (aliases such as `US/Mountain`), zone names
 * in another language (a process whose ICU default locale is not English), and long names without a US short name.
 */
import type { WallClock, ZoneEngine } from '../time/zone.js';
import { table } from '../table.js';

/**
 * The zones of US alerts whose short name it gives (the IANA names ICU lists), from the English long name at the end
 * of `Date#toString()`. Elsewhere the long name can disagree with `Intl` (a zone that left DST or changed
 * metazone keeps its current name in `Date#toString`), and `Intl` answers.
 *
 * @example
 * US_ZONES.has('America/Denver'); //=> true
 */
export const US_ZONES: ReadonlySet<string> = new Set([
  'America/New_York', 'America/Detroit', 'America/Indianapolis', 'America/Indiana/Marengo', 'America/Indiana/Petersburg',
  'America/Indiana/Vevay', 'America/Indiana/Vincennes', 'America/Indiana/Winamac', 'America/Louisville',
  'America/Kentucky/Monticello', 'America/Chicago', 'America/Indiana/Knox', 'America/Indiana/Tell_City',
  'America/Menominee', 'America/North_Dakota/Beulah', 'America/North_Dakota/Center', 'America/North_Dakota/New_Salem',
  'America/Denver', 'America/Boise', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'America/Juneau',
  'America/Sitka', 'America/Yakutat', 'America/Nome', 'America/Adak', 'Pacific/Honolulu',
  'America/Puerto_Rico', 'America/St_Thomas', 'Pacific/Guam', 'Pacific/Saipan', 'Pacific/Pago_Pago', 'UTC',
]);

/** ICU's English long names and what `zoneAbbreviation` writes for them (with `Intl`: 'en-US', 'short'). */
const SHORT_NAMES: Readonly<Record<string, string>> = table({
  'Eastern Standard Time': 'EST',
  'Eastern Daylight Time': 'EDT',
  'Central Standard Time': 'CST',
  'Central Daylight Time': 'CDT',
  'Mountain Standard Time': 'MST',
  'Mountain Daylight Time': 'MDT',
  'Pacific Standard Time': 'PST',
  'Pacific Daylight Time': 'PDT',
  'Alaska Standard Time': 'AKST',
  'Alaska Daylight Time': 'AKDT',
  'Atlantic Standard Time': 'AST',
  'Chamorro Standard Time': 'ChST',
  'Samoa Standard Time': 'SST',
  'Coordinated Universal Time': 'UTC',
});

/** Long names whose short name depends on the zone (ICU: Honolulu is HST, Adak HAST). */
const SHORT_NAMES_BY_ZONE: Readonly<Record<string, string>> = table({
  'Pacific/Honolulu|Hawaii-Aleutian Standard Time': 'HST',
  'America/Adak|Hawaii-Aleutian Standard Time': 'HAST',
  'America/Adak|Hawaii-Aleutian Daylight Time': 'HADT',
});

/**
 * The instants whose short name it gives: `Date#toString` names a zone by its current metazone, `Intl` by the one
 * in force at the instant, and US zones last moved between metazones in 2011 (North Dakota, Indiana, Alaska before
 * them); after 2037 `Date#toString` calls some summer times standard (Metlakatla, left out for this reason too).
 * Outside these years `Intl` answers.
 */
const NAMED_FROM = Date.UTC(2012, 0, 1);
const NAMED_UNTIL = Date.UTC(2038, 0, 1);

/** The long zone name at the end of `Date#toString()`: `... GMT-0700 (Mountain Standard Time)`. */
const LONG_NAME = /\(([^()]*)\)$/;

/**
 * A zone engine on `process.env.TZ`, or `undefined` where this runtime cannot give one (no
 * `Intl.supportedValuesOf`, or `Date` does not follow an assignment to `TZ`).
 *
 * @example
 * import { setZoneEngine } from '../time/zone.js';
 * setZoneEngine(processZoneEngine());
 */
export function processZoneEngine(): ZoneEngine | undefined {
  const list = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  if (typeof list !== 'function') return undefined;
  let known: Set<string> | undefined;
  let current: string | undefined;
  let works: boolean | undefined;

  /** Sets the process zone to `timeZone`; false when this runtime's Date does not follow TZ. */
  const use = (timeZone: string): boolean => {
    if (works === undefined) {
      // Honolulu has had -10:00 and no DST since 1947: a Date that ignores TZ shows it here
      process.env['TZ'] = 'Pacific/Honolulu';
      works = new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset() === 600;
      current = 'Pacific/Honolulu';
    }
    if (!works) return false;
    if (current !== timeZone) {
      process.env['TZ'] = timeZone;
      current = timeZone;
    }
    return true;
  };
  const isKnown = (timeZone: string): true | undefined => {
    // the zones of US alerts are all in the list: no need to build it for them (~1.5 ms of a cold start)
    if (US_ZONES.has(timeZone)) return true;
    known ??= new Set([...list.call(Intl, 'timeZone'), 'UTC']);
    return known.has(timeZone) ? true : undefined;
  };

  return {
    isKnown,
    wallClock(date: Date, timeZone: string): WallClock | undefined {
      if (isKnown(timeZone) === undefined || !use(timeZone)) return undefined;
      const d = new Date(date.getTime());
      if (Number.isNaN(d.getTime())) return undefined;
      return {
        year: d.getFullYear(),
        month: d.getMonth() + 1,
        day: d.getDate(),
        hour: d.getHours(),
        minute: d.getMinutes(),
        second: d.getSeconds(),
      };
    },
    abbreviation(date: Date, timeZone: string): string | undefined {
      const t = date.getTime();
      if (!(t >= NAMED_FROM && t < NAMED_UNTIL) || !US_ZONES.has(timeZone) || !use(timeZone)) return undefined;
      const long = LONG_NAME.exec(new Date(date.getTime()).toString())?.[1];
      if (long === undefined) return undefined;
      return SHORT_NAMES_BY_ZONE[`${timeZone}|${long}`] ?? SHORT_NAMES[long];
    },
  };
}
