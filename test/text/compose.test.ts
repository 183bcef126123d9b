import { describe, expect, it } from 'vitest';
import { gsm7Length, isGsm7 } from '../../src/text/gsm.js';
import { BASE, compose } from './helpers.js';
import type { BlueAlertRequestInput } from '../../src/request/schema.js';

const gsmBasic = (s: string): boolean => isGsm7(s, { extension: false });

describe('composeText: English', () => {
  const { text, issues } = compose(BASE);

  it('reports no issues for a plain request', () => {
    expect(issues).toEqual([]);
  });
  it('writes a WEA 90 with the event, the town, the vehicle and plate, and the action', () => {
    expect(text.wea90).toBe('Denver Blue Alert: officer killed. Gray Ford F-150, CO ABC1234. Do not approach. Call 911.');
    expect(gsm7Length(text.wea90)).toBeLessThanOrEqual(90);
  });
  it('writes a WEA 360 with who, what, where, vehicle, plate, last seen, direction and action', () => {
    expect(gsm7Length(text.wea360)).toBeLessThanOrEqual(360);
    for (const part of ['Blue Alert', 'Officer killed', 'W Colfax Ave', 'Marcus Lee Hale', 'white male', 'Ford F-150', 'CO plate ABC1234', 'I-70 eastbound', 'Do not approach', 'Call 911']) {
      expect(text.wea360).toContain(part);
    }
    // "eastbound" already says the heading: no ", heading east" after it
    expect(text.wea360).not.toContain('heading east');
    expect(gsmBasic(text.wea360)).toBe(true);
    expect(text.wea360).toMatch(/[.]$/);
  });
  it('writes a headline within 160 characters', () => {
    expect(text.headline).toBe('Blue Alert: Officer killed at W Colfax Ave and N Broadway, Denver; suspect vehicle gray Ford F-150, CO plate ABC1234');
  });
  it('writes a description that says what, where, when and who, in full', () => {
    expect(text.description).toContain('A law enforcement officer was killed at W Colfax Ave and N Broadway, Denver, at 2:05 PM MST.');
    expect(text.description).toContain('blue eyes, tattoo on neck, wearing black hoodie, jeans');
    expect(text.description).toContain('Vehicle: gray 2015 Ford F-150, CO plate ABC1234, dented tailgate.');
    expect(text.description).toContain('Last seen 2:12 PM MST on I-70 eastbound at Colorado Blvd, possibly toward Kansas.');
    expect(text.description).toContain('Alert area: Denver metro area (Denver, CO; Adams, CO).');
    expect(text.description).toContain('In effect until 8:20 PM MST.');
  });
  it('writes an instruction: never approach, call 911 or the tip line, the link', () => {
    expect(text.instruction).toBe(
      'Consider the suspect armed and dangerous. Do not approach or try to stop the suspect. If you see the suspect or the vehicle, call 911 immediately and say where and when you saw them. If you have information, call 911 or the tip line at 1-800-555-0100. Updates: https://cbi.colorado.gov/blue-alert',
    );
  });
  it('has no Spanish unless asked', () => {
    expect(text.es).toBeUndefined();
  });
  it('is deterministic', () => {
    expect(compose(BASE).text).toEqual(text);
  });
});

