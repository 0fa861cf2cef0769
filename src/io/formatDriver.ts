import type { DecodedLayer } from './import/decodedLayer.ts';
import type { FeatureSink } from './featureSink.ts';
import type { DeferredFeature } from './featureDecoder.ts';
import type { ImportSink } from './import/importSink.ts';
import type { ImportOptions } from './import/importOptions.ts';
import type { CrsSource } from './import/crs.ts';
import type { BatchContext } from './featureBatch.ts';

/** What a format reader reports when the input has been read. */
export interface FormatReadSummary {
  /** How the features were laid out, driver-specific (`feature-collection`, `sequence`, …). */
  layout: string;
  /** Features seen, good and bad. */
  featureCount: number;
  byteCount: number;
  /** File-level metadata the format carries (GeoJSON foreign members such as `crs`, `parktwin`). */
  members: Record<string, unknown>;
  /** The layer read (shapefile base name, GeoPackage table), for the report's `input`. */
  layer?: string | null;
  /** Every layer the file holds. */
  layers?: string[];
  /** The text encoding used and how it was chosen. */
  encoding?: string | null;
  /** The coordinate system, when the reader settled it itself (a FlatGeobuf read by parse workers). */
  crs?: { label: string; source: CrsSource };
}

/**
 * What a reader gets besides the sink: the user's import options, and the import sink (the sink
 * itself) on which whole-file readers set the coordinate system before sending features.
 */
export interface ReaderContext {
  options: ImportOptions;
  importSink: ImportSink;
  fileName?: string;
  /** readPlots' progress: whole-file readers report `decode` and `convert` through it. */
  onProgress?: (stage: string, fraction: number) => void;
  /** readPlots' `decodedLayer`: whole-file readers of that format use it instead of decoding. */
  decodedLayer?: { format: string; layer: DecodedLayer };
}

/** Push-based reader of one format: chunks in, features and issues out to the sink. */
export interface ChunkReader {
  /** Throws ReadError when the input cannot be read at all. */
  push(chunk: Uint8Array): void;
  /** Throws ReadError when the input ended too early or held no data. May be async (e.g. zipped formats read at the end). */
  finish(): FormatReadSummary | Promise<FormatReadSummary>;
}

/**
 * One input format. Drivers are tried in table order: the first whose `sniff` accepts the head of
 * the input reads it. A format that needs the whole file (shapefile zip, GeoPackage) can buffer in
 * `push` and do its work in `finish`.
 */
export interface PlotFormatDriver {
  id: string;
  label: string;
  /** Lower-case, with the dot. Used only when no driver recognises the content. */
  extensions: readonly string[];
  /** `head`: the first bytes of the input (64 KB, or the whole input when smaller). */
  sniff(head: Uint8Array): boolean;
  createReader(sink: FeatureSink, context?: ReaderContext): ChunkReader;
  /**
   * Optional: a reader that hands each feature's bytes to `defer` unparsed, so features can be
   * parsed and validated in parallel. Formats without it are read on one thread.
   */
  createDeferringReader?(
    sink: FeatureSink,
    defer: DeferredFeature,
    setContext?: (context: BatchContext) => void,
    options?: { speculateLines?: boolean },
  ): ChunkReader;
}
