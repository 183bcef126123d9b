/**
 * The size options shared by `parseCap` and `validateCap` (`maxBytes`, `maxDepth`, `maxElements`, `maxAttributes`,
 * `maxNamespaceDeclarations`) and their one check, in a module of its own so `validateCapModel` can check them
 * without bundling the XML reader.
 */
import { BlueAlertError, issue } from '../errors.js';

/**
 * The names of the size options, in the order they are checked.
 *
 * @example
 * CAP_SIZE_OPTIONS.includes('maxElements'); //=> true
 */
export const CAP_SIZE_OPTIONS = ['maxBytes', 'maxDepth', 'maxElements', 'maxAttributes', 'maxNamespaceDeclarations'] as const;

/**
 * Refuses a size option that is not a positive whole number with a `BlueAlertError` naming it
 * (`options.maxElements`), what it received and what is valid. Left-out options are fine (the defaults).
 *
 * @example
 * checkSizeOptions({ maxElements: 0 }); // throws: options.maxElements must be a positive whole number …
 * checkSizeOptions({ maxBytes: 65536 }); // fine
 */
export function checkSizeOptions(options: object): void {
  for (const name of CAP_SIZE_OPTIONS) {
    const v = (options as Record<string, unknown>)[name];
    if (v === undefined || (typeof v === 'number' && Number.isSafeInteger(v) && v > 0)) continue;
    const got = typeof v === 'number' ? `the number ${String(v)}` : typeof v === 'string' ? `the string ${JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}…` : v)}` : v === null ? 'null' : typeof v;
    // a whole number above 2^53 - 1 (1e300) is not "not whole": say what the real limit is (report 19c C09)
    const tooLarge = typeof v === 'number' && Number.isFinite(v) && v > Number.MAX_SAFE_INTEGER ? `, larger than ${Number.MAX_SAFE_INTEGER} (Number.MAX_SAFE_INTEGER), the largest accepted` : '';
    throw new BlueAlertError([issue(typeof v === 'number' ? 'invalid_value' : 'invalid_type', `options.${name}`, `options.${name} must be a positive whole number up to ${Number.MAX_SAFE_INTEGER} (or left out for the default); received ${got}${tooLarge}.`)]);
  }
}
