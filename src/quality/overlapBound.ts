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
 * Plot a's own extents along its own edges, [across lo, hi, along lo, hi] per edge, kept while the
 * same plot a is tested against its candidates one after another (findOverlaps' order): they do
 * not depend on b. `cacheDone[e]` says edge e is filled (the test may stop before the last edge).
 */
let cacheXy: Float64Array | null = null;
let cacheRings: PlotRings | null = null;
let cachePlot = -1;
let cacheExtents = new Float64Array(64);
let cacheDone = new Uint8Array(16);

function ownExtentsFor(xy: Float64Array, g: PlotRings, a: number): void {
  if (cacheXy === xy && cacheRings === g && cachePlot === a) return;
  cacheXy = xy;
  cacheRings = g;
  cachePlot = a;
  const edges = g.ringOffsets[endRingOf(g, a)] - g.ringOffsets[firstRingOf(g, a)];
  if (cacheDone.length < edges) {
    cacheDone = new Uint8Array(2 * edges);
    cacheExtents = new Float64Array(8 * edges);
  } else cacheDone.fill(0, 0, edges);
}

/**
 * The smallest bound over the directions of plot p's outer-ring edges (see overlapCertainlyBelow).
 * With `ownCached` (p is a), a's extents along its own edges come from the cache above.
 */
function boundOverEdges(xy: Float64Array, g: PlotRings, p: number, a: number, b: number, limit: number, ownCached: boolean): boolean {
  let e = 0;
  for (let k = g.plotPolygonOffsets[p]; k < g.plotPolygonOffsets[p + 1]; k++) {
    const r = g.polygonRingOffsets[k];
    for (let v = g.ringOffsets[r], v1 = g.ringOffsets[r + 1] - 1; v < v1; v++, e++) {
      // Along the edge (ux, uy) and across it (-uy, ux); lengths in units of |u|, hence / |u|².
      const ux = xy[2 * v + 2] - xy[2 * v], uy = xy[2 * v + 3] - xy[2 * v + 1];
      const lenSq = ux * ux + uy * uy;
      if (lenSq === 0) continue;
      if (ownCached) {
        if (cacheDone[e] === 0) {
          extent(xy, g, a, -uy, ux, cacheExtents, 4 * e);
          extent(xy, g, a, ux, uy, cacheExtents, 4 * e + 2);
          cacheDone[e] = 1;
        }
        ext[0] = cacheExtents[4 * e];
        ext[1] = cacheExtents[4 * e + 1];
        ext[4] = cacheExtents[4 * e + 2];
        ext[5] = cacheExtents[4 * e + 3];
      } else extent(xy, g, a, -uy, ux, ext, 0);
      extent(xy, g, b, -uy, ux, ext, 2);
      const across = Math.min(ext[1], ext[3]) - Math.max(ext[0], ext[2]);
      if (across <= 0) return true;
      if (!ownCached) extent(xy, g, a, ux, uy, ext, 4);
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
 * this cheap test settles most candidate pairs before the exact area is computed. Calls for the
 * same a in a row reuse a's extents along its own edges (the arrays must not change meanwhile).
 */
export function overlapCertainlyBelow(xy: Float64Array, g: PlotRings, a: number, b: number, limitM2: number): boolean {
  ownExtentsFor(xy, g, a);
  return boundOverEdges(xy, g, a, a, b, limitM2, true) || boundOverEdges(xy, g, b, a, b, limitM2, false);
}
