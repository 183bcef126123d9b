/**
 * The map: fitted to the area anywhere in the US and territories (across the antimeridian too), the counties the
 * SAME codes name, the ones the shapes meet but no code names, codes whose counties the shapes miss.
 */
import { describe, expect, it } from 'vitest';
import * as counties from '../../src/counties/index.js';
import { renderMap } from '../../src/preview/index.js';
import { countyOutlines } from '../../src/preview/outlines.js';

const outlines = countyOutlines();

/** All numbers of the path data and circle positions of an SVG. */
function coordinates(svg: string): number[] {
  const out: number[] = [];
  for (const m of svg.matchAll(/ d="([^"]*)"/g)) for (const n of m[1]!.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []) out.push(Number(n));
  for (const m of svg.matchAll(/c[xy]="([^"]*)"/g)) out.push(Number(m[1]));
  return out;
}

/** The numbers of the alert shapes' paths (not the counties', which are clipped to the frame). */
function shapeCoordinates(svg: string): number[] {
  return [...svg.matchAll(/<path class="shape[^"]*" d="([^"]*)"/g)].flatMap((m) => (m[1]!.match(/-?\d+(\.\d+)?/g) ?? []).map(Number));
}

const fips = (svg: string, mark: string) => [...svg.matchAll(new RegExp(`class="county ${mark}" data-fips="(\\d{5})"`, 'g'))].map((m) => m[1]);

describe('renderMap', () => {
  const places: [string, string, string][] = [
    ['Denver, CO', '39.74,-104.99 25', '08031'],
    ['Honolulu, HI', '21.31,-157.86 20', '15003'],
    ['San Juan, PR', '18.45,-66.06 15', '72127'],
    ['Guam', '13.47,144.75 10', '66010'],
    ['Anchorage, AK', '61.2,-149.9 40', '02020'],
    ['Adak, AK (west of the antimeridian)', '51.88,-176.65 60', '02016'],
    ['American Samoa', '-14.28,-170.70 10', '60010'],
  ];
  for (const [place, circle, county] of places) {
    it(`${place}: the circle is fitted inside the frame and its county is drawn`, () => {
      const m = renderMap({ polygons: [], circles: [circle], same: [`0${county}`] }, { outlines, counties });
      expect(m.svg).toMatch(/^<svg viewBox="0 0 640 440"/);
      expect(m.svg).not.toContain('NaN');
      const xy = shapeCoordinates(m.svg);
      expect(xy.length).toBeGreaterThan(10);
      for (const v of xy) expect(v).toBeGreaterThanOrEqual(-1), expect(v).toBeLessThanOrEqual(641);
      expect(m.svg).toContain(`data-fips="${county}"`);
      expect(m.counties.find((c) => c.fips === county)?.mark).toBe('named');
    });
  }

  it('a polygon far from the counties it claims: the claimed county is marked missed, the met ones unnamed', () => {
    // a square around downtown Denver, SAME code of Pueblo County (008101), 150 km south
    const square = '39.70,-105.02 39.70,-104.95 39.77,-104.95 39.77,-105.02 39.70,-105.02';
    const m = renderMap({ polygons: [square], circles: [], same: ['008101'] }, { outlines, counties });
    expect(fips(m.svg, 'missed')).toEqual(['08101']);
    expect(fips(m.svg, 'unnamed')).toContain('08031');
    expect(m.counties.filter((c) => c.mark === 'named')).toEqual([]);
  });

  it('without the county lookup: codes are drawn as named, and the note says the shapes were not checked', () => {
    const m = renderMap({ polygons: [], circles: ['39.74,-104.99 25'], same: ['008031'] }, { outlines });
    expect(fips(m.svg, 'named')).toEqual(['08031']);
    expect(m.note).toMatch(/not checked/);
  });

  it('without outlines: the shapes alone, and a note', () => {
    const m = renderMap({ polygons: [], circles: ['39.74,-104.99 25'], same: ['008031'] });
    expect(m.svg).toContain('class="shape circle"');
    expect(m.svg).not.toContain('class="county');
    expect(m.note).toMatch(/outlines were not loaded/);
  });

  it('codes only (no shapes): the named counties are drawn and fitted; a whole-state code names every county', () => {
    const m = renderMap({ polygons: [], circles: [], same: ['044000'] }, { outlines, counties });
    expect(fips(m.svg, 'named').sort()).toEqual(outlines.counties.filter((c) => c.fips.startsWith('44')).map((c) => c.fips).sort());
    expect(m.svg).toContain('class="state-lines"');
  });

  it('the reach circle and last-seen point are drawn and told apart from an alert circle', () => {
    const m = renderMap({ polygons: [], circles: ['39.78,-104.94 150', '39.74,-104.99 10'], same: [], reach: { lat: 39.78, lon: -104.94 }, lastSeen: [{ lat: 39.78, lon: -104.94 }] }, { outlines, counties });
    expect(m.svg).toContain('class="shape reach"');
    expect(m.svg).toContain('class="shape circle"');
    expect(m.svg).toContain('<g class="last-seen">');
  });

  it('a polygon wound either way is drawn as the same small area (not the rest of the globe)', () => {
    const cw = '39.70,-105.02 39.77,-105.02 39.77,-104.95 39.70,-104.95 39.70,-105.02';
    const ccw = '39.70,-105.02 39.70,-104.95 39.77,-104.95 39.77,-105.02 39.70,-105.02';
    const a = renderMap({ polygons: [cw], circles: [], same: [] }, { outlines });
    const b = renderMap({ polygons: [ccw], circles: [], same: [] }, { outlines });
    expect(a.svg.match(/data-fips="(\d+)"/g)?.length).toBe(b.svg.match(/data-fips="(\d+)"/g)?.length);
    expect(a.svg.match(/data-fips="(\d+)"/g)?.length).toBeLessThan(40);
  });

  it('garbage shapes are left out, never drawn as NaN; nothing at all gives no svg and says why', () => {
    const m = renderMap({ polygons: ['a,b c,d', '91,0 0,0 1,1 91,0', ''], circles: ['NaN,1 5', '1,2 -4', '1,2 x', ''], same: ['abc', '099999'], lastSeen: [{ lat: Number.NaN, lon: 0 }] }, { outlines, counties });
    expect(m.svg).toBe('');
    expect(m.note).toMatch(/Nothing to draw/);
    expect(coordinates(m.svg)).toEqual([]);
  });
});
