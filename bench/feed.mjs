#!/usr/bin/env node
/**
 * Feed throughput: `validateCap(xml, { profile: 'ipaws' })` (read + structure + rules) over a stream of distinct
 * CAP messages of 3-6 KB, on one core, with RSS sampled at the start, middle and end.
 *
 *   node bench/feed.mjs [--count 100000] [--json]
 *
 * The messages are the fixtures' built alerts, each varied per message (identifier, a sentence of the
 * description, every polygon shifted by a different small offset), so no two are equal and no cache can help. A
 * fixture whose message is over the band is built with one language and its first suspect; a small one gets a
 * longer description. The result gives min, mean and max size and how many fell outside the band (0).
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

/** The band the feed promises, in UTF-8 bytes: 3-6 KB. */
const BAND = { min: 3 * 1024, max: 6 * 1024 };
/** The last message index used (warm-up included): the longest identifier and description a base gets. */
const LAST = COUNT + 2000;

/**
 * A smaller request of the same fixture when its message would leave the band: one language instead of two
 * (Spanish for a fixture named "-es", English otherwise), then only the first suspect, then no photo resources.
 * Each step is a request the library builds as usual, so the message stays valid.
 */
function trimmed(request, name, step) {
  const r = structuredClone(request);
  if (step >= 1 && Array.isArray(r.languages) && r.languages.length > 1) r.languages = [name.endsWith('-es') ? 'es-US' : 'en-US'];
  if (step >= 2 && Array.isArray(r.suspects) && r.suspects.length > 1) r.suspects = r.suspects.slice(0, 1);
  if (step >= 3) {
    for (const s of r.suspects ?? []) delete s.photoUrl;
    if (r.officer !== undefined) delete r.officer.photoUrl;
  }
  return r;
}

const bases = [];
for (const name of readdirSync(path.join(ROOT, 'fixtures')).sort()) {
  const req = path.join(ROOT, 'fixtures', name, 'request.json');
  if (!existsSync(req)) continue;
  const optPath = path.join(ROOT, 'fixtures', name, 'options.json');
  const { counties: _c, ...options } = existsSync(optPath) ? JSON.parse(readFileSync(optPath, 'utf8')) : {};
  try {
    const request = JSON.parse(readFileSync(req, 'utf8'));
    let xml = buildBlueAlert(request, options).xml;
    // the largest message made from a base is the one with the longest identifier and description
    for (let step = 1; step <= 3 && Buffer.byteLength(vary(xml, LAST)) > BAND.max; step++) xml = buildBlueAlert(trimmed(request, name, step), options).xml;
    // pad the smallest messages into the 3-6 KB band with a longer description
    while (Buffer.byteLength(xml) < 3200) xml = xml.replace('</description>', ' Anyone with information should call the tip line or 911.</description>');
    if (Buffer.byteLength(vary(xml, LAST)) > BAND.max) console.error(`feed: ${name} is over the 3-6 KB band even trimmed`);
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
  return vary(bases[i % bases.length], i);
}

/** Base message `base` varied for message i. */
function vary(base, i) {
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
  if (i === Math.floor(COUNT / 2)) rss.middle = rssMb();
}
cpuUs = cpuOf(process.cpuUsage(g0)) - generationCpuUs;
rss.end = rssMb();
const wallMs = Number(process.hrtime.bigint() - wall0) / 1e6;
// sizes in UTF-8 bytes (the Spanish messages have accented letters), in a pass of their own after the timing
let bytes = 0;
let minBytes = Infinity;
let maxBytes = 0;
let outsideBand = 0;
for (let i = 0; i < COUNT; i++) {
  const n = Buffer.byteLength(message(i));
  bytes += n;
  if (n < minBytes) minBytes = n;
  if (n > maxBytes) maxBytes = n;
  if (n < BAND.min || n > BAND.max) outsideBand++;
}
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
  // messages outside the promised 3-6 KB band (0: every one is inside)
  outsideBand,
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
else {
  console.log(result);
  console.log(`sizes: min ${result.minKb} KB, mean ${result.avgKb} KB, max ${result.maxKb} KB; ${outsideBand} of ${COUNT} outside ${BAND.min / 1024}-${BAND.max / 1024} KB`);
}
