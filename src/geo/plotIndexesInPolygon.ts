import { plotCentroids, plotRowsNearBox, type PlotEdgeIndex } from './plotEdgeIndex.ts';

/**
 * Rows of the plots inside a selection ring (box or lasso, lon/lat, closed or not), ascending.
 *
 * A plot is in when the centroid of its first outer ring is inside the ring (even-odd rule). One
 * point per plot makes the answer unambiguous at the edge of a box: a plot the box only grazes is
 * out, a plot mostly inside is in, and neighbouring selections never share a plot — which "any
 * vertex inside" would not give. A lasso that crosses itself selects by the even-odd rule. The
 * ring's box prefilters plots through the index's Flatbush; centroids are computed once per index.
 */
export function plotIndexesInPolygon(index: PlotEdgeIndex, ring: readonly (readonly [number, number])[]): Uint32Array {
  if (ring.length < 3) return new Uint32Array(0);
  const [ox, oy] = index.rings.originLonLat;
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
  const centroids = plotCentroids(index);
  const bx0 = minX - ox, by0 = minY - oy, bx1 = maxX - ox, by1 = maxY - oy;
  const inside: number[] = [];
  for (const row of rows) {
    const x = centroids[2 * row], y = centroids[2 * row + 1];
    if (x < bx0 || x > bx1 || y < by0 || y > by1) continue;
    if (pointInRing(x, y, xs, ys)) inside.push(row);
  }
  return Uint32Array.from(inside).sort();
}

function pointInRing(x: number, y: number, xs: Float64Array, ys: Float64Array): boolean {
  let inside = false;
  for (let i = 0, j = xs.length - 1; i < xs.length; j = i++) {
    if (ys[i] > y !== ys[j] > y && x < ((xs[j] - xs[i]) * (y - ys[i])) / (ys[j] - ys[i]) + xs[i]) inside = !inside;
  }
  return inside;
}
