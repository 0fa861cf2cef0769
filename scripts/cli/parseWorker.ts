/**
 * A parse worker (worker_threads): decodes, parses and validates batches of feature bytes sent by
 * parseWorkerPool.ts and posts each partial table back, its typed arrays transferred.
 */
import { parentPort } from 'node:worker_threads';
// eslint-disable-next-line no-restricted-imports -- the worker loads only the parsing code (src/io/parseCore.ts), not the whole core
import { batchReplyOf, defaultLandUseTable, parseFeatureBatch, type BatchRequest } from '../../src/io/parseCore.ts';

const port = parentPort;
if (!port) throw new Error('parseWorker.ts runs as a worker thread');
const landUse = defaultLandUseTable();

port.on('message', (request: BatchRequest) => {
  const { reply, transfer } = batchReplyOf(request, (batch) => parseFeatureBatch(batch, landUse));
  port.postMessage(reply, transfer);
});
