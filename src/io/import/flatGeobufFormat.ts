/**
 * FlatGeobuf read straight from its FlatBuffers (magic, size-prefixed header, optional packed
 * R-tree index, size-prefixed features), one feature at a time, without the flatgeobuf package's
 * per-feature GeoJSON: polygons go into flat number buffers. What it gives is what the package's
 * `deserialize` gave (same properties, same geometry read as GeoJSON), so validation is unchanged;
 * tests/io/import/flatGeobufFormat.test.ts compares the two.
 */

/** flatgeobuf's GeometryType names, by value (GeoJSON types for 1-7). */
const GEOMETRY_TYPES = [
  'Unknown', 'Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon', 'GeometryCollection', 'CircularString',
  'CompoundCurve', 'CurvePolygon', 'MultiCurve', 'MultiSurface', 'Curve', 'Surface', 'PolyhedralSurface', 'TIN', 'Triangle',
];
const POLYGON = 3;
const MULTI_POLYGON = 6;
const MULTI_LINE_STRING = 5;
const GEOMETRY_COLLECTION = 7;

/** Magic bytes (the package checks the first three) and the size prefix before the header. */
export const FGB_PREAMBLE_BYTES = 12;
const NODE_ITEM_BYTES = 40;

export interface FgbColumn {
  name: string;
  type: number;
}

export interface FgbCrs {
  org: string | null;
  code: number;
  wkt: string | null;
}

export interface FgbHeader {
  geometryType: number;
  columns: FgbColumn[];
  /** [minX, minY, maxX, maxY] when the header has it. */
  envelope: number[] | null;
  featuresCount: number;
  indexNodeSize: number;
  crs: FgbCrs | null;
  /** Bytes from the start of the file to the first feature (header and index). */
  featuresStart: number;
}

const utf8 = new TextDecoder();

/** A FlatBuffers table: where each field is, by field number. */
class Table {
  private readonly vtable: number;
  private readonly vtableLength: number;

  constructor(
    private readonly view: DataView,
    readonly at: number,
  ) {
    this.vtable = at - view.getInt32(at, true);
    this.vtableLength = view.getUint16(this.vtable, true);
  }

  /** Absolute position of field `n`, or 0 when absent. */
  field(n: number): number {
    const slot = 4 + 2 * n;
    if (slot >= this.vtableLength) return 0;
    const offset = this.view.getUint16(this.vtable + slot, true);
    return offset === 0 ? 0 : this.at + offset;
  }

  /** Where the uoffset in field `n` points (a table, vector or string), or 0. */
  target(n: number): number {
    const at = this.field(n);
    return at === 0 ? 0 : at + this.view.getUint32(at, true);
  }

  uint8(n: number, fallback: number): number {
    const at = this.field(n);
    return at === 0 ? fallback : this.view.getUint8(at);
  }

  uint16(n: number, fallback: number): number {
    const at = this.field(n);
    return at === 0 ? fallback : this.view.getUint16(at, true);
  }

  int32(n: number, fallback: number): number {
    const at = this.field(n);
    return at === 0 ? fallback : this.view.getInt32(at, true);
  }

  uint64(n: number): number {
    const at = this.field(n);
    return at === 0 ? 0 : Number(this.view.getBigUint64(at, true));
  }

  string(n: number, bytes: Uint8Array): string | null {
    const at = this.target(n);
    if (at === 0) return null;
    const length = this.view.getUint32(at, true);
    return utf8.decode(bytes.subarray(at + 4, at + 4 + length));
  }

  table(n: number): Table | null {
    const at = this.target(n);
    return at === 0 ? null : new Table(this.view, at);
  }

  /** [start of the elements, element count] of vector field `n`, or null. */
  vector(n: number): [number, number] | null {
    const at = this.target(n);
    return at === 0 ? null : [at + 4, this.view.getUint32(at, true)];
  }
}

