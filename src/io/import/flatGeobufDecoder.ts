import { ReadError } from '../readError.ts';
import { crsOfEpsg, crsOfWkt, CrsError, type SourceCrs } from './crs.ts';
import { fileIssue, type DecodeContext, type DecodedLayer, type RawFeature } from './decodedLayer.ts';
import { FlatPolygons, LayerPoints } from './flatPolygons.ts';
import { FgbPolygonScratch, fgbPropertiesSpan, readFgbGeometry, readFgbHeader, readFgbProperties, type FgbCrs, type FgbGeometry, type FgbHeader } from './flatGeobufFormat.ts';
import type { InputIssue } from '../../schema/index.ts';

/** The coordinate system a FlatGeobuf header names (EPSG code, else its WKT), or null with an issue. */
export function crsOfFgbHeader(crs: FgbCrs | null, issues: InputIssue[]): SourceCrs | null {
  if (!crs) return null;
  if ((crs.org ?? 'EPSG').toUpperCase() === 'EPSG' && crs.code > 0) {
    const known = crsOfEpsg(crs.code);
    if (known) return known;
  }
  if (!crs.wkt) {
    issues.push(fileIssue('unreadable-crs', `the file names the coordinate system ${crs.org ?? ''}:${crs.code}, which ParkTwin does not know; it is detected from the coordinates instead (or declare it)`));
    return null;
  }
  try {
    return crsOfWkt(crs.wkt);
  } catch (error) {
    if (!(error instanceof CrsError)) throw error;
    issues.push(fileIssue('unreadable-crs', `the file's coordinate system cannot be read (${error.message}); it is detected from the coordinates instead`));
    return null;
  }
}

/** A FlatGeobuf read problem as the one sentence of a ReadError. */
export function fgbReadError(error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  return new ReadError('truncated', `its FlatGeobuf content cannot be read (${error instanceof Error ? error.message : String(error)})`);
}

/** The scratch polygon copied into the layer's buffer (FlatPolygons are views of it). */
class LayerWriter {
  private at = 0;
  constructor(private readonly layer: LayerPoints) {}

  take(scratch: FgbPolygonScratch): FlatPolygons {
    const n = 2 * scratch.points;
    const view = this.layer.xy.subarray(this.at, this.at + n);
    view.set(scratch.xy.subarray(0, n));
    this.at += n;
    this.layer.used = this.at;
    return new FlatPolygons(scratch.type, view, null, scratch.ringPoints, scratch.polygonRings, this.layer);
  }
}

/**
 * Calls `each` for every feature of a whole FlatGeobuf file in memory, with its geometry (flat
 * polygons in `scratch`, else the package's GeoJSON, else null) and its properties.
 */
export function eachFgbFeature(bytes: Uint8Array, header: FgbHeader, each: (geometry: FgbGeometry, properties: Record<string, unknown>) => void): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const scratch = new FgbPolygonScratch();
  let offset = header.featuresStart;
  while (offset < bytes.length) {
    const length = view.getUint32(offset, true);
    const at = offset + 4;
    if (at + length > bytes.length) throw new ReadError('truncated', 'its last FlatGeobuf feature is cut short: the file is truncated');
    each(readFgbGeometry(view, at, header.geometryType, scratch), readFgbProperties(bytes, view, fgbPropertiesSpan(view, at), header.columns));
    offset = at + length;
  }
}

/** A FlatGeobuf file: features in order, the CRS from its header. Attribute text is UTF-8 by the format. */
export function decodeFlatGeobuf(bytes: Uint8Array, _context: DecodeContext): DecodedLayer {
  if (!(bytes[0] === 0x66 && bytes[1] === 0x67 && bytes[2] === 0x62)) throw fgbReadError(new Error('Not a FlatGeobuf file'));
  const issues: InputIssue[] = [];
  const features: RawFeature[] = [];
  let header: FgbHeader;
  try {
    header = readFgbHeader(bytes);
    // Every point takes 16 bytes of the file: one buffer holds the layer's polygons.
    const points = new LayerWriter(new LayerPoints(new Float64Array(2 * Math.floor(bytes.length / 16))));
    eachFgbFeature(bytes, header, (geometry, properties) => {
      const g = geometry.kind === 'flat' ? points.take(geometry.scratch) : geometry.kind === 'geojson' ? geometry.geometry : null;
      features.push({ geometry: g, properties });
    });
  } catch (error) {
    throw fgbReadError(error);
  }
  return {
    layer: null,
    layers: [],
    encoding: { encoding: 'utf-8', source: 'detected' },
    fileCrs: crsOfFgbHeader(header.crs, issues),
    columns: header.columns.map((c) => c.name),
    features,
    issues,
  };
}
