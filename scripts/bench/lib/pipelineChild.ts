/**
 * One measured run of file → PlotTable → analysis → report, in its own process so that peak memory
 * belongs to one size. Prints one JSON line (PipelineFigures) on stdout.
 *
 *   node --import tsx scripts/bench/lib/pipelineChild.ts <plots.geojson> [--format json|csv] [--threads N]
 *
 * Parse threads as the CLI chooses them (one per core for large files) unless --threads is given.
 */
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { analyze, defaultLandUseTable } from '../../../src/index.ts';
import { csvReportChunks, jsonReportChunks, readPlots } from '../../../src/index.ts';
import { writeChunks } from '../../cli/writeReport.ts';
import { parseThreads } from '../../cli/analyzeCommand.ts';
import { createParseWorkerPool } from '../../cli/parseWorkerPool.ts';

export interface PipelineFigures {
  plots: number;
  features: number;
  issues: number;
  fileBytes: number;
  /** Threads that parsed and validated (1 = the main thread alone). */
  parseThreads: number;
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
const threadsArg = rest.includes('--threads') ? Number(rest[rest.indexOf('--threads') + 1]) : undefined;
const seconds = (since: number) => (performance.now() - since) / 1000;

const fileBytes = statSync(file).size;
const threads = parseThreads(threadsArg, fileBytes);
let t = performance.now();
// The synthetic files are one feature per line and well formed: a missed line split would throw.
const pool = threads > 1 ? createParseWorkerPool(threads, true) : undefined;
const read = await readPlots(createReadStream(file, { highWaterMark: 4 << 20 }), { landUse: defaultLandUseTable(), totalBytes: fileBytes, parallel: pool });
await pool?.close();
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
  parseThreads: threads,
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
