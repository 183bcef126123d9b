/**
 * Makes sure `dist/` (the built package and the `blue-alert` binary the CLI tests run) is at least as new as
 * `src/`: rebuilds the JavaScript with tsup when it is missing or stale, so `npm test` alone on a fresh clone is enough.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export default function setup(): void {
  const cli = join(root, 'dist', 'cli.cjs');
  const stale = !existsSync(cli) || statSync(cli).mtimeMs < Math.max(newest(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs);
  if (stale) execFileSync('npx', ['tsup', '--silent'], { cwd: root, stdio: 'inherit', env: { ...process.env, TSUP_QUICK: '1' } });
  // the offline page (dist/web/) is built from src/ by its own step after tsup
  if (stale || !existsSync(join(root, 'dist', 'web', 'index.html'))) execFileSync('node', ['scripts/build-web.mjs'], { cwd: root, stdio: 'inherit' });
}
