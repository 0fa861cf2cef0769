import { Worker } from 'node:worker_threads';
import { ParseWorkerError, createBatchWorkerPool, type BatchReply, type BatchWorkerPool, type BatchWorkerPort } from '../../src/index.ts';

const WORKER_URL = new URL('./parseWorker.ts', import.meta.url);
const BOOTSTRAP_URL = new URL('./tsWorker.mjs', import.meta.url);

function nodeWorkerPort(): BatchWorkerPort {
  const worker = new Worker(BOOTSTRAP_URL, { workerData: { tsModule: WORKER_URL.href } });
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
 * `threads` worker_threads running parseWorker.ts, for readPlots' `parallel` option. The workers
 * load tsx themselves (tsWorker.mjs), so the TypeScript core runs in them unbuilt, as in the CLI.
 */
export function createParseWorkerPool(threads: number): BatchWorkerPool {
  return createBatchWorkerPool(Array.from({ length: threads }, nodeWorkerPort));
}
