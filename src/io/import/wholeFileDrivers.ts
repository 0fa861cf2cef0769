import type { ChunkReader, FormatReadSummary, PlotFormatDriver, ReaderContext } from '../formatDriver.ts';
import type { FeatureSink } from '../featureSink.ts';
import { ReadError } from '../readError.ts';
import { CrsError } from './crs.ts';
import { WKT_COLUMNS } from './wktColumns.ts';
import type { DecodeContext, DecodedLayer } from './decodedLayer.ts';
import { emitLayer } from './layerEmitter.ts';
import { ImportSink } from './importSink.ts';
import { concatBytes } from '../concatBytes.ts';

// Decoders and their libraries (shpjs, fflate, sql.js, flatgeobuf, papaparse) load when a file of
// their format is opened: reading GeoJSON, the CLI's start and the viewer's worker stay as light as before.

type Decode = (bytes: Uint8Array, context: DecodeContext, fileName?: string) => DecodedLayer | Promise<DecodedLayer>;

/** A reader that keeps every chunk and decodes the whole file in `finish` (zip, SQLite, FlatGeobuf, CSV). */
function wholeFileReader(spec: WholeFileSpec, sink: FeatureSink, context: ReaderContext | undefined): ChunkReader {
  const { id: format, decode } = spec;
  const parts: Uint8Array[] = [];
  let length = 0;
  return {
    push(chunk) {
      parts.push(chunk);
      length += chunk.length;
    },
    async finish(): Promise<FormatReadSummary> {
      if (length === 0) throw new ReadError('empty', 'the file is empty');
      // A format forced on other content (readPlots' `format`) says so instead of failing inside the decoder.
      if (spec.binary && !spec.sniff(parts[0])) throw new ReadError('unsupported-format', `it is not a ${spec.label} file`);
      const options = context?.options ?? {};
      const importSink = context?.importSink ?? new ImportSink(sink, options, false);
      const decodeContext: DecodeContext = { layer: options.layer, siblings: options.siblings, encoding: options.encoding };
      let featureCount: number;
      let layer: DecodedLayer;
      try {
        context?.onProgress?.('decode', 0);
        const decoded = context?.decodedLayer;
        layer = decoded && decoded.format === format ? decoded.layer : await decode(concatBytes(parts, length), decodeContext, context?.fileName);
        parts.length = 0;
        featureCount = emitLayer(layer, importSink, { ...options, onProgress: context?.onProgress });
      } catch (error) {
        if (error instanceof CrsError) throw new ReadError('unknown-crs', error.message);
        throw error;
      }
      return {
        layout: format,
        featureCount,
        byteCount: length,
        members: {},
        layer: layer.layer,
        layers: layer.layers,
        encoding: layer.encoding ? layer.encoding.encoding : null,
      };
    },
  };
}

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

interface WholeFileSpec {
  id: string;
  label: string;
  extensions: string[];
  sniff: (head: Uint8Array) => boolean;
  decode: Decode;
  /** Recognised by a magic number (CSV is not: it may be chosen by its extension alone). */
  binary: boolean;
}

function wholeFileDriver(spec: WholeFileSpec): PlotFormatDriver {
  return {
    id: spec.id,
    label: spec.label,
    extensions: spec.extensions,
    sniff: spec.sniff,
    createReader: (sink, context) => wholeFileReader(spec, sink, context),
  };
}

export const shapefileZipDriver = wholeFileDriver({
  id: 'shapefile',
  label: 'Shapefile (zipped)',
  extensions: ['.zip'],
  sniff: (head) => startsWith(head, [0x50, 0x4b, 0x03, 0x04]),
  decode: async (bytes, context) => (await import('./shapefileDecoder.ts')).decodeShapefileZip(bytes, context),
  binary: true,
});

export const shapefileDriver = wholeFileDriver({
  id: 'shapefile-shp',
  label: 'Shapefile (.shp with .dbf, .prj, .cpg)',
  extensions: ['.shp'],
  // File code 9994, big-endian.
  sniff: (head) => startsWith(head, [0x00, 0x00, 0x27, 0x0a]),
  decode: async (bytes, context, fileName) => (await import('./shapefileDecoder.ts')).decodeLooseShapefile(bytes, context, fileName),
  binary: true,
});

export const geoPackageDriver = wholeFileDriver({
  id: 'geopackage',
  label: 'GeoPackage',
  extensions: ['.gpkg'],
  sniff: (head) => new TextDecoder().decode(head.subarray(0, 16)) === 'SQLite format 3\0',
  decode: async (bytes, context) => (await import('./geoPackageDecoder.ts')).decodeGeoPackage(bytes, context),
  binary: true,
});

/** A first line with a comma, semicolon or tab and a WKT column name. */
function looksLikeWktCsv(head: Uint8Array): boolean {
  const firstLine = new TextDecoder().decode(head.subarray(0, 4096)).replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  if (!/[,;\t]/.test(firstLine) || firstLine.trimStart().startsWith('{')) return false;
  const cells = firstLine.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  return cells.some((c) => WKT_COLUMNS.includes(c));
}

export const csvDriver = wholeFileDriver({
  id: 'csv',
  label: 'CSV with a WKT geometry column',
  extensions: ['.csv', '.txt', '.tsv'],
  sniff: looksLikeWktCsv,
  decode: async (bytes, context) => (await import('./csvDecoder.ts')).decodeCsv(bytes, context),
  binary: false,
});
