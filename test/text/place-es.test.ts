/**
 * English locations in Spanish (src/text/place-es.ts): whole words only, road and place nouns translated, names
 * kept, and never a half-translated place ("en I-19 en dirección sur lanes cerca de Ajo Way en-ramp" was the bug).
 * Property runs: FC_NUM_RUNS (default 200), seed FC_SEED (42).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildBlueAlert } from '../../src/index.js';
import { locationEs } from '../../src/text/place.js';
import { placeTerms } from '../../src/text/place-terms.js';
import { isGsm7 } from '../../src/text/gsm.js';
import { ROOT } from '../support/fixtures.js';

const runs = { numRuns: Number(process.env['FC_NUM_RUNS'] ?? 200), seed: Number(process.env['FC_SEED'] ?? 42) };

/** English words a Spanish reader must never meet outside a name (checked in lower case, hyphen parts too). */
const ENGLISH = new Set(
  (
    'an the at on in of to by and or from near nearby toward towards into onto off past after before behind between ' +
    'across front next beside inside outside under over along via through around about just then possibly ' +
    'north south east west northeast northwest southeast southwest northbound southbound eastbound westbound bound ' +
    'heading headed traveling travelling driving going moving fleeing last seen known location ' +
    'lanes lane ramp on-ramp off-ramp exit mile miles marker milepost overpass underpass bridge interchange ' +
    'intersection junction parking lot garage gas station rest area stop truck shoulder median frontage service ' +
    'access road highway freeway street avenue block blocks corner side end vicinity downtown metro border store ' +
    'convenience mall center house home school church park courthouse entrance'
  ).split(' '),
);

/** The lower-case English words of a Spanish text (hyphen-joined parts checked one by one: "en-ramp" has "ramp"). */
function englishIn(text: string): string[] {
  // the sender's name is a name ("Colorado Bureau of Investigation")
  return text
    .replace(/Colorado Bureau of Investigation/g, '')
    .split(/[^\p{L}'-]+/u)
    .flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]))
    .filter((w) => /^\p{Ll}/u.test(w) && ENGLISH.has(w));
}

describe('the example from the bug report', () => {
  it('reads as a native speaker writes it', () => {
    expect(locationEs('I-19 southbound lanes near the Ajo Way on-ramp')).toBe(
      'los carriles en dirección sur de la I-19 cerca de la rampa de entrada de Ajo Way',
    );
  });

  it('reaches every Spanish text, accents stripped for GSM-7 in the phone texts', () => {
    const r = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'officer-killed-denver', 'request.json'), 'utf8'));
    r.languages = ['en-US', 'es-US'];
    r.suspects[0].lastSeen.location = 'I-19 southbound lanes near the Ajo Way on-ramp';
    const es = buildBlueAlert(r, { now: '2026-11-22T14:30:00-07:00', identifier: 'T-1' }).text.es!;
    expect(es.description).toContain('por última vez a las 2:12 p. m. MST en los carriles en dirección sur de la I-19 cerca de la rampa de entrada de Ajo Way');
    expect(es.wea360).toContain('en los carriles en direccion sur de la I-19 cerca de la rampa de entrada de Ajo Way');
    expect(isGsm7(es.wea360, { extension: false })).toBe(true);
    for (const t of [es.description, es.wea360, es.wea90, es.eas]) {
      expect(t).not.toMatch(/en-ramp|\blanes\b|\bon-ramp\b/);
      expect(englishIn(t.replace(/\(en inglés: [^)]*\)/g, ''))).toEqual([]);
    }
  });
});

