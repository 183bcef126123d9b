/**
 * The outward simplifier reproduces, exactly, what it returned before it was split into steps: the snapshots in
 * simplify-snapshots.json were written by simplify-snapshots.gen.ts with the old single-function code (generated
 * stars, zig-zags, monotone random walks, near-degenerate rings, repeated positions, rings next to the
 * antimeridian, and the bench's zig-zag and star up to the ring cap). Never regenerate the file to make this pass.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/area/geometry.js';
import { caseKey, LARGE_CASES, largeRing, simplifyCase, SNAPSHOT_RUNS, SNAPSHOT_SEED } from './simplify-cases.js';
import { simplifierOutput } from './simplify-snapshots.gen.js';

type Output = ReturnType<typeof simplifierOutput>;
interface Snapshot {
  seed: number;
  runs: number;
  cases: ({ kind: string; maxPairs: number; ring: LonLat[] } & Output)[];
  large: ({ kind: 'zigzag' | 'star'; n: number; maxPairs: number } & Output)[];
}

const snapshot = JSON.parse(readFileSync(new URL('./simplify-snapshots.json', import.meta.url), 'utf8')) as Snapshot;
const byKey = new Map(snapshot.cases.map((c) => [caseKey(c), c]));
const NUM_RUNS = Number(process.env['FC_NUM_RUNS'] ?? SNAPSHOT_RUNS);
/** The kept part of a case, through the same JSON round trip as the file (tuples become arrays). */
const plain = (o: Output) => JSON.parse(JSON.stringify({ result: o.result, outward: o.outward })) as unknown;

describe('outward simplification reproduces its snapshots', () => {
  it('the snapshot file is the one the generator describes', () => {
    expect(snapshot.seed).toBe(SNAPSHOT_SEED);
    expect(snapshot.cases).toHaveLength(SNAPSHOT_RUNS);
    expect(snapshot.large.map((c) => [c.kind, c.n, c.maxPairs])).toEqual(LARGE_CASES);
    // every class and every way out is represented
    const kinds = new Set(snapshot.cases.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['antimeridian', 'degenerate', 'duplicates', 'star', 'walk', 'zigzag']);
    const methods = new Set([...snapshot.cases, ...snapshot.large].map((c) => c.result.method));
    expect([...methods].sort()).toEqual(['bbox', 'hull', 'none', 'outward']);
  });

  it('every snapshot case, exactly', () => {
    for (const c of snapshot.cases) expect(plain(simplifierOutput(c.ring, c.maxPairs)), `${c.kind} ${caseKey(c).slice(0, 80)}`).toEqual(plain(c));
  });

  it('the bench zig-zag and star up to the ring cap, exactly', () => {
    for (const c of snapshot.large) expect(plain(simplifierOutput(largeRing(c.kind, c.n), c.maxPairs)), `${c.kind} ${c.n}`).toEqual(plain(c));
  });

  it('generated rings (fixed seed): the snapshot where there is one, and the budget always', () => {
    let found = 0;
    fc.assert(
      fc.property(simplifyCase, (c) => {
        const out = simplifierOutput(c.ring, c.maxPairs);
        const kept = byKey.get(caseKey(c));
        if (kept !== undefined) {
          found++;
          expect(plain(out)).toEqual(plain(kept));
        }
        const r = out.result;
        expect(r.pairs).toBe(r.ring.length);
        expect(r.pairs).toBeLessThanOrEqual(Math.max(4, c.maxPairs));
        expect(r.ring[0]).toEqual(r.ring[r.ring.length - 1]);
        expect(r.addedAreaKm2).toBeGreaterThanOrEqual(0);
      }),
      { seed: SNAPSHOT_SEED, numRuns: NUM_RUNS },
    );
    // the same seed walks the same cases as the generator did: the comparison is not vacuous
    expect(found).toBeGreaterThanOrEqual(Math.min(NUM_RUNS, SNAPSHOT_RUNS));
  });
});
