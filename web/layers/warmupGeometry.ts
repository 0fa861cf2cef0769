import type { PlotGeometry } from '../worker/plotGeometry.ts';

/**
 * One invisible plot drawn while the real plots are still loading, so deck.gl compiles the plot
 * layer's shaders (slow on software renderers) in parallel with the worker, not after it.
 */
export const WARMUP_GEOMETRY: PlotGeometry = {
  count: 1,
  originLonLat: [121.47, 31.23],
  positions: new Float32Array([0, 0, 0.0001, 0, 0.0001, 0.0001, 0, 0.0001, 0, 0]),
  vertexStarts: new Uint32Array([0, 5]),
  triangleIndices: new Uint32Array([0, 1, 2, 0, 2, 3]),
  ringStarts: new Uint32Array([0, 5]),
  plotRingStarts: new Uint32Array([0, 1]),
  bounds: new Float32Array([121.47, 31.23, 121.4701, 31.2301]),
};
export const WARMUP_COLORS = new Uint8Array(5 * 4);
/** Filtered out: compiled and run, but nothing reaches the screen. */
export const WARMUP_FILTER = new Float32Array(5);
