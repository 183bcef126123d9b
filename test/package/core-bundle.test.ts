/**
 * The core entry as a browser bundler sees it (the contract: "the core entry imports no `node:` module, so it runs
 * in browsers, Deno, Bun and workers"; county geometry lives only in `blue-alert-cap/counties`).
 * Bundles `src/index.ts` in memory with esbuild: no build step, about a second.
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Bundles the core entry for the browser; `packages: 'external'` keeps only our own modules in the graph. */
async function bundleCore(ownCodeOnly: boolean): Promise<{ metafile: Metafile; code: string }> {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
    ...(ownCodeOnly ? { packages: 'external' as const, external: [...NODE_BUILTINS] } : {}),
  });
  const out = r.outputFiles[0];
  if (out === undefined) throw new Error('esbuild wrote no output');
  return { metafile: r.metafile, code: out.text };
}

/** Every import of a Node built-in made by a module of ours, as `file -> specifier`. */
function nodeImports(metafile: Metafile): string[] {
  const found: string[] = [];
  for (const [file, input] of Object.entries(metafile.inputs)) {
    if (file.includes('node_modules/')) continue;
    for (const imp of input.imports) if (NODE_BUILTINS.has(imp.path)) found.push(`${file} -> ${imp.path}`);
  }
  return found;
}

describe('core entry (src/index.ts) in a browser bundle', () => {
  it('no module of ours imports a Node built-in', async () => {
    const { metafile } = await bundleCore(true);
    expect(Object.keys(metafile.inputs).length).toBeGreaterThan(5);
    expect(nodeImports(metafile)).toEqual([]);
  });

  it('pulls in no county geometry: no us-atlas, topojson-client or counties module', async () => {
    const { metafile } = await bundleCore(true);
    const heavy = Object.entries(metafile.inputs)
      .flatMap(([file, input]) => [file, ...input.imports.map((i) => i.path)])
      .filter((p) => /(^|\/)(us-atlas|topojson-client)(\/|$)|src\/counties\//.test(p));
    expect([...new Set(heavy)]).toEqual([]);
  });

  it('bundles for platform browser with its dependencies (no dependency needs a Node built-in)', async () => {
    let failure = '';
    let code = '';
    try {
      code = (await bundleCore(false)).code;
    } catch (e) {
      const errors = (e as { errors?: { text: string; location?: { file: string } | null }[] }).errors ?? [];
      failure = errors.map((x) => `${x.text} (${x.location?.file ?? '?'})`).join('; ') || String(e);
    }
    expect(failure).toBe('');
    expect(code).not.toMatch(/["'`]node:[a-z]/);
    expect(code).not.toContain('Topology');
  });
});
