import { plotsWorker } from '../worker/client.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useQualityStore, qualityArrived, qualityCleared } from '../stores/qualityStore.ts';
import type { LoadResult } from '../worker/protocol.ts';

/**
 * Asks the worker for the data-quality report of new plots (served or opened) once their first
 * analysis has arrived: the worker answers one call at a time, so asking earlier would hold back
 * the flags the user is waiting for. A reply for plots replaced meanwhile is dropped.
 */
export function keepQualityInStep(): void {
  let requestedFor: LoadResult | null = null;
  useDataStore.subscribe((s, prev) => {
    if (s.plots !== prev.plots) useQualityStore.setState(qualityCleared);
  });
  useAnalysisStore.subscribe((s) => {
    const plots = useDataStore.getState().plots;
    if (!s.result || !plots || requestedFor === plots) return;
    requestedFor = plots;
    void plotsWorker()
      .quality()
      .then((quality) => {
        if (useDataStore.getState().plots === plots) useQualityStore.setState((q) => qualityArrived(q, quality));
      })
      .catch((error: unknown) => console.warn('ParkTwin: data-quality report failed', error));
  });
}
