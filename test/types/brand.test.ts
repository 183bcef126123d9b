import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BlueAlertError, isBlueAlertError } from '../../src/index.js';

const root = new URL('../../', import.meta.url).pathname;

describe('isBlueAlertError', () => {
  it('knows a BlueAlertError and nothing else', () => {
    const e = new BlueAlertError([{ code: 'area_missing', path: 'area', message: 'Give an area.', severity: 'error' }]);
    expect(isBlueAlertError(e)).toBe(true);
    for (const v of [new Error('x'), { name: 'BlueAlertError', issues: [{}] }, null, undefined, 'BlueAlertError', 42, Object.create(null)]) {
      expect(isBlueAlertError(v)).toBe(false);
    }
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(isBlueAlertError(hostile)).toBe(false);
    // the brand is not enumerable: JSON and spreads show the issues, not the brand
    expect(Object.keys(e)).not.toContain(Symbol.for('blue-alert-cap.BlueAlertError').toString());
    expect(JSON.stringify({ ...e })).toContain('area_missing');
  });

  it('works across the ESM and the CommonJS build loaded in one process, where instanceof fails', () => {
    const script = `
      const { createRequire } = require('node:module');
      (async () => {
        const esm = await import(${JSON.stringify(`${root}dist/index.js`)});
        const cjs = require(${JSON.stringify(`${root}dist/index.cjs`)});
        let fromCjs;
        try { cjs.buildBlueAlert({ event: 'officer-lost' }); } catch (e) { fromCjs = e; }
        let fromEsm;
        try { esm.buildBlueAlert({ event: 'officer-lost' }); } catch (e) { fromEsm = e; }
        process.stdout.write(JSON.stringify({
          distinctClasses: esm.BlueAlertError !== cjs.BlueAlertError,
          instanceofAcross: fromCjs instanceof esm.BlueAlertError,
          esmSeesCjs: esm.isBlueAlertError(fromCjs),
          cjsSeesEsm: cjs.isBlueAlertError(fromEsm),
          plainError: esm.isBlueAlertError(new Error('x')),
          path: fromCjs.issues[0].path,
        }));
      })();`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })) as Record<string, unknown>;
    expect(out).toEqual({ distinctClasses: true, instanceofAcross: false, esmSeesCjs: true, cjsSeesEsm: true, plainError: false, path: 'event' });
  });
});

describe('isCapParseError (conformance report 19c C13)', () => {
  it('knows a CapParseError and nothing else', async () => {
    const { CapParseError, isCapParseError, parseCap } = await import('../../src/index.js');
    let e: unknown;
    try {
      parseCap('<x/>');
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(CapParseError);
    expect(isCapParseError(e)).toBe(true);
    for (const v of [new Error('x'), { name: 'CapParseError', code: 'NOT_CAP', message: 'm' }, null, 'CapParseError', 42]) expect(isCapParseError(v)).toBe(false);
    expect(isCapParseError(new Proxy({}, { get: () => { throw new Error('boom'); } }))).toBe(false);
  });

  it('works across the ESM and the CommonJS build loaded in one process', () => {
    const script = `
      (async () => {
        const esm = await import(${JSON.stringify(`${root}dist/index.js`)});
        const cjs = require(${JSON.stringify(`${root}dist/index.cjs`)});
        let fromEsm;
        try { esm.parseCap('<x/>'); } catch (e) { fromEsm = e; }
        let fromCjs;
        try { cjs.parseCap('<x/>'); } catch (e) { fromCjs = e; }
        process.stdout.write(JSON.stringify({
          instanceofAcross: fromEsm instanceof cjs.CapParseError,
          cjsSeesEsm: cjs.isCapParseError(fromEsm),
          esmSeesCjs: esm.isCapParseError(fromCjs),
          code: fromEsm.code,
        }));
      })();`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })) as Record<string, unknown>;
    expect(out).toEqual({ instanceofAcross: false, cjsSeesEsm: true, esmSeesCjs: true, code: 'NOT_CAP' });
  });
});
