/**
 * Conformance report 19c C11 (the CLI): a CAP message with embedded EAS audio in <derefUri> is several MB;
 * `validate` and `verify` take `--max-bytes N` to read it, and their size error names the flag.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.js';
import { noStack, run, tempDir } from './helpers.js';

const BASE = readFileSync(join(ROOT, 'test', 'validate', 'rt19c', 'C11-base.xml'), 'utf8');

/** The base message with `bytes` of (pseudo-random) audio as base64 in <derefUri>, in a temporary file. */
function audioMessage(bytes: number): string {
  const b = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) b[i] = (i * 7919) & 0xff;
  const audio = (b.toString('base64').match(/.{1,76}/g) ?? []).join('\n');
  const f = join(tempDir(), 'audio.xml');
  writeFileSync(f, BASE.replace('<area>', `<resource><resourceDesc>EAS Broadcast Content</resourceDesc><mimeType>audio/x-ipaws-audio-wav</mimeType><size>${bytes}</size><derefUri>${audio}</derefUri></resource><area>`));
  return f;
}

describe('C11: validate and verify --max-bytes', () => {
  const file = audioMessage(2_000_000);

  it('validate of a 2.7 MB message with audio: TOO_LARGE naming --max-bytes, not "far smaller"', () => {
    const r = run(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('TOO_LARGE');
    expect(r.stdout).toContain('give --max-bytes N');
    expect(r.stdout).not.toContain('Valid CAP messages are far smaller');
    expect(r.stdout).not.toContain('no flag changes it');
  });

  it('validate --max-bytes 3000000 reads it: valid, exit 0', () => {
    const r = run(['validate', file, '--max-bytes', '3000000']);
    expect(r.stderr).toBe('valid (ipaws): no errors, 0 other finding(s)\n');
    expect(r.code).toBe(0);
  });

  it('verify --max-bytes raises the signed-message limit too (the message is then unsigned, not too large)', () => {
    const small = run(['verify', file]);
    expect(small.stdout + small.stderr).toContain('give --max-bytes N');
    const r = run(['verify', file, '--max-bytes', '3000000', '--json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual(['signature_missing']);
  });

  it('a bad --max-bytes is a usage error naming what was received and what is valid', () => {
    for (const bad of ['0', '-1', '1e6', 'lots', '99999999999', '20000000']) {
      const r = run(['validate', file, '--max-bytes', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain('--max-bytes must be a whole number of bytes from 1 to 10485760');
      expect(r.stderr).toContain(`received "${bad}"`);
      noStack(r.stderr);
    }
  });

  it('--help of validate and verify documents --max-bytes, and so does docs/cli.md', () => {
    for (const cmd of ['validate', 'verify']) {
      const r = run([cmd, '--help']);
      expect(r.stdout).toContain('[--max-bytes N]');
      expect(r.stdout).toContain('--max-bytes N   largest message read');
    }
    const doc = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
    expect(doc).toContain('[--max-bytes N]');
    expect(doc).toContain('`validate` and `verify` take `--max-bytes N`');
  });
});

describe('C09: build --now wording on the command line', () => {
  it('a bad --now does not mention a Date (the API type)', () => {
    const r = run(['build', join(ROOT, 'examples', 'request.json'), '--now', 'nonsense']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--now');
    expect(r.stderr).not.toContain('A Date');
  });
});