describe('composeText: content choices', () => {
  it('leads with the agency summary when given and adds place and time', () => {
    const { text } = compose({ ...BASE, incident: { ...BASE.incident, summary: 'An officer was shot during a traffic stop.' } });
    expect(text.description.startsWith('An officer was shot during a traffic stop. Place: W Colfax Ave and N Broadway, Denver. Time: 2:05 PM MST.')).toBe(true);
  });
  it('gives the date of an incident on an earlier day', () => {
    const { text } = compose({ ...BASE, incident: { ...BASE.incident, occurredAt: '2026-11-21T23:50:00-07:00' } });
    expect(text.description).toContain('on Nov 21 at 11:50 PM MST');
  });
  it('without suspects asks for information instead of "do not approach"', () => {
    const { text } = compose({ ...BASE, event: 'imminent-threat', suspects: [] });
    expect(text.wea90).toBe('Blue Alert: threat to officers near Denver. If you have information, call 911.');
    expect(text.wea360).toContain('Tips: 1-800-555-0100 or cbi.colorado.gov/blue-alert');
    expect(text.headline).toBe('Blue Alert: Imminent threat to officers near W Colfax Ave and N Broadway, Denver');
    expect(text.wea360).not.toContain('approach');
    expect(text.instruction).toBe('If you have information, call 911 or the tip line at 1-800-555-0100. Updates: https://cbi.colorado.gov/blue-alert');
  });
  it('writes a headline without an empty vehicle part', () => {
    const { text } = compose({ ...BASE, suspects: [{ name: 'A B', vehicle: { features: 'loud exhaust' } }, { description: {} }] });
    expect(text.headline).toBe('Blue Alert: Officer killed at W Colfax Ave and N Broadway, Denver');
    expect(text.wea360).toContain('Suspect 1 vehicle: loud exhaust.');
    expect(`${text.wea90} ${text.wea360} ${text.description}`).not.toMatch(/: ?\./);
  });
  it('leaves out a link that GSM 7-bit would change', () => {
    const { text } = compose({ ...BASE, issuer: { ...BASE.issuer, web: 'https://example.gov/~blue' } });
    expect(text.wea360).not.toContain('example.gov');
    expect(text.instruction).toContain('https://example.gov/~blue');
  });
  it('numbers several suspects and keeps the first plate and direction in 360', () => {
    const second = { name: 'Second Person With A Long Name', description: { sex: 'female', clothing: 'red jacket, '.repeat(30).slice(0, 390) }, vehicle: { make: 'Honda', plate: { state: 'CO', number: 'ZZZ999' } } };
    const { text } = compose({ ...BASE, suspects: [...(BASE.suspects ?? []), second] });
    expect(text.description).toContain('Suspect 1: Marcus Lee Hale');
    expect(text.description).toContain('Suspect 2: Second Person With A Long Name');
    expect(text.wea360).toContain('CO plate ABC1234');
    expect(text.wea360).toContain('I-70 eastbound');
    expect(gsm7Length(text.wea360)).toBeLessThanOrEqual(360);
  });
});

describe('composeText: Update', () => {
  it('words an Update as one in WEA, headline and description, in both languages', () => {
    const { text } = compose({ ...BASE, languages: ['en-US', 'es-US'] }, { msgType: 'Update' });
    expect(text.wea90).toMatch(/^(Denver )?Blue Alert update: officer killed/);
    expect(text.wea360).toMatch(/^([^:]+: )?Blue Alert update\./);
    expect(text.headline.startsWith('Blue Alert update: Officer killed')).toBe(true);
    expect(text.description.startsWith('Update: A law enforcement officer was killed')).toBe(true);
    expect(text.es?.wea90).toMatch(/^Alerta Azul actualizada[,:]/);
    expect(text.es?.description.startsWith('Actualización: ')).toBe(true);
    expect(compose(BASE, { msgType: 'Alert' }).text).toEqual(compose(BASE).text);
  });
});

