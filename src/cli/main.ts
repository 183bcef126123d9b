/**
 * The `blue-alert` command line: init, build, validate, update, cancel, preview, verify.
 * Exit codes: 0 ok; 1 bad input (issues with paths on stderr, or `{ "success": false, "issues": [...] }` on stdout
 * with `--json`) or, for validate/verify, an invalid message (its issues on stdout: the report is the output);
 * 2 usage (stderr; with `--json` one JSON object on stdout only); 70 a bug; 74 standard output could not be
 * written. Never a stack trace for user error.
 */
import { cliLimitWording } from './limit-wording.js';
import { BlueAlertError } from '../index.js';
import type { BlueAlertIssue } from '../errors.js';
import { parseArgs, unknownWord, UsageError, type ParsedArgs } from './args.js';
import { cliIssue } from './flags.js';
import { InputError } from './io.js';
import { checkOut } from './output.js';
import { StdoutError, writeStderr, writeStdout } from './stdio.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setZoneEngine } from '../time/zone.js';
import { processZoneEngine } from './zone-engine.js';
import { commands } from './commands.js';

const MAIN_HELP = `blue-alert: Blue Alert requests to CAP 1.2 messages for IPAWS

Usage:
${Object.values(commands)
  .map((c) => `  ${c.usage}`)
  .join('\n')}
  blue-alert --version

Run "blue-alert <command> --help" for a command's options and an example.
Exit codes: 0 ok; 1 bad input or invalid message; 2 usage; 70 internal error (a bug);
74 standard output could not be written.
Streams: validate and verify print the message's issues on stdout (the report is the
command's output) and a verdict line on stderr; other commands print their result on
stdout and problems (issues with their paths) on stderr; a usage error goes to stderr.
With --json every outcome, a usage error too, is one JSON object on stdout only.
`;

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Issues of a failure, in CLI terms. */
function failureIssues(e: unknown): BlueAlertIssue[] | undefined {
  if (e instanceof BlueAlertError || (e instanceof Error && e.name === 'BlueAlertError' && Array.isArray((e as BlueAlertError).issues))) {
    return (e as BlueAlertError).issues.map(cliIssue);
  }
  if (e instanceof InputError) return [{ code: e.code as BlueAlertIssue['code'], path: e.path, message: e.message, severity: 'error' }];
  if (e instanceof Error && e.name === 'CapParseError') {
    return [{ code: ((e as Error & { code?: string }).code ?? 'NOT_CAP') as BlueAlertIssue['code'], path: '/', message: e.message, severity: 'error' }];
  }
  return undefined;
}

/**
 * What an issue about a flag says it received. A value is quoted only when its shape cannot carry a name (a
 * date-time, a time zone); others (--id, --reason) are described, so the officer's identity, typed by mistake
 * into a flag, never comes back in a message.
 */
