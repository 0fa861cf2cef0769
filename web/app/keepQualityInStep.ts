import { plotsWorker } from '../worker/client.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useQualityStore, qualityArrived, qualityCleared } from '../stores/qualityStore.ts';

/**
 * Asks the worker for the data-quality report whenever new plots are shown (served or opened).
 * It runs after the plots arrived, so it never delays the first frame; a reply for plots that
 * have been replaced meanwhile is dropped.
 */
export function keepQualityInStep(): void {
  useDataStore.subscribe((s, prev) => {
    if (s.plots === prev.plots) return;
    useQualityStore.setState(qualityCleared);
    const plots = s.plots;
    if (!plots) return;
    void plotsWorker()
      .quality()
      .then((quality) => {
        if (useDataStore.getState().plots === plots) useQualityStore.setState((q) => qualityArrived(q, quality));
      })
      .catch((error: unknown) => console.warn('ParkTwin: data-quality report failed', error));
  });
}
