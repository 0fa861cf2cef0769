/**
 * Well-known binary (ISO and EWKB flavours, 2D/Z/M/ZM) to GeoJSON-shaped geometry, and the
 * GeoPackage geometry blob (a small header before the WKB). Types other than polygons are returned
 * with their GeoJSON type name, so the plot validator reports them like any wrong geometry.
 */

const TYPE_NAMES = ['Geometry', 'Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon', 'GeometryCollection'];

class WkbCursor {
  private view: DataView;
  at: number;
  little = true;

  constructor(bytes: Uint8Array, at: number) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.at = at;
  }

  u32(): number {
    const v = this.view.getUint32(this.at, this.little);
    this.at += 4;
    return v;
  }

  f64(): number {
    const v = this.view.getFloat64(this.at, this.little);
    this.at += 8;
    return v;
  }

  byte(): number {
    return this.view.getUint8(this.at++);
  }
}

interface WkbHeader {
  type: number;
  /** Doubles per position. */
  dims: number;
}

function header(c: WkbCursor): WkbHeader {
  c.little = c.byte() === 1;
  const raw = c.u32();
  let dims = 2;
  // EWKB: flags in the high bits (Z 0x80000000, M 0x40000000, SRID 0x20000000).
  if (raw & 0x80000000) dims++;
  if (raw & 0x40000000) dims++;
  if (raw & 0x20000000) c.u32();
  const code = raw & 0x0fffffff;
  // ISO: 1000 Z, 2000 M, 3000 ZM.
  const iso = Math.floor(code / 1000);
  if (iso === 1 || iso === 2) dims++;
  if (iso === 3) dims += 2;
  return { type: code % 1000, dims };
}

function ring(c: WkbCursor, dims: number): number[][] {
  const n = c.u32();
  const out: number[][] = new Array<number[]>(n);
  for (let i = 0; i < n; i++) {
    const x = c.f64();
    const y = c.f64();
    for (let d = 2; d < dims; d++) c.f64();
    out[i] = [x, y];
  }
  return out;
}

function polygon(c: WkbCursor, dims: number): number[][][] {
  const n = c.u32();
  const rings: number[][][] = [];
  for (let i = 0; i < n; i++) rings.push(ring(c, dims));
  return rings;
}

/** A geometry read from `bytes` at `offset`. */
export function readWkb(bytes: Uint8Array, offset = 0): { type: string; coordinates: unknown } {
  const c = new WkbCursor(bytes, offset);
  const h = header(c);
  if (h.type === 3) return { type: 'Polygon', coordinates: polygon(c, h.dims) };
  if (h.type === 6) {
    const n = c.u32();
    const polygons: number[][][][] = [];
    for (let i = 0; i < n; i++) {
      const part = header(c);
      if (part.type !== 3) return { type: 'GeometryCollection', coordinates: null };
      polygons.push(polygon(c, part.dims));
    }
    return { type: 'MultiPolygon', coordinates: polygons };
  }
  return { type: TYPE_NAMES[h.type] ?? `WKB type ${h.type}`, coordinates: null };
}

/** GeoPackage envelope sizes by the indicator in bits 1-3 of the flags byte. */
const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/** A GeoPackage geometry blob (`GP`, version, flags, srs_id, envelope, WKB); null for an empty geometry. */
export function readGeoPackageGeometry(blob: Uint8Array): { type: string; coordinates: unknown } | null {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) return readWkb(blob);
  const flags = blob[3];
  if (flags & 0x10) return null;
  const envelope = ENVELOPE_BYTES[(flags >> 1) & 0x07] ?? 0;
  return readWkb(blob, 8 + envelope);
}
