import { Worker } from 'node:worker_threads';
import { localBatchPort } from './localBatchPort.ts';
import { ParseWorkerError, createBatchWorkerPool, defaultLandUseTable, type BatchReply, type BatchWorkerPool, type BatchWorkerPort } from '../../src/index.ts';

/**
 * From the TypeScript sources (tsx) this module is a .ts file and workers start parseWorker.ts
 * through tsWorker.mjs, which loads tsx in the worker; from the bundle (dist-cli/, see
 * scripts/build/buildCli.mjs) it is part of a .mjs chunk and parseWorker.mjs sits beside it.
 */
const FROM_SOURCES = import.meta.url.endsWith('.ts');

function newWorker(): Worker {
  if (!FROM_SOURCES) return new Worker(new URL('./parseWorker.mjs', import.meta.url));
  return new Worker(new URL('./tsWorker.mjs', import.meta.url), { workerData: { tsModule: new URL('./parseWorker.ts', import.meta.url).href } });
}

function nodeWorkerPort(): BatchWorkerPort {
  const worker = newWorker();
  return {
    post: (message, transfer) => worker.postMessage(message, transfer),
    listen(onReply, onFailure) {
      worker.on('message', (reply: BatchReply) => onReply(reply));
      worker.on('error', onFailure);
      worker.on('exit', (code) => {
        if (code !== 0) onFailure(new ParseWorkerError(`a parse worker stopped (exit code ${code})`));
      });
    },
    terminate: () => worker.terminate(),
  };
}

/**
 * `threads` parsing threads for readPlots' `parallel` option: this thread (between reads) and
 * threads - 1 worker_threads running parseWorker (bundled, or its TypeScript under tsx). With the
 * reading thread's byte scan gone (speculateLines) it has time to parse; on 2 cores a second worker
 * only competed with it.
 */
export function createParseWorkerPool(threads: number, speculateLines: boolean): BatchWorkerPool {
  const ports = [localBatchPort(defaultLandUseTable()), ...Array.from({ length: threads - 1 }, nodeWorkerPort)];
  return createBatchWorkerPool(ports, undefined, speculateLines);
}
