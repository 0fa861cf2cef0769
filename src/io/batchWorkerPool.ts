import type { PlotTablePart } from '../validate/plotTableParts.ts';
import type { FeatureBatch } from './featureBatch.ts';
import type { ParallelParse } from './readPlots.ts';

/** A parse worker could not start, died, or failed on a batch: the input itself may be fine. */
export class ParseWorkerError extends Error {
  override name = 'ParseWorkerError';
}

/**
 * A line taken unscanned was not one element (see DeferringFeatureDecoder): the parallel read
 * cannot give what a one-thread read gives, so the input must be read again on one thread.
 */
export class SplitSpeculationMissed extends ParseWorkerError {
  override name = 'SplitSpeculationMissed';
  constructor(readonly featureIndex: number) {
    super(`feature ${featureIndex} is not one whole line; the file must be read on one thread`);
  }
}

/** A parse worker as the pool sees it: Node's worker_threads and the browser's Worker both fit. */
export interface BatchWorkerPort {
  post(message: BatchRequest, transfer: ArrayBuffer[]): void;
  /** Registers the handler for every reply and for the worker failing. */
  listen(onReply: (reply: BatchReply) => void, onFailure: (error: Error) => void): void;
  terminate(): Promise<unknown> | void;
}

export interface BatchRequest {
  id: number;
  batch: FeatureBatch;
}

export type BatchReply = { id: number; part: PlotTablePart } | { id: number; error: string; speculationMissedAt?: number };

export interface BatchWorkerPool extends ParallelParse {
  close(): Promise<void>;
}

/** Every distinct ArrayBuffer under `value`, to transfer rather than copy. */
export function buffersOf(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    // Arrays of strings (ids, names) hold no buffers: the first item tells.
    if (value.length > 0 && typeof value[0] === 'object') for (const item of value) buffersOf(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) buffersOf(item, found);
  }
  return [...found];
}

/**
 * readPlots' `parallel` option over parse workers that run parseFeatureBatch. Each batch goes to the
 * worker with the fewest batches waiting; two batches per worker may wait, so every worker stays
 * busy while the reader cuts the next ones and memory stays bounded.
 */
export function createBatchWorkerPool(ports: readonly BatchWorkerPort[], batchBytes = 4 << 20, speculateLines = true): BatchWorkerPool {
  const waiting = ports.map(() => 0);
  const pending = new Map<number, { resolve(part: PlotTablePart): void; reject(error: Error): void; worker: number }>();
  let nextId = 0;
  let broken: Error | null = null;

  ports.forEach((port) =>
    port.listen(
      (reply) => {
        const batch = pending.get(reply.id);
        if (!batch) return;
        pending.delete(reply.id);
        waiting[batch.worker]--;
        if ('part' in reply) batch.resolve(reply.part);
        else if (reply.speculationMissedAt !== undefined) batch.reject(new SplitSpeculationMissed(reply.speculationMissedAt));
        else batch.reject(new ParseWorkerError(`a parse worker failed: ${reply.error}`));
      },
      (failure) => {
        const error = failure instanceof ParseWorkerError ? failure : new ParseWorkerError(`a parse worker failed: ${failure.message}`);
        broken ??= error;
        for (const batch of pending.values()) batch.reject(error);
        pending.clear();
      },
    ),
  );

  return {
    batchBytes,
    maxInFlight: 2 * ports.length,
    speculateLines,
    parse(batch: FeatureBatch): Promise<PlotTablePart> {
      if (broken) return Promise.reject(broken);
      let w = 0;
      for (let k = 1; k < ports.length; k++) if (waiting[k] < waiting[w]) w = k;
      const id = nextId++;
      waiting[w]++;
      return new Promise<PlotTablePart>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: w });
        ports[w].post({ id, batch }, buffersOf(batch));
      });
    },
    async close() {
      await Promise.all(ports.map((port) => port.terminate()));
    },
  };
}

/** What a parse worker does with one request: parse, reply with the part (buffers transferred) or the error. */
export function batchReplyOf(request: BatchRequest, parse: (batch: FeatureBatch) => PlotTablePart): { reply: BatchReply; transfer: ArrayBuffer[] } {
  try {
    const part = parse(request.batch);
    return { reply: { id: request.id, part }, transfer: buffersOf(part) };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    if (error instanceof SplitSpeculationMissed) return { reply: { id: request.id, error: message, speculationMissedAt: error.featureIndex }, transfer: [] };
    return { reply: { id: request.id, error: message }, transfer: [] };
  }
}
