import type { InputIssue } from '../schema/index.ts';
import type { FeatureSink } from './featureSink.ts';
import { FeatureByteParser } from './featureByteParser.ts';
import { PlotFeatureReader } from './plotFeatureReader.ts';

const MAX_REASON_CHARS = 160;

/**
 * Turns the complete bytes of one feature into a parsed value for the sink, counting features.
 * A feature that is not UTF-8 or not JSON becomes an InputIssue; the count still advances, so
 * later features keep their position in the file.
 */
export class FeatureDecoder {
  /** Features seen so far, good and bad: the index of the next one. */
  index = 0;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  /** Reads ordinary plot features from bytes into the builder's fields, when the sink takes them. */
  private readonly plotBytes = new PlotFeatureReader();
  /** Reads the geometry of other Polygon/MultiPolygon features from bytes; anything else takes JSON.parse below. */
  private readonly bytes = new FeatureByteParser();
  private readonly sink: FeatureSink;

  constructor(sink: FeatureSink) {
    this.sink = sink;
  }

  /**
   * `fileOffset` is the byte position of the feature's first byte, for messages. Returns whether
   * the feature parsed.
   */
  emit(bytes: Uint8Array, fileOffset: number): boolean {
    const index = this.index++;
    if (this.emitFields(bytes, index)) return true;
    const read = this.bytes.parse(bytes);
    if (read !== undefined) {
      this.sink.feature(read, index);
      return true;
    }
    let text: string;
    try {
      text = this.utf8.decode(bytes);
    } catch {
      this.sink.issue(invalidEncodingIssue(index, fileOffset));
      return false;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.sink.issue(malformedJsonIssue(index, fileOffset, text, error));
      return false;
    }
    this.sink.feature(value, index);
    return true;
  }

  /** Like emit, but a feature that does not decode or parse is neither reported nor counted. */
  tryEmit(bytes: Uint8Array, _fileOffset: number): boolean {
    // The byte readers take a feature only when it is one whole valid JSON object, as JSON.parse would.
    if (this.emitFields(bytes, this.index)) {
      this.index++;
      return true;
    }
    let value: unknown = this.bytes.parse(bytes);
    if (value !== undefined) {
      this.sink.feature(value, this.index++);
      return true;
    }
    try {
      value = JSON.parse(this.utf8.decode(bytes));
    } catch {
      return false;
    }
    this.sink.feature(value, this.index++);
    return true;
  }

  /** Whether the feature was read from its bytes and sent to the sink's fields route. */
  private emitFields(bytes: Uint8Array, index: number): boolean {
    const route = this.sink.fieldsRoute?.() ?? null;
    if (route === null) return false;
    const fields = this.plotBytes.read(bytes, route);
    if (fields === undefined) return false;
    route.fields(fields, index);
    return true;
  }

  /** A value parsed elsewhere (a single-Feature file) counts as the next feature. */
  emitValue(value: unknown): void {
    this.sink.feature(value, this.index++);
  }

  /** Decodes and parses one feature whose index is known (a deferred feature, in a worker). */
  emitAt(bytes: Uint8Array, index: number, fileOffset: number): boolean {
    this.index = index;
    return this.emit(bytes, fileOffset);
  }
}

/**
 * Receives the bytes of each feature instead of its parsed value; `bytes` is valid only during the
 * call. `lineCandidate`: the bytes are a whole line taken on the one-feature-per-line fast path
 * without the byte scan (see DeferringFeatureDecoder), which the parser must confirm.
 */
export type DeferredFeature = (bytes: Uint8Array, index: number, fileOffset: number, lineCandidate: boolean) => void;

/**
 * A decoder that numbers features and hands their bytes on unparsed (see FeatureBatch); the bytes
 * of each element are exactly what the parsing decoder would have been given, so a deferred read
 * reports the same features and issues.
 *
 * With `speculateLines`, a line the array scanner offers on its one-feature-per-line fast path is
 * taken as one element without scanning its bytes here (the byte scan is what limited a parallel
 * read: ~150 MB/s on the reading thread). It is marked as a line candidate, and the parser confirms
 * it for free: a line that parses is one whole JSON object, which the byte scan would have cut the
 * same way. A line that does not parse must close its brackets exactly at its end
 * (elementClosesAtEnd); if it does not, the byte scan would have cut the input differently and the
 * parser throws SplitSpeculationMissed: the caller reads the input again on one thread. Without
 * `speculateLines` the fast path is never claimed and the scanner's byte scan finds every element.
 */
export class DeferringFeatureDecoder extends FeatureDecoder {
  constructor(
    sink: FeatureSink,
    private readonly defer: DeferredFeature,
    private readonly speculateLines = false,
  ) {
    super(sink);
  }

  override emit(bytes: Uint8Array, fileOffset: number): boolean {
    this.defer(bytes, this.index++, fileOffset, false);
    return true;
  }

  override tryEmit(bytes: Uint8Array, fileOffset: number): boolean {
    if (!this.speculateLines) return false;
    this.defer(bytes, this.index++, fileOffset, true);
    return true;
  }

  override emitValue(value: unknown): void {
    this.defer(new TextEncoder().encode(JSON.stringify(value)), this.index++, 0, false);
  }
}

function invalidEncodingIssue(index: number, fileOffset: number): InputIssue {
  return {
    index,
    id: null,
    severity: 'error',
    code: 'invalid-encoding',
    field: null,
    message:
      `Feature ${index} (at byte ${fileOffset}) is not valid UTF-8 text; ` +
      'save the file as UTF-8 (files from Chinese Windows tools are often GBK).',
  };
}

export function malformedJsonIssue(index: number, fileOffset: number, text: string, error: unknown): InputIssue {
  const reason = shortJsonReason(error);
  const id = idHintOf(text);
  const which = id === null ? `Feature ${index}` : `Feature ${index} (id "${id}")`;
  return {
    index,
    id,
    severity: 'error',
    code: 'malformed-json',
    field: null,
    message: `${which}, starting at byte ${fileOffset} of the file, is not valid JSON: ${reason}.`,
  };
}

/**
 * V8's message without the echo of the input it sometimes appends ("…, "{"a":}" is not valid JSON"),
 * with "at position N" restated as a character of the feature.
 */
function shortJsonReason(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const echo = raw.indexOf(', "');
  let reason = echo > 0 ? raw.slice(0, echo) : raw;
  reason = reason.replace(/ in JSON at position (\d+)/, ' at character $1 of the feature');
  reason = reason.replace(/\s*\(line \d+ column \d+\)/, '');
  if (reason.length > MAX_REASON_CHARS) reason = reason.slice(0, MAX_REASON_CHARS) + '…';
  return reason;
}

/** The first `"id": "…"` in a broken feature, so the reader can find it; a hint, not a parse. */
function idHintOf(text: string): string | null {
  const match = /"id"\s*:\s*"((?:[^"\\\n]|\\.){1,200})"/.exec(text);
  return match ? match[1] : null;
}
