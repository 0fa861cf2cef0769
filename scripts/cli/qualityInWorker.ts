import { Worker } from 'node:worker_threads';
import {
  defaultLandUseTable,
  qualityGeometryTableOf,
  qualityReport,
  qualityReportOf,
  qualitySettingsOf,
  type InputIssue,
  type QualityGeometry,
  type QualityGeometryTable,
  type QualityReport,
  type QualityTable,
} from '../../src/index.ts';

export interface QualityWorkerRequest {
  table: QualityGeometryTable;
  overlapMinM2: number;
  overlapListMax: number;
}

/** The quality report, computed while the caller goes on: `report()` waits for it; `cancel()` drops it. */
export interface PendingQuality {
  report(): Promise<QualityReport>;
  cancel(): void;
}

/**
 * Below this many plots the report runs on the main thread, after the analysis. Measured on the
 * shared 2-core machine (load 4-6, scripts/bench/README.md): at 100k plots the worker lost, 0.5 s
 * more CPU and no wall time gained (its start and the copy cost ~0.2 s of the main thread, and the
 * report's own geometry is only ~0.6 s there); at 1M, against the same report inline, one pair
 * lost 13 s and one won 3.4 s, with 250 MB more peak memory. On a quiet machine the report's ~15 s
 * at 1M should overlap the analysis: measure there, and move this with the figures.
 */
export const QUALITY_WORKER_MIN_PLOTS = 250_000;

/** From the sources (tsx) a .ts module starts through tsWorker.mjs; from dist-cli/ the bundled .mjs. */
const FROM_SOURCES = import.meta.url.endsWith('.ts');

function newWorker(): Worker {
  if (!FROM_SOURCES) return new Worker(new URL('./qualityWorker.mjs', import.meta.url));
  return new Worker(new URL('./tsWorker.mjs', import.meta.url), { workerData: { tsModule: new URL('./qualityWorker.ts', import.meta.url).href } });
}

/**
 * The data-quality report of a table, which does not depend on the analysis. For a large table its
 * geometric part (nearly all of its time) starts at once in a worker thread while the caller
 * analyses; `report()` then makes the findings from it with the ids, as qualityReport does. A small
 * table's report runs on the caller's thread when asked for. The same report either way.
 */
export function startQualityReport(table: QualityTable, issues: readonly InputIssue[], minPlots = QUALITY_WORKER_MIN_PLOTS): PendingQuality {
  const options = { landUse: defaultLandUseTable(), issues };
  if (table.count < minPlots) return { report: async () => qualityReport(table, options), cancel: () => {} };
  const settings = qualitySettingsOf(options);
  const worker = newWorker();
  const geometry = new Promise<QualityGeometry>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the data-quality worker stopped (exit code ${code}) before its result`)));
  });
  // A rejection is seen by report(); until then it must not count as unhandled.
  geometry.catch(() => {});
  // Copies the coordinates now (structured clone), so the analysis may go on with the table.
  const request: QualityWorkerRequest = { table: qualityGeometryTableOf(table), overlapMinM2: settings.overlapMinM2, overlapListMax: settings.overlapListMax };
  worker.postMessage(request);
  return {
    report: async () => qualityReportOf(table, await geometry, options),
    cancel: () => void worker.terminate(),
  };
}
