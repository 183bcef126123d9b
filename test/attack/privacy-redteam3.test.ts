// Leaks a third black-box red team found (2026-12-02), kept as tests: each case was published before its fix.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { buildBlueAlert, cancelBlueAlert, safeBuildBlueAlert } from '../../src/index.js';
import { redactTitledNames } from '../../src/redaction/titled.js';

const NOW = '2026-11-22T21:30:00Z';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Req = any;
const base = (): Req => JSON.parse(readFileSync(new URL('../../examples/request.json', import.meta.url), 'utf8'));
const withSummary = (summary: string, officer?: Record<string, unknown>): Req => {
  const r = base();
  r.incident.summary = summary;
  if (officer !== undefined) r.officer = officer;
  return r;
};
const description = (r: Req): string => buildBlueAlert(r, { now: NOW }).text.description;
const everything = (r: Req): string => JSON.stringify(safeBuildBlueAlert(r, { now: NOW }));
const code = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe('red team 3: everyday short forms of the given name', () => {
  it('"Dan", "Danny" for Daniel; "Bill", "Billy" for William; "Bob" for Robert; "Pepe" for José; "Pete" for Pieter', () => {
    expect(description(withSummary('Dan was shot.'))).toMatch(/^An officer was shot\./);
    expect(description(withSummary('Danny was shot near the bank.'))).not.toContain('Danny');
    for (const [name, text, word] of [
      ['William Robert Smith', 'Billy was shot.', 'Billy'],
      ['William Robert Smith', 'Bill Smith was shot.', 'Bill'],
      ['Robert Jones', 'Bob was shot.', 'Bob'],
      ['José García López', 'Pepe was shot.', 'Pepe'],
      ['Pieter Van Der Berg', 'Pete was shot.', 'Pete'],
      ['Elizabeth Jones', 'Officer Liz was shot.', 'Liz'],
    ] as const) {
      expect(everything(withSummary(text, { name: name, badge: '4471' }))).not.toContain(word);
    }
  });
  it('a short form that is an everyday word stays where it is written in lower case ("will", "rob")', () => {
    const d = description(withSummary('Bob was shot. Will the suspect surrender? He tried to rob a store and will flee.', { name: 'William Robert Jones', badge: '4471' }));
    expect(d).toContain('Will the suspect surrender?');
    expect(d).toContain('tried to rob a store and will flee');
  });
  it('a nickname of several words in quotes inside the name is one mention', () => {
    expect(description(withSummary('Officer Daniel "Danny Boy" Okafor was shot.'))).toMatch(/^An officer was shot\./);
  });
});

