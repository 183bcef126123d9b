/**
 * Reader review 19t (tx1): spoken forms in the EAS (T01, T11, T12, T13, T19), weights without a unit (T14), the
 * missing officer's car on a sign (T04), a state written twice (T25) and a Mexican plate in the 90 (T29). Each case
 * under cases/rt19t produced the text quoted in the test name before its fix; the variants change places, names,
 * states, sexes and counts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';
import { spokenEn, spokenEs, spokenForms } from '../../src/text/eas.js';
import { weightEn, weightEs } from '../../src/text/es-measures.js';

type Case = { request: Record<string, unknown>; options: Record<string, unknown> };
const load = (id: string): Case => JSON.parse(readFileSync(new URL(`./cases/rt19t/${id}.json`, import.meta.url), 'utf8')) as Case;
const build = (c: Case) => {
  const r = safeBuildBlueAlert(c.request as never, c.options as never);
  if (!r.success) throw new Error(JSON.stringify(r.issues).slice(0, 500));
  return r.data.text;
};
const texts = (id: string) => build(load(id));
/** A case with its request changed by `edit` (a deep copy). */
const variant = (id: string, edit: (r: Record<string, any>) => void) => {
  const c = structuredClone(load(id));
  edit(c.request as Record<string, any>);
  return build(c);
};

describe('T01: "A St. Paul officer" is never "A Street. Paul officer"', () => {
  it('T01, T01b: the cases', () => {
    expect(texts('T01').easText).toContain('A St. Paul officer did not answer');
    expect(texts('T01b').easText).toContain('A St. Louis officer was shot near St. Louis University');
    for (const id of ['T01', 'T01b']) expect(texts(id).easText).not.toMatch(/Street\. (?:Paul|Louis)/u);
  });

  it('other saints and sentence openings; a lettered street or a street at a sentence end stays a street', () => {
    for (const town of ['Paul', 'Louis', 'Cloud', 'Petersburg', 'Augustine', 'George']) {
      for (const opening of ['A', 'The', 'In', 'Near']) {
        const said = spokenEn(`${opening} St. ${town} officer was shot.`);
        expect(said, said).toBe(`${opening} St. ${town} officer was shot.`);
      }
    }
    expect(spokenEn('Shots at 5th and A St. Police arrived.')).toBe('Shots at 5th and A Street. Police arrived.');
    expect(spokenEn('He fled on Main St. Officers followed.')).toBe('He fled on Main Street. Officers followed.');
  });

  it('a summary built around it keeps the form through the whole build (a St. Cloud officer, female suspect)', () => {
    const t = variant('T01', (r) => {
      r['incident'].summary = 'A St. Cloud officer did not answer radio calls.';
      r['incident'].location = 'Division St and 9th Ave S, St. Cloud, MN';
      r['suspects'][0].description.sex = 'female';
    });
    expect(t.easText).toContain('A St. Cloud officer did not answer');
    expect(t.easText).toContain('Division Street and 9th Avenue South, St. Cloud, Minnesota');
  });
});

