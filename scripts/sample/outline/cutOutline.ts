/** Polygon operations on piece outlines (turf, lon/lat): cut to the district and to free land. */
import { booleanPointInPolygon, difference, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { geoJsonPolygonAreaM2 } from '../../../src/index.ts';

export type Area = Feature<Polygon | MultiPolygon>;

export interface Occupied {
  feature: Area;
  bbox: [number, number, number, number];
}

const MIN_PART_M2 = 8_000;

function parts(area: Area | null): Position[][][] {
  if (!area) return [];
  const g = area.geometry;
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).filter((rings) => geoJsonPolygonAreaM2('Polygon', rings) >= MIN_PART_M2);
}

/** True when `inner` certainly lies within `outer`: all its vertices inside, no vertex of `outer` in its box. */
function surelyWithin(inner: Feature<Polygon>, outer: Area): boolean {
  const ring = inner.geometry.coordinates[0];
  if (!ring.every((p) => booleanPointInPolygon(p, outer))) return false;
  const [w, s, e, n] = bboxOf(inner);
  const g = outer.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return !polygons.some((rings) => rings.some((r) => r.some(([x, y]) => x >= w && x <= e && y >= s && y <= n)));
}

/** True when the two certainly do not overlap: no vertex of either inside the other, boxes apart or not. */
function surelyApart(a: Feature<Polygon>, b: Occupied): boolean {
  const [w, s, e, n] = bboxOf(a);
  if (b.bbox[0] > e || b.bbox[2] < w || b.bbox[1] > n || b.bbox[3] < s) return true;
  if (a.geometry.coordinates[0].some((p) => booleanPointInPolygon(p, b.feature))) return false;
  const g = b.feature.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return !polygons.some((rings) => rings[0].some((p) => booleanPointInPolygon(p, a)));
}

/**
 * The candidate cut to its district and clear of pieces placed before. The exact (and slow) polygon
 * operations run only where the candidate crosses a border; the cells were already chosen to fit.
 */
export function cutToFreeLand(candidate: Feature<Polygon>, district: Area, occupied: Occupied[]): { polygons: Position[][][]; areaM2: number } {
  let cut: Area | null = surelyWithin(candidate, district) ? candidate : intersect(featureCollection<Polygon | MultiPolygon>([candidate, district]));
  if (!cut) return { polygons: [], areaM2: 0 };
  const near = occupied.filter((o) => !surelyApart(candidate, o));
  if (near.length > 0) cut = difference(featureCollection<Polygon | MultiPolygon>([cut, ...near.map((o) => o.feature)]));
  const polygons = parts(cut);
  const areaM2 = polygons.reduce((s, rings) => s + geoJsonPolygonAreaM2('Polygon', rings), 0);
  return { polygons, areaM2 };
}

export function bboxOf(f: Area): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const g = f.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const rings of polygons) {
    for (const [lon, lat] of rings[0]) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}
