/**
 * Red-team (text): the alerts read as the public reads them. Each test asserts the CORRECT behaviour for one finding
 * in /work/findings/text.md. Requests live in test/attack/requests/*.json (their `__opts` holds `now`/`identifier`).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildBlueAlert } from '../../src/index.js';
import { countyLookup } from '../../src/counties/index.js';

const dir = new URL('./requests/', import.meta.url);

function load(name: string): { req: any; opts: { now: string; identifier: string } } {
  const req = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8'));
  const opts = req.__opts;
  delete req.__opts;
  return { req, opts };
}

function build(name: string, edit?: (req: any) => void) {
  const { req, opts } = load(name);
  edit?.(req);
  return buildBlueAlert(req, { now: opts.now, identifier: opts.identifier, counties: countyLookup });
}

/** Spanish text with every "(en inglés: …)" span removed: what remains must be Spanish. */
function unmarked(es: string): string {
  return es.replace(/\(en inglés: [^()]*(\([^()]*\)[^()]*)*\)/g, '');
}

describe('attack: text as the public reads it', () => {
  it('1. es description/EAS: the alert area is Spanish, not "Polk, Orange y Osceola counties (Polk, Orange and Osceola counties)"', () => {
    for (const name of ['florida-fdle', 'imminent-threat-no-vehicle', 'puerto-rico-es', 'georgia-three-suspects']) {
      const es = build(name).text.es!;
      for (const text of [es.description, es.eas]) {
        const area = unmarked(text).match(/Área de la alerta:[^.]*\./)?.[0] ?? '';
        expect(area, name).not.toMatch(/\b(counties|county|and)\b/i);
      }
    }
  });

  it('2. es headline for a missing female officer agrees: "desaparecida, vista", never "desaparecida, visto"', () => {
    const es = build('missing-female-officer-photo').text.es!;
    expect(es.headline).not.toMatch(/desaparecida, visto/);
    expect(es.headline).toMatch(/vista/);
  });

  it('3. es WEA 360 never writes an accent-stripped word that changes meaning ("resulto" = "I result")', () => {
    const es = build('partial-plate-injured').text.es!;
    for (const t of [es.wea90, es.wea360]) expect(t).not.toMatch(/\bresulto\b/i);
  });

  it('4. instruction does not mention "the vehicle" when no suspect has a vehicle (en and es)', () => {
    const m = build('imminent-threat-no-vehicle');
    expect(m.text.instruction).not.toMatch(/vehicle/i);
    expect(m.text.es!.instruction).not.toMatch(/veh[ií]culo/i);
  });

  it('5. es WEA 90 names the town (en WEA 90 does: "Grand Rapids Blue Alert")', () => {
    const m = build('imminent-threat-no-vehicle');
    expect(m.text.wea90).toContain('Grand Rapids');
    expect(m.text.es!.wea90).toContain('Grand Rapids');
  });

  it('6. missing-officer WEA 360 describes the SUSPECT vehicle (colour/make/model), not only the officer car', () => {
    const m = build('missing-female-officer-photo');
    // the officer's car keeps "black 2022 Chevrolet Tahoe"; the suspect's green GMC Sierra is cut to a bare plate
    expect(m.text.wea360).toMatch(/GMC|Sierra/);
    expect(m.text.es!.wea360).toMatch(/GMC|Sierra/);
  });

  it('7. es WEA 360 of a 3-suspect alert keeps suspect 2 and its separate vehicle/plate (en does)', () => {
    const m = build('georgia-three-suspects');
    expect(m.text.wea360).toContain('TKM 4410');
    expect(m.text.es!.wea360).toContain('TKM 4410');
  });

  it('8. a long narrative does not push the suspect vehicle and plate out of the EAS text', () => {
    const m = build('long-narrative');
    expect(m.text.eas).toContain('CFK4471');
    expect(m.text.es!.eas).toContain('CFK4471');
  });

  it('9. a Spanish direction given as es.direction reads as a direction ("hacia el sur"), not a bare ", sur."', () => {
    const es = build('spanish-free-text').text.es!;
    expect(es.wea360).not.toMatch(/, sur\./);
    // the place already says "en dirección sur": not repeated as ", hacia el sur"
    expect(es.description).toMatch(/en dirección sur en Ajo Way, posiblemente/);
    const bare = build('spanish-free-text', (r) => { r.suspects[0].lastSeen.location = 'Ajo Way'; r.suspects[0].lastSeen.es.location = 'Ajo Way'; }).text.es!;
    expect(bare.description).toMatch(/hacia el sur/);
    expect(bare.wea360).not.toMatch(/, sur\./);
  });

  it('10. direction "unknown" never becomes "heading unknown"', () => {
    const m = build('texas-dps', (r) => {
      r.suspects[0].direction = 'unknown';
      delete r.suspects[0].destinations;
    });
    for (const t of [m.text.wea360, m.text.description, m.text.eas]) expect(t).not.toMatch(/heading unknown/i);
  });

  it('11. es description has no doubled parentheses ("Armado ((en inglés: AR-15 rifle)) y peligroso")', () => {
    const es = build('imminent-threat-no-vehicle').text.es!;
    expect(es.description).not.toContain('((');
    expect(es.description).not.toContain('))');
  });

  it('12. instruction for suspects in two different vehicles speaks of "the vehicles", not "the vehicle"', () => {
    const m = build('georgia-three-suspects');
    expect(m.text.instruction).not.toMatch(/\bthe vehicle\b/);
    expect(m.text.es!.instruction).not.toMatch(/\bel vehículo\b/);
  });

  it('13. every DMS phase of an Exercise says it is an exercise (Test and Draft do: "TEST BLUE ALERT")', () => {
    const m = build('exercise');
    expect(m.text.dms[0]!.join(' ')).toMatch(/EXERCISE|DRILL/);
  });
});
