/** Undo/redo over proposal documents: pure updaters on `{ past, present, future }`. */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

/** Steps kept for undo; older ones are let go (the document itself is always saved). */
export const HISTORY_LIMIT = 200;

export const historyOf = <T>(present: T): History<T> => ({ past: [], present, future: [] });

/** An edit: the new document becomes present; redo is cleared. An edit that changed nothing is no step. */
export function edited<T>(h: History<T>, next: T): History<T> {
  if (next === h.present) return h;
  return { past: [...h.past, h.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undone<T>(h: History<T>): History<T> {
  if (!h.past.length) return h;
  return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1], future: [h.present, ...h.future] };
}

export function redone<T>(h: History<T>): History<T> {
  if (!h.future.length) return h;
  return { past: [...h.past, h.present], present: h.future[0], future: h.future.slice(1) };
}
