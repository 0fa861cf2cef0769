import { endRingOf, firstRingOf, type PlotRings } from './plotRings.ts';

/** Projection extent [min, max] of plot p's vertices onto (nx, ny), written into out[k], out[k+1]. */
function extent(xy: Float64Array, g: PlotRings, p: number, nx: number, ny: number, out: Float64Array, k: number): void {
  let lo = Infinity, hi = -Infinity;
  for (let v = g.ringOffsets[firstRingOf(g, p)], v1 = g.ringOffsets[endRingOf(g, p)]; v < v1; v++) {
    const d = xy[2 * v] * nx + xy[2 * v + 1] * ny;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  out[k] = lo;
  out[k + 1] = hi;
}

const ext = new Float64Array(8);

/** The smallest bound over the directions of plot p's outer-ring edges (see overlapAreaBelow). */
function boundOverEdges(xy: Float64Array, g: PlotRings, p: number, a: number, b: number, limit: number): boolean {
  for (let k = g.plotPolygonOffsets[p]; k < g.plotPolygonOffsets[p + 1]; k++) {
    const r = g.polygonRingOffsets[k];
    for (let v = g.ringOffsets[r], v1 = g.ringOffsets[r + 1] - 1; v < v1; v++) {
      // Along the edge (ux, uy) and across it (-uy, ux); lengths in units of |u|, hence / |u|².
      const ux = xy[2 * v + 2] - xy[2 * v], uy = xy[2 * v + 3] - xy[2 * v + 1];
      const lenSq = ux * ux + uy * uy;
      if (lenSq === 0) continue;
      extent(xy, g, a, -uy, ux, ext, 0);
      extent(xy, g, b, -uy, ux, ext, 2);
      const across = Math.min(ext[1], ext[3]) - Math.max(ext[0], ext[2]);
      if (across <= 0) return true;
      extent(xy, g, a, ux, uy, ext, 4);
      extent(xy, g, b, ux, uy, ext, 6);
      const along = Math.min(ext[5] - ext[4], ext[7] - ext[6]);
      if ((across * along) / lenSq < limit) return true;
    }
  }
  return false;
}

/**
 * True when plots a and b certainly overlap by less than `limitM2`. For any direction n, A∩B lies
 * in the slab where the projections of A and B onto n overlap (width d), and is no longer across
 * it than the shorter of A and B (length l): area(A∩B) ≤ d × l, for any shapes. Along the edge
 * directions of either plot the slab of two neighbours that meet edge to edge has width ~0, so
 * this cheap test settles most candidate pairs before the exact area is computed.
 */
export function overlapCertainlyBelow(xy: Float64Array, g: PlotRings, a: number, b: number, limitM2: number): boolean {
  return boundOverEdges(xy, g, a, a, b, limitM2) || boundOverEdges(xy, g, b, a, b, limitM2);
}
