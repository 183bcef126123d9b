import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert, type BlueAlertIssue, type BlueAlertRequestInput, type RequestArea } from '../../src/index.js';
import { countyLookup } from '../../src/counties/index.js';
import { areaSanityIssues, swappedPositionHint } from '../../src/area/sanity.js';
import { STATE_BOXES, statesAtPoint } from '../../src/area/state-boxes.js';

const now = '2026-11-22T14:20:00-07:00';
const request = (area: RequestArea): BlueAlertRequestInput => ({
  event: 'officer-killed',
  status: 'Exercise',
  issuer: { name: 'State Bureau of Investigation', sender: 'sbi@state.example.gov', timeZone: 'America/New_York' },
  requestingAgency: { name: 'City Police Department' },
  criteria: { requestedByPrimaryAgency: true, officerStatusConfirmed: true, suspectApprehended: false, sufficientSuspectDescription: true },
  suspects: [{ vehicle: { make: 'Ford', model: 'F-150', color: 'gray' } }],
  area,
});

/** A small square polygon around a point, in GeoJSON [lon, lat] order (or swapped). */
function square(lon: number, lat: number, swap = false): RequestArea['geometry'] {
  const d = 0.05;
  const ring: [number, number][] = [[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]];
  return { type: 'Polygon', coordinates: [ring.map(([x, y]) => (swap ? [y, x] : [x, y]))] };
}

function issuesOf(area: RequestArea, options: Parameters<typeof safeBuildBlueAlert>[1] = {}): readonly BlueAlertIssue[] {
  const r = safeBuildBlueAlert(request(area), { now, identifier: 'T-1', ...options });
  return r.success ? r.data.warnings.map((w) => ({ ...w, severity: 'warning' as const })) : r.issues;
}

// places [lon, lat] in states and territories
const PLACES = {
  'New York': [-73.97, 40.78],
  Florida: [-80.19, 25.77],
  'Puerto Rico': [-66.1, 18.4],
  Georgia: [-84.39, 33.75],
  Maine: [-69.78, 44.31],
  'Virgin Islands': [-64.93, 18.34],
  Guam: [144.79, 13.47],
  Alaska: [-149.9, 61.22],
  Hawaii: [-157.86, 21.31],
  Colorado: [-104.99, 39.74],
  Texas: [-97.74, 30.27],
} as const;

