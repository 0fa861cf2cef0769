import { endRingOf, firstRingOf, type PlotRings } from './plotRings.ts';

/** Projection extent [min, max] of plot p's vertices onto (nx, ny), written into out[k], out[k+1]. */
function extent(xy: Float64Array, g: PlotRings, p: number, nx: number, ny: number, out: Float64Array, k: number): void {
  let lo = Infinity, hi = -Infinity;
  // Each ring's closing vertex repeats its first: leaving it out changes neither bound.
  for (let r = firstRingOf(g, p), r1 = endRingOf(g, p); r < r1; r++) {
    for (let v = g.ringOffsets[r], v1 = g.ringOffsets[r + 1] - 1; v < v1; v++) {
      const d = xy[2 * v] * nx + xy[2 * v + 1] * ny;
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
  }
  out[k] = lo;
  out[k + 1] = hi;
}

const ext = new Float64Array(8);

/**
 * Plot p's extents along its own outer-ring edges, [across lo, hi, along lo, hi] at base + 4 × v of
 * `out` for the edge that starts at vertex v (other slots unused). They do not depend on the other
 * plot of a pair, so computing them once per plot saves half the bound's projections.
 */
export function fillOwnEdgeExtents(xy: Float64Array, g: PlotRings, p: number, out: Float64Array, base = 0): void {
  for (let k = g.plotPolygonOffsets[p]; k < g.plotPolygonOffsets[p + 1]; k++) {
    const r = g.polygonRingOffsets[k];
    for (let v = g.ringOffsets[r], v1 = g.ringOffsets[r + 1] - 1; v < v1; v++) {
      const ux = xy[2 * v + 2] - xy[2 * v], uy = xy[2 * v + 3] - xy[2 * v + 1];
      extent(xy, g, p, -uy, ux, out, base + 4 * v);
      extent(xy, g, p, ux, uy, out, base + 4 * v + 2);
    }
  }
}

/**
 * The smallest bound over the directions of plot p's outer-ring edges (see overlapCertainlyBelow).
 * `own` (fillOwnEdgeExtents, from `base`) gives p's own extents; `o` is the other plot of the pair.
 */
function boundOverEdges(xy: Float64Array, g: PlotRings, own: Float64Array | undefined, base: number, p: number, o: number, limit: number): boolean {
  for (let k = g.plotPolygonOffsets[p]; k < g.plotPolygonOffsets[p + 1]; k++) {
    const r = g.polygonRingOffsets[k];
    for (let v = g.ringOffsets[r], v1 = g.ringOffsets[r + 1] - 1; v < v1; v++) {
      // Along the edge (ux, uy) and across it (-uy, ux); lengths in units of |u|, hence / |u|².
      const ux = xy[2 * v + 2] - xy[2 * v], uy = xy[2 * v + 3] - xy[2 * v + 1];
      const lenSq = ux * ux + uy * uy;
      if (lenSq === 0) continue;
      if (own) {
        ext[0] = own[base + 4 * v];
        ext[1] = own[base + 4 * v + 1];
      } else extent(xy, g, p, -uy, ux, ext, 0);
      extent(xy, g, o, -uy, ux, ext, 2);
      // min/max are symmetric, so p's extents in slots 0/4 and o's in 2/6 give the same bound
      // whichever of the pair p is.
      const across = Math.min(ext[1], ext[3]) - Math.max(ext[0], ext[2]);
      if (across <= 0) return true;
      if (own) {
        ext[4] = own[base + 4 * v + 2];
        ext[5] = own[base + 4 * v + 3];
      } else extent(xy, g, p, ux, uy, ext, 4);
      extent(xy, g, o, ux, uy, ext, 6);
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
 * this cheap test settles most candidate pairs before the exact area is computed. `own`, filled by
 * fillOwnEdgeExtents on the same arrays for a (from aBase) and b (from bBase), saves recomputing
 * each plot's extents along its own edges.
 */
export function overlapCertainlyBelow(xy: Float64Array, g: PlotRings, a: number, b: number, limitM2: number, own?: Float64Array, aBase = 0, bBase = 0): boolean {
  return boundOverEdges(xy, g, own, aBase, a, b, limitM2) || boundOverEdges(xy, g, own, bBase, b, a, limitM2);
}
