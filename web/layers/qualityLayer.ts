import type { PlotGeometry } from '../worker/plotGeometry.ts';
import { outlineLayer, ringPathsOfRows, type RingPaths } from './outlineLayer.ts';

/** Magenta: no theme, flag or outline colour uses it, so problem plots stand out on every theme. */
export const QUALITY_OUTLINE_RGBA: [number, number, number, number] = [230, 0, 230, 255];
export const QUALITY_OUTLINE_HEX = '#e600e6';
const WIDTH_PIXELS = 3;

/** Paths of the shown plots in view ([west, south, east, north]) that a data-quality finding names (rowMask from the worker). */
export function qualityPathsOf(geometry: PlotGeometry, rowMask: Uint8Array, shown: Uint8Array, view: readonly number[]): RingPaths {
  const [west, south, east, north] = view;
  const b = geometry.bounds;
  const rows: number[] = [];
  for (let p = 0; p < rowMask.length; p++) {
    if (rowMask[p] === 1 && shown[p] === 1 && b[4 * p] <= east && b[4 * p + 2] >= west && b[4 * p + 1] <= north && b[4 * p + 3] >= south) rows.push(p);
  }
  return ringPathsOfRows(geometry, rows);
}

export function qualityLayer(paths: RingPaths, geometry: PlotGeometry) {
  return outlineLayer({ id: 'quality-outlines', paths, geometry, color: QUALITY_OUTLINE_RGBA, widthPixels: WIDTH_PIXELS });
}
