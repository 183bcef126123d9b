/**
 * Generated rings for the simplifier's snapshot test (test/area/simplify-snapshots.test.ts) and its generator
 * (test/area/simplify-snapshots.gen.ts): stars, zig-zags, monotone random walks, near-degenerate rings, rings
 * with repeated positions, and rings next to the antimeridian. Positions are `[lon, lat]` with 5 decimals.
 */
import fc from 'fast-check';
import type { LonLat } from '../../src/area/geometry.js';

/** One generated case: the ring, the pair budget and the class it came from. */
export interface SimplifyCase {
  readonly kind: string;
  readonly ring: LonLat[];
  readonly maxPairs: number;
}

/** The fixed seed of the snapshots (the property test runs with it too). */
export const SNAPSHOT_SEED = 1414;
/** Cases in the snapshot file. */
export const SNAPSHOT_RUNS = 300;

const r5 = (v: number) => Math.round(v * 1e5) / 1e5;
const close = (pts: LonLat[]): LonLat[] => [...pts, pts[0] as LonLat];
/** A pair budget, mostly below the ring's own count so that the simplifier has work to do. */
const maxPairsFor = (pairs: number) =>
  fc.oneof({ arbitrary: fc.constantFrom(4, 5, 6, 10, 100), weight: 1 }, { arbitrary: fc.integer({ min: 4, max: Math.max(4, Math.min(120, pairs - 1)) }), weight: 4 });

/** A star: angles evenly spaced, each radius between 10% and 100% of the largest. */
const star = fc
  .record({
    radii: fc.array(fc.double({ min: 0.1, max: 1, noNaN: true }), { minLength: 3, maxLength: 160 }),
    lon: fc.double({ min: -120, max: -70, noNaN: true }),
    lat: fc.double({ min: 25, max: 48, noNaN: true }),
    size: fc.double({ min: 0.02, max: 2, noNaN: true }),
  })
  .map(({ radii, lon, lat, size }): LonLat[] =>
    close(radii.map((r, i) => [r5(lon + size * r * Math.cos((2 * Math.PI * i) / radii.length)), r5(lat + size * r * Math.sin((2 * Math.PI * i) / radii.length))])),
  );

/** A zig-zag: teeth that span (almost) the whole width, closed by two positions on the left. */
const zigzag = fc
  .record({
    teeth: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 3, maxLength: 150 }),
    width: fc.integer({ min: 2_000, max: 100_000 }),
    step: fc.integer({ min: 5, max: 2_000 }),
  })
  .map(({ teeth, width, step }): LonLat[] => {
    const pts: LonLat[] = teeth.map((jitter, i) => [r5(-105 + ((i % 2) * width - (i % 2 === 1 ? jitter : -jitter)) / 1e5), r5(39 + (i * step) / 1e5)]);
    const top = 39 + ((teeth.length + 1) * step) / 1e5;
    pts.push([r5(-105 - width / 2e5), r5(top)], [r5(-105 - width / 2e5), r5(39 - step / 1e5)]);
    return close(pts);
  });

/** An x-monotone ring: an upper random walk and a lower one kept below it. */
const walk = fc
  .record({
    up: fc.array(fc.integer({ min: -400, max: 400 }), { minLength: 2, maxLength: 80 }),
    gap: fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 2, maxLength: 80 }),
    dx: fc.integer({ min: 1, max: 500 }),
  })
  .map(({ up, gap, dx }): LonLat[] => {
    const n = Math.min(up.length, gap.length);
    const upper: LonLat[] = [];
    const lower: LonLat[] = [];
    let y = 0;
    for (let i = 0; i < n; i++) {
      y += up[i] as number;
      upper.push([r5(-100 + (i * dx) / 1e5), r5(40 + y / 1e5)]);
      lower.push([r5(-100 + (i * dx) / 1e5), r5(40 + (y - (gap[i] as number)) / 1e5)]);
    }
    return close([...lower, ...upper.reverse()]);
  });

