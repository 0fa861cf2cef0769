import { OUTSIDE_SUBPARK, type Block, type PlotTable } from '../schema/index.ts';
import type { ProjectedPlots } from '../geo/projectedPlots.ts';
import { linkedGroups } from './linkedGroups.ts';
import { distanceToRowsM, rowsIndex } from './distanceToRows.ts';

export interface BlockAnalysis {
  blocks: Block[];
  /** Block index per row. */
  blockOfRow: Int32Array;
}

/** Relative tolerance under which two block areas count as a tie (sums of floats differ by order). */
const AREA_TIE_RELATIVE = 1e-9;

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Blocks (区块): plots of one sub-park linked at the join distance. The main block is the largest by
 * area (ties: the block holding the smallest plot id); the others get their distance to it.
 * Block ids are `<subparkId>/B<n>`, numbered per sub-park: B1 is the main block, then by area.
 * Plots outside every sub-park form no blocks: their block index is -1. With `onlySubparks` (1 per
 * sub-park index to analyse) the other sub-parks' plots are left out too (block index -1): a sub-park's
 * blocks depend on its own plots only, so the blocks of the sub-parks analysed equal a full run's.
 */
export function blockAnalysis(table: PlotTable, geo: ProjectedPlots, joinDistanceM: number, onlySubparks?: Uint8Array): BlockAnalysis {
  const outside = table.subparkKeys.indexOf(OUTSIDE_SUBPARK);
  const sub = table.subparkIndex;
  const include = onlySubparks
    ? (row: number) => sub[row] !== outside && onlySubparks[sub[row]] === 1
    : outside < 0
      ? undefined
      : (row: number) => sub[row] !== outside;
  const groups = linkedGroups(table, geo, joinDistanceM, include);

  type Raw = { rows: number[]; areaM2: number; minId: string; sub: number };
  const bySub: Raw[][] = table.subparkKeys.map(() => []);
  for (const rows of groups.rows) {
    let areaM2 = 0;
    let minId = table.ids[rows[0]];
    for (const r of rows) {
      areaM2 += geo.areaM2[r];
      if (table.ids[r] < minId) minId = table.ids[r];
    }
    const sub = table.subparkIndex[rows[0]];
    bySub[sub].push({ rows, areaM2, minId, sub });
  }

  const blocks: Block[] = [];
  const blockOfRow = new Int32Array(table.count).fill(-1);
  bySub.forEach((raws, sub) => {
    if (raws.length === 0) return;
    raws.sort((a, b) => {
      const tie = Math.abs(a.areaM2 - b.areaM2) <= AREA_TIE_RELATIVE * Math.max(a.areaM2, b.areaM2);
      return tie ? compareIds(a.minId, b.minId) : b.areaM2 - a.areaM2;
    });
    const main = raws[0];
    const subparkId = table.subparkKeys[sub];
    const mainIndex = raws.length > 1 ? rowsIndex(geo, main.rows) : null;
    raws.forEach((raw, k) => {
      const isMain = k === 0;
      const distanceToMainM = isMain ? 0 : distanceToRowsM(table, geo, raw.rows, mainIndex!);
      const b = blocks.length;
      for (const r of raw.rows) blockOfRow[r] = b;
      blocks.push({ id: `${subparkId}/B${k + 1}`, subparkId, plotRows: raw.rows, areaM2: raw.areaM2, isMain, distanceToMainM });
    });
  });
  return { blocks, blockOfRow };
}
