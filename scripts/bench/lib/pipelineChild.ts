/**
 * One measured run of file → PlotTable → analysis → report, in its own process so that peak memory
 * belongs to one size. Prints one JSON line (PipelineFigures) on stdout.
 *
 *   node --import tsx scripts/bench/lib/pipelineChild.ts <plots.geojson> [--format json|csv]
 */
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { analyze, defaultLandUseTable } from '../../../src/index.ts';
import { readPlots } from '../../../src/io/index.ts';
import { csvReportChunks, jsonReportChunks } from '../../../src/report/index.ts';
import { writeChunks } from '../../cli/writeReport.ts';

export interface PipelineFigures {
  plots: number;
  features: number;
  issues: number;
  fileBytes: number;
  parseSeconds: number;
  analysisSeconds: number;
  reportSeconds: number;
  reportBytes: number;
  /** process.resourceUsage().maxRSS, bytes. */
  peakRssBytes: number;
  /** V8 heap used after each stage, bytes. */
  heapAfterParseBytes: number;
  heapAfterAnalysisBytes: number;
  /** Typed arrays and other memory outside the V8 heap after the analysis, bytes. */
  arrayBuffersBytes: number;
  heapLimitBytes: number;
}

const [file, ...rest] = process.argv.slice(2);
const format = rest[rest.indexOf('--format') + 1] === 'csv' ? 'csv' : 'json';
const seconds = (since: number) => (performance.now() - since) / 1000;

const fileBytes = statSync(file).size;
let t = performance.now();
const read = await readPlots(createReadStream(file, { highWaterMark: 4 << 20 }), { landUse: defaultLandUseTable(), totalBytes: fileBytes });
const parseSeconds = seconds(t);
const heapAfterParseBytes = process.memoryUsage().heapUsed;

t = performance.now();
const result = analyze(read.table, { asOf: '2026-06-30', issues: read.issues });
const analysisSeconds = seconds(t);
const memory = process.memoryUsage();

t = performance.now();
const out = createWriteStream('/dev/null');
await once(out, 'open');
const chunks = format === 'csv' ? csvReportChunks(read.table, result) : jsonReportChunks(read.table, result);
let reportBytes = 0;
function* counted(): Generator<string> {
  for (const chunk of chunks) {
    reportBytes += chunk.length;
    yield chunk;
  }
}
await writeChunks(out, counted());
out.end();
await once(out, 'finish');
const reportSeconds = seconds(t);

const { getHeapStatistics } = await import('node:v8');
const figures: PipelineFigures = {
  plots: read.table.count,
  features: read.meta.featureCount,
  issues: read.issues.length,
  fileBytes,
  parseSeconds,
  analysisSeconds,
  reportSeconds,
  reportBytes,
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
  heapAfterParseBytes,
  heapAfterAnalysisBytes: memory.heapUsed,
  arrayBuffersBytes: memory.arrayBuffers,
  heapLimitBytes: getHeapStatistics().heap_size_limit,
};
process.stdout.write(JSON.stringify(figures) + '\n');
