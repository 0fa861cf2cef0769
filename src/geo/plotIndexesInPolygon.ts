import { plotRowsNearBox, type PlotEdgeIndex } from './plotEdgeIndex.ts';

/**
 * Rows of the plots inside a selection ring (box or lasso, lon/lat, closed or not), ascending.
 *
 * A plot is in when the centroid of its first outer ring is inside the ring (even-odd rule). One
 * point per plot makes the answer unambiguous at the edge of a box: a plot the box only grazes is
 * out, a plot mostly inside is in, and neighbouring selections never share a plot — which "any
 * vertex inside" would not give. A lasso that crosses itself selects by the even-odd rule. The
 * ring's box prefilters plots through the index's Flatbush.
 */
export function plotIndexesInPolygon(index: PlotEdgeIndex, ring: readonly (readonly [number, number])[]): Uint32Array {
  if (ring.length < 3) return new Uint32Array(0);
  const { positions, ringStarts, plotRingStarts, originLonLat } = index.rings;
  const [ox, oy] = originLonLat;
  // The ring in the same offsets as the stored vertices.
  const n = ring.length;
  const xs = new Float64Array(n), ys = new Float64Array(n);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    xs[i] = ring[i][0] - ox;
    ys[i] = ring[i][1] - oy;
    if (ring[i][0] < minX) minX = ring[i][0];
    if (ring[i][0] > maxX) maxX = ring[i][0];
    if (ring[i][1] < minY) minY = ring[i][1];
    if (ring[i][1] > maxY) maxY = ring[i][1];
  }
  const rows = plotRowsNearBox(index, minX, minY, maxX, maxY);
  const inside: number[] = [];
  for (const row of rows) {
    const r = plotRingStarts[row];
    if (r >= plotRingStarts[row + 1]) continue;
    const c = ringCentroid(positions, ringStarts[r], ringStarts[r + 1]);
    if (pointInRing(c[0], c[1], xs, ys)) inside.push(row);
  }
  return Uint32Array.from(inside).sort();
}

/** Area centroid of a closed ring (vertices v0..v1-1); the vertex mean when the area is ~0. */
function ringCentroid(p: ArrayLike<number>, v0: number, v1: number): [number, number] {
  // About the first vertex, so large offsets do not cancel.
  const x0 = p[2 * v0], y0 = p[2 * v0 + 1];
  let a2 = 0, cx = 0, cy = 0, mx = 0, my = 0;
  for (let v = v0; v + 1 < v1; v++) {
    const xa = p[2 * v] - x0, ya = p[2 * v + 1] - y0, xb = p[2 * v + 2] - x0, yb = p[2 * v + 3] - y0;
    const cross = xa * yb - xb * ya;
    a2 += cross;
    cx += (xa + xb) * cross;
    cy += (ya + yb) * cross;
    mx += xa;
    my += ya;
  }
  const m = Math.max(1, v1 - v0 - 1);
  if (Math.abs(a2) < 1e-20) return [x0 + mx / m, y0 + my / m];
  return [x0 + cx / (3 * a2), y0 + cy / (3 * a2)];
}

function pointInRing(x: number, y: number, xs: Float64Array, ys: Float64Array): boolean {
  let inside = false;
  for (let i = 0, j = xs.length - 1; i < xs.length; j = i++) {
    if (ys[i] > y !== ys[j] > y && x < ((xs[j] - xs[i]) * (y - ys[i])) / (ys[j] - ys[i]) + xs[i]) inside = !inside;
  }
  return inside;
}
