/**
 * The county lookup as the CLI loads it: bundled by esbuild alone into `dist/cli-counties.cjs` (loaded only when
 * a request needs counties). The package's `counties.cjs` is the same code, but its CommonJS build rewrites `??`
 * and `?.` into helper calls with a closure each (tsup's CommonJS code splitting), which makes the index decode
 * loops several times slower in a cold process.
 */
export { countyLookup } from '../counties/lookup.js';
