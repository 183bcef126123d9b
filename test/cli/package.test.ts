/**
 * The package as an installed user gets it: `npm pack` into a temporary folder, install the tarball into a
 * throwaway project, then run what the README and every `--help` example tell a newcomer to run, with the
 * installed `blue-alert` and `npx -p blue-alert-cap blue-alert`. No network: `npm install --offline` from the
 * npm cache when it holds the dependencies, else the tarball is extracted into node_modules and the
 * dependencies are linked from this repository's node_modules (the tarball's own files are what is tested).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.js';
import { tempDir } from './helpers.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; dependencies: Record<string, string> };

let tmp = '';
let project = '';
let packed: string[] = [];
let how = '';

function sh(line: string, cwd = project) {
  const r = spawnSync('sh', ['-c', line], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(project, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}`, npm_config_offline: 'true', npm_config_update_notifier: 'false', BLUE_ALERT_DEBUG: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The example lines of a command's --help: the indented lines after "Example". */
function helpExamples(command: string): string[] {
  const help = sh(`blue-alert ${command} --help`).stdout;
  const at = help.search(/^Example/m);
  expect(at, `${command} --help has an example`).toBeGreaterThan(0);
  return help
    .slice(at)
    .split('\n')
    .slice(1)
    .filter((l) => l.startsWith('  '))
    .map((l) => l.trim());
}

/** A fenced block of the README under a heading. */
function readmeBlock(readme: string, heading: string, lang: string): string {
  const section = readme.slice(readme.indexOf(heading));
  const m = new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(section);
  if (m === null) throw new Error(`README: no ${lang} block under ${heading}`);
  return m[1] ?? '';
}