describe('T11: road words, headings and towns are said in full next to mile markers and route numbers', () => {
  it('T11: "Parks Hwy mile marker 71 NB" -> "Parks Highway mile marker 71 northbound"', () => {
    const t = texts('T11').easText;
    expect(t).toContain('Place: Parks Highway mile marker 62, Wasilla.');
    expect(t).toContain('near Parks Highway mile marker 71 northbound, possibly');
  });

  it('T11b: "Dalton Hwy mile marker 175" -> "Dalton Highway mile marker 175"', () => {
    const t = texts('T11b').easText;
    expect(t).toContain('Place: Dalton Highway mile marker 175, Coldfoot.');
    expect(t).not.toMatch(/\bHwy\b/u);
  });

  it('T11c: "Hwy 65 southbound at Rt B" -> "Highway 65 southbound at Route B"', () => {
    expect(texts('T11c').easText).toContain('Last seen on Highway 65 southbound at Route B.');
  });

  it('T11d: "Hwy 2" -> "Highway 2", twice', () => {
    const t = texts('T11d').easText;
    expect(t).toContain('Place: Highway 2, 3 miles east of Havre.');
    expect(t).toContain('Heading east on Highway 2, possibly');
  });

  it('T11e: "KY 15 N at the Hal Rogers Parkway" -> "KY 15 northbound at …"; "2 miles N of" stays', () => {
    expect(texts('T11e').easText).toContain('Last seen on KY 15 northbound at the Hal Rogers Parkway');
    expect(spokenEn('found 2 miles N of Hazard on KY 15 N')).toBe('found 2 miles N of Hazard on KY 15 northbound');
  });

  it('T11f: "Ft Worth" -> "Fort Worth"', () => {
    expect(texts('T11f').easText).toContain('at SH 121 and FM 1960, Fort Worth, at 9:30 AM');
  });

  it('other roads, markers and headings (generated)', () => {
    for (const [road, said] of [['Hwy', 'Highway'], ['Rd', 'Road'], ['Pkwy', 'Parkway'], ['Blvd', 'Boulevard']] as const) {
      for (const [mark, markSaid] of [['MM', 'mile marker'], ['MP', 'mile post']] as const) {
        for (const [bound, boundSaid] of [['NB', 'northbound'], ['SB', 'southbound'], ['E/B', 'eastbound'], ['WB', 'westbound']] as const) {
          expect(spokenEn(`Last seen on Glenn ${road} ${mark} 12 ${bound}, toward Palmer.`)).toBe(`Last seen on Glenn ${said} ${markSaid} 12 ${boundSaid}, toward Palmer.`);
        }
      }
    }
    for (const [written, said] of [['Hwy 50', 'Highway 50'], ['Rt 66', 'Route 66'], ['Rte AA', 'Route AA'], ['CR 12', 'County Road 12'], ['SR 20', 'State Route 20']] as const) {
      expect(spokenEn(`Heading west on ${written} at Ft Morgan.`)).toBe(`Heading west on ${said} at Fort Morgan.`);
    }
    expect(spokenEn('near Mt Vernon and Ft. Collins')).toBe('near Mount Vernon and Fort Collins');
    // a model is not a road
    expect(spokenEn('Vehicle: red Honda CR 250 on CR 250.')).toBe('Vehicle: red Honda CR 250 on County Road 250.');
  });

  it('a heading in a plate stays as written: "Missouri plate NB 1234", "plate SB 4471"', () => {
    expect(spokenEn('Vehicle: blue Ford, MO plate NB 1234.')).toBe('Vehicle: blue Ford, Missouri plate NB 1234.');
    expect(spokenEn('plate 4471 SB near Pulaski Rd')).toBe('plate 4471 SB near Pulaski Road');
  });

  it('"SR" is "State Road" in Florida and "State Route" in Ohio (whole build)', () => {
    expect(texts('T12').easText).toContain('on State Route 2 eastbound at East 55th Street');
    const fl = variant('T12', (r) => {
      r['issuer'].timeZone = 'America/New_York';
      r['area'] = { description: 'Collier County', fips: ['12021'] };
      r['suspects'][0].lastSeen.location = 'SR 29 NB at Immokalee Rd';
    });
    expect(fl.easText).toContain('State Road 29 northbound at Immokalee Road');
  });
});

describe('T12: "St" meaning Saint, "Dr" meaning Doctor and "Jr" are said in full', () => {
  it('T12: "St Clair Avenue" -> "Saint Clair Avenue"', () => {
    const t = texts('T12').easText;
    expect(t).toContain('Place: 1400 block of Saint Clair Avenue, Cleveland, Ohio.');
    expect(t).toContain('rammed her cruiser on Saint Clair Avenue.');
  });

  it('T12b: "St Marys Street and Dr Martin Luther King Jr Drive"', () => {
    expect(texts('T12b').easText).toContain('Place: Saint Marys Street and Doctor Martin Luther King Junior Drive, Pittsburgh.');
  });

  it('other saints, streets and suffixes (generated); "St. Louis" and "Dr. Smith" stay as written', () => {
    for (const name of ['Clair', 'Charles', 'Johns', 'Francis']) {
      for (const [street, said] of [['Ave', 'Avenue'], ['St', 'Street'], ['Rd', 'Road'], ['Dr', 'Drive']] as const) {
        expect(spokenEn(`Place: St ${name} ${street}, Denver.`)).toBe(`Place: Saint ${name} ${street === 'Dr' ? 'Drive' : said}, Denver.`);
      }
    }
    expect(spokenEn('on Martin Luther King Jr Blvd near Dr Pepper Park')).toBe('on Martin Luther King Junior Boulevard near Doctor Pepper Park');
    expect(spokenEn('Suspect: Terrell Moss Jr, Black male.')).toBe('Suspect: Terrell Moss Junior, Black male.');
    expect(spokenEn('Dr. Smith saw him in St. Louis; plate SB 4471 in Denver.')).toBe('Dr. Smith saw him in St. Louis; plate SB 4471 in Denver.');
  });

  it('the privacy guard knows the spoken forms of a kept place', () => {
    expect(spokenForms('st clair ave')).toContain('saint clair avenue');
    expect(spokenForms('dr martin luther king jr dr')).toContain('doctor martin luther king junior drive');
    expect(spokenForms('ft worth')).toEqual(['fort worth']);
    expect(spokenForms('sr 29 nb')).toEqual(expect.arrayContaining(['state route 29 northbound', 'state road 29 northbound']));
  });
});

