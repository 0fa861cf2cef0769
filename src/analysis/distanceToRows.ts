import Flatbush from 'flatbush';
import type { PlotTable } from '../schema/index.ts';
import type { ProjectedPlots } from '../geo/projectedPlots.ts';
import { plotDistanceM } from '../geo/plotDistance.ts';

export interface RowsIndex {
  rows: readonly number[];
  tree: Flatbush;
}

/** An R-tree over the boxes of `rows`; item i is rows[i]. */
export function rowsIndex(geo: ProjectedPlots, rows: readonly number[]): RowsIndex {
  const tree = new Flatbush(Math.max(1, rows.length));
  for (const r of rows) tree.add(geo.bboxes[4 * r], geo.bboxes[4 * r + 1], geo.bboxes[4 * r + 2], geo.bboxes[4 * r + 3]);
  if (rows.length === 0) tree.add(0, 0, 0, 0);
  tree.finish();
  return { rows, tree };
}

/**
 * Minimum boundary distance (m) from any plot of `fromRows` to any plot of `toRows`.
 *
 * The best distance found so far bounds the search for every later source plot: only target
 * plots whose boxes lie within that distance of the source plot's box can improve it, and those
 * are found by a nearest-first R-tree walk around the source plot's centre limited to
 * best + half its diagonal. A block kilometres away from the main block therefore costs one
 * tree walk per plot that finds nothing, not a window that holds the whole main block (which made
 * this quadratic before: a 1M-plot run spent minutes here).
 */
export function distanceToRowsM(table: PlotTable, geo: ProjectedPlots, fromRows: readonly number[], target: RowsIndex): number {
  const { tree, rows: toRows } = target;
  if (fromRows.length === 0 || toRows.length === 0) return Infinity;
  const { bboxes, xy } = geo;

  let best = Infinity;
  for (const p of fromRows) {
    const minX = bboxes[4 * p], minY = bboxes[4 * p + 1], maxX = bboxes[4 * p + 2], maxY = bboxes[4 * p + 3];
    const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
    const halfDiagonalM = Math.hypot(maxX - minX, maxY - minY) / 2;
    if (best === Infinity) {
      // Any target plot gives an upper bound; the one whose box is nearest the centre is a good one.
      best = plotDistanceM(xy, table, p, toRows[tree.neighbors(cx, cy, 1)[0]]);
      if (best === 0) return 0;
    }
    const hits = tree.neighbors(cx, cy, Infinity, best + halfDiagonalM);
    for (const h of hits) {
      const q = toRows[h];
      const dx = Math.max(0, bboxes[4 * q] - maxX, minX - bboxes[4 * q + 2]);
      const dy = Math.max(0, bboxes[4 * q + 1] - maxY, minY - bboxes[4 * q + 3]);
      // Boundary distance is never below box distance, so such a plot cannot improve on best.
      if (dx * dx + dy * dy >= best * best) continue;
      const d = plotDistanceM(xy, table, p, q);
      if (d < best) {
        best = d;
        if (best === 0) return 0;
      }
    }
  }
  return best;
}
