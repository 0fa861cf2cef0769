import { useDataStore } from '../stores/dataStore.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useFilterStore } from '../stores/filterStore.ts';
import { useViewStore } from '../stores/viewStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { useMaskStore } from '../stores/maskStore.ts';
import { useCursorStore } from '../stores/cursorStore.ts';
import { useQualityStore } from '../stores/qualityStore.ts';
import { mapInstance } from '../map/mapInstance.ts';
import { requestAnalysis } from './controller.ts';

/**
 * Read access to the stores for browser tests and the benchmark (`window.__parktwin`). It holds no
 * data of its own and sends nothing anywhere.
 */
export function exposeTestHooks(): void {
  (globalThis as unknown as { __parktwin: unknown }).__parktwin = {
    data: useDataStore,
    analysis: useAnalysisStore,
    filters: useFilterStore,
    view: useViewStore,
    ui: useUiStore,
    mask: useMaskStore,
    cursor: useCursorStore,
    quality: useQualityStore,
    map: mapInstance,
    requestAnalysis,
  };
}
