import type { InputIssue, PlotTable } from '../schema/index.ts';
import type { LandUseTable } from '../landuse/landUseTable.ts';
import { createPlotTableBuilder } from '../validate/plotTableBuilder.ts';
import type { ChunkReader, FormatReadSummary, PlotFormatDriver } from './formatDriver.ts';
import { driverById, driverForInput } from './drivers.ts';
import { assertUtf8Head } from './utf8Check.ts';
import { ReadError } from './readError.ts';

/** Bytes looked at to choose a driver. */
export const HEAD_BYTES = 64 * 1024;

export interface ReadPlotsOptions {
  landUse: LandUseTable;
  /** Stage `read`, fraction of bytes read (needs totalBytes); called once per chunk. */
  onProgress?: (stage: string, fraction: number) => void;
  /** Size of the input, for progress. */
  totalBytes?: number;
  /** Name of the input, whose extension breaks ties between drivers. */
  fileName?: string;
  /** Force a driver by id instead of sniffing. */
  format?: string;
}

export interface ReadMeta extends FormatReadSummary {
  /** Id of the driver that read the input. */
  format: string;
}

export interface ReadPlotsResult {
  table: PlotTable;
  issues: InputIssue[];
  meta: ReadMeta;
}

function concatBytes(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Reads plots from chunks of a file in any supported format: chooses a driver from the first bytes,
 * streams every feature through validation into a PlotTable. Bad features become issues; input
 * that cannot be read at all throws ReadError.
 */
export async function readPlots(chunks: AsyncIterable<Uint8Array>, options: ReadPlotsOptions): Promise<ReadPlotsResult> {
  const builder = createPlotTableBuilder(options.landUse);
  const sink = { feature: (f: unknown, i: number) => builder.add(f, i), issue: (x: InputIssue) => builder.report(x) };
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
    if (driver.sniff(head)) assertUtf8Head(head.subarray(0, HEAD_BYTES));
    const reader = driver.createReader(sink);
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
  }
  started ??= start();
  const summary = await started.reader.finish();
  progress?.('read', 1);
  const { table, issues } = builder.finish();
  return { table, issues, meta: { ...summary, format: started.driver.id } };
}

function chooseDriver(head: Uint8Array, options: ReadPlotsOptions): PlotFormatDriver {
  if (options.format === undefined) return driverForInput(head, options.fileName);
  const forced = driverById(options.format);
  if (!forced) throw new ReadError('unsupported-format', `the format "${options.format}" is not one the importer knows`);
  return forced;
}
