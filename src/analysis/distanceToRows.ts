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
 * Searches `toRows` through an R-tree with a growing window: a plot whose box lies outside the
 * window around a source plot is further than the window margin, so once a plot within the margin
 * is found no plot outside it can be nearer. The best distance so far caps the window for the next
 * source plot, so a block far from the main block costs a few searches, not |from|×|to| distances.
 */
export function distanceToRowsM(table: PlotTable, geo: ProjectedPlots, fromRows: readonly number[], target: RowsIndex): number {
  const { tree, rows: toRows } = target;
  if (fromRows.length === 0 || toRows.length === 0) return Infinity;
  const { bboxes, xy } = geo;

  let best = Infinity;
  for (const p of fromRows) {
    let margin = Number.isFinite(best) ? best : 256;
    for (;;) {
      const hits = tree.search(bboxes[4 * p] - margin, bboxes[4 * p + 1] - margin, bboxes[4 * p + 2] + margin, bboxes[4 * p + 3] + margin);
      let found = Infinity;
      for (const h of hits) {
        const d = plotDistanceM(xy, table, p, toRows[h]);
        if (d < found) found = d;
      }
      if (found <= margin) {
        if (found < best) best = found;
        break;
      }
      // Nothing within the margin: when a bound is already known this plot cannot beat it.
      if (Number.isFinite(best)) break;
      margin = hits.length > 0 ? found : margin * 4;
    }
    if (best === 0) break;
  }
  return best;
}
