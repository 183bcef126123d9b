#!/usr/bin/env node
/**
 * Cost of officer privacy per build: the redaction (`redactDetailed`) and the independent guard (`assertGuard`)
 * on the README example, each in a warm loop of 2,000 runs; plus growth for a 100 KB free text (1x, 10x) and
 * 4,000 small squares in the area. Run: `npx tsx bench/guard.mjs` (reads src/ directly; the speed engineer folds
 * it into `npm run bench`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseRequest } from '../src/request/parse.ts';
import { redactDetailed } from '../src/redaction/redact.ts';
import { assertGuard, guardTokens } from '../src/privacy/guard.ts';
import { normalizeIdentityText } from '../src/privacy/normalize.ts';
import { buildBlueAlert } from '../src/build.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const request = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/officer-killed-denver/request.json'), 'utf8'));
const NOW = '2026-11-22T14:20:00-07:00';
const N = 2000;

function perCall(fn, n = N) {
  for (let i = 0; i < 200; i++) fn();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  return Number(process.hrtime.bigint() - t0) / 1000 / n; // µs
}

const parsed = parseRequest(request);
if (!parsed.success) throw new Error('fixture does not parse');
const message = buildBlueAlert(request, { now: NOW, identifier: 'BENCH-1' });
const { keptWindows } = redactDetailed(parsed.data);
const tokens = guardTokens(parsed.data);

const redactUs = perCall(() => redactDetailed(parsed.data));
const guardUs = perCall(() => assertGuard(guardTokens(parsed.data), message, keptWindows));
const buildUs = perCall(() => buildBlueAlert(request, { now: NOW, identifier: 'BENCH-1' }), 500);

const text = (kb) => 'Officer Оkаfоr\u200B was seen near José Ñúñez Plaza. '.repeat(Math.ceil((kb * 1024) / 50));
const norm10 = perCall(() => normalizeIdentityText(text(10)), 50);
const norm100 = perCall(() => normalizeIdentityText(text(100)), 20);
const guard100 = perCall(() => { try { assertGuard(tokens, { text: text(100) }, []); } catch { /* a leak is expected */ } }, 10);

const rows = [
  ['redaction per build (README example)', redactUs],
  ['guard per build (README example)', guardUs],
  ['whole build (README example)', buildUs],
  ['normalise 10 KB mixed-script text', norm10],
  ['normalise 100 KB mixed-script text', norm100],
  ['guard over a 100 KB output string', guard100],
];
for (const [label, us] of rows) console.log(`${label.padEnd(42)} ${us.toFixed(1).padStart(10)} µs`);
console.log(`growth 10 KB -> 100 KB: x${(norm100 / norm10).toFixed(1)} (linear is x10)`);
