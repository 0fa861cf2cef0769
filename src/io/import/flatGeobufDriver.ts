import type { ChunkReader, FormatReadSummary, PlotFormatDriver, ReaderContext } from '../formatDriver.ts';
import type { FeatureSink } from '../featureSink.ts';
import type { DeferredFeature } from '../featureDecoder.ts';
import { ReadError } from '../readError.ts';
import type { InputIssue } from '../../schema/index.ts';
import { CrsError } from './crs.ts';
import { emptyBounds, type Bounds } from './coordinates.ts';
import { fileIssue } from './decodedLayer.ts';
import { ImportSink } from './importSink.ts';
import { emitLayer, PROGRESS_EVERY, resolveCrsOfBounds, resolveLayerCrs, startLayer, type ResolvedCrs } from './layerEmitter.ts';
import { crsOfFgbHeader, decodeFlatGeobuf, fgbReadError } from './flatGeobufDecoder.ts';
import { headerEndOf, readFgbHeader, type FgbHeader } from './flatGeobufFormat.ts';
import { emitFgbFeature, type FgbBatchContext } from './flatGeobufBatch.ts';
import { FgbPolygonScratch } from './flatGeobufFormat.ts';
import { concatBytes } from '../concatBytes.ts';


/**
 * FlatGeobuf streamed: each feature goes to the import sink as soon as its bytes are in, its
 * polygon as flat numbers (FlatPolygons over a reused buffer, which the sink turns into the
 * validator's FlatGeometry), so a 1M-plot file is never held whole, nor as 1M GeoJSON objects.
 * The coordinate system is settled from the header before the first feature: its CRS (or the
 * declared one) and its envelope, which gives the bounds detection and the axis check need. A
 * header without an envelope leaves nothing to settle it with until the end: that file is read
 * whole (decodeFlatGeobuf) and sent as a layer, as before. For a parallel read (large files) the
 * features' bytes go to the parse workers instead (flatGeobufBatch.ts), with what they need to
 * read them: the columns, the geometry type and the coordinate system settled here.
 */

function isFgbMagic(head: Uint8Array): boolean {
  return head[0] === 0x66 && head[1] === 0x67 && head[2] === 0x62 && head[3] === 0x03;
}

/** The header envelope as bounds, or null when there is none to trust. */
function boundsOfEnvelope(envelope: number[] | null): Bounds | null {
  if (!envelope || envelope.length < 4 || !envelope.slice(0, 4).every(Number.isFinite)) return null;
  const [minX, minY, maxX, maxY] = envelope;
  return minX <= maxX && minY <= maxY ? { minX, minY, maxX, maxY } : emptyBounds();
}

/** What a framer hands on: the header once (return false to have the rest kept whole), then each feature's FlatBuffer. */
interface FramerEvents {
  header(header: FgbHeader): boolean;
  feature(data: Uint8Array, view: DataView, at: number, length: number, fileOffset: number): void;
}

/**
 * Cuts the chunks into header, index (skipped) and features; a feature cut by a chunk's end waits
 * for the next chunk. After `header` returned false, every byte is kept for `whole()`.
 */
function fgbFramer(events: FramerEvents) {
  let pending: Uint8Array = new Uint8Array(0);
  /** File position of pending's first byte. */
  let pendingAt = 0;
  let skip = 0;
  let state: 'header' | 'features' | 'whole' = 'header';
  const whole: Uint8Array[] = [];
  let byteCount = 0;
  return {
    get byteCount() {
      return byteCount;
    },
    get state() {
      return state;
    },
    push(chunk: Uint8Array): void {
      byteCount += chunk.length;
      if (state === 'whole') {
        whole.push(chunk);
        return;
      }
      const data = concatBytes([pending, chunk], pending.length + chunk.length);
      let at = 0;
      if (state === 'header') {
        if (data.length >= 4 && !isFgbMagic(data)) throw new ReadError('unsupported-format', 'it is not a FlatGeobuf file');
        const end = headerEndOf(data);
        if (end === null || data.length < end) {
          pending = data;
          return;
        }
        const header = readFgbHeader(data);
        if (!events.header(header)) {
          state = 'whole';
          whole.push(data);
          pending = new Uint8Array(0);
          return;
        }
        state = 'features';
        skip = header.featuresStart - end;
        at = end;
      }
      const skipped = Math.min(skip, data.length - at);
      skip -= skipped;
      at += skipped;
      if (skip === 0) {
        const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
        while (data.length - at >= 4) {
          const length = view.getUint32(at, true);
          if (data.length - at - 4 < length) break;
          events.feature(data, view, at + 4, length, pendingAt + at);
          at += 4 + length;
        }
      }
      // Copied: the caller may reuse its chunk.
      pending = data.slice(at);
      pendingAt += at;
    },
    /** Throws ReadError when the input ended inside the header or a feature. */
    end(): void {
      if (byteCount === 0) throw new ReadError('empty', 'the file is empty');
      if (state === 'header') {
        if (pending.length >= 4 && !isFgbMagic(pending)) throw new ReadError('unsupported-format', 'it is not a FlatGeobuf file');
        throw new ReadError('truncated', 'its FlatGeobuf header is cut short: the file is truncated');
      }
      if (state === 'features' && (pending.length > 0 || skip > 0)) throw new ReadError('truncated', 'its last FlatGeobuf feature is cut short: the file is truncated');
    },
    /** Every byte of a file kept whole. */
    whole: (): Uint8Array => concatBytes(whole.splice(0), byteCount),
  };
}

