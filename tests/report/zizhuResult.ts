import { readFileSync } from 'node:fs';
import { readPlots, chunksOfBytes } from '../../src/io/index.ts';
import { defaultLandUseTable } from '../../src/landuse/landUseTable.ts';
import { analyze } from '../../src/analysis/analyze.ts';
import type { AnalysisResult, PlotTable } from '../../src/schema/index.ts';

/** The zizhu-small fixture read and analysed as of 2026-06-30 with default parameters. */
export async function zizhuResult(): Promise<{ table: PlotTable; result: AnalysisResult }> {
  const bytes = new Uint8Array(readFileSync(new URL('../fixtures/io/zizhu-small.geojson', import.meta.url)));
  const { table, issues } = await readPlots(chunksOfBytes(bytes), { landUse: defaultLandUseTable() });
  return { table, result: analyze(table, { asOf: '2026-06-30', issues }) };
}