/** Bytes of the packed Hilbert R-tree that follows the header (flatgeobuf's calcTreeSize). */
function indexBytes(featuresCount: number, nodeSize: number): number {
  if (nodeSize <= 0 || featuresCount <= 0) return 0;
  const size = Math.min(Math.max(nodeSize, 2), 65535);
  let n = featuresCount;
  let nodes = n;
  do {
    n = Math.ceil(n / size);
    nodes += n;
  } while (n !== 1);
  return nodes * NODE_ITEM_BYTES;
}

/** Header bytes needed to read it: the length in its size prefix, or null while the first 12 bytes are not all there. */
export function headerEndOf(bytes: Uint8Array): number | null {
  if (bytes.length < FGB_PREAMBLE_BYTES) return null;
  return FGB_PREAMBLE_BYTES + new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
}

/** The header of a file whose first `headerEndOf(bytes)` bytes are in `bytes`. */
export function readFgbHeader(bytes: Uint8Array): FgbHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(8, true);
  const header = new Table(view, FGB_PREAMBLE_BYTES + view.getUint32(FGB_PREAMBLE_BYTES, true));
  const columns: FgbColumn[] = [];
  const columnVector = header.vector(7);
  if (columnVector) {
    for (let j = 0; j < columnVector[1]; j++) {
      const slot = columnVector[0] + 4 * j;
      const column = new Table(view, slot + view.getUint32(slot, true));
      const name = column.string(0, bytes);
      if (!name) throw new Error('Column name unexpectedly missing');
      columns.push({ name, type: column.uint8(1, 0) });
    }
  }
  const crsTable = header.table(10);
  const crs = crsTable ? { org: crsTable.string(0, bytes), code: crsTable.int32(1, 0), wkt: crsTable.string(4, bytes) } : null;
  const envelopeVector = header.vector(1);
  const envelope = envelopeVector && envelopeVector[1] > 0 ? Array.from({ length: envelopeVector[1] }, (_, i) => view.getFloat64(envelopeVector[0] + 8 * i, true)) : null;
  const featuresCount = header.uint64(8);
  const indexNodeSize = header.uint16(9, 16);
  return {
    geometryType: header.uint8(2, 0),
    columns,
    envelope,
    featuresCount,
    indexNodeSize,
    crs,
    featuresStart: FGB_PREAMBLE_BYTES + length + indexBytes(featuresCount, indexNodeSize),
  };
}

/**
 * One feature's polygon geometry as flat buffers, reused from feature to feature: xy of every
 * point ring after ring, points per ring, rings per polygon. Filled by readFgbFeature.
 */
export class FgbPolygonScratch {
  type: 'Polygon' | 'MultiPolygon' = 'Polygon';
  xy = new Float64Array(1024);
  points = 0;
  ringPoints: number[] = [];
  polygonRings: number[] = [];

  reset(type: 'Polygon' | 'MultiPolygon'): void {
    this.type = type;
    this.points = 0;
    this.ringPoints = [];
    this.polygonRings = [];
  }

  reserve(points: number): void {
    if (2 * (this.points + points) <= this.xy.length) return;
    const grown = new Float64Array(Math.max(2 * this.xy.length, 2 * (this.points + points)));
    grown.set(this.xy.subarray(0, 2 * this.points));
    this.xy = grown;
  }
}

/** What readFgbFeature found: a polygon in the scratch, another geometry as the package's GeoJSON, or none. */
export type FgbGeometry = { kind: 'flat'; scratch: FgbPolygonScratch } | { kind: 'geojson'; geometry: unknown } | { kind: 'none' };

/**
 * A Polygon's rings into the scratch when they are what the package would slice from `ends`
 * (ascending, within the points); false otherwise (the caller builds the package's GeoJSON).
 */
