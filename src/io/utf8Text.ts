/** Above this many bytes a string is decoded by TextDecoder in one call (no scratch growth, no argument limits). */
const MAX_SCRATCH_BYTES = 2048;

/**
 * Decodes the UTF-8 bytes of short JSON strings (without escapes) exactly as a fatal TextDecoder
 * would, refusing what it refuses (overlong forms, surrogates, code points past U+10FFFF, cut
 * sequences). Short non-ASCII strings (Chinese names) go through a scratch of UTF-16 code units,
 * about twice as fast here as a TextDecoder call per string; ASCII and long strings through
 * TextDecoder. ignoreBOM: a string may start with U+FEFF, which is text, not a byte-order mark.
 */
export class Utf8Text {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly units = new Uint16Array(MAX_SCRATCH_BYTES);

  /** The text of b[start..end), or null when it is not valid UTF-8. `ascii`: the caller saw no byte ≥ 0x80. */
  decode(b: Uint8Array, start: number, end: number, ascii: boolean): string | null {
    if (ascii || end - start > MAX_SCRATCH_BYTES) {
      try {
        return this.decoder.decode(b.subarray(start, end));
      } catch {
        return null;
      }
    }
    const n = this.decodeUnits(b, start, end);
    if (n < 0) return null;
    return String.fromCharCode.apply(null, this.units.subarray(0, n) as unknown as number[]);
  }

  /** Whether b[start..end) is valid UTF-8 (a value read past, never decoded). */
  isValid(b: Uint8Array, start: number, end: number): boolean {
    if (end - start > MAX_SCRATCH_BYTES) return this.decode(b, start, end, false) !== null;
    return this.decodeUnits(b, start, end) >= 0;
  }

  /** UTF-16 code units of b[start..end) into the scratch (at most end - start of them); -1 when invalid. */
  private decodeUnits(b: Uint8Array, start: number, end: number): number {
    const units = this.units;
    let n = 0;
    let i = start;
    while (i < end) {
      const c = b[i];
      if (c < 0x80) {
        units[n++] = c;
        i++;
        continue;
      }
      if (c >= 0xc2 && c <= 0xdf) {
        if (i + 1 >= end) return -1;
        const c1 = b[i + 1];
        if ((c1 & 0xc0) !== 0x80) return -1;
        units[n++] = ((c & 0x1f) << 6) | (c1 & 0x3f);
        i += 2;
        continue;
      }
      if (c >= 0xe0 && c <= 0xef) {
        if (i + 2 >= end) return -1;
        const c1 = b[i + 1];
        const c2 = b[i + 2];
        const low = c === 0xe0 ? 0xa0 : 0x80;
        const high = c === 0xed ? 0x9f : 0xbf;
        if (c1 < low || c1 > high || (c2 & 0xc0) !== 0x80) return -1;
        units[n++] = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
        i += 3;
        continue;
      }
      if (c >= 0xf0 && c <= 0xf4) {
        if (i + 3 >= end) return -1;
        const c1 = b[i + 1];
        const c2 = b[i + 2];
        const c3 = b[i + 3];
        const low = c === 0xf0 ? 0x90 : 0x80;
        const high = c === 0xf4 ? 0x8f : 0xbf;
        if (c1 < low || c1 > high || (c2 & 0xc0) !== 0x80 || (c3 & 0xc0) !== 0x80) return -1;
        const cp = (((c & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f)) - 0x10000;
        units[n++] = 0xd800 | (cp >> 10);
        units[n++] = 0xdc00 | (cp & 0x3ff);
        i += 4;
        continue;
      }
      return -1;
    }
    return n;
  }
}