describe('T13: states are said by name in the Spanish EAS, and a Mexican state in English', () => {
  it('T13: "El Paso, TX," -> "El Paso, Texas,"; "placa Chihuahua" -> "placa de Chihuahua"', () => {
    const t = texts('T13');
    expect(t.es?.easText).toContain('Hondo Pass Drive, El Paso, Texas, a las');
    expect(t.es?.easText).toContain('placa de Chihuahua EHJ-442-A');
    expect(t.es?.description).toContain('placa de Chihuahua EHJ-442-A');
  });

  it('T13b: "placa de South Carolina" -> "placa de Carolina del Sur"', () => {
    const t = texts('T13b').es?.easText ?? '';
    expect(t).toContain('placa de Carolina del Sur QRT 558');
    expect(t).toContain('cerca de Savannah, Georgia, a las');
  });

  it('T13c: "placa parcial AZ 1A2B3C" -> "placa parcial de Arizona 1A2B3C"', () => {
    expect(texts('T13c').es?.easText).toContain('placa parcial de Arizona 1A2B3C');
  });

  it('T13d: "NL plate" -> "Nuevo Leon plate" / "placa de Nuevo León"', () => {
    expect(texts('T13d').easText).toContain('Nuevo Leon plate RZ-12-345');
    const es = variant('T13d', (r) => {
      r['languages'] = ['en-US', 'es-US'];
    });
    expect(es.es?.easText).toContain('placa de Nuevo León RZ-12-345');
  });

  it('other states and Mexican states (generated)', () => {
    const us: readonly (readonly [string, string])[] = [['NM', 'Nuevo México'], ['NY', 'Nueva York'], ['PA', 'Pensilvania'], ['OR', 'Oregón'], ['TX', 'Texas'], ['NC', 'Carolina del Norte']];
    for (const [code, name] of us) {
      expect(spokenEs(`en Main St, Springfield, ${code}, a las 5. Vehículo: Ford, placa ${code} ABC 123.`)).toBe(`en Main Street, Springfield, ${name}, a las 5. Vehículo: Ford, placa de ${name} ABC 123.`);
      expect(spokenEs(`placa parcial ${code} 12`)).toBe(`placa parcial de ${name} 12`);
    }
    const mx: readonly (readonly [string, string, string])[] = [['NL', 'Nuevo Leon', 'Nuevo León'], ['CHIH', 'Chihuahua', 'Chihuahua'], ['SON', 'Sonora', 'Sonora'], ['BC', 'Baja California', 'Baja California'], ['TAMPS', 'Tamaulipas', 'Tamaulipas']];
    for (const [code, en, es] of mx) {
      expect(spokenEn(`Vehicle: gray Ram, ${code} plate RZ-12-345.`)).toBe(`Vehicle: gray Ram, ${en} plate RZ-12-345.`);
      expect(spokenEs(`Vehículo: Ram gris, placa ${code} RZ-12-345.`)).toBe(`Vehículo: Ram gris, placa de ${es} RZ-12-345.`);
    }
    // a plate without a state stays a plate
    expect(spokenEs('placa ABC 123')).toBe('placa ABC 123');
  });

  it('a Mexican state written by name takes "de" in every Spanish text (a Sonora plate, partial)', () => {
    const t = variant('T13', (r) => {
      r['suspects'][0].vehicle.plate = { state: 'Sonora', number: 'VGH-21', partial: true };
    });
    for (const x of [t.es?.description ?? '', t.es?.easText ?? '']) expect(x).toContain('placa parcial de Sonora VGH-21');
  });
});

describe('T19: the Spanish EAS leaves the English narrative out', () => {
  it('T19: no "(en inglés: At about 4:30 a.m. … As the ***)" read by a Spanish voice', () => {
    const t = texts('T19');
    expect(t.es?.easText).not.toContain('Detalles');
    expect(t.es?.easText).not.toContain('At about 4:30');
    expect(t.es?.easText).toContain('Un agente del orden resultó gravemente herido en Imperial Highway');
    // the description keeps it, marked; the English EAS reads it
    expect(t.es?.description).toContain('Detalles: (en inglés: At about 4:30 a.m.');
    expect(t.easText).toContain('At about 4:30 a.m.');
  });

  it('a Spanish summary stays in the Spanish EAS; a short English one goes too (variants)', () => {
    const spanish = variant('T19', (r) => {
      r['incident'].es = { ...(r['incident'].es ?? {}), summary: 'Un agente de la CHP fue baleado durante una parada de tráfico.' };
    });
    expect(spanish.es?.easText).toContain('Detalles: Un agente de la CHP fue baleado');
    const short = variant('T13b', (r) => r);
    expect(short.es?.easText).not.toContain('Three gang members');
    expect(short.es?.description).toContain('(en inglés: Three gang members');
  });
});

