import type { InputIssue, PlotTable } from '../schema/index.ts';
import type { LandUseTable } from '../landuse/landUseTable.ts';

/**
 * Validates features one at a time (so a 1M-plot file can stream through) and packs the good ones
 * into a PlotTable. Bad features are reported and left out; warnings keep the feature.
 */
export interface PlotTableBuilder {
  /** `index` is the feature's 0-based position in the input. `feature` is untrusted parsed JSON. */
  add(feature: unknown, index: number): void;
  /** A problem with the input as a whole, or with a feature that could not even be parsed. */
  report(issue: InputIssue): void;
  finish(): { table: PlotTable; issues: InputIssue[] };
}

// STUB — implemented by the validation work.
export function createPlotTableBuilder(_landUse: LandUseTable): PlotTableBuilder {
  throw new Error('not implemented');
}
