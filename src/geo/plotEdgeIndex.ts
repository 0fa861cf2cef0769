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
  /** Area centroid of each plot's first ring, as offsets from rings.originLonLat; filled on first use. */
  centroids: Float64Array | null;
}

/**
 * The index of `rings`. `treeData`: the `tree.data` of an index built elsewhere on the same rings
 * (a worker builds it and transfers the ArrayBuffer; reopening it here costs nothing), else the
 * tree is built here, in one pass over the boxes.
 */
export function plotEdgeIndex(rings: PlotRings, treeData?: ArrayBufferLike): PlotEdgeIndex {
  if (rings.count === 0) return { rings, tree: null, centroids: null };
  if (treeData) return { rings, tree: Flatbush.from(treeData), centroids: null };
  const tree = new Flatbush(rings.count);
  const b = rings.bounds;
  for (let p = 0; p < rings.count; p++) tree.add(b[4 * p], b[4 * p + 1], b[4 * p + 2], b[4 * p + 3]);
  tree.finish();
  return { rings, tree, centroids: null };
}

/** Rows whose boxes meet the box (degrees). */
export function plotRowsNearBox(index: PlotEdgeIndex, minLon: number, minLat: number, maxLon: number, maxLat: number): number[] {
  return index.tree ? index.tree.search(minLon, minLat, maxLon, maxLat) : [];
}

/** The index's plot centroids (x, y per row, offsets from the origin), computed once. */
export function plotCentroids(index: PlotEdgeIndex): Float64Array {
  if (index.centroids) return index.centroids;
  const { count, positions, ringStarts, plotRingStarts } = index.rings;
  const out = new Float64Array(count * 2);
  for (let p = 0; p < count; p++) {
    const r = plotRingStarts[p];
    if (r >= plotRingStarts[p + 1]) {
      out[2 * p] = out[2 * p + 1] = NaN;
      continue;
    }
    ringCentroidInto(positions, ringStarts[r], ringStarts[r + 1], out, 2 * p);
  }
  index.centroids = out;
  return out;
}

/** Area centroid of a closed ring (vertices v0..v1-1) into out[at], out[at+1]; the vertex mean when the area is ~0. */
function ringCentroidInto(p: ArrayLike<number>, v0: number, v1: number, out: Float64Array, at: number): void {
  // About the first vertex, so large offsets do not cancel.
  const x0 = p[2 * v0], y0 = p[2 * v0 + 1];
  let a2 = 0, cx = 0, cy = 0, mx = 0, my = 0;
  for (let v = v0; v + 1 < v1; v++) {
    const xa = p[2 * v] - x0, ya = p[2 * v + 1] - y0, xb = p[2 * v + 2] - x0, yb = p[2 * v + 3] - y0;
    const cross = xa * yb - xb * ya;
    a2 += cross;
    cx += (xa + xb) * cross;
    cy += (ya + yb) * cross;
    mx += xa;
    my += ya;
  }
  const m = Math.max(1, v1 - v0 - 1);
  if (Math.abs(a2) < 1e-20) {
    out[at] = x0 + mx / m;
    out[at + 1] = y0 + my / m;
  } else {
    out[at] = x0 + cx / (3 * a2);
    out[at + 1] = y0 + cy / (3 * a2);
  }
}
