import { FLAG_BIT, type FlagName } from '../../src/index.ts';
import { FLAG_PRIORITY } from '../themes/palette.ts';
import type { AnalysisPayload, LoadResult } from '../worker/protocol.ts';
import type { SubparkIndicators } from '../../src/index.ts';

export const TOP_N = 10;

/** Rows of the removal candidates of a sub-park (all of them for null), largest first, at most `limit`. */
export function topRemovalRows(plots: LoadResult, result: AnalysisPayload, subparkId: string | null, limit = TOP_N): { rows: number[]; total: number } {
  const key = subparkId === null ? -1 : plots.subparkKeys.indexOf(subparkId);
  if (subparkId !== null && key < 0) return { rows: [], total: 0 };
  const bit = FLAG_BIT['removal-candidate'];
  const { flags, areaM2 } = result.plots;
  const rows: number[] = [];
  for (let p = 0; p < plots.plotCount; p++) {
    if ((flags[p] & bit) !== 0 && (key < 0 || plots.columns.subparkIndex[p] === key)) rows.push(p);
  }
  rows.sort((a, b) => areaM2[b] - areaM2[a] || a - b);
  return { rows: rows.slice(0, limit), total: rows.length };
}

/** Consolidation groups of a sub-park (all of them for null), largest first, at most `limit`. */
export function topGroups(result: AnalysisPayload, subparkId: string | null, limit = TOP_N): { groups: AnalysisPayload['consolidation']; total: number } {
  const all = result.consolidation.filter((g) => subparkId === null || g.subparkId === subparkId);
  const sorted = [...all].sort((a, b) => b.areaM2 - a.areaM2 || (a.id < b.id ? -1 : 1));
  return { groups: sorted.slice(0, limit), total: all.length };
}

/** Counts per flag in the flags theme's order (the most consequential first). */
export function flagCountsOf(indicators: SubparkIndicators | null): { flag: FlagName; count: number }[] {
  return FLAG_PRIORITY.map((flag) => ({ flag, count: indicators?.flagCounts[flag] ?? 0 }));
}
