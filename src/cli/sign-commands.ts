/**
 * The signature parts of the `blue-alert` command line, for `src/cli/main.ts` to wire in:
 * `blue-alert build … --sign-key FILE --sign-cert FILE` and `blue-alert verify FILE [--cert FILE]…`.
 */
import { cliLimitWording } from './limit-wording.js';
import { readFileSync } from 'node:fs';
import { BlueAlertError, issue, type BlueAlertIssue } from '../errors.js';
import { CAP_FILE, InputError, readBytes } from './io.js';
import { signCap } from '../sign/sign.js';
import { verifyCap, type VerifyCapResult } from '../sign/verify.js';
import { shortAlgorithmName } from '../sign/constants.js';

/**
 * Files for `signOutput`.
 *
 * @example
 * const files: SignFiles = { keyFile: 'cog-key.pem', certFile: 'cog-cert.pem' };
 */
export interface SignFiles {
  /** `--sign-key`: the RSA private key, PEM or DER. */
  readonly keyFile: string;
  /** `--sign-cert`: its X.509 certificate, PEM or DER. */
  readonly certFile: string;
  /** Passphrase of an encrypted key (e.g. from the `BLUE_ALERT_SIGN_PASSPHRASE` environment variable). */
  readonly passphrase?: string;
}

function readFileOrIssue(file: string, flag: string, what: string): Buffer | BlueAlertIssue {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return issue(
      'signature_key_invalid',
      flag,
      `Cannot read the ${what} file (${flag})${code === 'ENOENT' ? ': no such file' : code === undefined ? '' : ` (${code})`}.`,
    );
  }
}

/**
 * Signs the XML that `blue-alert build` produced, for `--sign-key FILE --sign-cert FILE`. Throws
 * `BlueAlertError` (print `formatIssues(e.issues)`, exit 1) when a file cannot be read, the key does not match
 * the certificate, and so on; issue paths name the flag (`--sign-key`, `--sign-cert`).
 *
 * @example
 * const xml = args.flags.has('--sign-key')
 *   ? signOutput(result.xml, { keyFile: String(args.flags.get('--sign-key')), certFile: String(args.flags.get('--sign-cert')) })
 *   : result.xml;
 */
export function signOutput(xml: string, files: SignFiles): string {
  const key = readFileOrIssue(files.keyFile, '--sign-key', 'private key');
  const cert = readFileOrIssue(files.certFile, '--sign-cert', 'certificate');
  const unreadable = [key, cert].filter((x): x is BlueAlertIssue => !Buffer.isBuffer(x));
  const first = unreadable[0];
  if (first !== undefined) throw new BlueAlertError([first, ...unreadable.slice(1)]);
  try {
    return signCap(xml, {
      privateKey: key as Buffer,
      certificate: cert as Buffer,
      ...(files.passphrase === undefined ? {} : { passphrase: files.passphrase }),
    });
  } catch (e) {
    if (!(e instanceof BlueAlertError)) throw e;
    const renamed = e.issues.map((i) => ({
      ...i,
      path: i.path === 'privateKey' ? '--sign-key' : i.path === 'certificate' ? '--sign-cert' : i.path,
    }));
    throw new BlueAlertError([renamed[0] ?? e.issues[0], ...renamed.slice(1)]);
  }
}

/**
 * Options of `runVerify`.
 *
 * @example
 * const options: VerifyCommandOptions = { certFiles: ['cog-cert.pem'], json: false };
 */
export interface VerifyCommandOptions {
  /** `--cert FILE`: trusted certificates, PEM or DER; every certificate of a PEM bundle is trusted. */
  readonly certFiles?: readonly string[];
  /** `--max-bytes N`: largest message accepted, in bytes (default `LIMITS.signedMessageBytes`). */
  readonly maxBytes?: number;
  /** `--json`: print the `VerifyCapResult` as JSON (certificate PEM left out). */
  readonly json?: boolean;
  /** Reads the message; default `readBytes` (a file, or standard input for `-`; decoded as declared). For tests. */
  readonly read?: (file: string) => string | Uint8Array;
}

/**
 * A file `verify` could not read: `input_unreadable` (the message; its path is the file) or
 * `signature_key_invalid` (a certificate; its path is the flag).
 *
 * @example
 * const p: ReadProblem = { code: 'input_unreadable', path: 'alert.xml', message: 'alert.xml: no such file.', severity: 'error' };
 */
