import { Worker } from 'node:worker_threads';
import { ParseWorkerError, createBatchWorkerPool, type BatchReply, type BatchWorkerPool, type BatchWorkerPort } from '../../src/index.ts';

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

/** `threads` worker_threads running parseWorker (bundled, or its TypeScript under tsx), for readPlots' `parallel` option. */
export function createParseWorkerPool(threads: number, speculateLines: boolean): BatchWorkerPool {
  return createBatchWorkerPool(Array.from({ length: threads }, nodeWorkerPort), undefined, speculateLines);
}
