import type { AnalysisResult, Block, ConsolidationGroup, PlotTable } from '../schema/index.ts';
import { projectedPlots, subparkFrames, type SubparkFrames } from '../geo/projectedPlots.ts';
import { analysisSettingsOf, analyze, emptyPlotColumns, type AnalyzeOptions } from './analyze.ts';
import { applyPlotRules } from './plotFlags.ts';
import { blockAnalysis } from './blocks.ts';
import { applyBlockRules } from './blockFlags.ts';
import { consolidationGroups } from './consolidation.ts';
import { subparkIndicators } from './indicators.ts';

/** The table an analysis ran on, and its result. */
export interface AnalysedTable {
  table: PlotTable;
  result: AnalysisResult;
}

const framesCache = new WeakMap<PlotTable, SubparkFrames>();

function framesOf(table: PlotTable): SubparkFrames {
  let frames = framesCache.get(table);
  if (!frames) framesCache.set(table, (frames = subparkFrames(table)));
  return frames;
}

/**
 * Sub-parks of `after` (1 per sub-park index) whose blocks and consolidation groups must be
 * recomputed: a plot joined or left them, land was added to them, or their projection frame moved
 * (a frame follows the extent of all the sub-park's plots, and the dataset-wide offsets follow all
 * sub-parks). Every other sub-park has the same plots, projected to the same bits, as before.
 */
export function changedSubparks(before: PlotTable, after: PlotTable, afterFrames: SubparkFrames): Uint8Array {
  const dirty = new Uint8Array(after.subparkKeys.length);
  const beforeFrames = framesOf(before);
  const afterOfBefore = before.subparkKeys.map((k) => after.subparkKeys.indexOf(k));
  after.subparkKeys.forEach((key, s) => {
    const b = before.subparkKeys.indexOf(key);
    if (b < 0) return void (dirty[s] = 1);
    const p = beforeFrames.projections[b];
    const q = afterFrames.projections[s];
    const moved = p.lon0 !== q.lon0 || p.lat0 !== q.lat0 || beforeFrames.offsets[2 * b] !== afterFrames.offsets[2 * s] || beforeFrames.offsets[2 * b + 1] !== afterFrames.offsets[2 * s + 1];
    if (moved) dirty[s] = 1;
  });
  const a = after.subparkIndex;
  const b = before.subparkIndex;
  for (let r = 0; r < before.count; r++) {
    const was = afterOfBefore[b[r]];
    if (a[r] !== was) {
      dirty[a[r]] = 1;
      if (was >= 0) dirty[was] = 1;
    }
  }
  for (let r = before.count; r < after.count; r++) dirty[a[r]] = 1;
  return dirty;
}

/** Items of `fresh` for the changed sub-parks and of `kept` for the others, in `keys` order (what a full run gives). */
function mergedBySubpark<T extends { subparkId: string }>(keys: readonly string[], dirty: Uint8Array, fresh: readonly T[], kept: readonly T[]): T[] {
  const bySubpark = (items: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const it of items) {
      const list = m.get(it.subparkId);
      if (list) list.push(it);
      else m.set(it.subparkId, [it]);
    }
    return m;
  };
  const freshOf = bySubpark(fresh);
  const keptOf = bySubpark(kept);
  const out: T[] = [];
  keys.forEach((key, s) => out.push(...((dirty[s] ? freshOf : keptOf).get(key) ?? [])));
  return out;
}

/**
 * The analysis of `after` — a table whose rows 0..n-1 are `before.table`'s rows, changed only in
 * their sub-park, with any added rows after them (what applyProposal returns) — equal value for
 * value to `analyze(after, options)`, but with blocks and consolidation groups (the costly,
 * spatial part) recomputed only for the sub-parks that changed. The per-plot rules, block rules and
 * indicators run on every plot (linear passes). When `before.result` ran with another as-of date or
 * other parameters, this is a full analysis.
 */
export function analyzeAfterMoves(before: AnalysedTable, after: PlotTable, options: AnalyzeOptions): AnalysisResult {
  const { params, asOfDay, asOfYear } = analysisSettingsOf(options);
  const sameSettings = before.result.asOf === options.asOf && JSON.stringify(before.result.params) === JSON.stringify(params);
  if (!sameSettings || after.count < before.table.count) return analyze(after, options);

  const geo = projectedPlots(after);
  const dirty = changedSubparks(before.table, after, { projections: geo.projections, offsets: geo.offsets });
  const plots = emptyPlotColumns(geo.areaM2);
  applyPlotRules(after, plots, params, asOfDay, asOfYear);

  const fresh = blockAnalysis(after, geo, params.joinDistanceM, dirty);
  const blocks: Block[] = mergedBySubpark(after.subparkKeys, dirty, fresh.blocks, before.result.blocks);
  plots.blockIndex.fill(-1);
  blocks.forEach((block, i) => {
    for (const r of block.plotRows) plots.blockIndex[r] = i;
  });
  applyBlockRules(blocks, plots.flags, after.rectification, params);

  const freshGroups = consolidationGroups(after, geo, plots.flags, params.joinDistanceM, params.consolidationMinAreaM2, dirty);
  const consolidation: ConsolidationGroup[] = mergedBySubpark(after.subparkKeys, dirty, freshGroups, before.result.consolidation);
  consolidation.forEach((g, i) => {
    for (const r of g.plotRows) plots.groupIndex[r] = i;
  });

  const { subparks, total } = subparkIndicators(after, plots, blocks);
  return { asOf: options.asOf, params, plots, blocks, consolidation, subparks, total, issues: options.issues ?? [] };
}
