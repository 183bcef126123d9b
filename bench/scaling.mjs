#!/usr/bin/env node
/**
 * The scaling table (issue 14): for each input class that once cost seconds, the time at 1x, 10x and 100x size (up
 * to the cap in LIMITS) and the ratio between steps. Target on a 2-core machine: every 10x step costs at most 15x,
 * and the largest input the caps allow takes under 250 ms and 200 MB. Inputs over a cap are timed too (their
 * refusal must be cheap).
 *
 * Runs against dist/ (`npm run build` first). `node bench/scaling.mjs [--quick] [--json FILE]`.
 * Exported as `scalingTable()` for bench/run.mjs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const core = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
const sign = await import(pathToFileURL(path.join(ROOT, 'dist/sign.js')).href);
const { buildBlueAlert, safeBuildBlueAlert, validateCap, LIMITS } = core;

const base = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/officer-killed-denver/request.json'), 'utf8'));
const OPTIONS = { now: '2026-11-22T14:20:00-07:00', identifier: 'BENCH-1' };
const r5 = (v) => Math.round(v * 1e5) / 1e5;
const request = (area, patch = {}) => ({ ...structuredClone(base), area, ...patch });

// ---------------------------------------------------------------------------------------------------------------
// inputs

/** A simple polygon whose n-3 chain edges all span the full width (every edge in every grid row). */
function zigzag(n) {
  const k = Math.max(3, n - 3);
  const pts = [];
  for (let i = 0; i < k; i++) pts.push([-105 + (i % 2), r5(39 + i / k)]);
  pts.push([-105.5, 40.1], [-105.5, 38.9], pts[0]);
  return pts;
}

/** A star of n vertices: every other vertex near the centre, so edges crowd together there. */
function star(n) {
  const pts = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const r = i % 2 === 0 ? 0.6 : 0.05;
    pts.push([r5(-104.9 + r * Math.cos(a)), r5(39.7 + r * Math.sin(a))]);
  }
  pts.push(pts[0]);
  return pts;
}

/** k small squares in a grid (a MultiPolygon). */
function squares(k) {
  const side = Math.ceil(Math.sqrt(k));
  const out = [];
  for (let i = 0; i < k; i++) {
    const x = -105.5 + (i % side) * 0.02, y = 39.2 + Math.floor(i / side) * 0.02;
    out.push([[[x, y], [r5(x + 0.01), y], [r5(x + 0.01), r5(y + 0.01)], [x, r5(y + 0.01)], [x, y]]]);
  }
  return out;
}

function alertXml(description) {
  const xml = buildBlueAlert(base, OPTIONS).xml;
  return xml.replace(/<description>[^<]*<\/description>/, `<description>${description}</description>`);
}

function namespaceXml(k) {
  const xml = buildBlueAlert(base, OPTIONS).xml;
  const decls = Array.from({ length: k }, (_, i) => ` xmlns:n${i}="urn:x:${i}"`).join('');
  const kids = Array.from({ length: k }, (_, i) => `<n${i}:x xmlns:m${i}="urn:y:${i}"/>`).join('');
  return xml.replace('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"', `<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"${decls}`).replace('</alert>', `${kids}</alert>`);
}

