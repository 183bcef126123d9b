import { describe, expect, it } from 'vitest';
import ts from 'typescript';

const root = new URL('../../', import.meta.url).pathname;

/** Compiles one virtual file against the sources under --strict and returns its diagnostics as text. */
function diagnosticsOf(code: string): string {
  const file = `${root}test/types/__virtual__.ts`;
  const options: ts.CompilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (f) => (f === file ? code : read(f));
  const exists = host.fileExists.bind(host);
  host.fileExists = (f) => f === file || exists(f);
  const get = host.getSourceFile.bind(host);
  host.getSourceFile = (f, lang, ...rest) => (f === file ? ts.createSourceFile(f, code, lang) : get(f, lang, ...rest));
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    .join('\n');
}

describe('the request type in editor errors', () => {
  // one program for both cases (building it is the slow part)
  const text = diagnosticsOf(`
    import { buildBlueAlert } from '../../src/index.js';
    const issuer = { name: 'CBI', sender: 'cbi@co', timeZone: 'America/Denver' };
    buildBlueAlert({ event: 'officer-killed', issuer, requestingAgency: { name: 'Denver PD' }, area: { same: ['008031'] }, durationHour: 2 });
    buildBlueAlert({ event: 'officer-kiled', issuer, requestingAgency: { name: 'Denver PD' }, area: { same: ['008031'] } });
  `);

  it('a typo in an inline request fails under --strict and the error names BlueAlertRequestInput', () => {
    expect(text).toContain("'durationHour' does not exist in type 'BlueAlertRequestInput'");
    expect(text).not.toMatch(/\$Zod|ZodMini/);
  });

  it('a wrong event lists the five events and suggests the right one, not a zod type', () => {
    expect(text).toContain(`Did you mean '"officer-killed"'?`);
    expect(text).toContain('"officer-missing"');
  });
});
