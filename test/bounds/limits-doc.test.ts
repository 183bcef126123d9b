/**
 * docs/limits.md is one table of every cap, and it matches LIMITS (src/limits.ts) name for name and value for
 * value; the XML reader's and the signer's defaults are the same numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XML_READ_DEFAULTS } from '../../src/cap/xml-reader.js';
import { LIMITS, parseCap, validateCap } from '../../src/index.js';
import { checkLimits } from '../../src/sign/dom.js';
import { ROOT } from '../support/fixtures.js';

const page = readFileSync(join(ROOT, 'docs/limits.md'), 'utf8');

/** The page's tables: each a list of rows, each row a list of cells (header row first). */
function tables(md: string): string[][][] {
  const out: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) {
      current = undefined;
      continue;
    }
    const cells = line.slice(1, line.endsWith('|') ? -1 : undefined).split('|').map((c) => c.trim());
    if (current === undefined) out.push((current = []));
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    current.push(cells);
  }
  return out;
}

/** `1,048,576` → 1048576, `0.00001` → 0.00001. */
const num = (s: string) => Number(s.replace(/,/g, ''));

describe('docs/limits.md', () => {
  const all = tables(page);

  it('is one table', () => {
    expect(all).toHaveLength(1);
  });

  it('names every cap in LIMITS once, with its value', () => {
    const [header, ...rows] = all[0] ?? [];
    const nameCol = header?.findIndex((h) => h.includes('`LIMITS` name')) ?? -1;
    const valueCol = header?.indexOf('value') ?? -1;
    expect(nameCol).toBeGreaterThanOrEqual(0);
    expect(valueCol).toBeGreaterThanOrEqual(0);
    const documented = new Map<string, number>();
    for (const row of rows) {
      const names = [...(row[nameCol] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1] as string);
      const values = (row[valueCol] ?? '').split(/,\s+/).map(num);
      expect(names.length, row.join(' | ')).toBeGreaterThan(0);
      expect(values, row.join(' | ')).toHaveLength(names.length);
      names.forEach((n, i) => {
        expect(documented.has(n), `${n} twice`).toBe(false);
        documented.set(n, values[i] as number);
      });
    }
    expect([...documented.keys()].sort()).toEqual(Object.keys(LIMITS).sort());
    for (const [name, value] of documented) expect(value, name).toBe(LIMITS[name as keyof typeof LIMITS]);
  });
});

describe('LIMITS and the readers agree', () => {
  it('the XML reader defaults are the message caps', () => {
    expect(XML_READ_DEFAULTS).toEqual({
      maxDepth: LIMITS.messageDepth,
      maxElements: LIMITS.messageElements,
      maxAttributes: LIMITS.messageAttributes,
      maxNamespaceDeclarations: LIMITS.messageNamespaceDeclarations,
    });
  });

  it('parseCap and validateCap refuse one byte over messageBytes by default, the signer one over signedMessageBytes', () => {
    const over = `<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><!--${'x'.repeat(LIMITS.messageBytes)}--></alert>`;
    expect(() => parseCap(over)).toThrow(new RegExp(`larger than ${LIMITS.messageBytes} bytes`));
    expect(validateCap(over)[0]?.code).toBe('TOO_LARGE');
    const signedOver = `<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><!--${'x'.repeat(LIMITS.signedMessageBytes)}--></alert>`;
    expect(checkLimits(signedOver, {})?.message).toContain(`the limit is ${LIMITS.signedMessageBytes}`);
    expect(checkLimits(signedOver.replace('x', ''), {})?.message).toContain(`the limit is ${LIMITS.signedMessageBytes}`);
    expect(checkLimits(signedOver.slice(0, -100), {})).toBeUndefined();
  });

  it('the namespace-declaration and attribute caps are the documented numbers', () => {
    const decls = (k: number) => Array.from({ length: k }, (_, i) => ` xmlns:n${i}="urn:x:${i}"`).join('');
    const doc = (k: number) => `<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><a${decls(k)}/></alert>`;
    expect(validateCap(doc(LIMITS.messageAttributes - 1)).some((i) => i.code === 'TOO_LARGE')).toBe(false);
    expect(validateCap(doc(LIMITS.messageAttributes + 1)).map((i) => i.code)).toContain('TOO_LARGE');
  });
});
