import { Worker } from 'node:worker_threads';
import type { FeatureBatch, ParallelParse, PlotTablePart } from '../../src/index.ts';
import { bufferTransferList } from './bufferTransferList.ts';

const WORKER_URL = new URL('./parseWorker.ts', import.meta.url);
const BOOTSTRAP_URL = new URL('./tsWorker.mjs', import.meta.url);

interface PendingBatch {
  resolve(part: PlotTablePart): void;
  reject(error: Error): void;
}

export interface ParseWorkerPool extends ParallelParse {
  close(): Promise<void>;
}

/**
 * `threads` parse workers (parseWorker.ts) for readPlots' `parallel` option. Each batch goes to the
 * worker with the fewest batches waiting. The workers load tsx, so the TypeScript core runs in
 * them unbuilt, as in the CLI.
 */
export function createParseWorkerPool(threads: number, batchBytes = 4 << 20): ParseWorkerPool {
  const workers = Array.from({ length: threads }, () => new Worker(BOOTSTRAP_URL, { workerData: { tsModule: WORKER_URL.href } }));
  const waiting = workers.map(() => 0);
  const pending = new Map<number, PendingBatch & { worker: number }>();
  let nextId = 0;

  const failAll = (error: Error) => {
    for (const batch of pending.values()) batch.reject(error);
    pending.clear();
  };
  workers.forEach((worker, w) => {
    worker.on('message', (message: { id: number; part?: PlotTablePart; error?: string }) => {
      const batch = pending.get(message.id);
      if (!batch) return;
      pending.delete(message.id);
      waiting[w]--;
      if (message.part) batch.resolve(message.part);
      else batch.reject(new Error(`a parse worker failed: ${message.error}`));
    });
    worker.on('error', (error) => failAll(error));
    worker.on('exit', (code) => {
      if (code !== 0) failAll(new Error(`a parse worker stopped (exit code ${code})`));
    });
  });

  return {
    batchBytes,
    // Two batches per worker keep every worker busy while the reader cuts the next ones.
    maxInFlight: 2 * threads,
    parse(batch: FeatureBatch): Promise<PlotTablePart> {
      let w = 0;
      for (let k = 1; k < workers.length; k++) if (waiting[k] < waiting[w]) w = k;
      const id = nextId++;
      waiting[w]++;
      return new Promise<PlotTablePart>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: w });
        workers[w].postMessage({ id, batch }, bufferTransferList(batch));
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
