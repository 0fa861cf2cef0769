import { wrap, type Remote } from 'comlink';
import type { WorkerApi } from './workerApi.ts';

/** A plots worker and its typed proxy. */
export interface PlotsWorkerHandle {
  worker: Worker;
  api: Remote<WorkerApi>;
}

let current: PlotsWorkerHandle | null = null;

/** A new plots worker, not yet the page's: the import step reads a file in one before it replaces the plots. */
export function startPlotsWorker(): PlotsWorkerHandle {
  const worker = new Worker(new URL('./plots.worker.ts', import.meta.url), { type: 'module', name: 'parktwin-plots' });
  return { worker, api: wrap<WorkerApi>(worker) };
}

/** The one plots worker of the page, started on first use. */
export function plotsWorker(): Remote<WorkerApi> {
  current ??= startPlotsWorker();
  return current.api;
}

/**
 * Makes `next` the page's plots worker (it holds the plots just imported) and stops the previous
 * one, with the plots it held: from now on every request goes to `next`.
 */
export function replacePlotsWorker(next: PlotsWorkerHandle): void {
  const previous = current;
  current = next;
  previous?.worker.terminate();
}
