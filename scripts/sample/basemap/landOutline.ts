import { featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { geoJsonPolygonAreaM2 } from '../../../src/index.ts';

/** Holes smaller than this are slivers where two districts' borders do not quite meet. */
const MIN_HOLE_M2 = 500_000;
/** Separate pieces smaller than this are slivers too; the smallest real islands kept are ~0.03 km². */
const MIN_PIECE_M2 = 20_000;

function ringAreaM2(ring: Position[]): number {
  return geoJsonPolygonAreaM2('Polygon', [ring]);
}

/** Shanghai's land outline: the union of the districts, without the slivers the union leaves. */
export function landOutline(districts: Feature<Polygon | MultiPolygon>[]): MultiPolygon {
  const merged = union(featureCollection(districts));
  if (!merged) throw new Error('union of districts is empty');
  const g = merged.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const kept = polygons
    .filter((rings) => ringAreaM2(rings[0]) >= MIN_PIECE_M2)
    .map((rings) => [rings[0], ...rings.slice(1).filter((hole) => ringAreaM2(hole) >= MIN_HOLE_M2)]);
  return { type: 'MultiPolygon', coordinates: kept };
}
