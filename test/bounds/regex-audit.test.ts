/**
 * Every regular expression in src/ that may see user input finishes in linear time on adversarial strings (long
 * runs of each character class, 100 KB): found by parsing the sources for regex literals, run in a worker that is
 * ended when one hangs. `new RegExp` sites are listed and must be reviewed (the set below).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.js';

interface Found {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith('.ts') && !p.includes(`${join('area', 'data')}`) && !p.includes(join('counties', 'data'))) out.push(p);
  }
  return out;
}

function findRegexes(): { literals: Found[]; constructed: string[] } {
  const literals: Found[] = [];
  const constructed: string[] = [];
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const rel = relative(ROOT, file);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const end = lit.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        literals.push({ where: `${rel}:${line}`, source: lit.slice(1, end), flags: lit.slice(end + 1) });
      }
      if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp') constructed.push(rel);
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, constructed };
}

/** Runs the regexes in a worker; a regex that takes longer than `hangMs` on one input is reported as hanging. */
async function audit(regexes: readonly Found[], size: number, hangMs: number): Promise<Map<number, number>> {
  const worst = new Map<number, number>();
  let next = 0;
  while (next < regexes.length) {
    const batch = regexes.slice(next);
    const offset = next;
    await new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./regex-worker.mjs', import.meta.url), { workerData: { regexes: batch.map(({ source, flags }) => ({ source, flags })), size } });
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          worst.set(next, Number.POSITIVE_INFINITY);
          next++;
          void worker.terminate().then(() => resolve());
        }, hangMs * 10);
      };
      arm();
      worker.on('message', (m: { i?: number; worst?: number; done?: boolean }) => {
        if (m.done === true) {
          if (timer !== undefined) clearTimeout(timer);
          next = regexes.length;
          void worker.terminate().then(() => resolve());
          return;
        }
        worst.set(offset + (m.i ?? 0), m.worst ?? 0);
        next = offset + (m.i ?? 0) + 1;
        arm();
      });
      worker.on('error', (e) => {
        if (timer !== undefined) clearTimeout(timer);
        reject(e);
      });
    });
  }
  return worst;
}

/**
 * Regexes in other engineers' areas found quadratic by this audit (a run of the repeated class then a character
 * that fails the match: V8 retries from every start). Reported to the lead for their owners; they are not run
 * here so this branch stays green. Remove each line when its owner's fix is merged. Key: `file /source/flags`.
 */
// The quadratic regexes once listed here were rewritten as linear scans (matcher.ts wordBefore, sentenceInitial,
// trimEndChars; names.ts; facts.ts trimTrailing; fit.ts trimDangling; words.ts firstItems; es-values.ts
// splitTrimmed; place.ts; request/parse.ts; the redaction matcher's address/link pattern, now redaction/address.ts)
// or no longer exist. None is left.
const KNOWN_ELSEWHERE: readonly string[] = [];
const key = (r: Found) => `${r.where.replace(/:\d+$/, '')} /${r.source}/${r.flags}`;

describe('regular expressions on adversarial input', () => {
  const { literals, constructed } = findRegexes();

  it('finds the regexes in src/, and every known slow one still exists (else remove it from the list)', () => {
    expect(literals.length).toBeGreaterThan(100);
    const keys = new Set(literals.map(key));
    expect(KNOWN_ELSEWHERE.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('new RegExp is built only in the reviewed places (alternations of escaped words, and number patterns)', () => {
    // reviewed: escaped words or characters joined by single optional separators (guard.ts idRegex, readings.ts
    // badgePattern, lifecycle-check.ts TITLE, titled.ts titles and name run), a character class (normalize.ts), number patterns (validate/)
    expect([...new Set(constructed)].sort()).toEqual([
      'src/privacy/guard.ts',
      'src/privacy/lifecycle-check.ts',
      'src/privacy/normalize.ts',
      'src/redaction/phrases.ts',
      'src/redaction/readings.ts',
      'src/redaction/titled.ts',
      'src/text/words.ts',
      'src/validate/channels.ts',
      'src/validate/polygon.ts',
    ]);
  });

  it('every regex literal finishes on 100 KB runs of each character class (no nested or overlapping quantifiers)', { timeout: 600_000 }, async () => {
    const perInputMs = 200 * Number(process.env['REGEX_AUDIT_SLACK'] ?? 5); // generous: the machine may be loaded
    const audited = literals.filter((r) => !KNOWN_ELSEWHERE.includes(key(r)));
    const worst = await audit(audited, 100_000, perInputMs);
    const slow = audited
      .map((r, i) => ({ ...r, ms: worst.get(i) ?? Number.POSITIVE_INFINITY }))
      .filter((r) => r.ms > perInputMs)
      .map((r) => `${r.where} /${r.source}/${r.flags}: ${Number.isFinite(r.ms) ? `${Math.round(r.ms)} ms` : 'did not finish'}`);
    expect(slow).toEqual([]);
  });
});
