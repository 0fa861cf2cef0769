import { batchReplyOf, parseFeatureBatch, type BatchReply, type BatchWorkerPort, type LandUseTable } from '../../src/index.ts';

/**
 * A "worker" that is the reading thread itself: batches posted to it are parsed here, one per
 * macrotask, so reading goes on between them. On two cores, the reading thread plus one worker keep
 * both busy without starting (and warming up) a second worker, and nothing is copied for its
 * batches. Replies come as a real worker's would, so the pool treats it as one.
 */
export function localBatchPort(landUse: LandUseTable): BatchWorkerPort {
  let onReply: (reply: BatchReply) => void = () => {};
  return {
    post(request) {
      setTimeout(() => onReply(batchReplyOf(request, (batch) => parseFeatureBatch(batch, landUse)).reply), 0);
    },
    listen(reply) {
      onReply = reply;
    },
    terminate() {},
  };
}
