import { ByteBuffer } from './byteBuffer.ts';
import type { FeatureDecoder } from './featureDecoder.ts';
import { LF, RS, isJsonWhitespace } from './bytes.ts';

/**
 * Newline-delimited GeoJSON (one Feature per line) and GeoJSON text sequences (RFC 8142: each
 * text starts with RS and ends with LF). JSON text cannot hold a raw line break, so a line is
 * exactly one record and a broken record never affects its neighbours. Blank lines are skipped and
 * do not count as features.
 */
export class LineSplitter {
  private readonly carry = new ByteBuffer(1 << 16);
  private carryFileOffset = 0;
  private readonly decoder: FeatureDecoder;

  constructor(decoder: FeatureDecoder) {
    this.decoder = decoder;
  }

  scan(chunk: Uint8Array, start: number, chunkFileOffset: number): void {
    let lineStart = start;
    for (;;) {
      const lf = chunk.indexOf(LF, lineStart);
      if (lf < 0) break;
      if (this.carry.length > 0) {
        this.carry.append(chunk, lineStart, lf);
        this.emitLine(this.carry.view(), this.carryFileOffset);
        this.carry.clear();
      } else {
        this.emitLine(chunk.subarray(lineStart, lf), chunkFileOffset + lineStart);
      }
      lineStart = lf + 1;
    }
    if (lineStart < chunk.length) {
      if (this.carry.length === 0) this.carryFileOffset = chunkFileOffset + lineStart;
      this.carry.append(chunk, lineStart, chunk.length);
    }
  }

  /** The last line may lack its line break. */
  finish(): void {
    if (this.carry.length > 0) this.emitLine(this.carry.view(), this.carryFileOffset);
    this.carry.clear();
  }

  private emitLine(line: Uint8Array, fileOffset: number): void {
    let s = 0;
    let e = line.length;
    while (s < e && (line[s] === RS || isJsonWhitespace(line[s]))) s++;
    while (e > s && isJsonWhitespace(line[e - 1])) e--;
    if (s === e) return;
    this.decoder.emit(line.subarray(s, e), fileOffset + s);
  }
}