function flatPolygonInto(view: DataView, geometry: Table, scratch: FgbPolygonScratch): boolean {
  const xy = geometry.vector(1);
  const values = xy ? xy[1] : 0;
  if (values % 2 !== 0) return false;
  const points = values / 2;
  const ends = geometry.vector(0);
  const ringEnds: number[] = [];
  if (!ends || ends[1] === 0) ringEnds.push(points);
  else {
    let previous = 0;
    for (let i = 0; i < ends[1]; i++) {
      const end = view.getUint32(ends[0] + 4 * i, true);
      if (end < previous || end > points) return false;
      ringEnds.push(end);
      previous = end;
    }
  }
  const used = ringEnds[ringEnds.length - 1];
  scratch.reserve(used);
  const out = scratch.xy;
  let to = 2 * scratch.points;
  const from = xy ? xy[0] : 0;
  for (let i = 0; i < 2 * used; i++) out[to++] = view.getFloat64(from + 8 * i, true);
  scratch.points += used;
  let start = 0;
  for (const end of ringEnds) {
    scratch.ringPoints.push(end - start);
    start = end;
  }
  scratch.polygonRings.push(ringEnds.length);
  return true;
}

/** The package's GeoJSON coordinates of a geometry table of type `type` (fromGeometry / toGeoJsonCoordinates). */
function geoJsonOf(view: DataView, geometry: Table, type: number): unknown {
  if (type === GEOMETRY_COLLECTION) {
    const parts = geometry.vector(7);
    const geometries: unknown[] = [];
    for (let i = 0; parts && i < parts[1]; i++) {
      const slot = parts[0] + 4 * i;
      const part = new Table(view, slot + view.getUint32(slot, true));
      geometries.push(geoJsonOf(view, part, part.uint8(6, 0)));
    }
    return { type: GEOMETRY_TYPES[type], geometries };
  }
  if (type === MULTI_POLYGON) {
    const parts = geometry.vector(7);
    const coordinates: unknown[] = [];
    for (let i = 0; parts && i < parts[1]; i++) {
      const slot = parts[0] + 4 * i;
      coordinates.push((geoJsonOf(view, new Table(view, slot + view.getUint32(slot, true)), POLYGON) as { coordinates: unknown }).coordinates);
    }
    return { type: GEOMETRY_TYPES[type], coordinates };
  }
  const xyVector = geometry.vector(1);
  const zVector = geometry.vector(2);
  const xy: number[] = [];
  for (let i = 0; xyVector && i < xyVector[1]; i++) xy.push(view.getFloat64(xyVector[0] + 8 * i, true));
  const z: number[] | null = zVector ? [] : null;
  for (let i = 0; zVector && z && i < zVector[1]; i++) z.push(view.getFloat64(zVector[0] + 8 * i, true));
  const pairs = (from: number[], zs: number[] | null): number[][] => {
    const out: number[][] = [];
    for (let i = 0; i < from.length; i += 2) {
      const a = [from[i], from[i + 1]];
      if (zs) a.push(zs[i >> 1]);
      out.push(a);
    }
    return out;
  };
  let coordinates: unknown;
  if (type === 1) {
    const a = [...xy];
    if (z) a.push(z[0]);
    coordinates = a;
  } else if (type === 2 || type === 4) coordinates = pairs(xy, z);
  else if (type === POLYGON || type === MULTI_LINE_STRING) {
    const endsVector = geometry.vector(0);
    if (!endsVector || endsVector[1] === 0) coordinates = [pairs(xy, z)];
    else {
      const rings: number[][][] = [];
      let s = 0;
      for (let i = 0; i < endsVector[1]; i++) {
        const e = view.getUint32(endsVector[0] + 4 * i, true);
        // As the package: xy.slice(s, s = e << 1), z.slice(s, s = e).
        rings.push(pairs(xy.slice(s, e << 1), z ? z.slice(s >> 1, e) : null));
        s = e << 1;
      }
      coordinates = rings;
    }
  }
  return { type: GEOMETRY_TYPES[type], coordinates };
}

/**
 * Reads the geometry of the feature whose FlatBuffer (after its size prefix) starts at `at`:
 * Polygon and MultiPolygon into `scratch` (kind `flat`) when their rings are ordinary, anything
 * else as the package's GeoJSON; `none` when the feature has no geometry.
 */
