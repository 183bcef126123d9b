/**
 * The commands of the `blue-alert` command line (init, build, validate, update, cancel, preview, verify) and the
 * options and inputs they read. Split from `main.ts`, which runs them.
 */
import { quoteValue } from '../validate/quote.js';
import { MAX_BYTES_HELP, cliLimitWording, maxBytesFlag } from './limit-wording.js';
import { LIMITS, buildBlueAlert, cancelBlueAlert, parseCap, updateBlueAlert, validateCap, type BuildOptions } from '../index.js';
import type { CapAlert } from '../cap/model.js';
import type { BlueAlertRequestInput } from '../request/types.js'; // the build checks the JSON at run time
import type { CancelOptions } from '../lifecycle/cancel.js';
import { UsageError, type FlagSpec, type ParsedArgs } from './args.js';
import { CAP_FILE, InputError, REQUEST_FILE, readBytes, readJson, type InputRole } from './io.js';
import { writeStderr, writeStdout } from './stdio.js';
import { initTemplateJson, INIT_EVENTS } from './init.js';
import { renderPreview, runPreviewOutput } from './preview.js';
import { createRequire } from 'node:module';
import type { CountyLookup } from '../area/lookup.js';
import { emit, output, signCommands } from './output.js';

/**
 * One command of the CLI: its usage line, its help, the flags it takes and what it runs (the exit code).
 *
 * @example
 * const hello: Command = { usage: 'blue-alert hello', help: 'Says hello.', flags: { values: [], switches: [] }, run: () => 0 };
 */
export interface Command {
  readonly usage: string;
  readonly help: string;
  readonly flags: FlagSpec;
  readonly run: (args: ParsedArgs) => number;
}

/** The profile `validate` uses without `--profile`: the same as `validateCap`'s default. */
const DEFAULT_PROFILE = 'ipaws';
/** The example request shipped in the package, as an installed user finds it. */
const EXAMPLE = 'node_modules/blue-alert-cap/examples/request.json';
const EXAMPLE_UPDATE = 'node_modules/blue-alert-cap/examples/request-update.json';

const SIGN_VALUES = ['--sign-key', '--sign-cert'];
const BUILD_VALUES = ['--now', '--id', '--plan', '--out', '--audience', '--override-reason', ...SIGN_VALUES];
const BUILD_SWITCHES = ['--json', '--no-counties', '--quiet'];

/**
 * The county lookup of `blue-alert-cap/counties`, loaded from `cli-counties.cjs` beside this binary (see
 * src/cli/counties.ts) only when a request needs it (its ~300 KB of county data would otherwise slow every start): when
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
  return { counties: (load('./cli-counties.cjs') as { countyLookup: CountyLookup }).countyLookup };
}

/**
 * What a bad `--profile` received. A value shaped like a profile name ('IPAWS', 'ipaws ', 'Cap', 'nws',
 * 'ipaws-1.0') is quoted, escaped so white space and invisible characters show ("ipaws\u00A0"); anything else is
 * described by its length, since a flag typed by mistake may hold the officer's name.
 */
/** A field of the tab-separated report: a tab or line break inside it is written as an escape (rt24 V4). */
function tsv(field: string): string {
  return /[\t\n\r\u0085\u2028\u2029]/u.test(field) ? field.replace(/[\t\n\r\u0085\u2028\u2029]/gu, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)) : field;
}

function receivedProfile(v: string): string {
  if (v === '') return 'an empty string';
  const bare = v.replace(/[\s\u00a0\u00ad\u200b-\u200f\u2060\ufeff]/g, '').toLowerCase();
  const nameLike = /^[a-z0-9._-]{1,20}$/.test(v) || (bare.length <= 20 && /^(ipaws|cap)/.test(bare));
  return nameLike ? quoteValue(v, 40) : `${v.length} characters that are not a profile name`;
}

/** The `--plan` JSON file. */
const PLAN_FILE: InputRole = { what: 'The --plan file', key: '--plan' };

/** Earlier message `n` (1-based) of update and cancel: its role, not its path (which may hold a name). */
const earlierMessage = (n: number): InputRole => ({ what: `Earlier message ${n} (file argument ${n})`, key: `previous[${n - 1}]` });

