/** Loads a sample directory, validates every plot and runs the analysis: what the checks and tests read. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, createPlotTableBuilder, defaultLandUseTable, type AnalysisResult, type InputIssue, type PlotTable } from '../../../src/index.ts';
import { SAMPLE_AS_OF } from '../attributes/edgeCases.ts';

export interface AnalysedSample {
  features: { properties: Record<string, unknown>; geometry: unknown }[];
  table: PlotTable;
  issues: InputIssue[];
  result: AnalysisResult;
}

export function analyseSample(dir: string, asOf = SAMPLE_AS_OF): AnalysedSample {
  const fc = JSON.parse(readFileSync(join(dir, 'plots.geojson'), 'utf8')) as { features: AnalysedSample['features'] };
  const builder = createPlotTableBuilder(defaultLandUseTable());
  fc.features.forEach((f, i) => builder.add(f, i));
  const { table, issues } = builder.finish();
  const result = analyze(table, { asOf, issues });
  return { features: fc.features, table, issues, result };
}
