import { proxy } from 'comlink';
import i18next from 'i18next';
import { plotsWorker } from '../worker/client.ts';
import { useDataStore, loadStarted, loadProgressed, plotsReplaced, openFailed } from '../stores/dataStore.ts';
import { useAnalysisStore, analysisCleared, setAsOf } from '../stores/analysisStore.ts';
import { useColumnStore, columnsCleared } from '../stores/columnStore.ts';
import { useFilterStore, EMPTY_FILTERS } from '../stores/filterStore.ts';
import { useUiStore, selectRow, showToast, setIssuesOpen } from '../stores/uiStore.ts';
import { flyToBounds } from '../map/mapInstance.ts';
import { requestAnalysis } from './controller.ts';
import type { LoadProgress } from '../worker/protocol.ts';

/** West, south, east, north of every plot (per-plot boxes, 4 numbers each). */
export function boundsOfPlots(boxes: Float32Array): [number, number, number, number] | null {
  if (boxes.length < 4) return null;
  const out: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < boxes.length; i += 4) {
    if (boxes[i] < out[0]) out[0] = boxes[i];
    if (boxes[i + 1] < out[1]) out[1] = boxes[i + 1];
    if (boxes[i + 2] > out[2]) out[2] = boxes[i + 2];
    if (boxes[i + 3] > out[3]) out[3] = boxes[i + 3];
  }
  return out;
}

/**
 * Replaces the plots with a file the user opened (file picker or drop). The file is read in the
 * worker like a served one, with the same validation and issue list; if it cannot be read at all,
 * the plots already shown stay and a message says why.
 */
export async function openPlotsFile(file: File): Promise<void> {
  if (useDataStore.getState().status === 'loading') return;
  useDataStore.setState(loadStarted);
  try {
    const plots = await plotsWorker().load(
      { plotsUrl: file.name, plotsFile: file },
      proxy((p: LoadProgress) => useDataStore.setState((s) => loadProgressed(s, p))),
    );
    useUiStore.setState((s) => selectRow(s, -1));
    useFilterStore.setState({ ...EMPTY_FILTERS });
    useColumnStore.setState(columnsCleared);
    useAnalysisStore.setState(analysisCleared);
    if (plots.dataAsOf) useAnalysisStore.setState((s) => setAsOf(s, plots.dataAsOf!));
    useDataStore.setState((s) => plotsReplaced(s, plots));
    const bounds = boundsOfPlots(plots.geometry.bounds);
    if (bounds) flyToBounds(bounds, 16);
    useUiStore.setState((s) => showToast(s, i18next.t('open.loaded', { name: file.name, count: plots.plotCount })));
    if (plots.issueCount > 0) useUiStore.setState((s) => setIssuesOpen(s, true));
    await requestAnalysis();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    useDataStore.setState((s) => openFailed(s, message));
    useUiStore.setState((s) => showToast(s, i18next.t('open.failed', { name: file.name, message })));
  }
}
