import type { ChunkReader, FormatReadSummary, PlotFormatDriver, ReaderContext } from '../formatDriver.ts';
import type { FeatureSink } from '../featureSink.ts';
import { ReadError } from '../readError.ts';
import type { InputIssue } from '../../schema/index.ts';
import { CrsError } from './crs.ts';
import { emptyBounds, type Bounds } from './coordinates.ts';
import { FlatPolygons } from './flatPolygons.ts';
import { ImportSink } from './importSink.ts';
import { emitLayer, PROGRESS_EVERY, resolveCrsOfBounds, startLayer } from './layerEmitter.ts';
import { crsOfFgbHeader, decodeFlatGeobuf, fgbReadError } from './flatGeobufDecoder.ts';
import {
  FgbPolygonScratch, fgbPropertiesSpan, headerEndOf, readFgbGeometry, readFgbHeader, readFgbProperties, type FgbHeader,
} from './flatGeobufFormat.ts';

/**
 * FlatGeobuf streamed: each feature goes to the import sink as soon as its bytes are in, its
 * polygon as flat numbers (FlatPolygons over a reused buffer, which the sink turns into the
 * validator's FlatGeometry), so a 1M-plot file is never held whole, nor as 1M GeoJSON objects.
 * The coordinate system is settled from the header before the first feature: its CRS (or the
 * declared one) and its envelope, which gives the bounds detection and the axis check need. A
 * header without an envelope leaves nothing to settle it with until the end: that file is read
 * whole (decodeFlatGeobuf) and sent as a layer, as before.
 */

function isFgbMagic(head: Uint8Array): boolean {
  return head[0] === 0x66 && head[1] === 0x67 && head[2] === 0x62 && head[3] === 0x03;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The header envelope as bounds, or null when there is none to trust. */
function boundsOfEnvelope(envelope: number[] | null): Bounds | null {
  if (!envelope || envelope.length < 4 || !envelope.slice(0, 4).every(Number.isFinite)) return null;
  const [minX, minY, maxX, maxY] = envelope;
  return minX <= maxX && minY <= maxY ? { minX, minY, maxX, maxY } : emptyBounds();
}

function flatGeobufReader(sink: FeatureSink, context: ReaderContext | undefined): ChunkReader {
  const options = context?.options ?? {};
  const importSink = context?.importSink ?? new ImportSink(sink, options, false);
  const progress = context?.onProgress;
  const scratch = new FgbPolygonScratch();
  /** Bytes not yet used: the header until it is whole, then a feature cut by the chunk's end. */
  let pending: Uint8Array = new Uint8Array(0);
  let header: FgbHeader | null = null;
  /** Index bytes still to skip. */
  let skip = 0;
  /** Streaming once the header settled the coordinate system; whole-file otherwise. */
  let mode: 'header' | 'stream' | 'whole' = 'header';
  const whole: Uint8Array[] = [];
  let byteCount = 0;
  /** The import step's inspection decoded this file already: its layer is sent at the end, the bytes only counted. */
  const decoded = context?.decodedLayer?.format === 'flatgeobuf' ? context.decodedLayer.layer : null;
  let index = 0;

  /** Starts the layer in the sink when the header has what it takes; else the file is read whole. */
  const settle = (h: FgbHeader): 'stream' | 'whole' => {
    const bounds = boundsOfEnvelope(h.envelope);
    if (bounds === null) return 'whole';
    const issues: InputIssue[] = [];
    const fileCrs = crsOfFgbHeader(h.crs, issues);
    startLayer(resolveCrsOfBounds(bounds, fileCrs, options), issues, h.columns.map((c) => c.name), importSink);
    return 'stream';
  };

  const features = (data: Uint8Array, view: DataView, from: number): number => {
    const h = header as FgbHeader;
    let at = from;
    while (data.length - at >= 4) {
      const length = view.getUint32(at, true);
      if (data.length - at - 4 < length) break;
      const geometry = readFgbGeometry(view, at + 4, h.geometryType, scratch);
      const properties = readFgbProperties(data, view, fgbPropertiesSpan(view, at + 4), h.columns);
      const g = geometry.kind === 'flat'
        ? new FlatPolygons(scratch.type, scratch.xy.subarray(0, 2 * scratch.points), null, scratch.ringPoints, scratch.polygonRings)
        : geometry.kind === 'geojson' ? geometry.geometry : null;
      // The sink copies the reused buffer's points before the next feature overwrites them.
      importSink.feature({ type: 'Feature', geometry: g, properties }, index);
      index++;
      if (progress && index % PROGRESS_EVERY === 0 && h.featuresCount > 0) progress('convert', Math.min(1, index / h.featuresCount));
      at += 4 + length;
    }
    return at;
  };

  return {
    push(chunk) {
      byteCount += chunk.length;
      if (decoded) return;
      if (mode === 'whole') {
        whole.push(chunk);
        return;
      }
      const data = concat(pending, chunk);
      let at = 0;
      try {
        if (mode === 'header') {
          if (data.length >= 4 && !isFgbMagic(data)) throw new ReadError('unsupported-format', 'it is not a FlatGeobuf file');
          const end = headerEndOf(data);
          if (end === null || data.length < end) {
            pending = data;
            return;
          }
          header = readFgbHeader(data);
          skip = header.featuresStart - end;
          at = end;
          mode = settle(header);
          if (mode === 'whole') {
            whole.push(data);
            pending = new Uint8Array(0);
            return;
          }
          progress?.('convert', 0);
        }
        const skipped = Math.min(skip, data.length - at);
        skip -= skipped;
        at += skipped;
        if (skip === 0) at = features(data, new DataView(data.buffer, data.byteOffset, data.byteLength), at);
      } catch (error) {
        if (error instanceof CrsError) throw new ReadError('unknown-crs', error.message);
        throw fgbReadError(error);
      }
      // Copied: the caller may reuse its chunk.
      pending = data.slice(at);
    },
    finish(): FormatReadSummary {
      if (byteCount === 0) throw new ReadError('empty', 'the file is empty');
      let featureCount = index;
      try {
        if (decoded) {
          featureCount = emitLayer(decoded, importSink, { ...options, onProgress: progress });
        } else if (mode === 'whole') {
          const bytes = new Uint8Array(byteCount);
          let at = 0;
          for (const part of whole) {
            bytes.set(part, at);
            at += part.length;
          }
          whole.length = 0;
          featureCount = emitLayer(decodeFlatGeobuf(bytes, {}), importSink, { ...options, onProgress: progress });
        } else if (mode === 'header') {
          if (pending.length >= 4 && !isFgbMagic(pending)) throw new ReadError('unsupported-format', 'it is not a FlatGeobuf file');
          throw new ReadError('truncated', 'its FlatGeobuf header is cut short: the file is truncated');
        } else if (pending.length > 0 || skip > 0) {
          throw new ReadError('truncated', 'its last FlatGeobuf feature is cut short: the file is truncated');
        }
      } catch (error) {
        if (error instanceof CrsError) throw new ReadError('unknown-crs', error.message);
        throw fgbReadError(error);
      }
      progress?.('convert', 1);
      return { layout: 'flatgeobuf', featureCount, byteCount, members: {}, layer: null, layers: [], encoding: 'utf-8' };
    },
  };
}

export const flatGeobufDriver: PlotFormatDriver = {
  id: 'flatgeobuf',
  label: 'FlatGeobuf',
  extensions: ['.fgb'],
  sniff: isFgbMagic,
  createReader: (sink, context) => flatGeobufReader(sink, context),
};

