import type { AnalysisParams } from './params.ts';
import type { FlagName } from './flags.ts';
import type { InputIssue } from './issue.ts';

/** Per-plot results as typed arrays, row-aligned with PlotTable. NaN = not applicable. */
export interface PlotColumns {
  /** Geometric area in m² (local metric projection). */
  areaM2: Float64Array;
  far: Float64Array;
  otherShare: Float64Array;
  amenityShare: Float64Array;
  /** (target − FAR) × land area for low-far plots, else NaN. */
  potentialGfaM2: Float64Array;
  /** Bitmask over FLAG_NAMES. */
  flags: Uint16Array;
  /** Index into AnalysisResult.blocks. */
  blockIndex: Int32Array;
  /** Index into AnalysisResult.consolidation, or -1. */
  groupIndex: Int32Array;
}

export interface Block {
  id: string;
  subparkId: string;
  /** Row indices into PlotTable, ascending. */
  plotRows: number[];
  areaM2: number;
  isMain: boolean;
  /** 0 for the main block. */
  distanceToMainM: number;
}

export interface ConsolidationGroup {
  id: string;
  subparkId: string;
  plotRows: number[];
  areaM2: number;
}

/** A value measured over the plots that carry the data, with that coverage. */
export interface CoveredValue {
  value: number | null;
  /** Plots that carry the data / plots it could apply to. */
  plotsWithData: number;
  plotsApplicable: number;
}

export interface SubparkIndicators {
  subparkId: string;
  plotCount: number;
  areaM2: number;
  blockCount: number;
  mainBlockShare: number;
  idleAreaM2: number;
  unsuppliedAreaM2: number;
  vacantBuildingAreaM2: number;
  potentialGfaM2: number;
  flagCounts: Record<FlagName, number>;
  /** Area-weighted FAR of built industrial/R&D plots. */
  farIndustrial: CoveredValue;
  /** 万元/亩 */
  outputPerMu: CoveredValue;
  taxPerMu: CoveredValue;
  /** rdSpend / revenue (a share). */
  rdIntensity: CoveredValue;
  /** valueAdded / employees, 万元/人 */
  labourProductivity: CoveredValue;
  employees: CoveredValue;
}

export interface AnalysisResult {
  /** ISO date YYYY-MM-DD. */
  asOf: string;
  params: AnalysisParams;
  plots: PlotColumns;
  blocks: Block[];
  consolidation: ConsolidationGroup[];
  subparks: SubparkIndicators[];
  /** Totals over the whole dataset, subparkId = '*'. */
  total: SubparkIndicators;
  issues: InputIssue[];
}