function readErrorOf(error: unknown): ReadError {
  return error instanceof CrsError ? new ReadError('unknown-crs', error.message) : fgbReadError(error);
}

function summaryOf(featureCount: number, byteCount: number, resolved: ResolvedCrs | null): FormatReadSummary {
  return {
    layout: 'flatgeobuf', featureCount, byteCount, members: {}, layer: null, layers: [], encoding: 'utf-8',
    crs: resolved ? { label: resolved.crs.label, source: resolved.source } : undefined,
  };
}

function flatGeobufReader(sink: FeatureSink, context: ReaderContext | undefined): ChunkReader {
  const options = context?.options ?? {};
  const importSink = context?.importSink ?? new ImportSink(sink, options, false);
  const progress = context?.onProgress;
  const scratch = new FgbPolygonScratch();
  /** The import step's inspection decoded this file already: its layer is sent at the end, the bytes only counted. */
  const decoded = context?.decodedLayer?.format === 'flatgeobuf' ? context.decodedLayer.layer : null;
  let header: FgbHeader | null = null;
  let index = 0;
  let decodedBytes = 0;
  const framer = fgbFramer({
    header(h) {
      header = h;
      const bounds = boundsOfEnvelope(h.envelope);
      if (bounds === null) return false;
      const issues: InputIssue[] = [];
      const fileCrs = crsOfFgbHeader(h.crs, issues);
      startLayer(resolveCrsOfBounds(bounds, fileCrs, options), issues, h.columns.map((c) => c.name), importSink);
      progress?.('convert', 0);
      return true;
    },
    feature(data, view, at) {
      const h = header as FgbHeader;
      // The sink copies the reused buffer's points before the next feature overwrites them.
      emitFgbFeature(data, view, at, h.geometryType, h.columns, scratch, importSink, index);
      index++;
      if (progress && index % PROGRESS_EVERY === 0 && h.featuresCount > 0) progress('convert', Math.min(1, index / h.featuresCount));
    },
  });
  return {
    push(chunk) {
      if (decoded) {
        decodedBytes += chunk.length;
        return;
      }
      try {
        framer.push(chunk);
      } catch (error) {
        throw readErrorOf(error);
      }
    },
    finish(): FormatReadSummary {
      let featureCount = index;
      try {
        if (decoded) featureCount = emitLayer(decoded, importSink, { ...options, onProgress: progress });
        else {
          framer.end();
          if (framer.state === 'whole') featureCount = emitLayer(decodeFlatGeobuf(framer.whole(), {}), importSink, { ...options, onProgress: progress });
        }
      } catch (error) {
        throw readErrorOf(error);
      }
      progress?.('convert', 1);
      return summaryOf(featureCount, decoded ? decodedBytes : framer.byteCount, null);
    },
  };
}

/** For parallel reads: the features' bytes to `defer`, with the context the workers read them with. */
function flatGeobufDeferringReader(sink: FeatureSink, defer: DeferredFeature, setContext: (context: FgbBatchContext) => void): ChunkReader {
  let header: FgbHeader | null = null;
  let resolved: ResolvedCrs | null = null;
  let index = 0;
  const settle = (h: FgbHeader, crs: ResolvedCrs, issues: readonly InputIssue[]) => {
    resolved = crs;
    if (crs.warning) sink.issue(fileIssue(crs.warning.code, crs.warning.message));
    for (const issue of issues) sink.issue(issue);
    setContext({ geometryType: h.geometryType, columns: h.columns, crs: crs.source === 'file' ? { header: h.crs } : { label: crs.crs.label }, crsSource: crs.source, swapAxes: crs.swapAxes });
  };
  const framer = fgbFramer({
    header(h) {
      header = h;
      const bounds = boundsOfEnvelope(h.envelope);
      if (bounds === null) return false;
      const issues: InputIssue[] = [];
      settle(h, resolveCrsOfBounds(bounds, crsOfFgbHeader(h.crs, issues), {}), issues);
      return true;
    },
    feature(data, _view, at, length, fileOffset) {
      defer(data.subarray(at, at + length), index++, fileOffset, false);
    },
  });
  return {
    push(chunk) {
      try {
        framer.push(chunk);
      } catch (error) {
        throw readErrorOf(error);
      }
    },
    finish(): FormatReadSummary {
      try {
        framer.end();
        if (framer.state === 'whole') {
          // No envelope: the bounds come from decoding the file once; then its features go to the workers.
          const bytes = framer.whole();
          const layer = decodeFlatGeobuf(bytes, {});
          const h = header as FgbHeader;
          settle(h, resolveLayerCrs(layer, {}), layer.issues);
          const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
          for (let at = h.featuresStart; at < bytes.length; ) {
            const length = view.getUint32(at, true);
            defer(bytes.subarray(at + 4, at + 4 + length), index++, at, false);
            at += 4 + length;
          }
        }
      } catch (error) {
        throw readErrorOf(error);
      }
      return summaryOf(index, framer.byteCount, resolved);
    },
  };
}

export const flatGeobufDriver: PlotFormatDriver = {
  id: 'flatgeobuf',
  label: 'FlatGeobuf',
  extensions: ['.fgb'],
  sniff: isFgbMagic,
  createReader: (sink, context) => flatGeobufReader(sink, context),
  createDeferringReader: (sink, defer, setContext) => flatGeobufDeferringReader(sink, defer, (c) => setContext?.({ flatGeobuf: c })),
};
