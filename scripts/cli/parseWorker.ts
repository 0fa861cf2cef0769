/**
 * A parse worker (worker_threads): decodes, parses and validates batches of feature bytes sent by
 * parseWorkerPool.ts and posts each partial table back, its typed arrays transferred.
 */
import { parentPort } from 'node:worker_threads';
// Only what parsing needs, module by module: through the public index the bundle's chunk shared with
// the command line held the analysis, the quality report and Turf too (0.45 MB more to compile in
// every worker).
import { batchReplyOf, type BatchRequest } from '../../src/io/batchWorkerPool.ts';
import { parseFeatureBatch } from '../../src/io/parseFeatureBatch.ts';
import { defaultLandUseTable } from '../../src/landuse/index.ts';

const port = parentPort;
if (!port) throw new Error('parseWorker.ts runs as a worker thread');
const landUse = defaultLandUseTable();

port.on('message', (request: BatchRequest) => {
  const { reply, transfer } = batchReplyOf(request, (batch) => parseFeatureBatch(batch, landUse));
  port.postMessage(reply, transfer);
});
