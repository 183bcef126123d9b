/**
 * Test helper: validates a batch of XML documents against an XSD in ONE xmllint-wasm call (a call costs about
 * 70 ms, so batching keeps suites fast). Schemas:
 * - `team`: our own `schemas/cap-1.2.xsd`;
 * - `official`: the OASIS CAP 1.2 schema, read at test time from `<repo>/../shared/reference/cap-v1.2.xsd`;
 * - `ipaws-profile`: the OASIS IPAWS profile draft schema from the same folder.
 * The official files are never copied into the project; when they are missing the result says so, and the caller
 * skips with a printed note.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

/**
 * Which schema to validate against.
 *
 * @example
 * const s: XsdSchema = 'official';
 */
export type XsdSchema = 'team' | 'official' | 'ipaws-profile';

/**
 * The verdict for one document of the batch.
 *
 * @example
 * const r: XsdFileResult = { name: 'denver', valid: true, errors: [] };
 */
export interface XsdFileResult {
  readonly name: string;
  readonly valid: boolean;
  /** xmllint's messages for this document, without file name and line prefix. */
  readonly errors: readonly string[];
}

/**
 * The batch result, or a marker that the schema file is not present (the caller skips with a printed note).
 *
 * @example
 * const r: XsdBatchResult = { skipped: true, reason: 'schema official not found at …' };
 */
export type XsdBatchResult =
  | { readonly skipped: false; readonly results: readonly XsdFileResult[] }
  | { readonly skipped: true; readonly reason: string };

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function schemaPath(schema: XsdSchema): string {
  switch (schema) {
    case 'team':
      return `${repoRoot}schemas/cap-1.2.xsd`;
    case 'official':
      return `${repoRoot}../shared/reference/cap-v1.2.xsd`;
    case 'ipaws-profile':
      return `${repoRoot}../shared/reference/cap-v1.2-ipaws-profile-v1.0-pr02.xsd`;
  }
}

/**
 * Validates every document of `xmls` against `schema` in one xmllint-wasm call and returns one verdict per
 * document, in input order.
 *
 * @example
 * const r = await validateWithXsd([{ name: 'denver', xml }], 'official');
 * if (r.skipped) console.log(r.reason); else expect(r.results[0]?.valid).toBe(true);
 */
export async function validateWithXsd(xmls: readonly { name: string; xml: string }[], schema: XsdSchema): Promise<XsdBatchResult> {
  const path = schemaPath(schema);
  if (!existsSync(path)) return { skipped: true, reason: `schema ${schema} not found at ${path}` };
  if (xmls.length === 0) return { skipped: false, results: [] };
  const files = xmls.map((x, i) => ({ fileName: `doc${i}.xml`, contents: x.xml.replace(/^\uFEFF/, '') }));
  const result = await validateXML({
    xml: files,
    schema: { fileName: 'schema.xsd', contents: readFileSync(path, 'utf8') },
  });
  const perFile = new Map<string, string[]>(files.map((f) => [f.fileName, []]));
  const failed = new Set<string>();
  for (const line of result.rawOutput.split('\n')) {
    const m = /^(doc\d+\.xml) fails to validate/.exec(line);
    if (m?.[1] !== undefined) failed.add(m[1]);
  }
  for (const e of result.errors) {
    const file = e.loc?.fileName;
    if (file !== undefined && perFile.has(file)) {
      perFile.get(file)?.push(e.message);
      failed.add(file);
    }
  }
  return {
    skipped: false,
    results: files.map((f, i) => ({
      name: xmls[i]?.name ?? f.fileName,
      valid: !failed.has(f.fileName),
      errors: perFile.get(f.fileName) ?? [],
    })),
  };
}
