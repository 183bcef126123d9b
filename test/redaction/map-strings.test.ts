/**
 * `mapStrings` builds each path as it descends; the reference below is the walk it replaced (a segment array per
 * value, joined by `toPath`, indexes normalised by a regex over the whole path). Both must visit the same strings
 * with the same paths in the same order and return the same copy.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldMode, isSpanishField, mapStrings } from '../../src/redaction/fields.js';
import { toPath } from '../../src/errors.js';

function referenceMap(value: unknown, segments: readonly (string | number)[], visit: (p: string, n: string, v: string) => string | undefined): unknown {
  if (typeof value === 'string') {
    const path = toPath(segments);
    return visit(path, path.replace(/\[\d+\]/g, '[]'), value);
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    value.forEach((v, i) => {
      const m = referenceMap(v, [...segments, i], visit);
      if (m !== undefined) out.push(m);
    });
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const m = referenceMap(v, [...segments, k], visit);
      if (m !== undefined) out[k] = m;
    }
    return out;
  }
  return value;
}

const keys = fc.constantFrom('a', 'b', 'name', '', '[0]', 'x[', '[1', '2]', 'es', 'same');
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 4 }), fc.integer(), fc.constant(null), fc.boolean(), tie('arr'), tie('obj')),
  arr: fc.array(tie('value'), { maxLength: 4 }),
  obj: fc.dictionary(keys, tie('value'), { maxKeys: 4 }),
})).value;

describe('mapStrings', () => {
  it('visits what the segment-array walk visits, with the same paths, and returns the same copy', () => {
    fc.assert(
      fc.property(json, fc.array(fc.oneof(fc.constantFrom('k', 'x[', '[2'), fc.nat(3)), { maxLength: 2 }), (value, start) => {
        const seen: string[] = [];
        const ref: string[] = [];
        const visit = (log: string[]) => (p: string, n: string, v: string) => {
          log.push(`${p}|${n}|${v}`);
          return v.length % 2 === 0 ? undefined : v.toUpperCase();
        };
        const a = mapStrings(value, start, visit(seen));
        const b = referenceMap(value, start, visit(ref));
        expect(seen).toEqual(ref);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
});

describe('fieldMode and isSpanishField', () => {
  // the regular expressions the set lookups on the last path segment replace
  const STRUCTURED = /(?:^|\.)(?:make|model|color|type|year|sex|race|age|height|weight|hair|eyes|phone)$/;
  const DROP = /(?:^|\.)(?:photoUrl|web|email)$/;
  const SPANISH = /(?:^|\.)es(?:\.|$)/;
  const segment = fc.constantFrom('es', 'make', 'web', 'email', 'photoUrl', 'phone', 'x', 'mes', 'ese', 'e', 's', '[]', 'suspects[]', 'es[]', '');
  const paths = fc.array(segment, { maxLength: 5 }).map((a) => a.join('.'));

  it('reads a path as the regular expressions did', () => {
    fc.assert(
      fc.property(fc.oneof(paths, fc.string({ unit: fc.constantFrom('e', 's', '.', 'w', 'b', '[', ']'), maxLength: 12 })), (p) => {
        const mode = fieldMode(p);
        if (mode === 'drop') expect(DROP.test(p)).toBe(true);
        else if (mode === 'structured') expect(!DROP.test(p) && STRUCTURED.test(p)).toBe(true);
        else if (mode === 'free') expect(DROP.test(p) || STRUCTURED.test(p)).toBe(false);
        expect(isSpanishField(p)).toBe(SPANISH.test(p));
      }),
      { numRuns: 5000, seed: 42 },
    );
  });
});
