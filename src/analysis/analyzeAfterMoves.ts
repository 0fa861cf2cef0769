import type { AnalysisResult, Block, ConsolidationGroup, PlotTable } from '../schema/index.ts';
import { projectedPlots, subparkFrames, type ProjectedPlots, type SubparkFrames } from '../geo/projectedPlots.ts';
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

/** Per table analysed before: its frames, and its plots in metres (kept while the table lives: the next edit reuses them). */
const framesCache = new WeakMap<PlotTable, SubparkFrames>();
const geoCache = new WeakMap<PlotTable, ProjectedPlots>();

function framesOf(table: PlotTable): SubparkFrames {
  let frames = framesCache.get(table);
  if (!frames) framesCache.set(table, (frames = subparkFrames(table)));
  return frames;
}

function geoOf(table: PlotTable): ProjectedPlots {
  let geo = geoCache.get(table);
  if (!geo) geoCache.set(table, (geo = projectedPlots(table, framesOf(table))));
  return geo;
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
 * value to `analyze(after, options)`, but computed for the sub-parks that changed only: their plots
 * are projected again, their per-plot rules, blocks, block rules and consolidation groups redone;
 * every other plot keeps its projection and its per-plot results from `before`. Indices of blocks
 * and groups and the indicators are then linear passes over every plot. When `before.result` ran
 * with another as-of date or other parameters, this is a full analysis.
 */
export function analyzeAfterMoves(before: AnalysedTable, after: PlotTable, options: AnalyzeOptions): AnalysisResult {
  const { params, asOfDay, asOfYear } = analysisSettingsOf(options);
  const sameSettings = before.result.asOf === options.asOf && JSON.stringify(before.result.params) === JSON.stringify(params);
  const n0 = before.table.count;
  if (!sameSettings || after.count < n0 || before.result.plots.flags.length !== n0) return analyze(after, options);

  const frames = subparkFrames(after);
  const dirty = changedSubparks(before.table, after, frames);
  // Rows to redo: in a changed sub-park, or added.
  const keepRow = new Uint8Array(after.count);
  const redo: number[] = [];
  for (let r = 0; r < after.count; r++) {
    if (r < n0 && dirty[after.subparkIndex[r]] === 0) keepRow[r] = 1;
    else redo.push(r);
  }
  const geo = projectedPlots(after, frames, { geo: geoOf(before.table), keepRow });
  const plots = emptyPlotColumns(geo.areaM2);
  const was = before.result.plots;
  for (const key of ['far', 'otherShare', 'amenityShare', 'potentialGfaM2', 'flags'] as const) plots[key].set(was[key]);
  applyPlotRules(after, plots, params, asOfDay, asOfYear, redo);

  // Blocks and their flags: the changed sub-parks' anew; the others' blocks, and the flags they set, stay.
  const fresh = blockAnalysis(after, geo, params.joinDistanceM, dirty).blocks;
  applyBlockRules(fresh, plots.flags, after.rectification, params);
  const blocks: Block[] = mergedBySubpark(after.subparkKeys, dirty, fresh, before.result.blocks);
  plots.blockIndex.fill(-1);
  blocks.forEach((block, i) => {
    for (const r of block.plotRows) plots.blockIndex[r] = i;
  });

  const freshGroups = consolidationGroups(after, geo, plots.flags, params.joinDistanceM, params.consolidationMinAreaM2, dirty);
  const consolidation: ConsolidationGroup[] = mergedBySubpark(after.subparkKeys, dirty, freshGroups, before.result.consolidation);
  consolidation.forEach((g, i) => {
    for (const r of g.plotRows) plots.groupIndex[r] = i;
  });

  const { subparks, total } = subparkIndicators(after, plots, blocks);
  return { asOf: options.asOf, params, plots, blocks, consolidation, subparks, total, issues: options.issues ?? [] };
}
