// Re-attack 22 (2026-12-03), helper r1: the officer's relatives named before the words that say who they are.
// F1 copulas and lists ("A and B are his children", "A, B: his children", "both his children", "have lost their
// father", "son sus hijos", "sus dos hijos", "perdieron a su padre", "A & B", "A, B"), plural words for relatives
// ("twins", "nieces") and all caps; F2 a lone given name with words before "said her husband" ("Grace later said",
// "Grace, who said", "Grace told KUSA"); F3 all caps "GRACE SAID HER HUSBAND LOVED THE JOB"; F19 the suspect's own
// given name before "lost his father" stays. Each request under requests/redteam22 published the identity before
// its fix; innocent text stays as written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';

type Req = Record<string, any>;
type Case = { request: Req; options: Record<string, unknown> };
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam22/${name}.json`, import.meta.url), 'utf8')) as Case;

/** The build of a case, with its summary replaced when given. */
function built(name: string, summary?: string) {
  const c = load(name);
  if (summary !== undefined) c.request.incident.summary = summary;
  const res = safeBuildBlueAlert(c.request as never, c.options as never);
  if (!res.success) throw new Error(`${name}: refused ${JSON.stringify(res.issues).slice(0, 300)}`);
  return res.data;
}
/** The English description's own sentences (before the "Place:" the library adds). */
function said(name: string, summary?: string): string {
  const d = built(name, summary).text.description;
  return d.slice(0, d.indexOf(' Place:'));
}
/** Everything published: the XML and every text. */
function published(name: string, summary?: string): string {
  const m = built(name, summary);
  return `${m.xml}\n${JSON.stringify(m.text)}`;
}
const absent = (out: string, names: readonly string[], why: string): void => {
  for (const n of names) expect(out, why).not.toMatch(new RegExp(`\\b${n}\\b`, 'iu'));
};

const K = 'An officer was shot and killed.';
const W = '[name withheld]';

describe('re-attack 22 F1: relatives listed before the word for a relative, in more forms', () => {
  it.each([
    ['F1a', `${K} ${W}, 7, ${W}, 4, and ${W}, 2, are his children.`, ['Ada', 'Obi', 'Ike']],
    ['F1b', `${K} His children are ${W} and ${W}.`, ['Ada', 'Obi']],
    ['F1c', `${K} ${W} and ${W} have lost their father.`, ['Ada', 'Obi']],
    ['F1f', `${K} ${W} & ${W} lost their father.`, ['Ada', 'Obi']],
    ['F1g', `${K} ${W} AND ${W} LOST THEIR FATHER.`, ['Ada', 'Obi']],
    ['F1h', `${K} His twins, ${W} and ${W}, were home.`, ['Ada', 'Obi']],
  ])('%s', (name, text, names) => {
    expect(said(name)).toBe(text);
    absent(published(name), names, name);
  });

  it.each([
    ['F1d', ['Ada', 'Obi']],
    ['F1e', ['Ana', 'Luis']],
  ])('%s (Spanish)', (name, names) => {
    absent(published(name), names, name);
  });

  const PAIRS = [
    ['Ada', 'Obi'],
    ['Maria', 'Jose'],
    ['Emeka', 'Chidi'],
    ['Tom', 'Lily'],
    ['Nora', 'Finn'],
  ] as const;
  it.each(PAIRS)('every form with %s and %s', (a, b) => {
    for (const r of ['children', 'kids', 'sons', 'daughters', 'twins', 'nieces', 'nephews', 'grandchildren', 'stepchildren', 'cousins']) {
      for (const s of [
        `${a}, ${b}: his ${r}.`,
        `${a} and ${b} are his ${r}.`,
        `${a} and ${b} were his ${r}.`,
        `${a} and ${b}, both his ${r}, were home.`,
        `His ${r} are ${a} and ${b}.`,
        `His ${r}, ${a} and ${b}, were home.`,
        `${a} and ${b}, the officer's ${r}, were home.`,
        `${a} & ${b}, his ${r}, were home.`,
        `${a}, ${b}, his ${r}, were home.`,
      ]) absent(published('F1a', `Officer Daniel Okafor was shot and killed. ${s}`), [a, b], s);
    }
    for (const r of ['hijos', 'hijas', 'nietos', 'sobrinos', 'primos']) {
      for (const s of [`${a} y ${b} son sus ${r}.`, `Sus ${r} son ${a} y ${b}.`, `${a} y ${b}, sus dos ${r}, estaban en casa.`, `${a} y ${b}, ambos sus ${r}, estaban en casa.`]) {
        absent(published('F1a', `El agente Daniel Okafor murió. ${s}`), [a, b], s);
      }
    }
    for (const s of [
      `${a} and ${b} have lost their father.`,
      `${a} and ${b}, who lost their father, are 7 and 4.`,
      `${a} & ${b} lost their father.`,
      `${a}, ${b} lost their father.`,
      `${a} y ${b} perdieron a su padre.`,
      `${a} y ${b} perdieron a su papá.`,
      `${a.toUpperCase()} AND ${b.toUpperCase()} LOST THEIR FATHER.`,
      `${a.toUpperCase()} AND ${b.toUpperCase()} ARE HIS KIDS.`,
    ]) absent(published('F1a', `Officer Daniel Okafor was shot and killed. ${s}`), [a, b], s);
  });

  it('innocent text and a suspect\'s relatives stay as written', () => {
    for (const s of [
      'Hale fled with Ada and Obi, his children.',
      'Yesterday, neighbors said they heard shots.',
      'Residents of Aurora and Denver, his neighbors, helped.',
      'Police and firefighters are his colleagues.',
      'The suspect drove a Ford and a Chevy, his cars.',
      'THE SUSPECT FLED WITH HIS SON.',
      'SHOTS FIRED NEAR THE PARK. AVOID THE AREA.',
      'Sadly, officers said they lost a friend.',
      'Las papas y los tacos son sus favoritos.',
    ]) expect(said('F1a', `An officer was shot and killed. ${s}`), s).toBe(`${K} ${s}`);
  });
});

