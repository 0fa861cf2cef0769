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
}

export const INITIAL_DATA: Readonly<DataState> = Object.freeze({ status: 'idle', progress: null, error: null, plots: null, subparks: null });

export const loadStarted = (s: DataState): DataState => ({ ...s, status: 'loading', progress: null, error: null });
export const loadProgressed = (s: DataState, progress: LoadProgress): DataState => ({ ...s, progress });
export const loadFinished = (s: DataState, plots: LoadResult): DataState => ({ ...s, status: 'ready', plots, progress: null });
export const loadFailed = (s: DataState, error: string): DataState => ({ ...s, status: 'error', error, progress: null });
export const subparksLoaded = (s: DataState, subparks: SubparkCollection): DataState => ({ ...s, subparks });

export const useDataStore = create<DataState>()(() => ({ ...INITIAL_DATA }));
