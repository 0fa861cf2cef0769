import type { LandUseTable } from '../../landuse/landUseTable.ts';
import { chunksOfBytes } from '../chunks.ts';
import { driverForInput, extensionOf } from '../drivers.ts';
import { HEAD_BYTES, readPlots, type ReadPlotsOptions, type ReadPlotsResult } from '../readPlots.ts';
import { ReadError } from '../readError.ts';
import { GeoJsonReader } from '../geoJsonReader.ts';
import type { InputIssue } from '../../schema/index.ts';
import { emptyBounds, extendBounds, isEmptyBounds } from './coordinates.ts';
import { FlatPolygons } from './flatPolygons.ts';
import { decodeFlatGeobuf } from './flatGeobufDecoder.ts';
import { CrsError, DECLARABLE_CRS } from './crs.ts';
import type { DecodeContext, DecodedLayer, RawFeature } from './decodedLayer.ts';
import { createFieldMapper, type FieldMappingSummary } from './fieldMapper.ts';
import { resolveLayerCrs } from './layerEmitter.ts';
import type { ImportOptions } from './importOptions.ts';

/** A file the user picked or dropped. Several: a `.shp` with its `.dbf`, `.prj`, `.cpg`. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** The file to read and the siblings it needs. */
export function mainFileOf(files: readonly ImportFile[]): { main: ImportFile; siblings: Record<string, Uint8Array> } {
  if (files.length === 0) throw new ReadError('empty', 'no file was given');
  const shp = files.find((f) => extensionOf(f.name) === '.shp');
  if (!shp) {
    const order = ['.zip', '.gpkg', '.fgb', '.csv', '.geojson', '.json', '.geojsons', '.ndjson'];
    const ranked = [...files].sort((a, b) => rank(order, a.name) - rank(order, b.name));
    return { main: ranked[0], siblings: {} };
  }
  const base = shp.name.slice(0, -4).toLowerCase();
  const siblings: Record<string, Uint8Array> = {};
  for (const f of files) {
    const ext = extensionOf(f.name);
    if (f !== shp && f.name.slice(0, -ext.length).toLowerCase() === base) siblings[ext] = f.bytes;
  }
  return { main: shp, siblings };
}

function rank(order: string[], name: string): number {
  const i = order.indexOf(extensionOf(name));
  return i < 0 ? order.length : i;
}

/**
 * A whole-file layer decoded by inspectInput, kept so that the commit that follows does not decode
 * the file again (for a 100k-plot Shapefile, most of the read). `key` says which layer and encoding.
 */
export interface DecodedLayerHold {
  current: { key: string; format: string; layer: DecodedLayer } | null;
}

/** The options that change what a decoder returns. */
export function decodeKeyOf(options: Pick<ImportOptions, 'layer' | 'encoding'>): string {
  return JSON.stringify([options.layer ?? null, options.encoding ?? null]);
}

/** What the import step shows before anything is analysed. */
export interface InputInspection {
  /** Driver id: `shapefile`, `shapefile-shp`, `geopackage`, `flatgeobuf`, `csv`, `geojson`, `geojsonseq`. */
  format: string;
  formatLabel: string;
  layer: string | null;
  layers: string[];
  encoding: string | null;
  /** The coordinate system that will be used, or null when the user must choose (see `crsProblem`). */
  crs: { label: string; name: string; source: string } | null;
  /** Set when the coordinates are projected and nothing names their system: one sentence. */
  crsProblem: string | null;
  /** Systems to offer in a chooser, likely ones first. */
  crsChoices: readonly string[];
  columns: string[];
  /** The mapping that would be used: recognised columns and `options.fields`. */
  mapping: FieldMappingSummary;
  featureCount: number;
  /** [w, s, e, n] in WGS84 when the coordinate system is known. */
  bboxWgs84: [number, number, number, number] | null;
  /** File-level problems found so far (encoding, .prj, coordinate warnings). */
  issues: InputIssue[];
  /**
   * Outer rings of a sample of the features (every k-th, at most OUTLINE_SAMPLE_FEATURES) in WGS84,
   * each flat [lon, lat, lon, lat, …], for the import step's preview; empty when the system is unknown.
   */
  outlineSample: number[][];
}

