/**
 * A parse worker (worker_threads): decodes, parses and validates batches of feature bytes sent by
 * parseWorkerPool.ts and posts each partial table back, its typed arrays transferred.
 */
import { parentPort } from 'node:worker_threads';
// Only what parsing needs: the public index would also load the analysis and Turf in every worker.
import { parseFeatureBatch } from '../../src/io/parseFeatureBatch.ts';
import type { FeatureBatch } from '../../src/io/featureBatch.ts';
import { defaultLandUseTable } from '../../src/landuse/index.ts';
import { bufferTransferList } from './bufferTransferList.ts';

const port = parentPort;
if (!port) throw new Error('parseWorker.ts runs as a worker thread');
const landUse = defaultLandUseTable();

port.on('message', (message: { id: number; batch: FeatureBatch }) => {
  try {
    const part = parseFeatureBatch(message.batch, landUse);
    port.postMessage({ id: message.id, part }, bufferTransferList(part));
  } catch (error) {
    port.postMessage({ id: message.id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
