import type { PlotTable } from '../schema/index.ts';

/**
 * Plot outlines as flat rings, the shape the viewer's main thread already holds (web/worker
 * plotGeometry.ts `PlotGeometry` satisfies it as is) and a PlotTable gives through plotRingsOfTable.
 * Vertex v is at (originLonLat[0] + positions[2v], originLonLat[1] + positions[2v+1]); rings are
 * closed. The table's builder winds outer rings counter-clockwise and holes clockwise, which is
 * how the polygons of a plot are told apart here (plotShapesOfRows).
 */
export interface PlotRings {
  count: number;
  originLonLat: readonly [number, number];
  positions: ArrayLike<number>;
  /** Ring r owns vertices ringStarts[r] .. ringStarts[r+1]-1. */
  ringStarts: ArrayLike<number>;
  /** Plot p owns rings plotRingStarts[p] .. plotRingStarts[p+1]-1. Length count+1. */
  plotRingStarts: ArrayLike<number>;
  /** minLon, minLat, maxLon, maxLat per plot, absolute degrees. */
  bounds: ArrayLike<number>;
}

/** The rings of a PlotTable, sharing its arrays (origin 0,0: positions are the absolute lon/lat). */
export function plotRingsOfTable(table: Pick<PlotTable, 'count' | 'lonLat' | 'ringOffsets' | 'polygonRingOffsets' | 'plotPolygonOffsets'>): PlotRings {
  const { count, lonLat, ringOffsets, polygonRingOffsets, plotPolygonOffsets } = table;
  const plotRingStarts = new Uint32Array(count + 1);
  const bounds = new Float64Array(count * 4);
  for (let p = 0; p < count; p++) {
    const r0 = polygonRingOffsets[plotPolygonOffsets[p]];
    const r1 = polygonRingOffsets[plotPolygonOffsets[p + 1]];
    plotRingStarts[p] = r0;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let v = ringOffsets[r0]; v < ringOffsets[r1]; v++) {
      const x = lonLat[2 * v], y = lonLat[2 * v + 1];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    bounds[4 * p] = minX;
    bounds[4 * p + 1] = minY;
    bounds[4 * p + 2] = maxX;
    bounds[4 * p + 3] = maxY;
  }
  plotRingStarts[count] = polygonRingOffsets[plotPolygonOffsets[count]];
  return { count, originLonLat: [0, 0], positions: lonLat, ringStarts: ringOffsets, plotRingStarts, bounds };
}