describe('composeText: officer identity', () => {
  const withOfficer: BlueAlertRequestInput = {
    ...BASE,
    officer: { name: 'Daniel Okafor', badge: '4471', rank: 'Officer', description: { sex: 'male', clothing: 'blue uniform' }, vehicle: { make: 'Ford', model: 'Explorer', plate: { state: 'CO', number: 'PD4471' } } },
  };
  it('never reads the officer for an officer-killed alert, even if the object is still there', () => {
    const { text } = compose(withOfficer);
    const all = JSON.stringify(text);
    for (const t of ['Okafor', '4471', 'Explorer', 'blue uniform']) expect(all).not.toContain(t);
  });
  it('describes a missing officer, with the name only when released', () => {
    const missing: BlueAlertRequestInput = { ...withOfficer, event: 'officer-missing', incident: { location: 'Hwy 50 near Canon City' } };
    const hidden = compose(missing).text;
    expect(hidden.description).not.toContain('Okafor');
    expect(hidden.description).toContain('Officer: male, wearing blue uniform.');
    expect(hidden.description).toContain("Officer's vehicle: Ford Explorer, CO plate PD4471.");
    // ("on" a numbered road since reader review 19t T30)
    expect(hidden.description).toContain('A law enforcement officer is missing, last seen on Hwy 50 near Canon City.');
    const released = compose({ ...missing, officer: { ...missing.officer, releaseApproved: true } }).text;
    expect(released.description).toContain('Officer Daniel Okafor: male, wearing blue uniform.');
    expect(released.wea360).toContain('Officer Daniel Okafor');
  });
});

describe('composeText: overrides', () => {
  it('uses valid overrides as given', () => {
    const { text, issues } = compose({ ...BASE, text: { headline: 'Blue Alert: Denver', wea90: 'BLUE ALERT: Officer killed. Gray Ford F-150 CO ABC1234. Do not approach. Call 911.', wea360: 'Long text [ok]', instruction: 'Call 911.' } });
    expect(issues).toEqual([]);
    expect(text.headline).toBe('Blue Alert: Denver');
    expect(text.wea90).toBe('BLUE ALERT: Officer killed. Gray Ford F-150 CO ABC1234. Do not approach. Call 911.');
    expect(text.wea360).toBe('Long text [ok]');
    expect(text.instruction).toBe('Call 911.');
    expect(text.eas.endsWith(' Call 911.')).toBe(true);
  });
  it('rejects a WEA 90 override that is too long, with path, limit and count, without quoting it', () => {
    const secret = 'Marcus '.repeat(14).trim(); // 97 characters
    const { issues, text } = compose({ ...BASE, text: { wea90: secret } });
    expect(issues).toEqual([
      { code: 'text_too_long', path: 'text.wea90', severity: 'error', message: expect.stringContaining('at most 90') },
    ]);
    expect(issues[0]?.message).toContain('this text has 97');
    expect(issues[0]?.message).not.toContain('Marcus');
    expect(text.wea90).not.toBe(secret);
  });
  it('counts extension characters as two', () => {
    const { issues } = compose({ ...BASE, text: { wea90: `${'a'.repeat(86)}[x]` } });
    expect(issues[0]).toMatchObject({ code: 'text_too_long', path: 'text.wea90' });
    expect(issues[0]?.message).toContain('has 91');
  });
  it('rejects non-GSM characters in a WEA 360 override with their positions', () => {
    const { issues } = compose({ ...BASE, text: { wea360: 'Blue Alert — “Llame” al 911 🚓' } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'text_not_gsm7', path: 'text.wea360', severity: 'error' });
    expect(issues[0]?.message).toContain('4 characters are outside the set (at positions 12, 14, 20, 29)');
  });
});

