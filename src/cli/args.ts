/**
 * Argument parsing for the `blue-alert` CLI: positional arguments and `--flag value` / `--flag=value` options,
 * checked against the flags each command accepts.
 */

/** A usage mistake: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError' as const;
}

/** Parsed arguments of one command. */
export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly values: ReadonlyMap<string, string>;
  readonly switches: ReadonlySet<string>;
}

/** The flags a command accepts: those that take a value and those that do not. */
export interface FlagSpec {
  readonly values: readonly string[];
  readonly switches: readonly string[];
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
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (name === '--help' || name === '-h') {
      switches.add('--help');
      continue;
    }
    if (spec.values.includes(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || (eq < 0 && v.startsWith('--'))) throw new UsageError(`${name} needs a value.`);
      values.set(name, v);
    } else if (spec.switches.includes(name)) {
      if (eq > 0) throw new UsageError(`${name} takes no value.`);
      switches.add(name);
    } else {
      throw new UsageError(`Unknown option ${name}.`);
    }
  }
  return { positional, values, switches };
}
