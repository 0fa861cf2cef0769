import { localProjection } from './localProjection.ts';
import { plotRowsNearBox, type PlotEdgeIndex } from './plotEdgeIndex.ts';

export interface SnappedPosition {
  lonLat: [number, number];
  /** A plot's vertex, or the nearest point on one of its edges. */
  kind: 'vertex' | 'edge';
  /** The plot row snapped to. */
  row: number;
  distanceM: number;
}

/**
 * Decimals kept in snapped coordinates: terra-draw refuses a coordinate with more decimals than
 * its adapter's coordinatePrecision (9 by default; terra-draw issue 585), and a vertex rebuilt from
 * the viewer's float32 offsets carries float noise below 1e-9°. 1e-9° is ~0.1 mm here.
 */
export const SNAP_DECIMALS = 9;

export function roundedLonLat(lon: number, lat: number, decimals = SNAP_DECIMALS): [number, number] {
  const k = 10 ** decimals;
  return [Math.round(lon * k) / k, Math.round(lat * k) / k];
}

/**
 * Where a pointer at `lonLat` snaps among the plot outlines: the nearest plot vertex within
 * `toleranceM`, else the nearest point on a plot edge within `toleranceM`, else null. Vertices win
 * over a nearer edge so a new boundary meets the old one corner to corner. Distances are metres in
 * a local frame about the pointer; the result is rounded to SNAP_DECIMALS.
 */
export function snappedPosition(index: PlotEdgeIndex, lonLat: readonly [number, number], toleranceM: number): SnappedPosition | null {
  if (!(toleranceM > 0)) return null;
  const [lon, lat] = lonLat;
  const proj = localProjection(lon, lat);
  const mPerDegLon = (proj.nRadius * Math.cos((lat * Math.PI) / 180) * Math.PI) / 180;
  const mPerDegLat = proj.mPerDegLat;
  const dLon = toleranceM / mPerDegLon;
  const dLat = toleranceM / mPerDegLat;
  const rows = plotRowsNearBox(index, lon - dLon, lat - dLat, lon + dLon, lat + dLat);
  if (rows.length === 0) return null;

  const { positions, ringStarts, plotRingStarts, originLonLat } = index.rings;
  // Pointer in metres relative to the data origin's frame, so vertex coordinates are used as stored.
  const px = (lon - originLonLat[0]) * mPerDegLon;
  const py = (lat - originLonLat[1]) * mPerDegLat;
  const tol2 = toleranceM * toleranceM;
  let bestVertex = -1, bestVertexRow = -1, bestVertex2 = tol2;
  let bestEdgeX = 0, bestEdgeY = 0, bestEdgeRow = -1, bestEdge2 = tol2;
  for (const row of rows) {
    for (let r = plotRingStarts[row]; r < plotRingStarts[row + 1]; r++) {
      const v0 = ringStarts[r], v1 = ringStarts[r + 1];
      for (let v = v0; v < v1; v++) {
        const ax = positions[2 * v] * mPerDegLon - px, ay = positions[2 * v + 1] * mPerDegLat - py;
        const d2 = ax * ax + ay * ay;
        if (d2 <= bestVertex2) {
          bestVertex2 = d2;
          bestVertex = v;
          bestVertexRow = row;
        }
        if (v + 1 >= v1) continue;
        const bx = positions[2 * v + 2] * mPerDegLon - px, by = positions[2 * v + 3] * mPerDegLat - py;
        const ex = bx - ax, ey = by - ay;
        const len2 = ex * ex + ey * ey;
        // Foot of the perpendicular from the pointer (the origin of this frame) onto the segment.
        const t = len2 > 0 ? Math.min(1, Math.max(0, -(ax * ex + ay * ey) / len2)) : 0;
        const fx = ax + t * ex, fy = ay + t * ey;
        const e2 = fx * fx + fy * fy;
        if (e2 < bestEdge2) {
          bestEdge2 = e2;
          bestEdgeX = fx;
          bestEdgeY = fy;
          bestEdgeRow = row;
        }
      }
    }
  }
  if (bestVertex >= 0) {
    const lonLatOut = roundedLonLat(originLonLat[0] + positions[2 * bestVertex], originLonLat[1] + positions[2 * bestVertex + 1]);
    return { lonLat: lonLatOut, kind: 'vertex', row: bestVertexRow, distanceM: Math.sqrt(bestVertex2) };
  }
  if (bestEdgeRow >= 0) {
    return { lonLat: roundedLonLat(lon + bestEdgeX / mPerDegLon, lat + bestEdgeY / mPerDegLat), kind: 'edge', row: bestEdgeRow, distanceM: Math.sqrt(bestEdge2) };
  }
  return null;
}
