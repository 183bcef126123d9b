/**
 * Makes the CLI bundles ASCII only, after tsup (tsup.config.ts runs it): esbuild's `charset: 'ascii'` escapes
 * strings and identifiers but leaves non-ASCII in regular-expression literals and comments, and one such character
 * makes Node decode the whole ~0.56 MB file into a two-byte string. Measured on this machine kind (cold process,
 * cli-main.cjs with its code cache): decode 4.8-7 ms -> 2.6 ms, compile 8-12 ms -> 6.2-6.8 ms.
 *
 * Every non-ASCII UTF-16 unit becomes `\uXXXX`, which means the same character in a string, a template (cooked), a
 * regular expression (with or without the u flag: a surrogate pair of escapes is one code point under u) and an
 * identifier, and is inert in a comment. An identity escape before it (`\’`) loses its backslash: `\u2019` is the
 * same character. `String.raw` templates would change, so one holding non-ASCII stops the build, as does a result
 * that does not compile.
 *
 *   node scripts/ascii-cli.mjs [file ...]   (default: dist/cli.cjs dist/cli-main.cjs dist/cli-counties.cjs)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_FILES = ['dist/cli.cjs', 'dist/cli-main.cjs', 'dist/cli-counties.cjs'];

/** The text with every non-ASCII UTF-16 unit written as a `\uXXXX` escape (see above). */
export function asciiOnly(text) {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    // an odd run of backslashes before it escapes it: drop one, the \u escape stands for the character itself
    let slashes = 0;
    while (i - 1 - slashes >= from && text.charCodeAt(i - 1 - slashes) === 0x5c) slashes++;
    out += text.slice(from, slashes % 2 === 1 ? i - 1 : i) + `\\u${c.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return out + text.slice(from);
}

/** Rewrites `file` in place when it holds non-ASCII; throws when that cannot be done safely. */
export function asciiFile(file) {
  const text = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(text)) return false;
  if (/String\.raw`[^`]*[^\x00-\x7f]/.test(text)) throw new Error(`${file}: a String.raw template holds non-ASCII; write it as an escape in the source`);
  const ascii = asciiOnly(text);
  // it must still compile (the #! line as Node strips it)
  new Script(ascii.replace(/^#!/, '//'), { filename: file });
  writeFileSync(file, ascii);
  return true;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_FILES.map((f) => path.join(ROOT, f));
  for (const f of files) asciiFile(f);
}
