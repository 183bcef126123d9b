/**
 * The `blue-alert` command line: build, validate, update, cancel, preview, verify.
 * Exit codes: 0 ok; 1 bad input (issues with paths on stderr) or, for validate/verify, an invalid message;
 * 2 usage. Never a stack trace for user error.
 */
import { BlueAlertError, buildBlueAlert, cancelBlueAlert, formatIssues, updateBlueAlert, validateCap, type BuildOptions } from '../index.js';
import type { BlueAlertWarning } from '../errors.js';
import { parseArgs, UsageError, type FlagSpec, type ParsedArgs } from './args.js';
import { InputError, readInput, readJson, writeAtomic } from './io.js';
import { renderPreview, runPreviewOutput } from './preview.js';
import type * as SignCommands from './sign-commands.js';
import { createRequire } from 'node:module';
import type { CountyLookup } from '../area/lookup.js';

interface Command {
  readonly usage: string;
  readonly help: string;
  readonly flags: FlagSpec;
  readonly run: (args: ParsedArgs) => number;
}

const SIGN_VALUES = ['--sign-key', '--sign-cert'];
const BUILD_VALUES = ['--now', '--id', '--plan', '--out', '--audience', '--override-reason', ...SIGN_VALUES];
const BUILD_SWITCHES = ['--json', '--no-counties'];

/**
 * The county lookup of `blue-alert-cap/counties`, loaded from the built `counties.cjs` beside this binary only
 * when a request needs it (its ~300 KB of county data and ~40 ms index would otherwise slow every start): when
 * the area has geometry, circles or reach (SAME codes are filled from them), or has no description (county names
 * are written for `areaDesc` and the EAS text).
 */
function countiesFor(request: unknown, args: ParsedArgs): { counties?: CountyLookup } {
  if (args.switches.has('--no-counties')) return {};
  const area = (request as { area?: Record<string, unknown> } | null)?.area;
  if (area === undefined || area === null || typeof area !== 'object') return {};
  const shapes = area['geometry'] !== undefined || area['circles'] !== undefined || area['reach'] !== undefined;
  if (!shapes && area['description'] !== undefined) return {};
  const load = createRequire(__filename);
  return { counties: (load('./counties.cjs') as { countyLookup: CountyLookup }).countyLookup };
}

function buildOptions(args: ParsedArgs): BuildOptions {
  const audience = args.values.get('--audience');
  if (audience !== undefined && audience !== 'public' && audience !== 'law-enforcement') {
    throw new UsageError('--audience must be "public" or "law-enforcement".');
  }
  const now = args.values.get('--now');
  const id = args.values.get('--id');
  const plan = args.values.get('--plan');
  const reason = args.values.get('--override-reason');
  return {
    ...(now === undefined ? {} : { now }),
    ...(id === undefined ? {} : { identifier: id }),
    ...(plan === undefined ? {} : { plan }),
    ...(audience === undefined ? {} : { audience }),
    ...(reason === undefined ? {} : { override: { reason } }),
  };
}

/** The earlier messages of a chain: one or more CAP XML files (or - for standard input, once). */
function previous(args: ParsedArgs): string[] {
  if (args.positional.length === 0) throw new UsageError('Give the earlier message(s) of the chain: one or more CAP XML files.');
  if (args.positional.filter((p) => p === '-').length > 1) throw new UsageError('Standard input (-) can be read only once.');
  return args.positional.map(readInput);
}

function one(args: ParsedArgs, what: string): string {
  const [file, extra] = args.positional;
  if (file === undefined) throw new UsageError(`Give ${what}, or - for standard input.`);
  if (extra !== undefined) throw new UsageError(`Unexpected argument "${extra}".`);
  return file;
}

/**
 * The signing commands, loaded on first use: xml-crypto and xmldom take ~30 ms to load, which every other command
 * would pay at start. (In the bundled binary, esbuild turns this `require` into a lazily run module.)
 */
