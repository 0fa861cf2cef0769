import type { PlotTable } from '../schema/index.ts';

/** The offsets that say which rings and vertices belong to a plot (see PlotTable). */
export type PlotRings = Pick<PlotTable, 'ringOffsets' | 'polygonRingOffsets' | 'plotPolygonOffsets'>;

/** First ring of plot p. */
export function firstRingOf(g: PlotRings, p: number): number {
  return g.polygonRingOffsets[g.plotPolygonOffsets[p]];
}

/** One past the last ring of plot p. */
export function endRingOf(g: PlotRings, p: number): number {
  return g.polygonRingOffsets[g.plotPolygonOffsets[p + 1]];
}