/** Features drawn in the import step's preview: enough to show the layout, cheap to send and draw. */
export const OUTLINE_SAMPLE_FEATURES = 3000;

/** The outer rings of a GeoJSON-shaped Polygon or MultiPolygon, converted, as flat arrays. */
function outerRingsOf(geometry: unknown, convert: ((x: number, y: number) => [number, number]) | null): number[][] {
  if (geometry instanceof FlatPolygons) return geometry.outerRings(convert).flatMap(flatRingOf);
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || !Array.isArray(g.coordinates)) return [];
  const polygons = g.type === 'MultiPolygon' ? (g.coordinates as unknown[]) : g.type === 'Polygon' ? [g.coordinates] : [];
  const rings: number[][] = [];
  for (const polygon of polygons) {
    const outer = Array.isArray(polygon) ? (polygon[0] as unknown) : null;
    if (!Array.isArray(outer)) continue;
    const flat: number[] = [];
    for (const p of outer as unknown[]) {
      if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') continue;
      const [x, y] = convert ? convert(p[0], p[1]) : [p[0], p[1]];
      if (Number.isFinite(x) && Number.isFinite(y)) flat.push(x, y);
    }
    if (flat.length >= 6) rings.push(flat);
  }
  return rings;
}

function flatRingOf(xy: Float64Array): number[][] {
  const flat: number[] = [];
  for (let i = 0; i + 1 < xy.length; i += 2) if (Number.isFinite(xy[i]) && Number.isFinite(xy[i + 1])) flat.push(xy[i], xy[i + 1]);
  return flat.length >= 6 ? [flat] : [];
}

/** Loaded on use, as in wholeFileDrivers.ts. */
const DECODERS: Readonly<Record<string, (bytes: Uint8Array, context: DecodeContext, name: string) => Promise<DecodedLayer>>> = {
  shapefile: async (b, c) => (await import('./shapefileDecoder.ts')).decodeShapefileZip(b, c),
  'shapefile-shp': async (b, c, name) => (await import('./shapefileDecoder.ts')).decodeLooseShapefile(b, c, name),
  geopackage: async (b, c) => (await import('./geoPackageDecoder.ts')).decodeGeoPackage(b, c),
  // The streamed FlatGeobuf driver holds this decoder statically already, so it is no chunk of its own.
  flatgeobuf: async (b, c) => decodeFlatGeobuf(b, c),
  csv: async (b, c) => (await import('./csvDecoder.ts')).decodeCsv(b, c),
};

/** GeoJSON read without validation, for its property names and coordinates. */
function decodeGeoJson(bytes: Uint8Array, sequence: boolean): DecodedLayer {
  const features: RawFeature[] = [];
  const issues: InputIssue[] = [];
  const reader = new GeoJsonReader(
    {
      feature: (f) => {
        const g = f as { geometry?: unknown; properties?: unknown } | null;
        const properties = g && typeof g.properties === 'object' && g.properties !== null ? (g.properties as Record<string, unknown>) : {};
        features.push({ geometry: g?.geometry ?? null, properties });
      },
      issue: (x) => issues.push(x),
    },
    { sequence },
  );
  reader.push(bytes);
  reader.finish();
  const columns = [...new Set(features.flatMap((f) => Object.keys(f.properties)))];
  return { layer: null, layers: [], encoding: { encoding: 'utf-8', source: 'detected' }, fileCrs: null, columns, features, issues: [] };
}

/**
 * Looks at an input without analysing it: format, layers, encoding, the coordinate system (or why
 * the user must choose one), the columns and the mapping that would be used, and the WGS84 bounds.
 * Throws ReadError only when the input cannot be read at all.
 */
