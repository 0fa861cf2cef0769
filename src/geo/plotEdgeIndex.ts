import Flatbush from 'flatbush';
import type { PlotRings } from './plotRings.ts';

/**
 * A spatial index of plot outlines for snapping and area selection: a Flatbush over each plot's
 * box (one item per plot, not per edge: a query visits the few plots near the pointer and walks
 * their edges, and the build stays one pass over the boxes the viewer already has).
 */
export interface PlotEdgeIndex {
  rings: PlotRings;
  /** Item i is plot row i. Null when there are no plots. */
  tree: Flatbush | null;
}

export function plotEdgeIndex(rings: PlotRings): PlotEdgeIndex {
  if (rings.count === 0) return { rings, tree: null };
  const tree = new Flatbush(rings.count);
  const b = rings.bounds;
  for (let p = 0; p < rings.count; p++) tree.add(b[4 * p], b[4 * p + 1], b[4 * p + 2], b[4 * p + 3]);
  tree.finish();
  return { rings, tree };
}

/** Rows whose boxes meet the box (degrees). */
export function plotRowsNearBox(index: PlotEdgeIndex, minLon: number, minLat: number, maxLon: number, maxLat: number): number[] {
  return index.tree ? index.tree.search(minLon, minLat, maxLon, maxLat) : [];
}
