/**
 * Vendor-engineer review 24 (black box), findings fixed by helper s3:
 * V1 the update/cancel chain read <sent>/<expires> more strictly than validateCap (white space, 24:00:00);
 * V3 a chain written with "-00:00", "Z" or fractional seconds made cancel fail with "Internal check failed";
 * V9 safeBuildBlueAlert threw zod's TypeError for a position array with its own `constructor`;
 * V2 a plan object with a misspelled key was accepted silently (its checks disappeared).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BlueAlertError,
  buildBlueAlert,
  cancelBlueAlert,
  parseCap,
  safeBuildBlueAlert,
  toCapXml,
  updateBlueAlert,
  validateCap,
  type BlueAlertRequestInput,
} from '../../src/index.js';

const RUNS = Number(process.env['FC_NUM_RUNS'] ?? 60);
const REQUEST = JSON.parse(readFileSync(new URL('../../examples/request.json', import.meta.url), 'utf8')) as BlueAlertRequestInput;
const SENT = '2026-11-22T14:20:00-07:00';
const ORIGINAL = buildBlueAlert(REQUEST, { now: SENT, identifier: 'BA-1' });
const XML = ORIGINAL.xml;
const EXPIRES = ORIGINAL.alert.info[0]?.expires ?? '';

const withSent = (v: string): string => XML.replace(/<sent>[^<]*<\/sent>/, `<sent>${v}</sent>`);
const withExpires = (v: string): string => XML.replace(/<expires>[^<]*<\/expires>/g, `<expires>${v}</expires>`);
const errors = (xml: string, profile: 'cap' | 'ipaws' = 'ipaws') => validateCap(xml, { profile }).filter((i) => i.severity === 'error');
function codes(f: () => unknown): string[] {
  try {
    f();
    return [];
  } catch (e) {
    if (e instanceof BlueAlertError) return e.issues.map((i) => i.code);
    throw e;
  }
}

describe('V1: the chain reads <sent> and <expires> as validateCap does', () => {
  it('a <sent> wrapped in white space is read (cancel and update), and the reference carries the collapsed value', () => {
    const xml = withSent(`\n    ${SENT}\n  `);
    expect(errors(xml)).toEqual([]);
    const c = cancelBlueAlert(xml, { reason: 'suspect-apprehended', now: '2026-11-22T15:30:00-07:00' });
    expect(c.references).toEqual([`${ORIGINAL.alert.sender},BA-1,${SENT}`]);
    expect(errors(c.xml)).toEqual([]);
    const u = updateBlueAlert(xml, REQUEST, { now: '2026-11-22T15:30:00-07:00' });
    expect(u.references).toEqual([`${ORIGINAL.alert.sender},BA-1,${SENT}`]);
  });

  it('parseCap gives the collapsed xs:dateTime, xs:language and xs:anyURI values', () => {
    const xml = withSent(`\n ${SENT}\t`).replace('<language>en-US</language>', '<language> en-US\n</language>');
    const m = parseCap(xml);
    expect(m.sent).toBe(SENT);
    expect(new Date(m.sent).getTime()).toBe(Date.parse(SENT));
    expect(m.info[0]?.language).toBe('en-US');
  });

  it('a <sent> at 24:00:00 is read as the next day 00:00', () => {
    const xml = withSent('2026-11-21T24:00:00-07:00');
    expect(errors(xml)).toEqual([]);
    const c = cancelBlueAlert(xml, { now: '2026-11-22T15:30:00-07:00' });
    expect(c.references).toEqual([`${ORIGINAL.alert.sender},BA-1,2026-11-21T24:00:00-07:00`]);
    expect(errors(c.xml)).toEqual([]);
  });

  it('an <expires> wrapped in white space sets the Cancel expiry, and refuses a chain that has expired', () => {
    const xml = withExpires(`\n   ${EXPIRES}\n   `);
    expect(errors(xml)).toEqual([]);
    expect(cancelBlueAlert(xml, { now: '2026-11-22T15:30:00-07:00' }).expires).toBe(EXPIRES);
    expect(codes(() => cancelBlueAlert(xml, { now: '2026-11-24T15:30:00-07:00' }))).toEqual(['chain_expired']);
    expect(codes(() => updateBlueAlert(xml, REQUEST, { now: '2026-11-24T15:30:00-07:00' }))).toEqual(['chain_expired']);
  });

  it('an <expires> at 24:00:00 expires at midnight', () => {
    const xml = withExpires('2026-11-22T24:00:00-07:00');
    expect(errors(xml)).toEqual([]);
    const c = cancelBlueAlert(xml, { now: '2026-11-22T15:30:00-07:00' });
    expect(Date.parse(c.expires)).toBe(Date.parse('2026-11-23T00:00:00-07:00'));
    expect(errors(c.xml)).toEqual([]);
    expect(codes(() => cancelBlueAlert(xml, { now: '2026-11-23T00:30:00-07:00' }))).toEqual(['chain_expired']);
  });

  it('two infos in " en-US" and "en-US" are the same language (no SAME_TEXT_DIFFERENT_LANGUAGE)', () => {
    const info = /<info>[\s\S]*<\/info>/.exec(XML)?.[0] ?? '';
    const xml = XML.replace(info, `${info.replace('<language>en-US</language>', '<language> en-US</language>')}${info}`);
    expect(validateCap(xml, { profile: 'cap' }).map((i) => i.code)).not.toContain('SAME_TEXT_DIFFERENT_LANGUAGE');
  });

  it('parse -> toCapXml -> parse is stable with white space around typed values', () => {
    const xml = withSent(` ${SENT} `).replace(/<web>([^<]*)<\/web>/, '<web>\n$1\n</web>');
    const once = parseCap(xml);
    expect(parseCap(toCapXml(once))).toEqual(once);
    expect(errors(toCapXml(once))).toEqual([]);
  });

  it('generated: any XML white space around <sent> and <expires> gives the same Cancel as the clean message', () => {
    const ws = fc.array(fc.constantFrom(' ', '\t', '\n', '\r\n'), { maxLength: 4 }).map((a) => a.join(''));
    const clean = cancelBlueAlert(XML, { now: '2026-11-22T15:30:00-07:00', identifier: 'C-1' });
    fc.assert(
      fc.property(ws, ws, ws, ws, (a, b, c, d) => {
        const xml = withSent(`${a}${SENT}${b}`).replace(/<expires>[^<]*<\/expires>/g, `<expires>${c}${EXPIRES}${d}</expires>`);
        const got = cancelBlueAlert(xml, { now: '2026-11-22T15:30:00-07:00', identifier: 'C-1' });
        expect(got.xml).toBe(clean.xml);
      }),
      { numRuns: RUNS, seed: 24_301 },
    );
  });
});

describe('V3: a chain written in UTC ("-00:00", "Z") or with fractions can be cancelled', () => {
  const utcSent = withSent('2026-11-22T21:20:00-00:00');
  it('a <sent> at -00:00 with no zone given: a clear chain error naming the earlier message, not "Internal check failed"', () => {
    let issues: readonly { code: string; path: string; message: string }[] = [];
    try {
      cancelBlueAlert(utcSent, { now: '2026-11-22T15:30:00-07:00' });
    } catch (e) {
      issues = (e as BlueAlertError).issues;
    }
    expect(issues.map((i) => i.code)).toEqual(['chain_invalid']);
    expect(issues[0]?.path).toBe('previous');
    expect(issues[0]?.message).toContain('2026-11-22T21:20:00-00:00');
    expect(issues[0]?.message).toContain('timeZone');
    expect(issues[0]?.message).not.toContain('Internal check failed');
  });

  it('with a time zone, the Cancel of that chain is valid IPAWS CAP', () => {
    const c = cancelBlueAlert(utcSent, { now: '2026-11-22T15:30:00-07:00', timeZone: 'America/Denver' });
    expect(errors(c.xml)).toEqual([]);
    expect(c.sent).toBe('2026-11-22T15:30:00-07:00');
  });

  it('an <expires> at -00:00 is written at the Cancel offset (same instant)', () => {
    const xml = withExpires('2026-11-23T21:20:00-00:00');
    const c = cancelBlueAlert(xml, { now: '2026-11-22T15:30:00-07:00', timeZone: 'America/Denver' });
    expect(c.expires).toBe('2026-11-23T14:20:00-07:00');
    expect(errors(c.xml)).toEqual([]);
    expect(updateBlueAlert(xml, REQUEST, { now: '2026-11-22T15:30:00-07:00' }).alert.msgType).toBe('Update');
  });

  it('an <expires> in "Z" or with fractions (not CAP 1.2) is read, written in the CAP form, and a warning names it', () => {
    for (const v of ['2026-11-23T21:20:00Z', '2026-11-23T14:20:00.500-07:00']) {
      const xml = withExpires(v);
      const c = cancelBlueAlert(xml, { now: '2026-11-22T15:30:00-07:00' });
      expect(c.expires).toBe('2026-11-23T14:20:00-07:00');
      expect(errors(c.xml)).toEqual([]);
      const w = c.warnings.find((x) => x.code === 'chain_invalid');
      expect(w?.path).toBe('previous');
      expect(w?.message).toContain(v);
      expect(codes(() => cancelBlueAlert(xml, { now: '2026-11-24T15:30:00-07:00' }))).toEqual(['chain_expired']);
    }
  });

  it('a <sent> in "Z" is referenced in the CAP form ("-00:00")', () => {
    const xml = withSent('2026-11-22T21:20:00Z');
    const c = cancelBlueAlert(xml, { now: '2026-11-22T15:30:00-07:00', timeZone: 'America/Denver' });
    expect(c.references).toEqual([`${ORIGINAL.alert.sender},BA-1,2026-11-22T21:20:00-00:00`]);
    expect(errors(c.xml)).toEqual([]);
    const u = updateBlueAlert(xml, REQUEST, { now: '2026-11-22T15:30:00-07:00' });
    expect(errors(u.xml)).toEqual([]);
  });
});
describe('V9: hostile arrays in a request give issues, never a TypeError', () => {
  const base = (): Record<string, any> => ({
    ...structuredClone(REQUEST),
    area: { description: 'Denver', geometry: { type: 'Polygon', coordinates: [[[-105.1, 39.6], [-104.6, 39.6], [-104.6, 39.9], [-105.1, 39.6]]] } },
  });
  it('a position with an own constructor property', () => {
    for (const v of [-1, null, 'x', {}, () => 1]) {
      const r = base();
      r['area'].geometry.coordinates[0][1].constructor = v;
      const out = safeBuildBlueAlert(r as BlueAlertRequestInput, { now: SENT });
      expect(out.success).toBe(false);
      if (!out.success) expect(out.issues[0]?.path).toBe('area.geometry.coordinates[0][1]');
      expect(codes(() => buildBlueAlert(r as BlueAlertRequestInput, { now: SENT }))).not.toEqual([]);
    }
  });
  it('generated: an own constructor on any array of the request', () => {
    const paths = [['suspects'], ['area', 'geometry', 'coordinates'], ['area', 'geometry', 'coordinates', 0], ['area', 'geometry', 'coordinates', 0, 2], ['suspects', 0, 'destinations']];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.constantFrom(-1, 0, 'x', null, Symbol.iterator), (path, v) => {
        const r = base();
        r['suspects'][0].destinations = ['Boulder'];
        let o: any = r;
        for (const k of path) o = o[k];
        o.constructor = v;
        const out = safeBuildBlueAlert(r as BlueAlertRequestInput, { now: SENT });
        expect(out.success).toBe(false);
      }),
      { numRuns: RUNS, seed: 24_309 },
    );
  });
});

describe('V9: other hostile objects give an issue too', () => {
  const cases: [string, () => unknown][] = [
    ['a getter that throws', () => Object.defineProperty({ ...structuredClone(REQUEST) }, 'event', { get: () => { throw new Error('Okafor'); }, enumerable: true })],
    ['a Proxy whose traps throw', () => new Proxy(structuredClone(REQUEST) as object, { ownKeys: () => { throw new Error('x'); }, get: () => { throw new Error('x'); } })],
    ['an array subclass with a broken species', () => {
      class Bad extends Array { static override get [Symbol.species](): ArrayConstructor { throw new Error('x'); } }
      const r = structuredClone(REQUEST) as Record<string, any>;
      r['suspects'] = Bad.from(r['suspects'] as unknown[]);
      return r;
    }],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      // never a raw exception; a failure is typed and does not repeat the exception's text
      const out = safeBuildBlueAlert(make(), { now: SENT });
      if (!out.success) expect(JSON.stringify(out.issues)).not.toContain('Okafor');
    });
  }
});
