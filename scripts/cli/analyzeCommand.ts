import { analyze, defaultLandUseTable, explainFlags, qualityCsvText, type AnalysisParams } from '../../src/index.ts';
import { readPlots, ReadError, ParseWorkerError, type ImportOptions, type ReadPlotsResult } from '../../src/index.ts';
import { csvReportChunks, jsonReportHeadChunks, jsonReportTailChunks } from '../../src/index.ts';
import type { AnalyzeArgs } from './args.ts';
import { asOfDate } from './asOf.ts';
import { CliError, EXIT_OK } from './cliError.ts';
import { fileErrorReason } from './fileErrorReason.ts';
import { paramsFromFile } from './paramsFile.ts';
import { fieldMapFromFile } from './fieldsFile.ts';
import { shapefileSiblings } from './shapefileSiblings.ts';
import { openPlotsInput } from './plotsInput.ts';
import { SILENT_PROGRESS, stderrProgress, type Progress } from './progress.ts';
import { ReportFile, writeChunks } from './writeReport.ts';
import { runSummary } from './runSummary.ts';
import { createParseWorkerPool } from './parseWorkerPool.ts';
import { startQualityReport, type PendingQuality } from './qualityInWorker.ts';
import { availableParallelism } from 'node:os';
import { stageTimings } from './stageTimings.ts';

/** Files over this size show progress even when stderr is not a terminal. */
const PROGRESS_MIN_BYTES = 50 * 1024 * 1024;
/**
 * Below this, starting worker threads (each loads tsx and the parser, ~0.4 s) costs more than it
 * saves: measured on 2 cores, 67 MB parsed in 2.5 s on one thread and 2.8 s on two, 667 MB in
 * 29.7 s and 22.6 s.
 */
const PARALLEL_MIN_BYTES = 128 * 1024 * 1024;
const MAX_DEFAULT_THREADS = 8;

/** Parse threads for an input: --threads, else one per core for a large file of known size. */
export function parseThreads(requested: number | undefined, totalBytes: number | undefined): number {
  if (requested !== undefined) return requested;
  if (totalBytes === undefined || totalBytes < PARALLEL_MIN_BYTES) return 1;
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_THREADS));
}

export interface CliStreams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * `analyze <plots>`: options are checked first, the --out file is opened, then the plots stream in,
 * are analysed and the report streams out. Returns the exit code; throws CliError for input that
 * cannot be read at all.
 */
export async function runAnalyze(args: AnalyzeArgs, streams: CliStreams): Promise<number> {
  const startMs = performance.now();
  const asOf = asOfDate(args.asOf);
  const params: AnalysisParams | undefined = args.configPath ? await paramsFromFile(args.configPath) : undefined;
  const importOptions: ImportOptions = {
    crs: args.crs,
    layer: args.layer,
    fields: args.fieldsPath ? await fieldMapFromFile(args.fieldsPath) : undefined,
  };
  const input = await openPlotsInput(args.plotsPath);
  importOptions.siblings = await shapefileSiblings(args.plotsPath);
  const out = args.outPath ? await ReportFile.open(args.outPath) : undefined;
  const qualityOut = args.qualityCsvPath ? await ReportFile.open(args.qualityCsvPath) : undefined;
  const showProgress = !args.quiet && (streams.stderr.isTTY === true || (input.totalBytes ?? 0) > PROGRESS_MIN_BYTES);
  const progress: Progress = showProgress
    ? stderrProgress(streams.stderr, (stage, fraction) => progressText(stage, fraction, input.totalBytes))
    : SILENT_PROGRESS;

  let pendingQuality: PendingQuality | undefined;
  try {
    const timings = stageTimings(process.env.PARKTWIN_TIMINGS === '1' ? streams.stderr : undefined);
    const read = await readInput(input.name, input.chunks, input.totalBytes, progress, parseThreads(args.threads, input.totalBytes), importOptions, input.reopen);
    timings.mark('read');
    // The JSON report carries the quality findings; the plots CSV has no room for them (--quality-csv).
    // The report does not depend on the analysis: a worker computes it meanwhile (large tables).
    pendingQuality = args.format === 'json' || qualityOut ? startQualityReport(read.table, read.issues) : undefined;
    const result = analyze(read.table, {
      asOf,
      params,
      issues: read.issues,
      onProgress: (stage, fraction) => progress.update(`analyse: ${stage}`, fraction),
    });
    timings.mark('analyse');
    progress.update('write report', 0);
    const write = async (chunks: Iterable<string>, last: boolean) => {
      if (!out) await writeChunks(streams.stdout, chunks);
      else if (last) await out.write(chunks);
      else await out.append(chunks);
    };
    let quality;
    if (args.format === 'csv') await write(csvReportChunks(read.table, result), true);
    else {
      // Everything but the quality member first: a worker may still be computing it meanwhile.
      await write(jsonReportHeadChunks(read.table, result, {
        input: read.meta.input,
        explain: args.explain ? (row) => explainFlags(read.table, result, row) : undefined,
      }), false);
      timings.mark('write (analysis)');
    }
    if (pendingQuality) {
      progress.update('data quality', 0);
      quality = await pendingQuality.report();
      timings.mark('quality (wait and findings)');
    }
    if (args.format !== 'csv') await write(jsonReportTailChunks(quality), true);
    if (qualityOut && quality) await qualityOut.write(['\uFEFF', qualityCsvText(quality)]);
    timings.mark('write (quality)');
    progress.end();
    if (!args.quiet) streams.stderr.write(runSummary(read, result, (performance.now() - startMs) / 1000, args.outPath) + '\n');
    return EXIT_OK;
  } catch (error) {
    pendingQuality?.cancel();
    progress.end();
    await out?.discard();
    await qualityOut?.discard();
    throw error;
  }
}

export async function readInput(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  totalBytes: number | undefined,
  progress: Progress,
  threads: number,
  importOptions: ImportOptions,
  reopen?: () => AsyncIterable<Uint8Array>,
): Promise<ReadPlotsResult> {
  // Workers may cut one-feature-per-line files unscanned only when the file can be read again.
  const pool = threads > 1 ? createParseWorkerPool(threads, reopen !== undefined) : undefined;
  try {
    return await readPlots(chunks, {
      ...importOptions,
      parallel: pool,
      landUse: defaultLandUseTable(),
      totalBytes,
      fileName: name,
      onProgress: (stage, fraction) => progress.update(stage, fraction),
    });
  } catch (error) {
    // A line the reading thread took unscanned was not one feature (a malformed file), or a parse
    // worker died: read the file again on one thread, which gives the exact one-thread result.
    if (error instanceof ParseWorkerError && reopen) {
      await pool?.close();
      return readInput(name, reopen(), totalBytes, progress, 1, importOptions);
    }
    if (error instanceof ReadError) throw new CliError(`cannot read ${name}: ${error.message}`);
    if (typeof (error as { code?: unknown } | null)?.code === 'string') {
      throw new CliError(`cannot read ${name}: ${fileErrorReason(error)}`);
    }
    throw error;
  } finally {
    await pool?.close();
  }
}

function progressText(stage: string, fraction: number, totalBytes: number | undefined): string {
  const percent = `${Math.floor(fraction * 100)}%`;
  if (stage === 'read' && totalBytes) {
    const mb = (bytes: number) => (bytes / 1e6).toFixed(0);
    return `parktwin: reading plots ${percent} (${mb(fraction * totalBytes)} of ${mb(totalBytes)} MB)`;
  }
  if (stage === 'parse') return `parktwin: parsing the last batches in worker threads ${percent}`;
  return `parktwin: ${stage} ${percent}`;
}
