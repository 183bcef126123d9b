/**
 * Beyond the red-team tests (test/attack/text.test.ts): variants of each finding tried in the adversarial pass.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildBlueAlert } from '../../src/index.js';
import { countyLookup } from '../../src/counties/index.js';

const dir = new URL('../attack/requests/', import.meta.url);

function build(name: string, edit?: (req: any) => void) {
  const req = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8'));
  const opts = req.__opts;
  delete req.__opts;
  edit?.(req);
  return buildBlueAlert(req, { now: opts.now, identifier: opts.identifier, counties: countyLookup });
}

function esArea(description: string): string {
  const es = build('imminent-threat-no-vehicle', (r) => { r.area.description = description; }).text.es!;
  const found = es.description.match(/Área de la alerta: (.*?)\. Vigente/);
  return found?.[1] ?? '';
}

describe('red-team text fixes: variants', () => {
  it('Spanish area names: counties, parishes, a state code, "statewide"; unknown words marked once', () => {
    expect(esArea('Miami-Dade County and Broward County')).toBe('condados de Miami-Dade y Broward');
    expect(esArea('Polk, Orange, and Osceola Counties')).toBe('condados de Polk, Orange y Osceola');
    expect(esArea('Kent County, MI')).toBe('condado de Kent, MI');
    expect(esArea('St. Louis County')).toBe('condado de St. Louis');
    expect(esArea('Orleans Parish')).toBe('parroquia de Orleans');
    expect(esArea('Statewide')).toBe('todo el estado');
    // a compass word with a capital opens a name ("North Slope", "South Gate", "North Las Vegas"), not English
    expect(esArea('North Slope Borough')).toBe('distrito de North Slope');
    expect(esArea('borough of stuff')).toBe('(en inglés: borough of stuff)');
    expect(esArea('counties')).toBe('(en inglés: counties)');
  });

  it('a Spanish compass word in es.direction reads "hacia el …" whatever its case; a phrase stays as written', () => {
    // (a place without a heading of its own: one with "en dirección sur" already says "sur", see writer.test.ts)
    const d = (x: string) => build('spanish-free-text', (r) => { r.suspects[0].es.direction = x; r.suspects[0].lastSeen.location = 'Ajo Way'; r.suspects[0].lastSeen.es.location = 'Ajo Way'; }).text.es!.description;
    expect(d('Norte')).toContain('hacia el norte');
    expect(d('SUR')).toContain('hacia el sur');
    expect(d('rumbo al sur')).toContain(', rumbo al sur');
    expect(d('rumbo al sur')).not.toContain('hacia el rumbo');
  });

  it('"UNK", "N/A", "Unknown." directions are left out, en and es', () => {
    for (const x of ['UNK', 'N/A', 'Unknown.', 'desconocido']) {
      const t = build('texas-dps', (r) => { r.suspects[0].direction = x; delete r.suspects[0].destinations; }).text;
      for (const s of [t.wea360, t.description, t.eas]) expect(s, x).not.toMatch(/heading|unknown|\bunk\b|n\/a/i);
      expect(t.es!.description, x).not.toMatch(/unknown|desconocid|en inglés: (unk|n\/a)/i);
    }
  });

  it('an exercise sign says so in phase 1 at every width', () => {
    for (const chars of [18, 12, 10, 8]) {
      const dms = build('exercise', (r) => { r.dms = { chars }; }).text.dms;
      expect(dms[0]!.join(' '), String(chars)).toMatch(/EXERCISE|DRILL/);
      for (const line of dms.flat()) expect(line.length).toBeLessThanOrEqual(chars);
    }
    for (const status of ['Test', 'Draft']) {
      expect(build('exercise', (r) => { r.status = status; }).text.dms[0]![0]).toBe(`${status.toUpperCase()} BLUE ALERT`);
    }
  });

  it('weapons already in parentheses are not wrapped again; a mixed list is marked once', () => {
    const es = (w: string) => build('imminent-threat-no-vehicle', (r) => { r.suspects[0].weapons = w; }).text.es!.description;
    // (AR-15 rifle has a Spanish name since red team 13: a list with a weapon that has none is still marked once)
    expect(es('handgun, AR-15 rifle')).toContain('Armado (pistola y rifle AR-15) y peligroso');
    expect(es('handgun, flamethrower')).toContain('Armado (en inglés: handgun, flamethrower) y peligroso');
    expect(es('rifle (AR-15)')).not.toContain('((');
  });

  it('instruction: one officer car and a suspect on foot is "the vehicle"; en and es agree', () => {
    const t = build('missing-female-officer-photo', (r) => { delete r.suspects[0].vehicle; }).text;
    expect(t.instruction).toContain('the officer or the vehicle,');
    expect(t.es!.instruction).toContain('a la agente o el vehículo,');
  });

  it('a long narrative still warns, stays within 1,800, and keeps plate and last seen in en and es', () => {
    const m = build('long-narrative', (r) => { r.incident.es = { summary: 'Narración larga. '.repeat(250) }; });
    expect(m.warnings.map((i) => i.code)).toContain('eas_text_truncated');
    for (const t of [m.text.eas, m.text.es!.eas]) {
      expect(t.length).toBeLessThanOrEqual(1800);
      expect(t).toContain('CFK4471');
      expect(t).toMatch(/Last seen|Visto por última vez/);
      expect(t).toMatch(/call 911|llame al 911/i);
    }
  });
});
