#!/usr/bin/env node
/**
 * Where a build's time goes, profiled in place (the whole pipeline running, not stages in isolation):
 *
 *   node bench/profile-build.mjs [--seconds 4] [--json]
 *
 * Runs buildBlueAlert over every fixture (without the county lookup, as build_us) for a few seconds under the V8
 * sampling profiler (node:inspector, 100 µs interval), then attributes every sample to the pipeline stage whose
 * source module the sampled code belongs to: the dist bundles keep esbuild's `// src/<module>.ts` markers, so a
 * line of dist/*.js maps back to its module. A sample in a dependency or a builtin counts for the nearest caller
 * in our code (zod's time counts as request parsing); garbage collection is its own row.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const secAt = args.indexOf('--seconds');
const SECONDS = secAt >= 0 ? Number(args[secAt + 1]) : 4;
const { buildBlueAlert } = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);

const work = [];
for (const name of readdirSync(path.join(ROOT, 'fixtures')).sort()) {
  const req = path.join(ROOT, 'fixtures', name, 'request.json');
  if (!existsSync(req)) continue;
  const optPath = path.join(ROOT, 'fixtures', name, 'options.json');
  const { counties: _c, ...options } = existsSync(optPath) ? JSON.parse(readFileSync(optPath, 'utf8')) : {};
  const request = JSON.parse(readFileSync(req, 'utf8'));
  try {
    buildBlueAlert(request, options);
    work.push({ request, options });
  } catch {
    // reported by run.mjs
  }
}

/** dist file URL -> sorted [startLine, module] from esbuild's "// src/..." markers. */
const moduleLines = new Map();
for (const f of readdirSync(path.join(ROOT, 'dist')).filter((f) => f.endsWith('.js'))) {
  const lines = readFileSync(path.join(ROOT, 'dist', f), 'utf8').split('\n');
  const marks = [];
  lines.forEach((l, i) => {
    const m = /^\/\/ (src\/\S+\.ts)$/.exec(l);
    if (m) marks.push([i, m[1]]);
  });
  moduleLines.set(pathToFileURL(path.join(ROOT, 'dist', f)).href, marks);
}
function moduleAt(url, line) {
  const marks = moduleLines.get(url);
  if (!marks) return undefined;
  let found;
  for (const [start, mod] of marks) {
    if (start > line) break;
    found = mod;
  }
  return found;
}
const STAGES = [
  ['src/request/', 'request parse (zod schema, cleaning)'],
  ['src/activation/', 'activation'],
  ['src/redaction/', 'redaction and identity-leak check'],
  ['src/area/', 'area (geometry, codes)'],
  ['src/time/', 'time (zones, expiry)'],
  ['src/text/', 'text composition and fitting'],
  ['src/cap/', 'CAP model and XML writing'],
  ['src/validate/', 'IPAWS check of the built model'],
  ['src/lifecycle/', 'SAME header'],
  ['src/', 'pipeline glue (build.ts, errors)'],
];
const stageOf = (mod) => STAGES.find(([prefix]) => mod.startsWith(prefix))?.[1] ?? 'other';

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
// warm up, then profile
const until = (ms) => {
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < ms) for (const w of work) (buildBlueAlert(w.request, w.options), n++);
  return n;
};
until(500);
await session.post('Profiler.start');
const builds = until(SECONDS * 1000);
const { profile } = await session.post('Profiler.stop');
session.disconnect();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const stageOfNode = new Map();
function nodeStage(id) {
  if (stageOfNode.has(id)) return stageOfNode.get(id);
  const n = byId.get(id);
  let s;
  if (n.callFrame.functionName === '(garbage collector)') s = 'garbage collection';
  else if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)' || n.callFrame.functionName === '(root)') s = 'other';
  else {
    const mod = moduleAt(n.callFrame.url, n.callFrame.lineNumber);
    if (mod !== undefined) s = stageOf(mod);
    else if (/node_modules\/zod\//.test(n.callFrame.url)) s = 'request parse (zod schema, cleaning)';
    else s = parent.has(id) ? nodeStage(parent.get(id)) : 'other';
  }
  stageOfNode.set(id, s);
  return s;
}
const counts = new Map();
for (const id of profile.samples) {
  const s = nodeStage(id);
  counts.set(s, (counts.get(s) ?? 0) + 1);
}
const total = profile.samples.length;
const rows = [...counts.entries()]
  .filter(([s]) => s !== 'other' || counts.get('other') > 0)
  .sort((a, b) => b[1] - a[1])
  .map(([stage, n]) => ({ stage, share: Number(((100 * n) / total).toFixed(1)) }));
const result = { builds, seconds: SECONDS, samples: total, fixtures: work.length, rows };
if (args.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`${builds} builds of ${work.length} fixtures in ${SECONDS} s, ${total} samples`);
  for (const r of rows) console.log(`${String(r.share).padStart(5)}%  ${r.stage}`);
}