describe('T14: a weight without a unit is pounds', () => {
  it('T14: "170," -> "170 lb" (EAS "170 pounds")', () => {
    const t = texts('T14');
    expect(t.description).toContain('age 28, 5 ft 9 in, 170 lb, dreadlocks');
    expect(t.easText).toContain('5 feet 9 inches, 170 pounds, dreadlocks');
  });

  it('T14b: "(en inglés: 190)" -> "190 libras"', () => {
    const t = texts('T14b');
    expect(t.es?.description).toContain('6 pies, 190 libras, cabello rubio');
    expect(t.es?.description).not.toContain('(en inglés: 190)');
    expect(t.description).toMatch(/190 lb\b/u);
  });

  it('other weights (generated)', () => {
    for (const n of [95, 120, 170, 245, 310]) {
      expect(weightEn(String(n))).toBe(`${n} lb`);
      expect(weightEs(String(n))).toBe(`${n} libras`);
      expect(weightEn(`about ${n}`)).toBe(`about ${n} lb`);
      expect(weightEs(`about ${n}`)).toBe(`unas ${n} libras`);
      expect(weightEn(`${n} lbs`)).toBe(`${n} lbs`);
    }
    expect(weightEn('170-180')).toBe('170-180 lb');
    expect(weightEs('170-180')).toBe('de 170 a 180 libras');
    expect(weightEn('heavy build')).toBe('heavy build');
    expect(weightEn('80 kg')).toBe('80 kg');
  });
});

describe('T04: the missing officer\'s car on a sign is never next to "DO NOT APPROACH"', () => {
  it('T04: the label, car and plate share a phase; the other phase says what happened', () => {
    const dms = texts('T04').dms;
    expect(dms).toEqual([
      ['BLUE ALERT', 'MISSING OFFICER', 'CALL 911'],
      ["OFFICER'S CAR", 'WHITE EXPLORER', 'MN PLATE SPPD 44'],
    ]);
  });

  it('variants: a female officer, another car, no plate: no phase pairs the car with "DO NOT APPROACH"', () => {
    for (const plate of [{ state: 'TX', number: 'AUS 12' }, undefined]) {
      const dms = variant('T04', (r) => {
        r['officer'].description.sex = 'female';
        r['officer'].vehicle = { make: 'Chevrolet', model: 'Tahoe', color: 'black', ...(plate === undefined ? {} : { plate }) };
      }).dms;
      const carPhase = dms.find((p) => p.some((l) => l.includes('TAHOE')));
      expect(carPhase).toBeDefined();
      expect(carPhase).toContain("OFFICER'S CAR");
      if (plate !== undefined) expect(carPhase).toContain('TX PLATE AUS 12');
      for (const phase of dms) expect(phase.join(' ')).not.toContain('APPROACH');
    }
  });
});

describe('T25: a registration that starts with its state is not given the state again', () => {
  it('T25: "AK AK 4471 AB" -> "AK 4471 AB" (90, sign, description, EAS)', () => {
    const t = texts('T25');
    for (const x of [t.wea90, t.wea360, t.description, t.easText, JSON.stringify(t.dms)]) {
      expect(x).toContain('AK 4471 AB');
      expect(x).not.toMatch(/AK AK|Alaska plate AK/u);
    }
  });

  it('variants: other states and a dash; a number that only starts with the letters keeps its state', () => {
    for (const [state, number] of [['FL', 'FL 1234 XY'], ['WA', 'WA-5521-KL'], ['ME', 'me 77 b']]) {
      const t = variant('T25', (r) => {
        r['suspects'][0].vehicle.plate = { state, number };
      });
      expect(t.description).not.toContain(`${state} plate ${number}`);
      expect(t.description).toContain(`plate ${number}`);
    }
    const kept = variant('T25', (r) => {
      r['suspects'][0].vehicle.plate = { state: 'AK', number: 'AKX 441' };
    });
    expect(kept.description).toContain('AK plate AKX 441');
  });
});

describe('T29: a Mexican plate keeps a sign of where it is from in the 90', () => {
  it('T29: "White Ford, VGH-21-44" -> "MX VGH-21-44" (both languages)', () => {
    const t = texts('T29');
    expect(t.wea90).toContain('MX VGH-21-44');
    expect(t.es?.wea90).toContain('MX VGH-21-44');
  });

  it('variants: other Mexican states; a US plate is unchanged', () => {
    for (const state of ['Chihuahua', 'NL', 'SON', 'Baja California']) {
      const t = variant('T29', (r) => {
        r['suspects'][0].vehicle.plate.state = state;
      });
      expect(t.wea90.length).toBeLessThanOrEqual(90);
      expect(t.wea90).toMatch(new RegExp(`(?:MX|${state}) VGH-21-44`, 'u'));
    }
    const us = variant('T29', (r) => {
      r['suspects'][0].vehicle.plate.state = 'CA';
    });
    expect(us.wea90).not.toContain('MX');
  });
});
