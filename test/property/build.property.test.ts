import type { BlueAlertRequestInput } from '../../src/index.js';
/**
 * End-to-end properties of buildBlueAlert over generated requests (issue 9). Size: FC_NUM_RUNS (default 60);
 * `npm run soak` runs 100,000. The seed is fixed (FC_SEED, default 42) so CI is repeatable.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { BlueAlertError, buildBlueAlert, parseCap, safeBuildBlueAlert, validateCap } from '../../src/index.js';
import { gsm7Length, isGsm7 } from '../../src/text/gsm.js';
import { fcParams, validRequestArb } from '../support/arbitraries.js';
import { validateWithXsd, type XsdSchema } from '../support/xsd.js';

const NOW = '2026-11-22T14:20:00-07:00';

/** Accent- and case-folded text, so "JOSÉ" and "Jose" compare equal. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasWord = (haystack: string, needle: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(fold(needle))}($|[^\\p{L}\\p{N}])`, 'u').test(fold(haystack));

describe('buildBlueAlert over generated valid requests', () => {
  /** Every XML built here, validated against the schemas in one batch per schema (xmllint-wasm costs ~70 ms a call). */
  const built: { name: string; xml: string }[] = [];
  afterAll(async () => {
    for (const schema of ['team', 'official', 'ipaws-profile'] as XsdSchema[]) {
      const r = await validateWithXsd(built, schema);
      if (r.skipped) {
        console.info(`XSD ${schema} skipped: ${r.reason}`);
        continue;
      }
      expect(r.results.filter((x) => !x.valid)).toEqual([]);
    }
  });

  it('builds, validates under both profiles, round-trips, keeps every limit and leaks no officer identity', () => {
    fc.assert(
      fc.property(validRequestArb, fc.boolean(), (generated, mention) => {
        const officer = generated.officer;
        const request = mention
          ? { ...generated, incident: { ...generated.incident, summary: `${officer.rank} ${officer.name} (badge ${officer.badge}) was hurt. ${generated.incident.summary}` } }
          : generated;
        let result;
        try {
          result = buildBlueAlert(request as BlueAlertRequestInput, { now: NOW, identifier: 'PROP-1' });
        } catch (e) {
          if (!(e instanceof BlueAlertError)) throw e;
          throw new Error(`a valid request was refused: ${e.message}`);
        }
        built.push({ name: `run${built.length}`, xml: result.xml });
        for (const profile of ['cap', 'ipaws'] as const) {
          expect(validateCap(result.xml, { profile }).filter((i) => i.severity === 'error')).toEqual([]);
        }
        expect(parseCap(result.xml)).toEqual(result.alert);
        for (const t of [result.text, ...(result.text.es === undefined ? [] : [result.text.es])]) {
          expect(gsm7Length(t.wea90)).toBeLessThanOrEqual(90);
          expect(gsm7Length(t.wea360)).toBeLessThanOrEqual(360);
          expect(isGsm7(t.wea90, { extension: true })).toBe(true);
          expect(isGsm7(t.wea360, { extension: true })).toBe(true);
          expect(t.eas.length).toBeLessThanOrEqual(1800);
        }
        if (request.event !== 'officer-missing') {
          const outputs = [result.xml, JSON.stringify(result.text), JSON.stringify(result.warnings)].join('\n');
          const surname = officer.name.split(' ').at(-1) ?? officer.name;
          expect(hasWord(outputs, officer.name)).toBe(false);
          if (surname.length > 2) expect(hasWord(outputs, surname)).toBe(false);
          // a badge "150" may also be part of a model "F-150": only the badge itself must go
          const elsewhere = JSON.stringify({ ...generated, officer: undefined });
          if (mention && !hasWord(elsewhere, officer.badge)) expect(hasWord(outputs, officer.badge)).toBe(false);
        }
      }),
      fcParams,
    );
  });
});

const breakers: readonly [string, (r: Record<string, unknown>) => Record<string, unknown>][] = [
  ['event', (r) => ({ ...r, event: 'officer-lost' })],
  ['area.same[0]', (r) => ({ ...r, area: { same: ['12345'] } })],
  ['area.fips[0]', (r) => ({ ...r, area: { fips: ['123'] } })],
  ['issuer.sender', (r) => ({ ...r, issuer: { ...(r['issuer'] as object), sender: 'a b' } })],
  ['issuer.timeZone', (r) => ({ ...r, issuer: { ...(r['issuer'] as object), timeZone: 'Nowhere/Town' } })],
  ['durationHours', (r) => ({ ...r, durationHours: -1 })],
  ['expires', (r) => ({ ...r, expires: '2020-01-01T00:00:00-07:00' })],
  ['suspects[0].vehicle.plate.number', (r) => ({ ...r, suspects: [{ vehicle: { plate: { number: '' } } }] })],
  ['__proto__', (r) => JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(r).slice(1)}`) as Record<string, unknown>],
  ['constructor', (r) => ({ ...r, constructor: { prototype: { polluted: true } } })],
];

describe('buildBlueAlert over generated invalid requests', () => {
  it('refuses with a BlueAlertError whose issues name the broken path', () => {
    fc.assert(
      fc.property(validRequestArb, fc.constantFrom(...breakers), (request, [path, breakIt]) => {
        const r = safeBuildBlueAlert(breakIt(request as unknown as Record<string, unknown>), { now: NOW });
        expect(r.success).toBe(false);
        if (r.success) return;
        expect(r.issues.map((i) => i.path)).toContain(path);
        for (const i of r.issues) expect(i.message.length).toBeGreaterThan(10);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      fcParams,
    );
  });
});
