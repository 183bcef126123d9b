/**
 * Red team 13: the CLI's stderr (and --json failure object) for requests whose errors named the officer: an unknown
 * key that spells the surname ("O K A F O R", finding 08) and an officer block with misnamed keys (`fullName`,
 * `badgeNumber`, finding 09) while other fields quote the name or badge.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noStack, run, tempDir } from './helpers.js';

const REQUESTS = join(import.meta.dirname, '..', 'attack', 'requests', 'redteam13');
const load = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(REQUESTS, `${name}.json`), 'utf8')) as Record<string, unknown>;
const NOW = '2026-11-22T21:30:00Z';
const both = (r: { stdout: string; stderr: string }): string => `${r.stdout}\n${r.stderr}`;
/** Folded with every separator dropped: holds the surname or the badge. */
const named = (text: string, surname: string, badge: string): boolean => {
  const compact = text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return compact.includes(surname.toLowerCase()) || compact.includes(badge);
};

const OFFICERS = [['Daniel Okafor', 'Okafor', '4471'], ['Maria Young', 'Young', '2219'], ['Li Wei', 'Wei', '8080']] as const;

describe('CLI errors never name the officer (red team 13)', () => {
  it('the findings as filed: 08 (path "O K A F O R") and 09 (misnamed officer keys)', () => {
    const dir = tempDir();
    for (const name of ['08-error-path-spaced-key', '09-error-misnamed-officer-key']) {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify(load(name)));
      for (const extra of [[], ['--json']]) {
        const r = run(['build', file, '--now', NOW, '--no-counties', '-q', ...extra]);
        expect(r.code, name).toBe(1);
        expect(both(r), name).not.toMatch(/O K A F O R|okafor|4471/iu);
        noStack(r.stderr);
      }
    }
  });

  it.each(OFFICERS)('%s: a spelled-out key and misnamed officer keys, on stderr and in --json', (name, surname, badge) => {
    const dir = tempDir();
    const r08 = load('08-error-path-spaced-key');
    delete r08['O K A F O R'];
    r08['officer'] = { name, badge, rank: 'Officer' };
    (r08['incident'] as Record<string, unknown>)[[...surname.toUpperCase()].join(' ')] = 1;
    r08[[...badge].join('-')] = 2;
    const r09 = load('09-error-misnamed-officer-key');
    r09['officer'] = { fullName: name, badgeNumber: badge, rank: 'Officer' };
    r09['status'] = surname;
    r09['languages'] = [surname];
    (r09['wea'] as Record<string, unknown>)['handling'] = badge;
    for (const [k, req] of [['08', r08], ['09', r09]] as const) {
      const file = join(dir, `${k}.json`);
      writeFileSync(file, JSON.stringify(req));
      for (const extra of [[], ['--json']]) {
        const r = run(['build', file, '--now', NOW, '--no-counties', '-q', ...extra]);
        expect(r.code, `${k} ${name}`).toBe(1);
        expect(r.stdout + r.stderr, `${k} ${name}`).toMatch(/unrecognized_key/);
        expect(named(both(r).replace(/blue-alert-request\.schema\.json/g, ''), surname, badge), `${k} ${name}: ${both(r)}`).toBe(false);
      }
    }
  });
});
