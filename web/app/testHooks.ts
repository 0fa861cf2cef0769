import { useDataStore } from '../stores/dataStore.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useFilterStore } from '../stores/filterStore.ts';
import { useViewStore } from '../stores/viewStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { useMaskStore } from '../stores/maskStore.ts';
import { useCursorStore } from '../stores/cursorStore.ts';
import { useQualityStore } from '../stores/qualityStore.ts';
import { useImportStore } from '../import/importStore.ts';
import { mapInstance } from '../map/mapInstance.ts';
import { requestAnalysis } from './controller.ts';

/** What a store offers a page script in a production build: reading and watching, never writing. */
export interface ReadOnlyStore<S> {
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

interface Store<S> extends ReadOnlyStore<S> {
  setState(partial: Partial<S> | ((s: S) => S | Partial<S>)): void;
}

/** A read-only view of a store: a fresh object with getState and subscribe, no setState. */
export function readOnlyStore<S>(store: ReadOnlyStore<S>): ReadOnlyStore<S> {
  return Object.freeze({ getState: () => store.getState(), subscribe: (listener: (state: S, previous: S) => void) => store.subscribe(listener) });
}

const STORES = { data: useDataStore, analysis: useAnalysisStore, filters: useFilterStore, view: useViewStore, ui: useUiStore, mask: useMaskStore, cursor: useCursorStore, quality: useQualityStore, import: useImportStore };

/**
 * The hooks object: read-only stores and the map; with `writable` (test builds only) the stores
 * themselves, with setState, and requestAnalysis, which the benchmark drives.
 */
export function testHooksOf(writable: boolean): Record<string, unknown> {
  const stores: Record<string, ReadOnlyStore<unknown> | Store<never>> = {};
  for (const [name, store] of Object.entries(STORES)) stores[name] = writable ? store : readOnlyStore(store as ReadOnlyStore<unknown>);
  return Object.freeze(writable ? { ...stores, map: mapInstance, requestAnalysis } : { ...stores, map: mapInstance });
}

/**
 * `window.__parktwin`, for the browser tests and the benchmark. A production build exposes only
 * reading (getState/subscribe): a script on the page must not be able to change what a planner
 * sees through it. The writable hooks are compiled in only when the build sets
 * VITE_PARKTWIN_TEST_HOOKS=1 (tests/browser/harness.ts and scripts/bench/viewer.ts do).
 * It holds no data of its own and sends nothing anywhere.
 */
export function exposeTestHooks(): void {
  const hooks = testHooksOf(import.meta.env.VITE_PARKTWIN_TEST_HOOKS === '1');
  Object.defineProperty(globalThis, '__parktwin', { value: hooks, writable: false, configurable: false, enumerable: false });
}
