/**
 * Properties of the CLI's input decoding and flag translation, in-process (no binary): the UTF-8 check agrees
 * with the WHATWG decoder on any bytes, every BOM form of any text decodes to that text, and a JSON hint or an
 * error never quotes the content. Runs: FC_NUM_RUNS (default 200), seed: FC_SEED (default 42).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliIssue, cliPath } from '../../src/cli/flags.js';
import { decodeText, firstInvalidUtf8, InputError } from '../../src/cli/io.js';

const params = { numRuns: Number(process.env['FC_NUM_RUNS'] ?? 200), seed: Number(process.env['FC_SEED'] ?? 42) };

/** Bytes that are mostly UTF-8 with some damage: the interesting cases for the check. */
const damagedUtf8 = fc
  .tuple(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }))
  .map(([s, hits]) => {
    const b = Buffer.from(s, 'utf8');
    for (const [at, v] of hits) if (b.length > 0) b[at % b.length] = v;
    return new Uint8Array(b);
  });

/** Bytes drawn from the boundaries of the UTF-8 tables (lead bytes, continuation ranges, overlong and surrogate edges). */
const lead = fc.constantFrom(0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff);
const continuation = fc.constantFrom(0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0);
const edgeBytes = fc
  .array(fc.tuple(lead, fc.array(continuation, { maxLength: 3 })), { maxLength: 4 })
  .map((chunks) => new Uint8Array(chunks.flatMap(([l, c]) => [l, ...c])));

describe('firstInvalidUtf8', () => {
  it('is -1 exactly when the fatal WHATWG decoder accepts the bytes, and points at a byte the decoder cannot pass', () => {
    fc.assert(
      fc.property(fc.oneof(damagedUtf8, edgeBytes, fc.uint8Array({ maxLength: 40 })), (bytes) => {
        let ok = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          ok = false;
        }
        const bad = firstInvalidUtf8(bytes);
        expect(bad === -1).toBe(ok);
        if (bad >= 0) {
          // everything before the offset is valid on its own; the sequence starting there is not
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bad))).not.toThrow();
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bad, bad + 4))).toThrow();
        }
      }),
      params,
    );
  });
});

describe('firstInvalidUtf8 on every boundary sequence', () => {
  it('agrees with the fatal WHATWG decoder on each lead byte followed by 0-3 boundary bytes (10,530 sequences)', () => {
    const leads = [0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff];
    const conts = [0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0];
    const tails: number[][] = [[]];
    for (let n = 1; n <= 3; n++) for (const t of tails.filter((x) => x.length === n - 1)) for (const c of conts) tails.push([...t, c]);
    const wrong: string[] = [];
    for (const l of leads) {
      for (const t of tails) {
        const bytes = new Uint8Array([l, ...t]);
        let ok = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          ok = false;
        }
        if ((firstInvalidUtf8(bytes) === -1) !== ok) wrong.push(Buffer.from(bytes).toString('hex'));
      }
    }
    expect(tails).toHaveLength(585);
    expect(wrong).toEqual([]);
  });
});

describe('decodeText', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 60 }).filter((s) => !s.includes('\u0000') && s.charCodeAt(0) !== 0xfeff);
  it('UTF-8 with and without a BOM, UTF-16 LE and BE with a BOM: the same text back', () => {
    fc.assert(
      fc.property(text, (s) => {
        const le = Buffer.from(s, 'utf16le');
        const be = Buffer.from(le);
        for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] ?? 0, be[i] ?? 0];
        const forms = [
          Buffer.from(s, 'utf8'),
          Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]),
          Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
          Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
        ];
        for (const f of forms) expect(decodeText(f, 'x.json')).toBe(s);
      }),
      params,
    );
  });
  it('refuses invalid UTF-8 with an InputError that names the offset and quotes no content', () => {
    fc.assert(
      fc.property(damagedUtf8, (bytes) => {
        const bad = firstInvalidUtf8(bytes);
        const nul = bytes.indexOf(0);
        fc.pre(bad >= 0 && (nul < 0 || nul > bad) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff));
        let error: unknown;
        try {
          decodeText(bytes, 'x.json');
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(InputError);
        const offset = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? firstInvalidUtf8(bytes.subarray(3)) + 3 : bad;
        expect((error as InputError).message).toContain(`byte offset ${offset} `);
        expect((error as InputError).message).not.toContain('\uFFFD');
      }),
      params,
    );
  });
});

describe('flag names', () => {
  it('every options.* path becomes a flag; other paths are kept', () => {
    expect(cliPath('options.now')).toBe('--now');
    expect(cliPath('options.override.reason')).toBe('--override-reason');
    expect(cliPath('options.identifier')).toBe('--id');
    expect(cliPath('options.timeZone')).toBe('--time-zone');
    expect(cliPath('options.plan.criteria[0].check')).toBe('--plan (criteria[0].check)');
    expect(cliPath('area.same[1]')).toBe('area.same[1]');
    expect(cliPath('optionsX')).toBe('optionsX');
    const i = cliIssue({ code: 'invalid_now', path: 'options.now', message: 'options.now is an invalid Date.', severity: 'error' as const });
    expect(i).toEqual({ code: 'invalid_now', path: '--now', message: '--now is not a valid date.', severity: 'error' });
  });
});
