#!/usr/bin/env node
/**
 * `npm run bench` (builds first): measures blue-alert-cap against the closest TypeScript peer
 * (@dec112/cap-ts) and a plain template-string floor, on the same alerts, in one run.
 *
 * Writes bench/results.json and bench/results.md and prints the table. Options:
 *   --quick        fewer samples (for a smoke run; figures are noisier)
 *   --out DIR      where to write results.json / results.md (default: bench/)
 *
 * Timing method: each measured call is repeated in batches of about SAMPLE_MS; the figure is the median of the
 * per-call times of the batches (after a warm-up), so timer resolution and single GC pauses do not dominate.
 * The functions compared on one alert are measured interleaved, batch by batch, so machine load hits all alike.
 * The headline figure is the median over the fixtures of the per-fixture medians.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const outIdx = args.indexOf('--out');
const OUT_DIR = outIdx >= 0 && args[outIdx + 1] ? path.resolve(args[outIdx + 1]) : path.join(ROOT, 'bench');

const SAMPLE_MS = QUICK ? 1 : 3;
const SAMPLES = QUICK ? 15 : 120;
const WARMUP_MS = QUICK ? 10 : 60;
const CLI_RUNS = QUICK ? 5 : 21;
const GEO_SAMPLES = QUICK ? 10 : 60;

const notes = [];
const startedAt = Date.now();

// ---------------------------------------------------------------------------------------------------------------
// timing helpers

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return Number.NaN;
  return n % 2 === 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
const nowNs = () => process.hrtime.bigint();
const msSince = (t0) => Number(nowNs() - t0) / 1e6;

/**
 * Median per-call times in microseconds of several functions, measured interleaved (one batch of each in turn),
 * so that load from other processes hits all of them alike. `isAsync` functions are awaited call by call.
 */
async function timeInterleaved(entries) {
  const plan = [];
  for (const { key, fn, isAsync } of entries) {
    let calls = 0;
    const w0 = nowNs();
    while (msSince(w0) < WARMUP_MS || calls < 3) {
      if (isAsync) await fn();
      else fn();
      calls++;
    }
    const perCallMs = msSince(w0) / calls;
    plan.push({ key, fn, isAsync, batch: Math.max(1, Math.round(SAMPLE_MS / Math.max(perCallMs, 1e-4))), samples: [] });
  }
  for (let s = 0; s < SAMPLES; s++) {
    for (const p of plan) {
      const t0 = nowNs();
      if (p.isAsync) for (let i = 0; i < p.batch; i++) await p.fn();
      else for (let i = 0; i < p.batch; i++) p.fn();
      p.samples.push((msSince(t0) * 1000) / p.batch);
    }
  }
  return Object.fromEntries(plan.map((p) => [p.key, median(p.samples)]));
}

const round = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? null : Number(x.toFixed(digits)));

// ---------------------------------------------------------------------------------------------------------------
// inputs

const distIndex = path.join(ROOT, 'dist/index.js');
const distCli = path.join(ROOT, 'dist/cli.cjs');
if (!existsSync(distIndex) || !existsSync(distCli)) {
  console.error('bench: dist/ is missing; run `npm run bench` (it builds first) or `npm run build`.');
  process.exit(2);
}
let core;
try {
  core = await import(pathToFileURL(distIndex).href);
} catch (e) {
  console.error(`bench: dist/index.js does not load: ${String(e && e.message).split('\n')[0]}`);
  process.exit(2);
}
const { buildBlueAlert, parseCap, validateCap, toCapXml, blueAlertRequestSchema } = core;

const peerBuilder = require('@dec112/cap-ts/builder');
const { CAP_1_2: peerCap } = require('@dec112/cap-ts');

/**
 * Build options of a fixture for build_us: `now`, `identifier` and the rest of options.json, without the county
 * lookup (`counties: true` in options.json means "with the county lookup, as the CLI does for shapes").
 */
function buildOptions(f) {
  const { counties: _counties, ...rest } = f.options;
  return rest;
}

