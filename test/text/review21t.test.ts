/**
 * Reader review 21t (black box, 339 requests read as their audiences read them): the findings fixed. Each case under
 * cases/rt21t reproduces with `safeBuildBlueAlert(c.request, c.options)`.
 */
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';
import { buildTexts, loadCase, type ReviewCase } from './review-cases.js';

type Case = ReviewCase;
const load = (id: string): Case => loadCase('rt21t', id);
const build = buildTexts;
/** The case with its first suspect's vehicle replaced. */
const withVehicle = (id: string, vehicle: Record<string, unknown>): Case => {
  const c = load(id);
  c.request.suspects[0].vehicle = vehicle;
  return c;
};

describe('T01: a vehicle given by colour and type reads as a vehicle in Spanish', () => {
  const TYPES = ['cargo van', 'panel van', 'semi truck', 'dump truck', 'crew cab pickup', 'dirt bike', 'moped', 'station wagon', 'box truck', 'tow truck', 'flatbed', 'motorhome', 'ATV', 'pickup', 'SUV', 'sedan', 'van', 'minivan'];
  it.each(TYPES)('a white %s: the Spanish 360 and description name the type, the 90 names the vehicle', (type) => {
    const t = build(withVehicle('T01-cargo-van-es360', { color: 'white', type, plate: { state: 'TX', number: 'HPD2171' } }));
    expect(t.es?.wea360).not.toMatch(/Vehiculo: blanc[oa][,.]/u);
    expect(t.es?.description).not.toMatch(/Vehículo: blanc[oa][,.]/u);
    expect(t.es?.description).not.toContain('en inglés');
    // the 90: the vehicle's noun, or its plate when a long noun does not fit with the town
    expect(t.es?.wea90).toMatch(/\. (?:[A-Z][^.,]* blanc[oa](?:, (?:TX )?HPD2171)?|Placa TX HPD2171|[A-Z][^.,]*, (?:TX )?HPD2171)\./u);
  });

  it('c: "white cargo van" is "van de carga blanca"; a dirt bike "moto de cross"', () => {
    expect(build(load('T01-cargo-van-es360')).es?.wea360).toContain('Vehiculo: van de carga blanca, placa TX HPD2171.');
    expect(build(load('T01-dirt-bike-es90')).es?.wea90).toContain('Moto de cross, HPD2171.');
  });

  it('a type with no Spanish word and no make: never a colour alone, the plate stays', () => {
    const t = build(withVehicle('T01-cargo-van-es360', { color: 'white', type: 'hovercraft', plate: { state: 'TX', number: 'HPD2171' } }));
    expect(t.es?.wea360).toContain('placa TX HPD2171');
    // (the suspect is a "hombre blanco": only the vehicle's words are looked at)
    expect(/Vehiculo[^.]*\./u.exec(t.es?.wea360 ?? '')?.[0]).toBe('Vehiculo: placa TX HPD2171.');
    expect(t.es?.wea90).toContain('Placa TX HPD2171.');
    expect(t.es?.description).toContain('(en inglés: hovercraft)');
  });
});

describe('T07: a dispatcher\'s short heading reads as the compass word', () => {
  it('"SB on SR 37 toward Bloomington": "heading south on SR 37" written, "State Road 37" said', () => {
    const t = build(load('T07-heading-SB-eas'));
    expect(t.wea360).toContain('Heading south on SR 37 toward Bloomington');
    expect(t.easText).toContain('Heading south on State Road 37 toward Bloomington');
    expect(`${t.wea360} ${t.easText} ${t.description}`).not.toMatch(/\bSB\b/u);
  });
  it.each([
    ['WB on I-80 toward Rawlins', 'Heading west on I-80 toward Rawlins'],
    ['N/B I-95', 'Heading north on I-95'],
    ['heading EB on US-36', 'Heading east on US-36'],
  ])('%s -> %s', (direction, said) => {
    const c = load('T07-heading-SB-eas');
    c.request.suspects[0].direction = direction;
    expect(build(c).description).toContain(said);
  });
});

describe('T13: "the 8200 block of …" is "in the 8200 block"', () => {
  it('in every English text', () => {
    const t = build(load('T13-at-the-block'));
    for (const text of [t.headline, t.wea360]) expect(text).toContain('in the 8200 block of Bellaire Blvd');
    expect(`${t.headline} ${t.wea360} ${t.description}`).not.toContain('at the 8200 block');
  });
});

