import type { FeatureSink } from './featureSink.ts';
import { DeferringFeatureDecoder, FeatureDecoder, type DeferredFeature } from './featureDecoder.ts';
import { ArrayElementScanner } from './arrayElementScanner.ts';
import { TopLevelScanner } from './topLevelScanner.ts';
import { LineSplitter } from './lineSplitter.ts';
import { LBRACE, RS, UTF8_BOM, isJsonWhitespace } from './bytes.ts';
import { ReadError } from './readError.ts';
import { nonGeoJsonError } from './nonGeoJsonError.ts';
import { topLevelMembers, singleObjectFeature } from './topLevelObject.ts';

export type GeoJsonLayout = 'feature-collection' | 'feature' | 'sequence';

export interface GeoJsonReadSummary {
  layout: GeoJsonLayout;
  /** Features seen, good and bad. */
  featureCount: number;
  byteCount: number;
  /** Top-level members of a FeatureCollection other than `features` (`type`, `crs`, `bbox`, `parktwin`, …). */
  members: Record<string, unknown>;
}

type State = 'start' | 'header' | 'array' | 'tail' | 'after' | 'first-closed' | 'lines';

/**
 * Push-based GeoJSON reader: feed it Uint8Array chunks of any size, in order; it sends each feature
 * to the sink as soon as its last byte arrives. Handles a FeatureCollection (pretty or compact), a
 * single Feature, and one Feature per line (NDJSON, GeoJSONSeq). Throws ReadError when the input is
 * not GeoJSON or ends too early.
 *
 * With `sequence: true` the input is read line by line from the start (the geojsonseq driver);
 * otherwise a first object that closes and is followed by another one switches to line mode.
 *
 * With `defer`, features are not parsed here: their bytes go to `defer` in order, to be parsed and
 * validated elsewhere (in workers; see readPlots' `parallel` option); `speculateLines` lets the
 * one-feature-per-line fast path hand whole lines on unscanned (DeferringFeatureDecoder).
 */
export class GeoJsonReader {
  private state: State = 'start';
  private byteCount = 0;
  private readonly decoder: FeatureDecoder;
  private readonly sink: FeatureSink;
  private readonly top = new TopLevelScanner();
  private readonly array: ArrayElementScanner;
  private readonly lines: LineSplitter;
  private readonly sequence: boolean;
  private firstObjectOffset = 0;
  private trailingReported = false;

  constructor(sink: FeatureSink, options: { sequence?: boolean; defer?: DeferredFeature; speculateLines?: boolean } = {}) {
    this.sink = sink;
    this.decoder = options.defer ? new DeferringFeatureDecoder(sink, options.defer, options.speculateLines) : new FeatureDecoder(sink);
    this.array = new ArrayElementScanner(this.decoder);
    this.lines = new LineSplitter(this.decoder);
    this.sequence = options.sequence ?? false;
  }

  push(chunk: Uint8Array): void {
    const offset = this.byteCount;
    this.byteCount += chunk.length;
    let i = 0;
    while (i < chunk.length) {
      switch (this.state) {
        case 'start':
          i = this.scanStart(chunk, i, offset);
          break;
        case 'header': {
          const [event, next] = this.top.scan(chunk, i);
          if (event === 'features-array') this.state = 'array';
          else if (event === 'closed') this.state = 'first-closed';
          i = next;
          break;
        }
        case 'array':
          i = this.array.scan(chunk, i, offset);
          if (this.array.closed) {
            this.top.resumeAfterFeatures();
            this.state = 'tail';
          }
          break;
        case 'tail': {
          const [event, next] = this.top.scan(chunk, i);
          if (event === 'closed') this.state = 'after';
          i = next;
          break;
        }
        case 'after':
          i = this.scanAfter(chunk, i);
          break;
        case 'first-closed':
          i = this.scanAfterFirstObject(chunk, i, offset);
          break;
        case 'lines':
          this.lines.scan(chunk, i, offset);
          i = chunk.length;
          break;
      }
    }
  }

  finish(): GeoJsonReadSummary {
    const summary = (layout: GeoJsonLayout, members: Record<string, unknown> = {}): GeoJsonReadSummary => ({
      layout,
      featureCount: this.decoder.index,
      byteCount: this.byteCount,
      members,
    });
    switch (this.state) {
      case 'start':
        throw new ReadError('empty', this.byteCount === 0 ? 'the file is empty' : 'the file holds only whitespace');
      case 'header':
        throw new ReadError('truncated', 'the file ends before its top-level JSON object is closed; it looks truncated');
      case 'array':
        this.array.flushScalar();
        if (this.array.midElement) {
          throw new ReadError(
            'truncated',
            `the file ends inside feature ${this.decoder.index}, which starts at byte ` +
              `${this.array.currentElementFileOffset}; it looks truncated (or a feature has an unclosed bracket)`,
          );
        }
        throw new ReadError(
          'truncated',
          `the file ends inside the "features" array, after ${this.decoder.index} features; it looks truncated`,
        );
      case 'tail':
        throw new ReadError('truncated', 'the file ends before the FeatureCollection is closed; it looks truncated');
      case 'after':
        return summary('feature-collection', topLevelMembers(this.top.bytes.view(), this.sink));
      case 'first-closed':
        this.decoder.emitValue(singleObjectFeature(this.top.bytes.view()));
        return summary('feature');
      case 'lines':
        this.lines.finish();
        return summary('sequence');
    }
  }

  private scanStart(chunk: Uint8Array, start: number, offset: number): number {
    for (let i = start; i < chunk.length; i++) {
      const c = chunk[i];
      const fileOffset = offset + i;
      if (fileOffset < 3 && c === UTF8_BOM[fileOffset]) continue;
      if (isJsonWhitespace(c)) continue;
      if (c === RS || (c === LBRACE && this.sequence)) {
        this.state = 'lines';
        return i;
      }
      if (c === LBRACE) {
        this.state = 'header';
        this.firstObjectOffset = fileOffset;
        return i;
      }
      throw nonGeoJsonError(chunk.subarray(i));
    }
    return chunk.length;
  }

  /** After the first top-level object: end of input (one object), or more objects (one per line). */
  private scanAfterFirstObject(chunk: Uint8Array, start: number, offset: number): number {
    for (let i = start; i < chunk.length; i++) {
      const c = chunk[i];
      if (isJsonWhitespace(c)) continue;
      if (c !== LBRACE && c !== RS) {
        throw new ReadError('not-geojson', `after its first JSON object the file goes on with something else (byte ${offset + i})`);
      }
      if (this.top.multiline) {
        throw new ReadError(
          'not-geojson',
          'it holds several pretty-printed JSON objects; expected one FeatureCollection, one Feature, or one Feature per line',
        );
      }
      this.decoder.emit(this.top.bytes.view(), this.firstObjectOffset);
      this.state = 'lines';
      return i;
    }
    return chunk.length;
  }

  /** After the FeatureCollection closed: only whitespace is expected; anything else is reported once. */
  private scanAfter(chunk: Uint8Array, start: number): number {
    if (this.trailingReported) return chunk.length;
    for (let i = start; i < chunk.length; i++) {
      if (isJsonWhitespace(chunk[i])) continue;
      this.trailingReported = true;
      this.sink.issue({
        index: -1,
        id: null,
        severity: 'warning',
        code: 'trailing-content',
        field: null,
        message: `The file goes on after the FeatureCollection closes (byte ${this.byteCount - chunk.length + i}); that part was ignored.`,
      });
      return chunk.length;
    }
    return chunk.length;
  }
}
