/**
 * A parse worker (worker_threads): decodes, parses and validates batches of feature bytes sent by
 * parseWorkerPool.ts and posts each partial table back, its typed arrays transferred.
 */
import { parentPort } from 'node:worker_threads';
// Only what parsing needs: the public index would also load the analysis and Turf in every worker.
import { batchReplyOf, defaultLandUseTable, parseFeatureBatch, type BatchRequest } from '../../src/index.ts';

const port = parentPort;
if (!port) throw new Error('parseWorker.ts runs as a worker thread');
const landUse = defaultLandUseTable();

port.on('message', (request: BatchRequest) => {
  const { reply, transfer } = batchReplyOf(request, (batch) => parseFeatureBatch(batch, landUse));
  port.postMessage(reply, transfer);
});
