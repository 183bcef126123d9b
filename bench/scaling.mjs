#!/usr/bin/env node
/**
 * The scaling table (issue 14): for each input class that once cost seconds, the time at 1x, 10x and 100x size (up
 * to the cap in LIMITS) and the ratio between steps. Target on a 2-core machine: every 10x step costs at most 15x,
 * and the largest input the caps allow takes under 250 ms and 200 MB. Inputs over a cap are timed too (their
 * refusal must be cheap: about a count, never a copy).
 *
 * Each row and size is measured in a fresh child process, so no row pays for another's memory or JIT state:
 * the child makes the input, collects garbage, notes its RSS, resets the kernel's RSS high-water mark
 * (/proc/self/clear_refs), warms the call up on that input, times it (best of the repeats), then collects garbage,
 * resets the high-water mark again and runs the call once more: its peak RSS above the RSS just before it is the
 * memory one call needs (not the caller's input, nor garbage earlier calls left for V8 to collect).
 *
 * Runs against dist/ (`npm run build` first). `node bench/scaling.mjs [--quick] [--only TEXT] [--json FILE]`.
 * Exported as `scalingTable()` for bench/run.mjs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);
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

/** A genuinely signed message with `k` more `<note>` elements, or `k` comments, after its `<code>`. */
function signedWithExtra(k, unit) {
  const id = signer();
  const now = new Date(Date.now() + 5000).toISOString();
  const xml = buildBlueAlert(base, { ...OPTIONS, now }).xml.replace('</code>', `</code>${unit.repeat(k)}`);
  return sign.signCap(xml, { privateKey: id.key, certificate: id.cert });
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
  ['verify: signed, sibling elements', 'bounds (xml-crypto //*)', [40, 400, LIMITS.signedMessageElements - 100], (k) => signedWithExtra(k, '<note>x</note>'), (x) => sign.verifyCap(x)],
  // each ">" is escaped by the signature library with a function call: capped by LIMITS.signedMessageEscapes
  ['sign: text of ">" (characters)', 'bounds (c14n escaping)', [400, 4_000, LIMITS.signedMessageEscapes - 1_000], (b) => buildBlueAlert(base, OPTIONS).xml.replace('</code>', `</code><note>${'>'.repeat(b)}</note>`), (x) => sign.signCap(x, { privateKey: signer().key, certificate: signer().cert, at: new Date() })],
  ['verify: signed, comments', 'bounds (xml-crypto comments)', [10, 100, LIMITS.messageComments], (k) => signedWithExtra(k, '<!--c-->'), (x) => sign.verifyCap(x)],
  ['verify: unsigned message (bytes)', 'bounds', [4_000, 40_000, LIMITS.signedMessageBytes - 100], (b) => unsignedOfBytes(b), (x) => sign.verifyCap(x)],
  ['build: duplicate FIPS codes, EAS off', 'bounds', [10, 100, LIMITS.codes], (k) => request({ fips: Array(k).fill('08031') }, { eas: { enabled: false } }), (r) => safeBuildBlueAlert(r, OPTIONS)],
  // star(n - 1) has n positions: every size is over the cap, so every size is a refusal
  ['build: refused, 1x/10x/100x the ring cap (positions)', 'bounds', [LIMITS.ringVertices + 1, 10 * LIMITS.ringVertices, 100 * LIMITS.ringVertices], (n) => request({ same: ['008031'], geometry: { type: 'Polygon', coordinates: [star(n - 1)] } }), (r) => safeBuildBlueAlert(r, OPTIONS), (out) => (out.success === false && out.issues[0]?.code === 'input_too_large' ? undefined : 'not refused')],
];

