import { endRingOf, firstRingOf, type PlotRings } from './plotRings.ts';

/**
 * Squared distance from (px, py) to plot p's boundary, negative when the point lies outside p
 * (even-odd over all its rings, holes included) or on its boundary.
 */
function signedDistanceSqInside(xy: Float64Array, g: PlotRings, p: number, px: number, py: number): number {
  let inside = false;
  let best = Infinity;
  for (let r = firstRingOf(g, p), r1 = endRingOf(g, p); r < r1; r++) {
    for (let v = g.ringOffsets[r], v1 = g.ringOffsets[r + 1] - 1; v < v1; v++) {
      const ax = xy[2 * v], ay = xy[2 * v + 1], bx = xy[2 * v + 2], by = xy[2 * v + 3];
      if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
      const ex = bx - ax, ey = by - ay;
      const lenSq = ex * ex + ey * ey;
      let t = lenSq > 0 ? ((px - ax) * ex + (py - ay) * ey) / lenSq : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const fx = ax + t * ex - px, fy = ay + t * ey - py;
      const d = fx * fx + fy * fy;
      if (d < best) best = d;
    }
  }
  return inside && best > 0 ? best : -1;
}

/**
 * True when plots a and b certainly overlap by at least `limitM2`, with a twofold margin: the point
 * (px, py) lies inside both at a distance d from both boundaries, so the disc of radius d lies in
 * A∩B and area(A∩B) ≥ π d². Tried at the centre of the two boxes' intersection, it settles most
 * plots that truly overlap at the cost of one pass over their edges, where the slab bound
 * (overlapBound.ts) would try every edge direction in vain. A false answer proves nothing.
 */
export function overlapCertainlyAtLeast(xy: Float64Array, g: PlotRings, a: number, b: number, px: number, py: number, limitM2: number): boolean {
  const needSq = (2 * limitM2) / Math.PI;
  const da = signedDistanceSqInside(xy, g, a, px, py);
  if (!(da >= needSq)) return false;
  return signedDistanceSqInside(xy, g, b, px, py) >= needSq;
}
