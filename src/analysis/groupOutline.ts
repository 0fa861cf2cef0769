import { buffer } from '@turf/buffer';
import { union } from '@turf/union';
import { convex } from '@turf/convex';
import { featureCollection, polygon } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { PlotTable } from '../schema/index.ts';
import { polygonCoordinates } from '../validate/tableToFeatureCollection.ts';

/**
 * The merged outline of a group of plots (a consolidation group, a block) for display: the plots
 * grown by half the join distance, unioned, and shrunk back (a morphological closing), so plots
 * separated by a road read as one area while the outline still follows their shape.
 * Computed on demand for the groups on screen, not for every group of a city-scale analysis.
 * Falls back to the convex hull when the polygon operations fail on degenerate input.
 */
export function groupOutline(table: PlotTable, rows: readonly number[], joinDistanceM: number): Feature<Polygon | MultiPolygon> | null {
  const parts: Feature<Polygon>[] = [];
  for (const row of rows) {
    for (let k = table.plotPolygonOffsets[row]; k < table.plotPolygonOffsets[row + 1]; k++) {
      parts.push(polygon(polygonCoordinates(table, k)));
    }
  }
  if (parts.length === 0) return null;
  const halfM = Math.max(joinDistanceM / 2, 0.5);
  try {
    const grown = parts.map((p) => buffer(p, halfM, { units: 'meters', steps: 2 })).filter((p): p is Feature<Polygon | MultiPolygon> => !!p);
    const merged = grown.length === 1 ? grown[0] : union(featureCollection(grown));
    if (!merged) throw new Error('empty union');
    const closed = buffer(merged, -halfM, { units: 'meters', steps: 2 });
    if (closed?.geometry) return closed as Feature<Polygon | MultiPolygon>;
    throw new Error('empty closing');
  } catch {
    return convex(featureCollection(parts)) ?? null;
  }
}
