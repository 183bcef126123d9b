/**
 * Our schema (`schemas/cap-1.2.xsd`) against the official OASIS CAP 1.2 schema and the OASIS IPAWS profile draft
 * schema (read from ../shared/reference at test time, never copied): each schema validates the whole batch in one
 * xmllint-wasm call.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/build.js';
import { decodeCapBytes } from '../../src/cap/decode.js';
import { validateCap } from '../../src/validate/validate.js';
import type { CapIssueCode } from '../../src/validate/issues.js';
import { requestFixtures } from '../support/fixtures.js';
import { validateWithXsd, type XsdBatchResult } from '../support/xsd.js';

const DIR = new URL('../../fixtures/cap/', import.meta.url).pathname;

/** Codes that stand for something the official CAP 1.2 schema itself rejects. */
const SCHEMA_CODES = new Set<CapIssueCode>([
  'MISSING_REQUIRED_ELEMENT', 'INVALID_SEQUENCE', 'DUPLICATE_ELEMENT', 'UNSUPPORTED_ELEMENT', 'UNSUPPORTED_ATTRIBUTE',
  'INVALID_CHARACTERS', 'INVALID_DATE', 'INVALID_ENUM_VALUE', 'INVALID_VALUE', 'INVALID_LANGUAGE',
]);
/**
 * An issue for something the official schema rejects: an error of a schema code (a warning such as a negative
 * <size>, report 19c C03, is not), or an INVALID_WEB/INVALID_URI for what xs:anyURI refuses (a broken %-escape or
 * a second '#', report 19c C01; a relative <web> is the CAP text's rule, not the schema's).
 */
const isSchemaLevel = (i: { code: CapIssueCode; severity: string; message: string }): boolean =>
  i.severity === 'error' && (SCHEMA_CODES.has(i.code) || ((i.code === 'INVALID_WEB' || i.code === 'INVALID_URI') && /It has (a "%"|a second "#")/.test(i.message)));
const UNREADABLE = new Set<CapIssueCode>(['TOO_LARGE', 'DOCTYPE_FORBIDDEN', 'ENTITY_FORBIDDEN', 'TOO_DEEP', 'MALFORMED_XML', 'NOT_CAP', 'CAP_1_1', 'CAP_1_0']);

// hostile and foreign documents are never handed to xmllint
const docs = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({ name: d.name, bytes: new Uint8Array(readFileSync(join(DIR, d.name, 'message.xml'))) }))
  .filter((d) => !validateCap(d.bytes).some((i) => UNREADABLE.has(i.code)))
  // xmllint gets text: the decoded document, its declaration saying UTF-8 (the encoding it is handed in)
  .map((d) => {
    const r = decodeCapBytes(d.bytes);
    if (!r.ok) throw new Error(`${d.name}: ${r.message}`);
    return { name: d.name, xml: r.text.replace(/^(<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2/, '$1"UTF-8"') };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

const built = requestFixtures().map((f) => ({ name: f.name, xml: buildBlueAlert(f.request, f.options).xml }));

let team: XsdBatchResult;
let official: XsdBatchResult;
let profile: XsdBatchResult;

beforeAll(async () => {
  const all = [...docs, ...built];
  [team, official, profile] = await Promise.all([
    validateWithXsd(all, 'team'),
    validateWithXsd(all, 'official'),
    validateWithXsd(all, 'ipaws-profile'),
  ]);
});

function results(r: XsdBatchResult, what: string): readonly { name: string; valid: boolean; errors: readonly string[] }[] | undefined {
  if (r.skipped) {
    console.log(`skipping the ${what} comparison: ${r.reason}`);
    return undefined;
  }
  return r.results;
}

describe('schemas/cap-1.2.xsd', () => {
  it('reads the parseable fixtures and every built message', () => {
    expect(docs.length).toBeGreaterThan(50);
    expect(built.length).toBeGreaterThan(0);
  });

  it('accepts every message we build, as do the official and IPAWS profile schemas', () => {
    for (const [r, what] of [[team, 'team'], [official, 'official'], [profile, 'ipaws-profile']] as const) {
      const list = results(r, what);
      if (list === undefined) continue;
      for (const b of built) {
        const v = list.find((x) => x.name === b.name);
        expect(v?.errors, `${what}: ${b.name}`).toEqual([]);
        expect(v?.valid, `${what}: ${b.name}`).toBe(true);
      }
    }
  });

  it('gives the same verdict as the official CAP 1.2 schema on every fixture', () => {
    const ours = results(team, 'team');
    const theirs = results(official, 'official');
    if (ours === undefined || theirs === undefined) return;
    const differ = ours.filter((o, k) => o.valid !== theirs[k]?.valid).map((o) => o.name);
    expect(differ).toEqual([]);
    // and both reject some and accept some
    expect(ours.some((o) => o.valid)).toBe(true);
    expect(ours.some((o) => !o.valid)).toBe(true);
  });

  it('rejects a fixture exactly when validateCap reports a schema-level issue under the cap profile', () => {
    const theirs = results(official, 'official');
    if (theirs === undefined) return;
    for (const d of docs) {
      const v = theirs.find((x) => x.name === d.name);
      const schemaLevel = validateCap(d.xml, { profile: 'cap' }).some(isSchemaLevel);
      expect(v?.valid, `${d.name}: ${v?.errors.join('; ') ?? ''}`).toBe(!schemaLevel);
    }
  });

  it('every fixture the IPAWS profile schema rejects has an error under the ipaws profile', () => {
    const list = results(profile, 'ipaws-profile');
    if (list === undefined) return;
    const rejected = list.filter((r) => !r.valid);
    expect(rejected.length).toBeGreaterThan(3);
    for (const r of rejected) {
      const d = docs.find((x) => x.name === r.name);
      if (d === undefined) continue;
      const errors = validateCap(d.xml, { profile: 'ipaws' }).filter((i) => i.severity === 'error');
      expect(errors.length, `${r.name}: ${r.errors.join('; ')}`).toBeGreaterThan(0);
    }
  });
});
