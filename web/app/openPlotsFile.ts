import i18next from 'i18next';
import { useDataStore, plotsReplaced, openFailed } from '../stores/dataStore.ts';
import { useAnalysisStore, analysisCleared, setAsOf } from '../stores/analysisStore.ts';
import { useColumnStore, columnsCleared } from '../stores/columnStore.ts';
import { useFilterStore, EMPTY_FILTERS } from '../stores/filterStore.ts';
import { useUiStore, selectRow, showToast, setIssuesOpen } from '../stores/uiStore.ts';
import { flyToBounds } from '../map/mapInstance.ts';
import { boundsOfPlots } from '../map/homeBounds.ts';
import { loadInWorker, requestAnalysis } from './controller.ts';
import type { LoadResult } from '../worker/protocol.ts';

/**
 * Replaces the plots with a file the user opened (file picker or drop). The file is read in the
 * worker like a served one, with the same validation and issue list; if it cannot be read at all,
 * the plots already shown stay and a message says why.
 */
export async function openPlotsFile(file: File): Promise<void> {
  // One file at a time: a file dropped while another loads is refused with a message, not dropped silently.
  if (useDataStore.getState().status === 'loading') {
    useUiStore.setState((s) => showToast(s, i18next.t('trust.openBusy', { name: file.name })));
    return;
  }
  try {
    const plots = await loadInWorker({ plotsUrl: file.name, plotsFile: file });
    await showOpenedPlots(plots, file.name);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    useDataStore.setState((s) => openFailed(s, message));
    useUiStore.setState((s) => showToast(s, i18next.t('open.failed', { name: file.name, message })));
  }
}

/** Plots read from a file the user opened replace the ones shown: selection, filters and analysis start over. */
export async function showOpenedPlots(plots: LoadResult, name: string): Promise<void> {
  useUiStore.setState((s) => selectRow(s, -1));
  useFilterStore.setState({ ...EMPTY_FILTERS });
  useColumnStore.setState(columnsCleared);
  useAnalysisStore.setState(analysisCleared);
  if (plots.dataAsOf) useAnalysisStore.setState((s) => setAsOf(s, plots.dataAsOf!));
  useDataStore.setState((s) => plotsReplaced(s, plots, name));
  const bounds = boundsOfPlots(plots.geometry.bounds);
  if (bounds) flyToBounds(bounds, 16);
  useUiStore.setState((s) => showToast(s, i18next.t('open.loaded', { name, count: plots.plotCount })));
  if (plots.issueCount > 0) useUiStore.setState((s) => setIssuesOpen(s, true));
  await requestAnalysis();
}
