import type { AnalysisParams, AnalysisResult, InputIssue, PlotTable } from '../schema/index.ts';

export interface AnalyzeOptions {
  /** ISO date YYYY-MM-DD. */
  asOf: string;
  params?: Partial<AnalysisParams>;
  /** Issues from reading/validation, passed through into the result. */
  issues?: InputIssue[];
  /** Called with a stage name and 0..1 now and then. */
  onProgress?: (stage: string, fraction: number) => void;
}

// STUB — implemented by the analysis work.
export function analyze(_table: PlotTable, _options: AnalyzeOptions): AnalysisResult {
  throw new Error('not implemented');
}