function received(flag: string, v: string): string | undefined {
  const quoted = JSON.stringify(v);
  if (flag === '--now') return /^[0-9TZtz:.,+\- ]{1,40}$/.test(v) ? quoted : `${v.length} characters that are not a date-time`;
  if (flag === '--time-zone') return /^(?:[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+|UTC|GMT)$/.test(v) && v.length <= 60 ? quoted : `${v.length} characters that are not an IANA zone name`;
  // a plan name is quoted only when it is near a known one ("colorada"); any other word may be a name or a badge
  // typed into the wrong flag (red team 12: "--plan okafor" came back as Received "okafor")
  if (flag === '--plan') return /^(?:nat|col)[a-z-]{0,10}$/i.test(v) ? quoted : `${v.length} characters, not shown`;
  if (flag === '--id') {
    const bad = /[\s,<&]/.exec(v);
    const where = bad === null ? '' : `, with ${bad[0] === ' ' ? 'a space' : /\s/.test(bad[0]) ? 'a white-space character' : `"${bad[0]}"`} at character ${bad.index + 1}`;
    return `${v.length} characters${where}`;
  }
  return undefined;
}

/** Adds what the user gave to an issue about a flag: `--now: … Received "yesterday".` */
function withReceived(i: BlueAlertIssue, args: ParsedArgs | undefined): BlueAlertIssue {
  const value = args?.values.get(i.path);
  const v = value === undefined ? undefined : received(i.path, value);
  const own = i.message.startsWith(`${i.path} `) ? i.message.slice(i.path.length + 1).replace(/^./, (c) => c.toUpperCase()) : i.message;
  if (own !== i.message) i = { ...i, message: own };
  if (v === undefined || i.message.includes('Received ') || i.message.includes('received ')) return i;
  return { ...i, message: `${i.message.replace(/\.?$/, '.')} Received ${v}.` };
}

function fail(e: unknown, args: ParsedArgs | undefined): number {
  const issues = e instanceof InputError ? failureIssues(e) : failureIssues(e)?.map((i) => withReceived(i, args));
  if (issues === undefined) throw e;
  // the library's size caps in CLI terms (a previous message over 1 MiB given to cancel or update: report 17 F09)
  for (const [k, i] of issues.entries()) issues[k] = { ...i, message: cliLimitWording(i.message) };
  if (args?.switches.has('--json') === true) writeStdout(`${JSON.stringify({ success: false, issues }, null, 2)}\n`);
  else writeStderr(`${issues.map((i) => (e instanceof InputError ? i.message : `${i.path === '' ? '(request)' : i.path}: ${i.message} (${i.code})`)).join('\n')}\n`);
  return 1;
}

/** Runs the CLI on the given arguments and returns the exit code. */
function runCli(argv: readonly string[]): number {
  const [name, ...rest] = argv;
  const command = name === undefined || !Object.hasOwn(commands, name) ? undefined : commands[name];
  let args: ParsedArgs | undefined;
  try {
    // "help build" is build's help (rt24 V14: it printed the general help)
    const topic = name === 'help' && rest.length === 1 && Object.hasOwn(commands, rest[0] as string) ? commands[rest[0] as string] : undefined;
    if (topic !== undefined) {
      writeStdout(`Usage: ${topic.usage}\n\n${topic.help}\n`);
      return 0;
    }
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      (name === undefined ? writeStderr : writeStdout)(MAIN_HELP);
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-V' || name === 'version') {
      writeStdout(`blue-alert ${version()}\n`);
      return 0;
    }
    if (command === undefined) throw new UsageError(unknownWord(name, Object.keys(commands), 'command'));
    args = parseArgs(rest, command.flags);
    if (args.switches.has('--help')) {
      writeStdout(`Usage: ${command.usage}\n\n${command.help}\n`);
      return 0;
    }
    try {
      if (command.flags.values.includes('--out')) checkOut(args);
      return command.run(args);
    } catch (e) {
      return fail(e, args);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      // --json: one JSON object on stdout and nothing on stderr, as for every other outcome (the exit code says 2);
      // otherwise the message and the usage on stderr only (conformance report 17 F10)
      if (rest.includes('--json')) writeStdout(`${JSON.stringify({ success: false, issues: [{ code: 'usage', severity: 'error', path: '', message: e.message }] }, null, 2)}\n`);
      else writeStderr(`${e.message}\n${command === undefined ? MAIN_HELP : `Usage: ${command.usage}\n`}`);
      return 2;
    }
    if (e instanceof StdoutError) {
      writeStderr(`${e.message}\n`);
      return 74;
    }
    // A bug, not user error. Its message could quote input, so the details show only when asked for.
    const detail = process.env['BLUE_ALERT_DEBUG'] === '1' && e instanceof Error ? `\n${e.stack ?? e.message}` : '';
    writeStderr(`blue-alert: internal error (${e instanceof Error ? e.name : 'unknown'}); set BLUE_ALERT_DEBUG=1 for details and please report it.${detail}\n`);
    return 70;
  }
}

// zone facts from the process time zone, not Intl: a tenth of a cold build (src/cli/zone-engine.ts)
setZoneEngine(processZoneEngine());
process.exitCode = runCli(process.argv.slice(2));
