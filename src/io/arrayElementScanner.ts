import { ByteBuffer } from './byteBuffer.ts';
import type { FeatureDecoder } from './featureDecoder.ts';
import { LineResync, lineElementEnd } from './lineResync.ts';

// Local copies of the byte constants (see bytes.ts): under tsx/esbuild an imported binding can
// become a getter call, which costs more than the rest of these loops.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * Splits the elements of a JSON array (the `features` of a FeatureCollection) out of a byte stream
 * without parsing them: it tracks only string/escape state and bracket depth and hands each
 * complete element's bytes to the decoder. Bytes are copied only for an element that spans a chunk
 * boundary.
 *
 * Fast path: files written one feature per line (GDAL/QGIS, our own writers) are split with a native
 * line-break search; a line that starts an element at depth 0, ends in `}` (plus an optional comma)
 * and parses as JSON is exactly one element, because valid JSON closes its brackets only at its end.
 * A line that does not parse falls back to the byte scan, which then decides. When the fallback
 * finds a good element the fast path did not (another layout), the fast path is switched off.
 *
 * Resynchronisation: an element ends where its brackets balance, so a feature with a bad value,
 * a missing comma or a stray quote pair is parsed alone, fails alone and is reported alone. A raw
 * line break inside a string (never valid JSON) ends the string, so an unterminated string in a
 * pretty-printed or one-feature-per-line file spoils only its own feature. Unbalanced brackets
 * swallow the features after them; that surfaces as a truncated file.
 */
export class ArrayElementScanner {
  /** Bracket depth within the current element; 0 between elements. */
  private depth = 0;
  private inString = false;
  /** The previous chunk ended on a backslash inside a string: skip the first byte of the next. */
  private skipNext = false;
  /** Scalar element (`null`, `3`, `"x"`) in progress: ends at `,` `]` or whitespace. */
  private inScalar = false;
  private inElement = false;
  private elementFileOffset = 0;
  /** The current element was tried on the fast path and failed there. */
  private fastPathMissed = false;
  private fastPath = true;
  /** Whitespace since the last line break between elements, and whether only whitespace follows that break. */
  private lineIndent = 0;
  private lineFresh = false;
  /** Indentation of the current element's first line when the element starts its line, else -1. */
  private elementIndent = -1;
  /** A string of the current element ran into a raw line break: look for the next feature's line. */
  private recovering = false;
  /** The last string afterString finished ended at a raw line break. */
  private stringBroken = false;
  private readonly resync = new LineResync();
  private readonly carry = new ByteBuffer(1 << 16);
  private readonly decoder: FeatureDecoder;
  /** Set when the closing `]` of the array has been seen. */
  closed = false;

  /** `lineFastPath: false` forces the byte scan (for tests and benchmarks). */
  constructor(decoder: FeatureDecoder, options: { lineFastPath?: boolean } = {}) {
    this.decoder = decoder;
    this.fastPath = options.lineFastPath ?? true;
  }

  /** True when the input stopped in the middle of an element. */
  get midElement(): boolean {
    return this.inElement;
  }

  get currentElementFileOffset(): number {
    return this.elementFileOffset;
  }

  /**
   * Scans `chunk` from `start` (`chunkFileOffset` = file position of chunk[0]). Returns the position
   * just after the array's closing `]`, or chunk.length when the array goes on.
   */
  scan(chunk: Uint8Array, start: number, chunkFileOffset: number): number {
    const n = chunk.length;
    let i = start;
    let elementStart = this.inElement ? start : -1;
    /** Position of the next line break at or after the current element start; n when none. */
    let nextLf = -1;
    if (this.skipNext && i < n) {
      this.skipNext = false;
      i++;
    }
    if (this.inString && i < n) {
      i = this.afterString(chunk, i);
      if (this.stringBroken && !this.inScalar) this.startRecovery();
    }
    while (i < n) {
      if (this.recovering) {
        i = this.scanRecovery(chunk, i, elementStart);
        if (!this.inElement) elementStart = -1;
        continue;
      }
      if (this.inElement && !this.inScalar) {
        i = this.scanNested(chunk, i);
        if (this.depth === 0) {
          this.finishElement(chunk, elementStart, i);
          elementStart = -1;
        }
        continue;
      }
      if (this.inScalar) {
        i = this.scanScalar(chunk, i, elementStart);
        if (!this.inElement) elementStart = -1;
        continue;
      }
      // Between elements.
      const c = chunk[i];
      if (c === SPACE || c === TAB) {
        this.lineIndent++;
        i++;
        continue;
      }
      if (c === LF || c === CR || c === COMMA) {
        this.lineIndent = 0;
        this.lineFresh = c === LF;
        i++;
        continue;
      }
      if (c === RBRACKET) {
        this.closed = true;
        return i + 1;
      }
      if (c === LBRACE && this.fastPath) {
        if (nextLf < i) {
          nextLf = chunk.indexOf(LF, i);
          if (nextLf < 0) nextLf = n;
        }
        if (nextLf < n) {
          const end = lineElementEnd(chunk, i, nextLf);
          if (end > 0 && this.decoder.tryEmit(chunk.subarray(i, end), chunkFileOffset + i)) {
            i = end;
            continue;
          }
          this.fastPathMissed = end > 0;
        }
      }
      this.inElement = true;
      this.elementIndent = this.lineFresh ? this.lineIndent : -1;
      this.lineFresh = false;
      this.elementFileOffset = chunkFileOffset + i;
      this.carry.clear();
      elementStart = i;
      i++;
      if (c === LBRACE || c === LBRACKET) this.depth = 1;
      else {
        this.inScalar = true;
        if (c === QUOTE) i = this.afterString(chunk, i);
      }
    }
    if (this.inElement) this.carry.append(chunk, elementStart, n);
    return n;
  }

