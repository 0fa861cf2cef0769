import Flatbush from 'flatbush';
import type { PlotTable } from '../schema/index.ts';
import type { ProjectedPlots } from '../geo/projectedPlots.ts';
import { plotDistanceM } from '../geo/plotDistance.ts';
import { UnionFind } from './unionFind.ts';

/**
 * Distances are compared with this tolerance: coordinates in degrees carry ~1 cm of rounding at 7
 * decimals, so "exactly at the join distance" can only ever be exact to about that.
 */
export const DISTANCE_TOLERANCE_M = 0.001;

export interface LinkedGroups {
  /** Group number per row, -1 for rows outside the subset. Groups are numbered 0..count-1. */
  groupOfRow: Int32Array;
  /** Rows of each group, ascending. */
  rows: number[][];
}

/**
 * Connected groups of plots of one sub-park whose boundary distance is ≤ joinDistanceM.
 * Neighbour search goes through a packed R-tree, so the cost is ~n log n plus the exact distance
 * of pairs whose boxes come within the join distance; pairs already in one group are not measured.
 */
export function linkedGroups(
  table: PlotTable,
  geo: ProjectedPlots,
  joinDistanceM: number,
  include?: (row: number) => boolean,
  index?: Flatbush,
): LinkedGroups {
  const n = table.count;
  const rowsIn: number[] = [];
  for (let p = 0; p < n; p++) if (!include || include(p)) rowsIn.push(p);

  const { bboxes, xy } = geo;
  let tree = index;
  let treeRows: ArrayLike<number> | null = null;
  if (!tree || include) {
    tree = new Flatbush(Math.max(1, rowsIn.length));
    for (const p of rowsIn) tree.add(bboxes[4 * p], bboxes[4 * p + 1], bboxes[4 * p + 2], bboxes[4 * p + 3]);
    if (rowsIn.length === 0) tree.add(0, 0, 0, 0);
    tree.finish();
    treeRows = rowsIn;
  }
  const uf = new UnionFind(n);
  const reach = joinDistanceM + DISTANCE_TOLERANCE_M;
  const sub = table.subparkIndex;
  for (const p of rowsIn) {
    const hits = tree.search(
      bboxes[4 * p] - reach,
      bboxes[4 * p + 1] - reach,
      bboxes[4 * p + 2] + reach,
      bboxes[4 * p + 3] + reach,
    );
    for (const h of hits) {
      const q = treeRows ? treeRows[h] : h;
      if (q <= p || sub[q] !== sub[p]) continue;
      if (uf.find(p) === uf.find(q)) continue;
      if (plotDistanceM(xy, table, p, q, reach) <= reach) uf.union(p, q);
    }
  }

  const groupOfRow = new Int32Array(n).fill(-1);
  const rows: number[][] = [];
  const groupOfRoot = new Map<number, number>();
  for (const p of rowsIn) {
    const root = uf.find(p);
    let g = groupOfRoot.get(root);
    if (g === undefined) {
      g = rows.length;
      groupOfRoot.set(root, g);
      rows.push([]);
    }
    groupOfRow[p] = g;
    rows[g].push(p);
  }
  return { groupOfRow, rows };
}

/** A packed R-tree over every plot's projected box, row = item index. */
export function plotIndex(geo: ProjectedPlots, count: number): Flatbush {
  const tree = new Flatbush(Math.max(1, count));
  for (let p = 0; p < count; p++) tree.add(geo.bboxes[4 * p], geo.bboxes[4 * p + 1], geo.bboxes[4 * p + 2], geo.bboxes[4 * p + 3]);
  if (count === 0) tree.add(0, 0, 0, 0);
  tree.finish();
  return tree;
}