/** Near-degenerate: a rectangle with many collinear positions on its sides, some pushed out by one unit, or a sliver one or two units wide. */
const degenerate = fc.oneof(
  fc
    .record({ per: fc.integer({ min: 1, max: 40 }), w: fc.integer({ min: 10, max: 5_000 }), h: fc.integer({ min: 10, max: 5_000 }), bumps: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 160, maxLength: 160 }) })
    .map(({ per, w, h, bumps }): LonLat[] => {
      const pts: LonLat[] = [];
      let b = 0;
      const bump = () => (bumps[b++ % bumps.length] as number);
      for (let i = 0; i < per; i++) pts.push([r5(-90 + Math.round((i * w) / per) / 1e5), r5(30 - bump() / 1e5)]);
      for (let i = 0; i < per; i++) pts.push([r5(-90 + (w + bump()) / 1e5), r5(30 + Math.round((i * h) / per) / 1e5)]);
      for (let i = 0; i < per; i++) pts.push([r5(-90 + (w - Math.round((i * w) / per)) / 1e5), r5(30 + (h + bump()) / 1e5)]);
      for (let i = 0; i < per; i++) pts.push([r5(-90 - bump() / 1e5), r5(30 + (h - Math.round((i * h) / per)) / 1e5)]);
      return close(pts);
    }),
  fc
    .record({ n: fc.integer({ min: 3, max: 80 }), len: fc.integer({ min: 100, max: 200_000 }), thick: fc.integer({ min: 1, max: 2 }) })
    .map(({ n, len, thick }): LonLat[] => {
      const pts: LonLat[] = [];
      for (let i = 0; i <= n; i++) pts.push([r5(-80 + Math.round((i * len) / n) / 1e5), r5(35 + (i % 3 === 1 ? 1 : 0) / 1e5)]);
      pts.push([r5(-80 + len / 1e5), r5(35 + (thick + 1) / 1e5)], [-80, r5(35 + (thick + 1) / 1e5)]);
      return close(pts);
    }),
);

/** Repeated positions: a star with some positions given two or three times, sometimes clockwise. */
const duplicates = fc
  .record({ ring: star, repeat: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 160 }), reverse: fc.boolean() })
  .map(({ ring, repeat, reverse }): LonLat[] => {
    const out: LonLat[] = [];
    ring.forEach((p, i) => {
      for (let k = 0; k <= (repeat[i % repeat.length] as number); k++) out.push(p);
    });
    return reverse ? out.reverse() : out;
  });

/** Next to the antimeridian: a star whose east (or west) edge reaches within a few units of ±180. */
const antimeridian = fc
  .record({ ring: star, east: fc.boolean(), gap: fc.integer({ min: 0, max: 5 }) })
  .map(({ ring, east, gap }): LonLat[] => {
    const lons = ring.map((p) => p[0]);
    const shift = east ? 180 - gap / 1e5 - Math.max(...lons) : -180 + gap / 1e5 - Math.min(...lons);
    return ring.map((p) => [r5(p[0] + shift), p[1]] as LonLat);
  });

/** Every class, with a pair budget. */
export const simplifyCase: fc.Arbitrary<SimplifyCase> = fc
  .oneof(
    star.map((ring) => ({ kind: 'star', ring })),
    zigzag.map((ring) => ({ kind: 'zigzag', ring })),
    walk.map((ring) => ({ kind: 'walk', ring })),
    degenerate.map((ring) => ({ kind: 'degenerate', ring })),
    duplicates.map((ring) => ({ kind: 'duplicates', ring })),
    antimeridian.map((ring) => ({ kind: 'antimeridian', ring })),
  )
  .chain((c) => maxPairsFor(c.ring.length).map((m) => ({ ...c, maxPairs: m })));

/** Large rings made by formula (the bench's zig-zag and star, up to the ring cap), named in the snapshot by their parameters. */
export function largeRing(kind: 'zigzag' | 'star', n: number): LonLat[] {
  const pts: LonLat[] = [];
  if (kind === 'zigzag') {
    const k = Math.max(3, n - 3);
    for (let i = 0; i < k; i++) pts.push([-105 + (i % 2), r5(39 + i / k)]);
    pts.push([-105.5, 40.1], [-105.5, 38.9]);
  } else {
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      const r = i % 2 === 0 ? 0.6 : 0.05;
      pts.push([r5(-104.9 + r * Math.cos(a)), r5(39.7 + r * Math.sin(a))]);
    }
  }
  return close(pts);
}

/** The large cases: [kind, vertices, maxPairs]. */
export const LARGE_CASES: readonly (readonly ['zigzag' | 'star', number, number])[] = [
  ['zigzag', 803, 100],
  ['zigzag', 1_603, 100],
  ['zigzag', 10_000, 100],
  ['star', 1_000, 100],
  ['star', 9_999, 100],
  ['star', 9_999, 4],
];

/** A stable key for a case (to find a generated case in the snapshot file). */
export function caseKey(c: { ring: readonly LonLat[]; maxPairs: number }): string {
  return `${c.maxPairs}:${c.ring.map((p) => `${p[0]},${p[1]}`).join(' ')}`;
}