describe('area sanity: positions in no US state, or swapped', () => {
  it('every place used here is in its own state box (the table is right for them)', () => {
    for (const [name, [lon, lat]] of Object.entries(PLACES)) {
      const states = statesAtPoint(lon, lat).map((f) => STATE_BOXES.find((s) => s.fips === f)?.fips);
      expect(states.length, name).toBeGreaterThan(0);
    }
  });

  it.each(Object.entries(PLACES))('a correct polygon in %s builds without an area_outside_us issue', (_name, [lon, lat]) => {
    expect(issuesOf({ geometry: square(lon, lat) }).map((i) => i.code)).not.toContain('area_outside_us');
  });

  it.each(['New York', 'Florida', 'Puerto Rico', 'Georgia', 'Maine', 'Virgin Islands'] as const)(
    'a swapped polygon in %s (longitude within ±90, so "in range") is refused with the swapped pair',
    (name) => {
      const [lon, lat] = PLACES[name];
      const issues = issuesOf({ geometry: square(lon, lat, true) });
      const i = issues.find((x) => x.code === 'area_outside_us');
      expect(i).toMatchObject({ severity: 'error', path: 'area.geometry.coordinates[0]' });
      expect(i?.message).toContain('GeoJSON positions are [longitude, latitude]');
      expect(i?.message).toContain(name);
      // the swapped pair is shown: the first vertex in the right order
      expect(i?.message).toContain(`[${Math.round((lon - 0.05) * 1e4) / 1e4}, ${Math.round((lat - 0.05) * 1e4) / 1e4}]`);
    },
  );

  it.each(['Guam', 'Alaska', 'Hawaii', 'Colorado', 'Texas'] as const)(
    'a swapped polygon in %s (latitude out of range) names the swap in the request error',
    (name) => {
      const [lon, lat] = PLACES[name];
      const issues = issuesOf({ geometry: square(lon, lat, true) });
      expect(issues.length).toBeGreaterThan(0);
      const first = issues[0];
      expect(first?.path).toMatch(/^area\.geometry\.coordinates\[0\]\[\d\]\[[01]\]$/);
      expect(first?.message).toContain('GeoJSON positions are [longitude, latitude]');
      expect(first?.message).toContain(name);
    },
  );

  it('a swapped circle says lat and lon look swapped', () => {
    const [lon, lat] = PLACES['New York'];
    const i = issuesOf({ circles: [{ lat: lon, lon: lat, radiusKm: 20 }] }).find((x) => x.code === 'area_outside_us');
    expect(i).toMatchObject({ severity: 'error', path: 'area.circles[0]' });
    expect(i?.message).toMatch(/lat 40\.78, lon -73\.97 would fall in (New Jersey or )?New York/);
    const co = issuesOf({ circles: [{ lat: PLACES.Colorado[0], lon: PLACES.Colorado[1], radiusKm: 20 }] });
    expect(co[0]?.path).toBe('area.circles[0].lat');
    expect(co[0]?.message).toContain('lat and lon look swapped');
    expect(co[0]?.message).toContain('Colorado');
  });

  it('a reach in the middle of the Atlantic touches no state; nothing swapped would either', () => {
    const i = issuesOf({ reach: { lat: 35, lon: -40, radiusKm: 50 } }).find((x) => x.code === 'area_outside_us');
    expect(i).toMatchObject({ severity: 'error', path: 'area.reach' });
    expect(i?.message).toContain('Check the coordinates');
  });

  it('a polygon half in Canada still builds (it touches a state)', () => {
    const g: RequestArea['geometry'] = { type: 'Polygon', coordinates: [[[-123.5, 48.5], [-122.5, 48.5], [-122.5, 49.8], [-123.5, 49.8], [-123.5, 48.5]]] };
    expect(issuesOf({ geometry: g }).map((i) => i.code)).not.toContain('area_outside_us');
  });

  it('with the county lookup, real geometry decides: open sea inside a state box is outside, a swapped New York is named', () => {
    // the Gulf of Mexico south of Louisiana, inside the padded Louisiana box, touches no county
    const sea = issuesOf({ circles: [{ lat: 29.0, lon: -90.5, radiusKm: 3 }] }, { counties: countyLookup }).find((x) => x.code === 'area_outside_us');
    expect(sea?.severity).toBe('error');
    const [lon, lat] = PLACES['New York'];
    const swapped = issuesOf({ geometry: square(lon, lat, true) }, { counties: countyLookup }).find((x) => x.code === 'area_outside_us');
    expect(swapped?.message).toContain('New York');
  });

  it('swappedPositionHint says nothing for a correct position', () => {
    expect(swappedPositionHint(-73.97, 40.78, 'position')).toBe('');
    expect(swappedPositionHint(40.78, -73.97, 'position')).toMatch(/\[-73\.97, 40\.78\] would fall in (New Jersey or )?New York\./);
    expect(swappedPositionHint(Number.NaN, 1, 'position')).toBe('');
  });
});

describe('area sanity with the county lookup: shapes against listed codes', () => {
  const denver = square(-104.99, 39.74);

  it('a Denver polygon with Manhattan\'s code is an error naming where the polygon is', () => {
    const issues = issuesOf({ same: ['036061'], geometry: denver }, { counties: countyLookup });
    const i = issues.find((x) => x.code === 'area_code_mismatch');
    expect(i).toMatchObject({ severity: 'error', path: 'area.geometry.coordinates[0]' });
    expect(i?.message).toContain('036061');
    expect(i?.message).toContain('Denver, CO');
  });

  it('a circle that meets only some listed codes builds with a warning naming the others', () => {
    const issues = issuesOf({ same: ['008031', '036061'], circles: [{ lat: 39.74, lon: -104.99, radiusKm: 5 }] }, { counties: countyLookup });
    const w = issues.find((x) => x.code === 'area_code_mismatch');
    expect(w).toMatchObject({ severity: 'warning', path: 'area.same[1]' });
    expect(w?.message).toContain('036061');
    expect(w?.message).not.toContain('008031 (');
  });

  it('a statewide code meets a shape in that state; FIPS codes count too', () => {
    expect(issuesOf({ same: ['008000'], geometry: denver }, { counties: countyLookup }).map((i) => i.code)).not.toContain('area_code_mismatch');
    expect(issuesOf({ fips: ['08031'], geometry: denver }, { counties: countyLookup }).map((i) => i.code)).not.toContain('area_code_mismatch');
    expect(issuesOf({ fips: ['36061'], geometry: denver }, { counties: countyLookup }).find((i) => i.code === 'area_code_mismatch')?.severity).toBe('error');
  });

  it('without the lookup no mismatch is claimed (the core has no county geometry)', () => {
    expect(issuesOf({ same: ['036061'], geometry: denver }).map((i) => i.code)).not.toContain('area_code_mismatch');
  });
});