describe('re-attack 22 F2: a lone given name with words before "said her husband"', () => {
  it.each([
    ['F2a', `${K} ${W} later said her husband loved the job.`],
    ['F2b', `${K} ${W}, who said her husband loved the job, spoke.`],
    ['F2c', `${K} ${W} told KUSA her husband loved the job.`],
  ])('%s', (name, text) => {
    expect(said(name)).toBe(text);
    absent(published(name), ['Grace'], name);
  });

  it.each(['Grace', 'Lucia', 'Ngozi', 'Hannah', 'Keisha'])('every form with %s', (n) => {
    for (const s of [
      `${n} later said her husband loved the job.`,
      `${n} tearfully said her husband loved the job.`,
      `${n} also told reporters that her husband was a hero.`,
      `${n}, who said her husband loved the job, spoke.`,
      `${n} told KUSA her husband loved the job.`,
      `${n} told 9News her husband loved the job.`,
      `${n} told Denver7 reporters her husband loved the job.`,
      `${n} quietly told reporters her husband was a hero.`,
      `${n}, quien dijo que su esposo era un héroe, habló.`,
    ]) absent(published('F2a', `Officer Daniel Okafor was shot and killed. ${s}`), [n], s);
  });

  it('pronouns, agencies and groups before "later said" stay as written', () => {
    for (const s of ['She later said her husband loved the job.', 'Police later said her husband was found.', 'Witnesses, who said her husband ran, spoke.', 'Neighbors also told reporters that his wife was kind.']) {
      expect(said('F2a', `An officer was shot and killed. ${s}`), s).toBe(`${K} ${s}`);
    }
  });
});

describe('re-attack 22 F3: all caps "GRACE SAID HER HUSBAND …"', () => {
  it('F3: the name withheld, the words after "her husband" kept', () => {
    expect(said('F3')).toBe(`${K} ${W} SAID HER HUSBAND LOVED THE JOB.`);
    absent(published('F3'), ['Grace'], 'F3');
  });
  it.each(['GRACE', 'LUCIA', 'NGOZI'])('%s in other all-caps sentences', (n) => {
    for (const [s, out] of [
      [`${n} SAID HER HUSBAND LOVED THE JOB.`, `${W} SAID HER HUSBAND LOVED THE JOB.`],
      [`${n} SAID HER HUSBAND WAS BRAVE.`, `${W} SAID HER HUSBAND WAS BRAVE.`],
      [`HIS WIFE ${n} WAS NOT HURT.`, `HIS WIFE ${W} WAS NOT HURT.`],
      [`${n}, HIS WIFE, SPOKE.`, `${W}, HIS WIFE, SPOKE.`],
    ] as const) {
      expect(said('F3', `An officer was shot and killed. ${s}`), s).toBe(`${K} ${out}`);
      absent(published('F3', `An officer was shot and killed. ${s}`), [n], s);
    }
  });
  it('an all-caps sentence with no name stays as written', () => {
    for (const s of ['HIS WIFE WAS NOTIFIED.', 'HIS FAMILY IS SAFE.', 'SHE SAID HER HUSBAND LOVED THE JOB.', 'EL SOSPECHOSO HUYO CON SU HIJO.']) {
      expect(said('F3', `An officer was shot and killed. ${s}`), s).toBe(`${K} ${s}`);
    }
  });
});

describe('re-attack 22 F19: the suspect\'s own given name before "lost his father"', () => {
  it('F19', () => {
    expect(said('F19')).toBe('Marcus and Tom, his brothers, are wanted. Marcus lost his father.');
  });
});

describe('re-attack 22 F18: two relatives sharing the released surname keep the "and" between them', () => {
  const desc = (summaryTail?: string): string => {
    const c = load('F18');
    if (summaryTail !== undefined) c.request.incident.summary = c.request.incident.summary.replace(/ Carlos Vega and .*$/u, ` ${summaryTail}`);
    const res = safeBuildBlueAlert(c.request as never, c.options as never);
    if (!res.success) throw new Error('refused');
    return `${res.data.xml}\n${JSON.stringify(res.data.text)}`;
  };
  it('F18', () => {
    const out = desc();
    expect(out).toContain(`${W} and ${W}, her children, are safe.`);
    absent(out, ['Carlos', 'Lucia'], 'F18');
  });
  it.each([
    ['Pedro Vega and Rosa Vega, her children, are safe.', `${W} and ${W}, her children, are safe.`],
    ['Pedro Vega y Rosa Vega, sus hijos, están a salvo.', `${W} y ${W}, sus hijos, están a salvo.`],
    ['Grace and Michael Vega asked for privacy.', `${W} asked for privacy.`],
  ])('%s', (s, expected) => {
    const out = desc(s);
    expect(out).toContain(expected);
    absent(out, ['Pedro', 'Rosa', 'Grace', 'Michael'], s);
  });
});
