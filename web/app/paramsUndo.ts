import { create } from 'zustand';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { EMPTY_HISTORY, changedKey, recordEdit, redo, undo, type ParamsHistory } from '../stores/paramsHistory.ts';
import { requestAnalysisSoon } from './controller.ts';

export const useParamsHistoryStore = create<ParamsHistory>()(() => ({ ...EMPTY_HISTORY }));

let applying = false;

/** Records every parameter edit (panel, reset, link) so that it can be undone. */
export function recordParamEdits(): () => void {
  return useAnalysisStore.subscribe((s, prev) => {
    if (applying || s.params === prev.params) return;
    const key = changedKey(prev.params, s.params);
    if (key === null) return;
    useParamsHistoryStore.setState((h) => recordEdit(h, prev.params, key, performance.now()));
  });
}

function apply(step: typeof undo): boolean {
  const current = useAnalysisStore.getState().params;
  const next = step(useParamsHistoryStore.getState(), current);
  if (!next) return false;
  applying = true;
  try {
    useAnalysisStore.setState((s) => ({ ...s, params: next.params }));
  } finally {
    applying = false;
  }
  useParamsHistoryStore.setState(next.history);
  requestAnalysisSoon(0);
  return true;
}

export const undoParamEdit = (): boolean => apply(undo);
export const redoParamEdit = (): boolean => apply(redo);
