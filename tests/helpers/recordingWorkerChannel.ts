import { expose, wrap, type Remote } from 'comlink';
import { createWorkerApi, type WorkerApi } from '../../web/worker/workerApi.ts';

/**
 * The viewer's worker API over a real MessageChannel, as the page sees it, with every transfer list
 * the worker side passes to postMessage recorded: tests check that typed arrays are moved, not
 * copied, across the boundary.
 */
export function recordingWorkerChannel(fetchFixture: typeof fetch): { api: Remote<WorkerApi>; transferLists: Transferable[][]; close: () => void } {
  const { port1, port2 } = new MessageChannel();
  const transferLists: Transferable[][] = [];
  const workerEnd = port1 as unknown as { postMessage: (message: unknown, transfer?: Transferable[]) => void };
  const post = workerEnd.postMessage.bind(port1);
  workerEnd.postMessage = (message: unknown, transfer?: Transferable[]) => {
    transferLists.push(transfer ?? []);
    post(message, transfer ?? []);
  };
  expose(createWorkerApi(fetchFixture), port1 as unknown as MessagePort);
  const api = wrap<WorkerApi>(port2 as unknown as MessagePort);
  return {
    api,
    transferLists,
    close: () => {
      port1.close();
      port2.close();
    },
  };
}
