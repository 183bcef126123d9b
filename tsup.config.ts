import { defineConfig } from 'tsup';

// The test set-up rebuilds a stale dist/ quickly: JavaScript only, without cleaning (TSUP_QUICK=1).
const quick = process.env['TSUP_QUICK'] === '1';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', counties: 'src/counties/index.ts', sign: 'src/sign/index.ts' },
    format: ['esm', 'cjs'],
    dts: !quick,
    sourcemap: false,
    clean: !quick,
    target: 'es2022',
    splitting: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    banner: { js: '#!/usr/bin/env node' },
    // zod inside: resolving and compiling its many modules cost every CLI start ~40 ms
    // (xml-crypto and xmldom stay outside: they load only when signing)
    noExternal: ['zod'],
    minifySyntax: true,
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
  },
]);
