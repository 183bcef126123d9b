#!/usr/bin/env node
/**
 * Feed throughput: `validateCap(xml, { profile: 'ipaws' })` (read + structure + rules) over a stream of distinct
 * CAP messages of 3-6 KB, on one core, with RSS sampled at the start, middle and end.
 *
 *   node bench/feed.mjs [--count 100000] [--json]
 *
 * The messages are the fixtures' built alerts, each varied per message (identifier, a sentence of the
 * description, every polygon shifted by a different small offset), so no two are equal and no cache can help.
 * Making a message is not timed: only the validateCap call is (wall and process CPU time around each call; on a
 * shared machine the CPU figure is the one-core throughput).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const countAt = args.indexOf('--count');
const COUNT = countAt >= 0 ? Number(args[countAt + 1]) : 100_000;
const { buildBlueAlert, validateCap } = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);

const bases = [];
for (const name of readdirSync(path.join(ROOT, 'fixtures')).sort()) {
  const req = path.join(ROOT, 'fixtures', name, 'request.json');
  if (!existsSync(req)) continue;
  const optPath = path.join(ROOT, 'fixtures', name, 'options.json');
  const { counties: _c, ...options } = existsSync(optPath) ? JSON.parse(readFileSync(optPath, 'utf8')) : {};
  try {
    let xml = buildBlueAlert(JSON.parse(readFileSync(req, 'utf8')), options).xml;
    // pad the smallest messages into the 3-6 KB band with a longer description
    while (Buffer.byteLength(xml) < 3200) xml = xml.replace('</description>', ' Anyone with information should call the tip line or 911.</description>');
    bases.push(xml);
  } catch {
    // a fixture that does not build is reported by run.mjs
  }
}
if (bases.length === 0) {
  console.error('feed: no fixture builds');
  process.exit(2);
}

/** Message i: distinct identifier, description and polygons. */
function message(i) {
  const base = bases[i % bases.length];
  const shift = ((i % 9973) + 1) * 1e-6;
  return base
    .replace(/<identifier>([^<]*)<\/identifier>/, `<identifier>$1-F${i}</identifier>`)
    .replace('</description>', ` Feed item ${i}.</description>`)
    .replace(/<polygon>([^<]*)<\/polygon>/g, (_, p) => {
      const pairs = p.split(' ').map((pair) => pair.split(',').map((v) => (Number(v) + shift).toFixed(6)).join(','));
      pairs[pairs.length - 1] = pairs[0]; // stays closed
      return `<polygon>${pairs.join(' ')}</polygon>`;
    });
}

const rssMb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
// warm-up (not counted)
for (let i = 0; i < 2000; i++) validateCap(message(COUNT + i), { profile: 'ipaws' });

const rss = { start: rssMb(), middle: 0, end: 0 };
let busyNs = 0n;
let cpuUs = 0;
let bytes = 0;
let minBytes = Infinity;
let maxBytes = 0;
let errors = 0;
// CPU time of making the messages alone, subtracted from the CPU time of the measured loop below (reading the
// CPU clock around every call would cost more than a tenth of what it measures)
const cpuOf = (u) => u.user + u.system;
let g0 = process.cpuUsage();
let sink = 0;
for (let i = 0; i < COUNT; i++) {
  const xml = message(i);
  sink += xml.length;
  if (xml.length < 0) throw new Error('unreachable');
}
const generationCpuUs = cpuOf(process.cpuUsage(g0));
g0 = process.cpuUsage();
const wall0 = process.hrtime.bigint();
for (let i = 0; i < COUNT; i++) {
  const xml = message(i);
  const t0 = process.hrtime.bigint();
  const issues = validateCap(xml, { profile: 'ipaws' });
  busyNs += process.hrtime.bigint() - t0;
  if (issues.some((x) => x.severity === 'error')) errors++;
  const n = xml.length; // ASCII fixtures: characters = bytes
  bytes += n;
  if (n < minBytes) minBytes = n;
  if (n > maxBytes) maxBytes = n;
  if (i === Math.floor(COUNT / 2)) rss.middle = rssMb();
}
cpuUs = cpuOf(process.cpuUsage(g0)) - generationCpuUs;
rss.end = rssMb();
const wallMs = Number(process.hrtime.bigint() - wall0) / 1e6;
const result = {
  count: COUNT,
  // wall time inside the calls (slowed when other processes share the core) and CPU time of this process inside
  // the calls (what one dedicated core would take)
  msgPerSec: Math.round(COUNT / (Number(busyNs) / 1e9)),
  usPerMsg: Number((Number(busyNs) / 1e3 / COUNT).toFixed(1)),
  msgPerCpuSec: Math.round(COUNT / (cpuUs / 1e6)),
  cpuUsPerMsg: Number((cpuUs / COUNT).toFixed(1)),
  wallMsIncludingGeneration: Math.round(wallMs),
  avgKb: Number((bytes / COUNT / 1024).toFixed(2)),
  minKb: Number((minBytes / 1024).toFixed(2)),
  maxKb: Number((maxBytes / 1024).toFixed(2)),
  messagesWithErrors: errors,
  checksum: sink,
  rssMb: rss,
};
// the same feed through the peer's reader (@dec112/cap-ts Alert.fromXML), for a ratio that machine load affects
// alike: the first 10,000 messages, ours then theirs, CPU time net of making the messages
if (args.includes('--peer')) {
  const { createRequire } = await import('node:module');
  const { CAP_1_2: peer } = createRequire(import.meta.url)('@dec112/cap-ts');
  const n = Math.min(COUNT, 10_000);
  const gen = process.cpuUsage();
  for (let i = 0; i < n; i++) sink += message(i).length;
  const genUs = cpuOf(process.cpuUsage(gen));
  const ours0 = process.cpuUsage();
  for (let i = 0; i < n; i++) validateCap(message(i), { profile: 'ipaws' });
  const oursUs = cpuOf(process.cpuUsage(ours0)) - genUs;
  const peer0 = process.cpuUsage();
  for (let i = 0; i < n; i++) await peer.Alert.fromXML(message(i));
  const peerUs = cpuOf(process.cpuUsage(peer0)) - genUs;
  result.peer = { count: n, oursCpuUsPerMsg: Number((oursUs / n).toFixed(1)), peerCpuUsPerMsg: Number((peerUs / n).toFixed(1)), ratio: Number((oursUs / peerUs).toFixed(3)) };
}
if (args.includes('--json')) console.log(JSON.stringify(result));
else console.log(result);
