/**
 * The preview's one door to d3-geo: the projection, the path writer, geodesic circles and spherical bounds.
 */
import { geoArea, geoBounds, geoCircle, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';

/** Mean Earth radius in km (IUGG), to turn a circle's km into degrees of arc. */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * A projected map frame: the fitted projection and a path writer rounding to 0.1 px.
 *
 * @example
 * const f = fitConic(collection, 640, 420, 16);
 * f.path({ type: 'Point', coordinates: [-104.9, 39.7] });
 */
export interface MapFrame {
  readonly project: (lonLat: readonly [number, number]) => [number, number] | null;
  readonly path: (geometry: Geometry) => string;
}

/**
 * A conic equal-area projection centred on the collection, its standard parallels inside the collection's
 * latitudes, fitted to the box `[pad, pad]`-`[width - pad, height - pad]`. Because the cone is centred on the area
 * itself, the same code fits Alaska (across the antimeridian), Hawaii, Puerto Rico, Guam and American Samoa.
 *
 * @example
 * fitConic({ type: 'FeatureCollection', features: [] }, 640, 420, 16);
 */
export function fitConic(collection: FeatureCollection, width: number, height: number, pad: number): MapFrame {
  const [[w, s], [e, n]] = geoBounds(collection);
  const east = e < w ? e + 360 : e;
  const centerLon = ((w + east) / 2 + 540) % 360 - 180;
  const span = Math.max(n - s, 0.5);
  let p1 = s + span / 6;
  let p2 = n - span / 6;
  if (p2 <= p1) p2 = p1 + 0.5;
  // parallels symmetric about the equator make the cone a cylinder d3's conic cannot express: nudge them north
  if (Math.abs(p1 + p2) < 1e-3) {
    p1 += 1;
    p2 += 1;
  }
  const projection: GeoProjection = geoConicEqualArea()
    .parallels([p1, p2])
    .rotate([-centerLon, 0])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      collection,
    );
  projection.clipExtent([
    [-2, -2],
    [width + 2, height + 2],
  ]);
  const writer = geoPath(projection).digits(1);
  return {
    project: (p) => projection([p[0], p[1]]) ?? null,
    path: (g) => writer(g) ?? '',
  };
}

/**
 * A geodesic circle as a GeoJSON polygon (d3-geo winding).
 *
 * @example
 * circlePolygon(-104.94, 39.78, 40).coordinates[0].length; //=> about 180
 */
export function circlePolygon(lon: number, lat: number, radiusKm: number): Polygon {
  const degrees = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  return geoCircle().center([lon, lat]).radius(degrees).precision(2)() as Polygon;
}

/**
 * A polygon ring `[lon, lat][]` wound as d3-geo expects (clockwise on the sphere's outside): a ring whose area comes
 * out larger than a hemisphere is the other way round and is reversed.
 *
 * @example
 * d3Polygon([[-105, 39], [-104, 39], [-104, 40], [-105, 39]]).type; //=> 'Polygon'
 */
export function d3Polygon(ring: readonly (readonly [number, number])[]): Polygon {
  const coords = ring.map(([x, y]) => [x, y]);
  const polygon: Polygon = { type: 'Polygon', coordinates: [coords] };
  if (geoArea(polygon) > 2 * Math.PI) polygon.coordinates = [[...coords].reverse()];
  return polygon;
}

/**
 * The spherical bounding box `[[west, south], [east, north]]` (west > east when it crosses the antimeridian).
 *
 * @example
 * sphericalBounds({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2] } });
 */
export function sphericalBounds(object: Feature | FeatureCollection): [[number, number], [number, number]] {
  return geoBounds(object);
}