export interface ReadProblem {
  readonly code: string;
  readonly path: string;
  readonly message: string;
  readonly severity: 'error';
}

/**
 * What `blue-alert verify` prints and its exit code: 0 valid, 1 invalid, tampered, untrusted or unreadable.
 * Like `validate`: the report and the issues (`severity<TAB>code<TAB>path<TAB>message`) on standard output, a
 * one-line verdict on standard error.
 *
 * @example
 * const out: VerifyCommandResult = { exitCode: 0, stdout: ['signer: CN=IPAWSOPEN_200076,…'], stderr: ['valid: …'] };
 */
export interface VerifyCommandResult {
  readonly exitCode: 0 | 1;
  /** Lines for standard output, without trailing newlines. */
  readonly stdout: readonly string[];
  /** Lines for standard error, without trailing newlines. */
  readonly stderr: readonly string[];
  /** The verification, when the files could be read. */
  readonly result?: VerifyCapResult;
  /** Why the files could not be read (the path names the input file or the flag), when they could not. */
  readonly issues?: readonly ReadProblem[];
}

/**
 * Runs `blue-alert verify FILE [--cert FILE]… [--json]`: reads the message (`-` for standard input) and the
 * trusted certificates, verifies, and returns what to print and the exit code. Never throws for user error.
 *
 * @example
 * const r = runVerify('signed.xml', { certFiles: ['cog-cert.pem'] });
 * for (const l of r.stdout) process.stdout.write(`${l}\n`);
 * for (const l of r.stderr) process.stderr.write(`${l}\n`);
 * return r.exitCode;
 */
export function runVerify(file: string, options: VerifyCommandOptions = {}): VerifyCommandResult {
  const problems: ReadProblem[] = [];
  let xml: string | Uint8Array = '';
  try {
    // bytes, decoded by verifyCap as the XML declaration says, as validate reads them (report 19c C05)
    xml = options.read === undefined ? readBytes(file, CAP_FILE) : options.read(file);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    problems.push({ code: 'input_unreadable', path: e.path === '' ? file : e.path, message: e.message, severity: 'error' });
  }
  const certs: Buffer[] = [];
  for (const f of options.certFiles ?? []) {
    const c = readFileOrIssue(f, '--cert', 'certificate');
    if (Buffer.isBuffer(c)) certs.push(c);
    else problems.push({ code: c.code, path: c.path, message: c.message, severity: 'error' });
  }
  if (problems.length > 0) {
    const stderr = problems.map((p) => (p.code === 'input_unreadable' ? p.message : `${p.path}: ${p.message} (${p.code})`));
    return { exitCode: 1, stdout: [], stderr, issues: problems };
  }

  const limits = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes };
  const verified = verifyCap(xml, certs.length > 0 ? { trustedCertificates: certs, ...limits } : limits);
  // the library's size caps in CLI terms: --max-bytes (conformance report 17 F09, 19c C11)
  const result = { ...verified, issues: verified.issues.map((i) => ({ ...i, message: cliLimitWording(i.message, true) })) };
  const exitCode = result.valid ? 0 : 1;
  if (options.json === true) {
    const { signer, ...rest } = result;
    const printable = signer === undefined ? rest : { ...rest, signer: { ...signer, pem: undefined } };
    return { exitCode, stdout: [JSON.stringify(printable, null, 2)], stderr: [], result };
  }
  const stdout: string[] = [];
  if (result.signer !== undefined) {
    stdout.push(`signer: ${result.signer.subject}`);
    stdout.push(`  issuer: ${result.signer.issuer}`);
    stdout.push(`  valid: ${result.signer.validFrom} to ${result.signer.validTo}`);
    stdout.push(`  SHA-256: ${result.signer.fingerprint256}`);
    if (certs.length > 0) stdout.push(`trusted: ${result.trusted ? 'yes' : 'no'}`);
  }
  for (const i of result.issues) stdout.push(`${i.severity}\t${i.code}\t${i.path}\t${i.message}`);
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const a = result.algorithms;
  const algorithms = a === undefined ? '' : ` (${[a.canonicalization, a.signature, a.digest].map(shortAlgorithmName).join(', ')})`;
  const verdict = result.valid
    ? `valid: the signature matches the message${algorithms}; ${result.trusted ? 'signer trusted' : 'signer not checked (give --cert FILE)'}`
    : `invalid: ${errors} error(s)`;
  return { exitCode, stdout, stderr: [verdict], result };
}
