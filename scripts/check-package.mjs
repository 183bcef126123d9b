#!/usr/bin/env node
/**
 * `npm run check:package`: checks the package exactly as a vendor receives it.
 *
 *  1. builds if dist/ is missing or older than src/ (`--build` forces a build, `--no-build` never builds);
 *  2. `npm pack` into a temp dir; the tarball holds only dist/, schemas/, examples/, docs/ (pages and the README screenshot), bench/results.md, README,
 *     LICENSE and package.json,
 *     and every file package.json points at;
 *  3. publint (strict: warnings fail) and @arethetypeswrong/cli (profile node16: ESM + CJS, Node >= 20) on the
 *     tarball;
 *  4. installs the tarball into throwaway consumers and builds an alert in each: ESM (import), CommonJS
 *     (require), TypeScript (tsc, module nodenext, both .mts and .cts), the `blue-alert` bin, and an esbuild
 *     browser-platform bundle that is run with browser globals only (no process, require or Buffer);
 *  5. the browser bundle of the core entry has no `node:` import and no county data.
 *
 * Prints PASS/FAIL per check; exits 1 if any check fails, 2 if the checks could not run.
 * `--keep` keeps the temp dir for inspection.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const KEEP = args.has('--keep');
const BIN = (name) => path.join(ROOT, 'node_modules', '.bin', name);
const FIXTURE = path.join(ROOT, 'fixtures/officer-killed-denver');
const NOW = '2026-11-22T14:20:00-07:00';
const ID = 'PKG-CHECK-001';
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const results = [];
let TMP; // the temp dir, once made
function record(name, pass, detail = '') {
  results.push({ name, pass, detail });
  const tag = pass ? 'PASS' : 'FAIL';
  console.log(`${tag}  ${name}${detail ? `\n      ${detail.split('\n').join('\n      ')}` : ''}`);
}
function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}
const tail = (s, n = 25) => s.trim().split('\n').filter((l) => !/Unknown user config "nodedir"/.test(l)).slice(-n).join('\n');

// ---------------------------------------------------------------------------------------------------------------
// 1. build if needed

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}
{
  const outputs = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/cli.cjs'].map((f) => path.join(ROOT, f));
  const stale =
    outputs.some((f) => !existsSync(f)) ||
    Math.min(...outputs.filter(existsSync).map((f) => statSync(f).mtimeMs)) <
      Math.max(newestMtime(path.join(ROOT, 'src')), statSync(path.join(ROOT, 'tsup.config.ts')).mtimeMs);
  if (args.has('--build') || (stale && !args.has('--no-build'))) {
    console.log('building (npm run build) ...');
    const r = run(NPM, ['run', 'build'], { cwd: ROOT });
    record('build', r.status === 0, r.status === 0 ? '' : tail(r.stdout + r.stderr));
    if (r.status !== 0) finish();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 2. npm pack and the tarball contents

TMP = mkdtempSync(path.join(os.tmpdir(), 'blue-alert-cap-pack-'));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
let tarball;
let packedFiles = [];
{
  const r = run(NPM, ['pack', '--json', '--pack-destination', TMP], { cwd: ROOT });
  // stdout is the JSON array, possibly after output of pack scripts: parse from the first line that starts it.
  let info;
  for (let at = r.stdout.indexOf('['); at >= 0 && info === undefined; at = r.stdout.indexOf('\n[', at + 1)) {
    try {
      info = JSON.parse(r.stdout.slice(at))[0];
    } catch {
      info = undefined;
    }
  }
  if (r.status !== 0 || info === undefined) {
    record('npm pack', false, tail(r.stdout + r.stderr));
    finish(2);
  }
  tarball = path.join(TMP, info.filename);
  packedFiles = info.files.map((f) => f.path);
  record('npm pack', existsSync(tarball), `${info.filename}: ${packedFiles.length} files, ${(info.size / 1024).toFixed(1)} KB packed, ${(info.unpackedSize / 1024).toFixed(1)} KB unpacked`);
}
{
  // docs/ and bench/results.md make the README's relative links work in an installed copy; examples/ holds the
  // request every --help example uses
  const allowed = [/^dist\//, /^schemas\//, /^examples\/[^/]+\.json$/, /^docs\/[^/]+\.(md|png)$/, /^bench\/results\.md$/, /^README(\.md)?$/i, /^LICEN[CS]E(\.md|\.txt)?$/i, /^package\.json$/];
  const notNeeded = [/\.map$/, /\.(test|spec)\.[cm]?[jt]s$/, /\.tsbuildinfo$/];
  const extra = packedFiles.filter((f) => !allowed.some((re) => re.test(f)) || notNeeded.some((re) => re.test(f)));
  record('tarball holds only dist, schemas, examples, docs, README, LICENSE, package.json', extra.length === 0, extra.length ? `not needed: ${extra.join(', ')}` : '');

  const targets = new Set();
  const collect = (v) => {
    if (typeof v === 'string') targets.add(v.replace(/^\.\//, ''));
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect(pkg.exports);
  for (const k of ['main', 'module', 'types', 'typings', 'bin']) collect(pkg[k]);
  const missing = [...targets].filter((t) => !t.includes('*') && !packedFiles.includes(t));
  if (!packedFiles.some((f) => /^README(\.md)?$/i.test(f))) missing.push('README.md');
  if (!packedFiles.some((f) => /^LICEN[CS]E(\.md|\.txt)?$/i.test(f))) missing.push(`LICENSE (package.json says "${pkg.license}")`);
  record('tarball holds every file package.json points at, README and LICENSE', missing.length === 0, missing.length ? `missing: ${missing.join(', ')}` : '');
}

// ---------------------------------------------------------------------------------------------------------------
// 3. publint and attw on the tarball

{
  const r = run(BIN('publint'), ['run', tarball, '--strict'], { cwd: TMP });
  const out = tail(r.stdout + r.stderr, 30);
  record('publint --strict (tarball)', r.status === 0, r.status === 0 ? (/Suggestions?:/i.test(out) ? out.slice(out.search(/Suggestions?:/i)) : '') : out);
}
{
  // node16 profile: resolution as Node 16+ and bundlers see it (CJS and ESM); the legacy node10 resolution
  // cannot see subpath exports and is out of scope for a Node >= 20 package.
  const r = run(BIN('attw'), [tarball, '--profile', 'node16', '--format', 'ascii', '--no-color', '--no-emoji'], { cwd: TMP });
  record('attw --profile node16 (tarball)', r.status === 0, r.status === 0 ? '' : tail(r.stdout + r.stderr, 40));
  if (r.status === 0) {
    const strict = run(BIN('attw'), [tarball, '--format', 'ascii', '--no-color', '--no-emoji', '--no-summary'], { cwd: TMP });
    if (strict.status !== 0) {
      const failing = [...(strict.stdout.matchAll(/"([^"]+)"\s*\n\s*\nnode10: Resolution failed/g))].map((m) => m[1]);
      console.log(
        `INFO  attw default profile: node10 resolution (TypeScript moduleResolution "node"/"node10") fails${failing.length ? ` for ${failing.join(', ')}` : ''}; ` +
          'not required for Node >= 20 ESM/CJS consumers. A "typesVersions" map in package.json would fix it if wanted.',
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 4. consumers

const C = path.join(TMP, 'consumers');
mkdirSync(C, { recursive: true });
writeFileSync(path.join(C, 'package.json'), JSON.stringify({ name: 'blue-alert-cap-consumers', private: true, version: '0.0.0' }, null, 2));
cpSync(path.join(FIXTURE, 'request.json'), path.join(C, 'request.json'));
{
  const base = ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error'];
  let r = run(NPM, [...base, '--offline', tarball], { cwd: C });
  let how = 'offline';
  if (r.status !== 0) {
    r = run(NPM, [...base, '--prefer-offline', tarball], { cwd: C });
    how = 'prefer-offline';
  }
  const ok = r.status === 0 && existsSync(path.join(C, 'node_modules/blue-alert-cap/package.json'));
  record(`consumers: npm install of the tarball (${how})`, ok, ok ? '' : tail(r.stdout + r.stderr));
  if (!ok) finish();
}

const consumerScript = (kind) => `
${kind === 'esm'
    ? `import { buildBlueAlert, safeBuildBlueAlert, validateCap, parseCap, BlueAlertError } from 'blue-alert-cap';
import * as esmCore from 'blue-alert-cap';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const cjsCore = createRequire(import.meta.url)('blue-alert-cap');
const names = (m) => Object.keys(m).filter((k) => k !== 'default' && k !== '__esModule').sort().join(',');
const sameExports = names(esmCore) === names(cjsCore);
const load = (spec) => import(spec);`
    : `const { buildBlueAlert, safeBuildBlueAlert, validateCap, parseCap, BlueAlertError } = require('blue-alert-cap');
const { readFileSync } = require('node:fs');
const sameExports = true;
const load = async (spec) => require(spec);`}
const main = async () => {
  const request = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  const msg = buildBlueAlert(request, { now: '${NOW}', identifier: '${ID}' });
  const errors = validateCap(msg.xml, { profile: 'ipaws' }).filter((i) => i.severity === 'error');
  const bad = safeBuildBlueAlert({ event: 'not-an-event' });
  let threw = false;
  try { buildBlueAlert({}); } catch (e) { threw = e instanceof BlueAlertError; }
  // subpath entries: load, and build with the county lookup when the counties entry offers one
  const subpaths = {};
  for (const spec of ['blue-alert-cap/counties', 'blue-alert-cap/sign', 'blue-alert-cap/preview', 'blue-alert-cap/preview/outlines']) {
    try {
      const m = await load(spec);
      subpaths[spec] = Object.keys(m).length > 0 ? 'ok' : 'no exports';
      if (spec.endsWith('/counties') && m.countyLookup) {
        const withCounties = buildBlueAlert(request, { now: '${NOW}', identifier: '${ID}', counties: m.countyLookup });
        if (!withCounties.xml.includes('<valueName>SAME</valueName>')) subpaths[spec] = 'build with countyLookup gave no SAME geocode';
      }
    } catch (e) {
      subpaths[spec] = String(e && e.message).split('\\n')[0];
    }
  }
  console.log(JSON.stringify({
    xml: msg.xml.startsWith('<?xml') && msg.xml.includes('<identifier>${ID}</identifier>'),
    valid: errors.length === 0,
    roundTrip: parseCap(msg.xml).identifier === '${ID}',
    same: msg.sameHeader,
    badRequest: bad.success === false && bad.issues.length > 0,
    throwsBlueAlertError: threw,
    sameExports,
    subpaths,
  }));
};
main().catch((e) => { console.log(JSON.stringify({ crashed: String(e && e.stack) })); process.exitCode = 1; });
`;
function checkConsumerOutput(kind, label, r) {
  let out;
  try {
    out = JSON.parse(r.stdout.trim().split('\n').pop());
  } catch {
    out = undefined;
  }
  const name = `consumer ${label}: builds a valid alert`;
  if (out === undefined || out.crashed) {
    record(name, false, out?.crashed ? tail(out.crashed, 6) : tail(r.stdout + r.stderr));
    return;
  }
  const failed = ['xml', 'valid', 'roundTrip', 'badRequest', 'throwsBlueAlertError', 'sameExports'].filter((k) => out[k] !== true);
  if (!/^ZCZC-/.test(out.same ?? '')) failed.push('sameHeader');
  record(name, r.status === 0 && failed.length === 0, failed.length ? `failed: ${failed.join(', ')}` : `SAME ${out.same}`);
  const bad = Object.entries(out.subpaths ?? {}).filter(([, v]) => v !== 'ok');
  record(
    `consumer ${kind}: subpath entries blue-alert-cap/counties and /sign load${kind === 'ESM' || kind === 'CommonJS' ? ' (and build with countyLookup)' : ''}`,
    bad.length === 0,
    bad.map(([k, v]) => `${k}: ${v}`).join('\n'),
  );
}
for (const kind of ['esm', 'cjs']) {
  const dir = path.join(C, kind);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true, type: kind === 'esm' ? 'module' : 'commonjs' }));
  writeFileSync(path.join(dir, 'index.js'), consumerScript(kind));
  const r = run(process.execPath, [path.join(dir, 'index.js'), path.join(C, 'request.json')], { cwd: dir });
  checkConsumerOutput(kind === 'esm' ? 'ESM' : 'CommonJS', kind === 'esm' ? 'ESM (import; same export names as require)' : 'CommonJS (require)', r);
}

// TypeScript consumer: the shipped .d.ts files type-check for ESM (.mts) and CJS (.cts) under nodenext.
{
  const dir = path.join(C, 'ts');
  mkdirSync(dir);
  const body = (imp) => `${imp}
export function make(request: BlueAlertRequestInput): string {
  const msg: BlueAlertMessage = buildBlueAlert(request, { now: '${NOW}', identifier: '${ID}' });
  const issues: readonly CapIssue[] = validateCap(msg.xml, { profile: 'ipaws' });
  const r = safeBuildBlueAlert(request);
  const first: BlueAlertIssue | undefined = r.success ? undefined : r.issues[0];
  return msg.sameHeader + String(issues.length) + String(first?.path);
}
`;
  const names = `{ buildBlueAlert, safeBuildBlueAlert, validateCap, type BlueAlertMessage, type BlueAlertRequestInput, type CapIssue, type BlueAlertIssue }`;
  writeFileSync(path.join(dir, 'esm.mts'), body(`import ${names} from 'blue-alert-cap';\nimport * as counties from 'blue-alert-cap/counties';\nexport const c = counties;`));
  writeFileSync(path.join(dir, 'cjs.cts'), body(`import ${names} from 'blue-alert-cap';\nimport counties = require('blue-alert-cap/counties');\nexport const c = counties;`));
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['es2022', 'dom'] },
      files: ['esm.mts', 'cjs.cts'],
    }),
  );
  const r = run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir });
  record('consumer TypeScript (nodenext, .mts + .cts, skipLibCheck false): type-checks', r.status === 0, r.status === 0 ? '' : tail(r.stdout + r.stderr, 30));
}

// The bin, as installed.
{
  const bin = path.join(C, 'node_modules/.bin/blue-alert');
  const r = existsSync(bin)
    ? run(bin, ['build', path.join(C, 'request.json'), '--now', NOW, '--id', ID], { cwd: C })
    : { status: null, stdout: '', stderr: 'node_modules/.bin/blue-alert was not installed' };
  const ok = r.status === 0 && r.stdout.startsWith('<?xml') && r.stdout.includes(`<identifier>${ID}</identifier>`);
  record('consumer bin: `blue-alert build request.json` prints the alert', ok, ok ? '' : tail(`exit ${r.status}\n${r.stdout}${r.stderr}`, 10));
}

// Browser: esbuild, platform browser, then run with browser globals only.
{
  const dir = path.join(C, 'browser');
  mkdirSync(dir);
  writeFileSync(
    path.join(dir, 'entry.js'),
    `import { buildBlueAlert, validateCap } from 'blue-alert-cap';
import request from '../request.json';
const msg = buildBlueAlert(request, { now: '${NOW}', identifier: '${ID}' });
const errors = validateCap(msg.xml, { profile: 'ipaws' }).filter((i) => i.severity === 'error');
globalThis.__result = { ok: msg.xml.includes('<identifier>${ID}</identifier>') && errors.length === 0, same: msg.sameHeader };
`,
  );
  let code = null;
  let meta = null;
  const esbuild = await import('esbuild');
  const bundle = (external) =>
    esbuild.build({
      entryPoints: [path.join(dir, 'entry.js')],
      absWorkingDir: dir,
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
      external,
    });
  const name = 'consumer browser: esbuild bundles blue-alert-cap for platform browser';
  try {
    const r = await bundle([]);
    code = r.outputFiles[0].text;
    meta = r.metafile;
    record(name, true, `${(code.length / 1024).toFixed(1)} KB minified`);
  } catch (e) {
    const msgs = (e.errors ?? []).map((x) => `${x.text}${x.location ? ` (${x.location.file}:${x.location.line})` : ''}`);
    record(name, false, msgs.join('\n') || String(e?.message));
    // Bundle again with the unresolved modules left external, so the checks below still report.
    const unresolved = [...new Set((e.errors ?? []).map((x) => /Could not resolve "([^"]+)"/.exec(x.text)?.[1]).filter(Boolean))];
    if (unresolved.length > 0) {
      try {
        const r = await bundle(unresolved);
        code = r.outputFiles[0].text;
        meta = r.metafile;
        console.log(`      (the checks below use a bundle with ${unresolved.join(', ')} left external)`);
      } catch {
        // nothing more to check
      }
    }
  }
  if (code !== null) {
    const sandbox = {
      console: { log() {}, warn() {}, error() {}, info() {}, debug() {} },
      crypto: globalThis.crypto,
      TextEncoder,
      TextDecoder,
      URL,
      URLSearchParams,
      atob,
      btoa,
      structuredClone,
      queueMicrotask,
      setTimeout,
      clearTimeout,
      performance: { now: () => performance.now() },
    };
    sandbox.globalThis = sandbox;
    sandbox.self = sandbox;
    sandbox.window = sandbox;
    let ok = false;
    let detail = '';
    try {
      vm.runInNewContext(code, sandbox, { timeout: 10_000 });
      ok = sandbox.__result?.ok === true;
      detail = ok ? `SAME ${sandbox.__result.same}` : `result: ${JSON.stringify(sandbox.__result)}`;
    } catch (e) {
      detail = `threw: ${String(e?.message ?? e).split('\n')[0]}`;
    }
    record('consumer browser: the bundle builds a valid alert with browser globals only', ok, detail);

    // 5. no node: import and no county data in the core browser bundle
    const nodeImports = [...new Set(code.match(/["'`]node:[a-z_/]+["'`]/g) ?? [])];
    record('core browser bundle: no `node:` import', nodeImports.length === 0, nodeImports.length ? `found ${nodeImports.join(', ')}` : '');
    const heavyInputs = Object.keys(meta.inputs).filter((f) => /node_modules\/(us-atlas|topojson-client)\//.test(f) || /dist\/counties\.js$/.test(f));
    const markers = ['Topology', 'Autauga', 'Mohave', 'Matanuska'].filter((m) => code.includes(m));
    const countyFree = heavyInputs.length === 0 && markers.length === 0;
    record(
      'core browser bundle: no county data (us-atlas, topojson, counties entry)',
      countyFree,
      countyFree ? '' : `inputs: ${heavyInputs.join(', ') || 'none'}; markers found: ${markers.join(', ') || 'none'}`,
    );
  }
}

finish();

function finish(code) {
  const failed = results.filter((r) => !r.pass);
  console.log(`\n${results.length - failed.length}/${results.length} package checks passed${failed.length ? `; FAILED: ${failed.map((f) => f.name).join(' | ')}` : ''}`);
  if (KEEP) console.log(`kept ${TMP ?? '(no temp dir)'}`);
  else if (typeof TMP === 'string') rmSync(TMP, { recursive: true, force: true });
  process.exit(code ?? (failed.length > 0 ? 1 : 0));
}
