import type { InputIssue, PlotTable } from '../schema/index.ts';
import type { LandUseTable } from '../landuse/landUseTable.ts';
import { createPlotTableBuilder } from '../validate/plotTableBuilder.ts';
import { builderSink } from './featureSink.ts';
import { PlotTablePartMerger, type PlotTablePart } from '../validate/plotTableParts.ts';
import type { ChunkReader, FormatReadSummary, PlotFormatDriver, ReaderContext } from './formatDriver.ts';
import { ImportSink } from './import/importSink.ts';
import type { ImportOptions, InputDescription } from './import/importOptions.ts';
import type { FieldMappingSummary } from './import/fieldMapper.ts';
import type { DecodedLayer } from './import/decodedLayer.ts';
import { CrsError, crsOfEpsg, parseCrs, type SourceCrs } from './import/crs.ts';
import type { FeatureSink } from './featureSink.ts';
import { FeatureBatchWriter, type FeatureBatch } from './featureBatch.ts';
import { driverById, driverForInput } from './drivers.ts';
import { assertUtf8Head } from './utf8Check.ts';
import { ReadError } from './readError.ts';
import { concatBytes } from './concatBytes.ts';

/** Bytes looked at to choose a driver. */
export const HEAD_BYTES = 64 * 1024;

export interface ReadPlotsOptions extends ImportOptions {
  landUse: LandUseTable;
  /** Stage `read`, fraction of bytes read (needs totalBytes), once per chunk; with `parallel`, then stage `parse` while the last batches are parsed. */
  onProgress?: (stage: string, fraction: number) => void;
  /** Size of the input, for progress. */
  totalBytes?: number;
  /** Name of the input, whose extension breaks ties between drivers. */
  fileName?: string;
  /** Force a driver by id instead of sniffing. */
  format?: string;
  /**
   * Parse and validate in workers: the reader only cuts features out of the input and sends
   * batches of their bytes to `parse`. The result equals a one-thread read. Formats whose driver
   * cannot defer parsing are read on one thread.
   */
  parallel?: ParallelParse;
  /**
   * A whole-file layer decoded already from this input with the same layer and encoding
   * (inspectInput): its reader uses it instead of decoding the bytes again. Read once: its
   * coordinates are converted in place.
   */
  decodedLayer?: { format: string; layer: DecodedLayer };
}

export interface ParallelParse {
  /** Parses and validates a batch (parseFeatureBatch, in a worker) against the same land-use table as `landUse`. */
  parse(batch: FeatureBatch): Promise<PlotTablePart>;
  /** Bytes of features per batch. */
  batchBytes: number;
  /** Batches sent but not yet parsed before reading waits, bounding memory. */
  maxInFlight: number;
  /**
   * Let the reading thread hand one-feature-per-line GeoJSON on line by line without its byte scan
   * (DeferringFeatureDecoder). A rare malformed line then fails the read with SplitSpeculationMissed
   * (a ParseWorkerError), and the caller must read the input again on one thread: leave this off
   * when the input cannot be read twice (standard input).
   */
  speculateLines?: boolean;
}

/** Where features go while reading: straight into one builder, or in batches to workers. */
interface FeatureRoute {
  createReader(driver: PlotFormatDriver, options: ReadPlotsOptions): ChunkReader;
  /** The sink that mapped and reprojected the features; null when workers parsed them. */
  importSink(): ImportSink | null;
  /** The field mapping used, merged over the workers' parts when they parsed. */
  mapping(): FieldMappingSummary;
  /** Called after every chunk: lets the parallel route wait for workers. */
  drain(): Promise<void>;
  /** `progress` gets stage `parse` while the last batches are still in workers. */
  finish(progress?: (stage: string, fraction: number) => void): Promise<{ table: PlotTable; issues: InputIssue[] }>;
}

/** GeoJSON drivers: §4-named properties pass unchanged, and the coordinates are WGS84 unless declared. */
function isGeoJson(driver: PlotFormatDriver): boolean {
  return driver.id === 'geojson' || driver.id === 'geojsonseq';
}

