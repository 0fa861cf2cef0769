import { parseShp } from 'shpjs';
import { ReadError } from '../readError.ts';
import { openDbf, type DbfRecords } from './dbfReader.ts';
import { polygonGeometriesOfShp } from './shpPolygonReader.ts';
import { unzipEntries } from './zipEntries.ts';
import { crsOfWkt, CrsError, type SourceCrs } from './crs.ts';
import { dbfLanguageEncoding, isValidUtf8, normaliseEncodingLabel, type ChosenEncoding } from './textEncoding.ts';
import { fileIssue, type DecodeContext, type DecodedLayer, type RawFeature } from './decodedLayer.ts';
import type { InputIssue } from '../../schema/index.ts';

/** The files of one shapefile, by lower-case extension. */
interface ShapefileParts {
  /** Path without the extension, as in the archive. */
  path: string;
  shp?: Uint8Array;
  dbf?: Uint8Array;
  prj?: Uint8Array;
  cpg?: Uint8Array;
}

const PART = /\.(shp|dbf|prj|cpg)$/i;

export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The shapefiles in a zip at any depth, sorted by path (macOS resource forks skipped). */
export async function shapefilesInZip(bytes: Uint8Array): Promise<ShapefileParts[]> {
  let files: Record<string, Uint8Array>;
  try {
    files = await unzipEntries(bytes, (name) => PART.test(name) && !name.includes('__MACOSX'));
  } catch (error) {
    throw new ReadError('truncated', `it is a ZIP archive that cannot be unpacked (${error instanceof Error ? error.message : String(error)})`);
  }
  const byPath = new Map<string, ShapefileParts>();
  for (const [name, data] of Object.entries(files)) {
    const path = name.slice(0, -4);
    const key = path.toLowerCase();
    const parts = byPath.get(key) ?? { path };
    parts[name.slice(-3).toLowerCase() as 'shp' | 'dbf' | 'prj' | 'cpg'] = data;
    byPath.set(key, parts);
  }
  return [...byPath.values()].filter((p) => p.shp).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The records of a .dbf without its header, whose field names GDAL may have cut inside a character. */
function dbfRecords(dbf: Uint8Array): Uint8Array {
  return dbf.subarray(dbf.length >= 10 ? dbf[8] | (dbf[9] << 8) : 0);
}

/** DOMAIN.md §9: the `.cpg`, else the `.dbf` language byte, else UTF-8 if valid, GB18030 otherwise. */
function chooseEncoding(parts: ShapefileParts, declared: string | undefined, issues: InputIssue[]): ChosenEncoding {
  if (declared) return { encoding: declared, source: 'declared' };
  if (parts.cpg) {
    const label = new TextDecoder().decode(parts.cpg).trim();
    const encoding = normaliseEncodingLabel(label);
    // A .cpg saying UTF-8 over bytes that are not (a tool's default label) would turn every name into mojibake.
    if (encoding === 'utf-8' && parts.dbf && !isValidUtf8(dbfRecords(parts.dbf))) {
      issues.push(fileIssue('encoding-mismatch', 'the .cpg says UTF-8 but the .dbf text is not valid UTF-8; it is read as GB18030 (GBK)'));
      return { encoding: 'gb18030', source: 'detected' };
    }
    if (encoding) return { encoding, source: 'cpg' };
    issues.push(fileIssue('unknown-encoding', `the .cpg names the encoding "${label.slice(0, 40)}", which is not known; the text encoding is detected instead`));
  }
  if (parts.dbf) {
    const fromByte = dbfLanguageEncoding(parts.dbf);
    if (fromByte) return { encoding: fromByte, source: 'dbf-language-byte' };
    return { encoding: isValidUtf8(dbfRecords(parts.dbf)) ? 'utf-8' : 'gb18030', source: 'detected' };
  }
  return { encoding: 'utf-8', source: 'detected' };
}

function fileCrsOf(parts: ShapefileParts, issues: InputIssue[]): SourceCrs | null {
  if (!parts.prj) return null;
  try {
    return crsOfWkt(new TextDecoder().decode(parts.prj));
  } catch (error) {
    if (!(error instanceof CrsError)) throw error;
    issues.push(fileIssue('unreadable-prj', `the .prj cannot be read (${error.message}); the coordinate system is detected from the coordinates instead`));
    return null;
  }
}

/** Shapefile rings wind clockwise (outer) by its spec, GeoJSON's the other way: turn them, so the validator sees no wrong winding. */
function geoJsonWinding(geometry: unknown): unknown {
  const g = geometry as { type?: string; coordinates?: unknown } | null;
  if (g?.type === 'Polygon' && Array.isArray(g.coordinates)) for (const ring of g.coordinates as unknown[][]) ring.reverse();
  if (g?.type === 'MultiPolygon' && Array.isArray(g.coordinates)) for (const poly of g.coordinates as unknown[][][]) for (const ring of poly) ring.reverse();
  return geometry;
}

/**
 * A shape with its .dbf record, decoded when the read takes it (each access decodes it anew), or
 * ahead of it by `warm`: the next access then takes that object and lets it go.
 */
class DbfFeature implements RawFeature {
  private warmed: Record<string, unknown> | null = null;

  constructor(
    readonly geometry: unknown,
    private readonly records: DbfRecords | null,
    private readonly record: number,
  ) {}

  get properties(): Record<string, unknown> {
    const warmed = this.warmed;
    if (warmed) {
      this.warmed = null;
      return warmed;
    }
    return this.records ? this.records.row(this.record) : {};
  }

  warm(): void {
    if (this.records && !this.warmed) this.warmed = this.records.row(this.record);
  }
}

function decodeParts(parts: ShapefileParts, layers: string[], context: DecodeContext): DecodedLayer {
  const issues: InputIssue[] = [];
  const shp = parts.shp as Uint8Array;
  let geometries: unknown[];
  try {
    // Polygons (nearly every plot file) by our reader, already in GeoJSON winding; other shapes by shpjs.
    geometries = polygonGeometriesOfShp(shp) ?? (parseShp(shp) as unknown[]).map(geoJsonWinding);
  } catch (error) {
    throw new ReadError('truncated', `its .shp cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const encoding = chooseEncoding(parts, context.encoding, issues);
  let records: DbfRecords | null = null;
  if (parts.dbf) {
    try {
      records = openDbf(parts.dbf, encoding.encoding);
    } catch (error) {
      throw new ReadError('truncated', error instanceof Error ? error.message : String(error));
    }
  } else issues.push(fileIssue('missing-dbf', 'the shapefile has no .dbf: its plots have no attributes (no id, no sub-park)'));
  const recordCount = records?.count ?? 0;
  if (records && recordCount !== geometries.length) {
    issues.push(fileIssue('record-count-mismatch', `the .shp holds ${geometries.length} shapes and the .dbf ${recordCount} records; they are paired in order`));
  }
  const count = Math.max(geometries.length, recordCount);
  const features: (RawFeature | null)[] = [];
  for (let i = 0; i < count; i++) {
    if (records && i < recordCount && records.isDeleted(i)) {
      issues.push(fileIssue('deleted-record', 'the .dbf marks this record as deleted; it is left out', 'warning', i));
      features.push(null);
      continue;
    }
    features.push(new DbfFeature(geometries[i] ?? null, i < recordCount ? records : null, i));
  }
  const columns = records?.columns ?? [];
  return { layer: baseName(parts.path), layers, encoding, fileCrs: fileCrsOf(parts, issues), columns, features, issues };
}

function pickLayer(all: ShapefileParts[], layer: string | undefined): ShapefileParts {
  if (all.length === 0) throw new ReadError('unsupported-format', 'it is a ZIP archive with no shapefile (.shp) in it');
  if (layer === undefined) return all[0];
  const wanted = layer.toLowerCase().replace(/\.shp$/, '');
  const found = all.find((p) => baseName(p.path).toLowerCase() === wanted || p.path.toLowerCase() === wanted);
  if (!found) throw new ReadError('unsupported-format', `it has no shapefile named "${layer}"; its layers are ${all.map((p) => baseName(p.path)).join(', ')}`);
  return found;
}

/** A zipped shapefile (several: the first by path, or `context.layer`). */
export async function decodeShapefileZip(bytes: Uint8Array, context: DecodeContext): Promise<DecodedLayer> {
  const all = await shapefilesInZip(bytes);
  return decodeParts(pickLayer(all, context.layer), all.map((p) => baseName(p.path)), context);
}

/** A loose `.shp` with its sibling files in `context.siblings`. */
export function decodeLooseShapefile(bytes: Uint8Array, context: DecodeContext, name = 'shapefile'): DecodedLayer {
  const s = context.siblings ?? {};
  const parts: ShapefileParts = { path: name.replace(/\.shp$/i, ''), shp: bytes, dbf: s['.dbf'], prj: s['.prj'], cpg: s['.cpg'] };
  return decodeParts(parts, [baseName(parts.path)], context);
}
