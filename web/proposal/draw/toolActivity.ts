/**
 * Whether a map tool (draw, box, lasso) has the pointer. While one does, the viewer's own plot
 * picking (deck hover and picking, click-to-select in web/map/createMap.ts) stands aside: terra-draw's
 * handles must receive every click, a click that closes a polygon must not also select a plot, and
 * deck's picking pass per pointer move is pure cost while drawing (heavy on software WebGL).
 */
let active = false;
const listeners = new Set<(active: boolean) => void>();

export function setMapToolActive(value: boolean): void {
  if (value === active) return;
  active = value;
  for (const listener of listeners) listener(value);
}

export function isMapToolActive(): boolean {
  return active;
}

/** Calls `listener` on every change; returns the unsubscribe function. */
export function onMapToolActiveChange(listener: (active: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
