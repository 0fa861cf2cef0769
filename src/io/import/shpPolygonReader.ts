/**
 * A reader of polygon shapefiles (.shp types 5, 15, 25) straight from the bytes. It gives the same
 * geometries as shpjs followed by our turn to GeoJSON winding, without shpjs's per-ring objects,
 * bounding boxes and reversed copies: for 100k plots those were most of the decoding time (GC).
 */

type Position = number[];
type Ring = Position[];

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

/** The ring's positions; `backwards` turns shapefile winding into GeoJSON's. */
function ringOf(view: DataView, pointsAt: number, zAt: number, span: RingSpan, backwards: boolean): Ring {
  const ring: Ring = new Array<Position>(span.count);
  for (let k = 0; k < span.count; k++) {
    const i = span.start + k;
    const x = view.getFloat64(pointsAt + i * 16, true);
    const y = view.getFloat64(pointsAt + i * 16 + 8, true);
    ring[backwards ? span.count - 1 - k : k] = zAt >= 0 ? [x, y, view.getFloat64(zAt + i * 8, true)] : [x, y];
  }
  return ring;
}

function polygonOf(view: DataView, at: number, end: number, hasZ: boolean): unknown {
  const numParts = view.getInt32(at + 32, true);
  if (!numParts) return null;
  const numPoints = view.getInt32(at + 36, true);
  const partsAt = at + 40;
  const pointsAt = partsAt + 4 * numParts;
  const zAt = hasZ ? pointsAt + 16 * numPoints + 16 : -1;
  if (numParts < 0 || numPoints < 0 || (hasZ ? zAt + 8 * numPoints : pointsAt + 16 * numPoints) > end) {
    throw new RangeError('a polygon record is shorter than its parts and points');
  }
  if (numParts === 1) {
    const span: RingSpan = { start: 0, count: numPoints, clockWise: true, minX: 0, minY: 0, maxX: 0, maxY: 0, children: [] };
    return { type: 'Polygon', coordinates: [ringOf(view, pointsAt, zAt, span, true)] };
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
  const polygons = outers.map((o) => [o, ...o.children].map((r) => ringOf(view, pointsAt, zAt, r, backwards)));
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * The shapes of a polygon .shp as GeoJSON geometries in GeoJSON winding (null for a null shape or
 * a polygon without parts), or null when the file holds another shape type. Records are read as
 * shpjs reads them: to the first one cut short by the end of the file.
 */
export function polygonGeometriesOfShp(shp: Uint8Array): unknown[] | null {
  if (shp.length < 100) return null;
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  const shapeType = view.getInt32(32, true);
  if (!POLYGON_TYPES.has(shapeType)) return null;
  const hasZ = shapeType === 15;
  const out: unknown[] = [];
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
    out.push(type ? polygonOf(view, offset + 12, offset + 8 + length, hasZ) : null);
    offset += 8 + length;
  }
  return out;
}