function builderRoute(landUse: LandUseTable): FeatureRoute {
  const builder = createPlotTableBuilder(landUse);
  const sink = builderSink(builder);
  let importSink: ImportSink | null = null;
  return {
    createReader: (driver, options) => {
      const geoJson = isGeoJson(driver);
      const chosen = new ImportSink(sink, options, geoJson);
      importSink = chosen;
      if (geoJson) {
        if (options.crs !== undefined) chosen.useCrs(declaredCrs(options.crs), 'declared', false);
        else chosen.useCrs(crsOfEpsg(4326) as SourceCrs, 'standard', false);
      }
      const context: ReaderContext = { options, importSink: chosen, fileName: options.fileName, onProgress: options.onProgress, decodedLayer: options.decodedLayer };
      return driver.createReader(chosen, context);
    },
    importSink: () => importSink,
    mapping: () => (importSink as ImportSink | null)?.mapper.summary() ?? { fieldMap: {}, unmatchedColumns: [] },
    drain: async () => {},
    finish: async () => builder.finish(),
  };
}

function parallelRoute(parallel: ParallelParse, landUse: LandUseTable): FeatureRoute {
  const fileIssues: InputIssue[] = [];
  const parts: Promise<PlotTablePart>[] = [];
  /** Settles when its batch is parsed, never rejects; the failure is kept for drain/finish. */
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  const writer = new FeatureBatchWriter(parallel.batchBytes);
  // Parts are merged in input order as they arrive, while the workers parse the next batches.
  const merger = new PlotTablePartMerger();
  let mergedThrough: Promise<void> = Promise.resolve();
  const dispatch = () => {
    const part = parallel.parse(writer.take());
    mergedThrough = mergedThrough.then(async () => merger.add(await part));
    // A failure is reported by drain or finish; this branch only keeps it from being unhandled.
    mergedThrough.catch(() => undefined);
    const settled: Promise<void> = part.then(
      () => void inFlight.delete(settled),
      (error: unknown) => {
        inFlight.delete(settled);
        failure ??= error;
      },
    );
    inFlight.add(settled);
    parts.push(part);
  };
  const sink: FeatureSink = {
    feature: () => {
      throw new Error('a deferring reader parsed a feature itself');
    },
    issue: (x) => fileIssues.push(x),
  };
  const defer = (bytes: Uint8Array, index: number, fileOffset: number, lineCandidate: boolean) => {
    writer.add(bytes, index, fileOffset, lineCandidate);
    if (writer.full) dispatch();
  };
  let oneThread: FeatureRoute | null = null;
  let mergedMapping: FieldMappingSummary = { fieldMap: {}, unmatchedColumns: [] };
  return {
    createReader: (driver, options) => {
      // Declared coordinates or columns are converted on the reading thread: read there.
      const plain = options.crs === undefined && options.fields === undefined;
      if (driver.createDeferringReader && plain) {
        return driver.createDeferringReader(sink, defer, (context) => (writer.context = context), { speculateLines: parallel.speculateLines });
      }
      oneThread = builderRoute(landUse);
      return oneThread.createReader(driver, options);
    },
    importSink: () => (oneThread ? (oneThread as FeatureRoute).importSink() : null),
    mapping: () => (oneThread ? (oneThread as FeatureRoute).mapping() : mergedMapping),
    drain: async () => {
      while (inFlight.size > parallel.maxInFlight && failure === null) await Promise.race(inFlight);
      if (failure !== null) throw failure;
    },
    finish: async (progress) => {
      if (oneThread) return (oneThread as FeatureRoute).finish();
      if (writer.featureCount > 0) dispatch();
      const waitingFor = inFlight.size;
      while (inFlight.size > 0) {
        progress?.('parse', 1 - inFlight.size / waitingFor);
        await Promise.race(inFlight);
      }
      progress?.('parse', 1);
      if (failure !== null) throw failure;
      const done = await Promise.all(parts);
      await mergedThrough;
      mergedMapping = mergeMappings(done);
      return merger.finish(fileIssues);
    },
  };
}

export interface ReadMeta extends FormatReadSummary {
  /** Id of the driver that read the input. */
  format: string;
  /** What was read and how: the report's `input` member. */
  input: InputDescription;
}