describe('T18: a destination the direction names is not said again', () => {
  it('"south toward Nogales" with destinations Nogales and Mexico: "possibly toward Mexico", in both languages', () => {
    const t = build(load('T18-duplicate-destination'));
    expect(t.description).toContain('heading south toward Nogales, possibly toward Mexico.');
    expect(t.description).not.toMatch(/Nogales[^.]*Nogales/u);
    expect(t.es?.description).toContain('posiblemente hacia México');
    expect(t.es?.description).not.toMatch(/Nogales[^.]*Nogales/u);
  });
  it('a destination the direction does not name stays; a word inside another word is not a naming', () => {
    const c = load('T18-duplicate-destination');
    c.request.suspects[0].direction = 'south toward Nogalesville';
    c.request.suspects[0].destinations = ['Nogales'];
    expect(build(c).description).toContain('possibly toward Nogales');
  });
});

describe('T16, T09, T03: the 90 keeps the place and says more than "male"', () => {
  it('T16: a suspect on foot is "white male" rather than "male" beside the sender\'s initials', () => {
    expect(build(load('T16-en90-suspect-male-only')).wea90).toMatch(/Suspect: white male/u);
  });
  it('T09: the Spanish 90 keeps a long town ("Colorado Springs") before the make and plate', () => {
    const t = build(load('T09-es90-drops-long-town'));
    expect(t.es?.wea90).toContain('Colorado Springs');
    expect(t.es?.wea90).toMatch(/Camry/u);
  });
  it('T03: a missing officer with no suspect: the Spanish 90 names the town ("Su auto: …")', () => {
    const t = build(load('T03-missing-officer-es90-no-town'));
    expect(t.es?.wea90).toContain('Leesburg');
    expect(t.es?.wea90).toMatch(/Su auto: Ford/u);
    expect(t.es?.wea90.length).toBeLessThanOrEqual(90);
  });
});

describe('T08: the 360 keeps the only suspect vehicle the 90 shows', () => {
  it('suspect 2\'s gold Hyundai Elantra (no plate) is in both 360s', () => {
    const t = build(load('T08-360-drops-only-suspect-vehicle'));
    expect(t.wea90).toContain('gold Elantra');
    expect(t.wea360).toContain('Suspect 2 vehicle: gold Hyundai Elantra');
    expect(t.es?.wea360).toContain('Hyundai Elantra dorado');
  });
});

describe('T04/T05: Spanish clothing, marks and colours item by item', () => {
  it('c: the everyday words are translated; only what the tables do not know is marked', () => {
    const es = build(load('T04-common-clothing-marks-left-english')).es;
    expect(es?.description).toContain('viste parka verde, botas de trabajo y sombrero vaquero');
    expect(es?.description).toContain('barba poblada');
    expect(es?.description).toContain('Ford F-150 azul marino');
  });

  it('one unknown item is marked alone in the description and left out of the phone text; the others are Spanish', () => {
    const c = load('T04-common-clothing-marks-left-english');
    c.request.suspects[0].description = { sex: 'female', clothing: 'gray sweatshirt, zebra-print kimono, white sneakers', marks: 'scar on chin, glitter sticker' };
    const t = build(c);
    expect(t.es?.description).toContain('viste sudadera gris, (en inglés: zebra-print kimono) y tenis blancos');
    expect(t.es?.description).toContain('cicatriz en la barbilla y (en inglés: glitter sticker)');
    expect(t.es?.wea360).not.toContain('kimono');
    expect(t.es?.wea360).not.toContain('en inglés');
  });

  it('a list with no item the tables know is marked whole, as before', () => {
    const c = load('T04-common-clothing-marks-left-english');
    c.request.suspects[0].description = { sex: 'male', clothing: 'zebra-print kimono, glitter cape' };
    expect(build(c).es?.description).toContain('viste (en inglés: zebra-print kimono, glitter cape)');
  });

  it.each([
    ['navy blue', 'azul marino'],
    ['lime green', 'verde lima'],
    ['black and chrome', 'negro y cromado'],
    ['matte black', 'negro mate'],
  ])('a %s vehicle is "%s" in the Spanish description', (color, es) => {
    expect(build(withVehicle('T01-cargo-van-es360', { make: 'Ford', model: 'Mustang', color, plate: { state: 'TX', number: 'HPD2171' } })).es?.description).toContain(`Ford Mustang ${es}`);
  });
});

describe('T06: the Spanish EAS says road words and headings in Spanish', () => {
  it('"Hwy 2" is "la carretera 2", "KY 15 N" is "KY 15 norte"', () => {
    const es = build(load('T06-es-eas-hwy-N')).es;
    expect(es?.easText).toContain('en la carretera 2, a 3 millas al este de Havre');
    expect(es?.easText).toContain('KY 15 norte en Bulldog Lane');
    expect(es?.easText).toContain('por la carretera 2');
    expect(es?.easText).not.toMatch(/\bHwy\b|\bKY 15 N\b/u);
  });
  it('SR, CR and Rt before a number; a plate\'s letters stay', () => {
    const c = load('T06-es-eas-hwy-N');
    c.request.incident.location = 'SR 87 at CR 12, Havre';
    c.request.suspects[0].vehicle.plate.number = 'SR 87 N';
    const es = build(c).es;
    expect(es?.easText).toContain('en la ruta estatal 87 en la carretera del condado 12, Havre');
    expect(es?.easText).toContain('placa de Montana SR 87 N.');
  });
});

