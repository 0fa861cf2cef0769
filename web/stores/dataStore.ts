import { create } from 'zustand';
import type { LoadProgress, LoadResult } from '../worker/protocol.ts';
import type { SubparkCollection } from '../map/subparkCollection.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface DataState {
  status: LoadStatus;
  progress: LoadProgress | null;
  error: string | null;
  plots: LoadResult | null;
  subparks: SubparkCollection | null;
  /** Name of the file the user opened from disk, when the plots came from one (not from a URL). */
  openedFileName: string | null;
}

export const INITIAL_DATA: Readonly<DataState> = Object.freeze({ status: 'idle', progress: null, error: null, plots: null, subparks: null, openedFileName: null });

export const loadStarted = (s: DataState): DataState => ({ ...s, status: 'loading', progress: null, error: null });
export const loadProgressed = (s: DataState, progress: LoadProgress): DataState => ({ ...s, progress });
export const loadFinished = (s: DataState, plots: LoadResult): DataState => ({ ...s, status: 'ready', plots, progress: null });
export const loadFailed = (s: DataState, error: string): DataState => ({ ...s, status: 'error', error, progress: null });
/** Plots the user opened replace the current ones; the sub-park outlines belonged to the old data. */
export const plotsReplaced = (s: DataState, plots: LoadResult, openedFileName: string): DataState => ({
  ...s,
  status: 'ready',
  plots,
  subparks: null,
  progress: null,
  error: null,
  openedFileName,
});
/** Opening a file failed: the plots already shown stay (the worker kept them too). */
export const openFailed = (s: DataState, error: string): DataState => (s.plots ? { ...s, status: 'ready', progress: null } : loadFailed(s, error));
export const subparksLoaded = (s: DataState, subparks: SubparkCollection): DataState => ({ ...s, subparks });

export const useDataStore = create<DataState>()(() => ({ ...INITIAL_DATA }));
