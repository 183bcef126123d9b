/**
 * The signature code stays out of the core entry: bundling `src/index.ts` (packages left external) must not
 * reach `src/sign/`, `xml-crypto`, `@xmldom/xmldom` or `node:crypto`.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.js';

async function importsOf(entry: string): Promise<{ inputs: string[]; external: string[] }> {
  const result = await build({
    entryPoints: [`${ROOT}${entry}`],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    packages: 'external',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  return {
    inputs: Object.keys(result.metafile.inputs),
    external: (output?.imports ?? []).filter((i) => i.external).map((i) => i.path),
  };
}

describe('entry boundaries', () => {
  it('the core entry does not include the sign code or its dependencies', async () => {
    const core = await importsOf('src/index.ts');
    expect(core.inputs.filter((p) => p.includes('src/sign/'))).toEqual([]);
    expect(core.external.filter((p) => /xml-crypto|@xmldom|crypto/.test(p))).toEqual([]);
  });

  it('the sign entry does use xml-crypto, @xmldom/xmldom and node:crypto (so the check above can fail)', async () => {
    const sign = await importsOf('src/sign/index.ts');
    expect(sign.external).toEqual(expect.arrayContaining(['xml-crypto', '@xmldom/xmldom', 'node:crypto']));
  });
});