describe('composeText: Spanish', () => {
  const { text } = compose({ ...BASE, languages: ['en-US', 'es-US'] });
  const es = text.es;
  it('writes every Spanish text', () => {
    expect(es).toBeDefined();
    if (es === undefined) return;
    expect(es.headline.startsWith('Alerta Azul: Agente asesinado')).toBe(true);
    expect(es.wea90).toMatch(/^Alerta Azul(, Denver)?: agente asesinado/);
    expect(es.wea90).toContain('Llame al 911');
    expect(es.wea360).toContain('placa CO ABC1234');
    // the heading after a road, written short in the phone text when it is long ("I-70 este"), in full in the description
    expect(es.wea360).toMatch(/I-70 (?:en direccion )?este/u);
    expect(es.description).toContain('en dirección este');
    expect(es.wea360).not.toContain('hacia el este');
    expect(es.description).toContain('Un agente del orden fue asesinado en W Colfax Ave y N Broadway, Denver, a las 2:05 p. m. MST.');
    expect(es.description).toContain('hombre blanco, de 30 a 35 años');
    expect(es.description).toContain('Vehículo: Ford F-150 gris 2015, placa CO ABC1234');
    expect(es.instruction).toContain('No se acerque ni intente detener al sospechoso.');
    expect(es.eas.startsWith('UNA AUTORIDAD CIVIL HA EMITIDO UNA ALERTA AZUL PARA LOS SIGUIENTES CONDADOS/ÁREAS: Denver, CO; Adams, CO; A LAS 2:20 P. M. DEL 22 DE NOVIEMBRE DE 2026, VIGENTE HASTA LAS 8:20 P. M. Mensaje de Colorado Bureau of Investigation.')).toBe(true);
  });
  it('keeps Spanish WEA text in the GSM basic set (no á í ó ú, but ñ é ¿ ¡ may stay)', () => {
    if (es === undefined) throw new Error('no es');
    for (const t of [es.wea90, es.wea360]) {
      expect(gsmBasic(t)).toBe(true);
      expect(t).not.toMatch(/[áíóú]/);
    }
    expect(gsm7Length(es.wea90)).toBeLessThanOrEqual(90);
    expect(gsm7Length(es.wea360)).toBeLessThanOrEqual(360);
    expect(es.description).toMatch(/[áéíóú]/);
  });
});

describe('composeText: Spanish agreement and directions', () => {
  it('agrees with a female suspect and translates a compass direction with a destination', () => {
    const suspect = { description: { sex: 'female', race: 'white' }, direction: 'south toward Salinas', armedAndDangerous: true };
    const es = compose({ ...BASE, suspects: [suspect], languages: ['es-US'] }).text.es;
    expect(es?.description).toContain('Sospechosa: mujer blanca.');
    expect(es?.description).toContain('Hacia el sur, rumbo a Salinas.');
    expect(es?.description).toContain('Armada y peligrosa.');
    expect(es?.instruction).toContain('Considere a la sospechosa armada y peligrosa. No se acerque ni intente detener a la sospechosa.');
    expect(es?.wea360).toContain('Armada y peligrosa.');
  });
  it('uses the plural for several suspects and translates "on foot"', () => {
    const a = { name: 'Uno', direction: 'eastbound on I-70', armedAndDangerous: true };
    const b = { name: 'Dos', direction: 'fled on foot', armedAndDangerous: true };
    const es = compose({ ...BASE, suspects: [a, b], languages: ['es-US'] }).text.es;
    expect(es?.description).toContain('Sospechoso 1: Uno.');
    expect(es?.description).toContain('En dirección este por la I-70.');
    expect(es?.description).toContain('A pie.');
    expect(es?.wea360).toContain('2 sospechosos.');
    expect(es?.instruction).toContain('Considere a los sospechosos armados y peligrosos.');
    expect(es?.wea360).toContain('Armados y peligrosos.');
  });
});

describe('composeText: Spanish for a missing female officer', () => {
  it('agrees with the officer', () => {
    const es = compose({
      ...BASE,
      event: 'officer-missing',
      incident: { location: 'PR-52 near Cayey' },
      officer: { description: { sex: 'female', age: 31 } },
      suspects: [],
      languages: ['es-US'],
    }).text.es;
    expect(es?.description.startsWith('Una agente del orden está desaparecida, vista por última vez en la PR-52 cerca de Cayey.')).toBe(true);
    expect(es?.headline.startsWith('Alerta Azul: Agente desaparecida')).toBe(true);
    expect(es?.wea90).toContain('agente desaparecida');
    // no officer's car and no suspect: the instruction names no vehicle (finding 4)
    expect(es?.instruction).toContain('Si ve a la agente, llame al 911');
    expect(es?.instruction).not.toMatch(/veh[ií]culo/);
  });
});
