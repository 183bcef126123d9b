import type { BlueAlertRequestInput } from '../../src/index.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildOptions } from '../../src/build.js';
import { countyLookup } from '../../src/counties/index.js';

/** Repository root (tests run from it). */
export const ROOT = new URL('../../', import.meta.url).pathname;
export const FIXTURES = join(ROOT, 'fixtures');

/**
 * One request fixture: `fixtures/<name>/request.json` plus the pinned build options beside it (`options.json`:
 * `now`, `identifier`, and `counties: true` to build with the county lookup, as the CLI does for shapes).
 */
export interface RequestFixture {
  readonly name: string;
  readonly dir: string;
  readonly request: BlueAlertRequestInput;
  readonly options: BuildOptions;
}

/** Every `fixtures/<case>/request.json` (not `fixtures/cap/`, which holds CAP messages). */
export function requestFixtures(): RequestFixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'request.json')))
    .map((d) => {
      const dir = join(FIXTURES, d.name);
      const request = JSON.parse(readFileSync(join(dir, 'request.json'), 'utf8')) as BlueAlertRequestInput; // a fixture is a request by design
      const optionsFile = join(dir, 'options.json');
      const raw = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Record<string, unknown>) : {};
      const { counties, ...rest } = raw;
      const options = { ...(rest as BuildOptions), ...(counties === true ? { counties: countyLookup } : {}) };
      return { name: d.name, dir, request, options };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
