/**
 * The library's size-cap messages in CLI terms (conformance report 17 F09). The library tells a program to
 * "raise the maxBytes option" or see `LIMITS.signedMessageBytes`; the CLI has no flag for these caps, so a shell
 * user is told the limit is fixed in the CLI and what they can do instead.
 */

const RAISE_MAX_BYTES = 'raise the maxBytes option only for trusted input.';
const SIGNED_MAX_BYTES = '(option maxBytes); see LIMITS.signedMessageBytes.';
const CAP_NAME = /\(the (maxElements|maxAttributes|maxNamespaceDeclarations|maxTotalAttributes) cap\)/;

/**
 * A library message reworded for the command line: an API option it names becomes "fixed in the CLI", with the
 * library call that can change it. Other messages are returned unchanged.
 *
 * @example
 * cliLimitWording('The document is 1100000 bytes, larger than 1048576. Valid CAP messages are far smaller; raise the maxBytes option only for trusted input.');
 * //=> '… Valid CAP messages are far smaller; the CLI's limit is fixed (no flag changes it). For a larger message from a trusted source, call validateCap with its maxBytes option.'
 */
export function cliLimitWording(message: string): string {
  let m = message;
  if (m.includes(RAISE_MAX_BYTES)) {
    m = m.replace(RAISE_MAX_BYTES, "the CLI's limit is fixed (no flag changes it). For a larger message from a trusted source, call validateCap with its maxBytes option.");
  }
  if (m.includes(SIGNED_MAX_BYTES)) {
    m = m.replace(SIGNED_MAX_BYTES, "(fixed in the CLI: no flag changes it; the largest message a build writes is about 400 KB). For a larger message from a trusted source, call verifyCap with its maxBytes option.");
  }
  const cap = CAP_NAME.exec(m);
  if (cap !== null) m = m.replace(cap[0], `(a cap fixed in the CLI: no flag changes it; the library's ${cap[1]} option does)`);
  return m;
}
