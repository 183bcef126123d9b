/**
 * Writes docs/api.md: every name each entry point exports, its kind, the first sentence of its TSDoc (whole), and
 * below the table each name's signature and whole description, read with the TypeScript compiler (npm run gen:docs). A test fails when the page is stale or a name lacks TSDoc or an
 * `@example`.
 */
import { writeFileSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('../', import.meta.url).pathname;

/** The entry points and their source. */
export const ENTRIES = [
  { name: 'blue-alert-cap', file: 'src/index.ts' },
  { name: 'blue-alert-cap/counties', file: 'src/counties/index.ts' },
  { name: 'blue-alert-cap/sign', file: 'src/sign/index.ts' },
  { name: 'blue-alert-cap/preview', file: 'src/preview/index.ts' },
  { name: 'blue-alert-cap/preview/outlines', file: 'src/preview/outlines.ts' },
] as const;

/** One exported name and what its TSDoc says. */
export interface ApiEntry {
  readonly entry: string;
  readonly name: string;
  readonly kind: string;
  /** The first sentence, whole. */
  readonly summary: string;
  /** The whole description (every paragraph, list items kept), without the tags. */
  readonly description: string;
  /** The signature(s) of a function, the type of a const, the constructor of a class; '' for types. */
  readonly signature: string;
  readonly hasExample: boolean;
}

function kindOf(decl: ts.Declaration | undefined): string {
  if (decl === undefined) return '';
  if (ts.isFunctionDeclaration(decl)) return 'function';
  if (ts.isClassDeclaration(decl)) return 'class';
  if (ts.isInterfaceDeclaration(decl)) return 'interface';
  if (ts.isTypeAliasDeclaration(decl)) return 'type';
  if (ts.isVariableDeclaration(decl)) return 'const';
  return ts.SyntaxKind[decl.kind];
}

/** Abbreviations a sentence does not end at. */
const NOT_AN_END = /(?:\be\.g|\bi\.e|\betc|\bvs|\bcf|\bNo|\bSt|\bDr|\bSgt|\bLt|\bU\.S|\b[A-Z])\.$/;

/**
 * The first sentence of a description: up to the first full stop that ends a sentence (followed by a space and a
 * capital, a backtick, a quote, a bracket or the end), not one inside "e.g.", a version number or code.
 */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let inCode = false;
  for (let i = 0; i < flat.length; i++) {
    const ch = flat[i];
    if (ch === '`') inCode = !inCode;
    if (inCode || (ch !== '.' && ch !== ':' )) continue;
    if (ch === ':' ) {
      // a colon that opens a list ends the summary
      if (/^: -/.test(flat.slice(i, i + 3))) return flat.slice(0, i + 1);
      continue;
    }
    const next = flat.slice(i + 1, i + 3);
    if (i + 1 === flat.length) return flat;
    if (!/^ [A-Z`"'(\[*_]/.test(next)) continue;
    if (NOT_AN_END.test(flat.slice(Math.max(0, i - 4), i + 1))) continue;
    return flat.slice(0, i + 1);
  }
  return flat;
}

function signatureOf(checker: ts.TypeChecker, symbol: ts.Symbol, decl: ts.Declaration | undefined, name: string): string {
  if (decl === undefined) return '';
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.WriteArrowStyleSignature | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;
  if (ts.isFunctionDeclaration(decl)) {
    const type = checker.getTypeOfSymbolAtLocation(symbol, decl);
    return type
      .getCallSignatures()
      .map((sig) => `function ${name}${checker.signatureToString(sig, decl, flags & ~ts.TypeFormatFlags.WriteArrowStyleSignature)}`)
      .join('\n');
  }
  if (ts.isVariableDeclaration(decl)) {
    const type = checker.getTypeOfSymbolAtLocation(symbol, decl);
    const text = checker.typeToString(type, decl, flags);
    // a zod schema's type runs to thousands of characters: name its kind, the TSDoc says the rest
    return `const ${name}: ${text.length > 200 ? `${text.slice(0, text.indexOf('<') + 1)}…>` : text}`;
  }
  if (ts.isClassDeclaration(decl)) {
    const type = checker.getTypeOfSymbolAtLocation(symbol, decl);
    return type
      .getConstructSignatures()
      .map((sig) => `new ${name}${checker.signatureToString(sig, decl, flags & ~ts.TypeFormatFlags.WriteArrowStyleSignature).replace(/: [^:]+$/, '')}`)
      .join('\n');
  }
  return '';
}

/** Reads every export of every entry. */
export function apiEntries(): ApiEntry[] {
  const program = ts.createProgram(
    ENTRIES.map((e) => `${root}${e.file}`),
    { strict: true, exactOptionalPropertyTypes: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, skipLibCheck: true, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const out: ApiEntry[] = [];
  for (const e of ENTRIES) {
    const source = program.getSourceFile(`${root}${e.file}`);
    if (source === undefined) throw new Error(`cannot read ${e.file}`);
    const module = checker.getSymbolAtLocation(source);
    if (module === undefined) continue;
    for (const sym of checker.getExportsOfModule(module)) {
      const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
      const decl = target.declarations?.[0];
      const description = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
      const summary = firstSentence(description);
      const hasExample = target.getJsDocTags(checker).some((t) => t.name === 'example');
      out.push({ entry: e.name, name: sym.name, kind: kindOf(decl), summary, description, signature: signatureOf(checker, target, decl, sym.name), hasExample });
    }
  }
  return out;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');
const anchor = (entry: string, name: string): string => `${entry}-${name}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');

/** The page: per entry point, a table of every name with its first sentence, then each name's signature and whole description. */
export function apiPage(): string {
  const entries = apiEntries();
  const lines = [
    '# API: every exported name',
    '',
    '<!-- Generated by scripts/gen-api-docs.ts from the TSDoc of each entry point: do not edit by hand. -->',
    '',
    'Named exports only. Each name has TSDoc with an `@example` in the source (and in the `.d.ts` files your editor shows).',
    'The table gives the first sentence; below it, each function\'s signature and the whole description.',
    '',
  ];
  for (const e of ENTRIES) {
    const mine = entries.filter((x) => x.entry === e.name).sort((x, y) => x.name.localeCompare(y.name));
    lines.push(`## \`${e.name}\``, '', '| name | kind | what it is |', '|---|---|---|');
    for (const a of mine) lines.push(`| [\`${a.name}\`](#${anchor(e.name, a.name)}) | ${a.kind} | ${cell(a.summary)} |`);
    lines.push('');
    for (const a of mine) {
      lines.push(`<a id="${anchor(e.name, a.name)}"></a>`, '', `### \`${a.name}\` (${a.kind})`, '');
      if (a.signature !== '') lines.push('```ts', a.signature, '```', '');
      if (a.description !== '') lines.push(a.description, '');
    }
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

if (process.argv[1]?.endsWith('gen-api-docs.ts')) {
  writeFileSync(`${root}docs/api.md`, apiPage());
  process.stdout.write('wrote docs/api.md\n');
}
