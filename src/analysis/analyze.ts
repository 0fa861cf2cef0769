import type { AnalysisParams, AnalysisResult, InputIssue, PlotColumns, PlotTable } from '../schema/index.ts';
import { parseIsoDay } from '../validate/isoDay.ts';
import { projectedPlots } from '../geo/projectedPlots.ts';
import { blockAnalysis } from './blocks.ts';
import { applyPlotRules } from './plotFlags.ts';
import { applyBlockRules } from './blockFlags.ts';
import { consolidationGroups } from './consolidation.ts';
import { subparkIndicators } from './indicators.ts';
import { resolveParams } from './params.ts';

export interface AnalyzeOptions {
  /** ISO date YYYY-MM-DD. */
  asOf: string;
  params?: Partial<AnalysisParams>;
  /** Issues from reading/validation, passed through into the result. */
  issues?: InputIssue[];
  /** Called with a stage name and 0..1 now and then. */
  onProgress?: (stage: AnalysisStage, fraction: number) => void;
}

export type AnalysisStage = 'project' | 'blocks' | 'rules' | 'consolidation' | 'indicators' | 'done';

/** Thrown for options the analysis cannot run with (bad as-of date, bad parameters). */
export class AnalysisOptionsError extends Error {
  override name = 'AnalysisOptionsError';
}

/** Applies every rule of DOMAIN.md §5 to a validated plot table. Pure: the table is not modified. */
export function analyze(table: PlotTable, options: AnalyzeOptions): AnalysisResult {
  const { params, asOfDay, asOfYear } = analysisSettingsOf(options);
  const progress = options.onProgress ?? (() => {});

  progress('project', 0);
  const geo = projectedPlots(table);
  const plots = emptyPlotColumns(geo.areaM2);

  progress('rules', 0.3);
  applyPlotRules(table, plots, params, asOfDay, asOfYear);

  progress('blocks', 0.4);
  const { blocks, blockOfRow } = blockAnalysis(table, geo, params.joinDistanceM);
  plots.blockIndex.set(blockOfRow);
  applyBlockRules(blocks, plots.flags, table.rectification, params);

  progress('consolidation', 0.8);
  const consolidation = consolidationGroups(table, geo, plots.flags, params.joinDistanceM, params.consolidationMinAreaM2);
  consolidation.forEach((g, i) => {
    for (const r of g.plotRows) plots.groupIndex[r] = i;
  });

  progress('indicators', 0.9);
  const { subparks, total } = subparkIndicators(table, plots, blocks);
  progress('done', 1);
  return { asOf: options.asOf, params, plots, blocks, consolidation, subparks, total, issues: options.issues ?? [] };
}

/** The resolved parameters and as-of day of an analysis; throws AnalysisOptionsError for bad ones. */
export function analysisSettingsOf(options: AnalyzeOptions): { params: AnalysisParams; asOfDay: number; asOfYear: number } {
  const asOfDay = parseIsoDay(options.asOf);
  if (asOfDay === null) throw new AnalysisOptionsError(`as-of date must be a real date YYYY-MM-DD, got ${JSON.stringify(options.asOf)}`);
  const resolved = resolveParams(options.params);
  if (!resolved.ok) throw new AnalysisOptionsError(resolved.errors.join('; '));
  return { params: resolved.params, asOfDay, asOfYear: Number(options.asOf.slice(0, 4)) };
}

/** Per-plot result columns for the plots whose areas are given, before any rule has run. */
export function emptyPlotColumns(areaM2: Float64Array): PlotColumns {
  const n = areaM2.length;
  return {
    areaM2,
    far: new Float64Array(n),
    otherShare: new Float64Array(n),
    amenityShare: new Float64Array(n),
    potentialGfaM2: new Float64Array(n),
    flags: new Uint16Array(n),
    blockIndex: new Int32Array(n),
    groupIndex: new Int32Array(n).fill(-1),
  };
}
