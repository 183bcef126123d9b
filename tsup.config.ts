import { defineConfig } from 'tsup';
import { countyDataFromFiles, writeCountyDataFiles } from './scripts/cli-county-data.mjs';

// The test set-up rebuilds a stale dist/ quickly: JavaScript only, without cleaning (TSUP_QUICK=1).
const quick = process.env['TSUP_QUICK'] === '1';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      counties: 'src/counties/index.ts',
      sign: 'src/sign/index.ts',
      preview: 'src/preview/index.ts',
      'preview-outlines': 'src/preview/outlines.ts',
    },
    // d3-geo (and its d3-array) are ESM only: bundled into the preview chunk so \`require('blue-alert-cap/preview')\`
    // works on every Node 20, not only where require() of ES modules is enabled
    noExternal: ['d3-geo', 'd3-array'],
    format: ['esm', 'cjs'],
    dts: !quick,
    sourcemap: false,
    clean: !quick,
    target: 'es2022',
    splitting: true,
  },
  {
    // cli: the launcher (src/cli/launch.ts) that runs cli-main (the CLI) with V8's code cache; cli-counties: the
    // county lookup the CLI requires only when a request needs it (see src/cli/counties.ts)
    entry: { cli: 'src/cli/launch.ts', 'cli-main': 'src/cli/main.ts', 'cli-counties': 'src/cli/counties.ts' },
    // (the launcher hashes the cli-main.cjs it loads at run time: nothing is written into it after the build)
    format: ['cjs'],
    banner: { js: '#!/usr/bin/env node' },
    // zod inside: resolving and compiling its many modules cost every CLI start ~40 ms
    // (xml-crypto and xmldom stay outside: they load only when signing)
    noExternal: ['zod'],
    minifySyntax: true,
    // ASCII only: esbuild escapes strings and identifiers, scripts/ascii-cli.mjs the regular expressions and
    // comments it leaves (one non-ASCII character makes the launcher's source a two-byte string: slower to decode
    // and compile)
    esbuildOptions(options) {
      options.charset = 'ascii';
    },
    // the county data's ~550 KB of literals are read from dist/cli-counties-*.txt (scripts/cli-county-data.mjs)
    esbuildPlugins: [countyDataFromFiles()],
    onSuccess: async () => {
      const { asciiFile } = await import('./scripts/ascii-cli.mjs');
      for (const f of ['dist/cli.cjs', 'dist/cli-main.cjs', 'dist/cli-counties.cjs']) asciiFile(f);
      writeCountyDataFiles('.', 'dist');
    },
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
  },
]);
