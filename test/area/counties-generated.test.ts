/**
 * The generated county modules (codes table, atlas, prebuilt lookup index) are what scripts/gen-counties.ts
 * makes from the pinned us-atlas today: CI fails when one was edited by hand or not regenerated.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countyIndex, countyIndexBuildMs } from '../../src/counties/atlas.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('generated county data', () => {
  it('src/area/data and src/counties/data are up to date (gen-counties --check)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-counties.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);

  it('the prebuilt index decodes into consistent typed arrays', () => {
    const ix = countyIndex();
    expect(countyIndexBuildMs()).toBeTypeOf('number');
    expect(ix.records).toHaveLength(3231);
    expect(ix.partCounty.length).toBe(ix.partArcStart.length - 1);
    expect(ix.partArcStart[ix.partArcStart.length - 1]).toBe(ix.partArcs.length);
    expect(ix.cellPartStart[ix.cellPartStart.length - 1]).toBe(ix.cellParts.length);
    expect(ix.cellArcStart[ix.cellArcStart.length - 1]).toBe(ix.cellArcs.length);
    // cell keys strictly ascending (binary search); owner lists of every size the data has (mostly 1 or 2; a few
    // degenerate arcs are shared by 3 counties, and the CSR layout keeps them all)
    for (let i = 1; i < ix.cellKeys.length; i++) expect(ix.cellKeys[i]).toBeGreaterThan(ix.cellKeys[i - 1] as number);
    const owners = new Set<number>();
    for (let a = 0; a + 1 < ix.ownerStart.length; a++) owners.add((ix.ownerStart[a + 1] as number) - (ix.ownerStart[a] as number));
    expect(owners.has(1) && owners.has(2)).toBe(true);
    expect(ix.ownerStart[ix.ownerStart.length - 1]).toBe(ix.ownerList.length);
    expect(ix.pts.length).toBe(2 * (ix.arcStart[ix.arcStart.length - 1] as number));
  });
});
