/**
 * Decoder for ECharts' compressed map JSON ("UTF8Encoding": true).
 *
 * Each ring is a string of character pairs; a pair is one vertex as zig-zag encoded deltas
 * (charCode − 64) from the previous vertex, starting at the ring's `encodeOffsets`; the integers
 * are degrees × scale (1024 by default). Same algorithm as ECharts' own `decodePolygon`.
 */
export type Position = [number, number];
export type Ring = Position[];

export interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  /** Polygon: ring strings; MultiPolygon: per polygon, ring strings. */
  coordinates: string[] | string[][];
  encodeOffsets: number[][] | number[][][];
}

export interface DecodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Ring[] | Ring[][];
}

export const ECHARTS_DEFAULT_SCALE = 1024;

export function decodeRing(encoded: string, offset: readonly number[], scale = ECHARTS_DEFAULT_SCALE): Ring {
  const ring: Ring = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

export function decodeGeometry(geometry: EncodedGeometry, scale = ECHARTS_DEFAULT_SCALE): DecodedGeometry {
  if (geometry.type === 'Polygon') {
    const rings = geometry.coordinates as string[];
    const offsets = geometry.encodeOffsets as number[][];
    return { type: 'Polygon', coordinates: rings.map((r, i) => decodeRing(r, offsets[i], scale)) };
  }
  const polygons = geometry.coordinates as string[][];
  const offsets = geometry.encodeOffsets as number[][][];
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((rings, p) => rings.map((r, i) => decodeRing(r, offsets[p][i], scale))),
  };
}
