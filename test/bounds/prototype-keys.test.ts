/**
 * Words that are names of `Object.prototype` members ("constructor", "valueOf", "__proto__") in every string field
 * of a request: a table lookup by a word from the request must not find the inherited member (a location
 * "constructor" crashed a build; "valueOf" as a make gave "function valueOf() { [native code] }" in the EAS text).
 * See src/table.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';
import { table } from '../../src/table.js';

const WORDS = ['constructor', '__proto__', 'valueOf', 'toString', 'hasOwnProperty', '__defineGetter__'];
const BASE = JSON.parse(readFileSync(new URL('../../fixtures/officer-missing-puerto-rico-es/request.json', import.meta.url), 'utf8')) as Record<string, unknown>;
/** Every kind of string field: a suspect with all of them, in both languages. */
const FULL = {
  ...BASE,
  languages: ['en-US', 'es-US'],
  suspects: [
    {
      name: 'x', alias: 'x', weapons: 'x', direction: 'x', destinations: ['x'], lastSeen: { location: 'x' },
      description: { sex: 'male', race: 'x', age: 'x', height: 'x', weight: 'x', hair: 'x', eyes: 'x', clothing: 'x', marks: 'x', other: 'x' },
      vehicle: { make: 'x', model: 'x', color: 'x', type: 'x', features: 'x', year: 'x', plate: { state: 'x', number: 'x' } },
    },
  ],
};

/** The path of every string in `o`. */
function stringPaths(o: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof o === 'string') return [at];
  if (Array.isArray(o)) return o.flatMap((v, i) => stringPaths(v, [...at, i]));
  if (o !== null && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => stringPaths(v, [...at, k]));
  return [];
}

function withValue(path: (string | number)[], value: string): Record<string, unknown> {
  const r = structuredClone(FULL) as Record<string, any>;
  let o = r;
  for (const k of path.slice(0, -1)) o = o[k];
  o[path[path.length - 1] as string] = value;
  return r;
}

describe('Object.prototype names as request words', () => {
  it('every string field, each word alone and inside a phrase: a result or issues, never a throw or an inherited member in a text', () => {
    const seen: string[] = [];
    for (const path of stringPaths(FULL)) {
      for (const w of WORDS) {
        for (const value of [w, `Main St ${w}`]) {
          let out = '';
          try {
            out = JSON.stringify(safeBuildBlueAlert(withValue(path, value), { now: '2026-11-22T14:20:00-04:00', identifier: 'PROTO-1' }));
          } catch (e) {
            seen.push(`${path.join('.')} = ${value}: threw ${(e as Error).message}`);
            continue;
          }
          if (/native code|\[object Object\]/u.test(out)) seen.push(`${path.join('.')} = ${value}: ${/.{40}(?:native code|\[object Object\]).{10}/u.exec(out)?.[0] ?? ''}`);
        }
      }
    }
    expect(seen).toEqual([]);
  }, 120_000);

  it('table(): only its own keys', () => {
    const t = table({ st: 'saint' });
    expect(t['st']).toBe('saint');
    for (const w of WORDS) expect(t[w]).toBeUndefined();
    expect(Object.isFrozen(t)).toBe(true);
  });
});
