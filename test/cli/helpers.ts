/**
 * Running the built `blue-alert` binary (dist/cli.cjs) as scripts run it, for the CLI tests.
 */
import { spawnSync, type StdioOptions } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from '../support/fixtures.js';

export const CLI = join(ROOT, 'dist', 'cli.cjs');
export const FIXTURE = join(ROOT, 'fixtures', 'officer-killed-denver', 'request.json');
export const EXAMPLE = join(ROOT, 'examples', 'request.json');
export const NOW = '2026-11-22T14:20:00-07:00';

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the binary with `args`, `input` on standard input (string or bytes), in `cwd` (default the repo root). */
export function run(args: readonly string[], input?: string | Uint8Array, options: { cwd?: string; stdio?: StdioOptions } = {}): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    ...(input === undefined ? {} : { input }),
    encoding: 'utf8',
    cwd: options.cwd ?? ROOT,
    ...(options.stdio === undefined ? {} : { stdio: options.stdio }),
    env: { ...process.env, BLUE_ALERT_DEBUG: '' },
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** A fresh temporary folder. */
export const tempDir = (prefix = 'ba-cli-') => mkdtempSync(join(tmpdir(), prefix));

/** No Node stack trace in the text. */
export const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+|node:internal|Unhandled 'error'/);
