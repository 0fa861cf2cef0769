import { ByteBuffer } from './byteBuffer.ts';
import { BACKSLASH, COLON, COMMA, LBRACE, LBRACKET, LF, QUOTE, RBRACE, RBRACKET, isJsonWhitespace } from './bytes.ts';
import { ReadError } from './readError.ts';

const FEATURES_KEY = new TextEncoder().encode('"features"');

export type TopLevelEvent = 'more' | 'features-array' | 'closed';

/**
 * Scans the top-level JSON object byte by byte, keeping its bytes, until either the value of its
 * `"features"` member opens (`[`, not kept) or the object closes. Used for the members before the
 * features array (the header) and, resumed after it, for those after it (the tail), so foreign
 * members such as `crs` or `parktwin` can be parsed from header + `[]` + tail. These parts are
 * small, so simplicity beats speed here.
 */
export class TopLevelScanner {
  readonly bytes = new ByteBuffer(1024);
  /** Whether a line break occurred between tokens inside the object (pretty-printed). */
  multiline = false;
  private depth = 0;
  private inString = false;
  private escape = false;
  private expectKey = false;
  private keyStart = -1;
  /** 0: nothing; 1: just read the key "features"; 2: and its colon. */
  private featuresKeyState = 0;
  private watchFeatures = true;

  /** Continue after the features array: the scanner is inside the object, after a value. */
  resumeAfterFeatures(): void {
    this.bytes.append(new Uint8Array([LBRACKET, RBRACKET]), 0, 2);
    this.featuresKeyState = 0;
    this.watchFeatures = false;
  }

  /**
   * Scans from `start`, which must be at or inside the object (the caller skips what precedes `{`).
   * Returns [event, position after the event's byte].
   */
  scan(chunk: Uint8Array, start: number): [TopLevelEvent, number] {
    const out = this.bytes;
    for (let i = start; i < chunk.length; i++) {
      const c = chunk[i];
      if (this.inString) {
        out.appendByte(c);
        if (this.escape) this.escape = false;
        else if (c === BACKSLASH) this.escape = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.keyStart >= 0) {
            if (this.watchFeatures && this.isFeaturesKey()) this.featuresKeyState = 1;
            this.keyStart = -1;
          }
        }
        continue;
      }
      if (isJsonWhitespace(c)) {
        if (c === LF && this.depth > 0) this.multiline = true;
        out.appendByte(c);
        continue;
      }
      if (this.featuresKeyState === 2 && this.depth === 1) {
        if (c === LBRACKET) {
          this.featuresKeyState = 0;
          return ['features-array', i + 1];
        }
        throw new ReadError('not-geojson', 'its "features" member is not an array, so it is not a GeoJSON FeatureCollection');
      }
      out.appendByte(c);
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && this.expectKey) this.keyStart = out.length - 1;
        this.expectKey = false;
      } else if (c === COLON) {
        if (this.featuresKeyState === 1 && this.depth === 1) this.featuresKeyState = 2;
      } else if (c === COMMA) {
        if (this.depth === 1) this.expectKey = true;
        this.featuresKeyState = 0;
      } else if (c === LBRACE || c === LBRACKET) {
        this.depth++;
        this.expectKey = c === LBRACE && this.depth === 1;
      } else if (c === RBRACE || c === RBRACKET) {
        this.depth--;
        if (this.depth === 0) return ['closed', i + 1];
      }
    }
    return ['more', chunk.length];
  }

  private isFeaturesKey(): boolean {
    if (this.bytes.length - this.keyStart !== FEATURES_KEY.length) return false;
    const b = this.bytes.bytes;
    for (let k = 0; k < FEATURES_KEY.length; k++) if (b[this.keyStart + k] !== FEATURES_KEY[k]) return false;
    return true;
  }
}
