/**
 * Builds the offline page: dist/web/index.html (the page with its script inlined: the core library and the preview
 * renderer, a classic script so it runs from file://) and dist/web/counties.js (the county lookup and outlines, a
 * classic script the page injects only when it draws a map). The Content-Security-Policy allows exactly the inline
 * script (by its hash) and counties.js, and no connection of any kind.
 *
 * Run by `npm run build` after tsup; `node scripts/build-web.mjs`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const out = new URL('dist/web/', root);

async function bundle(entry, define = {}) {
  const r = await build({
    entryPoints: [new URL(entry, root).pathname],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    legalComments: 'none',
    define,
    logLevel: 'warning',
  });
  return r.outputFiles[0].text;
}

function writeWhole(url, text) {
  const tmp = new URL(`${url.pathname}.tmp`, 'file://');
  writeFileSync(tmp, text);
  renameSync(tmp, url);
}

const example = readFileSync(new URL('fixtures/officer-killed-denver/request.json', root), 'utf8');
// "</script" inside the inline script would end it early
const page = (await bundle('src/web/page.ts', { EXAMPLE_REQUEST: JSON.stringify(example) })).replace(/<\/(script)/gi, '<\\/$1');
const counties = await bundle('src/web/county-data.ts');
const hash = createHash('sha256').update(page, 'utf8').digest('base64');
const csp = [
  "default-src 'none'",
  `script-src 'sha256-${hash}' 'self'`,
  "style-src 'unsafe-inline'",
  'img-src data:',
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');
const template = readFileSync(new URL('src/web/index.html', root), 'utf8');
const html = template.replace('__CSP__', csp).replace('__SCRIPT__', () => `<script>${page}</script>`);
mkdirSync(out, { recursive: true });
writeWhole(new URL('counties.js', out), counties);
writeWhole(new URL('index.html', out), html);
console.log(`dist/web/index.html ${Math.round(html.length / 1024)} KB, dist/web/counties.js ${Math.round(counties.length / 1024)} KB`);
