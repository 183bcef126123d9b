/**
 * The library's size-cap messages in CLI terms (conformance report 17 F09). The library tells a program to
 * "raise the maxBytes option" or see `LIMITS.signedMessageBytes`. `validate` and `verify` have `--max-bytes N`
 * (conformance report 19c C11: a message with embedded EAS audio is several MB), so their user is told the flag;
 * the other commands have no flag for these caps, so their user is told the limit is fixed in the CLI.
 */

import { UsageError } from './args.js';
import { MAX_INPUT_BYTES } from './io.js';

const RAISE_MAX_BYTES = 'raise the maxBytes option only for trusted input.';
const SIGNED_MAX_BYTES = '(option maxBytes); see LIMITS.signedMessageBytes.';
const FLAG_WORDING = `give --max-bytes N (at most ${MAX_INPUT_BYTES}, the CLI's read limit) to read a larger message, only from a trusted source.`;
const CAP_NAME = /\(the (maxElements|maxAttributes|maxNamespaceDeclarations|maxTotalAttributes) cap\)/;

/**
 * A library message reworded for the command line: an API option it names becomes "fixed in the CLI", with the
 * library call that can change it. Other messages are returned unchanged.
 *
 * With `hasMaxBytesFlag` (validate, verify) the byte limit's advice names `--max-bytes N` instead.
 *
 * @example
 * cliLimitWording('The document is 1100000 bytes, larger than 1048576. … raise the maxBytes option only for trusted input.');
 * //=> '… the CLI's limit is fixed (no flag changes it). For a larger message from a trusted source, call validateCap with its maxBytes option.'
 * cliLimitWording('The document is 1100000 bytes, larger than 1048576. … raise the maxBytes option only for trusted input.', true);
 * //=> '… give --max-bytes N (at most 10485760, the CLI's read limit) to read a larger message, only from a trusted source.'
 */
export function cliLimitWording(message: string, hasMaxBytesFlag = false): string {
  let m = message;
  if (m.includes(RAISE_MAX_BYTES)) {
    m = m.replace(RAISE_MAX_BYTES, hasMaxBytesFlag ? FLAG_WORDING : "the CLI's limit is fixed (no flag changes it). For a larger message from a trusted source, call validateCap with its maxBytes option.");
  }
  if (m.includes(SIGNED_MAX_BYTES)) {
    m = m.replace(
      SIGNED_MAX_BYTES,
      hasMaxBytesFlag
        ? `(the largest message a build writes is about 400 KB); ${FLAG_WORDING}`
        : "(fixed in the CLI: no flag changes it; the largest message a build writes is about 400 KB). For a larger message from a trusted source, call verifyCap with its maxBytes option.",
    );
  }
  const cap = CAP_NAME.exec(m);
  if (cap !== null) m = m.replace(cap[0], `(a cap fixed in the CLI: no flag changes it; the library's ${cap[1]} option does)`);
  return m;
}

/** `--max-bytes N` in the help of validate and verify. */
export const MAX_BYTES_HELP = `  --max-bytes N   largest message read, in bytes (default: the library's, 1048576 for validate and
                  458752 for verify; at most ${MAX_INPUT_BYTES}): raise it for a trusted message with audio or
                  images embedded in <derefUri>`;

/**
 * The value of `--max-bytes N` (validate, verify: conformance report 19c C11), or undefined when not given.
 * Throws `UsageError` naming what was received and what is valid: a whole number from 1 to the CLI's read limit.
 *
 * @example
 * maxBytesFlag('8000000'); //=> 8000000
 * maxBytesFlag(undefined); //=> undefined
 */
export function maxBytesFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^[0-9]{1,9}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= MAX_INPUT_BYTES)) {
    const shown = value.length <= 20 ? JSON.stringify(value) : `${value.length} characters`;
    throw new UsageError(`--max-bytes must be a whole number of bytes from 1 to ${MAX_INPUT_BYTES} (the CLI's read limit), e.g. --max-bytes 8000000; received ${shown}.`);
  }
  return n;
}