/** `--plan`: a built-in plan name, or a JSON file holding a plan object (a name ending in .json or with a folder in it). */
function planOption(value: string | undefined): Pick<BuildOptions, 'plan'> {
  if (value === undefined) return {};
  if (!/\.json$/i.test(value) && !/[/\\]/.test(value)) return { plan: value };
  const plan = readJson(value, PLAN_FILE);
  if (plan === null || typeof plan !== 'object' || Array.isArray(plan)) {
    throw new InputError(`The --plan file: a plan file holds one JSON object (a plan profile); received ${Array.isArray(plan) ? 'an array' : plan === null ? 'null' : `a ${typeof plan}`}.`, PLAN_FILE.key, 'invalid_plan');
  }
  return { plan: plan as NonNullable<BuildOptions['plan']> };
}

function buildOptions(args: ParsedArgs): BuildOptions {
  const audience = args.values.get('--audience');
  if (audience !== undefined && audience !== 'public' && audience !== 'law-enforcement') {
    throw new UsageError(`--audience must be "public" or "law-enforcement"; received ${audience.length} other characters.`);
  }
  const now = args.values.get('--now');
  const id = args.values.get('--id');
  const reason = args.values.get('--override-reason');
  return {
    ...(now === undefined ? {} : { now }),
    ...(id === undefined ? {} : { identifier: id }),
    ...planOption(args.values.get('--plan')),
    ...(audience === undefined ? {} : { audience }),
    ...(reason === undefined ? {} : { override: { reason } }),
  };
}