describe('area sanity: whole states', () => {
  it('a statewide SAME code or FIPS state code warns, naming the state and its area in km²', () => {
    const w = issuesOf({ same: ['008000'] }).find((x) => x.code === 'area_statewide');
    expect(w).toMatchObject({ severity: 'warning', path: 'area.same[0]' });
    expect(w?.message).toContain('Colorado');
    expect(w?.message).toMatch(/269,601 km²/);
    expect(issuesOf({ fips: ['72'] }).find((x) => x.code === 'area_statewide')?.message).toContain('Puerto Rico');
  });

  it('a circle covering most of Colorado warns with the km²; a county-sized one does not', () => {
    const big = issuesOf({ circles: [{ lat: 39.0, lon: -105.5, radiusKm: 260 }] }).find((x) => x.code === 'area_statewide');
    expect(big?.path).toBe('area.circles[0]');
    expect(big?.message).toMatch(/covers most of Colorado: about [\d,]+ km² of its 269,601 km²/);
    expect(issuesOf({ circles: [{ lat: 39.74, lon: -104.99, radiusKm: 40 }] }).map((x) => x.code)).not.toContain('area_statewide');
  });

  it('a polygon over all of Rhode Island warns', () => {
    const ri: RequestArea['geometry'] = { type: 'Polygon', coordinates: [[[-71.95, 41.1], [-71.1, 41.1], [-71.1, 42.05], [-71.95, 42.05], [-71.95, 41.1]]] };
    expect(issuesOf({ geometry: ri }).find((x) => x.code === 'area_statewide')?.message).toContain('Rhode Island');
  });

  it('areaSanityIssues is pure and tolerates an empty area', () => {
    expect(areaSanityIssues({})).toEqual([]);
  });
});

describe('area sanity: adversarial cases', () => {
  it('a 2,000 km circle over Kansas gives one statewide warning naming every state it covers most of', () => {
    const ws = issuesOf({ circles: [{ lat: 38.5, lon: -98, radiusKm: 2000 }] }).filter((x) => x.code === 'area_statewide');
    expect(ws).toHaveLength(1);
    expect(ws[0]?.message).toMatch(/covers most of \d+ states: .*Kansas: about/);
  });
  it('the same statewide code given as SAME and FIPS warns once', () => {
    expect(issuesOf({ same: ['008000'], fips: ['08'] }).filter((x) => x.code === 'area_statewide')).toHaveLength(1);
  });
  it('a MultiPolygon with one good and one swapped polygon names the swapped one only', () => {
    const good = square(-73.97, 40.78)?.coordinates as [number, number][][];
    const bad = square(-80.19, 25.77, true)?.coordinates as [number, number][][];
    const issues = issuesOf({ geometry: { type: 'MultiPolygon', coordinates: [good, bad] } }).filter((x) => x.code === 'area_outside_us');
    expect(issues.map((i) => i.path)).toEqual(['area.geometry.coordinates[1][0]']);
    expect(issues[0]?.message).toContain('Florida');
  });
  it('a polygon across the antimeridian in the Aleutians is in Alaska', () => {
    const g: RequestArea['geometry'] = { type: 'Polygon', coordinates: [[[179.5, 51.5], [-179.5, 51.5], [-179.5, 52.2], [179.5, 52.2], [179.5, 51.5]]] };
    expect(issuesOf({ geometry: g }).map((x) => x.code)).not.toContain('area_outside_us');
  });
  it('American Samoa (southern hemisphere) and the Northern Mariana Islands are in range', () => {
    expect(issuesOf({ circles: [{ lat: -14.28, lon: -170.7, radiusKm: 10 }] }).map((x) => x.code)).not.toContain('area_outside_us');
    expect(issuesOf({ circles: [{ lat: 15.2, lon: 145.75, radiusKm: 10 }] }).map((x) => x.code)).not.toContain('area_outside_us');
  });
});
