import { earcut } from '@math.gl/polygon';
import type { PlotTable } from '../../src/index.ts';

/**
 * Plot geometry ready for deck.gl's binary SolidPolygonLayer: positions as float32 offsets from an
 * origin (deck's LNGLAT_OFFSETS, which keeps millimetre precision in 32 bits), one vertex range per
 * plot, and triangles computed here so the main thread never tessellates.
 */
export interface PlotGeometry {
  count: number;
  originLonLat: [number, number];
  /** Interleaved x,y offsets in degrees from originLonLat, one per vertex (rings stay closed). */
  positions: Float32Array;
  /** Plot p owns vertices vertexStarts[p] .. vertexStarts[p+1]-1. Length count+1. */
  vertexStarts: Uint32Array;
  /** Triangle vertex indices into positions. */
  triangleIndices: Uint32Array;
  /** Ring r owns vertices ringStarts[r] .. ringStarts[r+1]-1 (for outlines). */
  ringStarts: Uint32Array;
  /** Plot p owns rings plotRingStarts[p] .. plotRingStarts[p+1]-1. */
  plotRingStarts: Uint32Array;
  /** minLon, minLat, maxLon, maxLat per plot, absolute degrees. */
  bounds: Float32Array;
}

export function dataOriginOfTable(table: PlotTable): [number, number] {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  const ll = table.lonLat;
  for (let i = 0; i < ll.length; i += 2) {
    if (ll[i] < minLon) minLon = ll[i];
    if (ll[i] > maxLon) maxLon = ll[i];
    if (ll[i + 1] < minLat) minLat = ll[i + 1];
    if (ll[i + 1] > maxLat) maxLat = ll[i + 1];
  }
  if (!Number.isFinite(minLon)) return [121.47, 31.23];
  return [(minLon + maxLon) / 2, (minLat + maxLat) / 2];
}

/** True when a single closed ring (vertices start..end-1, last = first) is convex. */
function isConvexRing(p: Float32Array, start: number, end: number): boolean {
  const n = end - start - 1;
  if (n < 3) return false;
  let sign = 0;
  for (let i = 0; i < n; i++) {
    const a = start + i, b = start + ((i + 1) % n), c = start + ((i + 2) % n);
    const cross = (p[2 * b] - p[2 * a]) * (p[2 * c + 1] - p[2 * b + 1]) - (p[2 * b + 1] - p[2 * a + 1]) * (p[2 * c] - p[2 * b]);
    if (cross === 0) continue;
    const s = cross > 0 ? 1 : -1;
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return sign !== 0;
}

/** The outlines of PlotGeometry without its triangles: what the map tools index (the same values, bit for bit). */
export type PlotOutlines = Omit<PlotGeometry, 'triangleIndices'>;

export function plotOutlinesOfTable(table: PlotTable): PlotOutlines {
  const { count, lonLat, ringOffsets, polygonRingOffsets, plotPolygonOffsets } = table;
  const originLonLat = dataOriginOfTable(table);
  const vertexCount = lonLat.length / 2;
  const positions = new Float32Array(lonLat.length);
  for (let i = 0; i < lonLat.length; i += 2) {
    positions[i] = lonLat[i] - originLonLat[0];
    positions[i + 1] = lonLat[i + 1] - originLonLat[1];
  }
  const vertexStarts = new Uint32Array(count + 1);
  const plotRingStarts = new Uint32Array(count + 1);
  const bounds = new Float32Array(count * 4);
  for (let p = 0; p < count; p++) {
    const firstRing = polygonRingOffsets[plotPolygonOffsets[p]];
    plotRingStarts[p] = firstRing;
    vertexStarts[p] = ringOffsets[firstRing];
  }
  plotRingStarts[count] = polygonRingOffsets[plotPolygonOffsets[count]];
  vertexStarts[count] = vertexCount;
  for (let p = 0; p < count; p++) {
    let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
    for (let v = vertexStarts[p]; v < vertexStarts[p + 1]; v++) {
      const lon = lonLat[2 * v], lat = lonLat[2 * v + 1];
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
    bounds[p * 4] = minLon;
    bounds[p * 4 + 1] = minLat;
    bounds[p * 4 + 2] = maxLon;
    bounds[p * 4 + 3] = maxLat;
  }
  return { count, originLonLat, positions, vertexStarts, ringStarts: ringOffsets.slice(), plotRingStarts, bounds };
}

export function plotGeometryOfTable(table: PlotTable): PlotGeometry {
  const { count, ringOffsets, polygonRingOffsets, plotPolygonOffsets } = table;
  const outlines = plotOutlinesOfTable(table);
  const { positions } = outlines;
  const vertexCount = positions.length / 2;

  // Triangles: convex single rings are fanned (most plots), the rest go through earcut.
  let indices = new Uint32Array(Math.max(16, vertexCount * 3));
  let used = 0;
  const push = (i: number) => {
    if (used === indices.length) {
      const grown = new Uint32Array(indices.length * 2);
      grown.set(indices);
      indices = grown;
    }
    indices[used++] = i;
  };
  for (let p = 0; p < count; p++) {
    for (let k = plotPolygonOffsets[p]; k < plotPolygonOffsets[p + 1]; k++) {
      const ringFirst = polygonRingOffsets[k];
      const ringEnd = polygonRingOffsets[k + 1];
      const vStart = ringOffsets[ringFirst];
      const vEnd = ringOffsets[ringEnd];
      if (ringEnd - ringFirst === 1 && isConvexRing(positions, vStart, vEnd)) {
        for (let v = vStart + 1; v < vEnd - 2; v++) {
          push(vStart);
          push(v);
          push(v + 1);
        }
        continue;
      }
      const holes: number[] = [];
      for (let r = ringFirst + 1; r < ringEnd; r++) holes.push(ringOffsets[r] - vStart);
      const local = earcut(positions.subarray(2 * vStart, 2 * vEnd), holes, 2);
      for (const i of local) push(i + vStart);
    }
  }
  return { ...outlines, triangleIndices: indices.slice(0, used) };
}
