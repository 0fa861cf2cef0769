import { localProjection, type LocalProjection } from './localProjection.ts';

const DEG = Math.PI / 180;

/**
 * Signed area (m², counter-clockwise positive) of a ring given as interleaved lon,lat from vertex
 * `start` to `end` (exclusive, in vertex units), projected on the fly with `proj`.
 */
export function ringSignedAreaM2(proj: LocalProjection, lonLat: ArrayLike<number>, start: number, end: number): number {
  const { lon0, lat0, mPerDegLat, nRadius } = proj;
  let sum = 0;
  let px = 0;
  let py = 0;
  for (let v = start; v < end; v++) {
    const lon = lonLat[2 * v];
    const lat = lonLat[2 * v + 1];
    const x = nRadius * Math.cos(lat * DEG) * (lon - lon0) * DEG;
    const y = (lat - lat0) * mPerDegLat;
    if (v > start) sum += px * y - x * py;
    px = x;
    py = y;
  }
  // Close the ring if the data did not repeat the first vertex.
  const x0 = nRadius * Math.cos(lonLat[2 * start + 1] * DEG) * (lonLat[2 * start] - lon0) * DEG;
  const y0 = (lonLat[2 * start + 1] - lat0) * mPerDegLat;
  sum += px * y0 - x0 * py;
  return sum / 2;
}

/** Area (m²) of a GeoJSON Polygon/MultiPolygon coordinate array: outer rings minus holes. */
export function geoJsonPolygonAreaM2(type: 'Polygon' | 'MultiPolygon', coordinates: number[][][] | number[][][][]): number {
  const polygons = (type === 'Polygon' ? [coordinates] : coordinates) as number[][][][];
  const first = polygons[0]?.[0]?.[0];
  if (!first) return 0;
  const proj: LocalProjection = localProjection(first[0], first[1]);
  let total = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, r) => {
      const flat = new Float64Array(ring.length * 2);
      ring.forEach((p, i) => {
        flat[2 * i] = p[0];
        flat[2 * i + 1] = p[1];
      });
      const a = Math.abs(ringSignedAreaM2(proj, flat, 0, ring.length));
      total += r === 0 ? a : -a;
    });
  }
  return total;
}

/**
 * Signed area (m²) of a ring of projected x,y metres (vertices `start`..`end`, exclusive), taken
 * relative to the first vertex so large frame offsets do not cost precision.
 */
export function ringSignedAreaXY(xy: ArrayLike<number>, start: number, end: number): number {
  const x0 = xy[2 * start];
  const y0 = xy[2 * start + 1];
  let sum = 0;
  let px = 0;
  let py = 0;
  for (let v = start + 1; v < end; v++) {
    const x = xy[2 * v] - x0;
    const y = xy[2 * v + 1] - y0;
    sum += px * y - x * py;
    px = x;
    py = y;
  }
  return sum / 2;
}
