/**
 * Profiling aid (not a benchmark): parses and validates the synthetic 100k plots, from bytes,
 * a few times in one process. Run with `node --cpu-prof --import tsx scripts/bench/lib/profileParse.ts`.
 */
import { readFileSync } from 'node:fs';
import { builderSink, createPlotTableBuilder, defaultLandUseTable, GeoJsonReader } from '../../../src/index.ts';
import { ensureSyntheticPlots } from '../../synthetic/writeSyntheticFile.ts';

const CHUNK = 4 << 20;
const bytes = readFileSync((await ensureSyntheticPlots({ plots: 100_000 })).path);
const landUse = defaultLandUseTable();
for (let run = 0; run < 4; run++) {
  const builder = createPlotTableBuilder(landUse);
  const reader = new GeoJsonReader(builderSink(builder));
  const cpu = process.cpuUsage();
  for (let at = 0; at < bytes.length; at += CHUNK) reader.push(bytes.subarray(at, at + CHUNK));
  reader.finish();
  const used = process.cpuUsage(cpu);
  console.log(`run ${run}: ${builder.finish().table.count} plots, ${((used.user + used.system) / 1e6).toFixed(3)} s CPU`);
}