/** [English location, names that must stay as written, the exact Spanish when one is pinned]. */
const TABLE: readonly (readonly [string, readonly string[], string?])[] = [
  ['I-10 westbound at mile marker 45', ['I-10'], 'I-10 en dirección oeste en la milla 45'],
  ['I-75 northbound at exit 354, Ocala', ['I-75', 'Ocala'], 'I-75 en dirección norte en la salida 354, Ocala'],
  ['the 1200 block of Main St', ['Main St'], 'la cuadra 1200 de Main St'],
  ['the 400 block of W Congress St, Tucson', ['W Congress St', 'Tucson'], 'la cuadra 400 de W Congress St, Tucson'],
  ['behind the Walmart on Ina Rd', ['Walmart', 'Ina Rd'], 'detrás del Walmart en Ina Rd'],
  ['in front of the Shell gas station on Oracle Rd', ['Shell', 'Oracle Rd'], 'frente a la gasolinera Shell en Oracle Rd'],
  ['parking lot of the Circle K on Main St and Irvington Rd', ['Circle K', 'Main St', 'Irvington Rd'], 'el estacionamiento del Circle K en Main St e Irvington Rd'],
  ['the corner of Speedway Blvd and Campbell Ave', ['Speedway Blvd', 'Campbell Ave'], 'la esquina de Speedway Blvd y Campbell Ave'],
  ['at the intersection of Main St and 5th Ave', ['Main St', '5th Ave'], 'en la intersección de Main St y 5th Ave'],
  ['between Main St and Oracle Rd', ['Main St', 'Oracle Rd'], 'entre Main St y Oracle Rd'],
  ['2 miles north of Tucson', ['Tucson'], 'a 2 millas al norte de Tucson'],
  ['about 3 miles east of Casa Grande on I-8', ['Casa Grande', 'I-8'], 'a unas 3 millas al este de Casa Grande en la I-8'],
  ['heading north on I-19', ['I-19'], 'hacia el norte por la I-19'],
  ['driving south on I-19 toward Nogales', ['I-19', 'Nogales'], 'en dirección sur por la I-19 hacia Nogales'],
  ['downtown Tucson', ['Tucson'], 'el centro de Tucson'],
  ['Phoenix metro area', ['Phoenix'], 'el área metropolitana de Phoenix'],
  ['the Mexican border', [], 'la frontera con México'],
  ['across from the rest area at mile marker 12', [], 'frente al área de descanso en la milla 12'],
  ['on the shoulder of I-10 near Exit 199', ['I-10'], 'en el acotamiento de la I-10 cerca de la salida 199'],
  ['the I-40 overpass at US-93', ['I-40', 'US-93'], 'el paso elevado de la I-40 a la altura de la US-93'],
  ['US-60 eastbound near the Val Vista Dr overpass', ['US-60', 'Val Vista Dr'], 'US-60 en dirección este cerca del paso elevado de Val Vista Dr'],
  ['southbound I-19 at Valencia Rd', ['I-19', 'Valencia Rd'], 'I-19 en dirección sur a la altura de Valencia Rd'],
  ['the westbound off-ramp to Speedway Blvd', ['Speedway Blvd'], 'la rampa de salida en dirección oeste hacia Speedway Blvd'],
  ['the Speedway Blvd and I-10 interchange', ['Speedway Blvd', 'I-10'], 'el intercambio de Speedway Blvd y I-10'],
  ['near the Broadway and Main intersection, Mesa', ['Broadway', 'Main', 'Mesa'], 'cerca de la intersección de Broadway y Main, Mesa'],
  ['median of I-17 near the Carefree Hwy interchange', ['I-17', 'Carefree Hwy'], 'la mediana de la I-17 cerca del intercambio de Carefree Hwy'],
  ['northbound frontage road of I-10 at Prince Rd', ['I-10', 'Prince Rd'], 'la vía de acceso en dirección norte de la I-10 a la altura de Prince Rd'],
  ['near the Loves truck stop off exit 208', ['Loves'], 'cerca de la parada de camiones Loves junto a la salida 208'],
  ['in the area of Grant Rd and Alvernon Way', ['Grant Rd', 'Alvernon Way'], 'en la zona de Grant Rd y Alvernon Way'],
  ['in the vicinity of the Tucson Mall', ['Tucson Mall'], 'en las inmediaciones del Tucson Mall'],
  ['I-10 EB past MM 250', ['I-10'], 'I-10 en dirección este pasando la milla 250'],
  ['3 blocks south of the courthouse', [], 'a 3 cuadras al sur del tribunal'],
  ['the HOV lane of I-10', ['I-10'], 'el carril HOV de la I-10'],
  ['I-19 Southbound Lanes Near The Ajo Way On-Ramp', ['I-19', 'Ajo Way'], 'los carriles en dirección sur de la I-19 cerca de la rampa de entrada de Ajo Way'],
  ['I-19 SB NEAR THE AJO WAY ON-RAMP', ['I-19', 'AJO WAY'], 'I-19 en dirección sur cerca de la rampa de entrada de AJO WAY'],
  ['Circle K parking lot, 5th St and Main, Tucson', ['Circle K', '5th St', 'Main', 'Tucson']],
  ['the southbound on-ramp from Ajo Way to I-19', ['Ajo Way', 'I-19']],
  ['near the Walmart Supercenter on E Broadway', ['Walmart Supercenter', 'E Broadway']],
  ['W Colfax Ave and N Broadway, Denver', ['W Colfax Ave', 'N Broadway', 'Denver'], 'W Colfax Ave y N Broadway, Denver'],
  ['Bank of America on Grant Rd', ['Bank of America', 'Grant Rd'], 'Bank of America en Grant Rd'],
  ['near The Woodlands', ['The Woodlands'], 'cerca de The Woodlands'],
  ['Gary, IN', ['Gary', 'IN'], 'Gary, IN'],
  ['Llanfair Road', ['Llanfair Road'], 'Llanfair Road'],
];

