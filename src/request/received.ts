/**
 * Words for what a request field received, for error messages. A value is quoted only when the caller says the
 * field is enum-like or a date-time (and then only short, printable text); everything else is described by its
 * type and size, so nothing typed into a free-text field (an officer's name, say) is echoed.
 */

const grouped = (n: number): string => n.toLocaleString('en-US');

/**
 * Describes a received value: "a Date object", "null", "a list of 3 items", "text of 6,012 characters", or the
 * value itself for enum-like and date-time fields.
 *
 * @example
 * describeReceived(new Date(0), { quote: false, date: true }); //=> 'a Date object'
 * describeReceived('officer-kiled', { quote: true, date: false }); //=> '"officer-kiled"'
 */
export function describeReceived(value: unknown, how: { readonly quote: boolean; readonly date: boolean }): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (value.trim() === '') return value === '' ? 'an empty string' : 'a string of only spaces';
    const quotable = how.quote ? /^[\x20-\x7e]{1,40}$/.test(value) : how.date && /^[0-9TZtz:.,+\-/ ]{1,40}$/.test(value);
    if (quotable) return JSON.stringify(value);
    return `text of ${grouped([...value].length)} character${[...value].length === 1 ? '' : 's'}`;
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    return Number.isFinite(value) ? `the number ${String(value)}` : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return 'a bigint';
  if (Array.isArray(value)) return `a list of ${grouped(value.length)} item${value.length === 1 ? '' : 's'}`;
  if (value instanceof Date) return 'a Date object';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  return 'an object';
}

function sizeOf(value: unknown): number | undefined {
  if (typeof value === 'string') return [...value].length;
  if (Array.isArray(value)) return value.length;
  return undefined;
}

/**
 * The message for a value above its limit: "6,012 characters; at most 1,000.", "12 items; at most 10.",
 * "received the number 120; at most 90.".
 *
 * @example
 * tooBigMessage('string', 1000, true, 'x'.repeat(6012)); //=> '6,012 characters; at most 1,000.'
 */
export function tooBigMessage(origin: unknown, maximum: number, inclusive: boolean, input: unknown): string {
  const size = sizeOf(input);
  if (origin === 'string') return `${size === undefined ? 'Too many' : grouped(size)} characters; at most ${grouped(maximum)}.`;
  if (origin === 'array') return `${size === undefined ? 'Too many' : grouped(size)} item${size === 1 ? '' : 's'}; at most ${grouped(maximum)}.`;
  const rule = `be ${inclusive ? 'at most' : 'less than'} ${String(maximum)}.`;
  return typeof input === 'number' ? `Received ${String(input)}; must ${rule}` : `Must ${rule}`;
}

/**
 * The message for a value below its limit: "Must not be empty.", "2 items; at least 4.", "received -3; must be
 * greater than 0.".
 *
 * @example
 * tooSmallMessage('number', 0, false, -3); //=> 'Received -3; must be greater than 0.'
 */
export function tooSmallMessage(origin: unknown, minimum: number, inclusive: boolean, input: unknown): string {
  const size = sizeOf(input);
  if (origin === 'string') return minimum <= 1 ? 'Must not be empty.' : `${grouped(size ?? 0)} characters; at least ${grouped(minimum)}.`;
  if (origin === 'array') return `${grouped(size ?? 0)} item${size === 1 ? '' : 's'}; at least ${grouped(minimum)}.`;
  const rule = `be ${inclusive ? 'at least' : 'greater than'} ${String(minimum)}.`;
  return typeof input === 'number' ? `Received ${String(input)}; must ${rule}` : `Must ${rule}`;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] as number;
      row[j] = Math.min(cur + 1, (row[j - 1] as number) + 1, prev + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] as number;
}

/** Edit distance where swapping two neighbouring letters ("modle" for "model") counts as one edit. */
function typoDistance(a: string, b: string): number {
  let d = distance(a, b);
  for (let i = 0; i + 1 < a.length; i++) {
    const swapped = `${a.slice(0, i)}${a[i + 1] ?? ''}${a[i] ?? ''}${a.slice(i + 2)}`;
    if (swapped !== a) d = Math.min(d, 1 + distance(swapped, b));
  }
  return d;
}

/**
 * A hint for an unknown field: ` (did you mean "durationHours"?)` when a known field is one or two edits away,
 * else `''`.
 *
 * @example
 * keyHint('durationHour', ['durationHours', 'expires']); //=> ' (did you mean "durationHours"?)'
 */
export function keyHint(key: string, known: readonly string[]): string {
  if (key.length > 60) return '';
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = typoDistance(key, k);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.min(2, Math.floor(key.length / 3)) ? ` (did you mean "${best}"?)` : '';
}
