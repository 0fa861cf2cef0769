import type { Polygon } from 'geojson';
import { plotEdgeIndex, type PlotEdgeIndex } from './plotEdgeIndex.ts';
import type { PlotRings } from './plotRings.ts';
import { snappedPosition, type SnappedPosition } from './snappedPosition.ts';

/**
 * GeoJSON polygons as PlotRings (one "plot" per polygon, absolute lon/lat, origin 0,0), so the
 * land a proposal has drawn already can be snapped to like the plots.
 */
export function ringsOfPolygons(polygons: readonly Polygon[]): PlotRings {
  const coords: number[] = [];
  const ringStarts: number[] = [0];
  const plotRingStarts: number[] = [0];
  const bounds: number[] = [];
  for (const polygon of polygons) {
    let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
    for (const ring of polygon.coordinates) {
      for (const [lon, lat] of ring) {
        coords.push(lon, lat);
        if (lon < minLon) minLon = lon;
        if (lat < minLat) minLat = lat;
        if (lon > maxLon) maxLon = lon;
        if (lat > maxLat) maxLat = lat;
      }
      ringStarts.push(coords.length / 2);
    }
    plotRingStarts.push(ringStarts.length - 1);
    bounds.push(minLon, minLat, maxLon, maxLat);
  }
  return { count: polygons.length, originLonLat: [0, 0], positions: Float64Array.from(coords), ringStarts: Uint32Array.from(ringStarts), plotRingStarts: Uint32Array.from(plotRingStarts), bounds: Float64Array.from(bounds) };
}

/** An index of drawn polygons for snappedAmong. */
export const polygonEdgeIndex = (polygons: readonly Polygon[]): PlotEdgeIndex => plotEdgeIndex(ringsOfPolygons(polygons));

/** A snapped position and which index gave it (its position in the list). */
export interface SnappedAmong extends SnappedPosition {
  source: number;
}

/**
 * Where a pointer snaps among several outlines (the plots, the land drawn so far): a vertex of any
 * of them within the tolerance before any edge, and the nearer of two of the same kind, as
 * snappedPosition decides within one index.
 */
export function snappedAmong(indexes: readonly PlotEdgeIndex[], lonLat: readonly [number, number], toleranceM: number): SnappedAmong | null {
  let best: SnappedAmong | null = null;
  indexes.forEach((index, source) => {
    const s = snappedPosition(index, lonLat, toleranceM);
    if (!s) return;
    const better = !best || (s.kind === 'vertex' && best.kind === 'edge') || (s.kind === best.kind && s.distanceM < best.distanceM);
    if (better) best = { ...s, source };
  });
  return best;
}
