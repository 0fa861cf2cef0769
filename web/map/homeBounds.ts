import { useDataStore } from '../stores/dataStore.ts';
import { ZONE_BOUNDS } from './zoneBounds.ts';

/** West, south, east, north of every plot (per-plot boxes, 4 numbers each); null when there are none. */
export function boundsOfPlots(boxes: Float32Array): [number, number, number, number] | null {
  if (boxes.length < 4) return null;
  const out: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < boxes.length; i += 4) {
    if (boxes[i] < out[0]) out[0] = boxes[i];
    if (boxes[i + 1] < out[1]) out[1] = boxes[i + 1];
    if (boxes[i + 2] > out[2]) out[2] = boxes[i + 2];
    if (boxes[i + 3] > out[3]) out[3] = boxes[i + 3];
  }
  return Number.isFinite(out[0]) ? out : null;
}

/** Where "whole zone" (Home) goes: the loaded plots, whatever file they came from; the zone before any load. */
export function homeBounds(): [number, number, number, number] {
  const plots = useDataStore.getState().plots;
  return (plots && boundsOfPlots(plots.geometry.bounds)) ?? ZONE_BOUNDS;
}
