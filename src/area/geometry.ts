/**
 * Planar polygon geometry for CAP areas, one module per concern under `./geometry/`: rings and predicates
 * (`rings.ts`), self-intersection (`intersection.ts`), simplification to a pair budget (`simplify.ts`, with the
 * outward pass in `outward.ts` over a linked ring in `work-ring.ts`, an edge grid in `edge-grid.ts` and a candidate
 * queue in `candidate-heap.ts`), ring checks and CAP polygon text (`polygon.ts`), circles (`circles.ts`) and the
 * antimeridian (`antimeridian.ts`). This file keeps the one import path the rest of the library uses.
 */
export { boundsOf, formatDecimal, formatUnits, ringAreaKm2, ringContains, type LonLat } from './geometry/rings.js';
export { findSelfIntersection, ringDefects, type RingDefectOptions, type RingDefects } from './geometry/intersection.js';
export { simplifyPolygonToLimit, type SimplifiedRing } from './geometry/simplify.js';
export { capPolygonProblems, ringProblems, toCapPolygon } from './geometry/polygon.js';
export { circleToRings, destination, distanceKm } from './geometry/circles.js';
export { splitAtAntimeridian } from './geometry/antimeridian.js';
