import { describe, expect, it } from 'vitest';
import { spokenEs } from '../../src/text/eas.js';

describe('spokenEs: Spanish EAS text as said aloud', () => {
  it('says the street words and compass letters of English place names in full', () => {
    expect(spokenEs('en W Colfax Ave y N Broadway, Denver, a la altura de Colorado Blvd.')).toBe('en West Colfax Avenue y North Broadway, Denver, a la altura de Colorado Boulevard.');
  });
  it('says a plate state by name after "placa"', () => {
    expect(spokenEs('Ford F-150 gris, placa CO ABC1234.')).toBe('Ford F-150 gris, placa de Colorado ABC1234.');
    expect(spokenEs('placa PR ABC123')).toBe('placa de Puerto Rico ABC123');
  });
  it('leaves Spanish words, plates and lower-case words alone', () => {
    const s = 'Pedro e Isabel vieron al sospechoso en la calle Luna, placa desconocida, 6 pies, 180 libras.';
    expect(spokenEs(s)).toBe(s);
  });
  it('leaves out the ZIP code', () => {
    expect(spokenEs('en 1200 Main St, Denver, CO 80202.')).not.toContain('80202');
  });
});