  /** At the end of input: a scalar element still open is complete. */
  flushScalar(): void {
    if (this.inElement && this.inScalar && !this.inString) {
      this.inScalar = false;
      this.inElement = false;
      this.decoder.emit(this.carry.view(), this.elementFileOffset);
    }
  }

  /**
   * The hot loop: inside an object/array element, from `start`. Returns the position after the
   * element's closing bracket (depth back to 0), or chunk.length.
   */
  private scanNested(chunk: Uint8Array, start: number): number {
    const n = chunk.length;
    let depth = this.depth;
    let i = start;
    for (; i < n; i++) {
      const c = chunk[i];
      // Everything below `[` except the quote (digits, `.`, `,`, `-`, `:`, whitespace) is inert.
      if (c < LBRACKET) {
        if (c !== QUOTE) continue;
        // A string, inlined (a call per string costs a third of the speed). A raw line break cannot
        // be inside a valid string: it ends the string, which resynchronises after a missing quote.
        for (i++; i < n; i++) {
          const d = chunk[i];
          if (d === QUOTE || d === LF) break;
          if (d === BACKSLASH) i++;
        }
        if (i >= n) {
          this.inString = true;
          this.skipNext = i > n; // the chunk ended on a backslash
          break;
        }
        if (chunk[i] === LF && this.elementIndent >= 0) {
          this.depth = depth;
          this.startRecovery();
          return i + 1;
        }
        continue;
      }
      if (c === LBRACE || c === LBRACKET) depth++;
      else if ((c === RBRACE || c === RBRACKET) && --depth === 0) {
        i++;
        break;
      }
    }
    this.depth = depth;
    return i < n ? i : n;
  }

  /** From inside a string: the position after its closing quote, or chunk.length if it goes on. */
  private afterString(chunk: Uint8Array, start: number): number {
    const n = chunk.length;
    for (let i = start; i < n; i++) {
      const d = chunk[i];
      // A raw line break cannot be inside a valid string: treat it as the end (resynchronises).
      if (d === QUOTE || d === LF) {
        this.inString = false;
        this.stringBroken = d === LF;
        return i + 1;
      }
      if (d === BACKSLASH && ++i === n) {
        this.skipNext = true;
        break;
      }
    }
    this.inString = true;
    return n;
  }

  /** Rare: an element that is not an object or array. Ends at `,` `]` or whitespace. */
  private scanScalar(chunk: Uint8Array, start: number, elementStart: number): number {
    const n = chunk.length;
    for (let i = start; i < n; i++) {
      const c = chunk[i];
      if (c === COMMA || c === RBRACKET || c === SPACE || c === LF || c === CR || c === TAB) {
        this.inScalar = false;
        this.finishElement(chunk, elementStart, i);
        return i;
      }
      if (c === QUOTE) {
        i = this.afterString(chunk, i + 1) - 1;
      }
    }
    return n;
  }

  private startRecovery(): void {
    if (this.elementIndent < 0) return;
    this.recovering = true;
    this.resync.start(this.elementIndent);
  }

  /** After a broken string: skip to the next feature's line (see LineResync). */
  private scanRecovery(chunk: Uint8Array, start: number, elementStart: number): number {
    const at = this.resync.scan(chunk, start);
    if (at < 0) return chunk.length;
    this.recovering = false;
    this.depth = 0;
    this.inString = false;
    this.skipNext = false;
    this.finishElement(chunk, elementStart, at);
    this.lineFresh = true;
    this.lineIndent = this.resync.lineIndent;
    return at;
  }

  private finishElement(chunk: Uint8Array, elementStart: number, end: number): void {
    this.inElement = false;
    let parsed: boolean;
    if (this.carry.length === 0) {
      parsed = this.decoder.emit(chunk.subarray(elementStart, end), this.elementFileOffset);
    } else {
      this.carry.append(chunk, elementStart, end);
      parsed = this.decoder.emit(this.carry.view(), this.elementFileOffset);
      this.carry.clear();
    }
    // A good element the line fast path could not take: the layout is not one feature per line.
    if (parsed && this.fastPathMissed) this.fastPath = false;
    this.fastPathMissed = false;
  }
}
