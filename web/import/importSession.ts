import i18next from 'i18next';
import { proxy } from 'comlink';
import { replacePlotsWorker, startPlotsWorker, type PlotsWorkerHandle } from '../worker/client.ts';
import type { LoadProgress, LoadResult } from '../worker/protocol.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useUiStore, showToast } from '../stores/uiStore.ts';
import { showOpenedPlots } from '../app/openPlotsFile.ts';
import {
  useImportStore, importStarted, inspected, importFailed, commitStarted, commitProgressed, importClosed,
  importChoicesOf,
} from './importStore.ts';

/**
 * The import step's worker: a fresh plots worker that reads the picked files. The page's own
 * worker keeps the plots shown until the commit succeeds; then this one replaces it. Cancelling
 * terminates it, which really stops its read, wherever it is.
 */
let candidate: PlotsWorkerHandle | null = null;
/** Settles the commit that is waiting when the user cancels it. */
let cancelCommit: (() => void) | null = null;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function stopCandidate(): void {
  candidate?.worker.terminate();
  candidate = null;
}

/** True while plots are being read, so a second file is refused with a message rather than lost. */
export function isImportBusy(): boolean {
  return useImportStore.getState().phase === 'loading' || useDataStore.getState().status === 'loading';
}

/** Opens the import step for picked or dropped files: the worker inspects them first. */
export async function beginImport(files: readonly File[]): Promise<void> {
  const names = files.map((f) => f.name);
  if (isImportBusy()) {
    useUiStore.setState((s) => showToast(s, i18next.t('trust.openBusy', { name: names.join(', ') })));
    return;
  }
  // A file opened while the step shows another replaces it.
  stopCandidate();
  const handle = startPlotsWorker();
  candidate = handle;
  useImportStore.setState((s) => importStarted(s, names));
  try {
    const inspection = await handle.api.inspect(files.map((f) => ({ name: f.name, blob: f })), {});
    if (candidate !== handle) return;
    useImportStore.setState((s) => inspected(s, inspection));
  } catch (error) {
    if (candidate !== handle) return;
    stopCandidate();
    useImportStore.setState(importClosed);
    useUiStore.setState((s) => showToast(s, i18next.t('open.failed', { name: names.join(', '), message: messageOf(error) })));
  }
}

/** Inspects the staged files again with the user's coordinate system, encoding or layer. */
export async function reinspect(): Promise<void> {
  const handle = candidate;
  if (!handle) return;
  try {
    const inspection = await handle.api.inspect(null, importChoicesOf(useImportStore.getState()));
    if (candidate === handle) useImportStore.setState((s) => inspected(s, inspection));
  } catch (error) {
    // A proj string that cannot be read, an encoding label that is not one: said in the step.
    if (candidate === handle) useImportStore.setState((s) => importFailed(s, messageOf(error)));
  }
}

/** Closes the step without reading anything: the plots shown stay. */
export function closeImport(): void {
  cancelCommit?.();
  stopCandidate();
  useImportStore.setState(importClosed);
}

/**
 * Reads the files with the user's choices in the candidate worker, with progress; on success its
 * plots replace the shown ones. Cancel (closeImport) stops the read and leaves the shown plots.
 */
export async function commitImport(): Promise<void> {
  const handle = candidate;
  const state = useImportStore.getState();
  const { fileNames, phase } = state;
  if (!handle || phase !== 'step') return;
  useImportStore.setState(commitStarted);
  const cancelled = new Promise<null>((resolve) => (cancelCommit = () => resolve(null)));
  const name = fileNames.find((n) => !/\.(shx|dbf|prj|cpg|qix|sbn|sbx)$/i.test(n)) ?? fileNames[0];
  try {
    const loaded: LoadResult | null = await Promise.race([
      handle.api.load(
        { plotsUrl: name, staged: importChoicesOf(state) },
        proxy((p: LoadProgress) => useImportStore.setState((s) => commitProgressed(s, p))),
      ),
      cancelled,
    ]);
    if (loaded === null || candidate !== handle) {
      useUiStore.setState((s) => showToast(s, i18next.t('importStep.cancelled', { name })));
      return;
    }
    candidate = null;
    replacePlotsWorker(handle);
    useImportStore.setState(importClosed);
    await showOpenedPlots(loaded, name);
  } catch (error) {
    if (candidate === handle) useImportStore.setState((s) => importFailed(s, messageOf(error)));
  } finally {
    cancelCommit = null;
  }
}