describe('realistic locations', () => {
  it('the table has at least 30 places', () => expect(TABLE.length).toBeGreaterThanOrEqual(30));

  it.each(TABLE.map(([en, names, exact]) => ({ en, names, exact })))('$en', ({ en, names, exact }) => {
    const es = locationEs(en);
    expect(es).toBeDefined();
    // the names are kept as written ("Bank of America"): the rest must be Spanish
    expect(englishIn(names.reduce((t, n) => t.split(n).join(' '), es!)), es).toEqual([]);
    for (const n of names) expect(es).toContain(n);
    if (exact !== undefined) expect(es).toBe(exact);
  });
});

describe('the fallback: an English word the vocabulary does not know', () => {
  it.each(['near the drive-thru on Main St', 'behind the abandoned house on Main St', 'I-19 southbound lanes near the weigh station', 'near main st'])(
    '%s is not translated at all',
    (en) => expect(locationEs(en)).toBeUndefined(),
  );

  it('is marked "(en inglés: …)" in the description and left out of the phone texts', () => {
    const r = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'officer-killed-denver', 'request.json'), 'utf8'));
    r.languages = ['en-US', 'es-US'];
    r.suspects[0].lastSeen.location = 'near the drive-thru on Colorado Blvd';
    const es = buildBlueAlert(r, { now: '2026-11-22T14:30:00-07:00', identifier: 'T-1' }).text.es!;
    expect(es.description).toContain('(en inglés: near the drive-thru on Colorado Blvd)');
    expect(es.wea360).not.toMatch(/drive-thru|Colorado Blvd/);
    expect(englishIn(es.wea360)).toEqual([]);
  });
});

/** Words that read as a term whatever their case: a generated name must not be one of them. */
const TERM_WORDS = new Set(placeTerms().flatMap((t) => t.en.split(' ')));

const properName = fc
  .oneof(
    fc.tuple(fc.stringMatching(/^[A-Z][a-z]{2,8}$/), fc.constantFrom('St', 'Ave', 'Rd', 'Way', 'Blvd', 'Dr')).map(([a, b]) => `${a} ${b}`),
    fc.tuple(fc.constantFrom('I', 'US', 'SR', 'PR'), fc.integer({ min: 1, max: 999 })).map(([a, n]) => `${a}-${n}`),
    fc.stringMatching(/^[A-Z][a-z]{3,10}$/),
  )
  .filter((n) => n.split(' ').every((w) => !TERM_WORDS.has(w.toLowerCase()) && w.length > 2));

const NOUN_PHRASES = ['lanes', 'on-ramp', 'off-ramp', 'overpass', 'underpass', 'bridge', 'interchange', 'parking lot', 'gas station', 'rest area', 'shoulder', 'median', 'frontage road', 'service road', 'exit 12', 'mile marker 45', 'MM 7'];
const LINKS = ['near', 'at', 'on', 'behind', 'in front of', 'across from', 'next to', 'north of', 'south of', 'east of', 'west of', 'heading north on', 'traveling west on', 'in the area of', 'in the vicinity of'];
const HEADINGS = ['', 'northbound ', 'southbound ', 'EB ', 'WB '];

/** A location: "[link] [the] [Name] [heading] noun-phrase [link Name]" or "between X and Y". */
const location = fc.oneof(
  fc
    .record({
      link: fc.constantFrom(...LINKS),
      the: fc.boolean(),
      name: properName,
      heading: fc.constantFrom(...HEADINGS),
      noun: fc.constantFrom(...NOUN_PHRASES),
      tail: fc.option(fc.tuple(fc.constantFrom(...LINKS), properName), { nil: undefined }),
    })
    .map((p) => ({
      text: `${p.link} ${p.the ? 'the ' : ''}${p.name} ${p.heading}${p.noun}${p.tail === undefined ? '' : ` ${p.tail[0]} ${p.tail[1]}`}`,
      names: [p.name, ...(p.tail === undefined ? [] : [p.tail[1]])],
    })),
  fc.tuple(properName, properName).map(([a, b]) => ({ text: `between ${a} and ${b}`, names: [a, b] })),
);

