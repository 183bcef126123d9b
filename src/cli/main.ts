/**
 * The `blue-alert` command line. (First version: `build`; the CLI issue completes it.)
 */
import { readFileSync, writeFileSync, renameSync, unlinkSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { buildBlueAlert, BlueAlertError, formatIssues } from '../index.js';

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--now', '--id', '--plan', '--out', '--profile', '--request', '--reason']);

function parseArgs(argv: readonly string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags.set(a.slice(0, eq), a.slice(eq + 1));
      else if (VALUE_FLAGS.has(a)) {
        const v = argv[i + 1];
        if (v === undefined) throw new UsageError(`${a} needs a value.`);
        flags.set(a, v);
        i++;
      } else flags.set(a, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

class UsageError extends Error {}

function readInput(path: string): string {
  return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
function writeAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw e;
  }
}

const HELP = `Usage: blue-alert build <request.json|-> [--now ISO] [--id ID] [--plan NAME] [--json] [--out FILE]

Example:
  blue-alert build fixtures/officer-killed-denver/request.json --now 2026-11-22T14:20:00-07:00
`;

function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'build') {
    process.stderr.write(`Unknown command "${command}".\n${HELP}`);
    return 2;
  }
  const args = parseArgs(rest);
  if (args.flags.has('--help')) {
    process.stdout.write(HELP);
    return 0;
  }
  const file = args.positional[0];
  if (file === undefined) throw new UsageError('Give a request file, or - for standard input.');
  let json: unknown;
  try {
    json = JSON.parse(readInput(file));
  } catch (e) {
    process.stderr.write(`${file}: cannot read the request as JSON (${(e as Error).message}).\n`);
    return 1;
  }
  const now = args.flags.get('--now');
  const id = args.flags.get('--id');
  const plan = args.flags.get('--plan');
  const result = buildBlueAlert(json, {
    ...(typeof now === 'string' ? { now } : {}),
    ...(typeof id === 'string' ? { identifier: id } : {}),
    ...(typeof plan === 'string' ? { plan } : {}),
  });
  const out = args.flags.has('--json') ? `${JSON.stringify(result, null, 2)}\n` : result.xml;
  const outFile = args.flags.get('--out');
  if (typeof outFile === 'string') writeAtomic(outFile, out);
  else process.stdout.write(out);
  for (const w of result.warnings) process.stderr.write(`warning: ${w.path || '(request)'}: ${w.message} (${w.code})\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof BlueAlertError) {
    process.stderr.write(`${formatIssues(e.issues)}\n`);
    process.exitCode = 1;
  } else if (e instanceof UsageError) {
    process.stderr.write(`${e.message}\n${HELP}`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`Internal error: ${(e as Error).message}\n`);
    process.exitCode = 70;
  }
}
