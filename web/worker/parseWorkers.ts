import { ParseWorkerError, createBatchWorkerPool, type BatchReply, type BatchWorkerPool, type BatchWorkerPort } from './core.ts';

/** Below this, starting workers (each loads the parser) costs more than it saves. */
const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;
const MAX_THREADS = 8;

/** Parse threads for a file: as asked (the `threads` URL parameter), else one per core for large files of known size. */
export function parseThreadsFor(requested: number | undefined, totalBytes: number | null): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, MAX_THREADS));
  if (totalBytes === null || totalBytes < PARALLEL_MIN_BYTES) return 1;
  return Math.max(1, Math.min(navigator.hardwareConcurrency || 1, MAX_THREADS));
}

function browserWorkerPort(): BatchWorkerPort {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'parktwin-parse' });
  } catch (error) {
    throw new ParseWorkerError(`a parse worker could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    post: (message, transfer) => worker.postMessage(message, transfer),
    listen(onReply, onFailure) {
      worker.onmessage = (event: MessageEvent<BatchReply>) => onReply(event.data);
      worker.onerror = (event) => onFailure(new ParseWorkerError(`a parse worker failed: ${event.message}`));
    },
    terminate: () => worker.terminate(),
  };
}

/** `threads` parse workers for readPlots' `parallel` option. */
export function createParseWorkers(threads: number): BatchWorkerPool {
  return createBatchWorkerPool(Array.from({ length: threads }, browserWorkerPort));
}
