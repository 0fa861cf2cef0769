/// <reference lib="webworker" />
// A parse worker started by the plots worker for large files: decodes, parses and validates batches
// of feature bytes (see src/io/batchWorkerPool.ts) and posts each partial table back.
import { batchReplyOf, defaultLandUseTable, parseFeatureBatch, type BatchRequest } from './core.ts';

const landUse = defaultLandUseTable();

self.onmessage = (event: MessageEvent<BatchRequest>) => {
  const { reply, transfer } = batchReplyOf(event.data, (batch) => parseFeatureBatch(batch, landUse));
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, transfer);
};
