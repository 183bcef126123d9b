import { describe, expect, it } from 'vitest';
import { resolveArea } from '../../src/area/resolve.js';
import { isKnownCounty, knownCountyCodes, sameCodeProblem, stateInfo } from '../../src/area/codes.js';
import { describeSameCodes } from '../../src/area/describe.js';
import { COUNTY_COUNT } from '../../src/area/data/county-codes.js';
import type { RequestArea } from '../../src/request/schema.js';

const area = (a: Partial<RequestArea>): RequestArea => a as RequestArea;

describe('county and state code tables', () => {
  it('holds all 3,231 us-atlas counties, territories included', () => {
    expect(COUNTY_COUNT).toBe(3231);
    expect(knownCountyCodes()).toHaveLength(3231);
    for (const f of ['08031', '08001', '72127', '78010', '66010', '60050', '69110', '02016', '11001', '51760']) expect(isKnownCounty(f)).toBe(true);
    for (const f of ['08999', '08002', '99001', '72000']) expect(isKnownCounty(f)).toBe(false);
    expect(stateInfo('72')).toEqual({ fips: '72', abbr: 'PR', name: 'Puerto Rico' });
    expect(stateInfo('08')?.abbr).toBe('CO');
    expect(stateInfo('03')).toBeUndefined();
  });

  it('checks SAME codes: county, whole state, subdivision, unknown state', () => {
    expect(sameCodeProblem('008031')).toBeUndefined();
    expect(sameCodeProblem('908031')).toBeUndefined();
    expect(sameCodeProblem('008000')).toBeUndefined();
    expect(sameCodeProblem('008999')?.kind).toBe('county');
    expect(sameCodeProblem('003001')?.kind).toBe('state');
    expect(sameCodeProblem('000000')?.kind).toBe('state');
    expect(sameCodeProblem('108000')?.kind).toBe('format');
  });
});

describe('resolveArea: SAME and FIPS', () => {
  it('converts FIPS, keeps order and drops duplicates with a warning', () => {
    const { area: a, issues } = resolveArea(area({ same: ['008031'], fips: ['08001', '08031', '56', '08005'] }), { easEnabled: true });
    expect(a.same).toEqual(['008031', '008001', '056000', '008005']);
    expect(a.states).toEqual(['08', '56']);
    const dup = issues.find((i) => i.code === 'area_duplicate_code');
    expect(dup).toMatchObject({ path: 'area.fips[1]', severity: 'warning' });
    expect(dup?.message).toContain('area.same[0]');
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.some((i) => i.code === 'area_crosses_state' && i.path === 'area.fips[2]' && i.message.includes('Wyoming'))).toBe(true);
  });

  it('names an unknown county and its path', () => {
    const { issues } = resolveArea(area({ fips: ['08031', '08001', '08999'] }), { easEnabled: true });
    const e = issues.find((i) => i.severity === 'error');
    expect(e).toMatchObject({ code: 'unknown_county', path: 'area.fips[2]' });
    expect(e?.message).toContain('08999');
    expect(e?.message).toContain('Colorado');
    const s = resolveArea(area({ same: ['008031', '008777'] }), { easEnabled: true }).issues.find((i) => i.severity === 'error');
    expect(s).toMatchObject({ code: 'unknown_county', path: 'area.same[1]' });
    expect(s?.message).toContain('008777');
  });

  it('rejects an unknown state', () => {
    const { issues } = resolveArea(area({ fips: ['03'] }), { easEnabled: true });
    expect(issues[0]).toMatchObject({ code: 'unknown_state', path: 'area.fips[0]', severity: 'error' });
  });

  it('fails with 32 SAME codes when EAS is on, warns when it is off', () => {
    const codes = knownCountyCodes()
      .filter((f) => f.startsWith('48'))
      .slice(0, 32)
      .map((f) => `0${f}`);
    expect(codes).toHaveLength(32);
    const on = resolveArea(area({ same: codes }), { easEnabled: true }).issues.filter((i) => i.code === 'too_many_same_codes');
    expect(on).toHaveLength(1);
    expect(on[0]).toMatchObject({ path: 'area.same', severity: 'error' });
    expect(on[0]?.message).toContain('31');
    const off = resolveArea(area({ same: codes }), { easEnabled: false }).issues.filter((i) => i.code === 'too_many_same_codes');
    expect(off[0]?.severity).toBe('warning');
    const ok = resolveArea(area({ same: codes.slice(0, 31) }), { easEnabled: true }).issues.filter((i) => i.code === 'too_many_same_codes');
    expect(ok).toEqual([]);
  });

  it('uses the request description for areaDesc, else describes the codes', () => {
    expect(resolveArea(area({ description: 'Denver metro area', same: ['008031'] }), { easEnabled: true }).area.areaDesc).toBe('Denver metro area');
    expect(resolveArea(area({ same: ['008031', '008001'] }), { easEnabled: true }).area.areaDesc).toBe('2 counties in Colorado');
    expect(resolveArea(area({ fips: ['08'] }), { easEnabled: true }).area.areaDesc).toBe('Colorado');
  });
});

describe('describeSameCodes', () => {
  const names: Record<string, string> = { '08031': 'Denver', '08001': 'Adams', '08005': 'Arapahoe', '56021': 'Laramie', '22071': 'Orleans', '51760': 'Richmond', '51087': 'Henrico' };
  const nameOf = (f: string) => names[f];
  it('writes county names with the state', () => {
    expect(describeSameCodes(['008031', '008001', '008005'], nameOf)).toBe('Denver, Adams and Arapahoe counties, CO');
    expect(describeSameCodes(['008031'], nameOf)).toBe('Denver County, CO');
    expect(describeSameCodes(['008031', '056021'], nameOf)).toBe('Denver County, CO; Laramie County, WY');
    expect(describeSameCodes(['022071'], nameOf)).toBe('Orleans Parish, LA');
    expect(describeSameCodes(['051087', '051760'], nameOf)).toBe('Henrico County and Richmond city, VA');
    expect(describeSameCodes(['108031'], nameOf)).toBe('northwest Denver County, CO');
  });
});
