import { FLAG_BIT, OUTSIDE_SUBPARK, type ConsolidationGroup, type PlotTable } from '../schema/index.ts';
import type { ProjectedPlots } from '../geo/projectedPlots.ts';
import { linkedGroups } from './linkedGroups.ts';

/** Flags that make a plot land to put back to use (盘活). */
export const CONSOLIDATION_FLAGS = FLAG_BIT['idle-land'] | FLAG_BIT['approved-unsupplied'] | FLAG_BIT['vacant-building'];

/**
 * Consolidation groups: within one sub-park (plots outside every sub-park form none), plots flagged idle, unsupplied or vacant, linked to each
 * other (not through other plots) at the join distance; a group counts when its area reaches the
 * minimum. Ids are `<subparkId>/G<n>`, numbered per sub-park by area, largest first. With
 * `onlySubparks` (1 per sub-park index to analyse) only those sub-parks' groups are formed.
 */
export function consolidationGroups(
  table: PlotTable,
  geo: ProjectedPlots,
  flags: Uint16Array,
  joinDistanceM: number,
  minAreaM2: number,
  onlySubparks?: Uint8Array,
): ConsolidationGroup[] {
  const outside = table.subparkKeys.indexOf(OUTSIDE_SUBPARK);
  const sub = table.subparkIndex;
  const linked = linkedGroups(
    table,
    geo,
    joinDistanceM,
    (row) => (flags[row] & CONSOLIDATION_FLAGS) !== 0 && sub[row] !== outside && (!onlySubparks || onlySubparks[sub[row]] === 1),
  );
  const candidates = linked.rows
    .map((rows) => ({ rows, areaM2: rows.reduce((sum, r) => sum + geo.areaM2[r], 0), sub: table.subparkIndex[rows[0]] }))
    .filter((g) => g.areaM2 >= minAreaM2);
  candidates.sort((a, b) => a.sub - b.sub || b.areaM2 - a.areaM2 || a.rows[0] - b.rows[0]);
  const counter = new Map<number, number>();
  return candidates.map((g) => {
    const n = (counter.get(g.sub) ?? 0) + 1;
    counter.set(g.sub, n);
    const subparkId = table.subparkKeys[g.sub];
    return { id: `${subparkId}/G${n}`, subparkId, plotRows: g.rows, areaM2: g.areaM2 };
  });
}
