/**
 * Who takes a click on a plot. Normally the click selects the plot; a mode that edits with clicks
 * (proposal mode) takes it instead by setting a handler, without the map knowing about that mode.
 */
type PlotClickHandler = (row: number) => void;

let handler: PlotClickHandler | null = null;

export function setPlotClickHandler(next: PlotClickHandler | null): void {
  handler = next;
}

/** True when a mode took the click on plot `row`. */
export function plotClickTaken(row: number): boolean {
  if (!handler || row < 0) return false;
  handler(row);
  return true;
}
