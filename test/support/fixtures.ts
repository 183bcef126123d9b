import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildOptions } from '../../src/build.js';

/** Repository root (tests run from it). */
export const ROOT = new URL('../../', import.meta.url).pathname;
export const FIXTURES = join(ROOT, 'fixtures');

/** One request fixture: `fixtures/<name>/request.json` plus the pinned build options beside it. */
export interface RequestFixture {
  readonly name: string;
  readonly dir: string;
  readonly request: unknown;
  readonly options: BuildOptions;
}

/** Every `fixtures/<case>/request.json` (not `fixtures/cap/`, which holds CAP messages). */
export function requestFixtures(): RequestFixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'request.json')))
    .map((d) => {
      const dir = join(FIXTURES, d.name);
      const request = JSON.parse(readFileSync(join(dir, 'request.json'), 'utf8')) as unknown;
      const optionsFile = join(dir, 'options.json');
      const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as BuildOptions) : {};
      return { name: d.name, dir, request, options };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