function signCommands(): typeof SignCommands {
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

/** Prints a message as XML or JSON, to stdout or a file written whole; warnings go to stderr. */
function emit(unsigned: { readonly xml: string; readonly warnings: readonly BlueAlertWarning[] }, args: ParsedArgs): number {
  const result = signIfAsked(unsigned, args);
  const out = args.switches.has('--json') ? `${JSON.stringify(result, null, 2)}\n` : result.xml;
  const file = args.values.get('--out');
  if (file !== undefined) writeAtomic(file, out);
  else process.stdout.write(out);
  for (const w of result.warnings) process.stderr.write(`warning: ${w.path || '(request)'}: ${w.message} (${w.code})\n`);
  return 0;
}

const commands: Record<string, Command> = {
  build: {
    usage: 'blue-alert build <request.json|-> [--now ISO] [--id ID] [--plan NAME] [--no-counties] [--audience public|law-enforcement] [--override-reason TEXT] [--json] [--out FILE] [--sign-key FILE --sign-cert FILE]',
    help: `Builds a Blue Alert CAP 1.2 message (IPAWS profile) from a request and prints the XML.

Options:
  --now ISO               send time (default: the clock), e.g. 2026-11-22T14:20:00-07:00
  --id ID                 CAP identifier (default: generated)
  --plan NAME             plan profile: national (default) or colorado
  --audience A            public (default) or law-enforcement (scope Restricted, officer details kept)
  --override-reason TEXT  issue an Actual alert that does not meet the plan's criteria, with this reason
  --no-counties           do not use the county lookup (by default SAME codes are filled from the counties
                          the geometry, circles or reach touch, and areaDesc is written from county names
                          when the area has no description)
  --json                  print the whole result as JSON instead of the XML
  --out FILE              write to FILE (whole or not at all) instead of standard output
  --sign-key FILE         sign the message with this RSA private key (PEM or DER; passphrase from
                          BLUE_ALERT_SIGN_PASSPHRASE) and --sign-cert FILE, its X.509 certificate

Example:
  blue-alert build fixtures/officer-killed-denver/request.json --now 2026-11-22T14:20:00-07:00 --out alert.xml`,
    flags: { values: BUILD_VALUES, switches: BUILD_SWITCHES },
    run: (args) => {
      const request = readJson(one(args, 'a request file'));
      return emit(buildBlueAlert(request, { ...buildOptions(args), ...countiesFor(request, args) }), args);
    },
  },
  validate: {
    usage: 'blue-alert validate <alert.xml|-> [--profile cap|ipaws] [--json]',
    help: `Checks a CAP message against CAP 1.2 (--profile cap) or the IPAWS profile v1.0 (--profile ipaws, the default)
and prints one issue a line (severity, code, path, message). Exit 0 when there is no error, 1 otherwise.

Example:
  blue-alert validate alert.xml --profile ipaws`,
    flags: { values: ['--profile'], switches: ['--json'] },
    run: (args) => {
      const profile = args.values.get('--profile') ?? 'ipaws';
      if (profile !== 'cap' && profile !== 'ipaws') throw new UsageError('--profile must be "cap" or "ipaws".');
      const issues = validateCap(readInput(one(args, 'a CAP XML file')), { profile });
      if (args.switches.has('--json')) process.stdout.write(`${JSON.stringify(issues, null, 2)}\n`);
      else for (const i of issues) process.stdout.write(`${i.severity}\t${i.code}\t${i.path}\t${i.message}\n`);
      const errors = issues.filter((i) => i.severity === 'error').length;
      if (!args.switches.has('--json')) process.stderr.write(errors === 0 ? `valid (${profile}): no errors, ${issues.length} other finding(s)\n` : `invalid (${profile}): ${errors} error(s)\n`);
      return errors === 0 ? 0 : 1;
    },
  },
  update: {
    usage: 'blue-alert update <previous.xml...> --request <request.json> [--now ISO] [--id ID] [--plan NAME] [--json] [--out FILE] [--sign-key FILE --sign-cert FILE]',
    help: `Builds an Update of a Blue Alert from the new request. The earlier messages of the chain are given as CAP XML
files (oldest first or in any order); the Update references every one that has not expired, as IPAWS requires.

Options:
  --request FILE   the updated request (JSON), or - for standard input
  --now, --id, --plan, --audience, --override-reason, --no-counties, --json, --out, --sign-key, --sign-cert
                   as for build

Example:
  blue-alert update alert.xml --request request-v2.json --now 2026-11-22T15:05:00-07:00 --out update.xml`,
    flags: { values: [...BUILD_VALUES, '--request'], switches: BUILD_SWITCHES },
    run: (args) => {
      const requestFile = args.values.get('--request');
      if (requestFile === undefined) throw new UsageError('--request <request.json> is required.');
      const chain = previous(args);
      const request = readJson(requestFile);
      return emit(updateBlueAlert(chain, request, { ...buildOptions(args), ...countiesFor(request, args) }), args);
    },
  },
  cancel: {
    usage: 'blue-alert cancel <previous.xml...> [--reason TEXT] [--now ISO] [--id ID] [--time-zone ZONE] [--json] [--out FILE] [--sign-key FILE --sign-cert FILE]',
    help: `Builds the Cancel of a Blue Alert. The earlier messages of the chain are given as CAP XML files; the Cancel
references every one that has not expired and says in plain words that the alert is cancelled and why.

Options:
  --reason TEXT     suspect-apprehended, officer-located, or your own words (default: no reason given)
  --time-zone ZONE  IANA zone to write sent in (default: the offset of the latest earlier message)
  --now, --id, --json, --out   as for build

Example:
  blue-alert cancel alert.xml update.xml --reason suspect-apprehended --out cancel.xml`,
    flags: { values: ['--now', '--id', '--out', '--reason', '--time-zone', ...SIGN_VALUES], switches: ['--json'] },
    run: (args) => {
      const chain = previous(args);
      const now = args.values.get('--now');
      const id = args.values.get('--id');
      const reason = args.values.get('--reason');
      const timeZone = args.values.get('--time-zone');
      const result = cancelBlueAlert(chain, {
        ...(now === undefined ? {} : { now }),
        ...(id === undefined ? {} : { identifier: id }),
        ...(reason === undefined ? {} : { reason }),
        ...(timeZone === undefined ? {} : { timeZone }),
      });
      return emit(result, args);
    },
  },
  verify: {
    usage: 'blue-alert verify <alert.xml|-> [--cert FILE] [--json]',
    help: `Checks the XML signature of a CAP message (enveloped, as IPAWS-OPEN signs: exclusive C14N, RSA-SHA256,
X.509 certificate in KeyInfo). Prints the signer and any issues; exit 0 when the signature is valid, 1 when the
message is unsigned, changed after signing, or (with --cert) signed by a certificate that is not trusted.

Options:
  --cert FILE   trust this certificate (the sender's own, or the CA that issued it), PEM or DER;
                without it the signature is checked against the certificate the message carries
  --json        print the result as JSON

Example:
  blue-alert verify alert.xml --cert cog-cert.pem`,
    flags: { values: ['--cert'], switches: ['--json'] },
    run: (args) => {
      const cert = args.values.get('--cert');
      const r = signCommands().runVerify(one(args, 'a signed CAP XML file'), {
        ...(cert === undefined ? {} : { certFiles: [cert] }),
        json: args.switches.has('--json'),
      });
      for (const l of r.stdout) process.stdout.write(`${l}\n`);
      for (const l of r.stderr) process.stderr.write(`${l}\n`);
      return r.exitCode;
    },
  },
  preview: {
    usage: 'blue-alert preview <request.json|-> [--now ISO] [--plan NAME] [--no-counties] [--audience A] [--override-reason TEXT] [--html FILE] [--json]',
    help: `Shows what a request will send, for a person to check: both WEA texts with their character counts, the EAS
text and SAME header, the areas with a small text map, the activation check, the redactions and the warnings.

  --html FILE   write the preview as one self-contained HTML page (phones, TV crawl, a county map, the checks;
                no script, nothing loaded from anywhere), whole or not at all; written with the errors too
  --json        print the preview as JSON instead of text

Example:
  blue-alert preview fixtures/officer-killed-denver/request.json --now 2026-11-22T14:20:00-07:00
  blue-alert preview fixtures/officer-killed-denver/request.json --html preview.html`,
    flags: { values: ['--now', '--id', '--plan', '--audience', '--override-reason', '--html'], switches: ['--no-counties', '--json'] },
    run: (args) => {
      const request = readJson(one(args, 'a request file'));
      const html = args.values.get('--html');
      if (html !== undefined || args.switches.has('--json')) {
        return runPreviewOutput(request, { ...buildOptions(args), ...countiesFor(request, args) }, { html, json: args.switches.has('--json') }, process);
      }
      process.stdout.write(renderPreview(buildBlueAlert(request, { ...buildOptions(args), ...countiesFor(request, args) })));
      return 0;
    },
  },
};

const MAIN_HELP = `blue-alert: Blue Alert requests to CAP 1.2 messages for IPAWS

Usage:
${Object.values(commands)
  .map((c) => `  ${c.usage}`)
  .join('\n')}

Run "blue-alert <command> --help" for a command's options and an example.
Exit codes: 0 ok; 1 bad input or invalid message (issues with their paths on stderr); 2 usage.
`;

/** Runs the CLI on the given arguments and returns the exit code. */
function runCli(argv: readonly string[]): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(MAIN_HELP);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  try {
    if (command === undefined) throw new UsageError(`Unknown command "${name}".`);
    const args = parseArgs(rest, command.flags);
    if (args.switches.has('--help')) {
      process.stdout.write(`Usage: ${command.usage}\n\n${command.help}\n`);
      return 0;
    }
    return command.run(args);
  } catch (e) {
    if (e instanceof BlueAlertError) {
      process.stderr.write(`${formatIssues(e.issues)}\n`);
      return 1;
    }
    if (e instanceof InputError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n${command === undefined ? MAIN_HELP : `Usage: ${command.usage}\n`}`);
      return 2;
    }
    if (e instanceof Error && e.name === 'CapParseError') {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    // A bug, not user error. Its message could quote input, so the details show only when asked for.
    const detail = process.env['BLUE_ALERT_DEBUG'] === '1' && e instanceof Error ? `\n${e.stack ?? e.message}` : '';
    process.stderr.write(`blue-alert: internal error (${e instanceof Error ? e.name : 'unknown'}); set BLUE_ALERT_DEBUG=1 for details and please report it.${detail}\n`);
    return 70;
  }
}

process.exitCode = runCli(process.argv.slice(2));
