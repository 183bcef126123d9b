/**
 * The output of the `blue-alert` commands: the message as XML or JSON, signed when asked, to standard output or a
 * file written whole, and its warnings on standard error. Split from `main.ts`.
 */
import type { BlueAlertWarning } from '../errors.js';
import { UsageError, type ParsedArgs } from './args.js';
import { cliIssue } from './flags.js';
import { checkTarget, writeAtomic } from './write.js';
import { writeStderr, writeStdout } from './stdio.js';
import type * as SignCommands from './sign-commands.js';

/**
 * The signing commands, loaded on first use: xml-crypto and xmldom take ~30 ms to load, which every other command
 * would pay at start. (In the bundled binary, esbuild turns this `require` into a lazily run module.)
 *
 * @example
 * signCommands().signOutput(xml, { keyFile: 'key.pem', certFile: 'cert.pem' });
 */
export function signCommands(): typeof SignCommands {
  return require('./sign-commands.js') as typeof SignCommands;
}

/** Signs the message when --sign-key and --sign-cert are given (passphrase of an encrypted key: BLUE_ALERT_SIGN_PASSPHRASE). */
function signIfAsked<T extends { readonly xml: string }>(result: T, args: ParsedArgs): T {
  const keyFile = args.values.get('--sign-key');
  const certFile = args.values.get('--sign-cert');
  if (keyFile === undefined && certFile === undefined) return result;
  if (keyFile === undefined || certFile === undefined) throw new UsageError('--sign-key and --sign-cert go together.');
  const passphrase = process.env['BLUE_ALERT_SIGN_PASSPHRASE'];
  return { ...result, xml: signCommands().signOutput(result.xml, { keyFile, certFile, ...(passphrase === undefined ? {} : { passphrase }) }) };
}

/** The files a command reads: its positional arguments and the file flags. */
function inputFiles(args: ParsedArgs): string[] {
  const flags = ['--request', '--plan', '--sign-key', '--sign-cert'].map((f) => args.values.get(f)).concat(args.lists.get('--cert') ?? []);
  return [...args.positional, ...flags].filter((f): f is string => f !== undefined && f !== '-');
}

/**
 * Refuses a --out file that cannot be written before the command does its work (the same checks as the write).
 *
 * @example
 * checkOut(parseArgs(['--out', '/dev/null'], flags)); // throws: a device, not a regular file
 */
export function checkOut(args: ParsedArgs): void {
  const file = args.values.get('--out');
  if (file !== undefined && file !== '-') checkTarget(file, inputFiles(args));
}

/**
 * Writes command output to --out FILE (whole or not at all), or standard output (no --out, or --out -).
 *
 * @example
 * output(xml, parseArgs(['--out', 'alert.xml'], flags)); // alert.xml holds the whole text, or is not written
 */
export function output(text: string, args: ParsedArgs): void {
  const file = args.values.get('--out');
  if (file === undefined || file === '-') writeStdout(text);
  else writeAtomic(file, text, inputFiles(args));
}

/** Prints the warnings on standard error, unless --quiet. */
function printWarnings(warnings: readonly BlueAlertWarning[], args: ParsedArgs): void {
  if (args.switches.has('--quiet')) return;
  for (const w of warnings.map(cliIssue)) writeStderr(`warning: ${w.path || '(request)'}: ${w.message} (${w.code})\n`);
}

/**
 * Prints a message as XML or JSON, to stdout or a file written whole; warnings go to stderr.
 *
 * @example
 * emit(buildBlueAlert(request), args); //=> 0, the XML on standard output
 */
export function emit(unsigned: { readonly xml: string; readonly warnings: readonly BlueAlertWarning[] }, args: ParsedArgs): number {
  const result = signIfAsked(unsigned, args);
  output(args.switches.has('--json') ? `${JSON.stringify({ ...result, warnings: result.warnings.map(cliIssue) }, null, 2)}\n` : result.xml, args);
  printWarnings(result.warnings, args);
  return 0;
}