describe('generated locations', () => {
  it('never keep an English connecting word or a half-translated hyphen word, and keep every name', () => {
    fc.assert(
      fc.property(location, ({ text, names }) => {
        const es = locationEs(text);
        expect(es, text).toBeDefined();
        expect(englishIn(es!), `${text} -> ${es}`).toEqual([]);
        expect(es).not.toMatch(/\b(?:en|de|y|a)-\p{Ll}/u);
        for (const n of names) expect(es).toContain(n);
      }),
      runs,
    );
  });
});

/** The red team's request (round 12, case 10), built from the Denver fixture. */
function redTeamRequest(): any {
  const r = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'officer-killed-denver', 'request.json'), 'utf8'));
  r.languages = ['en-US', 'es-US'];
  r.incident.location = 'behind the Holiday Inn on Airport Rd, Aurora';
  r.suspects[0].lastSeen.location = 'between Exits 3 and 4 on the Turnpike';
  r.suspects[0].destinations = ['Lot 14 at the Aurora Mall'];
  // every event qualifies (the property tries all three)
  Object.assign(r.criteria, { threatImminentAndCredible: true, suspectWanted: true, missingInConnectionWithDuties: true, indicationOfSeriousInjuryOrDeath: true });
  return r;
}

/** Every Spanish text of a message, one per line. */
function spanishTexts(r: unknown): string {
  const es = buildBlueAlert(r as never, { now: '2026-11-22T14:20:00-07:00', identifier: 'T-1' }).text.es!;
  return [es.headline, es.description, es.wea90, es.wea360, es.eas, es.instruction].join('\n');
}

/** Two prepositions in a row: "en detrás", "cerca de a lo largo", "en en", "de de", "en cerca", "hacia hacia". */
const DOUBLED =
  /\b(?:en|de|del|cerca de|hacia|a) (?:en|de|del|cerca|detr[aá]s|afuera|fuera|frente|enfrente|junto|a lo largo|al lado|dentro|entre|sobre|bajo|debajo|encima|hacia|desde|por|pasando|justo|m[aá]s all|antes|despu[eé]s|rumbo|al (?:norte|sur|este|oeste)|a \d|a unas?)\b/i;

describe('the red team, round 12: doubled prepositions and half-translated nouns', () => {
  it.each([
    ['behind the Holiday Inn on Airport Rd, Aurora', 'detrás del Holiday Inn en Airport Rd, Aurora'],
    ['outside the Walmart', 'afuera del Walmart'],
    ['along I-25 north of Denver', 'a lo largo de la I-25 al norte de Denver'],
    ['between Exits 3 and 4 on the Turnpike', 'entre las salidas 3 y 4 en el Turnpike'],
    ['Lot 14 at the Aurora Mall', 'el estacionamiento 14 en el Aurora Mall'],
    ['Room 112 of the Motel 6', 'la habitación 112 del Motel 6'],
    ['near the East Parking Garage', 'cerca del East Parking Garage'],
    ['near East Parking Garage', 'cerca de East Parking Garage'],
    ['Suite 200, 100 Main St', 'la suite 200, 100 Main St'],
    ['Unit 5, Building C', 'la unidad 5, el edificio C'],
    ['Gate 4 at Pier 39', 'la puerta 4 en el muelle 39'],
    ['Platform 2 of Union Station', 'el andén 2 de Union Station'],
    ['Apt 3B', 'el apartamento 3B'],
    ['the 1200 and 1300 blocks of Main St', 'las cuadras 1200 y 1300 de Main St'],
    ['between mile markers 45 and 50', 'entre las millas 45 y 50'],
    ['I-710 southbound at Firestone Blvd', 'I-710 en dirección sur a la altura de Firestone Blvd'],
  ])('%s -> %s', (en, es) => expect(locationEs(en)).toBe(es));

  it('the request reads without a doubled preposition or an English noun in every Spanish text', () => {
    const all = spanishTexts(redTeamRequest());
    expect(all).not.toMatch(DOUBLED);
    expect(all).not.toMatch(/\bExits\b|\bLot 14\b/);
    expect(all).toContain('Un agente del orden fue asesinado detrás del Holiday Inn en Airport Rd, Aurora');
    expect(all).toContain('Agente asesinado detras del Holiday Inn');
    expect(all).toContain('entre las salidas 3 y 4 en el Turnpike');
    expect(all).toContain('posiblemente hacia el estacionamiento 14 en el Aurora Mall');
  });

  it('"en" or nothing where the English says "at" or "on"; "cerca de" only where it says "near"', () => {
    const r = redTeamRequest();
    r.incident.location = 'Holiday Inn drive-thru, Aurora'; // not translated: the phone texts name the town
    r.suspects[0].lastSeen.location = 'I-710 southbound at Firestone Blvd';
    r.suspects[0].destinations = ['Long Beach', 'north of Nogales'];
    const all = spanishTexts(r);
    expect(all).toMatch(/(?:Agente asesinado|agente del orden fue asesinado) en Aurora\b/u);
    expect(all).not.toMatch(/cerca de (?:Aurora|la I-710|I-710)/);
    expect(all).toContain('en la I-710 en dirección sur a la altura de Firestone Blvd');
    expect(all).toContain('posiblemente hacia Long Beach o al norte de Nogales');
  });

  it('an untranslated place keeps the English preposition: none added before "(en inglés: behind …)"', () => {
    const r = redTeamRequest();
    r.incident.location = 'behind the drive-thru on Airport Rd';
    r.suspects[0].lastSeen.location = 'near the drive-thru on Colorado Blvd';
    const all = spanishTexts(r);
    expect(all).toContain('fue asesinado (en inglés: behind the drive-thru on Airport Rd)');
    expect(all).toContain('Visto por última vez a las 2:12 p. m. MST (en inglés: near the drive-thru on Colorado Blvd)');
  });
});

