/**
 * Lookup tables keyed by text the library reads from requests and messages. A plain object literal inherits
 * `constructor`, `toString`, `valueOf`… from `Object.prototype`, so `TABLE[word]` for the word "constructor" is a
 * function, not `undefined` (a property test found "function valueOf() { [native code] }" in an EAS text, and a
 * location "constructor" crashed a build). Tables made by `table` have no prototype: only their own keys are in them.
 */

/**
 * A frozen lookup table with no prototype: `t[key]` is `undefined` for every key not written in `entries`.
 *
 * @param entries - The table's keys and values.
 * @returns The same entries, frozen, without `Object.prototype`.
 * @example
 * const SAID = table({ st: 'saint' });
 * SAID['st']; //=> 'saint'
 * SAID['constructor']; //=> undefined
 */
export function table<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
