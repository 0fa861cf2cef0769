import { wrap, type Remote } from 'comlink';
import type { WorkerApi } from './workerApi.ts';

let remote: Remote<WorkerApi> | null = null;

/** The one plots worker of the page, started on first use. */
export function plotsWorker(): Remote<WorkerApi> {
  if (!remote) {
    const worker = new Worker(new URL('./plots.worker.ts', import.meta.url), { type: 'module', name: 'parktwin-plots' });
    remote = wrap<WorkerApi>(worker);
  }
  return remote;
}
