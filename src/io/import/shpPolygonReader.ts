/**
 * A reader of polygon shapefiles (.shp types 5, 15, 25) straight from the bytes. It gives the same
 * geometries as shpjs followed by our turn to GeoJSON winding, without shpjs's per-ring objects,
 * bounding boxes and reversed copies: for 100k plots those were most of the decoding time (GC).
 */

import { FlatPolygons, LayerPoints } from './flatPolygons.ts';

/** Shape types read here; any other is left to shpjs. */
const POLYGON_TYPES = new Set([5, 15, 25]);

/** A ring as a range of the record's points, with what shpjs computes of it to sort rings into polygons. */
interface RingSpan {
  start: number;
  count: number;
  clockWise: boolean;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  children: RingSpan[];
}

function spanOf(view: DataView, pointsAt: number, start: number, count: number): RingSpan {
  // As shpjs's isClockWise: the shoelace sum over consecutive points, and the ring's bounds.
  let sum = 0;
  let px = view.getFloat64(pointsAt + start * 16, true);
  let py = view.getFloat64(pointsAt + start * 16 + 8, true);
  let minX = px;
  let minY = py;
  let maxX = px;
  let maxY = py;
  for (let i = start + 1; i < start + count; i++) {
    const x = view.getFloat64(pointsAt + i * 16, true);
    const y = view.getFloat64(pointsAt + i * 16 + 8, true);
    sum += (x - px) * (y + py);
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
    px = x;
    py = y;
  }
  return { start, count, clockWise: sum > 0, minX, minY, maxX, maxY, children: [] };
}

function contains(outer: RingSpan, inner: RingSpan): boolean {
  return outer.minX <= inner.minX && outer.minY <= inner.minY && outer.maxX >= inner.maxX && outer.maxY >= inner.maxY;
}

/** shpjs's handleRings: outer rings (clockwise, or the other way when that leaves no hole without an outer) with their holes. */
function sortRings(rings: readonly RingSpan[], reversed: boolean): { outers: RingSpan[]; orphans: number } {
  const outers: RingSpan[] = [];
  const inners: RingSpan[] = [];
  for (const r of rings) {
    r.children = [];
    (r.clockWise !== reversed ? outers : inners).push(r);
  }
  let orphans = 0;
  for (const inner of inners) {
    let candidate: RingSpan | undefined;
    for (const outer of outers) if (contains(outer, inner) && (!candidate || contains(candidate, outer))) candidate = outer;
    if (candidate) candidate.children.push(inner);
    else orphans++;
  }
  return { outers, orphans };
}

/** Where a record's points are and where the layer's buffers are filled to. */
interface Output {
  /** The layer's points (xy below is its buffer): conversions of the layer go through it. */
  layer: LayerPoints;
  xy: Float64Array;
  z: Float64Array | null;
  /** Points written so far. */
  at: number;
}

/** Copies the ring's points into the buffers; `backwards` turns shapefile winding into GeoJSON's. */
function writeRing(view: DataView, pointsAt: number, zAt: number, span: RingSpan, backwards: boolean, out: Output): void {
  const { xy, z } = out;
  for (let k = 0; k < span.count; k++) {
    const i = span.start + k;
    const to = out.at + (backwards ? span.count - 1 - k : k);
    xy[2 * to] = view.getFloat64(pointsAt + i * 16, true);
    xy[2 * to + 1] = view.getFloat64(pointsAt + i * 16 + 8, true);
    if (z) z[to] = view.getFloat64(zAt + i * 8, true);
  }
  out.at += span.count;
}

function flatOf(type: 'Polygon' | 'MultiPolygon', polygons: RingSpan[][], view: DataView, pointsAt: number, zAt: number, backwards: boolean, out: Output): FlatPolygons {
  const first = out.at;
  const ringPoints: number[] = [];
  for (const rings of polygons) {
    for (const r of rings) {
      writeRing(view, pointsAt, zAt, r, backwards, out);
      ringPoints.push(r.count);
    }
  }
  return new FlatPolygons(type, out.xy.subarray(2 * first, 2 * out.at), out.z ? out.z.subarray(first, out.at) : null, ringPoints, polygons.map((p) => p.length), out.layer);
}

function polygonOf(view: DataView, at: number, end: number, out: Output): FlatPolygons | null {
  const numParts = view.getInt32(at + 32, true);
  if (!numParts) return null;
  const numPoints = view.getInt32(at + 36, true);
  const partsAt = at + 40;
  const pointsAt = partsAt + 4 * numParts;
  const zAt = out.z ? pointsAt + 16 * numPoints + 16 : -1;
  if (numParts < 0 || numPoints < 0 || (out.z ? zAt + 8 * numPoints : pointsAt + 16 * numPoints) > end) {
    throw new RangeError('a polygon record is shorter than its parts and points');
  }
  if (numParts === 1) {
    const span: RingSpan = { start: 0, count: numPoints, clockWise: true, minX: 0, minY: 0, maxX: 0, maxY: 0, children: [] };
    return flatOf('Polygon', [[span]], view, pointsAt, zAt, true, out);
  }
  const rings: RingSpan[] = [];
  for (let p = 0; p < numParts; p++) {
    const start = view.getInt32(partsAt + 4 * p, true);
    const next = p + 1 < numParts ? view.getInt32(partsAt + 4 * (p + 1), true) : numPoints;
    if (next - start > 0) rings.push(spanOf(view, pointsAt, start, next - start));
  }
  const first = sortRings(rings, false);
  let outers = first.outers;
  // shpjs reverses the rings it outputs when it had to read them the other way round; GeoJSON's turn reverses them back.
  let backwards = true;
  if (first.orphans > 0) {
    const other = sortRings(rings, true);
    if (other.orphans === 0) {
      outers = other.outers;
      backwards = false;
    } else ({ outers } = sortRings(rings, false));
  }
  const polygons = outers.map((o) => [o, ...o.children]);
  return flatOf(polygons.length === 1 ? 'Polygon' : 'MultiPolygon', polygons, view, pointsAt, zAt, backwards, out);
}

/**
 * The shapes of a polygon .shp in GeoJSON winding, as FlatPolygons over one buffer (null for a null
 * shape or a polygon without parts), or null when the file holds another shape type. Records are read as
 * shpjs reads them: to the first one cut short by the end of the file.
 */
export function polygonGeometriesOfShp(shp: Uint8Array): (FlatPolygons | null)[] | null {
  if (shp.length < 100) return null;
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  const shapeType = view.getInt32(32, true);
  if (!POLYGON_TYPES.has(shapeType)) return null;
  // A point takes at least 16 bytes of the file (24 with z): the buffers can hold them all.
  const points = Math.floor(shp.byteLength / 16);
  const xy = new Float64Array(2 * points);
  const buffers: Output = { layer: new LayerPoints(xy), xy, z: shapeType === 15 ? new Float64Array(points) : null, at: 0 };
  const out: (FlatPolygons | null)[] = [];
  const last = shp.byteLength - 8;
  let offset = 100;
  while (offset <= last) {
    const length = view.getInt32(offset + 4) << 1;
    if (length === 0) {
      out.push(null);
      offset += 8;
      continue;
    }
    if (offset + length + 8 > shp.byteLength) break;
    const type = view.getInt32(offset + 8, true);
    out.push(type ? polygonOf(view, offset + 12, offset + 8 + length, buffers) : null);
    offset += 8 + length;
  }
  buffers.layer.used = 2 * buffers.at;
  return out;
}