describe('red team 3: a police title before a name that is not the officer\'s as the request writes it', () => {
  it('another spelling, another given name, a middle name: withheld whole', () => {
    for (const s of ['Officer Okafur was shot.', 'Officer Chidi Okafor was shot.', 'Officer Daniel Chukwuemeka Okafor was shot.', 'Officer D. Chukwuemeka Okafor was shot.']) {
      expect(description(withSummary(s))).toMatch(/^An officer was shot\./);
    }
  });
  it('a badge-only, placeholder or partial name on file: "Officer Okafor" is withheld', () => {
    for (const officer of [{ badge: '4471' }, { name: 'Unknown' }, { name: 'Daniel' }, { name: 'Okafor' }]) {
      const out = everything(withSummary('Officer Daniel Okafor was shot and killed.', officer));
      expect(out).not.toMatch(/Okafor|Daniel/);
    }
  });
  it('a second officer is not named either; the role stays ("a sergeant", "the sergeant\'s")', () => {
    expect(description(withSummary('Sgt. Maria Lopez and Officer Tom Reed were also wounded; Sgt. Lopez\'s car was hit.'))).toMatch(
      /^A sergeant and an officer were also wounded; the sergeant's car was hit\./,
    );
  });
  it('keeps alert wording, places, honorifics and a suspect stated in suspects[].name', () => {
    const d = description(withSummary('Officer Down. Deputy Sheriff Shot Near Denver. Captain Cook Highway closed. Dr. Smith treated the officer. Former Deputy Marcus Lee Hale fled.'));
    expect(d).toContain('Officer Down. Deputy Sheriff Shot Near Denver. Captain Cook Highway closed. Dr. Smith treated the officer. Former Deputy Marcus Lee Hale fled.');
  });
  it('in Spanish the article stays with the title: "el agente García" -> "el agente"', () => {
    expect(redactTitledNames('Testigos vieron al agente García herido.', 'es', [])).toBe('Testigos vieron al agente herido.');
    expect(redactTitledNames('El sargento Ruiz fue herido.', 'es', [])).toBe('El sargento fue herido.');
    expect(redactTitledNames('Sargento Ruiz fue herido.', 'es', [])).toBe('Un sargento fue herido.');
  });
  it('finishes in linear time on 200 KB of titles and capitalised words', () => {
    for (const unit of ['Officer Aaaa ', 'Officer ', 'Officer A-A-A-A ', 'Officer "', 'a Officer Bbbb\'s ']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const t0 = performance.now();
      redactTitledNames(text, 'en', []);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});

describe('red team 3: other fields and paths', () => {
  it('an issuer name that is only the badge is refused with a clear error, not a crash', () => {
    const r = base();
    r.issuer.name = '4471';
    const res = safeBuildBlueAlert(r, { now: NOW });
    expect(res.success).toBe(false);
    if (!res.success) {
      expect(res.issues[0]?.code).toBe('officer_identity_leak');
      expect(res.issues[0]?.path).toBe('issuer.name');
      expect(JSON.stringify(res)).not.toContain('4471');
    }
  });
  it('an incident identifier holding the name or badge is refused (it is published in <incidents>)', () => {
    for (const id of ['Daniel_Okafor', 'DanielOkafor', 'DPD-4471']) {
      const r = base();
      r.incidents = [id];
      const res = safeBuildBlueAlert(r, { now: NOW });
      expect(res.success).toBe(false);
      expect(JSON.stringify(res)).not.toMatch(/okafor|4471/i);
    }
    const ok = base();
    ok.incidents = ['CBI-2026-0042'];
    expect(buildBlueAlert(ok, { now: NOW }).xml).toContain('<incidents>CBI-2026-0042</incidents>');
  });
  it('a Cancel identifier holding the name is refused when the request is given', () => {
    const first = buildBlueAlert(base(), { now: NOW });
    expect(code(() => cancelBlueAlert(first, { reason: 'suspect-apprehended', identifier: 'DanielOkafor', request: base(), now: '2026-11-22T23:00:00Z' }))).toBe('officer_identity_leak');
    expect(cancelBlueAlert(first, { reason: 'suspect-apprehended', identifier: 'CBI-BA-2', request: base(), now: '2026-11-22T23:00:00Z' }).alert.identifier).toBe('CBI-BA-2');
  });
  it('a plate state holding the name or badge is removed', () => {
    for (const state of ['Daniel Okafor', 'badge 4471']) {
      const r = base();
      r.suspects[0].vehicle.plate.state = state;
      expect(everything(r)).not.toMatch(/Okafor|4471/);
    }
  });
  it('the badge after a title or the name in a vehicle, description or phone field is withheld', () => {
    for (const [path, value] of [
      ['suspects.0.description.hair', 'Officer 4471'],
      ['suspects.0.vehicle.type', 'Officer Okafor 4471'],
      ['suspects.0.vehicle.color', 'Okafor (4471)'],
      ['issuer.phone', 'Officer 4471'],
    ] as const) {
      const r = base();
      const keys = path.split('.');
      let o = r;
      for (const k of keys.slice(0, -1)) o = o[k];
      o[keys[keys.length - 1] as string] = value;
      expect(everything(r)).not.toMatch(/Okafor|4471/);
    }
    // a measurement with the badge's digits is still a measurement
    const r = base();
    r.officer.badge = '180';
    expect(description(r)).toContain('180 lb');
  });
});

describe('red team 3: a name part hyphen-joined to a lower-case word', () => {
  it('"Okafor-led", "pro-Okafor", "Daniel-era" withhold the name part; "Okafor-Smith" is another person', () => {
    expect(description(withSummary('The Okafor-led patrol was ambushed.'))).toMatch(/^The \[withheld\]-led patrol was ambushed\./);
    expect(description(withSummary('A pro-Okafor rally is planned.'))).toMatch(/^A pro-\[withheld\] rally is planned\./);
    expect(description(withSummary('In the Daniel\u2011era unit.'))).not.toContain('Daniel');
    expect(description(withSummary('Shots near the Okafor-Smith barbershop.'))).toContain('Okafor-Smith');
  });
  it('an everyday word written in lower case stays ("young-adult" for an officer Will Young)', () => {
    expect(description(withSummary('He carried a young-adult novel.', { name: 'Will Young', badge: '4471' }))).toContain('young-adult novel');
  });
  it('after a title, the officer\'s given name and a hyphenated surname holding the surname: "Officer Daniel Smith-Okafor"', () => {
    expect(description(withSummary('Officer Daniel Smith-Okafor was shot.'))).toMatch(/^An officer was shot\./);
  });
});

describe('red team 3: the redaction\'s own words in a Spanish text', () => {
  it('a location the redaction rewrote reads in Spanish ("cerca de un cabo", not "a corporal")', () => {
    const r = base();
    r.officer.rank = 'Cpl.';
    r.languages = ['en-US', 'es-US'];
    r.incident.location = 'near Cpl. Daniel Okafor';
    const es = buildBlueAlert(r, { now: NOW }).text.es;
    expect(es?.description).toContain('cerca de un cabo');
    expect(es?.description).not.toContain('a corporal');
    expect(JSON.stringify(es)).not.toContain('Okafor');
  });
});

describe('red team 4: a plate the redaction removed', () => {
  it('a suspect plate that holds the badge goes whole: no "plate undefined", the state alone is not published as a plate', () => {
    const r = base();
    r.suspects[0].vehicle.plate = { state: 'CO', number: 'ABC-4471' };
    const out = buildBlueAlert(r, { now: NOW });
    const all = JSON.stringify(out);
    expect(all).not.toContain('undefined');
    expect(all).not.toContain('4471');
    expect(out.text.wea90).not.toMatch(/plate/i);
    expect(out.text.headline).not.toMatch(/plate/i);
    expect(out.text.description).toContain('Ford');
    expect(out.redactions.some((x) => x.path === 'suspects[0].vehicle.plate.number')).toBe(true);
  });
});

describe('red team 4: a titled name written another way', () => {
  it('any space, an invisible character, a line break, a glued abbreviation or a quote between title and name', () => {
    for (const s of [
      'Officer\u00a0Okafur was shot.', 'Officer\u200bOkafur was shot.', 'Officer\u2060Okafur was shot.', 'Officer\nOkafur was shot.',
      'Sgt.Okafur was shot.', 'OfficerOkafur was shot.', 'Officer "Okafur" was shot.', 'Officer (Okafur) was shot.',
      'Officer: Okafur was shot.', 'Officer \u201cOkafur\u201d was shot.',
    ]) {
      const d = description(withSummary(s));
      expect(d, s).not.toMatch(/Okafur/);
      expect(d, s).toMatch(/^An? (officer|sergeant) was shot\./);
    }
  });
  it('titles the first list missed: P.O., Cadet, Major, Spanish Sgto. and Tte.', () => {
    for (const s of ['P.O. Okafur was shot.', 'Cadet Okafur was shot.', 'Major Okafur was shot.', 'El Sgto. Okafur fue herido.', 'La Tte. Okafur fue herida.']) {
      expect(description(withSummary(s)), s).not.toContain('Okafur');
    }
  });
  it('a titled name in a location or vehicle field, and a badge with leading zeros or a glued label', () => {
    const r = base();
    r.suspects[0].lastSeen.location = "near Officer Okafur's home on Elm St";
    r.suspects[0].vehicle.features = 'stolen from Sgt. Okafur';
    r.incident.summary = 'Officer with ID:4471 was shot. Badge 04471.';
    const all = everything(r);
    expect(all).not.toMatch(/Okafur|4471/);
  });
  it('keeps what only looks like a title and a name: vehicle models, P.O. Box, units, brands, a business, a suspect without the middle name', () => {
    const kept = 'Suspect drove a Ford Ranger XLT and a Jeep Commander Limited. Mail to P.O. Box 44. The Major Crimes Unit responds. He has an Agent Orange tattoo and a Captain America decal. Captain Jack\'s Bar was robbed. Former Deputy Marcus Hale fled.';
    expect(description(withSummary(kept))).toContain(kept);
  });
});

describe('red team 4 (helper, black box): titled names the first title rule missed', () => {
  const first = (s: string, officer?: Record<string, unknown>): string => description(withSummary(s, officer)).split('. Place:')[0] as string;
  it('the officer\'s given name before another surname is taken whole, not left as "An officer Okafur"', () => {
    for (const s of ['Officer Daniel Okafur was shot.', 'Officer Daniel J. Okafur was shot.', 'Officer Daniel "Danny" Okafur was shot.']) {
      expect(first(s), s).toBe('An officer was shot');
    }
    const es = base();
    es.languages = ['en-US', 'es-US'];
    es.incident.es = { summary: 'El agente Daniel Okafur recibió un disparo.' };
    expect(everything(es)).not.toContain('Okafur');
  });
  it('plural titles keep the title and lose the names', () => {
    expect(first('Officers Okafur and Lee were shot.')).toBe('Officers were shot');
    expect(first('Officers Okafur, Lee and Smith were shot.')).toBe('Officers were shot');
    expect(first('Sgts. Okafur and Lee were shot.')).toBe('Sgts. were shot');
  });
  it('separators, brackets, control and blank characters, look-alike and full-width titles', () => {
    for (const s of [
      'The officer, Okafur, was shot.', 'Officer - Okafur was shot.', 'Officer\u2014Okafur was shot.', 'Officer/Okafur was shot.',
      'Officer_Okafur was shot.', 'Officer, Okafur, was shot.', 'Officer \u00abOkafur\u00bb was shot.', 'Officer \u201eOkafur\u201c was shot.',
      'Officer {Okafur} was shot.', 'Officer <Okafur> was shot.', 'Officer\u0085Okafur was shot.', 'Officer\u2800Okafur was shot.',
      '\uff2f\uff46\uff46\uff49\uff43\uff45\uff52 Okafur was shot.', '\u041efficer Okafur was shot.', 'O\u0301fficer Okafur was shot.',
      'Of\ufb01cer Okafur was shot.', 'Officer O k a f u r was shot.', 'Officer O.K.A.F.U.R. was shot.', 'OFFICER Okafur was shot.',
      'Cop Okafur was shot.', 'Rookie Okafur was shot.',
    ]) {
      expect(everything(withSummary(s)), s).not.toMatch(/Okafur|k a f u r|K\.A\.F/);
    }
  });
  it('Spanish titles the first list missed', () => {
    for (const s of ['El alguacil Okafur recibió un disparo.', 'El patrullero Okafur recibió un disparo.', 'El comisario Okafur recibió un disparo.', 'La sargenta Okafur recibió un disparo.', 'El oficial de policía Okafur recibió un disparo.', 'Los agentes Okafur y Lee recibieron disparos.']) {
      const r = base();
      r.languages = ['en-US', 'es-US'];
      r.incident.es = { summary: s };
      expect(everything(r), s).not.toContain('Okafur');
    }
  });
  it('reads well: a rank word before the title stays with it, a suffix period and quotes go with the name', () => {
    expect(first('K-9 Officer Okafur was shot.')).toBe('K-9 Officer was shot');
    expect(first('Reserve Officer Okafur was shot.')).toBe('Reserve Officer was shot');
    expect(first('Officer Okafur Jr. was shot.')).toBe('An officer was shot');
    expect(first("Officer 'Okafur' was shot.")).toBe('An officer was shot');
    expect(first('Officer D.O. was shot.')).toBe('An officer was shot');
  });
  it('keeps places and brands named after a rank', () => {
    const kept = 'He wore a Major League Baseball cap and a Detective Comics shirt. Lieutenant Governor Smith spoke. Sergeant Pepper\'s Lonely Hearts Club Band shirt.';
    expect(description(withSummary(kept))).toContain(kept);
    const r = base();
    r.languages = ['en-US', 'es-US'];
    r.incident.es = { summary: 'Se vio en la calle Capitán Pérez y en la plaza Teniente Cruz.' };
    expect(everything(r)).toContain('calle Capitán Pérez y en la plaza Teniente Cruz');
  });
});

describe('red team 5 (helper, black box): nicknames in brackets, glued badges, rank words, places named after a rank', () => {
  const first = (s: string): string => description(withSummary(s)).split('. Place:')[0] as string;
  it('withholds a nickname in quotes or brackets inside the name, a badge glued to the name, new titles', () => {
    for (const s of [
      'Officer Daniel (Danny) Okafur was shot.', "Officer Daniel 'Danny' Okafur was shot.", 'Officer Daniel [Danny] Okafur was shot.',
      'Officer Okafur4471 was shot.', 'Officer Okafur-4471 was shot.', 'Policeman Okafur was shot.', 'Superintendent Okafur was shot.',
      'Commissioner Okafur was shot.', 'Jailer Okafur was shot.',
    ]) {
      expect(everything(withSummary(s)), s).not.toMatch(/Okafur|4471/);
    }
  });
  it('keeps the rank as written when a word of it comes before the title', () => {
    expect(first('Acting Sergeant Okafur was shot.')).toBe('Acting Sergeant was shot');
    expect(first("Sheriff's Deputy Okafur was shot.")).toBe("Sheriff's Deputy was shot");
    expect(first('Denver Police Officer Okafur was shot.')).toBe('Denver Police Officer was shot');
    expect(first('Det. Sgt. Okafur was shot.')).toBe('Det. Sgt. was shot');
    expect(first('The injured officer: Okafur.')).toBe('The injured officer');
    expect(first("Officers Okafur and Reyes's cars were hit.")).toBe("Officers' cars were hit");
  });
  it('keeps days, businesses and places named after a rank', () => {
    const kept = "The officer Tuesday night was shot. Detective Work is ongoing. He fled past Marshal Field's department store to Sergeant Bluff, Iowa, and the Officers Club.";
    expect(description(withSummary(kept))).toContain(kept);
  });
});
