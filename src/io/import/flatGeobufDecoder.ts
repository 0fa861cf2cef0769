import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { ReadError } from '../readError.ts';
import { crsOfEpsg, crsOfWkt, CrsError, type SourceCrs } from './crs.ts';
import { fileIssue, type DecodeContext, type DecodedLayer, type RawFeature } from './decodedLayer.ts';
import type { InputIssue } from '../../schema/index.ts';

function crsOfHeader(header: HeaderMeta | null, issues: InputIssue[]): SourceCrs | null {
  const crs = header?.crs;
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

/** A FlatGeobuf file: features in order, the CRS from its header. Attribute text is UTF-8 by the format. */
export async function decodeFlatGeobuf(bytes: Uint8Array, _context: DecodeContext): Promise<DecodedLayer> {
  let header: HeaderMeta | null = null;
  const features: RawFeature[] = [];
  const issues: InputIssue[] = [];
  try {
    for await (const f of deserialize(bytes, { headerMetaFn: (h) => (header = h) })) {
      const feature = f as unknown as { geometry: unknown; properties?: Record<string, unknown> };
      features.push({ geometry: feature.geometry ?? null, properties: feature.properties ?? {} });
    }
  } catch (error) {
    throw new ReadError('truncated', `its FlatGeobuf content cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const meta = header as HeaderMeta | null;
  return {
    layer: null,
    layers: [],
    encoding: { encoding: 'utf-8', source: 'detected' },
    fileCrs: crsOfHeader(meta, issues),
    columns: meta?.columns?.map((c) => c.name) ?? [],
    features,
    issues,
  };
}
