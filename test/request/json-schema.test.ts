import { describe, expect, it } from 'vitest';
import { requestJsonSchema } from '../../src/request/json-schema.js';
import { describeJsonSchema, fieldHelp } from '../../src/request/descriptions.js';

/** Every property of a JSON Schema with its path, however deep (properties, items, unions). */
function properties(node: unknown, path = ''): { path: string; schema: Record<string, unknown> }[] {
  if (node === null || typeof node !== 'object') return [];
  const n = node as Record<string, unknown>;
  const out: { path: string; schema: Record<string, unknown> }[] = [];
  for (const [k, v] of Object.entries((n['properties'] ?? {}) as Record<string, Record<string, unknown>>)) {
    const p = path === '' ? k : `${path}.${k}`;
    out.push({ path: p, schema: v }, ...properties(v, p));
  }
  if (n['items'] !== undefined) out.push(...properties(n['items'], `${path}[]`));
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) if (Array.isArray(n[key])) for (const x of n[key] as unknown[]) out.push(...properties(x, path));
  return out;
}

describe('the request JSON Schema helps editors', () => {
  const all = properties(requestJsonSchema());

  it('has every property described (add help in src/request/descriptions.ts when this fails)', () => {
    expect(all.length).toBeGreaterThan(150);
    const undescribed = all.filter((p) => typeof p.schema['description'] !== 'string' || (p.schema['description'] as string).length < 5).map((p) => p.path);
    expect(undescribed).toEqual([]);
  });

  it('gives examples where they help, and they are values of the right type', () => {
    const withExamples = all.filter((p) => Array.isArray(p.schema['examples']));
    expect(withExamples.length).toBeGreaterThan(60);
    const tz = all.find((p) => p.path === 'issuer.timeZone');
    expect(tz?.schema['examples']).toEqual(['America/Denver', 'Pacific/Honolulu']);
    expect(all.find((p) => p.path === 'suspects[].vehicle.plate.number')?.schema['description']).toMatch(/plate number/);
    expect(all.find((p) => p.path === 'officer.description.sex')?.schema['description']).toBeDefined();
  });

  it('allows "$schema" in a request', () => {
    expect(all.find((p) => p.path === '$schema')?.schema['type']).toBe('string');
  });

  it('reports a property without help (the check can fail)', () => {
    const schema = { type: 'object', properties: { event: { type: 'string' }, brandNewField: { type: 'string' } } };
    expect(describeJsonSchema(schema)).toEqual(['brandNewField']);
    expect((schema.properties.event as Record<string, unknown>)['description']).toBe(fieldHelp('event')?.description);
  });
});
