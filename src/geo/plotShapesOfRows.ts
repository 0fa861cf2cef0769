import type { PlotRings } from './plotRings.ts';

/** Geometry columns in PlotTable's layout (see PlotShapes in src/proposal). */
export interface RowShapes {
  count: number;
  lonLat: Float64Array;
  ringOffsets: Uint32Array;
  polygonRingOffsets: Uint32Array;
  plotPolygonOffsets: Uint32Array;
}

/**
 * Some plots of a PlotRings as a small table in PlotTable's geometry layout (absolute lon/lat in
 * float64), row i being plot rows[i]: what the overlap test of an added plot reads. PlotRings has
 * no polygon boundaries; the builder's winding (outer rings counter-clockwise, holes clockwise)
 * restores them: a counter-clockwise ring starts a polygon, a clockwise one is a hole in it.
 */
export function plotShapesOfRows(rings: PlotRings, rows: readonly number[]): RowShapes {
  const { positions, ringStarts, plotRingStarts, originLonLat } = rings;
  let vertexCount = 0, ringCount = 0;
  for (const p of rows) {
    ringCount += plotRingStarts[p + 1] - plotRingStarts[p];
    vertexCount += ringStarts[plotRingStarts[p + 1]] - ringStarts[plotRingStarts[p]];
  }
  const lonLat = new Float64Array(vertexCount * 2);
  const ringOffsets = new Uint32Array(ringCount + 1);
  const polygonStarts: number[] = [];
  const plotPolygonOffsets = new Uint32Array(rows.length + 1);
  let v = 0, r = 0;
  rows.forEach((p, i) => {
    plotPolygonOffsets[i] = polygonStarts.length;
    for (let ring = plotRingStarts[p]; ring < plotRingStarts[p + 1]; ring++) {
      const v0 = ringStarts[ring], v1 = ringStarts[ring + 1];
      let twiceArea = 0;
      for (let k = v0; k + 1 < v1; k++) {
        twiceArea += (positions[2 * k] - positions[2 * v0]) * (positions[2 * k + 3] - positions[2 * v0 + 1]) - (positions[2 * k + 2] - positions[2 * v0]) * (positions[2 * k + 1] - positions[2 * v0 + 1]);
      }
      if (ring === plotRingStarts[p] || twiceArea > 0) polygonStarts.push(r);
      ringOffsets[r++] = v;
      for (let k = v0; k < v1; k++) {
        lonLat[2 * v] = originLonLat[0] + positions[2 * k];
        lonLat[2 * v + 1] = originLonLat[1] + positions[2 * k + 1];
        v++;
      }
    }
  });
  ringOffsets[r] = v;
  plotPolygonOffsets[rows.length] = polygonStarts.length;
  const polygonRingOffsets = new Uint32Array(polygonStarts.length + 1);
  polygonRingOffsets.set(polygonStarts);
  polygonRingOffsets[polygonStarts.length] = r;
  return { count: rows.length, lonLat, ringOffsets, polygonRingOffsets, plotPolygonOffsets };
}