let identity;
function signer() {
  if (identity !== undefined) return identity;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-sign-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${dir}/k.pem`, '-out', `${dir}/c.pem`, '-days', '9000', '-subj', '/C=US/O=Bench/CN=IPAWSOPEN_1'], { stdio: 'ignore' });
    identity = { key: readFileSync(`${dir}/k.pem`, 'utf8'), cert: readFileSync(`${dir}/c.pem`, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return identity;
}

/** A genuinely signed message with `extra` more copies of the certificate in KeyInfo. */
function signedWithCerts(extra) {
  const id = signer();
  // sent a little after now: the throwaway certificate is valid from the moment it was made
  const now = new Date(Date.now() + 5000).toISOString();
  const signed = sign.signCap(buildBlueAlert(base, { ...OPTIONS, now }).xml, { privateKey: id.key, certificate: id.cert });
  const m = /<(\w+:)?X509Certificate>[^<]*<\/(\w+:)?X509Certificate>/.exec(signed);
  return signed.replace(m[0], m[0].repeat(extra + 1));
}

function unsignedOfBytes(bytes) {
  const xml = buildBlueAlert(base, OPTIONS).xml;
  const pad = Math.max(0, bytes - xml.length - 7);
  return xml.replace('</alert>', `<!--${'x'.repeat(pad)}--></alert>`);
}

// ---------------------------------------------------------------------------------------------------------------
// the rows: [name, owner (who makes it linear), sizes, make(size) -> input, run(input)]

const cap = (n) => Math.min(n, Number.MAX_SAFE_INTEGER);
const ROWS = [
  ['build: zig-zag polygon (vertices)', 'bounds', [100, 1_000, cap(LIMITS.ringVertices)], (n) => request({ same: ['008031'], geometry: { type: 'Polygon', coordinates: [zigzag(n)] } }), (r) => buildBlueAlert(r, OPTIONS)],
  ['build: star polygon (vertices)', 'bounds', [100, 1_000, LIMITS.ringVertices - 1], (n) => request({ same: ['008031'], geometry: { type: 'Polygon', coordinates: [star(n)] } }), (r) => buildBlueAlert(r, OPTIONS)],
  ['build: MultiPolygon of squares (polygons)', 'privacy (leak check)', [5, 50, LIMITS.polygons], (k) => request({ same: ['008031'], geometry: { type: 'MultiPolygon', coordinates: squares(k) } }), (r) => safeBuildBlueAlert(r, OPTIONS)],
  ['build: text.description of "<" (chars)', 'validator (HTML regex)', [40, 400, 4_000], (n) => request(base.area, { text: { description: '<'.repeat(n) } }), (r) => safeBuildBlueAlert(r, OPTIONS)],
  ['validate: description of "<" (chars)', 'validator (HTML regex)', [400, 4_000, 40_000], (n) => alertXml('&lt;'.repeat(n)), (x) => validateCap(x, { profile: 'ipaws' })],
  ['validate: namespace declarations', 'validator/speed (parser)', [60, 600, 6_000], (k) => namespaceXml(k), (x) => validateCap(x, { profile: 'cap' })],
  ['verify: extra KeyInfo certificates', 'bounds', [1, 10, 100], (k) => signedWithCerts(k), (x) => sign.verifyCap(x, { trustedCertificates: [signer().cert] })],
  ['verify: unsigned message (bytes)', 'bounds', [10_000, 100_000, LIMITS.messageBytes - 100], (b) => unsignedOfBytes(b), (x) => sign.verifyCap(x)],
  ['build: duplicate FIPS codes, EAS off', 'bounds', [10, 100, LIMITS.codes], (k) => request({ fips: Array(k).fill('08031') }, { eas: { enabled: false } }), (r) => safeBuildBlueAlert(r, OPTIONS)],
  ['build: refused, 100x the ring cap', 'bounds', [1_000, 10_000, 100 * LIMITS.ringVertices], (n) => request({ same: ['008031'], geometry: { type: 'Polygon', coordinates: [star(n)] } }), (r) => safeBuildBlueAlert(r, OPTIONS)],
];

function timeOnce(fn, input) {
  const t0 = process.hrtime.bigint();
  fn(input);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * Measures every row; returns `{ rows: [{ name, owner, sizes, ms, ratios, rssMb, ok }] }`. `ok`: each step
 * <= 15x and the largest size < 250 ms and < 200 MB.
 */
export function scalingTable({ quick = false, only } = {}) {
  const repeats = quick ? 1 : 3;
  const rows = [];
  for (const [name, owner, sizes, make, run] of ROWS) {
    if (only !== undefined && !name.includes(only)) continue;
    const ms = [];
    let rssMb = 0;
    let error;
    for (const size of sizes) {
      try {
        const input = make(size);
        timeOnce(run, input); // warm-up
        let best = Infinity;
        for (let i = 0; i < repeats; i++) best = Math.min(best, timeOnce(run, input));
        ms.push(best);
        rssMb = Math.max(rssMb, process.memoryUsage().rss / 1048576);
      } catch (e) {
        error = String(e?.message ?? e).split('\n')[0];
        ms.push(Number.NaN);
      }
    }
    const ratios = ms.slice(1).map((t, i) => t / Math.max(ms[i], 0.05));
    const ok = error === undefined && ratios.every((r) => r <= 15) && ms[ms.length - 1] < 250 && rssMb < 200;
    rows.push({ name, owner, sizes, ms, ratios, rssMb, ok, ...(error === undefined ? {} : { error }) });
  }
  return { rows };
}

/** The table as Markdown. */
export function scalingMarkdown({ rows }) {
  const f = (v) => (Number.isNaN(v) ? 'error' : v < 10 ? v.toFixed(2) : v.toFixed(0));
  const lines = ['| input | sizes | ms at each size | ratio per 10x | RSS MB | within target |', '|---|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(`| ${r.name} | ${r.sizes.map((s) => s.toLocaleString('en-US')).join(' / ')} | ${r.ms.map(f).join(' / ')} | ${r.ratios.map((x) => `${x.toFixed(1)}x`).join(', ')} | ${r.rssMb.toFixed(0)} | ${r.ok ? 'yes' : `NO (${r.owner})`}${r.error ? ` ${r.error}` : ''} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const jsonIdx = args.indexOf('--json');
  const onlyIdx = args.indexOf('--only');
  const table = scalingTable({ quick: args.includes('--quick'), ...(onlyIdx >= 0 ? { only: args[onlyIdx + 1] } : {}) });
  console.log(scalingMarkdown(table));
  if (jsonIdx >= 0 && args[jsonIdx + 1]) writeFileSync(args[jsonIdx + 1], `${JSON.stringify(table, null, 2)}\n`);
}
