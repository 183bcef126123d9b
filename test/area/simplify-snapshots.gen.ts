/**
 * Writes test/area/simplify-snapshots.json: generated rings (test/area/simplify-cases.ts) with what the
 * simplifier returns for them. Run once with the code whose output is to be kept:
 *
 *   npx tsx test/area/simplify-snapshots.gen.ts
 *
 * The file was made with the simplifier as it stood before `outwardSimplify` was split into steps; the test
 * asserts the split code reproduces it exactly. Do not regenerate it to make that test pass.
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { simplifyPolygonToLimit, type LonLat } from '../../src/area/geometry.js';
import { signedArea2, toOpenRing } from '../../src/area/geometry/rings.js';
import { outwardSimplify } from '../../src/area/geometry/outward.js';
import { LARGE_CASES, largeRing, simplifyCase, SNAPSHOT_RUNS, SNAPSHOT_SEED } from './simplify-cases.js';

/** What the simplifier returns for one ring: the public result and the raw outward pass on the cleaned ring. */
export function simplifierOutput(ring: readonly LonLat[], maxPairs: number) {
  const limit = Math.max(4, Math.floor(maxPairs)) - 1;
  let open = toOpenRing(ring);
  if (signedArea2(open) < 0) open = open.reverse();
  const outward = open.length > limit ? (outwardSimplify(open, limit) ?? null) : 'not needed';
  return { result: simplifyPolygonToLimit(ring, maxPairs), outward };
}

if (process.argv[1]?.endsWith('simplify-snapshots.gen.ts')) {
  const generated = fc.sample(simplifyCase, { seed: SNAPSHOT_SEED, numRuns: SNAPSHOT_RUNS });
  const cases = generated.map((c) => ({ kind: c.kind, maxPairs: c.maxPairs, ring: c.ring, ...simplifierOutput(c.ring, c.maxPairs) }));
  const large = LARGE_CASES.map(([kind, n, maxPairs]) => ({ kind, n, maxPairs, ...simplifierOutput(largeRing(kind, n), maxPairs) }));
  const file = new URL('./simplify-snapshots.json', import.meta.url);
  writeFileSync(file, `${JSON.stringify({ seed: SNAPSHOT_SEED, runs: SNAPSHOT_RUNS, cases, large })}\n`);
  const methods: Record<string, number> = {};
  for (const c of [...cases, ...large]) methods[`${c.kind}/${c.result.method}`] = (methods[`${c.kind}/${c.result.method}`] ?? 0) + 1;
  console.log(methods);
}
