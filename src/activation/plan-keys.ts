/**
 * Unknown keys in a plan object (a `--plan FILE.json` or `options.plan`): refused with the path, the nearest known
 * key and the keys that may stand there, as a request's are (vendor review 24 V2: a misspelt "contents" was taken
 * silently, and the plan's content checks were gone).
 */
import { keyHint } from '../request/received.js';

const PLAN_KEYS = ['name', 'title', 'source', 'events', 'criteria', 'defaultDurationHours', 'minDuration', 'maxDuration', 'rebroadcast', 'content', 'hours', 'durationNote'] as const;
const CRITERION_KEYS = ['id', 'text', 'events', 'check', 'group'] as const;
const CONTENT_KEYS = ['id', 'text', 'check', 'required', 'events'] as const;
const DURATION_KEYS = ['hours', 'hard'] as const;
const PHASE_KEYS = ['fromMinutes', 'untilMinutes', 'everyMinutes'] as const;
const HOURS_KEYS = ['from', 'to', 'hard'] as const;

/** Keys shown in a message: printable, short. */
function shown(key: string): string {
  const k = key.replace(/[^\x20-\x7e]/g, '?');
  return k.length > 40 ? `${k.slice(0, 40)}…` : k;
}

/**
 * Every unknown key of a plan object and of its parts, as `[path, message]` (paths below `options.plan`).
 *
 * @example
 * unknownPlanKeys({ name: 'x', contents: [] }); //=> [['contents', 'Unknown field "contents" (did you mean "content"?); …']]
 */
export function unknownPlanKeys(plan: object): [string, string][] {
  const out: [string, string][] = [];
  const check = (value: unknown, path: string, known: readonly string[]): void => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      if (out.length >= 20) return;
      out.push([`${path === '' ? '' : `${path}.`}${shown(key)}`, `Unknown field "${shown(key)}"${keyHint(key, known)}; the fields here are ${known.join(', ')}.`]);
    }
  };
  const each = (list: unknown, path: string, known: readonly string[]): void => {
    if (Array.isArray(list)) list.forEach((x, i) => check(x, `${path}[${i}]`, known));
  };
  const p = plan as Record<string, unknown>;
  check(p, '', PLAN_KEYS);
  each(p['criteria'], 'criteria', CRITERION_KEYS);
  each(p['content'], 'content', CONTENT_KEYS);
  each(p['rebroadcast'], 'rebroadcast', PHASE_KEYS);
  check(p['minDuration'], 'minDuration', DURATION_KEYS);
  check(p['maxDuration'], 'maxDuration', DURATION_KEYS);
  check(p['hours'], 'hours', HOURS_KEYS);
  return out;
}