function loadFixtures() {
  const dir = path.join(ROOT, 'fixtures');
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const reqPath = path.join(dir, name, 'request.json');
    if (!existsSync(reqPath)) continue;
    const optPath = path.join(dir, name, 'options.json');
    const options = existsSync(optPath) ? JSON.parse(readFileSync(optPath, 'utf8')) : {};
    out.push({ name, reqPath, request: JSON.parse(readFileSync(reqPath, 'utf8')), options });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// the peer: @dec112/cap-ts AlertBuilder + toXML, fed the same CAP content as ours

function peerBuild(a) {
  const B = peerBuilder;
  const F = B.FromString;
  const alert = new B.AlertBuilder(a.identifier, a.sender, a.sent, F.getStatus(a.status), F.getMsgType(a.msgType), F.getScope(a.scope));
  if (a.source !== undefined) alert.source = a.source;
  if (a.restriction !== undefined) alert.restriction = a.restriction;
  if (a.addresses !== undefined) alert.addresses = a.addresses;
  if (a.note !== undefined) alert.note = a.note;
  if (a.references !== undefined && a.references.length > 0) alert.references = a.references.join(' ');
  if (a.incidents !== undefined) alert.incidents = a.incidents;
  alert.code_list = [...a.code];
  alert.info_list = a.info.map((i) => {
    const info = new B.InfoBuilder(
      i.event,
      F.getUrgency(i.urgency),
      F.getSeverity(i.severity),
      F.getCertainty(i.certainty),
      i.category.map((c) => F.getCategory(c)),
    );
    for (const k of ['language', 'audience', 'effective', 'onset', 'expires', 'senderName', 'headline', 'description', 'instruction', 'web', 'contact']) {
      if (i[k] !== undefined) info[k] = i[k];
    }
    info.responseType_list = i.responseType.map((r) => F.getResponseType(r));
    info.eventCode_list = i.eventCode.map((p) => new B.EventCode(p.valueName, p.value));
    info.parameter_list = i.parameter.map((p) => new B.Parameter(p.valueName, p.value));
    info.resource_list = i.resource.map((r) => {
      const res = new B.ResourceBuilder(r.resourceDesc, r.mimeType);
      for (const k of ['size', 'uri', 'derefUri', 'digest']) if (r[k] !== undefined) res[k] = r[k];
      return res.build();
    });
    info.area_list = i.area.map((ar) => {
      const area = new B.AreaBuilder(ar.areaDesc);
      area.polygon_list = [...ar.polygon];
      area.circle_list = [...ar.circle];
      area.geocode_list = ar.geocode.map((g) => new B.Geocode(g.valueName, g.value));
      if (ar.altitude !== undefined) area.altitude = ar.altitude;
      if (ar.ceiling !== undefined) area.ceiling = ar.ceiling;
      return area.build();
    });
    return info;
  });
  return alert.build().toXML();
}

// ---------------------------------------------------------------------------------------------------------------
// the floor: the same XML from one template string (what any builder must at least cost)

const esc = (s) => String(s).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
function el(ind, name, v) {
  if (v === undefined) return '';
  const s = String(v);
  return s === '' ? `${ind}<${name}/>\n` : `${ind}<${name}>${esc(s)}</${name}>\n`;
}
function pairs(ind, name, list) {
  let s = '';
  for (const p of list) s += `${ind}<${name}>\n${el(`${ind}  `, 'valueName', p.valueName)}${el(`${ind}  `, 'value', p.value)}${ind}</${name}>\n`;
  return s;
}
function floorBuild(a) {
  let x = '<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">\n';
  const i1 = '  ';
  x += el(i1, 'identifier', a.identifier) + el(i1, 'sender', a.sender) + el(i1, 'sent', a.sent) + el(i1, 'status', a.status);
  x += el(i1, 'msgType', a.msgType) + el(i1, 'source', a.source) + el(i1, 'scope', a.scope) + el(i1, 'restriction', a.restriction);
  x += el(i1, 'addresses', a.addresses);
  for (const c of a.code) x += el(i1, 'code', c);
  x += el(i1, 'note', a.note);
  if (a.references !== undefined && a.references.length > 0) x += el(i1, 'references', a.references.join(' '));
  x += el(i1, 'incidents', a.incidents);
  const i2 = '    ';
  const i3 = '      ';
  for (const i of a.info) {
    x += `${i1}<info>\n${el(i2, 'language', i.language)}`;
    for (const c of i.category) x += el(i2, 'category', c);
    x += el(i2, 'event', i.event);
    for (const r of i.responseType) x += el(i2, 'responseType', r);
    x += el(i2, 'urgency', i.urgency) + el(i2, 'severity', i.severity) + el(i2, 'certainty', i.certainty) + el(i2, 'audience', i.audience);
    x += pairs(i2, 'eventCode', i.eventCode);
    x += el(i2, 'effective', i.effective) + el(i2, 'onset', i.onset) + el(i2, 'expires', i.expires) + el(i2, 'senderName', i.senderName);
    x += el(i2, 'headline', i.headline) + el(i2, 'description', i.description) + el(i2, 'instruction', i.instruction);
    x += el(i2, 'web', i.web) + el(i2, 'contact', i.contact);
    x += pairs(i2, 'parameter', i.parameter);
    for (const r of i.resource) {
      x += `${i2}<resource>\n${el(i3, 'resourceDesc', r.resourceDesc)}${el(i3, 'mimeType', r.mimeType)}${el(i3, 'size', r.size)}`;
      x += `${el(i3, 'uri', r.uri)}${el(i3, 'derefUri', r.derefUri)}${el(i3, 'digest', r.digest)}${i2}</resource>\n`;
    }
    for (const ar of i.area) {
      x += `${i2}<area>\n${el(i3, 'areaDesc', ar.areaDesc)}`;
      for (const p of ar.polygon) x += el(i3, 'polygon', p);
      for (const c of ar.circle) x += el(i3, 'circle', c);
      x += pairs(i3, 'geocode', ar.geocode);
      x += `${el(i3, 'altitude', ar.altitude)}${el(i3, 'ceiling', ar.ceiling)}${i2}</area>\n`;
    }
    x += `${i1}</info>\n`;
  }
  return `${x}</alert>\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. per-alert throughput: build, peer build, floor, parse+validate, peer parse

const fixtures = loadFixtures();
const perFixture = {};
const skipped = [];
let peerStructureNoted = false;

// Global warm-up: every code path on every alert, so the first fixture measured does not pay for JIT tiering.
{
  const ready = [];
  for (const f of fixtures) {
    try {
      const m = buildBlueAlert(f.request, buildOptions(f));
      ready.push({ f, m });
    } catch {
      // reported below
    }
  }
  const w0 = nowNs();
  while (ready.length > 0 && msSince(w0) < (QUICK ? 100 : 600)) {
    for (const { f, m } of ready) {
      buildBlueAlert(f.request, buildOptions(f));
      peerBuild(m.alert);
      floorBuild(m.alert);
      validateCap(parseCap(m.xml), { profile: 'ipaws' });
      await peerCap.Alert.fromXML(m.xml);
    }
  }
}

for (const f of fixtures) {
  const opts = buildOptions(f);
  let msg;
  try {
    msg = buildBlueAlert(f.request, opts);
  } catch (e) {
    const why = e && Array.isArray(e.issues) ? e.issues.map((i) => `${i.path}: ${i.code}`).join('; ') : String(e && e.message);
    skipped.push({ fixture: f.name, reason: `buildBlueAlert failed: ${why}` });
    continue;
  }
  const alert = msg.alert;
  const xml = msg.xml;
  const row = {};
  const checks = [];

  const floorXml = floorBuild(alert);
  if (floorXml !== xml) checks.push('floor XML differs from buildBlueAlert XML');
  const peerXml = peerBuild(alert);
  let peerAreas = null;
  try {
    peerAreas = parseCap(peerXml).info.map((i) => i.area.map((a) => a.polygon.length + a.circle.length + a.geocode.length));
  } catch {
    // the peer's XML may not even parse as CAP; the structure note below covers it
  }
  const ourAreas = alert.info.map((i) => i.area.map((a) => a.polygon.length + a.circle.length + a.geocode.length));
  if (JSON.stringify(peerAreas) !== JSON.stringify(ourAreas) && !peerStructureNoted) {
    peerStructureNoted = true;
    notes.push(
      '@dec112/cap-ts 0.3.2 toXML writes <polygon>, <circle> and <geocode> as children of <info> instead of <area> ' +
        '(it appends to the info element after closing <areaDesc>), so its output is not schema-valid CAP; ' +
        'the timing still covers the same content and element count.',
    );
  }
  if (validateCap(xml, { profile: 'ipaws' }).some((i) => i.severity === 'error')) checks.push('our XML fails validateCap(ipaws)');

  const entries = [
    { key: 'build_us', fn: () => buildBlueAlert(f.request, opts) },
    { key: 'peer_build_us', fn: () => peerBuild(alert) },
    { key: 'floor_build_us', fn: () => floorBuild(alert) },
    { key: 'parse_validate_us', fn: () => validateCap(parseCap(xml), { profile: 'ipaws' }) },
    { key: 'peer_parse_us', fn: () => peerCap.Alert.fromXML(xml), isAsync: true },
    // breakdown (where the time goes), with the exported pieces
    { key: 'validate_model_us', fn: () => validateCap(alert, { profile: 'ipaws' }) },
    { key: 'parse_us', fn: () => parseCap(xml) },
  ];
  if (typeof toCapXml === 'function') entries.push({ key: 'to_xml_us', fn: () => toCapXml(alert) });
  if (blueAlertRequestSchema && typeof blueAlertRequestSchema.safeParse === 'function') {
    entries.push({ key: 'request_parse_us', fn: () => blueAlertRequestSchema.safeParse(f.request) });
  }
  Object.assign(row, await timeInterleaved(entries));
  row.xml_bytes = Buffer.byteLength(xml);
  if (checks.length > 0) row.checks = checks;
  perFixture[f.name] = row;
}

const measured = Object.values(perFixture);
const agg = (k) => {
  const xs = measured.map((r) => r[k]).filter((v) => typeof v === 'number');
  return xs.length === 0 ? null : median(xs);
};
if (skipped.length > 0) notes.push(`skipped fixtures: ${skipped.map((s) => `${s.fixture} (${s.reason})`).join(', ')}`);
for (const [name, r] of Object.entries(perFixture)) if (r.checks) notes.push(`${name}: ${r.checks.join('; ')}`);

// ---------------------------------------------------------------------------------------------------------------
// 2. cold start: CLI vs bare node (interleaved so drift hits both)

let cliCold = null;
let nodeCold = null;
let cliColdNoCounties = null;
{
  // The README's example fixture when it builds, else the first that does.
  const f = fixtures.find((x) => x.name === 'officer-killed-denver' && perFixture[x.name] !== undefined) ?? fixtures.find((x) => perFixture[x.name] !== undefined);
  if (f === undefined) {
    notes.push('cli_cold_ms: no buildable fixture');
  } else {
    const cliArgs = [distCli, 'build', f.reqPath];
    if (f.options.now !== undefined) cliArgs.push('--now', String(f.options.now));
    if (f.options.identifier !== undefined) cliArgs.push('--id', String(f.options.identifier));
    // Both processes start without NODE_EXTRA_CA_CERTS and NODE_OPTIONS: a CA bundle named there is read at every
    // Node start (~40 ms in the sandbox this was written in, where it is set), which measures the environment and
    // would flatter the ratio. Measured with them too when they are set, for the notes.
    const cleanEnv = { ...process.env };
    delete cleanEnv.NODE_EXTRA_CA_CERTS;
    delete cleanEnv.NODE_OPTIONS;
    const inheritedDiffers = process.env.NODE_EXTRA_CA_CERTS !== undefined || process.env.NODE_OPTIONS !== undefined;
    const run = (argv, env = cleanEnv) => {
      const t0 = nowNs();
      const r = spawnSync(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT, env });
      return { ms: msSince(t0), status: r.status, stderr: String(r.stderr) };
    };
    // `--no-counties` (when the CLI has it) shows what the county lookup adds to a cold start.
    const help = spawnSync(process.execPath, [distCli, 'build', '--help'], { encoding: 'utf8' });
    const noCountiesArgs = /--no-counties/.test(`${help.stdout}${help.stderr}`) ? [...cliArgs, '--no-counties'] : null;
    const cliTimes = [];
    const nodeTimes = [];
    const noCountiesTimes = [];
    let cliFailed = null;
    run(['-e', '0']); // warm the file cache
    run(cliArgs);
    for (let i = 0; i < CLI_RUNS; i++) {
      nodeTimes.push(run(['-e', '0']).ms);
      const c = run(cliArgs);
      if (c.status !== 0) cliFailed ??= `exit ${c.status}: ${c.stderr.split('\n')[0]}`;
      cliTimes.push(c.ms);
      if (noCountiesArgs !== null) noCountiesTimes.push(run(noCountiesArgs).ms);
    }
    cliCold = median(cliTimes);
    nodeCold = median(nodeTimes);
    if (noCountiesTimes.length > 0) cliColdNoCounties = median(noCountiesTimes);
    if (inheritedDiffers) {
      const withEnvCli = [];
      const withEnvNode = [];
      for (let i = 0; i < CLI_RUNS; i++) {
        withEnvNode.push(run(['-e', '0'], process.env).ms);
        withEnvCli.push(run(cliArgs, process.env).ms);
      }
      const c = median(withEnvCli);
      const n = median(withEnvNode);
      notes.push(
        `cli_cold_ms with this shell's NODE_EXTRA_CA_CERTS / NODE_OPTIONS left in (not the verdict): CLI ${round(c)} ms vs node -e 0 ${round(n)} ms = ${round(c / n)}x; ` +
          `without them (the verdict): ${round(cliCold)} vs ${round(nodeCold)} ms = ${round(cliCold / nodeCold)}x`,
      );
    }
    if (cliFailed !== null) notes.push(`cli_cold_ms: the CLI did not exit 0 (${cliFailed})`);
    notes.push(
      `cli_cold_ms: \`node dist/cli.cjs build fixtures/${f.name}/request.json --now … --id …\` (the CLI's defaults${f.options.counties === true ? ', which include the county lookup for this fixture' : ''}), ${CLI_RUNS} runs` +
        (noCountiesArgs !== null ? '; cli_cold_no_counties_ms: the same with --no-counties' : ''),
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 3. core bundle for the browser

let bundleGzipKb = null;
let bundleRawKb = null;
let bundleTop = [];
let bundleBrowserOk = null;

/** An entry bundled for the browser with its dependencies, minified, in memory (esbuild). */
async function browserBundle(entry, external = []) {
  const esbuild = await import('esbuild');
  return esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external,
  });
}

