/**
 * The preview entries as a browser bundler sees them: no Node built-in anywhere; the renderer carries no county
 * data (the outlines are their own entry, loaded only where a map is drawn).
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

async function inputs(entry: string): Promise<string[]> {
  const r = await build({
    entryPoints: [fileURLToPath(new URL(`../../${entry}`, import.meta.url))],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
  });
  return Object.entries(r.metafile.inputs).flatMap(([file, input]) => [file, ...input.imports.map((i) => i.path)]);
}

describe('preview entries in a browser bundle', () => {
  it('blue-alert-cap/preview: bundles for the browser with no Node built-in and no county data', async () => {
    const all = await inputs('src/preview/index.ts');
    expect(all.filter((p) => NODE_BUILTINS.has(p))).toEqual([]);
    expect(all.filter((p) => /data\/outlines|data\/atlas|src\/counties\/|us-atlas/.test(p))).toEqual([]);
    expect(all.some((p) => p.includes('d3-geo'))).toBe(true);
  });

  it('blue-alert-cap/preview/outlines: the outline data, no Node built-in', async () => {
    const all = await inputs('src/preview/outlines.ts');
    expect(all.filter((p) => NODE_BUILTINS.has(p))).toEqual([]);
    expect(all.some((p) => p.includes('data/outlines'))).toBe(true);
  });
});