/** Reads a CAP XML file as bytes and parses it, so invalid UTF-8 is refused as the API refuses it (MALFORMED_XML). */
function readCap(file: string, role: InputRole, budget?: { left: number }): CapAlert {
  const bytes = readBytes(file, role);
  const key = file === '-' ? '-' : role.key;
  if (budget !== undefined && (budget.left -= bytes.byteLength) < 0) {
    throw new InputError(`The earlier messages hold more than ${LIMITS.previousMessagesBytes} bytes together (LIMITS.previousMessagesBytes); ${file === '-' ? 'standard input' : role.what.toLowerCase()} goes over. Give the messages of one alert: the Alert and its Updates.`, key, 'input_too_large');
  }
  try {
    return parseCap(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    if (e instanceof Error && e.name === 'CapParseError') {
      const code = (e as Error & { code?: string }).code ?? 'NOT_CAP';
      throw new InputError(`${file === '-' ? 'Standard input' : role.what}: not a CAP message: ${e.message} (${code})`, key, code);
    }
    throw e;
  }
}

/** The earlier messages of a chain: one or more CAP XML files (or - for standard input, once). */
function previous(args: ParsedArgs): CapAlert[] {
  if (args.positional.length === 0) throw new UsageError('Give the earlier message(s) of the chain: one or more CAP XML files.');
  if (args.positional.filter((p) => p === '-').length > 1) throw new UsageError('Standard input (-) can be read only once.');
  // counted before any file is read: 40,000 names of one file once took seconds
  if (args.positional.length > LIMITS.previousMessages) {
    throw new InputError(`${args.positional.length} earlier messages were given; the limit is ${LIMITS.previousMessages} (LIMITS.previousMessages). Give the messages of one alert: the Alert and its Updates.`, '', 'input_too_large');
  }
  const budget = { left: LIMITS.previousMessagesBytes };
  return args.positional.map((file, i) => readCap(file, earlierMessage(i + 1), budget));
}

function one(args: ParsedArgs, what: string): string {
  const [file, extra] = args.positional;
  if (file === undefined) throw new UsageError(`Give ${what}, or - for standard input.`);
  // (not quoted: a stray argument may hold the officer's name)
  if (extra !== undefined) throw new UsageError(`Unexpected second file argument (${extra.length} characters); give one file.`);
  return file;
}

const BUILD_OPTIONS_HELP = `  --now ISO               send time (default: the clock), e.g. 2026-11-22T14:20:00-07:00
  --id ID                 CAP identifier (default: generated)
  --plan NAME|FILE.json   plan profile: national (default), colorado, or a JSON file with a plan object
  --audience A            public (default) or law-enforcement (scope Restricted, officer details kept)
  --override-reason TEXT  issue an Actual alert that does not meet the plan's criteria, with this reason
  --no-counties           do not use the county lookup (by default SAME codes are filled from the counties
                          the geometry, circles or reach touch, and areaDesc is written from county names
                          when the area has no description)
  --json                  print the whole result as JSON instead of the XML; a failure prints
                          { "success": false, "issues": [...] } on standard output (exit 1)
  -o, --out FILE          write to FILE (whole or not at all; a regular file or a new path) instead of
                          standard output; --out - is standard output
  -q, --quiet             no warnings on standard error
  --sign-key FILE         sign the message with this RSA private key (PEM or DER; passphrase from
                          BLUE_ALERT_SIGN_PASSPHRASE) and --sign-cert FILE, its X.509 certificate`;

/**
 * The commands of the CLI by name: init, build, validate, update, cancel, verify, preview.
 *
 * @example
 * Object.keys(commands); //=> ['init', 'build', 'validate', 'update', 'cancel', 'verify', 'preview']
 */
export const commands: Record<string, Command> = {
  init: {
    usage: `blue-alert init <${INIT_EVENTS.join('|')}>`,
    help: `Prints a request template for the event: JSON with "$schema" (so editors show help for every field) and
every field a reviewer fills in. Empty strings ("") and nulls are still to fill: fill each one, or delete the
optional ones that do not apply. "blue-alert build" refuses the template until then, naming each field.

Example:
  blue-alert init officer-killed > request.json`,
    flags: { values: ['--out'], switches: [] },
    run: (args) => {
      const [event, extra] = args.positional;
      if (event === undefined) throw new UsageError(`Give the event: one of ${INIT_EVENTS.join(', ')}.`);
      if (extra !== undefined) throw new UsageError(`Unexpected argument after the event (${extra.length} characters, not shown); give one event.`);
      output(initTemplateJson(event), args);
      return 0;
    },
  },
  build: {
    usage: 'blue-alert build <request.json|-> [--now ISO] [--id ID] [--plan NAME|FILE.json] [--no-counties] [--audience public|law-enforcement] [--override-reason TEXT] [--json] [-q] [-o FILE] [--sign-key FILE --sign-cert FILE]',
    help: `Builds a Blue Alert CAP 1.2 message (IPAWS profile) from a request and prints the XML.

Options:
${BUILD_OPTIONS_HELP}

Example (with the example request the package ships):
  blue-alert build ${EXAMPLE} --now 2026-11-22T14:20:00-07:00 --out alert.xml`,
    flags: { values: BUILD_VALUES, switches: BUILD_SWITCHES },
    run: (args) => {
      const request = readJson(one(args, 'a request file'), REQUEST_FILE);
      return emit(buildBlueAlert(request as BlueAlertRequestInput, { ...buildOptions(args), ...countiesFor(request, args) }), args);
    },
  },
  validate: {
    usage: 'blue-alert validate <alert.xml|-> [--profile cap|ipaws] [--max-bytes N] [--json] [-q]',
    help: `Checks a CAP message against the IPAWS profile v1.0 (--profile ipaws, the default, as for validateCap) or
CAP 1.2 alone (--profile cap), and prints one issue a line (severity, code, path, message, tab-separated) on
standard output, the verdict line on standard error. Exit 0 when there is no error, 1 otherwise. The file is
read as bytes: invalid UTF-8 is MALFORMED_XML. The element cap (50,000) is fixed in the CLI.

Options:
  --profile P   ipaws (default) or cap
${MAX_BYTES_HELP}
  --json        print { "success": true|false, "issues": [...] } (success: no error), the
                same object when the file cannot be read
  -q, --quiet   no verdict line on standard error

Example:
  blue-alert validate alert.xml --profile ipaws`,
    flags: { values: ['--profile', '--max-bytes'], switches: ['--json', '--quiet'] },
    run: (args) => {
      const profile = args.values.get('--profile') ?? DEFAULT_PROFILE;
      if (profile !== 'cap' && profile !== 'ipaws') throw new UsageError(`--profile must be "cap" or "ipaws" (lower case, no spaces); received ${receivedProfile(profile)}.`);
      const maxBytes = maxBytesFlag(args.values.get('--max-bytes'));
      const bytes = readBytes(one(args, 'a CAP XML file'), CAP_FILE);
      const options = { profile, ...(maxBytes === undefined ? {} : { maxBytes }) } as const;
      const issues = validateCap(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), options).map((i) => ({ ...i, message: cliLimitWording(i.message, true) }));
      const errors = issues.filter((i) => i.severity === 'error').length;
      // a code's summary issue stands for the ones not listed ("44,980 more UNSUPPORTED_ELEMENT issues were found"):
      // the verdict counts them too
      const summaries = issues.filter((i) => i.severity === 'error').map((i) => /^([\d,]+) more \S+ issues? (?:was|were) found and not listed/u.exec(i.message)?.[1]).filter((c) => c !== undefined);
      const unlisted = summaries.reduce((n, c) => n + Number(c.replace(/,/g, '')), 0);
      // one shape for every outcome, as for the failures of every command (and an unreadable file)
      if (args.switches.has('--json')) writeStdout(`${JSON.stringify({ success: errors === 0, issues }, null, 2)}\n`);
      else writeStdout(issues.map((i) => `${tsv(i.severity)}\t${tsv(i.code)}\t${tsv(i.path)}\t${tsv(i.message)}\n`).join(''));
      if (!args.switches.has('--json') && !args.switches.has('--quiet')) {
        const count = unlisted === 0 ? `${errors}` : `${(errors - summaries.length + unlisted).toLocaleString('en-US')}`;
        writeStderr(errors === 0 ? `valid (${profile}): no errors, ${issues.length} other finding(s)\n` : `invalid (${profile}): ${count} error(s)${unlisted === 0 ? '' : ` (${errors - summaries.length} listed)`}\n`);
      }
      return errors === 0 ? 0 : 1;
    },
  },
  update: {
    usage: 'blue-alert update <previous.xml...> --request <request.json> [--now ISO] [--id ID] [--plan NAME|FILE.json] [--json] [-q] [-o FILE] [--sign-key FILE --sign-cert FILE]',
    help: `Builds an Update of a Blue Alert from the new request. The earlier messages of the chain are given as CAP XML
files (oldest first or in any order); the Update references every one that has not expired, as IPAWS requires.

Options:
  --request FILE   the updated request (JSON), or - for standard input
  --now, --id, --plan, --audience, --override-reason, --no-counties, --json, -q, -o/--out, --sign-key, --sign-cert
                   as for build

Example (after the build example):
  blue-alert update alert.xml --request ${EXAMPLE_UPDATE} --now 2026-11-22T15:05:00-07:00 --out update.xml`,
    flags: { values: [...BUILD_VALUES, '--request'], switches: BUILD_SWITCHES },
    run: (args) => {
      const requestFile = args.values.get('--request');
      if (requestFile === undefined) throw new UsageError('--request <request.json> is required: the updated request.');
      const chain = previous(args);
      const request = readJson(requestFile, REQUEST_FILE);
      return emit(updateBlueAlert(chain, request, { ...buildOptions(args), ...countiesFor(request, args) }), args);
    },
  },
  cancel: {
    usage: 'blue-alert cancel <previous.xml...> [--reason TEXT] [--request FILE] [--now ISO] [--id ID] [--time-zone ZONE] [--json] [-q] [-o FILE] [--sign-key FILE --sign-cert FILE]',
    help: `Builds the Cancel of a Blue Alert. The earlier messages of the chain are given as CAP XML files; the Cancel
references every one that has not expired and says in plain words that the alert is cancelled and why.

Options:
  --reason TEXT     suspect-apprehended, officer-located, or your own words (default: no reason given)
  --request FILE    the original request (JSON), so a reason in your own words is checked against the
                    officer's identity
  --time-zone ZONE  IANA zone to write sent in (default: the offset of the latest earlier message)
  --now, --id, --json, -q, -o/--out, --sign-key, --sign-cert   as for build

Example (after the build and update examples):
  blue-alert cancel alert.xml update.xml --reason suspect-apprehended --now 2026-11-22T15:30:00-07:00 --out cancel.xml`,
    flags: { values: ['--now', '--id', '--out', '--reason', '--time-zone', '--request', ...SIGN_VALUES], switches: ['--json', '--quiet'] },
    run: (args) => {
      const chain = previous(args);
      const now = args.values.get('--now');
      const id = args.values.get('--id');
      const reason = args.values.get('--reason');
      const timeZone = args.values.get('--time-zone');
      const requestFile = args.values.get('--request');
      const options: CancelOptions = {
        ...(now === undefined ? {} : { now }),
        ...(id === undefined ? {} : { identifier: id }),
        ...(reason === undefined ? {} : { reason }),
        ...(timeZone === undefined ? {} : { timeZone }),
        ...(requestFile === undefined ? {} : { request: readJson(requestFile, REQUEST_FILE) as NonNullable<CancelOptions['request']> }),
      };
      return emit(cancelBlueAlert(chain, options), args);
    },
  },
  verify: {
    usage: 'blue-alert verify <alert.xml|-> [--cert FILE]... [--max-bytes N] [--json]',
    help: `Checks the XML signature of a CAP message (enveloped, as IPAWS-OPEN signs: exclusive C14N, RSA-SHA256,
X.509 certificate in KeyInfo). Prints the signer and any issues; exit 0 when the signature is valid, 1 when the
message is unsigned, changed after signing, or (with --cert) signed by a certificate that is not trusted.

Options:
  --cert FILE   trust this certificate (the sender's own, or the CA that issued it), PEM or DER; every
                certificate of a PEM bundle is trusted; give --cert again to trust more files; without it
                the signature is checked against the certificate the message carries
${MAX_BYTES_HELP}
  --json        print the result as JSON

A throwaway test certificate is valid from today, so the example below sends the message now (no --now).

Example (use your COG's key and certificate for real messages):
  openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 2 -subj "/CN=test" 2>/dev/null
  blue-alert build ${EXAMPLE} --sign-key key.pem --sign-cert cert.pem --out signed.xml
  blue-alert verify signed.xml --cert cert.pem`,
    flags: { values: ['--cert', '--max-bytes'], switches: ['--json'], repeatable: ['--cert'] },
    run: (args) => {
      const certs = args.lists.get('--cert') ?? [];
      const maxBytes = maxBytesFlag(args.values.get('--max-bytes'));
      const r = signCommands().runVerify(one(args, 'a signed CAP XML file'), {
        ...(certs.length === 0 ? {} : { certFiles: certs }),
        ...(maxBytes === undefined ? {} : { maxBytes }),
        json: args.switches.has('--json'),
      });
      if (r.result === undefined && args.switches.has('--json')) {
        // the message or a certificate could not be read: the same failure object as the other commands
        const issues = r.issues ?? [];
        writeStdout(`${JSON.stringify({ success: false, issues }, null, 2)}\n`);
        return 1;
      }
      writeStdout(r.stdout.map((l) => `${l}\n`).join(''));
      for (const l of r.stderr) writeStderr(`${l}\n`);
      return r.exitCode;
    },
  },
  preview: {
    usage: 'blue-alert preview <request.json|-> [--now ISO] [--plan NAME|FILE.json] [--no-counties] [--audience A] [--override-reason TEXT] [--html FILE] [--json]',
    help: `Shows what a request will send, for a person to check: both WEA texts with their character counts, the EAS
text and SAME header, the areas with a small text map, the activation check, the redactions and the warnings.

  --html FILE   write the preview as one self-contained HTML page (phones, TV crawl, a county map, the checks;
                no script, nothing loaded from anywhere), whole or not at all; written with the errors too
  --json        print the preview as JSON instead of text

Example (with the example request the package ships):
  blue-alert preview ${EXAMPLE} --now 2026-11-22T14:20:00-07:00
  blue-alert preview ${EXAMPLE} --now 2026-11-22T14:20:00-07:00 --html preview.html`,
    flags: { values: ['--now', '--id', '--plan', '--audience', '--override-reason', '--html'], switches: ['--no-counties', '--json'] },
    run: (args) => {
      const request = readJson(one(args, 'a request file'), REQUEST_FILE);
      const html = args.values.get('--html');
      if (html !== undefined || args.switches.has('--json')) {
        return runPreviewOutput(request, { ...buildOptions(args), ...countiesFor(request, args) }, { html, json: args.switches.has('--json') }, { stdout: { write: writeStdout }, stderr: { write: writeStderr } });
      }
      writeStdout(renderPreview(buildBlueAlert(request as BlueAlertRequestInput, { ...buildOptions(args), ...countiesFor(request, args) })));
      return 0;
    },
  },
};