export async function inspectInput(files: readonly ImportFile[], options: ImportOptions = {}, hold?: DecodedLayerHold): Promise<InputInspection> {
  const { main, siblings } = mainFileOf(files);
  const driver = driverForInput(main.bytes.subarray(0, HEAD_BYTES), main.name);
  const context: DecodeContext = { layer: options.layer, siblings: { ...siblings, ...options.siblings }, encoding: options.encoding };
  const decode = DECODERS[driver.id];
  const geoJson = decode === undefined;
  const key = decodeKeyOf(options);
  const held = hold?.current?.key === key && hold.current.format === driver.id ? hold.current.layer : null;
  const layer = geoJson ? decodeGeoJson(main.bytes, driver.id === 'geojsonseq') : held ?? (await decode(main.bytes, context, main.name));
  if (hold && !geoJson) hold.current = { key, format: driver.id, layer };
  if (geoJson) layer.fileCrs = null;
  const mapper = createFieldMapper({ fields: options.fields, passContractNames: geoJson });
  mapper.observe(layer.columns);
  const issues = layer.issues.filter((i) => i.index < 0);
  let crs: InputInspection['crs'] = null;
  let crsProblem: string | null = null;
  let bboxWgs84: InputInspection['bboxWgs84'] = null;
  const outlineSample: number[][] = [];
  try {
    const resolved = geoJson && options.crs === undefined
      ? { ...resolveLayerCrs({ ...layer, fileCrs: null }, { crs: 'EPSG:4326' }), source: 'standard' as const }
      : resolveLayerCrs(layer, options);
    crs = { label: resolved.crs.label, name: resolved.crs.name, source: resolved.source };
    if (resolved.warning && !geoJson) issues.push({ index: -1, id: null, severity: 'warning', code: resolved.warning.code, field: null, message: resolved.warning.message });
    const bounds = emptyBounds();
    const toWgs84 = resolved.crs.toWgs84;
    const convert = resolved.swapAxes ? (x: number, y: number): [number, number] => (toWgs84 ? toWgs84(y, x) : [y, x]) : toWgs84;
    // Converted point by point: inspecting leaves the decoded coordinates as they are.
    for (const f of layer.features) if (f) extendBounds(bounds, f.geometry, convert);
    if (!isEmptyBounds(bounds)) bboxWgs84 = [bounds.minX, bounds.minY, bounds.maxX, bounds.maxY];
    const step = Math.max(1, Math.ceil(layer.features.length / OUTLINE_SAMPLE_FEATURES));
    for (let i = 0; i < layer.features.length; i += step) {
      const f = layer.features[i];
      if (f) outlineSample.push(...outerRingsOf(f.geometry, convert));
    }
  } catch (error) {
    if (!(error instanceof ReadError || error instanceof CrsError)) throw error;
    crsProblem = error.message;
  }
  return {
    format: driver.id,
    formatLabel: driver.label,
    layer: layer.layer,
    layers: layer.layers,
    encoding: layer.encoding?.encoding ?? null,
    crs,
    crsProblem,
    crsChoices: crsProblem ? ['EPSG:4549', 'EPSG:4550', ...DECLARABLE_CRS.filter((c) => c !== 'EPSG:4549' && c !== 'EPSG:4550')] : DECLARABLE_CRS,
    columns: layer.columns,
    mapping: mapper.summary(),
    featureCount: layer.features.filter((f) => f !== null).length,
    bboxWgs84,
    issues,
    outlineSample,
  };
}

/**
 * Reads picked files with the user's choices (coordinate system, mapping, layer) into a PlotTable.
 * `hold`: the layer inspectInput decoded with the same layer and encoding is read instead of
 * decoding the file again, and let go (reading converts its coordinates in place).
 */
export function readPlotsWith(
  files: readonly ImportFile[],
  options: Omit<ReadPlotsOptions, 'fileName' | 'totalBytes' | 'decodedLayer'> & { landUse: LandUseTable },
  hold?: DecodedLayerHold,
): Promise<ReadPlotsResult> {
  const { main, siblings } = mainFileOf(files);
  const held = hold?.current?.key === decodeKeyOf(options) ? hold.current : null;
  if (hold) hold.current = null;
  return readPlots(chunksOfBytes(main.bytes), {
    ...options,
    fileName: main.name,
    totalBytes: main.bytes.length,
    siblings: { ...siblings, ...options.siblings },
    decodedLayer: held ? { format: held.format, layer: held.layer } : undefined,
  });
}
