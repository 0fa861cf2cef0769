import { ReadError } from './readError.ts';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function asciiStart(bytes: Uint8Array, length: number): string {
  let text = '';
  for (let i = 0; i < Math.min(length, bytes.length); i++) text += String.fromCharCode(bytes[i]);
  return text;
}

/** Share of bytes in `head` that are control characters other than tab/CR/LF/RS. */
function controlShare(head: Uint8Array): number {
  let control = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x1e) control++;
  return head.length === 0 ? 0 : control / head.length;
}

/**
 * The one-sentence ReadError for input that is not GeoJSON, from its first significant bytes
 * (after any BOM and leading whitespace). Names what it looks like, so the user knows what to fix.
 */
export function nonGeoJsonError(head: Uint8Array): ReadError {
  const start = head.subarray(0, 512);
  if (startsWith(start, [0xff, 0xfe]) || startsWith(start, [0xfe, 0xff])) {
    return new ReadError('encoding', 'it is UTF-16 text; save it as UTF-8 GeoJSON');
  }
  if (startsWith(start, [0x50, 0x4b, 0x03, 0x04])) {
    return new ReadError('unsupported-format', 'it is a ZIP archive (a zipped shapefile?); this version reads GeoJSON only');
  }
  if (asciiStart(start, 16) === 'SQLite format 3\0') {
    return new ReadError('unsupported-format', 'it is an SQLite database (a GeoPackage?); this version reads GeoJSON only');
  }
  if (startsWith(start, [0x00, 0x00, 0x27, 0x0a])) {
    return new ReadError('unsupported-format', 'it is an ESRI shapefile (.shp); this version reads GeoJSON only');
  }
  if (asciiStart(start, 5) === '%PDF-') return new ReadError('binary', 'it is a PDF document, not GeoJSON');
  if (start[0] === 0x3c /* < */) {
    const text = asciiStart(start, 200).toLowerCase();
    if (text.includes('<html') || text.includes('<!doctype html')) {
      return new ReadError('html', 'it is an HTML page (a saved web page or an error page?), not GeoJSON');
    }
    if (text.includes('<kml')) return new ReadError('unsupported-format', 'it is KML; convert it to GeoJSON first');
    return new ReadError('html', 'it is HTML or XML, not GeoJSON');
  }
  if (controlShare(start) > 0.02) return new ReadError('binary', 'it is binary data, not GeoJSON text');
  if (start[0] === 0x5b /* [ */) {
    return new ReadError('not-geojson', 'it is a JSON array, not a GeoJSON FeatureCollection or Feature');
  }
  return new ReadError('not-json', 'it is not JSON: GeoJSON starts with "{"');
}
