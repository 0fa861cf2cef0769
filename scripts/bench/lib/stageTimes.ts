/**
 * Profiling aid (not a benchmark): CPU time of each stage of `parktwin analyze` on the synthetic
 * plots in one process, `runs` times (the first includes warm-up): read + validate, analysis,
 * data-quality report, JSON report to bytes (encoded as the CLI's write does, then dropped).
 *   node --import tsx scripts/bench/lib/stageTimes.ts [plots] [runs]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { analyze, chunksOfBytes, defaultLandUseTable, jsonReportChunks, qualityReport, readPlots } from '../../../src/index.ts';
import { ensureSyntheticPlots } from '../../synthetic/writeSyntheticFile.ts';

const plots = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 3);
const bytes = readFileSync((await ensureSyntheticPlots({ plots })).path);
const landUse = defaultLandUseTable();
const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};
for (let run = 0; run < runs; run++) {
  let t = process.cpuUsage();
  const read = await readPlots(chunksOfBytes(bytes, 1 << 22), { landUse });
  const readS = cpuSince(t);
  t = process.cpuUsage();
  const result = analyze(read.table, { asOf: '2026-06-30', issues: read.issues });
  const analyzeS = cpuSince(t);
  t = process.cpuUsage();
  const quality = qualityReport(read.table, { landUse, issues: read.issues });
  const qualityS = cpuSince(t);
  t = process.cpuUsage();
  let reportBytes = 0;
  for (const chunk of jsonReportChunks(read.table, result, { input: read.meta.input, quality })) reportBytes += Buffer.from(chunk).length;
  const reportS = cpuSince(t);
  console.log(
    `run ${run}: read ${readS.toFixed(2)} s, analyze ${analyzeS.toFixed(2)} s, quality ${qualityS.toFixed(2)} s, report ${reportS.toFixed(2)} s ` +
      `(${(reportBytes / 1e6).toFixed(0)} MB); load ${loadavg()[0].toFixed(1)}`,
  );
}
