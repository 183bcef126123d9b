// Runs regular expressions on adversarial strings for regex-audit.test.ts; reports each one as it finishes, so
// the parent can tell which one hangs (and end this worker).
import { parentPort, workerData } from 'node:worker_threads';

const { regexes, size } = workerData;
const CLASSES = ['a', 'Z', '0', '9', ' ', '\t', '\n', '\r', '<', '>', '&', ';', ',', '.', '-', '+', ':', '/', '\\', '"', "'", '#', '=', '(', ')', '[', ']', '*', '@', '_', '%', '?', 'é', '\u00a0', '\u0000', '\u0007', '\ud83d\ude00', 'T', 'x', 'A1', 'a ', '< ', '<a', '&#', '1,', '1.', ' ,', '-0'];
const inputs = [];
for (const c of CLASSES) {
  const run = c.repeat(Math.ceil(size / c.length));
  inputs.push(`${run}\u0000x`);
}
for (const [i, { source, flags }] of regexes.entries()) {
  const re = new RegExp(source, flags.replace('y', ''));
  const t0 = performance.now();
  let worst = 0;
  for (const s of inputs) {
    const t = performance.now();
    re.lastIndex = 0;
    re.test(s);
    if (flags.includes('g')) s.replace(re, '');
    worst = Math.max(worst, performance.now() - t);
  }
  parentPort.postMessage({ i, worst, total: performance.now() - t0 });
}
parentPort.postMessage({ done: true });