function timeOnce(fn, input) {
  const t0 = process.hrtime.bigint();
  fn(input);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** VmRSS and VmHWM (the peak since the last reset) of this process, bytes; undefined off Linux. */
function procMemory() {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s*(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/**
 * One row at one size, in this (fresh) process: `{ ms, addedMb, inputMb }`. Warm-up: the call runs on the same
 * input until it has run 20 times and for 300 ms (at most 300 times or 3 s), so the JIT has settled; then the best
 * of `repeats` is kept.
 */
function measureHere(rowIndex, size, repeats) {
  const [, , , make, run, check] = ROWS[rowIndex];
  const input = make(size);
  globalThis.gc?.();
  globalThis.gc?.();
  const before = procMemory();
  let reset = false;
  try {
    writeFileSync('/proc/self/clear_refs', '5'); // the RSS high-water mark starts again from the RSS now
    reset = true;
  } catch {
    // not Linux: the peak below is the process's whole peak, input included
  }
  const problem = check?.(run(input));
  if (problem !== undefined) throw new Error(problem);
  const warm0 = process.hrtime.bigint();
  for (let i = 1; i < 300; i++) {
    const spent = Number(process.hrtime.bigint() - warm0);
    if ((i >= 20 && spent >= 300e6) || spent >= 3e9) break;
    run(input);
  }
  let best = Infinity;
  for (let i = 0; i < repeats; i++) best = Math.min(best, timeOnce(run, input));
  // memory: one more call after the garbage of the warm-up is collected, so the figure is what one call needs
  // (the peak across dozens of calls also counts garbage V8 had not yet collected); off Linux, the whole peak
  let base = 0;
  if (reset) {
    globalThis.gc?.();
    globalThis.gc?.();
    base = procMemory()?.rss ?? 0;
    writeFileSync('/proc/self/clear_refs', '5');
    run(input);
  }
  const peak = procMemory()?.hwm ?? process.resourceUsage().maxRSS * 1024;
  return { ms: best, addedMb: Math.max(0, peak - base) / 1048576, inputMb: (before?.rss ?? 0) / 1048576 };
}

/** Runs `measureHere` in a fresh child process. */
function measureInChild(rowIndex, size, repeats) {
  const out = execFileSync(process.execPath, ['--expose-gc', SELF, '--child', String(rowIndex), String(size), String(repeats)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out.trim().split('\n').pop());
}

/**
 * Measures every row, each size in a fresh child process; returns `{ rows: [{ name, owner, sizes, ms, ratios,
 * rssMb, inputMb, ok }] }`. `rssMb`: the most memory a size of the row added above the process with its input
 * made (the peak RSS over the RSS before the first call). `ok`: each step <= 15x and the largest size < 250 ms
 * and < 200 MB.
 */
export function scalingTable({ quick = false, only } = {}) {
  const repeats = quick ? 2 : 5;
  const rows = [];
  ROWS.forEach(([name, owner, sizes], rowIndex) => {
    if (only !== undefined && !name.includes(only)) return;
    const ms = [];
    const added = [];
    const inputs = [];
    let error;
    for (const size of sizes) {
      try {
        const m = measureInChild(rowIndex, size, repeats);
        ms.push(m.ms);
        added.push(m.addedMb);
        inputs.push(m.inputMb);
      } catch (e) {
        error = String(e?.stderr || e?.message || e).trim().split('\n').pop();
        ms.push(Number.NaN);
        added.push(Number.NaN);
        inputs.push(Number.NaN);
      }
    }
    const ratios = ms.slice(1).map((t, i) => t / Math.max(ms[i], 0.05));
    const rssMb = added[added.length - 1];
    const ok = error === undefined && ratios.every((r) => r <= 15) && ms[ms.length - 1] < 250 && rssMb < 200;
    rows.push({ name, owner, sizes, ms, ratios, rssMb, addedMb: added, inputMb: inputs, ok, ...(error === undefined ? {} : { error }) });
  });
  return { rows };
}

/** The table as Markdown. */
export function scalingMarkdown({ rows }) {
  const f = (v) => (Number.isNaN(v) ? 'error' : v < 10 ? v.toFixed(2) : v.toFixed(0));
  const mb = (v) => (Number.isNaN(v) ? 'error' : v.toFixed(0));
  const lines = [
    '| input | sizes | ms at each size | ratio per 10x | RSS MB added by the call, each size | input MB (process RSS before the call, largest size) | within target |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${r.sizes.map((s) => s.toLocaleString('en-US')).join(' / ')} | ${r.ms.map(f).join(' / ')} | ${r.ratios.map((x) => `${x.toFixed(1)}x`).join(', ')} | ${r.addedMb.map(mb).join(' / ')} | ${mb(r.inputMb[r.inputMb.length - 1])} | ${r.ok ? 'yes' : `NO (${r.owner})`}${r.error ? ` ${r.error}` : ''} |`,
    );
  }
  lines.push(
    '',
    'Each size runs in a fresh process (best of the repeats after a warm-up on the same input). "RSS MB added by the call": after the warm-up and timing, garbage is collected and the RSS high-water mark reset, and one more call runs; its peak RSS above the RSS just before it (library loaded, input made, JIT warm) is the memory one call needs, so the caller\'s own input, other rows and garbage left by earlier calls are not counted. Target: each 10x step at most 15x, the largest size under 250 ms and under 200 MB added.',
  );
  return lines.join('\n');
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === SELF && process.argv[2] === '--child') {
  const [rowIndex, size, repeats] = process.argv.slice(3).map(Number);
  console.log(JSON.stringify(measureHere(rowIndex, size, repeats)));
} else if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === SELF) {
  const args = process.argv.slice(2);
  const jsonIdx = args.indexOf('--json');
  const onlyIdx = args.indexOf('--only');
  const table = scalingTable({ quick: args.includes('--quick'), ...(onlyIdx >= 0 ? { only: args[onlyIdx + 1] } : {}) });
  console.log(scalingMarkdown(table));
  if (jsonIdx >= 0 && args[jsonIdx + 1]) writeFileSync(args[jsonIdx + 1], `${JSON.stringify(table, null, 2)}\n`);
}
