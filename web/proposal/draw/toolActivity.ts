/**
 * Whether a map tool (draw, box, lasso) has the pointer. While one does, the viewer's own plot
 * picking (deck hover, click-to-select in web/map/createMap.ts) stands aside: terra-draw's handles
 * must receive every click, and a click that closes a polygon must not also select a plot.
 */
let active = false;

export function setMapToolActive(value: boolean): void {
  active = value;
}

export function isMapToolActive(): boolean {
  return active;
}
