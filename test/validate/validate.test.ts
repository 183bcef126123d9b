/**
 * validateCap on the object model and on what we build: built messages carry no error under either profile, the
 * model-only checks, paths, and that arbitrary input never makes it throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/build.js';
import type { CapAlert, CapInfo } from '../../src/cap/model.js';
import { toCapXml } from '../../src/cap/xml.js';
import { capIssueCodes, validateCap } from '../../src/validate/validate.js';
import { requestFixtures } from '../support/fixtures.js';

const fixtures = requestFixtures();
const built = fixtures.map((f) => ({ name: f.name, result: buildBlueAlert(f.request, f.options) }));

function withInfo(alert: CapAlert, change: Partial<CapInfo>): CapAlert {
  const [first, ...rest] = alert.info;
  if (first === undefined) throw new Error('fixture without info');
  return { ...alert, info: [{ ...first, ...change }, ...rest] };
}
const codes = (list: readonly { code: string }[]): string[] => list.map((i) => i.code);

describe('validateCap on built messages', () => {
  for (const { name, result } of built) {
    it(`${name}: no error under either profile, as XML and as a model`, () => {
      for (const profile of ['cap', 'ipaws'] as const) {
        expect(validateCap(result.xml, { profile }).filter((i) => i.severity === 'error')).toEqual([]);
        expect(validateCap(result.alert, { profile }).filter((i) => i.severity === 'error')).toEqual([]);
      }
    });
  }
});

describe('validateCap on the object model', () => {
  const base = built[0]?.result.alert as CapAlert;

  it('starts from a clean alert', () => {
    expect(validateCap(base, { profile: 'ipaws' }).filter((i) => i.severity !== 'recommendation')).toEqual([]);
  });

  it('defaults to the ipaws profile, as the CLI does', () => {
    const noCode = { ...base, code: [] };
    expect(codes(validateCap(noCode, { profile: 'cap' }))).not.toContain('VERSION_CODE_REQUIRED');
    expect(codes(validateCap(noCode))).toContain('VERSION_CODE_REQUIRED');
    expect(codes(validateCap(noCode, { profile: 'ipaws' }))).toContain('VERSION_CODE_REQUIRED');
  });

  it('reports an empty category list as a missing element', () => {
    expect(validateCap(withInfo(base, { category: [] }))).toContainEqual(
      expect.objectContaining({ code: 'MISSING_REQUIRED_ELEMENT', path: '/alert/info[1]' }),
    );
  });

  it('reports numbers that XML cannot carry', () => {
    const area = base.info[0]?.area[0];
    if (area === undefined) throw new Error('fixture without area');
    const bad = withInfo(base, {
      area: [{ ...area, altitude: Number.NaN }],
      resource: [{ resourceDesc: 'photo', mimeType: 'image/png', size: 1.5, uri: 'https://example.gov/p.png' }],
    });
    const issues = validateCap(bad);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'INVALID_VALUE', path: '/alert/info[1]/area[1]/altitude' }));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'INVALID_VALUE', path: '/alert/info[1]/resource[1]/size' }));
  });

  it('checks enumerations, dates and tokens on a model', () => {
    const bad: CapAlert = { ...withInfo(base, { urgency: 'Now', expires: '2026-11-22T20:20:00Z' }), identifier: 'has space', status: 'Live' };
    expect(validateCap(bad, { profile: 'cap' }).map((i) => `${i.code} ${i.path}`)).toEqual([
      'INVALID_IDENTIFIER /alert/identifier',
      'INVALID_ENUM_VALUE /alert/status',
      'INVALID_ENUM_VALUE /alert/info[1]/urgency',
      'INVALID_DATE /alert/info[1]/expires',
    ]);
  });

  it('gives the same issues for a model and for its XML', () => {
    const bad = withInfo(base, { urgency: 'Future', parameter: [{ valueName: 'EAS-ORG', value: 'XYZ' }, { valueName: 'WEAHandling', value: 'Imminent Threat' }, { valueName: 'BLOCKCHANNEL', value: 'NWEM' }] });
    expect(validateCap(bad, { profile: 'ipaws' })).toEqual(validateCap(toCapXml(bad), { profile: 'ipaws' }));
    expect(codes(validateCap(bad, { profile: 'ipaws' }))).toEqual(['INVALID_EAS_ORG', 'WEA_HANDLING_MISMATCH']);
  });

  it('counts GSM extension characters as two toward the WEA limits', () => {
    const ninety = 'A'.repeat(88);
    const ok = withInfo(base, { parameter: [{ valueName: 'EAS-ORG', value: 'CIV' }, { valueName: 'CMAMtext', value: `${ninety}[]`.slice(0, 90) }] });
    expect(codes(validateCap(ok, { profile: 'ipaws' }))).toContain('CMAM_TEXT_TOO_LONG'); // 88 + 2x2 = 92
    const fits = withInfo(base, { parameter: [{ valueName: 'EAS-ORG', value: 'CIV' }, { valueName: 'CMAMtext', value: `${ninety}ab` }] });
    expect(codes(validateCap(fits, { profile: 'ipaws' }))).not.toContain('CMAM_TEXT_TOO_LONG');
  });

  it('accepts 100 polygon vertices and refuses 101', () => {
    const ring = (n: number): string => {
      const pts = Array.from({ length: n - 1 }, (_, k) => {
        const a = (2 * Math.PI * k) / (n - 1);
        return `${(39 + 0.2 * Math.sin(a)).toFixed(4)},${(-105 + 0.2 * Math.cos(a)).toFixed(4)}`;
      });
      return [...pts, pts[0]].join(' ');
    };
    const area = base.info[0]?.area[0];
    if (area === undefined) throw new Error('fixture without area');
    const at = (n: number): string[] => codes(validateCap(withInfo(base, { area: [{ ...area, polygon: [ring(n)] }] }), { profile: 'ipaws' }).filter((i) => i.severity === 'error'));
    expect(at(100)).toEqual([]);
    expect(at(101)).toEqual(['POLYGON_TOO_MANY_VERTICES']);
  });

  it('knows every code it reports', () => {
    const all = new Set(capIssueCodes());
    expect(all.size).toBe(capIssueCodes().length);
    for (const { result } of built) for (const i of validateCap(result.xml, { profile: 'ipaws' })) expect(all.has(i.code)).toBe(true);
  });
});

describe('validateCap never throws', () => {
  it('returns issues for arbitrary text and for mutated messages', () => {
    const xml = built[0]?.result.xml ?? '';
    const mutated = fc
      .tuple(fc.nat({ max: xml.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 8 }))
      .map(([at, cut, insert]) => xml.slice(0, at) + insert + xml.slice(at + cut));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), mutated), (input) => {
        const issues = validateCap(input, { profile: 'ipaws' });
        expect(Array.isArray(issues)).toBe(true);
        for (const i of issues) expect(i.path.startsWith('/')).toBe(true);
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 60), seed: Number(process.env.FC_SEED ?? 42) },
    );
  });
});
