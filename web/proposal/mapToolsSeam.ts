/**
 * The seam to the drawing helper's tools (web/proposal/draw/, branch feat/proposal-draw):
 * `mountMapTools(map, { onDrawnFeature, onAreaSelected }) → { setMode, destroy }`. Until it is
 * merged, the box, lasso and draw buttons stay disabled and say so.
 */
export type MapToolMode = 'draw' | 'box' | 'lasso' | 'off';

export interface MapTools {
  setMode(mode: MapToolMode): void;
  destroy(): void;
}

let available = false;

export function mapToolsAvailable(): boolean {
  return available;
}

export function setMapToolsAvailable(value: boolean): void {
  available = value;
}