try {
  const bundle = (external) => browserBundle(distIndex, external);
  let r;
  try {
    r = await bundle([]);
    bundleBrowserOk = true;
  } catch (e) {
    // Usually a dependency that requires a Node built-in: name them, then measure with them left out.
    const unresolved = [...new Set((e.errors ?? []).map((x) => /Could not resolve "([^"]+)"/.exec(x.text)?.[1]).filter(Boolean))];
    if (unresolved.length === 0) throw e;
    bundleBrowserOk = false;
    const where = (e.errors ?? []).map((x) => `${/Could not resolve "([^"]+)"/.exec(x.text)?.[1]} (from ${x.location?.file ?? '?'})`).join(', ');
    notes.push(
      `bundle: the core entry does NOT bundle for the browser: Node built-ins required by dependencies: ${where}. ` +
        'The size shown is with those left external (so it understates a polyfilled bundle).',
    );
    r = await bundle(unresolved);
  }
  const code = r.outputFiles[0].contents;
  bundleRawKb = code.length / 1024;
  bundleGzipKb = gzipSync(code, { level: 9 }).length / 1024;
  const byPkg = new Map();
  const out = Object.values(r.metafile.outputs)[0];
  for (const [file, info] of Object.entries(out.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const key = m ? m[1] : 'blue-alert-cap';
    byPkg.set(key, (byPkg.get(key) ?? 0) + info.bytesInOutput);
  }
  bundleTop = [...byPkg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([pkg, bytes]) => ({ pkg, kb: round(bytes / 1024) }));
  const text = Buffer.from(code).toString('utf8');
  if (/["'`]node:[a-z]/.test(text)) notes.push('bundle: the core browser bundle contains a `node:` import');
} catch (e) {
  notes.push(`bundle_core_gzip_kb: esbuild failed: ${(e.errors ?? []).map((x) => x.text).join('; ') || String(e && e.message).split('\n')[0]}`);
}

// The core entry by source folder: what each folder costs the min+gzip bundle (the gzip of the whole minus the gzip
// of the whole with that folder's bytes cut out, attributed through the source map), bundled from src/index.ts so
// the folders are visible. For information: where a size target has to be found.
let bundleByFolder = [];
try {
  const esbuild = await import('esbuild');
  const r = await esbuild.build({
    entryPoints: [path.join(ROOT, 'src/index.ts')],
    bundle: true, minify: true, platform: 'browser', format: 'esm', target: 'es2022', write: false, logLevel: 'silent',
    sourcemap: 'external', outfile: path.join(ROOT, 'bench-bundle-by-folder.js'),
  });
  const code = r.outputFiles.find((f) => f.path.endsWith('.js')).text;
  const map = JSON.parse(r.outputFiles.find((f) => f.path.endsWith('.map')).text);
  const folderOf = (source) => {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    if (pkg) return pkg[1];
    const rel = source.replace(/^(?:\.\.\/)*(?:.*\/)?src\//, 'src/');
    return rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : rel;
  };
  const owners = bytesBySource(code, map.mappings);
  const folders = map.sources.map(folderOf);
  const whole = gzipSync(code, { level: 9 }).length;
  for (const folder of new Set(folders)) {
    let kept = '';
    let raw = 0;
    let from = 0;
    for (let i = 0; i <= code.length; i++) {
      const mine = i < code.length && owners[i] >= 0 && folders[owners[i]] === folder;
      if (mine) raw++;
      if (mine || i === code.length) {
        kept += code.slice(from, i);
        from = i + 1;
      }
    }
    if (raw >= 512) bundleByFolder.push({ folder, rawKb: round(raw / 1024), gzipKb: round((whole - gzipSync(kept, { level: 9 }).length) / 1024) });
  }
  bundleByFolder.sort((a, b) => b.gzipKb - a.gzipKb);
  notes.push(`core bundle by source folder (min+gzip KB each folder costs; minified KB in brackets): ${bundleByFolder.map((b) => `${b.folder} ${b.gzipKb} (${b.rawKb})`).join(', ')}`);
} catch (e) {
  notes.push(`core bundle by folder: not measured (${String(e && e.message).split('\n')[0]})`);
}

/** For each byte of one-file output `code`, the index of its source in the source map (-1 for none). */
function bytesBySource(code, mappings) {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const owners = new Int32Array(code.length).fill(-1);
  let lineStart = 0;
  let source = 0;
  let last = -1;
  let lastSource = -1;
  const lines = mappings.split(';');
  const codeLines = code.split('\n');
  lines.forEach((line, li) => {
    let col = 0;
    for (const seg of line.split(',')) {
      if (seg === '') continue;
      const v = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          v.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += v[0];
      if (v.length > 1) source += v[1];
      const at = lineStart + col;
      if (last >= 0) owners.fill(lastSource, last, at);
      last = at;
      lastSource = v.length > 1 ? source : -1;
    }
    lineStart += (codeLines[li] ?? '').length + 1;
  });
  if (last >= 0) owners.fill(lastSource, last, code.length);
  return owners;
}

// The counties entry, for information (it is where the heavy data is allowed to live).
let bundleCountiesGzipKb = null;
try {
  const r = await browserBundle(path.join(ROOT, 'dist/counties.js'));
  bundleCountiesGzipKb = gzipSync(r.outputFiles[0].contents, { level: 9 }).length / 1024;
} catch (e) {
  notes.push(`bundle_counties_gzip_kb: the counties entry does not bundle for the browser: ${(e.errors ?? []).map((x) => x.text).join('; ') || String(e?.message).split('\n')[0]}`);
}

// A consumer importing only buildBlueAlert against one importing everything (what tree-shaking leaves each).
let bundleBuildOnlyGzipKb = null;
let bundleBuildOnlyHasReader = null;
let bundleAllGzipKb = null;
try {
  const esbuild = await import('esbuild');
  const consumer = async (contents) => {
    const r = await esbuild.build({
      stdin: { contents, resolveDir: ROOT, loader: 'js' },
      bundle: true, minify: true, platform: 'browser', format: 'esm', target: 'es2022', write: false, logLevel: 'silent',
    });
    const code = r.outputFiles[0].contents;
    // a phrase only the XML reader's messages contain
    return { kb: gzipSync(code, { level: 9 }).length / 1024, reader: Buffer.from(code).toString('utf8').includes('processing instruction') };
  };
  const only = await consumer("import { buildBlueAlert } from './dist/index.js'; globalThis.f = buildBlueAlert;");
  const everything = await consumer("import * as all from './dist/index.js'; globalThis.f = all;");
  bundleBuildOnlyGzipKb = only.kb;
  bundleBuildOnlyHasReader = only.reader;
  bundleAllGzipKb = everything.kb;
  notes.push(`bundle: a consumer importing only buildBlueAlert ${round(only.kb)} KB (XML reader ${only.reader ? 'INCLUDED' : 'not included'}), one importing everything ${round(everything.kb)} KB (min+gzip -9, esbuild, browser)`);
} catch (e) {
  notes.push(`bundle_build_only_gzip_kb: esbuild failed: ${String(e && e.message).split('\n')[0]}`);
}

// ---------------------------------------------------------------------------------------------------------------
// 3b. feed throughput, build profile and the scaling table (child processes: clean memory figures, own profiler)

function runChild(script, argv, what) {
  const file = path.join(ROOT, 'bench', script);
  if (!existsSync(file)) {
    notes.push(`${what}: skipped, bench/${script} is not there`);
    return null;
  }
  const r = spawnSync(process.execPath, [file, ...argv], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (r.status !== 0) {
    notes.push(`${what}: bench/${script} exited ${r.status}: ${String(r.stderr).trim().split('\n')[0]}`);
    return null;
  }
  return r.stdout;
}
let feed = null;
{
  const out = runChild('feed.mjs', ['--count', String(QUICK ? 10_000 : 100_000), '--peer', '--json'], 'feed');
  if (out !== null) feed = JSON.parse(out.trim().split('\n').pop());
}
let stages = null;
{
  const out = runChild('profile-build.mjs', ['--seconds', QUICK ? '1' : '4', '--json'], 'build profile');
  if (out !== null) stages = JSON.parse(out.trim().split('\n').pop());
}
let scaling = null;
{
  const out = runChild('scaling.mjs', QUICK ? ['--quick'] : [], 'scaling table');
  if (out !== null) scaling = out.trim();
}

// ---------------------------------------------------------------------------------------------------------------
// 4. geography: county lookup (warm, first use) and polygon simplification

/** A closed ring of n vertices around (lat, lon), radius km, optionally jagged; GeoJSON lon,lat order. */
function ring(n, lat, lon, km, jag = 0) {
  const pts = [];
  for (let k = 0; k < n; k++) {
    const t = (2 * Math.PI * k) / n;
    const r = km * (1 + (jag ? jag * Math.sin(17 * t) * Math.cos(5 * t) : 0));
    pts.push([round(lon + (r / (111.32 * Math.cos((lat * Math.PI) / 180))) * Math.cos(t), 5), round(lat + (r / 110.57) * Math.sin(t), 5)]);
  }
  pts.push(pts[0]);
  return pts;
}
const polygon100 = { type: 'Polygon', coordinates: [ring(100, 39.74, -104.99, 40)] };
const polygon6000 = { type: 'Polygon', coordinates: [ring(6000, 39.74, -104.99, 60, 0.15)] };

let counties = null;
let countyImportMs = null;
let countiesFrom = 'dist/counties.js';
try {
  const t0 = nowNs();
  counties = await import(pathToFileURL(path.join(ROOT, 'dist/counties.js')).href);
  countyImportMs = msSince(t0);
} catch (e) {
  notes.push(`the ESM counties entry (dist/counties.js) fails to load in Node: ${String(e && e.message).split('\n')[0]}`);
  try {
    const t0 = nowNs();
    counties = require(path.join(ROOT, 'dist/counties.cjs'));
    countyImportMs = msSince(t0);
    countiesFrom = 'dist/counties.cjs (the ESM entry failed)';
  } catch (e2) {
    notes.push(`the CJS counties entry fails to load too: ${String(e2 && e2.message).split('\n')[0]}`);
  }
}

/** The first function exported under one of the names (the geography API is still settling). */
function pick(mods, names) {
  for (const m of mods) {
    if (!m) continue;
    for (const n of names) if (typeof m[n] === 'function') return { name: n, fn: m[n] };
  }
  return null;
}

/** A county lookup as `(ring) => counties`, from the counties entry (or its source while it is not built). */
async function findCountyLookup() {
  const fromModule = (m, from) => {
    if (!m) return null;
    const lookup = m.countyLookup ?? (typeof m.createCountyLookup === 'function' ? m.createCountyLookup() : undefined);
    if (lookup && typeof lookup.countiesTouching === 'function') {
      return { name: 'countyLookup.countiesTouching', from, call: (ring) => lookup.countiesTouching([ring]) };
    }
    const fn = pick([m], ['countiesTouching', 'countiesForGeometry', 'countiesForPolygon', 'lookupCounties', 'findCounties']);
    return fn === null ? null : { name: fn.name, from, call: (ring) => fn.fn([ring]) };
  };
  return fromModule(counties, countiesFrom);
}

let countyIndexMs = null;
let countyLookupMs = null;
let countyFn = null;
{
  const found = await findCountyLookup();
  if (found === null) {
    notes.push('county_lookup_ms / county_index_ms: no county lookup (countyLookup.countiesTouching) exported yet from blue-alert-cap/counties');
  } else {
    countyFn = found.name;
    const ring100 = polygon100.coordinates[0];
    try {
      const t0 = nowNs();
      const first = found.call(ring100);
      countyIndexMs = msSince(t0);
      const samples = [];
      for (let i = 0; i < GEO_SAMPLES; i++) {
        const t1 = nowNs();
        found.call(ring100);
        samples.push(msSince(t1));
      }
      countyLookupMs = median(samples);
      const names = Array.isArray(first) ? first.map((c) => c?.name ?? c?.fips ?? String(c)).slice(0, 8).join(', ') : '?';
      notes.push(
        `county lookup: ${found.name} from ${found.from}, 100-vertex ring (40 km around Denver) -> ${Array.isArray(first) ? first.length : '?'} counties (${names}); ` +
          `module import ${round(countyImportMs)} ms, first call ${round(countyIndexMs)} ms` +
          (typeof counties?.countyIndexMs === 'function' && typeof counties.countyIndexMs() === 'number'
            ? ` (of which index build ${round(counties.countyIndexMs())} ms)`
            : '') +
          `, warm median of ${GEO_SAMPLES}`,
      );
    } catch (e) {
      notes.push(`county lookup: ${found.name} threw: ${String(e && e.message).split('\n')[0]}`);
    }
  }
}

let simplifyMs = null;
let simplifyFn = null;
{
  // Adapters for the names the geography work may export: (GeoJSON polygon) -> [result, vertex count].
  const ring6000 = polygon6000.coordinates[0];
  const adapters = [
    ['simplifyPolygonToLimit', (fn) => { const r = fn(ring6000, 100); return r?.pairs ?? r?.ring?.length; }],
    ['simplifyPolygon', (fn) => vertexCount(fn(polygon6000, { maxVertices: 100 }))],
    ['simplifyGeometry', (fn) => vertexCount(fn(polygon6000, { maxVertices: 100 }))],
  ];
  let found = null;
  for (const [name, call] of adapters) {
    const hit = pick([core, counties], [name]);
    if (hit !== null) {
      found = { ...hit, call, from: 'dist' };
      break;
    }
  }
  if (found === null) {
    // Not exported yet: measure the source module directly, if it exists, and say so.
    const src = await loadSourceModule('src/area/geometry.ts');
    for (const [name, call] of adapters) {
      if (src && typeof src[name] === 'function') {
        found = { name, fn: src[name], call, from: 'src/area/geometry.ts (not exported from the package yet)' };
        break;
      }
    }
  }
  if (found === null) {
    notes.push('simplify_6000_ms: no polygon simplification function exported yet');
  } else {
    simplifyFn = found.name;
    try {
      const n = found.call(found.fn);
      const samples = [];
      for (let i = 0; i < GEO_SAMPLES; i++) {
        const t1 = nowNs();
        found.call(found.fn);
        samples.push(msSince(t1));
      }
      simplifyMs = median(samples);
      notes.push(`simplify: ${found.name} from ${found.from}, 6,000-vertex star-shaped ring -> ${n ?? '?'} vertices, ${GEO_SAMPLES} runs`);
      if (typeof n === 'number' && n > 100) notes.push(`simplify: result has ${n} vertices, more than 100`);
    } catch (e) {
      notes.push(`simplify: ${found.name} threw: ${String(e && e.message).split('\n')[0]}`);
    }
  }
}

function vertexCount(result) {
  const coords = result?.coordinates ?? result?.geometry?.coordinates ?? result?.ring ?? result;
  if (Array.isArray(coords) && Array.isArray(coords[0]) && Array.isArray(coords[0][0])) return coords[0].length;
  if (Array.isArray(coords) && Array.isArray(coords[0])) return coords.length;
  return undefined;
}

/** Bundles one source module (TypeScript) with esbuild into a temp file and imports it; null if it does not exist. */
async function loadSourceModule(rel) {
  const file = path.join(ROOT, rel);
  if (!existsSync(file)) return null;
  try {
    const esbuild = await import('esbuild');
    const outfile = path.join(os.tmpdir(), `blue-alert-bench-${process.pid}-${path.basename(rel, '.ts')}.mjs`);
    await esbuild.build({ entryPoints: [file], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
    const mod = await import(pathToFileURL(outfile).href);
    rmSync(outfile, { force: true });
    return mod;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// results

const cpus = os.cpus();
let lscpu = null;
{
  const r = spawnSync('lscpu', [], { encoding: 'utf8' });
  if (r.status === 0) {
    const keep = ['Architecture', 'Model name', 'CPU(s)', 'Thread(s) per core', 'Core(s) per socket', 'CPU max MHz', 'L2 cache', 'L3 cache', 'Hypervisor vendor'];
    lscpu = r.stdout.split('\n').filter((l) => keep.some((k) => l.startsWith(`${k}:`))).map((l) => l.replace(/\s+/g, ' ').trim()).join('; ');
  }
}
const loadavg = os.loadavg().map((x) => x.toFixed(2)).join(' ');
const machine = {
  cpu: cpus[0]?.model?.trim() ?? 'unknown',
  cores: cpus.length,
  memoryGb: round(os.totalmem() / 2 ** 30),
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  node: process.version,
};

const metrics = {
  build_us: round(agg('build_us')),
  peer_build_us: round(agg('peer_build_us')),
  floor_build_us: round(agg('floor_build_us')),
  parse_validate_us: round(agg('parse_validate_us')),
  peer_parse_us: round(agg('peer_parse_us')),
  cli_cold_ms: round(cliCold),
  node_cold_ms: round(nodeCold),
  cli_cold_no_counties_ms: round(cliColdNoCounties),
  bundle_core_gzip_kb: round(bundleGzipKb),
  bundle_core_raw_kb: round(bundleRawKb),
  bundle_core_browser_ok: bundleBrowserOk,
  bundle_counties_gzip_kb: round(bundleCountiesGzipKb),
  county_lookup_ms: round(countyLookupMs, 3),
  county_index_ms: round(countyIndexMs),
  county_import_ms: round(countyImportMs),
  simplify_6000_ms: round(simplifyMs, 2),
  bundle_build_only_gzip_kb: round(bundleBuildOnlyGzipKb),
  bundle_all_gzip_kb: round(bundleAllGzipKb),
  feed_msg_per_cpu_s: feed?.msgPerCpuSec ?? null,
  feed_msg_per_s_wall: feed?.msgPerSec ?? null,
  feed_peer_ratio: feed?.peer?.ratio ?? null,
};

function target(check, value, limit, unit) {
  if (value === null || limit === null) return { check, value, limit, unit, pass: null, verdict: 'not measured' };
  const pass = value <= limit;
  const ratio = limit === 0 ? null : value / limit;
  const verdict = pass ? `met (${(ratio * 100).toFixed(0)}% of limit)` : `MISSED by ${round(value - limit, 2)} ${unit} (${ratio.toFixed(2)}x the limit)`;
  return { check, value, limit: round(limit, 3), unit, pass, verdict };
}
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : Number((a / b).toFixed(3)));
const targets = [
  target('parse_validate_us / peer_parse_us <= 0.5', ratio(metrics.parse_validate_us, metrics.peer_parse_us), 0.5, 'x'),
  target('build_us / peer_build_us <= 2 (red until the text, privacy and request work merge)', ratio(metrics.build_us, metrics.peer_build_us), 2, 'x'),
  target('cli_cold_ms / node_cold_ms <= 2', ratio(metrics.cli_cold_ms, metrics.node_cold_ms), 2, 'x'),
  bundleBrowserOk === false
    ? { check: 'bundle_core_gzip_kb <= 60', value: metrics.bundle_core_gzip_kb, limit: 60, unit: 'KB', pass: false, verdict: 'MISSED: the core entry does not bundle for the browser (see notes)' }
    : target('bundle_core_gzip_kb <= 60', metrics.bundle_core_gzip_kb, 60, 'KB'),
  bundleBuildOnlyGzipKb === null
    ? { check: 'build-only consumer < everything consumer, no XML reader', value: null, limit: null, unit: 'KB', pass: null, verdict: 'not measured' }
    : {
        check: 'build-only consumer < everything consumer, no XML reader',
        value: round(bundleBuildOnlyGzipKb),
        limit: round(bundleAllGzipKb),
        unit: 'KB',
        pass: bundleBuildOnlyGzipKb < bundleAllGzipKb && bundleBuildOnlyHasReader === false,
        verdict: bundleBuildOnlyGzipKb < bundleAllGzipKb && bundleBuildOnlyHasReader === false ? 'met' : `MISSED${bundleBuildOnlyHasReader ? ' (the XML reader is in the build-only bundle)' : ''}`,
      },
  feed === null
    ? { check: 'feed >= 15,000 msg/s on one core', value: null, limit: 15000, unit: 'msg/s', pass: null, verdict: 'not measured' }
    : {
        check: 'feed >= 15,000 msg/s on one core (process CPU time)',
        value: feed.msgPerCpuSec,
        limit: 15000,
        unit: 'msg/s',
        pass: feed.msgPerCpuSec >= 15000,
        verdict: feed.msgPerCpuSec >= 15000 ? `met (${((100 * feed.msgPerCpuSec) / 15000).toFixed(0)}% of the floor)` : `MISSED (${((100 * feed.msgPerCpuSec) / 15000).toFixed(0)}% of the floor)`,
      },
  target('county_lookup_ms < 2 (warm)', metrics.county_lookup_ms, 2, 'ms'),
  target('simplify_6000_ms < 20', metrics.simplify_6000_ms, 20, 'ms'),
];
{
  // shares from the sums over the fixtures of the per-fixture medians (medians of parts do not add up)
  const sum = (k) => measured.reduce((acc, r) => acc + (typeof r[k] === 'number' ? r[k] : 0), 0);
  const b = sum('build_us');
  const parts = [
    ['XML writing (toCapXml)', 'to_xml_us'],
    ['request parsing (blueAlertRequestSchema)', 'request_parse_us'],
    ['IPAWS check (validateCap on the model)', 'validate_model_us'],
  ].filter(([, k]) => measured.some((r) => typeof r[k] === 'number'));
  if (b > 0 && parts.length > 0) {
    const rest = b - parts.reduce((acc, [, k]) => acc + sum(k), 0);
    notes.push(
      `where build_us goes (share of the summed per-fixture medians): ${parts.map(([name, k]) => `${name} ${((100 * sum(k)) / b).toFixed(0)}%`).join(', ')}, ` +
        `everything else (activation, redaction, area, time, text, SAME header) ${((100 * rest) / b).toFixed(0)}%`,
    );
  }
  const pv = sum('parse_validate_us');
  if (pv > 0) notes.push(`where parse_validate_us goes: parseCap ${((100 * sum('parse_us')) / pv).toFixed(0)}%, validateCap the rest`);
}
if (bundleTop.length > 0) notes.push(`core bundle, largest contributors (minified KB): ${bundleTop.map((b) => `${b.pkg} ${b.kb}`).join(', ')}`);
notes.push(
  'build_us is the whole pipeline (request parsing, activation, redaction, area, time, text, CAP model, IPAWS check, XML, SAME header); ' +
    'peer_build_us and floor_build_us only turn the finished CAP content into XML.',
);

let previous = null;
try {
  previous = JSON.parse(readFileSync(path.join(OUT_DIR, 'results.json'), 'utf8'));
} catch {
  // first run
}
const results = {
  generated: new Date().toISOString(),
  machine: { ...machine, lscpu, loadavg },
  mode: QUICK ? 'quick' : 'full',
  method: `median of ${SAMPLES} batches of ~${SAMPLE_MS} ms per alert after ${WARMUP_MS} ms warm-up; median over ${measured.length} fixtures; cold starts: median of ${CLI_RUNS} runs`,
  fixtures: Object.keys(perFixture),
  metrics,
  targets,
  perFixture: Object.fromEntries(
    Object.entries(perFixture).map(([k, r]) => [
      k,
      Object.fromEntries(Object.entries(r).map(([m, v]) => [m, typeof v === 'number' ? round(v) : v])),
    ]),
  ),
  functions: { countyLookup: countyFn, simplify: simplifyFn },
  feed,
  stages,
  bundleByFolder,
  notes,
  elapsedSeconds: round((Date.now() - startedAt) / 1000),
};

const fmt = (v, unit) => (v === null ? 'n/a' : `${v} ${unit}`);
const rowsMd = [
  ['build_us', fmt(metrics.build_us, 'µs'), 'buildBlueAlert, full pipeline, no county lookup'],
  ['peer_build_us', fmt(metrics.peer_build_us, 'µs'), '@dec112/cap-ts AlertBuilder + toXML, same content'],
  ['floor_build_us', fmt(metrics.floor_build_us, 'µs'), 'template string, same XML'],
  ['parse_validate_us', fmt(metrics.parse_validate_us, 'µs'), 'parseCap + validateCap(ipaws)'],
  ['peer_parse_us', fmt(metrics.peer_parse_us, 'µs'), '@dec112/cap-ts Alert.fromXML'],
  ['cli_cold_ms', fmt(metrics.cli_cold_ms, 'ms'), 'node dist/cli.cjs build <fixture>'],
  ['cli_cold_no_counties_ms', fmt(metrics.cli_cold_no_counties_ms, 'ms'), 'the same with --no-counties (information)'],
  ['node_cold_ms', fmt(metrics.node_cold_ms, 'ms'), 'node -e 0'],
  ['bundle_core_gzip_kb', fmt(metrics.bundle_core_gzip_kb, 'KB'), `core entry, browser, minified, gzip -9 (raw ${fmt(metrics.bundle_core_raw_kb, 'KB')})`],
  ['bundle_counties_gzip_kb', fmt(metrics.bundle_counties_gzip_kb, 'KB'), 'blue-alert-cap/counties entry, browser, minified, gzip -9 (information only)'],
  ['county_lookup_ms', fmt(metrics.county_lookup_ms, 'ms'), '100-vertex polygon, warm'],
  ['county_index_ms', fmt(metrics.county_index_ms, 'ms'), 'first use (index build + one lookup)'],
  ['simplify_6000_ms', fmt(metrics.simplify_6000_ms, 'ms'), '6,000 vertices to at most 100'],
];
const md = [
  '# blue-alert-cap benchmark',
  '',
  `Generated ${results.generated} by \`npm run bench\`${QUICK ? ' (quick mode: noisy)' : ''}.`,
  '',
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.platform}, Node ${machine.node}; load average at the end ${loadavg}.`,
  '',
  ...(lscpu === null ? [] : [`lscpu: ${lscpu}.`, '']),
  'Method: every comparison is measured side by side in one run (interleaved batches), and the targets are ratios, because the',
  'machine is shared: absolute figures move with the load, ratios much less. Compare with the previous run (last column of',
  'the target table) to see how stable a ratio is.',
  '',
  `Alerts: ${results.fixtures.length} fixtures (${results.fixtures.join(', ')}). Method: ${results.method}.`,
  '',
  '| metric | value | what |',
  '|---|---:|---|',
  ...rowsMd.map(([a, b, c]) => `| \`${a}\` | ${b} | ${c} |`),
  '',
  '| target | value | limit | verdict | previous run |',
  '|---|---:|---:|---|---:|',
  ...targets.map((t) => `| ${t.check} | ${t.value ?? 'n/a'} | ${t.limit ?? 'n/a'} | ${t.verdict} | ${previous?.targets?.find((p) => p.check === t.check)?.value ?? 'n/a'} |`),
  '',
  ...(stages === null
    ? []
    : [
        `Where a build's time goes (bench/profile-build.mjs: ${stages.builds} builds of ${stages.fixtures} fixtures in ${stages.seconds} s under the V8 sampling profiler, in place; ${stages.samples} samples):`,
        '',
        '| stage | share of build |',
        '|---|---:|',
        ...stages.rows.map((r) => `| ${r.stage} | ${r.share}% |`),
        '',
      ]),
  ...(feed === null
    ? []
    : [
        `Feed (bench/feed.mjs): ${feed.count.toLocaleString('en-US')} distinct messages of ${feed.minKb}-${feed.maxKb} KB (mean ${feed.avgKb} KB) through validateCap(xml, ipaws): ` +
          `${feed.msgPerCpuSec.toLocaleString('en-US')} msg/s of process CPU time (${feed.cpuUsPerMsg} µs each), ${feed.msgPerSec.toLocaleString('en-US')} msg/s of wall time inside the calls on the shared machine; ` +
          `RSS ${feed.rssMb.start} MB at the start, ${feed.rssMb.middle} MB in the middle, ${feed.rssMb.end} MB at the end. ` +
          (feed.peer ? `Side by side on the first ${feed.peer.count.toLocaleString('en-US')}: ours ${feed.peer.oursCpuUsPerMsg} µs, the peer's fromXML ${feed.peer.peerCpuUsPerMsg} µs (ratio ${feed.peer.ratio}).` : ''),
        '',
      ]),
  ...(scaling === null ? ['Scaling table: bench/scaling.mjs is not there yet (skipped).', ''] : ['Scaling table (bench/scaling.mjs):', '', scaling, '']),
  '| fixture | build µs | peer build µs | floor µs | toCapXml µs | parse+validate µs | parseCap µs | peer parse µs | XML bytes |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...Object.entries(results.perFixture).map(
    ([k, r]) =>
      `| ${k} | ${r.build_us} | ${r.peer_build_us} | ${r.floor_build_us} | ${r.to_xml_us ?? 'n/a'} | ${r.parse_validate_us} | ${r.parse_us} | ${r.peer_parse_us} | ${r.xml_bytes} |`,
  ),
  '',
  'Notes:',
  '',
  ...notes.map((n) => `- ${n}`),
  '',
];

mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(path.join(OUT_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(OUT_DIR, 'results.md'), md.join('\n'));
console.log(md.join('\n'));
console.log(`(${results.elapsedSeconds} s; wrote ${path.relative(ROOT, path.join(OUT_DIR, 'results.json'))} and results.md)`);
