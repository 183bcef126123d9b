/**
 * The corpus: realistic free-text snippets (incident narratives, locations, cancel reasons) written for this
 * library, each with the exact text the public must see (or "refused" for a cancel reason that names the
 * officer). Officers: Daniel Okafor 4471, Maria de la Cruz 802, Henry Ford 1903, Tuan Do 55, Maria Young 7781,
 * Aurora Hill 3301. The data lives in corpus/corpus.json; `GEN_CORPUS=1` rewrites it from corpus/snippets.txt
 * with the current output, to be read line by line before it is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redactForPublic } from '../../src/redaction/redact.js';
import { lifecycleTextIssues } from '../../src/privacy/lifecycle-check.js';
import { parseRequest } from '../../src/request/parse.js';
import { requestWith } from './support.js';

interface Entry {
  readonly kind: 'summary' | 'location' | 'cancel';
  readonly officer: { readonly name: string; readonly badge: string; readonly rank: string };
  readonly text: string;
  readonly public: string;
}

const DIR = new URL('./corpus/', import.meta.url);

function publicText(kind: Entry['kind'], officer: Entry['officer'], text: string): string {
  const o = { name: officer.name, badge: officer.badge, rank: officer.rank };
  if (kind === 'cancel') {
    const p = parseRequest(requestWith({ officer: o }));
    if (!p.success) throw new Error('bad request');
    return lifecycleTextIssues(text, 'options.reason', [p.data]).length > 0 ? 'refused' : text;
  }
  const req = kind === 'summary' ? requestWith({ officer: o, summary: text }) : requestWith({ officer: o, extra: { incident: { summary: 'x', location: text } } });
  const r = redactForPublic(req).request;
  return (kind === 'summary' ? r.incident.summary : r.incident.location) ?? '';
}

function fromSnippets(): Entry[] {
  const out: Entry[] = [];
  let officer: Entry['officer'] = { name: '', badge: '', rank: 'Officer' };
  for (const line of readFileSync(new URL('snippets.txt', DIR), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const head = /^# \w+: (.+?) \| (\S+)(?: \| (\S+))?$/.exec(line);
    if (head !== null) {
      officer = { name: head[1] ?? '', badge: head[2] ?? '', rank: head[3] ?? 'Officer' };
      continue;
    }
    const [kind, text] = line.split('|', 2) as [Entry['kind'], string];
    out.push({ kind, officer, text, public: publicText(kind, officer, text) });
  }
  return out;
}

if (process.env['GEN_CORPUS'] === '1') writeFileSync(new URL('corpus.json', DIR), `${JSON.stringify(fromSnippets(), null, 1)}\n`);

const corpus = JSON.parse(readFileSync(new URL('corpus.json', DIR), 'utf8')) as Entry[];

describe('corpus of realistic snippets', () => {
  it('has at least 200 entries of every kind', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(new Set(corpus.map((e) => e.kind))).toEqual(new Set(['summary', 'location', 'cancel']));
  });
  it.each(corpus.map((e) => [e.kind, e.officer.name, e.text, e.public] as const))('%s (%s): %j -> %j', (kind, _name, text, expected) => {
    const entry = corpus.find((e) => e.text === text && e.kind === kind) as Entry;
    expect(publicText(kind, entry.officer, text)).toBe(expected);
  });
});
