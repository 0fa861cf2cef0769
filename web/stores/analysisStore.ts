import { create } from 'zustand';
import { DEFAULT_PARAMS, shanghaiIsoDay, type AnalysisParams } from '../../src/index.ts';
import type { AnalysisPayload, AnalysisProgress } from '../worker/protocol.ts';

export interface AnalysisState {
  params: AnalysisParams;
  asOf: string;
  /** Id of the latest request; replies with another id are stale and ignored. */
  requestId: number;
  running: boolean;
  progress: AnalysisProgress | null;
  result: AnalysisPayload | null;
  error: string | null;
}

/** Today in Shanghai, as the CLI counts it (src/validate/shanghaiDay.ts). */
export function todayIso(now: Date = new Date()): string {
  return shanghaiIsoDay(now);
}

export const INITIAL_ANALYSIS: Readonly<AnalysisState> = Object.freeze({
  params: { ...DEFAULT_PARAMS },
  asOf: todayIso(),
  requestId: 0,
  running: false,
  progress: null,
  result: null,
  error: null,
});

export const setParam = <K extends keyof AnalysisParams>(s: AnalysisState, key: K, value: AnalysisParams[K]): AnalysisState => ({
  ...s,
  params: { ...s.params, [key]: value },
});
export const resetParams = (s: AnalysisState): AnalysisState => ({ ...s, params: { ...DEFAULT_PARAMS } });
export const setAsOf = (s: AnalysisState, asOf: string): AnalysisState => ({ ...s, asOf });
export const analysisRequested = (s: AnalysisState): AnalysisState => ({ ...s, requestId: s.requestId + 1, running: true, progress: null, error: null });
export const analysisProgressed = (s: AnalysisState, p: AnalysisProgress): AnalysisState => (p.requestId === s.requestId ? { ...s, progress: p } : s);
/** New data: the old result no longer fits, and a request in flight for it becomes stale. */
export const analysisCleared = (s: AnalysisState): AnalysisState => ({ ...s, requestId: s.requestId + 1, running: false, progress: null, result: null, error: null });
/** Stale results (an older request id) are dropped: the latest request wins. */
export const analysisFinished = (s: AnalysisState, result: AnalysisPayload): AnalysisState =>
  result.requestId === s.requestId ? { ...s, result, running: false, progress: null } : s;
export const analysisFailed = (s: AnalysisState, requestId: number, error: string): AnalysisState =>
  requestId === s.requestId ? { ...s, running: false, error, progress: null } : s;

export const useAnalysisStore = create<AnalysisState>()(() => ({ ...INITIAL_ANALYSIS, params: { ...DEFAULT_PARAMS } }));