export interface ReadPlotsResult {
  table: PlotTable;
  issues: InputIssue[];
  meta: ReadMeta;
}

/**
 * Reads plots from chunks of a file in any supported format: chooses a driver from the first bytes,
 * streams every feature through validation into a PlotTable. Bad features become issues; input
 * that cannot be read at all throws ReadError.
 */
export async function readPlots(chunks: AsyncIterable<Uint8Array>, options: ReadPlotsOptions): Promise<ReadPlotsResult> {
  const route = options.parallel ? parallelRoute(options.parallel, options.landUse) : builderRoute(options.landUse);
  const total = options.totalBytes;
  const progress = options.onProgress;
  let bytesRead = 0;

  const headParts: Uint8Array[] = [];
  let headLength = 0;
  let started: { driver: PlotFormatDriver; reader: ChunkReader } | undefined;

  // The first HEAD_BYTES choose the driver; then everything streams through its reader.
  const start = (): { driver: PlotFormatDriver; reader: ChunkReader } => {
    const head = concatBytes(headParts, headLength);
    const driver = chooseDriver(head.subarray(0, HEAD_BYTES), options);
    if (isGeoJson(driver) && driver.sniff(head)) assertUtf8Head(head.subarray(0, HEAD_BYTES));
    const reader = route.createReader(driver, options);
    reader.push(head);
    return { driver, reader };
  };

  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    bytesRead += chunk.length;
    if (started) started.reader.push(chunk);
    else {
      headParts.push(chunk);
      headLength += chunk.length;
      if (headLength >= HEAD_BYTES) started = start();
    }
    if (progress && total) progress('read', Math.min(1, bytesRead / total));
    await route.drain();
  }
  started ??= start();
  const summary = await started.reader.finish();
  progress?.('read', 1);
  const { table, issues } = await route.finish(progress);
  const input = describeInput(started.driver, summary, route.importSink(), route.mapping(), table);
  return { table, issues, meta: { ...summary, format: started.driver.id, input } };
}

/** The parts' mappings in input order: a field keeps its first column, unmatched columns are listed once. */
function mergeMappings(parts: PlotTablePart[]): FieldMappingSummary {
  const fieldMap: Record<string, string> = {};
  const unmatched = new Set<string>();
  for (const part of parts) {
    for (const [field, column] of Object.entries(part.mapping?.fieldMap ?? {})) if (!(field in fieldMap)) fieldMap[field] = column;
    for (const column of part.mapping?.unmatchedColumns ?? []) unmatched.add(column);
  }
  return { fieldMap, unmatchedColumns: [...unmatched] };
}

function declaredCrs(spec: string): SourceCrs {
  try {
    return parseCrs(spec);
  } catch (error) {
    if (error instanceof CrsError) throw new ReadError('unknown-crs', error.message);
    throw error;
  }
}

/** [west, south, east, north] of every kept vertex, or null for an empty table. */
function bboxOfTable(table: PlotTable): [number, number, number, number] | null {
  const xy = table.lonLat;
  if (xy.length < 2) return null;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (let i = 0; i < xy.length; i += 2) {
    const x = xy[i];
    const y = xy[i + 1];
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

function describeInput(driver: PlotFormatDriver, summary: FormatReadSummary, sink: ImportSink | null, mapping: FieldMappingSummary, table: PlotTable): InputDescription {
  return {
    format: driver.id,
    layer: summary.layer ?? null,
    encoding: summary.encoding ?? (isGeoJson(driver) ? 'utf-8' : null),
    crs: sink?.crs?.label ?? summary.crs?.label ?? 'EPSG:4326',
    crsSource: sink?.crs ? sink.crsSource : (summary.crs?.source ?? 'standard'),
    fieldMap: mapping.fieldMap,
    unmatchedColumns: mapping.unmatchedColumns,
    bboxWgs84: bboxOfTable(table),
  };
}

function chooseDriver(head: Uint8Array, options: ReadPlotsOptions): PlotFormatDriver {
  if (options.format === undefined) return driverForInput(head, options.fileName);
  const forced = driverById(options.format);
  if (!forced) throw new ReadError('unsupported-format', `the format "${options.format}" is not one the importer knows`);
  return forced;
}