/** English connecting words a location may open with (the vocabulary's links), and what may follow them. */
const OPENERS = placeTerms().filter((t) => t.kind === 'link' && !['and', '&', 'or', 'of', 'then', 'possibly'].includes(t.en)).map((t) => t.en);
const TARGETS = ['the Holiday Inn on Airport Rd, Aurora', 'I-25', 'Exits 3 and 4', 'the Walmart parking lot', 'Lot 14 at the Aurora Mall', 'Tucson'];
const opened = fc.oneof(
  fc.tuple(fc.constantFrom(...OPENERS), fc.constantFrom(...TARGETS)).map(([o, t]) => `${o} ${t}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom('north', 'south', 'east', 'west'), fc.constantFrom(...TARGETS)).map(([n, d, t]) => `${n} miles ${d} of ${t}`),
  fc.tuple(fc.constantFrom('north', 'south', 'east', 'west'), fc.constantFrom(...TARGETS)).map(([d, t]) => `just ${d} of ${t}`),
);

describe('generated places with their own preposition, in every Spanish text', () => {
  it('never put two prepositions in a row', () => {
    fc.assert(
      fc.property(opened, opened, opened, fc.constantFrom('officer-killed', 'imminent-threat', 'officer-missing'), (a, b, c, event) => {
        const r = redTeamRequest();
        r.event = event;
        r.incident.location = a;
        r.suspects[0].lastSeen.location = b;
        r.suspects[0].destinations = [c, 'Tucson'];
        if (event === 'officer-missing') r.officer.lastKnownLocation = c;
        const all = spanishTexts(r);
        expect(all, `${a} | ${b} | ${c}`).not.toMatch(DOUBLED);
      }),
      { ...runs, numRuns: Math.max(20, Math.floor(runs.numRuns / 4)) },
    );
  });
});

describe('plural nouns', () => {
  const plurals = placeTerms().filter((t) => t.kind === 'noun' && t.pl === true);

  it('every singular noun has its plural', () => {
    for (const en of ['exits', 'lots', 'rooms', 'lanes', 'ramps', 'on-ramps', 'overpasses', 'parking lots', 'gas stations', 'pharmacies', 'ports of entry']) {
      expect(plurals.map((t) => t.en), en).toContain(en);
    }
  });

  it.each([
    ['the exits', 'las salidas'],
    ['the on-ramps', 'las rampas de entrada'],
    ['the overpasses', 'los pasos elevados'],
    ['the intersections', 'las intersecciones'],
    ['the shopping centers', 'los centros comerciales'],
    ['Rooms 112 and 114', 'las habitaciones 112 y 114'],
    ['the rest areas', 'las áreas de descanso'],
  ])('%s -> %s', (en, es) => expect(locationEs(en)).toBe(es));

  it('are translated, with no English word left', () => {
    fc.assert(
      fc.property(fc.constantFrom(...plurals), fc.constantFrom('near the', 'behind the', 'between the'), (t, lead) => {
        const es = locationEs(`${lead} ${t.en}`);
        expect(es, t.en).toBeDefined();
        const last = t.en.split(' ').pop() ?? '';
        // "casinos" is Spanish too
        if (!t.es.split(' ').includes(last)) expect(es!.split(/[^\p{L}-]+/u), `${t.en} -> ${es}`).not.toContain(last);
      }),
      runs,
    );
  });
});
