/**
 * A small polygon Shapefile writer for benchmarks (no GDAL needed): .shp, .shx, .dbf (UTF-8, with a
 * .cpg) and a .prj, zipped. Strings are C fields, numbers N fields, anything else JSON text (an
 * `evaluations` array, which DOMAIN.md §9 accepts as text). Field names are cut to 10 bytes, as
 * every dBASE writer does.
 */
import { zipSync } from 'fflate';

export interface PolygonRecord {
  /** Closed outer ring, interleaved x,y in the file's coordinate system. */
  ring: number[];
  properties: Record<string, unknown>;
}

const utf8 = new TextEncoder();

/** Shapefile outer rings run clockwise (readers take counter-clockwise rings for holes). */
function clockwise(ring: number[]): number[] {
  let twiceArea = 0;
  for (let i = 0; i + 3 < ring.length; i += 2) twiceArea += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
  if (twiceArea < 0) return ring;
  const out: number[] = [];
  for (let i = ring.length - 2; i >= 0; i -= 2) out.push(ring[i], ring[i + 1]);
  return out;
}

function shpAndShx(records: readonly PolygonRecord[]): { shp: Uint8Array; shx: Uint8Array } {
  const rings = records.map((r) => clockwise(r.ring));
  const contentBytes = rings.map((ring) => 44 + 4 + 16 * (ring.length / 2));
  const shpLength = 100 + contentBytes.reduce((n, c) => n + 8 + c, 0);
  const shp = new DataView(new ArrayBuffer(shpLength));
  const shx = new DataView(new ArrayBuffer(100 + 8 * records.length));
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      minX = Math.min(minX, ring[i]);
      maxX = Math.max(maxX, ring[i]);
      minY = Math.min(minY, ring[i + 1]);
      maxY = Math.max(maxY, ring[i + 1]);
    }
  }
  for (const [view, bytes] of [[shp, shpLength], [shx, 100 + 8 * records.length]] as const) {
    view.setInt32(0, 9994);
    view.setInt32(24, bytes / 2);
    view.setInt32(28, 1000, true);
    view.setInt32(32, 5, true);
    view.setFloat64(36, minX, true);
    view.setFloat64(44, minY, true);
    view.setFloat64(52, maxX, true);
    view.setFloat64(60, maxY, true);
  }
  let at = 100;
  rings.forEach((ring, k) => {
    shx.setInt32(100 + 8 * k, at / 2);
    shx.setInt32(104 + 8 * k, contentBytes[k] / 2);
    shp.setInt32(at, k + 1);
    shp.setInt32(at + 4, contentBytes[k] / 2);
    at += 8;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = 0; i < ring.length; i += 2) {
      x0 = Math.min(x0, ring[i]);
      x1 = Math.max(x1, ring[i]);
      y0 = Math.min(y0, ring[i + 1]);
      y1 = Math.max(y1, ring[i + 1]);
    }
    shp.setInt32(at, 5, true);
    shp.setFloat64(at + 4, x0, true);
    shp.setFloat64(at + 12, y0, true);
    shp.setFloat64(at + 20, x1, true);
    shp.setFloat64(at + 28, y1, true);
    shp.setInt32(at + 36, 1, true);
    shp.setInt32(at + 40, ring.length / 2, true);
    shp.setInt32(at + 44, 0, true);
    at += 48;
    for (let i = 0; i < ring.length; i++, at += 8) shp.setFloat64(at, ring[i], true);
  });
  return { shp: new Uint8Array(shp.buffer), shx: new Uint8Array(shx.buffer) };
}

interface DbfField {
  name: string;
  key: string;
  type: 'C' | 'N';
  length: number;
  decimals: number;
}

function cellText(value: unknown, field: DbfField): string {
  if (value === undefined || value === null) return '';
  if (field.type === 'N') return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(field.decimals) : '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Cuts a UTF-8 string to at most `max` bytes without splitting a character. */
function fitBytes(text: string, max: number): Uint8Array {
  let bytes = utf8.encode(text);
  let chars = [...text];
  while (bytes.length > max) {
    chars = chars.slice(0, -1);
    bytes = utf8.encode(chars.join(''));
  }
  return bytes;
}

function dbf(records: readonly PolygonRecord[]): Uint8Array {
  const keys = [...new Set(records.flatMap((r) => Object.keys(r.properties)))];
  const fields: DbfField[] = keys.map((key) => {
    const values = records.map((r) => r.properties[key]).filter((v) => v !== undefined && v !== null);
    const numeric = values.length > 0 && values.every((v) => typeof v === 'number');
    const name = new TextDecoder().decode(fitBytes(key, 10));
    if (numeric) return { name, key, type: 'N', length: 19, decimals: values.some((v) => !Number.isInteger(v)) ? 4 : 0 };
    const longest = values.reduce<number>((n, v) => Math.max(n, utf8.encode(cellText(v, { type: 'C' } as DbfField)).length), 1);
    return { name, key, type: 'C', length: Math.min(254, longest), decimals: 0 };
  });
  const recordLength = 1 + fields.reduce((n, f) => n + f.length, 0);
  const headerLength = 32 + 32 * fields.length + 1;
  const out = new Uint8Array(headerLength + recordLength * records.length + 1);
  const view = new DataView(out.buffer);
  out[0] = 0x03;
  out[1] = 126;
  out[2] = 1;
  out[3] = 1;
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  fields.forEach((f, k) => {
    const at = 32 + 32 * k;
    out.set(utf8.encode(f.name), at);
    out[at + 11] = f.type.charCodeAt(0);
    out[at + 16] = f.length;
    out[at + 17] = f.decimals;
  });
  out[headerLength - 1] = 0x0d;
  let at = headerLength;
  for (const record of records) {
    out.fill(0x20, at, at + recordLength);
    let col = at + 1;
    for (const f of fields) {
      const bytes = fitBytes(cellText(record.properties[f.key], f), f.length);
      out.set(bytes, f.type === 'N' ? col + f.length - bytes.length : col);
      col += f.length;
    }
    at += recordLength;
  }
  out[at] = 0x1a;
  return out;
}

/** The dBASE field names the writer gives each property (cut to 10 bytes), for a field mapping. */
export function dbfNamesOf(keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, new TextDecoder().decode(fitBytes(k, 10))]));
}

/** A zipped Shapefile `<base>.shp/.shx/.dbf/.cpg/.prj` of the records. */
export function zippedShapefile(base: string, records: readonly PolygonRecord[], prjWkt: string): Uint8Array {
  const { shp, shx } = shpAndShx(records);
  return zipSync({
    [`${base}.shp`]: shp,
    [`${base}.shx`]: shx,
    [`${base}.dbf`]: dbf(records),
    [`${base}.cpg`]: utf8.encode('UTF-8'),
    [`${base}.prj`]: utf8.encode(prjWkt),
  }, { level: 1 });
}
