import { createPlotTableBuilder, defaultLandUseTable, type InputIssue, type PlotTable } from '../../src/index.ts';

/** Validates parsed features into a PlotTable, as the reader would. */
export function tableOf(features: readonly unknown[]): { table: PlotTable; issues: InputIssue[] } {
  const builder = createPlotTableBuilder(defaultLandUseTable());
  features.forEach((f, i) => builder.add(f, i));
  return builder.finish();
}
