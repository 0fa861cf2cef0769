import type { AnalysisParams } from '../../src/index.ts';

/**
 * Undo and redo of rule-parameter edits, as pure updaters over a bounded history. Edits of one
 * parameter in quick succession (typing 1, 2, 0 into a field) are one step.
 */
export interface ParamsHistory {
  past: AnalysisParams[];
  future: AnalysisParams[];
  /** The parameter and time of the last recorded edit, for coalescing keystrokes. */
  lastKey: string | null;
  lastAtMs: number;
}

export const EMPTY_HISTORY: Readonly<ParamsHistory> = Object.freeze({ past: [], future: [], lastKey: null, lastAtMs: 0 });
const MAX_STEPS = 100;
const COALESCE_MS = 1500;

/** Records that `before` was replaced by an edit of `key` at `atMs`; a new edit clears the redo list. */
export function recordEdit(h: ParamsHistory, before: AnalysisParams, key: string, atMs: number): ParamsHistory {
  if (h.lastKey === key && atMs - h.lastAtMs < COALESCE_MS && h.past.length > 0) return { ...h, future: [], lastAtMs: atMs };
  return { past: [...h.past.slice(-(MAX_STEPS - 1)), before], future: [], lastKey: key, lastAtMs: atMs };
}

/** The parameters to go back to and the history after, or null when there is nothing to undo. */
export function undo(h: ParamsHistory, current: AnalysisParams): { params: AnalysisParams; history: ParamsHistory } | null {
  if (h.past.length === 0) return null;
  const params = h.past[h.past.length - 1];
  return { params, history: { past: h.past.slice(0, -1), future: [current, ...h.future], lastKey: null, lastAtMs: 0 } };
}

export function redo(h: ParamsHistory, current: AnalysisParams): { params: AnalysisParams; history: ParamsHistory } | null {
  if (h.future.length === 0) return null;
  const [params, ...future] = h.future;
  return { params, history: { past: [...h.past, current], future, lastKey: null, lastAtMs: 0 } };
}

/** Name of the single parameter that differs, '*' when several do (a reset), null when none. */
export function changedKey(before: AnalysisParams, after: AnalysisParams): string | null {
  const changed = (Object.keys(after) as (keyof AnalysisParams)[]).filter((k) => before[k] !== after[k]);
  return changed.length === 0 ? null : changed.length === 1 ? changed[0] : '*';
}