beforeAll(() => {
  tmp = tempDir('ba-pack-');
  const info = JSON.parse(execFileSync(NPM, ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as {
    filename: string;
    files: { path: string }[];
  }[];
  const tarball = join(tmp, info[0]?.filename ?? '');
  packed = info[0]?.files.map((f) => f.path) ?? [];
  project = join(tmp, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, dependencies: { [pkg.name]: pkg.version } }));
  const install = spawnSync(NPM, ['install', '--offline', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', tarball], { cwd: project, encoding: 'utf8' });
  if (install.status === 0 && existsSync(join(project, 'node_modules', '.bin', 'blue-alert'))) {
    how = 'npm install --offline';
    return;
  }
  // the npm cache lacks the dependencies: extract the tarball and link the dependencies
  how = 'extracted and linked';
  rmSync(join(project, 'node_modules'), { recursive: true, force: true });
  mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', tmp]);
  renameSync(join(tmp, 'package'), join(project, 'node_modules', pkg.name));
  const scopes = new Set(Object.keys(pkg.dependencies).map((d) => d.split('/')[0] ?? d));
  for (const d of scopes) symlinkSync(join(ROOT, 'node_modules', d), join(project, 'node_modules', d));
  symlinkSync(join('..', pkg.name, 'dist', 'cli.cjs'), join(project, 'node_modules', '.bin', 'blue-alert'));
}, 120_000);

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

describe('the packed package, installed', () => {
  it('ships the example requests, the docs the README links to, the schema and the binary', () => {
    for (const f of ['examples/request.json', 'examples/request-update.json', 'docs/cli.md', 'docs/README.md', 'schemas/blue-alert-request.schema.json', 'dist/cli.cjs', 'README.md', 'package.json']) {
      expect(packed, f).toContain(f);
    }
    expect(packed.filter((f) => /^(src|test|fixtures|scripts)\//.test(f))).toEqual([]);
    // every relative link of the README points at a file in the tarball
    const readme = readFileSync(join(project, 'node_modules', pkg.name, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1] ?? '').filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(packed, `README link ${l}`).toContain(l.replace(/^\.\//, ''));
    const meta = JSON.parse(readFileSync(join(project, 'node_modules', pkg.name, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(meta['repository']).toMatchObject({ url: expect.stringMatching(/github\.com\/blue-alert-cap\/blue-alert-cap/) });
    expect(meta['homepage']).toMatch(/^https:\/\//);
    expect(meta['bugs']).toMatchObject({ url: expect.stringMatching(/^https:\/\/.*\/issues$/) });
  });

  it('the binary reads its county data from the files beside it: a request with a reach gets its counties', () => {
    // scripts/cli-county-data.mjs: the CLI's county lookup reads these files instead of ~550 KB of literals
    for (const f of ['dist/cli-counties.cjs', 'dist/cli-counties-atlas.txt', 'dist/cli-counties-index-data.bin']) expect(packed, f).toContain(f);
    const dir = join(ROOT, 'fixtures', 'exercise-officer-injured-chicago-reach');
    const options = JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as { now: string; identifier: string };
    const r = sh(`blue-alert build '${join(dir, 'request.json')}' --now '${options.now}' --id '${options.identifier}' --quiet`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(dir, 'expected.cap.xml'), 'utf8'));
  });

  it('every --help example works, in the order a newcomer runs them', () => {
    console.info(`package test: installed by ${how}`);
    const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
    for (const command of ['init', 'build', 'preview', 'validate', 'update', 'cancel', 'verify']) {
      for (const line of helpExamples(command)) {
        if (line.startsWith('openssl') && !hasOpenssl) {
          console.warn('openssl is not available here: the verify example is not checked');
          break;
        }
        const r = sh(line);
        expect(r.code, `${command} example: ${line}\n${r.stderr}`).toBe(0);
      }
    }
    expect(readFileSync(join(project, 'cancel.xml'), 'utf8')).toContain('<msgType>Cancel</msgType>');
    expect(JSON.parse(readFileSync(join(project, 'request.json'), 'utf8'))).toMatchObject({ event: 'officer-killed' });
  }, 120_000);

  it("the README's command-line block works, with npx and npx -p", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const lines = readmeBlock(readme, '## The command line', 'bash')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    expect(lines[0]).toBe('npm i blue-alert-cap'); // done above, from the tarball
    expect(lines.some((l) => l.startsWith('npx -p blue-alert-cap blue-alert'))).toBe(true);
    // npx costs ~1 s a call: the first "npx blue-alert" line runs through npx (it must find the installed
    // binary without asking the registry), the others run the same binary directly
    let viaNpx = false;
    for (const line of lines.slice(1)) {
      const direct = /^npx blue-alert /.test(line) && viaNpx;
      viaNpx ||= /^npx blue-alert /.test(line);
      const r = sh(direct ? line.replace(/^npx /, '') : line);
      expect(r.code, `${line}\n${r.stderr}`).toBe(0);
    }
    expect(sh('npx -p blue-alert-cap blue-alert --version').stdout).toBe(`blue-alert ${pkg.version}\n`);
  }, 120_000);

  it("the README's library example runs against the installed package and gives the README's lines", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const code = readmeBlock(readme, '## Use it', 'ts');
    writeFileSync(join(project, 'readme-example.mjs'), `${code}\nconsole.log(JSON.stringify({ wea90: alert.text.wea90, same: alert.sameHeader }));\n`);
    const r = sh('node readme-example.mjs');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { wea90: string; same: string };
    const shown = readmeBlock(readme, 'readme-example', 'text');
    expect(shown).toContain(`alert.text.wea90   ${out.wea90}\n`);
    expect(shown).toContain(`alert.sameHeader   ${out.same}\n`);
  });
});

describe('no doc tells a newcomer to run a bare "npx blue-alert"', () => {
  it('every code block of README and docs/ that runs npx blue-alert installs the package first or names it with -p', async () => {
    const { readdirSync } = await import('node:fs');
    const files = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    const offenders: string[] = [];
    for (const f of files) {
      const text = readFileSync(join(ROOT, f), 'utf8');
      for (const block of text.split('```').filter((_, i) => i % 2 === 1)) {
        const lines = block.split('\n');
        const installed = lines.findIndex((l) => /^\s*npm (i|install) blue-alert-cap\b/.test(l));
        lines.forEach((l, k) => {
          if (/(^|\s)npx blue-alert\b/.test(l) && (installed < 0 || installed > k)) offenders.push(`${f}: ${l.trim()}`);
        });
      }
    }
    expect(offenders).toEqual([]);
  });
});