describe('T24: a location that is only its town is "in" it', () => {
  it('"Macon": killed in Macon, in the headline, the 360 and the description', () => {
    const t = build(load('T24-killed-at-town'));
    for (const text of [t.headline, t.wea360, t.description]) expect(text).toContain('killed in Macon');
    expect(`${t.headline} ${t.wea360} ${t.description}`).not.toContain('at Macon');
  });
  it('"Macon, GA" too; a street in the town stays "at"', () => {
    const c = load('T24-killed-at-town');
    c.request.incident.location = 'Macon, GA';
    expect(build(c).description).toContain('killed in Macon, GA');
    c.request.incident.location = 'Walmart, 100 Main St, Macon';
    expect(build(c).description).toMatch(/killed (?:at|on) Walmart/u);
  });
});

describe('T10: a motorcycle\'s colour agrees with it in the Spanish 90', () => {
  it('"Yamaha R6 azul y blanca", "Sportster negra"; a car stays masculine', () => {
    expect(build(load('T10-es90-motorcycle-masculine')).es?.wea90).toMatch(/R6 azul y blanca/u);
    const bike = build(withVehicle('T10-es90-motorcycle-masculine', { make: 'Harley-Davidson', model: 'Sportster', color: 'black', type: 'motorcycle' }));
    expect(bike.es?.wea90).toMatch(/Sportster negra|Harley-Davidson negra/u);
    const car = build(withVehicle('T10-es90-motorcycle-masculine', { make: 'Honda', model: 'Civic', color: 'black', type: 'sedan' }));
    expect(car.es?.wea360).toMatch(/Civic negro/u);
  });
});

describe('T19, T20: a boundary is no town; a county reads in Spanish', () => {
  it('T19: "north of the Texas-Louisiana state line": the county, never "Texas-Louisiana Blue Alert"', () => {
    const t = build(load('T19-state-line-read-as-town'));
    expect(t.wea90).not.toContain('Texas-Louisiana Blue Alert');
    expect(t.wea90).toContain('Orange County');
    expect(t.es?.wea90).toContain('condado de Orange');
    expect(t.es?.wea90).not.toContain('Orange County');
  });
  it('T20: an untranslatable location with no town: the Spanish texts name the county in Spanish', () => {
    const t = build(load('T20-es-county-english-and-no-place'));
    expect(t.es?.wea90).toContain('condado de Harris');
    expect(t.es?.wea360).toContain('herido de gravedad en el condado de Harris');
  });
});

describe('T02: a suspect plate withheld for the badge is said, not silent', () => {
  it('a warning names the plate\'s path and the way out, without the plate or the badge; without the badge the plate goes out', () => {
    const c = load('T02-plate-with-badge-digits');
    const r = safeBuildBlueAlert(c.request, c.options as never);
    if (!r.success) throw new Error('refused');
    const w = r.data.warnings.find((x) => x.code === 'suspect_plate_withheld');
    expect(w?.path).toBe('suspects[0].vehicle.plate.number');
    expect(w?.message).toContain('leave officer.badge out');
    expect(JSON.stringify(r.data.warnings)).not.toMatch(/4471|KLM/u);
    expect(r.data.xml).not.toContain('KLM');
    delete c.request.officer.badge;
    const again = safeBuildBlueAlert(c.request, c.options as never);
    expect(again.success && again.data.text.wea90).toContain('KLM-4471');
    expect(again.success && again.data.warnings.map((x) => x.code)).not.toContain('suspect_plate_withheld');
  });
});

describe('T17: Spanish alert areas', () => {
  it('"Island of Hawaii" is "isla de Hawái"', () => {
    const es = build(load('T17-es-area-island-of-hawaii')).es;
    expect(es?.description).toContain('Área de la alerta: isla de Hawái.');
    expect(es?.description).not.toContain('Island of Hawaii');
  });
  it.each([
    ['Atlanta and surrounding counties', 'Atlanta y condados aledaños'],
    ['Fulton County and surrounding counties', 'condado de Fulton y condados aledaños'],
    ['Macon and nearby communities', 'Macon y comunidades aledañas'],
  ])('"%s" is "%s"', (en, es) => {
    const c = load('T17-es-area-island-of-hawaii');
    c.request.area.description = en;
    expect(build(c).es?.description).toContain(`Área de la alerta: ${es}.`);
  });
});
