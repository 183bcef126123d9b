/**
 * Argument parsing for the `blue-alert` CLI: positional arguments and `--flag value` / `--flag=value` options,
 * checked against the flags each command accepts. Short forms: `-o` for `--out`, `-q` for `--quiet`, `-h` for
 * `--help`.
 */
import { table } from '../table.js';

/**
 * A usage mistake: exit code 2.
 *
 * @example
 * throw new UsageError('--now needs a value.');
 */
export class UsageError extends Error {
  override name = 'UsageError' as const;
}

/**
 * Parsed arguments of one command.
 *
 * @example
 * const args: ParsedArgs = parseArgs(['request.json', '-q'], { values: [], switches: ['--quiet'] });
 * parseArgs(['a.xml', '--cert', 'a.pem', '--cert', 'b.pem'], { values: ['--cert'], switches: [], repeatable: ['--cert'] }).lists.get('--cert'); //=> ['a.pem', 'b.pem']
 */
export interface ParsedArgs {
  readonly positional: readonly string[];
  /** Each value flag's value (a repeatable flag's first). */
  readonly values: ReadonlyMap<string, string>;
  readonly switches: ReadonlySet<string>;
  /** Every value of a repeatable flag, in the order given (`--cert a.pem --cert b.pem`). */
  readonly lists: ReadonlyMap<string, readonly string[]>;
}

/**
 * The flags a command accepts: those that take a value and those that do not.
 *
 * @example
 * const spec: FlagSpec = { values: ['--now', '--out'], switches: ['--json', '--quiet'] };
 */
export interface FlagSpec {
  readonly values: readonly string[];
  readonly switches: readonly string[];
  /** Value flags that may be given more than once (each value kept in `lists`). */
  readonly repeatable?: readonly string[];
}

/** Short flags and the long flags they stand for (accepted where the command accepts the long one). */
const SHORT: Readonly<Record<string, string>> = table({ '-o': '--out', '-q': '--quiet', '-h': '--help' });

/** A flag value, for messages: quoted, control characters escaped, long values cut with a mark. */
const shown = (v: string) => JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);

/** Edit distance of two short strings, up to `max` (more is `max + 1`). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/**
 * An unknown command or value, for the message: never quoted (a stray argument may be a file named after the officer,
 * "Daniel-Okafor.json": red team 15), a near miss named with the word meant, a file named with how to build it.
 *
 * @example
 * unknownWord('biuld', ['build', 'validate'], 'command'); //=> 'Unknown command; did you mean build? …'
 */
export function unknownWord(given: string, known: readonly string[], what: 'command' | 'event'): string {
  const near = given.length <= 30 ? known.find((k) => distance(given.toLowerCase(), k, 2) <= 2) : undefined;
  const list = `The ${what === 'command' ? 'commands' : 'events'} are: ${known.join(', ')}.`;
  if (near !== undefined) return `Unknown ${what}; did you mean ${near}? ${list}`;
  const file = what === 'command' && /[./\\]/.test(given) ? ' To build from a file: blue-alert build <file>.' : '';
  return `Unknown ${what}: the argument (${given.length} characters) is not shown. ${list}${file}`;
}

/**
 * An unknown flag, for the message: a near miss of a known flag is named with the flag meant ("--nwo; did you mean
 * --now?"); any other is not quoted (a stray argument may hold the officer's name: red team 11), and the command's
 * flags are listed.
 */
function unknownOption(given: string, index: number, spec: FlagSpec): string {
  const known = [...spec.values, ...spec.switches];
  const near = given.length <= 30 ? known.find((k) => distance(given.toLowerCase(), k, 2) <= 2) : undefined;
  if (near !== undefined) return `Unknown option ${shown(given)}; did you mean ${near}?`;
  return `Unknown option: argument ${index + 1} after the command (${given.length} characters, not shown). The options are: ${known.join(', ')}, --help.`;
}

/**
 * Parses `argv` for a command. Unknown flags and missing values are usage errors.
 *
 * @example
 * parseArgs(['req.json', '--now', '2026-11-22T14:20:00-07:00', '--json'], { values: ['--now'], switches: ['--json'] });
 */
export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const switches = new Set<string>();
  const lists = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '-' || !a.startsWith('-')) {
      positional.push(a);
      continue;
    }
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const given = eq > 0 ? a.slice(0, eq) : a;
    const name = SHORT[given] ?? given;
    if (name === '--help') {
      switches.add('--help');
      continue;
    }
    if (spec.values.includes(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      // "-" alone is a value (standard input or output); other values that look like flags are a forgotten value
      if (v === undefined || (eq < 0 && v.startsWith('-') && v !== '-' && !/^-\d/.test(v))) throw new UsageError(`${given} needs a value.`);
      if (v === '') throw new UsageError(`${given} needs a value; received an empty string.`);
      if (spec.repeatable?.includes(name) === true) {
        const list = lists.get(name) ?? [];
        list.push(v);
        lists.set(name, list);
        if (!values.has(name)) values.set(name, v);
        continue;
      }
      if (values.has(name)) throw new UsageError(`${given} is given twice (${shown(values.get(name) ?? '')} and ${shown(v)}); give it once.`);
      values.set(name, v);
    } else if (spec.switches.includes(name)) {
      if (eq > 0) throw new UsageError(`${given} takes no value.`);
      switches.add(name);
    } else {
      throw new UsageError(unknownOption(given, i, spec));
    }
  }
  return { positional, values, switches, lists };
}