export function readFgbGeometry(view: DataView, at: number, headerType: number, scratch: FgbPolygonScratch): FgbGeometry {
  const feature = new Table(view, at + view.getUint32(at, true));
  const geometry = feature.table(0);
  if (!geometry) return { kind: 'none' };
  const type = headerType === 0 ? geometry.uint8(6, 0) : headerType;
  if (type === POLYGON) {
    scratch.reset('Polygon');
    if (flatPolygonInto(view, geometry, scratch)) return { kind: 'flat', scratch };
  } else if (type === MULTI_POLYGON) {
    scratch.reset('MultiPolygon');
    const parts = geometry.vector(7);
    let flat = parts !== null && parts[1] > 0;
    for (let i = 0; flat && parts && i < parts[1]; i++) {
      const slot = parts[0] + 4 * i;
      flat = flatPolygonInto(view, new Table(view, slot + view.getUint32(slot, true)), scratch);
    }
    if (flat) return { kind: 'flat', scratch };
  }
  return { kind: 'geojson', geometry: geoJsonOf(view, geometry, type) };
}

/** Position of the feature's properties vector ([start, byte length]) or null. */
export function fgbPropertiesSpan(view: DataView, at: number): [number, number] | null {
  const feature = new Table(view, at + view.getUint32(at, true));
  return feature.vector(1);
}

/** UTF-8 text; short ASCII (codes, numbers, dates: most cells) without a decoder call, which costs more than the copy. */
function textOf(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > 48) return utf8.decode(bytes.subarray(start, end));
  let text = '';
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b >= 0x80) return utf8.decode(bytes.subarray(start, end));
    text += String.fromCharCode(b);
  }
  return text;
}

/** The package's parseProperties: column index (uint16) then the value, by the column's type. */
export function readFgbProperties(bytes: Uint8Array, view: DataView, span: [number, number] | null, columns: readonly FgbColumn[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  if (columns.length === 0 || !span) return properties;
  const [start, length] = span;
  let offset = start;
  const end = start + length;
  while (offset < end) {
    const column = columns[view.getUint16(offset, true)];
    offset += 2;
    if (!column) throw new Error('a feature names a column the header does not have');
    const name = column.name;
    switch (column.type) {
      case 2: properties[name] = view.getUint8(offset) !== 0; offset += 1; break;
      case 0: properties[name] = view.getInt8(offset); offset += 1; break;
      case 1: properties[name] = view.getUint8(offset); offset += 1; break;
      case 3: properties[name] = view.getInt16(offset, true); offset += 2; break;
      case 4: properties[name] = view.getUint16(offset, true); offset += 2; break;
      case 5: properties[name] = view.getInt32(offset, true); offset += 4; break;
      case 6: properties[name] = view.getUint32(offset, true); offset += 4; break;
      case 7: properties[name] = Number(view.getBigInt64(offset, true)); offset += 8; break;
      case 8: properties[name] = Number(view.getBigUint64(offset, true)); offset += 8; break;
      case 9: properties[name] = view.getFloat32(offset, true); offset += 4; break;
      case 10: properties[name] = view.getFloat64(offset, true); offset += 8; break;
      case 11:
      case 13: {
        const n = view.getUint32(offset, true);
        offset += 4;
        properties[name] = textOf(bytes, offset, offset + n);
        offset += n;
        break;
      }
      case 12: {
        const n = view.getUint32(offset, true);
        offset += 4;
        properties[name] = JSON.parse(utf8.decode(bytes.subarray(offset, offset + n))) as unknown;
        offset += n;
        break;
      }
      case 14: {
        const n = view.getUint32(offset, true);
        offset += 4;
        properties[name] = bytes.subarray(offset, offset + n);
        offset += n;
        break;
      }
      default:
        throw new Error(`Unknown type ${column.type}`);
    }
  }
  return properties;
}
